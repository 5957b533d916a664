// The operations of an import session, as plain messages. The import worker runs them on its own
// thread and connection; tests and the CLI run the same functions inline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { FileInspection } from '../../shared/imports/types';
import type {
  ImportMapping,
  ImportPreview,
  ImportProgress,
  ImportTarget,
  SheetPreview,
  UnitAnswer,
} from '../../shared/importSession';
import { AppError, type AppErrorShape } from '../../shared/result';
import { undoBatch } from './pipeline/batches';
import type { CommitResult } from './pipeline/commit';
import { ImportSession, type ImportSource } from './pipeline/session';
import { isImportReadError } from './readers';

/** A source as it arrives over IPC: a path from the open dialog, bytes of a dropped file, or pasted text. */
export type WireSource =
  | { kind: 'file'; path: string }
  | { kind: 'bytes'; name: string; data: Uint8Array }
  | { kind: 'paste'; text: string };

export type OpRequest =
  | { op: 'open'; source: WireSource }
  | { op: 'suggestSheet' }
  | { op: 'analyze'; sheet: string | null }
  | { op: 'stage'; mapping: ImportMapping; target: ImportTarget }
  | { op: 'answer'; answers: UnitAnswer[] }
  | { op: 'commit' }
  | { op: 'undo'; batchId: number }
  | { op: 'close' };

export type OpResult = {
  open: FileInspection;
  suggestSheet: string | null;
  analyze: SheetPreview;
  stage: ImportPreview;
  answer: ImportPreview;
  commit: CommitResult;
  undo: { restored: number; removed: number };
  close: Record<string, never>;
};

/** Turns reader refusals and other failures into the AppError shape that crosses IPC. */
export function toAppError(e: unknown): AppErrorShape {
  if (e instanceof AppError) return e.toShape();
  if (isImportReadError(e)) {
    if (e.code === 'CANCELLED')
      return { code: 'CANCELLED', message: e.messageEn, details: { read: e.toInfo() } };
    return {
      code: 'IMPORT_UNREADABLE',
      message: e.messageEn,
      details: { read: e.toInfo(), messageVi: e.messageVi },
    };
  }
  const err = e as { code?: string; message?: string };
  if (err?.code === 'SQLITE_BUSY')
    return { code: 'IO', message: 'The database is busy; try again', details: { detail: err.message } };
  return {
    code: 'INTERNAL',
    message: err?.message ?? String(e),
    details: { detail: err?.message ?? String(e) },
  };
}

/** One session's state wherever it runs. */
export class SessionHost {
  private session: ImportSession | null = null;
  private tempFile: string | null = null;
  private abort: AbortController | null = null;
  progress: ImportProgress = { state: 'idle', done: 0, total: 0, message: null };

  constructor(
    private readonly db: Database,
    private readonly onProgress: (p: ImportProgress) => void = () => {},
    /** Int32 [0] set to 1 by the service's Cancel, read while the rows are being staged. */
    private readonly cancelFlag: Int32Array | null = null,
  ) {}

  private cancelRequested(): boolean {
    return (
      (this.cancelFlag !== null && Atomics.load(this.cancelFlag, 0) === 1) || !!this.abort?.signal.aborted
    );
  }

  private setProgress(p: ImportProgress): void {
    this.progress = p;
    this.onProgress(p);
  }

  cancel(): void {
    this.abort?.abort();
  }

  private need(): ImportSession {
    if (!this.session) throw new AppError('NOT_FOUND', 'No file is open in this import');
    return this.session;
  }

  async run<R extends OpRequest>(req: R): Promise<OpResult[R['op']]> {
    switch (req.op) {
      case 'open': {
        const source = this.materialise(req.source);
        this.session = new ImportSession(this.db, source);
        return (await this.session.open()) as OpResult[R['op']];
      }
      case 'suggestSheet':
        return (await this.need().suggestSheet()) as OpResult[R['op']];
      case 'analyze':
        return (await this.need().analyze(req.sheet ?? undefined)) as OpResult[R['op']];
      case 'stage': {
        this.abort = new AbortController();
        if (this.cancelFlag) Atomics.store(this.cancelFlag, 0, 0);
        this.setProgress({ state: 'reading', done: 0, total: 0, message: null });
        try {
          const preview = await this.need().stage(req.mapping, req.target, {
            signal: this.abort.signal,
            cancelled: () => this.cancelRequested(),
            onProgress: (p) => this.setProgress(p),
          });
          // Done reading; 'ready' is said by whoever holds the preview (ImportService), so the
          // state and the preview can never disagree.
          this.setProgress({ state: 'checking', done: 0, total: 0, message: null });
          return preview as OpResult[R['op']];
        } catch (e) {
          const cancelled = this.cancelRequested();
          this.setProgress({
            state: cancelled ? 'cancelled' : 'failed',
            done: 0,
            total: 0,
            message: toAppError(e).message,
          });
          throw e;
        } finally {
          this.abort = null;
        }
      }
      case 'answer':
        return this.need().answer(req.answers) as OpResult[R['op']];
      case 'commit': {
        this.setProgress({ state: 'committing', done: 0, total: 0, message: null });
        try {
          const r = this.need().commit();
          this.setProgress({ state: 'committed', done: 0, total: 0, message: null });
          return r as OpResult[R['op']];
        } catch (e) {
          this.setProgress({ state: 'ready', done: 0, total: 0, message: toAppError(e).message });
          throw e;
        }
      }
      case 'undo':
        return undoBatch(this.db, req.batchId) as OpResult[R['op']];
      case 'close':
        this.dispose();
        return {} as OpResult[R['op']];
    }
  }

  /** Dropped-file bytes go to a private temp file so every reader works on a path. */
  private materialise(s: WireSource): ImportSource {
    if (s.kind === 'bytes') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-import-'));
      const safeName =
        path
          .basename(s.name)
          .replace(/[^\p{L}\p{N}._ -]/gu, '_')
          .slice(0, 200) || 'import';
      this.tempFile = path.join(dir, safeName);
      fs.writeFileSync(this.tempFile, s.data);
      return { kind: 'file', path: this.tempFile };
    }
    return s;
  }

  dispose(): void {
    this.session?.dispose();
    this.session = null;
    if (this.tempFile) fs.rmSync(path.dirname(this.tempFile), { recursive: true, force: true });
    this.tempFile = null;
  }
}
