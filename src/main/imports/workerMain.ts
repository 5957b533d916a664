// The import worker's work, loaded by worker.ts once the file's reading has started (see there).
import { parentPort } from 'node:worker_threads';
import { integrityCheck, openDatabase, useNativeBinding } from '../store/db';
import { SessionHost, toAppError, type OpRequest } from './ops';
import type { ImportWorkerInit as Init } from './worker';

export function runImportWorker(init: Init): void {
  useNativeBinding(init.nativeBinding);

  if (parentPort && init.mode === 'integrity') {
    const port = parentPort;
    try {
      const db = openDatabase(init.dbPath, { readonly: true });
      const result = integrityCheck(db);
      db.close();
      port.postMessage({ type: 'integrity', result });
    } catch (e) {
      port.postMessage({ type: 'integrity', result: String((e as Error)?.message ?? e) });
    }
  } else if (parentPort) {
    const port = parentPort;
    const db = openDatabase(init.dbPath);
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
    const flag = init.cancelFlag;
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
}
