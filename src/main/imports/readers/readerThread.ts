// Reading a file in a thread of its own while the import stages what it has read.
//
// Why: on the machines measured (2 cores) reading a 100k-row xlsx is ~2.4 s of XML scanning and
// mapping + staging its rows into SQLite another ~1 s. On one thread they add up; with the reader
// on a second thread they overlap, and the import takes little more than the reading. Rows cross
// in batches (structured clone: ~80 ms per 100k rows of 10 cells on each side, measured); the
// reader waits when the importer is BATCHES_AHEAD batches behind, so memory stays bounded however
// slow the staging is.
//
// The reader thread runs the same streamRows() as an in-thread read, so rows, refusals and their
// messages are the same; a refusal crosses as plain data and is rebuilt as the ImportReadError it
// was. Cancelling (or a throw from onRow) terminates the thread at once.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import type { RawCell, ReadErrorInfo } from '../../../shared/imports/types';
import { catalogueDetail, ImportReadError } from '../safety/errors';
import { readerHeapMb } from '../safety/limits';
import { streamRows, type StreamResult } from './index';
import type { ReadOptions, RowCallback } from './types';

/** Rows per message. */
export const ROWS_PER_BATCH = 512;
/** Batches the reader may run ahead of the importer before it waits. */
export const BATCHES_AHEAD = 16;

/** What the reader thread is started with. */
export interface ReaderThreadInit {
  file: string;
  sheet: string | null;
  /** Int32 [0] batches posted, [1] batches the importer has taken. */
  flow: SharedArrayBuffer;
  encoding?: ReadOptions['encoding'];
  delimiter?: string;
}

/** Messages from the reader thread, in order. */
export type ReaderThreadMessage =
  /** Row i is cells[ends[i-1] .. ends[i]) (from 0 for the first), sheet row rows[i]; hidden: row numbers. */
  | { t: 'rows'; cells: RawCell[]; ends: number[]; rows: number[]; hidden: number[] }
  | { t: 'progress'; done: number; total: number }
  | { t: 'end'; result: StreamResult }
  | { t: 'refused'; error: ReadErrorInfo }
  | { t: 'failed'; message: string };

let script: string | null = null;

/**
 * Where the built reader thread is (out/main/readerWorker.js). The import worker and the command
 * line set it; without it (unit tests running the sources) files are read on the calling thread.
 */
export function useReaderThread(file: string | null): void {
  script = file !== null && fs.existsSync(file) ? file : null;
}

export const readerThreadScript = (): string | null => script;

/** An ImportReadError again, from the plain data it crossed the thread boundary as. */
export function reviveReadError(info: ReadErrorInfo): ImportReadError {
  const e = Object.create(ImportReadError.prototype) as ImportReadError;
  const fields: Record<string, unknown> = {
    name: 'ImportReadError',
    message: info.messageEn,
    code: info.code,
    file: info.file,
    messageVi: info.messageVi,
    messageEn: info.messageEn,
  };
  if (info.sheet !== undefined) fields.sheet = info.sheet;
  if (info.row !== undefined) fields.row = info.row;
  if (info.col !== undefined) fields.col = info.col;
  Object.assign(e, fields);
  e.stack = `ImportReadError: ${info.messageEn}\n    (in the reader thread)`;
  return e;
}

/**
 * streamRows() on the reader thread `scriptFile`: the same rows in the same order to `onRow`, the
 * same result or refusal. `opts.onMerge` is not streamed (the result lists the merged ranges).
 */
export function streamRowsInThread(
  scriptFile: string,
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  const file = path.basename(filePath);
  if (opts.signal?.aborted) return Promise.reject(new ImportReadError('CANCELLED', file));
  let bytes = 0;
  try {
    bytes = fs.statSync(filePath).size;
  } catch {
    // the reader says what is wrong with the file
  }
  const flowBuffer = new SharedArrayBuffer(8);
  const flow = new Int32Array(flowBuffer);
  const init: ReaderThreadInit = { file: filePath, sheet, flow: flowBuffer };
  if (opts.encoding) init.encoding = opts.encoding;
  if (opts.delimiter) init.delimiter = opts.delimiter;
  const worker = new Worker(scriptFile, {
    workerData: init,
    resourceLimits: { maxOldGenerationSizeMb: readerHeapMb(filePath, bytes) },
  });
  return new Promise<StreamResult>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      f();
    };
    const onAbort = () => settle(() => reject(new ImportReadError('CANCELLED', file)));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: ReaderThreadMessage) => {
      if (settled) return;
      switch (m.t) {
        case 'rows': {
          let h = 0;
          let start = 0;
          try {
            for (let i = 0; i < m.rows.length; i++) {
              const row = m.rows[i]!;
              const hidden = m.hidden[h] === row;
              if (hidden) h++;
              const end = m.ends[i]!;
              onRow(m.cells.slice(start, end), row, hidden);
              start = end;
            }
          } catch (e) {
            settle(() => reject(e));
            return;
          }
          Atomics.add(flow, 1, 1);
          Atomics.notify(flow, 1);
          return;
        }
        case 'progress':
          opts.onProgress?.(m.done, m.total);
          return;
        case 'end':
          settle(() => resolve(m.result));
          return;
        case 'refused':
          settle(() => reject(reviveReadError(m.error)));
          return;
        case 'failed':
          settle(() => reject(new Error(m.message)));
      }
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportReadError('FILE_TOO_LARGE', file, {}, catalogueDetail('readDetail.outOfMemory'))
            : e,
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the reader thread stopped (exit ${code}) before the end of ${file}`))),
    );
  });
}

/** streamRows() on the reader thread when one is set (useReaderThread), else on this thread. */
export function streamRowsAside(
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  return script
    ? streamRowsInThread(script, filePath, sheet, onRow, opts)
    : streamRows(filePath, sheet, onRow, opts);
}
