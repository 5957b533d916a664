// The import worker (also the startup integrity check, see store/health.ts): one per import
// session, with its own database connection, so reading and staging a 1M-row file never blocks the
// window's main thread. Messages: see ops.ts; the work itself: workerMain.ts.
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readAhead, useReaderThread } from './readers/readAhead';

export interface ImportWorkerInit {
  dbPath: string;
  /** 'integrity': run PRAGMA integrity_check on a read-only connection and report (startup self-check). */
  mode?: 'import' | 'integrity';
  /** The Electron build of better-sqlite3, when running inside the app. */
  nativeBinding?: string;
  /** Int32 [0]: the service's Cancel, set while this thread is too busy to hear a message. */
  cancelFlag?: SharedArrayBuffer;
  /** The file this session imports, when it is one: its reading starts before anything else. */
  file?: string;
}

const init = workerData as ImportWorkerInit;
if (parentPort && init.mode !== 'integrity') {
  // A file's rows are read on a thread of their own while this one stages them (built beside this file).
  useReaderThread(path.join(__dirname, 'readerWorker.js'));
  // Its first sheet starts now, before this thread loads the import code and opens the database
  // (~0.2 s) and looks at the file (~0.1 s for a 100k-row xlsx): reading is most of an import.
  // Only this module and the thread plumbing are loaded at this point (measured: the reader then
  // starts ~0.25 s sooner).
  if (init.file) readAhead(init.file, null);
}
// (loaded after the read is under way; messages that arrive meanwhile wait in the port)
void import('./workerMain').then((m) => m.runImportWorker(init));
