// The reader thread of an import (readers/readerThread.ts): streams one sheet of one file with the
// app's readers and posts its rows in batches to the import that started it. Loads the readers
// and nothing else (no database, no Electron).
import { parentPort } from 'node:worker_threads';
import { isImportReadError, streamRows, textRowsChecked } from './readers';
import { BATCHES_AHEAD, type ReaderThreadInit, type ReaderThreadMessage } from './readers/readAsideProtocol';
import { RowBatcher } from './readers/rowBatcher';

const port = parentPort!;

// What to read comes as the first message (readers/readAhead.ts startRead).
port.once('message', (init: ReaderThreadInit) => read(init));

function read(init: ReaderThreadInit): void {
  const flow = new Int32Array(init.flow);
  const post = (m: ReaderThreadMessage) => port.postMessage(m);
  textRowsChecked.set(init.rowsChecked);

  const batches = new RowBatcher((m, transfer) => {
    // Wait (this thread only) while the importer is BATCHES_AHEAD batches behind.
    for (;;) {
      const taken = Atomics.load(flow, 1);
      if (Atomics.load(flow, 0) - taken < BATCHES_AHEAD) break;
      Atomics.wait(flow, 1, taken, 1_000);
    }
    port.postMessage(m, transfer);
    Atomics.add(flow, 0, 1);
  });
  const flush = () => batches.flush();

  streamRows(init.file, init.sheet, (c, row, h) => batches.add(c, row, h), {
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
}
