// The reader thread of an import (readers/readerThread.ts): streams one sheet of one file with the
// app's readers and posts its rows in batches to the import that started it. Loads the readers
// and nothing else (no database, no Electron).
import { parentPort, workerData } from 'node:worker_threads';
import type { RawCell } from '../../shared/imports/types';
import { isImportReadError, streamRows } from './readers';
import {
  BATCHES_AHEAD,
  ROWS_PER_BATCH,
  type ReaderThreadInit,
  type ReaderThreadMessage,
} from './readers/readerThread';

const init = workerData as ReaderThreadInit;
const port = parentPort!;
const flow = new Int32Array(init.flow);
const post = (m: ReaderThreadMessage) => port.postMessage(m);

// A batch is flat: the values of all its rows one after another, and where each row ends. Posting
// one array of primitives costs a fraction of posting an array per row, and the rows the reader
// made die young instead of waiting in a batch (measured: the reader thread's GC time).
let cells: RawCell[] = [];
let ends: number[] = [];
let rows: number[] = [];
let hidden: number[] = [];

function flush(): void {
  if (rows.length === 0) return;
  // Wait (this thread only) while the importer is BATCHES_AHEAD batches behind.
  for (;;) {
    const taken = Atomics.load(flow, 1);
    if (Atomics.load(flow, 0) - taken < BATCHES_AHEAD) break;
    Atomics.wait(flow, 1, taken, 1_000);
  }
  post({ t: 'rows', cells, ends, rows, hidden });
  Atomics.add(flow, 0, 1);
  cells = [];
  ends = [];
  rows = [];
  hidden = [];
}

streamRows(
  init.file,
  init.sheet,
  (c, row, h) => {
    for (let i = 0; i < c.length; i++) cells.push(c[i]!);
    ends.push(cells.length);
    rows.push(row);
    if (h) hidden.push(row);
    if (rows.length === ROWS_PER_BATCH) flush();
  },
  {
    onProgress: (done, total) => post({ t: 'progress', done, total }),
    ...(init.encoding ? { encoding: init.encoding } : {}),
    ...(init.delimiter ? { delimiter: init.delimiter } : {}),
  },
).then(
  (result) => {
    flush();
    post({ t: 'end', result });
  },
  (e: unknown) => {
    // The rows read before a refusal reach the importer first, as they would on one thread.
    flush();
    post(
      isImportReadError(e)
        ? { t: 'refused', error: e.toInfo() }
        : { t: 'failed', message: String((e as Error)?.message ?? e) },
    );
  },
);
