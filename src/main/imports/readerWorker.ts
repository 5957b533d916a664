// The reader thread of an import (readers/readerThread.ts): streams one sheet of one file with the
// app's readers and posts its rows in batches to the import that started it. Loads the readers
// and nothing else (no database, no Electron).
import { parentPort, workerData } from 'node:worker_threads';
import type { RawCell } from '../../shared/imports/types';
import { isImportReadError, streamRows, textRowsChecked } from './readers';
import {
  BATCHES_AHEAD,
  CHARS_PER_BATCH,
  ROWS_PER_BATCH,
  SHARED_TEXT_CHARS,
  type ReaderThreadInit,
  type ReaderThreadMessage,
} from './readers/readAsideProtocol';

const init = workerData as ReaderThreadInit;
const port = parentPort!;
const flow = new Int32Array(init.flow);
const post = (m: ReaderThreadMessage) => port.postMessage(m);
textRowsChecked.set(init.rowsChecked);

// A batch is flat: the values of all its rows one after another, and where each row ends. Posting
// one array of primitives costs a fraction of posting an array per row, and the rows the reader
// made die young instead of waiting in a batch (measured: the reader thread's GC time). A long
// text is posted once per batch and put back where it was (see SHARED_TEXT_CHARS).
let cells: RawCell[] = [];
let ends: number[] = [];
let rows: number[] = [];
let hidden: number[] = [];
let texts: string[] = [];
let refs: number[] = [];
let textIndex = new Map<string, number>();
let chars = 0;

function flush(): void {
  if (rows.length === 0) return;
  // Wait (this thread only) while the importer is BATCHES_AHEAD batches behind.
  for (;;) {
    const taken = Atomics.load(flow, 1);
    if (Atomics.load(flow, 0) - taken < BATCHES_AHEAD) break;
    Atomics.wait(flow, 1, taken, 1_000);
  }
  post({ t: 'rows', cells, ends, rows, hidden, texts, refs });
  Atomics.add(flow, 0, 1);
  cells = [];
  ends = [];
  rows = [];
  hidden = [];
  texts = [];
  refs = [];
  textIndex = new Map();
  chars = 0;
}

function add(c: RawCell[], row: number, h: boolean): void {
  for (let i = 0; i < c.length; i++) {
    const v = c[i]!;
    if (typeof v === 'string' && v.length >= SHARED_TEXT_CHARS) {
      let k = textIndex.get(v);
      if (k === undefined) {
        k = texts.push(v) - 1;
        textIndex.set(v, k);
        chars += v.length;
      }
      refs.push(cells.length, k);
      cells.push(null);
    } else {
      if (typeof v === 'string') chars += v.length;
      cells.push(v);
    }
  }
  ends.push(cells.length);
  if (h) hidden.push(rows.length);
  rows.push(row);
  if (rows.length === ROWS_PER_BATCH || chars >= CHARS_PER_BATCH) flush();
}

streamRows(init.file, init.sheet, add, {
  onProgress: (done, total) => post({ t: 'progress', done, total }),
  // (in order with the rows: a web page or an .xls tells them before its rows, an .xlsx after)
  onMerge: (range) => {
    flush();
    post({ t: 'merge', range });
  },
  ...(init.encoding ? { encoding: init.encoding } : {}),
  ...(init.delimiter ? { delimiter: init.delimiter } : {}),
}).then(
  (result) => {
    flush();
    post({ t: 'end', result });
  },
  (e: unknown) => {
    // The rows read before a refusal reach the importer first, as they would on one thread.
    flush();
    const stack = String((e as Error)?.stack ?? e);
    post(
      isImportReadError(e)
        ? { t: 'refused', error: e.toInfo(), stack }
        : {
            t: 'failed',
            message: String((e as Error)?.message ?? e),
            ...((e as { code?: unknown })?.code ? { code: String((e as { code?: unknown }).code) } : {}),
            stack,
          },
    );
  },
);
