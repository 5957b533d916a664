import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, userVersion } from '../../src/main/store/db';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/store/migrations';
import { AppError } from '../../src/shared/result';
import { tempDir } from './helpers';

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the schema on an empty database', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'), { targetVersion: 0 });
    expect(userVersion(db)).toBe(0);
    migrate(db, 1);
    expect(userVersion(db)).toBe(1);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type='table' ORDER BY name`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    for (const t of [
      'unit',
      'unit_alias',
      'unit_succession',
      'methodology',
      'indicator',
      'observation',
      'import_batch',
      'change_log',
      'target',
      'annotation',
      'setting',
      'peer_group',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM unit').get()).toEqual({ n: 0 });
    db.close();
  });

  it('002 seeds the reference frame and keeps data written at version 1', () => {
    const db = openDatabase(path.join(tempDir(), 'b.db'), { targetVersion: 1 });
    db.prepare(`INSERT INTO setting (key, value_json) VALUES ('language', '"en"')`).run();
    migrate(db, 2);
    expect(userVersion(db)).toBe(2);
    expect(db.prepare(`SELECT value_json FROM setting WHERE key='language'`).get()).toEqual({
      value_json: '"en"',
    });
    const count = (list: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM unit WHERE code_list = ?`).get(list) as { n: number }).n;
    expect(count('gso2004')).toBe(63);
    expect(count('2025')).toBe(34);
    expect((db.prepare(`SELECT COUNT(*) AS n FROM unit_succession`).get() as { n: number }).n).toBe(63);
    const bp = db
      .prepare(
        `SELECT su.code, su.name_vi FROM unit u JOIN unit_succession s ON s.predecessor_id = u.id JOIN unit su ON su.id = s.successor_id
         WHERE u.code_list = 'gso2004' AND u.code = '70'`,
      )
      .get();
    expect(bp).toEqual({ code: '75', name_vi: 'Đồng Nai' });
    // Reused codes are only meaningful with their list: 15 was Yên Bái, is now Lào Cai.
    const name15 = (list: string) =>
      (
        db.prepare(`SELECT name_vi FROM unit WHERE code_list = ? AND code = '15'`).get(list) as {
          name_vi: string;
        }
      ).name_vi;
    expect(name15('gso2004')).toBe('Yên Bái');
    expect(name15('2025')).toBe('Lào Cai');
    const years = db.prepare(`SELECT year, methodology_id FROM methodology_year ORDER BY year`).all();
    expect(years).toEqual([
      { year: 2020, methodology_id: 'QD-1726-2020' },
      { year: 2021, methodology_id: 'QD-922-2022' },
      { year: 2022, methodology_id: 'QD-922-2022' },
      { year: 2023, methodology_id: 'QD-922-2022' },
      { year: 2024, methodology_id: 'QD-405-2025' },
    ]);
    const idx922 = db
      .prepare(`SELECT code FROM indicator WHERE methodology_id = 'QD-922-2022' ORDER BY sort_order`)
      .all();
    expect(idx922.map((r) => (r as { code: string }).code)).toContain('hd_chinh_quyen_so');
    db.close();
  });

  it('a failing migration leaves the database at the previous version', () => {
    const file = path.join(tempDir(), 'c.db');
    const db = openDatabase(file, { targetVersion: 1 });
    db.prepare(`INSERT INTO code_list (id, name_vi, name_en) VALUES ('gso2004', 'x', 'x')`).run(); // makes 002 collide
    expect(() => migrate(db, 2)).toThrow();
    expect(userVersion(db)).toBe(1);
    expect((db.prepare(`SELECT COUNT(*) AS n FROM unit`).get() as { n: number }).n).toBe(0);
    db.close();
  });
});

describe('007: more spellings of unit names', () => {
  it('a database made before it gets "HCMC" and "Đắc Lắk" for both lists; the user\'s own aliases stay', () => {
    const file = path.join(tempDir(), 'spell.db');
    const db = openDatabase(file, { targetVersion: 6 });
    const aliasesOf = (alias: string) =>
      (
        db
          .prepare(
            `SELECT u.code_list || ':' || u.code AS c, a.origin FROM unit_alias a JOIN unit u ON u.id = a.unit_id
             WHERE a.alias = ? ORDER BY 1`,
          )
          .all(alias) as { c: string; origin: string }[]
      ).map((r) => `${r.c} ${r.origin}`);
    expect(aliasesOf('HCMC')).toEqual([]);
    const hcm = db.prepare(`SELECT id FROM unit WHERE code_list = '2025' AND code = '79'`).get() as {
      id: number;
    };
    db.prepare(
      `INSERT INTO unit_alias (unit_id, alias, alias_key, origin) VALUES (?, 'HCM City', 'hcmcity', 'user')`,
    ).run(hcm.id);
    migrate(db);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(aliasesOf('HCMC')).toEqual(['2025:79 reference', 'gso2004:79 reference']);
    expect(aliasesOf('Đắc Lắk')).toEqual(['2025:66 reference', 'gso2004:66 reference']);
    expect(aliasesOf('HCM City')).toEqual(['2025:79 user', 'gso2004:79 reference']);
    db.close();
  });
});

describe('opening a database', () => {
  it('applies and self-checks WAL, foreign keys and busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), 'd.db'), { integrityCheck: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(userVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database from a newer DTI Desk, without touching it', () => {
    const file = path.join(tempDir(), 'future.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE keep (x)');
    raw.close();
    let err: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_FROM_FUTURE');
    expect((err as AppError).message).toContain(String(LATEST_VERSION + 5));
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(again.prepare(`SELECT name FROM sqlite_master WHERE name = 'unit'`).get()).toBeUndefined();
    again.close();
  });

  it('refuses a file that is not a database with a clear message', () => {
    const file = path.join(tempDir(), 'junk.db');
    require('node:fs').writeFileSync(file, 'this is not sqlite '.repeat(100));
    expect(() => openDatabase(file)).toThrow(/junk\.db/);
  });
});

/** One hand-edited value (Bình Phước, DTI 2022: 0.6, rank 12) written before a migration runs. */
function seedUserObservation(db: import('better-sqlite3').Database): void {
  const unit = (
    db.prepare(`SELECT id FROM unit WHERE code_list='gso2004' AND code='70'`).get() as { id: number }
  ).id;
  const ind = (
    db.prepare(`SELECT id FROM indicator WHERE code='dti' AND methodology_id IS NULL`).get() as { id: number }
  ).id;
  db.prepare(
    `INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, rank, rank_of, status) VALUES (?,?,?,?,?,?,?,?,?,?)`,
  ).run(ind, unit, '2022', 2022, 63, 'user', 0.6, 12, 63, 'edited');
}

describe('migration 003', () => {
  it('adds import undo and layout tables and keeps observations written at version 2', () => {
    const db = openDatabase(path.join(tempDir(), 'm3.db'), { targetVersion: 2 });
    seedUserObservation(db);
    migrate(db, 3);
    expect(userVersion(db)).toBe(3);
    expect(db.prepare(`SELECT value, rank FROM observation`).all()).toEqual([{ value: 0.6, rank: 12 }]);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['import_batch_prior', 'import_layout']));
    db.close();
  });
});

describe('migration 004', () => {
  it('drops the two unused secondary indexes and keeps the data; the Rankings query still uses an index', () => {
    const db = openDatabase(path.join(tempDir(), 'm4.db'), { targetVersion: 3 });
    const idx = () =>
      (
        db
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observation' AND sql IS NOT NULL`,
          )
          .all() as { name: string }[]
      )
        .map((r) => r.name)
        .sort();
    expect(idx()).toEqual(['observation_batch', 'observation_ranking', 'observation_unit']);
    seedUserObservation(db);
    migrate(db, 4);
    expect(userVersion(db)).toBe(4);
    expect(idx()).toEqual(['observation_batch']);
    expect(db.prepare(`SELECT value, rank FROM observation`).all()).toEqual([{ value: 0.6, rank: 12 }]);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT * FROM observation WHERE year = 2022 AND ranking_group = 63 AND period = '2022' AND indicator_id IN (1,2,3,4)`,
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' ');
    expect(plan).toMatch(/USING INDEX sqlite_autoindex_observation/);
    db.close();
  });
});

describe('migration 005', () => {
  it('indexes redos by the edit they redo and snapshots by the batch they found; data kept; the lookups use them', () => {
    const db = openDatabase(path.join(tempDir(), 'm5.db'), { targetVersion: 4 });
    seedUserObservation(db);
    migrate(db, 5);
    expect(userVersion(db)).toBe(5);
    expect(db.prepare(`SELECT value, rank FROM observation`).all()).toEqual([{ value: 0.6, rank: 12 }]);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan(`SELECT MAX(id) FROM change_log WHERE reverts_id = 7`)).toMatch(/change_log_reverts/);
    expect(plan(`SELECT * FROM import_batch_prior WHERE prior_batch_id = 3`)).toMatch(
      /import_batch_prior_prior/,
    );
    db.close();
  });
});
