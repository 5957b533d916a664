// Killing the process at any moment of an import leaves the database with the old data or the
// new data, never a mix. 50 trials of SIGKILL at random points of a real `dti-desk import`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { writeKpiCsv } from '../support/kpiCsv';

const CLI = path.join(__dirname, '../../out/main/cli.js');
const ROWS = 20_000;
const TRIALS = 50;

let dir: string;
let base: string;
let csv: string;
let fullMs = 0;
let baseCount = 0;

function state(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const integrity = (d.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
    const user = (
      d.prepare(`SELECT COUNT(*) AS n FROM observation WHERE layer = 'user'`).get() as { n: number }
    ).n;
    const batches = (
      d.prepare(`SELECT COUNT(*) AS n FROM import_batch WHERE kind = 'file'`).get() as { n: number }
    ).n;
    const orphans = (
      d
        .prepare(
          `SELECT COUNT(*) AS n FROM observation o WHERE o.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = o.batch_id)`,
        )
        .get() as { n: number }
    ).n;
    const prior = (d.prepare(`SELECT COUNT(*) AS n FROM import_batch_prior`).get() as { n: number }).n;
    return { integrity, user, batches, orphans, prior };
  } finally {
    d.close();
  }
}

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error('out/main/cli.js is missing: run `npm run build` (npm test does) first');
  dir = tempDir('dti-kill-');
  csv = path.join(dir, 'kpi.csv');
  writeKpiCsv(csv, ROWS);
  base = path.join(dir, 'base.db');
  const s = new Store(base);
  s.loadReference();
  s.close();
  baseCount = state(base).user;
  // One uninterrupted run tells how long an import takes here, to spread the kills over it.
  const probe = path.join(dir, 'probe.db');
  fs.copyFileSync(base, probe);
  const t = Date.now();
  const r = spawnSync(process.execPath, [CLI, '--db', probe, 'import', csv, '--group', '63'], {
    encoding: 'utf8',
  });
  fullMs = Date.now() - t;
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(state(probe).user).toBe(baseCount + ROWS);
}, 120_000);

describe('SIGKILL during an import', () => {
  it(`leaves old or new data, never a mix (${TRIALS} trials)`, async () => {
    const outcomes = { old: 0, new: 0 };
    /** One import killed `delay` ms after it starts; checks what the database holds then. */
    const trial = async (n: number, delay: number) => {
      const db = path.join(dir, `trial-${n}.db`);
      fs.copyFileSync(base, db);
      const child = spawn(process.execPath, [CLI, '--db', db, 'import', csv, '--group', '63'], {
        stdio: 'ignore',
      });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const s = state(db);
      expect(s.integrity, `trial ${n} at ${delay} ms`).toBe('ok');
      expect(s.orphans).toBe(0);
      if (s.batches === 0) {
        expect(s.user, `trial ${n}: no batch, so no new rows`).toBe(baseCount);
        expect(s.prior).toBe(0);
        outcomes.old++;
      } else {
        expect(s.batches).toBe(1);
        expect(s.user, `trial ${n}: a batch, so all of its rows`).toBe(baseCount + ROWS);
        expect(s.prior).toBe(0); // every cell is new: nothing to snapshot
        outcomes.new++;
      }
      for (const ext of ['', '-wal', '-shm']) fs.rmSync(db + ext, { force: true });
    };
    // Kill points spread over the whole run (start-up, reading, staging, commit, after), and
    // past it: with other tests running beside this one an import can take half as long again
    // as the probe did, and the late kills must still land after the commit.
    for (let n = 0; n < TRIALS; n++)
      await trial(n, Math.floor(((n + Math.random()) / TRIALS) * fullMs * 1.6));
    // A machine busier than during the probe can stretch every import past the last kill point:
    // then a few more trials further out (or nearer the start), until both outcomes are seen.
    for (let extra = 0; (outcomes.new === 0 || outcomes.old === 0) && extra < 10; extra++)
      await trial(
        TRIALS + extra,
        outcomes.new === 0 ? Math.floor(fullMs * (2 + extra)) : Math.floor(Math.random() * fullMs * 0.2),
      );
    console.log(
      `kill test: ${outcomes.old} runs left the old data, ${outcomes.new} the new data (import takes ${fullMs} ms)`,
    );
    // Both outcomes happen, so the kills did land before and after the commit.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 900_000);
});
