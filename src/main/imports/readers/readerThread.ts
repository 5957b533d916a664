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
import { catalogueDetail, ImportReadError } from '../safety/errors';
import type { StreamResult } from './index';
import type { ReaderThreadMessage } from './readAsideProtocol';
import { sizeOf, startRead, startThread, takeAhead, type ReadKey } from './readAhead';
import type { ReadOptions, RowCallback } from './types';
import { unpackRows } from './rowBatcher';

export {
  READ_ASIDE_MIN_BYTES,
  readAhead,
  readAheadOf,
  readerThreadScript,
  readsAside,
  releaseReadAhead,
  setReadAheadBytes,
  useReaderThread,
} from './readAhead';

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
  const bytes = sizeOf(filePath);
  const key: ReadKey = {
    script: scriptFile,
    file: filePath,
    bytes,
    sheet,
    encoding: opts.encoding ?? null,
    delimiter: opts.delimiter ?? null,
  };
  const read = takeAhead(key) ?? startRead(startThread(scriptFile, filePath, bytes), key);
  const worker = read.worker;
  worker.ref();
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
    const take = (m: ReaderThreadMessage, acked: boolean) => {
      switch (m.t) {
        case 'rows': {
          unpackRows(m, onRow);
          if (!acked) read.ack();
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
    read.take((ev) => {
      if (settled) return;
      switch (ev.kind) {
        case 'message':
          try {
            take(ev.m, ev.acked);
          } catch (e) {
            // a throw from onRow or a callback stops the reading and is the caller's
            settle(() => reject(e));
          }
          return;
        case 'error':
          settle(() =>
            reject(
              ev.e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ImportReadError('FILE_TOO_LARGE', file, {}, catalogueDetail('readDetail.outOfMemory'))
                : ev.e,
            ),
          );
          return;
        case 'exit':
          settle(() =>
            reject(new Error(`the reader thread stopped (exit ${ev.code}) before the end of ${file}`)),
          );
      }
    });
  });
}
