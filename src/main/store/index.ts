// The Store: one open database and its repositories. Everything the app, the CLI and the tests
// do with data goes through here. No Electron imports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RankingGroup } from '../../shared/domain';
import { backupTo, checkBackup, timestampedName } from './backup';
import {
  failIfDamaged,
  integrityCheck,
  openDatabase,
  withDatabaseAlone,
  selfCheck,
  userVersion,
  type OpenOptions,
  type PragmaReport,
} from './db';
import { isReferenceLoaded, loadPublishedReference } from './publishedReference';
import { RankingRepository } from './rankings';
import { SettingsRepository } from './settings';
import { UnitRepository } from './units';

export class Store {
  db: Database;
  units!: UnitRepository;
  rankings!: RankingRepository;
  settings!: SettingsRepository;
  readonly actor: string;

  constructor(
    readonly file: string,
    opts: OpenOptions = {},
  ) {
    this.db = openDatabase(file, opts);
    this.wire();
    this.actor = currentUser();
  }

  private wire(): void {
    this.units = new UnitRepository(this.db);
    this.rankings = new RankingRepository(this.db, this.units);
    this.settings = new SettingsRepository(this.db);
  }

  get dataDir(): string {
    return path.dirname(path.resolve(this.file));
  }
  get backupDir(): string {
    return path.join(this.dataDir, 'backups');
  }
  get schemaVersion(): number {
    return userVersion(this.db);
  }

  /** The pragmas and a full integrity check; throws when the file is damaged. */
  check(): PragmaReport {
    const report = selfCheck(this.db, { integrity: true, memory: this.file === ':memory:' });
    failIfDamaged(this.file, report.integrity);
    return report;
  }
  integrity(): string {
    return integrityCheck(this.db);
  }

  referenceLoaded(): boolean {
    return isReferenceLoaded(this.db);
  }
  loadReference() {
    return loadPublishedReference(this.db);
  }

  rankingRows(year: number, group: RankingGroup) {
    return this.rankings.get(year, group, this.settings.homeUnitId());
  }

  backup(target?: string): string {
    return backupTo(this.db, target ?? path.join(this.backupDir, timestampedName()));
  }

  /**
   * Replaces the database with a backup: the candidate is checked first, the current database
   * is backed up, then the file is swapped and reopened (and migrated if it is older).
   */
  restore(from: string): { restoredFrom: string; safetyBackup: string } {
    const source = path.resolve(from);
    checkBackup(source);
    const safetyBackup = this.backup(path.join(this.backupDir, timestampedName('before-restore')));
    // Copy the candidate aside first so a failure mid-way leaves the current file untouched.
    const staged = `${this.file}.restoring`;
    fs.copyFileSync(source, staged);
    this.db.close();
    try {
      // (written in place, the file to itself alone: never under another connection's feet)
      withDatabaseAlone(this.file, () => fs.copyFileSync(staged, this.file));
    } catch (e) {
      this.db = openDatabase(this.file);
      this.wire();
      throw e;
    } finally {
      fs.rmSync(staged, { force: true });
    }
    try {
      this.db = openDatabase(this.file, { integrityCheck: true });
    } catch (e) {
      // The checked copy would not open as the live database: put the previous one back.
      fs.copyFileSync(safetyBackup, this.file);
      this.db = openDatabase(this.file);
      this.wire();
      throw e;
    }
    this.wire();
    return { restoredFrom: source, safetyBackup };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function currentUser(): string {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
}
