// The import worker (also the startup integrity check, see store/health.ts): one per import session, with its own database connection, so reading and
// staging a 1M-row file never blocks the window's main thread. Messages: see ops.ts.
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { integrityCheck, openDatabase, useNativeBinding } from '../store/db';
import { SessionHost, toAppError, type OpRequest } from './ops';
import { useReaderThread } from './readers/readerThread';

interface Init {
  dbPath: string;
  /** 'integrity': run PRAGMA integrity_check on a read-only connection and report (startup self-check). */
  mode?: 'import' | 'integrity';
  /** The Electron build of better-sqlite3, when running inside the app. */
  nativeBinding?: string;
  /** Int32 [0]: the service's Cancel, set while this thread is too busy to hear a message. */
  cancelFlag?: SharedArrayBuffer;
}

useNativeBinding((workerData as Init | undefined)?.nativeBinding);

if (parentPort && (workerData as Init).mode === 'integrity') {
  const port = parentPort;
  try {
    const db = openDatabase((workerData as Init).dbPath, { readonly: true });
    const result = integrityCheck(db);
    db.close();
    port.postMessage({ type: 'integrity', result });
  } catch (e) {
    port.postMessage({ type: 'integrity', result: String((e as Error)?.message ?? e) });
  }
} else if (parentPort) {
  const port = parentPort;
  // A file's rows are read on a thread of their own while this one stages them (built beside this file).
  useReaderThread(path.join(__dirname, 'readerWorker.js'));
  const db = openDatabase((workerData as Init).dbPath);
  // A commit of 100k values fills the write-ahead log with ~13 MB; SQLite's automatic checkpoint
  // would copy it into the database inside the commit, while the user waits. This connection
  // checkpoints after it has replied instead (PASSIVE: never blocks the window's readers or writers).
  db.pragma('wal_autocheckpoint = 0');
  const checkpoint = () => {
    try {
      if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      /* the next connection's automatic checkpoint will do it */
    }
  };
  const flag = (workerData as Init).cancelFlag;
  const host = new SessionHost(
    db,
    (progress) => port.postMessage({ type: 'progress', progress }),
    flag ? new Int32Array(flag) : null,
  );
  port.on('message', (m: { type: 'call'; id: number; req: OpRequest } | { type: 'cancel' }) => {
    if (m.type === 'cancel') {
      host.cancel();
      return;
    }
    host.run(m.req).then(
      (value) => {
        port.postMessage({ type: 'result', id: m.id, ok: true, value });
        if (m.req.op === 'commit' || m.req.op === 'undo') setImmediate(checkpoint);
      },
      (e: unknown) => port.postMessage({ type: 'result', id: m.id, ok: false, error: toAppError(e) }),
    );
    if (m.req.op === 'close') {
      setImmediate(() => {
        db.close();
        port.close();
      });
    }
  });
}
