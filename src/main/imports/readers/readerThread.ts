// Reading a file in a thread of its own while the import stages what it has read.
//
// Why: on the machines measured (2 cores) reading a 100k-row xlsx is ~2.4 s of XML scanning and
// mapping + staging its rows into SQLite another ~1 s. On one thread they add up; with the reader
// on a second thread they overlap (measured: read + stage 3.7 s → 2.7 s). Rows cross
// in packed batches (rowBatcher.ts: a cell array cloned value by value cost ~0.5 s per 100k rows
// of 10 cells on the reader's side, measured); the
// reader waits when the importer is BATCHES_AHEAD batches behind, so memory stays bounded however
// slow the staging is.
//
// The reader thread runs the same streamRows() as an in-thread read, so rows, refusals and their
// messages are the same; a refusal crosses as plain data and is rebuilt as the ImportReadError it
// was. Cancelling (or a throw from onRow) terminates the thread at once. Small files are read on
// the importer's thread (READ_ASIDE_MIN_BYTES). The messages: readAsideProtocol.ts.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import { catalogueDetail, ImportReadError } from '../safety/errors';
import { readerHeapMb } from '../safety/limits';
import { streamRows, textRowsChecked, type StreamResult } from './index';
import type { ReaderThreadInit, ReaderThreadMessage } from './readAsideProtocol';
import type { ReadOptions, RowCallback } from './types';
import { unpackRows } from './rowBatcher';

/**
 * Files smaller than this are read on the importer's thread: starting a thread (100–200 ms) costs
 * more than a small table takes to read.
 */
export const READ_ASIDE_MIN_BYTES = 1024 * 1024;

let script: string | null = null;

/**
 * Where the built reader thread is (out/main/readerWorker.js). The import worker and the command
 * line set it; without it (unit tests running the sources) files are read on the calling thread.
 */
export function useReaderThread(file: string | null): void {
  script = file !== null && fs.existsSync(file) ? file : null;
}

/**
 * streamRows() on the reader thread `scriptFile`: the same rows, merged ranges and progress in the
 * same order, the same result or refusal; a throw from `onRow` stops the thread and is passed on.
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
  const init: ReaderThreadInit = {
    file: filePath,
    sheet,
    flow: flowBuffer,
    rowsChecked: textRowsChecked.get(),
  };
  if (opts.encoding) init.encoding = opts.encoding;
  if (opts.delimiter) init.delimiter = opts.delimiter;
  const worker = takeWarm(scriptFile, filePath, bytes) ?? startThread(scriptFile, filePath, bytes);
  worker.ref();
  // (the thread starts reading when it is told what: a warm one has been waiting for this)
  worker.postMessage(init);
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
    const take = (m: ReaderThreadMessage) => {
      switch (m.t) {
        case 'rows': {
          unpackRows(m, onRow);
          Atomics.add(flow, 1, 1);
          Atomics.notify(flow, 1);
          // While the reader keeps this port busy, no other message (a Cancel) reaches this thread:
          // the caller's flag is asked instead (acking later to let them through would make the
          // two threads take turns: measured, a 1M-row CSV took 14 s to read and stage, not 8).
          if (opts.cancelled?.()) settle(() => reject(new ImportReadError('CANCELLED', file)));
          return;
        }
        case 'merge':
          opts.onMerge?.(m.range);
          return;
        case 'progress':
          opts.onProgress?.(m.done, m.total);
          return;
        case 'end':
          settle(() => resolve(m.result));
          return;
        case 'refused':
          settle(() => reject(ImportReadError.fromInfo(m.error, m.stack)));
          return;
        case 'failed':
          settle(() =>
            reject(
              Object.assign(new Error(m.message), {
                stack: m.stack,
                ...(m.code ? { code: m.code } : {}),
              }),
            ),
          );
      }
    };
    worker.on('message', (m: ReaderThreadMessage) => {
      if (settled) return;
      try {
        take(m);
      } catch (e) {
        // a throw from onRow or a callback stops the reading and is the caller's
        settle(() => reject(e));
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

function startThread(scriptFile: string, filePath: string, bytes: number): Worker {
  return new Worker(scriptFile, {
    // (a young generation of 16 MB keeps a 1M-row CSV import's peak RSS near 236 MB instead of
    // 258 MB, measured, at no cost in speed; 8 MB saved more but slowed the reading)
    resourceLimits: { maxOldGenerationSizeMb: readerHeapMb(filePath, bytes), maxYoungGenerationSizeMb: 16 },
  });
}

/**
 * A reader thread started ahead for one file (warmReaderThread): starting one and loading the
 * readers into it takes 0.1–0.2 s (measured), which an import otherwise waits for when it starts
 * to read. One at a time; it waits, not holding the process open, until a read of that file
 * takes it or releaseWarmReaderThread() ends it.
 */
let warm: { worker: Worker; script: string; file: string; bytes: number } | null = null;

/** Starts a reader thread for `filePath` now, if a read of it would use one (readsAside). */
export function warmReaderThread(filePath: string): void {
  if (!readsAside(filePath)) return;
  releaseWarmReaderThread();
  const bytes = fs.statSync(filePath).size;
  const worker = startThread(script!, filePath, bytes);
  worker.unref();
  // a thread that fails to start is simply not used
  const drop = () => warm?.worker === worker && (warm = null);
  worker.on('error', drop).on('exit', drop);
  warm = { worker, script: script!, file: filePath, bytes };
}

/** Ends the thread warmReaderThread() started, if no read has taken it. */
export function releaseWarmReaderThread(): void {
  if (warm) void warm.worker.terminate();
  warm = null;
}

/** The file a warm reader thread waits for, if any (for tests and diagnostics). */
export const warmReaderThreadFile = (): string | null => warm?.file ?? null;

function takeWarm(scriptFile: string, filePath: string, bytes: number): Worker | null {
  const w = warm;
  if (!w || w.script !== scriptFile || w.file !== filePath || w.bytes !== bytes) return null;
  warm = null;
  return w.worker;
}

/** Whether streamRowsAside reads `filePath` on the reader thread (one is set, the file is large enough). */
export function readsAside(filePath: string): boolean {
  if (!script) return false;
  try {
    return fs.statSync(filePath).size >= READ_ASIDE_MIN_BYTES;
  } catch {
    return false; // streamRows says what is wrong with the path
  }
}

/**
 * streamRows() on the reader thread when one is set (useReaderThread) and the file is large enough
 * to gain by it (READ_ASIDE_MIN_BYTES), else on this thread.
 */
export function streamRowsAside(
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  return readsAside(filePath)
    ? streamRowsInThread(script!, filePath, sheet, onRow, opts)
    : streamRows(filePath, sheet, onRow, opts);
}
