// The import worker: one per import session, with its own database connection, so reading and
// staging a 1M-row file never blocks the window's main thread. Messages: see ops.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/db';
import { SessionHost, toAppError, type OpRequest } from './ops';

interface Init {
  dbPath: string;
}

if (parentPort) {
  const port = parentPort;
  const db = openDatabase((workerData as Init).dbPath);
  const host = new SessionHost(db, (progress) => port.postMessage({ type: 'progress', progress }));
  port.on('message', (m: { type: 'call'; id: number; req: OpRequest } | { type: 'cancel' }) => {
    if (m.type === 'cancel') {
      host.cancel();
      return;
    }
    host.run(m.req).then(
      (value) => port.postMessage({ type: 'result', id: m.id, ok: true, value }),
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
