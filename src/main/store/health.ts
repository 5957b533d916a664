// Startup self-check, second half: the pragmas are checked synchronously when the database opens
// (db.ts); the full PRAGMA integrity_check reads the whole file (about 3 s for 1M observations),
// so it runs on a worker thread with a read-only connection while the window is already usable.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { currentNativeBinding, integrityCheck, openDatabase } from './db';

export type IntegrityState = 'pending' | 'ok' | string;

export class HealthMonitor {
  private state: IntegrityState = 'pending';

  constructor(
    private readonly dbPath: string,
    private readonly workerPath: string | null,
  ) {}

  start(): this {
    this.state = 'pending';
    if (this.workerPath && fs.existsSync(this.workerPath)) {
      const w = new Worker(this.workerPath, {
        workerData: { dbPath: this.dbPath, mode: 'integrity', nativeBinding: currentNativeBinding() },
      });
      w.once('message', (m: { type: 'integrity'; result: string }) => {
        this.state = m.result;
        void w.terminate();
      });
      w.once('error', (e) => (this.state = `integrity check could not run: ${e.message}`));
    } else {
      // No built worker (tests from source): check on a later tick of this thread.
      setImmediate(() => {
        try {
          const db = openDatabase(this.dbPath, { readonly: true });
          this.state = integrityCheck(db);
          db.close();
        } catch (e) {
          this.state = (e as Error).message;
        }
      });
    }
    return this;
  }

  get integrity(): IntegrityState {
    return this.state;
  }
}
