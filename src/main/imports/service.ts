// Import sessions as the app sees them. Each session runs in an import worker thread (the app)
// or inline on a connection of its own (CLI, tests without a build) — same operations either way.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ImportBatchInfo, ImportProgress } from '../../shared/importSession';
import { AppError, type AppErrorShape } from '../../shared/result';
import { currentNativeBinding, openDatabase } from '../store/db';
import { listBatches } from './pipeline/batches';
import { readerHeapMb } from './safety/limits';
import { SessionHost, toAppError, type OpRequest, type OpResult, type WireSource } from './ops';
import type { Database } from 'better-sqlite3';
import type { ImportWorkerInit } from './worker';

export { WORKER_HEAP_MB } from './safety/limits';

/** Old-generation heap of an import worker for `source` (see safety/limits.ts readerHeapMb). */
export function workerHeapMb(source: WireSource): number {
  const name = source.kind === 'file' ? source.path : source.kind === 'bytes' ? source.name : '';
  let bytes = 0;
  try {
    bytes =
      source.kind === 'file'
        ? fs.statSync(source.path).size
        : source.kind === 'bytes'
          ? source.data.byteLength
          : 0;
  } catch {
    // the reader will say what is wrong with the file
  }
  return readerHeapMb(name, bytes);
}

interface Runner {
  call<R extends OpRequest>(req: R): Promise<OpResult[R['op']]>;
  cancel(): void;
  progress(): ImportProgress;
  close(): Promise<void>;
}

class WorkerRunner implements Runner {
  private worker: Worker;
  private seq = 0;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private last: ImportProgress = { state: 'idle', done: 0, total: 0, message: null };

  /** Set by cancel(): the worker reads it while it is too busy staging rows to hear a message. */
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));

  constructor(workerPath: string, dbPath: string, source: WireSource) {
    const init: ImportWorkerInit = {
      dbPath,
      nativeBinding: currentNativeBinding(),
      cancelFlag: this.cancelFlag.buffer,
      // (the worker starts reading the file before it has loaded the rest: see worker.ts)
      ...(source.kind === 'file' ? { file: source.path } : {}),
    };
    this.worker = new Worker(workerPath, {
      workerData: init,
      // The worker streams: its heap holds a chunk of rows, caches and the preview, never the file.
      // A firm ceiling makes V8 collect early instead of growing toward the machine's memory,
      // which keeps a 1M-row import's peak RSS bounded.
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(source) },
    });
    this.worker.on(
      'message',
      (
        m:
          | { type: 'progress'; progress: ImportProgress }
          | { type: 'result'; id: number; ok: boolean; value?: unknown; error?: AppErrorShape },
      ) => {
        if (m.type === 'progress') {
          this.last = m.progress;
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else p.reject(new AppError(m.error!.code, m.error!.message, m.error!.details));
      },
    );
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => {
      if (this.pending.size) this.failAll(new AppError('INTERNAL', `import worker stopped (exit ${code})`));
    });
  }

  private failAll(e: unknown): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  call<R extends OpRequest>(req: R): Promise<OpResult[R['op']]> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ type: 'call', id, req });
    });
  }
  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
    this.worker.postMessage({ type: 'cancel' });
  }
  progress(): ImportProgress {
    return this.last;
  }
  async close(): Promise<void> {
    try {
      await this.call({ op: 'close' });
    } catch {
      /* closing a broken worker */
    }
    await this.worker.terminate();
  }
}

class InlineRunner implements Runner {
  private host: SessionHost;
  constructor(private readonly db: Database) {
    this.host = new SessionHost(db);
  }
  async call<R extends OpRequest>(req: R): Promise<OpResult[R['op']]> {
    try {
      return await this.host.run(req);
    } catch (e) {
      // The same error values as across the worker boundary (IMPORT_UNREADABLE, CANCELLED, …).
      const shape = toAppError(e);
      throw new AppError(shape.code, shape.message, shape.details);
    }
  }
  cancel(): void {
    this.host.cancel();
  }
  progress(): ImportProgress {
    return this.host.progress;
  }
  async close(): Promise<void> {
    this.host.dispose();
    this.db.close();
  }
}

export interface ImportServiceOptions {
  dbPath: string;
  /** Built import worker (out/main/importWorker.js). Without it sessions run inline. */
  workerPath?: string | null;
}

export class ImportService {
  private sessions = new Map<string, Runner>();
  private counter = 0;

  constructor(private readonly opts: ImportServiceOptions) {}

  get usesWorker(): boolean {
    return !!this.opts.workerPath && fs.existsSync(this.opts.workerPath);
  }

  private runner(id: string): Runner {
    const r = this.sessions.get(id);
    if (!r) throw new AppError('NOT_FOUND', `Import session ${id} is not open`);
    return r;
  }

  async open(source: Extract<OpRequest, { op: 'open' }>['source']) {
    const id = `s${++this.counter}-${Date.now().toString(36)}`;
    const runner: Runner = this.usesWorker
      ? new WorkerRunner(this.opts.workerPath!, this.opts.dbPath, source)
      : new InlineRunner(openDatabase(this.opts.dbPath));
    this.sessions.set(id, runner);
    try {
      const inspection = await runner.call({ op: 'open', source });
      const suggestedSheet = await runner.call({ op: 'suggestSheet' });
      return { sessionId: id, inspection, suggestedSheet };
    } catch (e) {
      this.sessions.delete(id);
      await runner.close();
      throw e;
    }
  }

  call<R extends OpRequest>(sessionId: string, req: R): Promise<OpResult[R['op']]> {
    return this.runner(sessionId).call(req);
  }

  /** Staging runs in the background; the wizard polls progress() and gets the preview from it. */
  private staged = new Map<string, { preview: OpResult['stage'] | null; error: AppErrorShape | null }>();

  startStage(sessionId: string, req: Extract<OpRequest, { op: 'stage' }>): void {
    const r = this.runner(sessionId);
    this.staged.set(sessionId, { preview: null, error: null });
    r.call(req).then(
      (preview) => this.staged.set(sessionId, { preview, error: null }),
      (e: unknown) => this.staged.set(sessionId, { preview: null, error: toAppError(e) }),
    );
  }

  progress(
    sessionId: string,
  ): ImportProgress & { preview: OpResult['stage'] | null; error: AppErrorShape | null } {
    const r = this.runner(sessionId);
    const s = this.staged.get(sessionId) ?? { preview: null, error: null };
    const p = r.progress();
    // Reading ends when the preview is here: the session itself never reports 'ready'.
    return {
      ...p,
      ...s,
      state: (p.state === 'reading' || p.state === 'checking') && s.preview ? 'ready' : p.state,
    };
  }

  cancel(sessionId: string): void {
    this.runner(sessionId).cancel();
  }

  async close(sessionId: string): Promise<void> {
    const r = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    this.staged.delete(sessionId);
    await r?.close();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)));
  }

  history(db: Database): ImportBatchInfo[] {
    return listBatches(db);
  }
}
