// Hostile files through the real command line: refused (exit 1) with one clear line naming the
// file, well under 1 GB, and the database is byte-for-byte what it was (the 5 s cap is measured
// by `npm run bench`, not asserted here).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { generateTooManyRowsCsv } from '../fixtures/generate';
import { fixture } from './helpers';

const CLI = path.join(__dirname, '../../out/main/cli.js');
let db: string;
const digest = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error('out/main/cli.js is missing: run `npm run build` (npm test does) first');
  db = path.join(tempDir('dti-hostile-cli-'), 'h.db');
  const s = new Store(db);
  s.loadReference();
  s.db.pragma('wal_checkpoint(TRUNCATE)');
  s.close();
});

/** Runs `dti-desk import FILE` in a child that also reports its peak RSS. */
function importIn(file: string) {
  const script = `const cli = require(${JSON.stringify(CLI)});
    const err = [];
    cli.main(['--db', ${JSON.stringify(db)}, 'import', ${JSON.stringify(file)}], { out: () => {}, err: (s) => err.push(s) })
      .then((code) => { process.stdout.write(JSON.stringify({ code, err, maxRssMb: process.resourceUsage().maxRSS / 1024 })); });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(r.stdout) as { code: number; err: string[]; maxRssMb: number };
}

const HOSTILE = [
  'hostile_truncated.xlsx',
  'hostile_png_renamed.xlsx',
  'hostile_encrypted.xlsx',
  'hostile_zip_bomb.xlsx',
  'hostile_zip_bomb_lying_sizes.xlsx',
  'hostile_billion_laughs.xlsx',
  'hostile_xxe_workbook.xlsx',
  'hostile_proto_header.csv',
  'hostile_proto_header.xlsx',
  'hostile_40000_char_cell.xlsx',
  'hostile_invalid_utf8.csv',
];

describe('hostile files through `dti-desk import`', () => {
  it.each(HOSTILE)('%s is refused and the database is unchanged', (name) => {
    const before = digest(db);
    const r = importIn(fixture(name));
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(name);
    expect(r.maxRssMb).toBeLessThan(1024);
    expect(digest(db)).toBe(before);
    expect(fs.existsSync(db + '-wal') ? fs.statSync(db + '-wal').size : 0).toBe(0);
  });

  it('a CSV with more than 1,048,576 rows is refused', async () => {
    const file = path.join(tempDir('dti-rows-'), 'too-many.csv');
    await generateTooManyRowsCsv(file);
    const before = digest(db);
    const r = importIn(file);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/1\.048\.576|1,048,576/);
    expect(r.maxRssMb).toBeLessThan(1024);
    expect(digest(db)).toBe(before);
  });
});
