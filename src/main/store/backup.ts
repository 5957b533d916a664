// Backups are complete, consistent copies made by SQLite itself (VACUUM INTO), so they can be
// taken while the app is running. Restoring checks the candidate before it replaces anything.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { openDatabase } from './db';

export function backupTo(db: Database, target: string): string {
  const out = path.resolve(target);
  // Removing the target first would unlink the live file; later writes would go nowhere.
  if (out === path.resolve(db.name))
    throw new AppError('IO', `Cannot write backup ${out}: it is the open database itself`, { path: out });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    db.prepare('VACUUM INTO ?').run(out);
  } catch (e) {
    throw new AppError('IO', `Cannot write backup ${out}: ${(e as Error).message}`, {
      detail: (e as Error).message,
    });
  }
  return out;
}

export function timestampedName(prefix = 'dti-desk'): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  return `${prefix}-${t}.db`;
}

/**
 * Opens a candidate backup read-only and checks it: a DTI Desk database, not from the future,
 * structurally sound. Throws an AppError naming the file otherwise.
 */
export function checkBackup(file: string): void {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Backup ${file} does not exist`, { path: file });
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new AppError('DB_CHECK_FAILED', `${file} is not a DTI Desk database`, {
      detail: 'not an SQLite file',
    });
  }
  const db = openDatabase(file, { readonly: true, integrityCheck: true });
  try {
    const hasObservations = db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'observation'`)
      .get();
    if (!hasObservations)
      throw new AppError('DB_CHECK_FAILED', `${file} is not a DTI Desk database`, {
        detail: 'no DTI Desk tables',
      });
  } finally {
    db.close();
  }
}
