// What a run leaves behind when it does not succeed: an import refused into a new --db path makes
// no database there (the file was left, empty of the user's data, round 81), and a dry run stopped
// by a signal removes its copy of the database from the temp folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeKpiCsv } from '../support/kpiCsv';
import { CLI, cliRunner, ROOT } from './run';

let tmp: string;
const { cli } = cliRunner(() => tmp);
const fixture = (name: string) => path.join(ROOT, 'test/fixtures/files', name);
const besideDb = (db: string) =>
  fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(path.basename(db)));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-cli-left-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an import that fails at a new database path', () => {
  it('refused by validation (exit 2): no database is left there', () => {
    const file = path.join(tmp, 'DTI 2022.csv');
    fs.writeFileSync(file, 'Tỉnh,Điểm DTI,Xếp hạng DTI\nHà Nội,1.7,1\nBình Phước,0.5,2\n');
    const db = path.join(tmp, 'new', 'refused.db');
    fs.mkdirSync(path.dirname(db));
    const r = cli(['--db', db, 'import', file, '--year', '2022', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'invalid' });
    expect(besideDb(db)).toEqual([]);
  });

  it('an unreadable file (exit 1): no database is left there', () => {
    const db = path.join(tmp, 'new', 'unreadable.db');
    const r = cli(['--db', db, 'import', fixture('hostile_invalid_utf8.csv')]);
    expect(r.code).toBe(1);
    expect(besideDb(db)).toEqual([]);
  });

  it('committed (exit 0): the database is made, and kept', () => {
    const db = path.join(tmp, 'new', 'kept.db');
    const r = cli(['--db', db, 'import', fixture('ranking_2022_web_copy.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(db).size).toBeGreaterThan(0);
  });

  it('refused over an existing database: the database stays', () => {
    const db = path.join(tmp, 'new', 'kept.db');
    const before = fs.statSync(db).size;
    const r = cli(['--db', db, 'import', fixture('hostile_invalid_utf8.csv')]);
    expect(r.code).toBe(1);
    expect(fs.statSync(db).size).toBe(before);
  });
});

describe('a dry run stopped by a signal', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: its copy is removed from the temp folder', async (signal) => {
    const temp = fs.mkdtempSync(path.join(tmp, 'temp-'));
    const file = path.join(tmp, `kpi-${signal}.csv`);
    writeKpiCsv(file, 300_000);
    const child = spawn(
      process.execPath,
      [CLI, '--db', path.join(tmp, 'dry.db'), 'import', file, '--dry-run'],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          TMPDIR: temp,
          HOME: tmp,
          XDG_CONFIG_HOME: path.join(tmp, 'xdg'),
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // (stopped once its copy is there, while it reads the file)
    for (let i = 0; i < 600 && !fs.readdirSync(temp).some((d) => d.startsWith('dti-desk-dry-run-')); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(temp).some((d) => d.startsWith('dti-desk-dry-run-'))).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(128 + (signal === 'SIGTERM' ? 15 : 2));
    expect(fs.readdirSync(temp)).toEqual([]);
  });
});
