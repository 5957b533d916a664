// Opening the one database file: pragmas, self-check, migrations. No Electron here.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface OpenOptions {
  /** Stop after this migration (tests migrate to N-1, seed, then migrate to N). */
  targetVersion?: number;
  readonly?: boolean;
  /** Run the full PRAGMA integrity_check now (restoring and checking a backup do). */
  integrityCheck?: boolean;
}

export interface PragmaReport {
  journalMode: string;
  foreignKeys: boolean;
  busyTimeout: number;
  userVersion: number;
  integrity: string | null;
}

export const BUSY_TIMEOUT_MS = 5000;

// better-sqlite3 is a native addon: the copy in node_modules is built for Node (tests, CLI, CI).
// Inside Electron the app loads a second copy built for Electron's ABI (npm run electron:prepare
// puts it in native/electron/), so neither `npm start` nor `npm test` has to rebuild anything.
let nativeBinding: string | undefined;
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}
export const currentNativeBinding = (): string | undefined => nativeBinding;

/**
 * Runs `write` (which replaces the database file's bytes in place) while this process alone has
 * the database open, holding an exclusive lock for it: leaving WAL mode needs every other
 * connection closed — an import running in another dti-desk, the app open on the same file —
 * so it is refused while one is (round 81: a restore renamed a copy over the file under a
 * running import, whose commit then went to the file replaced, lost, both exiting 0). The lock
 * is on the file itself: one opening it meanwhile waits, then sees the new bytes.
 */
export function withDatabaseAlone(file: string, write: (db: DB) => void): void {
  const probe = connect(file, { fileMustExist: true });
  try {
    probe.pragma('busy_timeout = 2000');
    let mode: unknown;
    try {
      mode = probe.pragma('journal_mode = DELETE', { simple: true });
    } catch {
      mode = null;
    }
    if (mode !== 'delete')
      throw new AppError('IO', `Database ${file} is open in another program: close it, then restore`, {
        key: 'store.dbInUse',
        params: { path: file },
      });
    probe.exec('BEGIN EXCLUSIVE');
    try {
      write(probe);
    } finally {
      probe.exec('ROLLBACK');
    }
  } finally {
    probe.close();
  }
}

/**
 * Removes the database at `file` that a command just made and that holds nothing of the user's —
 * no import but the published reference, no value entered — unless another program has it open
 * meanwhile (leaving WAL mode needs every other connection closed: see withDatabaseAlone). Whether
 * it was removed. (An import refused into a new --db path left an empty database there, round 81.)
 */
export function removeUnusedDatabase(file: string): boolean {
  let unused = false;
  try {
    withDatabaseAlone(file, (db) => {
      const held = db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM import_batch WHERE kind <> 'reference')
               OR EXISTS (SELECT 1 FROM observation WHERE layer = 'user')
               OR EXISTS (SELECT 1 FROM annotation) OR EXISTS (SELECT 1 FROM target)`,
        )
        .pluck()
        .get();
      unused = held === 0;
    });
  } catch {
    return false; // (open elsewhere, or not ours to judge: left as it is)
  }
  if (unused) for (const f of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + f, { force: true });
  return unused;
}

/** A bare better-sqlite3 connection to `file` (the Electron build of the binding inside the app). */
const connect = (file: string, opts: Database.Options = {}): DB =>
  new Database(file, { ...opts, ...(nativeBinding ? { nativeBinding } : {}) });

/**
 * A connection to an existing database that only reads it and leaves nothing beside it. A
 * read-only connection to a WAL database without a write-ahead log makes an empty -wal and a -shm
 * it cannot remove (round 81: left by a dry run's copy and a usage error's language); one opened to
 * write, writing nothing, removes them when it closes — its empty log has nothing to put into the
 * database. A log already there (another program writing, or one that stopped half-way) is not
 * the reader's to checkpoint into the file: read-only then, as where writing is not allowed.
 */
export function readingConnection(file: string): DB {
  if (!fs.existsSync(`${file}-wal`))
    try {
      return connect(file, { fileMustExist: true });
    } catch {
      /* read-only below */
    }
  return connect(file, { readonly: true, fileMustExist: true });
}

/** A database SQLite could not open (or read through): DB_OPEN_FAILED, with SQLite's words. */
const dbOpenFailed = (file: string, e: unknown, verb: 'open' | 'read' = 'open'): AppError =>
  new AppError('DB_OPEN_FAILED', `Cannot ${verb} database ${file}: ${(e as Error).message}`, {
    path: file,
    detail: (e as Error).message,
  });

/**
 * A consistent copy of database `from` at `to`, read through SQLite's backup (a write in progress
 * elsewhere is not caught half-way) from a connection that only reads (readingConnection): nothing
 * is written to `from` — no migration, no change of journal mode, no checkpoint of its write-ahead
 * log — and nothing is left beside it.
 */
export async function copyDatabase(from: string, to: string): Promise<void> {
  let source: DB;
  try {
    source = readingConnection(from);
  } catch (e) {
    throw dbOpenFailed(from, e);
  }
  try {
    await source.backup(to);
  } catch (e) {
    throw dbOpenFailed(from, e, 'read');
  } finally {
    source.close();
  }
}

export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: DB;
  try {
    db = connect(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.readonly ?? false,
    });
  } catch (e) {
    throw dbOpenFailed(file, e);
  }
  try {
    applyPragmas(db, opts.readonly ?? false);
    const version = userVersion(db);
    if (version > LATEST_VERSION) {
      throw new AppError(
        'DB_FROM_FUTURE',
        `Database ${file} has schema version ${version}, newer than this DTI Desk supports (${LATEST_VERSION}). Update DTI Desk.`,
        { found: version, supported: LATEST_VERSION },
      );
    }
    if (!opts.readonly) migrate(db, opts.targetVersion ?? LATEST_VERSION);
    const report = selfCheck(db, {
      integrity: opts.integrityCheck ?? false,
      memory: file === ':memory:',
      readonly: opts.readonly ?? false,
    });
    failIfDamaged(file, report.integrity);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw new AppError('DB_OPEN_FAILED', `Cannot open database ${file}: ${(e as Error).message}`, {
      path: file,
      detail: (e as Error).message,
    });
  }
}

/** Throws when an integrity check ran and found damage (null: it did not run). */
export function failIfDamaged(file: string, integrity: string | null): void {
  if (integrity !== null && integrity !== 'ok') {
    throw new AppError('DB_CHECK_FAILED', `Database ${file} failed its integrity check: ${integrity}`, {
      detail: integrity,
    });
  }
}

function applyPragmas(db: DB, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL + NORMAL is durable across application crashes (a power cut may lose the last commit,
  // never corrupt the file), which is the usual trade-off for a desktop database.
  if (!readonly) db.pragma('synchronous = NORMAL');
}

export const userVersion = (db: DB): number => db.pragma('user_version', { simple: true }) as number;

export function migrate(db: DB, target: number = LATEST_VERSION): number {
  const from = userVersion(db);
  if (from > LATEST_VERSION) {
    throw new AppError(
      'DB_FROM_FUTURE',
      `Database schema version ${from} is newer than supported (${LATEST_VERSION}).`,
      {
        found: from,
        supported: LATEST_VERSION,
      },
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > target) continue;
    runMigration(db, m);
  }
  return userVersion(db);
}

function runMigration(db: DB, m: Migration): void {
  db.transaction(() => {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  })();
}

/**
 * Startup self-check: the pragmas we rely on are really in force, and (on request) the file's
 * structure is sound. Returns what it saw; throws when a pragma is not as required.
 */
export function selfCheck(
  db: DB,
  opts: { integrity: boolean; memory?: boolean; readonly?: boolean },
): PragmaReport {
  const report: PragmaReport = {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    foreignKeys: db.pragma('foreign_keys', { simple: true }) === 1,
    busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
    userVersion: userVersion(db),
    integrity: opts.integrity ? integrityCheck(db) : null,
  };
  const problems: string[] = [];
  if (!opts.memory && !opts.readonly && report.journalMode !== 'wal')
    problems.push(`journal_mode is ${report.journalMode}, expected wal`);
  if (!report.foreignKeys) problems.push('foreign_keys is off');
  if (report.busyTimeout < BUSY_TIMEOUT_MS) problems.push(`busy_timeout is ${report.busyTimeout}`);
  if (problems.length)
    throw new AppError('DB_CHECK_FAILED', problems.join('; '), { detail: problems.join('; ') });
  return report;
}

export function integrityCheck(db: DB): string {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const fk = db.pragma('foreign_key_check') as unknown[];
    const msg = rows.map((r) => r.integrity_check).join('; ');
    if (msg !== 'ok') return msg;
    return fk.length ? `${fk.length} foreign key violation(s)` : 'ok';
  } catch (e) {
    // A badly damaged file makes the check itself fail ("database disk image is malformed"):
    // that is its finding, reported like any other so the caller can name the file.
    return (e as Error).message;
  }
}
