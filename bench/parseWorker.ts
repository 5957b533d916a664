// Worker side of the bench's parse-only baseline (importBench.ts parseChild): stream every row of
// a file through the app's reader, doing nothing with the rows.
import { parentPort, workerData } from 'node:worker_threads';
import { streamRows } from '../src/main/imports/readers';

let rows = 0;
streamRows((workerData as { file: string }).file, null, () => void rows++).then(
  () => parentPort!.postMessage({ rows }),
  (e: unknown) => parentPort!.postMessage({ error: String((e as Error)?.stack ?? e) }),
);
