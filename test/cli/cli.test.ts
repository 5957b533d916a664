// The command line as a user runs it: `node out/main/cli.js …` (the built file; `npm test` builds
// first). Plain Node, no Electron. Output contracts (--json fields), exit codes, and one-line errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';

import { CLI, ROOT, cliRunner } from './run';

interface UnitJson {
  code: string;
  codeList: string;
  name: string;
  validTo: string | null;
  successorCode: string | null;
}
interface RankingJson {
  year: number;
  group: number;
  unitCode: string;
  unitName: string;
  score: number | null;
  rank: number | null;
  rankOf: number;
  rankChange: number | null;
  pillars: Record<'cqs' | 'kts' | 'xhs', { score: number | null; rank: number | null }>;
}

let tmp: string;
const { cli, ok, fails } = cliRunner(() => tmp);
let db: string;

beforeAll(() => {
  if (!fs.existsSync(CLI)) {
    throw new Error(
      `${path.relative(ROOT, CLI)} is missing: build first (npm test runs "electron-vite build" before vitest)`,
    );
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-cli-'));
  db = path.join(tmp, 'data', 'cli.db');
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the installed command', () => {
  it('package.json bin.dti-desk is the built CLI, runnable by itself', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>;
    };
    const bin = pkg.bin?.['dti-desk'];
    expect(bin, 'package.json has no bin.dti-desk').toBeTypeOf('string');
    expect(path.resolve(ROOT, bin!)).toBe(CLI);
    expect(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help prints the usage and exits 0; no command prints it and fails', () => {
    expect(ok(['--help'])).toMatch(/dti-desk \[--db/);
    const bare = cli([]);
    expect(bare.code).not.toBe(0);
    // An option without a command is not a request for help.
    expect(cli(['--db', path.join(tmp, 'unused.db')]).code).not.toBe(0);
    expect(ok(['units', '--help'])).toMatch(/dti-desk \[--db/);
  });

  it('help and argument errors speak the language of the database, without creating one', () => {
    const none = path.join(tmp, 'nowhere', 'none.db');
    expect(ok(['--db', none, '--help'])).toMatch(/^Cách dùng: dti-desk/);
    expect(fails(['--db', none, 'frobnicate'])).toBe(
      'dti-desk: không có lệnh frobnicate (xem dti-desk --help)',
    );
    expect(fs.existsSync(none)).toBe(false);
    const en = path.join(tmp, 'english.db');
    const s = new Store(en);
    s.settings.update({ language: 'en' });
    s.close();
    expect(ok(['--db', en, '--help'])).toMatch(/^Usage: dti-desk/);
    expect(fails(['--db', en, 'rankings', '--year', 'soon'])).toBe(
      'dti-desk: --year must be a year like 2022, not soon (see dti-desk --help)',
    );
    expect(fails([`--db=${en}`, '--frob'])).toBe('dti-desk: unknown option --frob (see dti-desk --help)');
  });
});

describe('dti-desk units', () => {
  it('units --json lists the 63 GSO units and the 34 units of 2025, with successions', () => {
    const units = JSON.parse(ok(['--db', db, 'units', '--json'])) as UnitJson[];
    expect(fs.existsSync(db)).toBe(true);
    for (const u of units) {
      for (const k of ['code', 'codeList', 'name', 'validTo', 'successorCode'])
        expect(u, `unit ${u.name}`).toHaveProperty(k);
    }
    const gso = units.filter((u) => u.codeList === 'gso2004');
    const u2025 = units.filter((u) => u.codeList === '2025');
    expect(gso).toHaveLength(63);
    expect(u2025).toHaveLength(34);
    expect(units).toHaveLength(97);
    expect(new Set(gso.map((u) => u.code)).size).toBe(63);
    expect(new Set(u2025.map((u) => u.code)).size).toBe(34);
    const bp = gso.find((u) => u.code === '70');
    expect(bp).toMatchObject({ name: 'Bình Phước', successorCode: '75' });
    expect(bp!.validTo).toMatch(/^2025-06-30/);
    expect(u2025.find((u) => u.code === '75')).toMatchObject({ name: 'Đồng Nai' });
    // A code means something only with its list: 15 was Yên Bái, it is the new Lào Cai.
    expect(gso.find((u) => u.code === '15')!.name).toBe('Yên Bái');
    expect(u2025.find((u) => u.code === '15')!.name).toBe('Lào Cai');
    // The 34 units are current: no end date, no successor.
    expect(u2025.every((u) => u.validTo === null && u.successorCode === null)).toBe(true);
  });

  it('DTI_DESK_DB chooses the database when there is no --db, and --db wins over it', () => {
    const envDb = path.join(tmp, 'env', 'env.db');
    const units = JSON.parse(ok(['units', '--json'], { DTI_DESK_DB: envDb })) as UnitJson[];
    expect(units).toHaveLength(97);
    expect(fs.existsSync(envDb)).toBe(true);

    const flagDb = path.join(tmp, 'flag', 'flag.db');
    const otherEnv = path.join(tmp, 'env2', 'env2.db');
    ok(['--db', flagDb, 'units', '--json'], { DTI_DESK_DB: otherEnv });
    expect(fs.existsSync(flagDb)).toBe(true);
    expect(fs.existsSync(otherEnv)).toBe(false);
  });
});

describe('dti-desk load-reference and rankings', () => {
  const rankings = (extra: string[] = []) =>
    JSON.parse(
      ok(['--db', db, 'rankings', '--year', '2022', '--group', '63', '--json', ...extra]),
    ) as RankingJson[];

  it('load-reference loads once', () => {
    // Messages follow the language chosen in the app (Vietnamese by default).
    expect(ok(['--db', db, 'load-reference'])).toMatch(/^Đã tải \d+ giá trị đã công bố/);
    expect(ok(['--db', db, 'load-reference'])).toMatch(/đã được tải trước đó/);
  });

  it('rankings --year 2022 --group 63 --json: 63 units, Bình Phước 12/63 (12, 22, 14), a tie at 15 then 17', () => {
    const rows = rankings();
    expect(rows).toHaveLength(63);
    for (const r of rows) {
      for (const k of [
        'year',
        'group',
        'unitCode',
        'unitName',
        'score',
        'rank',
        'rankOf',
        'rankChange',
        'pillars',
      ]) {
        expect(r, `row ${r.unitName}`).toHaveProperty(k);
      }
      expect(r).toMatchObject({ year: 2022, group: 63, rankOf: 63 });
      for (const p of ['cqs', 'kts', 'xhs'] as const) {
        expect(Object.keys(r.pillars[p]).sort()).toEqual(['rank', 'score']);
      }
    }
    const bp = rows.find((r) => r.unitCode === '70')!;
    expect(bp).toMatchObject({ unitName: 'Bình Phước', rank: 12, rankOf: 63, rankChange: -3 });
    expect([bp.pillars.cqs.rank, bp.pillars.kts.rank, bp.pillars.xhs.rank]).toEqual([12, 22, 14]);
    expect(
      rows
        .filter((r) => r.rank === 15)
        .map((r) => r.unitName)
        .sort(),
    ).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(rows.some((r) => r.rank === 16)).toBe(false);
    expect(rows.filter((r) => r.rank === 17)).toHaveLength(1);
    expect(rows.find((r) => r.rank === 1)).toMatchObject({ unitName: 'Đà Nẵng', score: 0.8002 });
    // Every rank is a competition rank within 1..63, sorted.
    const ranks = rows.map((r) => r.rank).filter((r): r is number => r !== null);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(Math.max(...ranks)).toBeLessThanOrEqual(63);
  });

  it('rankings without --json prints a readable table', () => {
    const text = ok(['--db', db, 'rankings', '--year', '2022']);
    // Bình Phước's 2022 score was not published: the score column shows "-", not blanks.
    expect(text).toMatch(/12\/63\s+Bình Phước\s+-\s+▼3\s+CQS\s+12/);
    expect(text.trim().split('\n').length).toBeGreaterThanOrEqual(64);
  });

  it('rankings of a year or group with nothing stored says so, not a table of dashes (round 83)', () => {
    // (years the published reference loaded above does not hold)
    for (const [year, group] of [
      ['2026', '34'],
      ['2030', '34'],
    ]) {
      const text = ok(['--db', db, 'rankings', '--year', year, '--group', group]);
      expect(text.trim().split('\n')).toEqual([
        `DTI ${year} — nhóm ${group} tỉnh, thành phố`,
        `Chưa có số liệu xếp hạng DTI nào của năm ${year} cho nhóm ${group} tỉnh, thành phố: hãy nhập bảng xếp hạng (dti-desk import TỆP --year ${year} --group ${group}).`,
      ]);
    }
    // (a group the year was not ranked in: the one it was named — round 84)
    expect(ok(['--db', db, 'rankings', '--year', '2022', '--group', '34']).trim().split('\n')[1]).toBe(
      'Năm 2022 không xếp hạng trong nhóm 34 tỉnh, thành phố: bảng xếp hạng năm 2022 là của nhóm 63 (--group 63).',
    );
  });

  it('check passes on a healthy database', () => {
    expect(ok(['--db', db, 'check'])).toMatch(/integrity_check=ok/);
  });

  it('backup --out then restore brings the backed-up values back', () => {
    const backup = path.join(tmp, 'backups', 'before-edit.db');
    ok(['--db', db, 'backup', '--out', backup]);
    expect(fs.existsSync(backup)).toBe(true);

    // An edit made in between, through the same Store the app uses.
    const store = new Store(db);
    try {
      const bpId = store.units.byCode('gso2004', '70')!.id;
      store.rankings.edit(
        { year: 2022, group: 63, unitId: bpId, indicator: 'dti', field: 'rank', value: 40 },
        'cli-test',
        null,
      );
      store.rankings.edit(
        { year: 2022, group: 63, unitId: bpId, indicator: 'dti', field: 'score', value: 0.6543 },
        'cli-test',
        null,
      );
    } finally {
      store.close();
    }
    const edited = rankings().find((r) => r.unitCode === '70')!;
    expect(edited).toMatchObject({ rank: 40, score: 0.6543 });

    const out = ok(['--db', db, 'restore', backup]);
    expect(out).toContain(backup);
    const restored = rankings().find((r) => r.unitCode === '70')!;
    expect(restored).toMatchObject({ rank: 12, score: null });
    expect(ok(['--db', db, 'check'])).toMatch(/integrity_check=ok/);
  });

  it('restore while another program has the database open is refused, nothing changed (round 81: an import running meanwhile was lost)', () => {
    const backup = path.join(tmp, 'backups', 'in-use.db');
    ok(['--db', db, 'backup', '--out', backup]);
    // (another connection — a running import, the app — writes a value and stays open)
    const other = new Store(db);
    try {
      const bpId = other.units.byCode('gso2004', '70')!.id;
      other.rankings.edit(
        { year: 2022, group: 63, unitId: bpId, indicator: 'dti', field: 'rank', value: 41 },
        'cli-test',
        null,
      );
      const r = cli(['--db', db, 'restore', backup, '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('đang được một chương trình khác mở');
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'error', error: { code: 'IO' } });
      // its value is still there, seen by it and by a new connection
      expect(rankings().find((x) => x.unitCode === '70')).toMatchObject({ rank: 41 });
    } finally {
      other.close();
    }
    // closed, the restore goes ahead
    ok(['--db', db, 'restore', backup]);
    expect(rankings().find((x) => x.unitCode === '70')).toMatchObject({ rank: 12 });
    expect(ok(['--db', db, 'check'])).toMatch(/integrity_check=ok/);
  });
});

describe('dti-desk --json on every command', () => {
  it('load-reference, check, backup, restore and --help answer one JSON document', () => {
    const jdb = path.join(tmp, 'json', 'j.db');
    const json = (args: string[]) =>
      JSON.parse(ok(['--db', jdb, ...args, '--json'])) as Record<string, unknown>;
    const first = json(['load-reference']);
    expect(first).toMatchObject({ status: 'ok', alreadyLoaded: false, batches: 3 });
    expect(first.observations).toBeGreaterThan(200);
    expect(json(['load-reference'])).toEqual({
      status: 'ok',
      observations: 0,
      batches: 0,
      alreadyLoaded: true,
    });
    expect(json(['check'])).toMatchObject({
      status: 'ok',
      db: jdb,
      integrity: 'ok',
      journalMode: 'wal',
      foreignKeys: true,
    });
    const backup = path.join(tmp, 'json', 'b.db');
    expect(json(['backup', '--out', backup])).toEqual({ status: 'ok', path: backup });
    const restored = json(['restore', backup]);
    expect(restored).toMatchObject({ status: 'ok', db: jdb, restoredFrom: backup });
    expect(fs.existsSync(restored.safetyBackup as string)).toBe(true);
    const help = json(['--help']);
    expect(help.status).toBe('ok');
    expect(help.usage).toContain('load-reference [--json]');
  });
});

describe('dti-desk errors', () => {
  it('an unknown command fails with one line', () => {
    expect(fails(['--db', db, 'frobnicate'])).toMatch(/frobnicate/);
  });

  it('rankings without --year fails with one line', () => {
    expect(fails(['--db', db, 'rankings'])).toMatch(/--year/);
    expect(fails(['--db', db, 'rankings', '--year', 'soon'])).toMatch(/--year/);
    expect(fails(['--db', db, 'rankings', '--year', '2022', '--group', '40'])).toMatch(/--group/);
  });

  it('a bad option is refused before any database is created', () => {
    const fresh = path.join(tmp, 'never', 'never.db');
    expect(fails(['--db', fresh, 'units', '--list', '1992'])).toMatch(/--list/);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('restore of a file that is not a backup fails with one line and leaves the database alone', () => {
    const junk = path.join(tmp, 'junk.db');
    fs.writeFileSync(junk, 'not a database\n'.repeat(50));
    fails(['--db', db, 'restore', junk]);
    fails(['--db', db, 'restore', path.join(tmp, 'missing.db')]);
    expect(ok(['--db', db, 'check'])).toMatch(/integrity_check=ok/);
  });

  it('a database from a newer DTI Desk is refused with one line naming the version', () => {
    const future = path.join(tmp, 'future.db');
    const d = new Database(future);
    d.pragma('user_version = 999');
    d.close();
    const line = fails(['--db', future, 'units', '--json']);
    expect(line).toMatch(/newer/i);
    expect(line).toContain('999');
    // …and left untouched.
    const after = new Database(future, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(999);
    } finally {
      after.close();
    }
    expect(fails(['--db', future, 'check'])).toMatch(/newer/i);
  });
});
