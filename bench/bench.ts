// `npm run bench`: performance figures measured in one run, each printed with its target and
// its ratio to a baseline measured in the same run on the same machine. Tests never assert
// wall-clock times; this is where such targets live.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../src/main/store';
import { importChild, parseChild, runImportBench } from './importBench';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
  baseline?: { name: string; value: number };
}

const figures: Figure[] = [];
export const record = (f: Figure) => {
  figures.push(f);
  const ratio =
    f.baseline && f.baseline.value > 0
      ? ` | ${(f.value / f.baseline.value).toFixed(2)}× ${f.baseline.name} (${f.baseline.value.toFixed(2)} ${f.unit})`
      : '';
  console.log(
    `${f.pass ? 'PASS' : 'MISS'}  ${f.name}: ${f.value.toFixed(2)} ${f.unit} (target ${f.target})${ratio}`,
  );
};

export function ms(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds a database with ~1M observations: 63 units × 100 KPIs × 160 periods, plus DTI rankings 2020–2025. */
function buildBigDatabase(file: string): number {
  const store = new Store(file);
  store.loadReference();
  const db = store.db;
  const units = (db.prepare(`SELECT id FROM unit WHERE code_list = 'gso2004'`).all() as { id: number }[]).map(
    (u) => u.id,
  );
  const ids = store.rankings.indicatorIds();
  let n = 0;
  db.transaction(() => {
    const insInd = db.prepare(
      `INSERT INTO indicator (methodology_id, code, kind, name_vi, unit_of_measure) VALUES (NULL, ?, 'kpi', ?, 'percent')`,
    );
    const kpis: number[] = [];
    for (let k = 0; k < 100; k++)
      kpis.push(Number(insInd.run(`bench.kpi.${k}`, `Chỉ tiêu thử ${k}`).lastInsertRowid));
    const ins = db.prepare(
      `INSERT OR IGNORE INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, rank, rank_of, status)
       VALUES (?, ?, ?, ?, ?, 'user', ?, ?, ?, 'imported')`,
    );
    for (const k of kpis)
      for (let p = 0; p < 160; p++) {
        const year = 2012 + Math.floor(p / 12);
        const period = `${year}-${String((p % 12) + 1).padStart(2, '0')}`;
        for (const u of units) {
          ins.run(k, u, period, year, 0, Math.random() * 100, null, null);
          n++;
        }
      }
    for (let year = 2020; year <= 2025; year++)
      for (const ind of ids.values())
        units.forEach((u, i) => {
          ins.run(ind, u, String(year), year, 63, Math.random(), i + 1, 63);
          n++;
        });
  })();
  store.close();
  return n;
}

function storeBench(dir: string): void {
  console.log('## Store: 1M observations');
  const file = path.join(dir, 'big.db');
  let n = 0;
  const buildMs = ms(() => (n = buildBigDatabase(file)));
  console.log(`built ${n.toLocaleString('en')} observations in ${(buildMs / 1000).toFixed(1)} s`);

  // Baseline: the bare minimum any start must do — open the file with better-sqlite3 and run one query.
  const baselineOpen = median(
    Array.from({ length: 5 }, () =>
      ms(() => {
        const raw = new Database(file);
        raw.prepare('SELECT COUNT(*) FROM unit').get();
        raw.close();
      }),
    ),
  );
  const startup = median(
    Array.from({ length: 5 }, () =>
      ms(() => {
        const s = new Store(file);
        s.rankingRows(2025, 63);
        s.close();
      }),
    ),
  );
  record({
    name: 'open + self-check + migrate + first Rankings query',
    value: startup,
    unit: 'ms',
    target: '≤ 100 ms',
    pass: startup <= 100,
    baseline: { name: 'raw open + 1 query', value: baselineOpen },
  });

  const store = new Store(file);
  store.rankingRows(2024, 63);
  const query = median(Array.from({ length: 30 }, () => ms(() => store.rankingRows(2024, 63))));
  // Baseline: the same observations fetched with one bare statement (no mapping to rows).
  const headline = [...store.rankings.indicatorIds().values()];
  const raw = store.db.prepare(
    `SELECT * FROM observation WHERE indicator_id IN (${headline.map(() => '?').join(',')}) AND period = '2024' AND ranking_group = 63`,
  );
  const rawQuery = median(Array.from({ length: 30 }, () => ms(() => raw.all(...headline))));
  record({
    name: 'Rankings query, one year',
    value: query,
    unit: 'ms',
    target: '≤ 5 ms',
    pass: query <= 5,
    baseline: { name: 'raw SELECT of the same rows', value: rawQuery },
  });
  const integrity = ms(() => store.integrity());
  console.log(
    `(full integrity_check on this database: ${integrity.toFixed(0)} ms — run by \`dti-desk check\`, before restores, and on a worker at each app start)`,
  );
  store.close();
  const size = fs.statSync(file).size + (fs.existsSync(file + '-wal') ? fs.statSync(file + '-wal').size : 0);
  console.log(
    `database size: ${(size / 1024 / 1024).toFixed(1)} MB (${(size / n).toFixed(0)} bytes per observation)\n`,
  );
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-bench-'));
  console.log(`DTI Desk bench — ${os.cpus().length} cores, Node ${process.version}\n`);

  // BENCH_ONLY=store|csv|xlsx|hostile runs one section (while working on it); the default is all.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'store') storeBench(dir);
  if (!only || only !== 'store')
    await runImportBench(
      dir,
      record,
      only === 'csv' || only === 'xlsx' || only === 'hostile' ? only : undefined,
    );

  // BENCH_KEEP=1 keeps the generated files and databases (to profile an import by hand).
  if (process.env.BENCH_KEEP) console.log(`\nfiles kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  const missed = figures.filter((f) => !f.pass);
  console.log(
    `\n${figures.length - missed.length} of ${figures.length} targets met${missed.length ? `; missed: ${missed.map((f) => f.name).join(', ')}` : ''}`,
  );
}

if (process.argv[2] === '--parse-child') {
  parseChild(process.argv[3]!).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (e: unknown) =>
      process.send!({ ok: false, error: String((e as Error)?.stack ?? e) }, () => process.exit(1)),
  );
} else if (process.argv[2] === '--import-child') {
  // A child of the bench: one import, its figures sent back to the parent.
  importChild(process.argv[3]!, process.argv[4]!).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (e: unknown) =>
      process.send!({ ok: false, error: String((e as Error)?.stack ?? e) }, () => process.exit(1)),
  );
} else void main();
