// The import service as the app uses it: sessions in the built worker thread (or inline when the
// build is missing), progress while reading, cancel, and nothing written by a cancelled import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src/main/imports/service';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { writeKpiCsv } from '../support/kpiCsv';
import { writeThreeSheetKpiWorkbook } from '../support/kpiWorkbook';
import { READ_ASIDE_MIN_BYTES } from '../../src/main/imports/readers/readerThread';

const WORKER = path.join(__dirname, '../../out/main/importWorker.js');

/** A service running its sessions in the built worker, or inline; never silently the other one. */
function serviceFor(mode: 'worker' | 'inline', dbPath: string): ImportService {
  if (mode === 'worker' && !fs.existsSync(WORKER))
    throw new Error('out/main/importWorker.js is missing: run `npm run build` (npm test does) first');
  const service = new ImportService({ dbPath, workerPath: mode === 'worker' ? WORKER : null });
  expect(service.usesWorker).toBe(mode === 'worker');
  return service;
}

for (const mode of ['worker', 'inline'] as const) {
  describe(`import service (${mode})`, () => {
    it('reports progress while reading, can be cancelled, and writes nothing when cancelled', async () => {
      const dir = tempDir('dti-service-');
      const dbPath = path.join(dir, 's.db');
      new Store(dbPath).close();
      const csv = path.join(dir, 'big.csv');
      writeKpiCsv(csv, 300_000);
      const service = serviceFor(mode, dbPath);
      const { sessionId, inspection } = await service.open({ kind: 'file', path: csv });
      expect(inspection.format).toBe('csv');
      const a = await service.call(sessionId, { op: 'analyze', sheet: null });
      service.startStage(sessionId, { op: 'stage', mapping: a.mapping, target: { ...a.target, group: 63 } });
      // Wait until reading has visibly started, then cancel.
      let p = service.progress(sessionId);
      for (let i = 0; i < 400 && !(p.state === 'reading' && p.done > 0); i++) {
        await new Promise((r) => setTimeout(r, 10));
        p = service.progress(sessionId);
      }
      expect(p.state).toBe('reading');
      expect(p.total).toBeGreaterThan(p.done);
      service.cancel(sessionId);
      for (let i = 0; i < 500 && !service.progress(sessionId).error; i++)
        await new Promise((r) => setTimeout(r, 10));
      const end = service.progress(sessionId);
      expect(end.error?.code).toBe('CANCELLED');
      expect(end.preview).toBeNull();
      await service.close(sessionId);
      const s = new Store(dbPath);
      expect((s.db.prepare(`SELECT COUNT(*) AS n FROM observation`).get() as { n: number }).n).toBe(0);
      expect((s.db.prepare(`SELECT COUNT(*) AS n FROM import_batch`).get() as { n: number }).n).toBe(0);
      s.close();
    });

    if (mode === 'worker')
      it('a Cancel while a corrected copy is checked against the store stops the checks (round 72)', async () => {
        const dir = tempDir('dti-service-');
        const dbPath = path.join(dir, 's.db');
        new Store(dbPath).close();
        const csv = path.join(dir, 'kpi.csv');
        writeKpiCsv(csv, 300_000);
        const corrected = path.join(dir, 'kpi-corrected.csv');
        writeKpiCsv(corrected, 300_000, (i) => (i % 3000 === 7 ? 0.5 : 0));
        const service = serviceFor(mode, dbPath);
        const stageOf = async (file: string) => {
          const { sessionId } = await service.open({ kind: 'file', path: file });
          const a = await service.call(sessionId, { op: 'analyze', sheet: null });
          service.startStage(sessionId, {
            op: 'stage',
            mapping: a.mapping,
            target: { ...a.target, group: 63 },
          });
          return sessionId;
        };
        const first = await stageOf(csv);
        let p = service.progress(first);
        for (let i = 0; i < 6000 && !p.preview && !p.error; i++) {
          await new Promise((r) => setTimeout(r, 10));
          p = service.progress(first);
        }
        await service.call(first, { op: 'commit' });
        await service.close(first);

        const again = await stageOf(corrected);
        p = service.progress(again);
        for (let i = 0; i < 6000 && p.state !== 'checking' && !p.preview && !p.error; i++) {
          await new Promise((r) => setTimeout(r, 5));
          p = service.progress(again);
        }
        expect(p.state).toBe('checking');
        service.cancel(again);
        for (let i = 0; i < 6000 && !service.progress(again).error && !service.progress(again).preview; i++)
          await new Promise((r) => setTimeout(r, 10));
        const end = service.progress(again);
        expect(end.preview).toBeNull();
        expect(end.error?.code).toBe('CANCELLED');
        await service.closeAll();
        const s = new Store(dbPath);
        expect(s.db.prepare(`SELECT COUNT(*) FROM import_batch WHERE layer = 'user'`).pluck().get()).toBe(1);
        s.close();
      });

    it('runs a whole import and reports a file it cannot read as IMPORT_UNREADABLE', async () => {
      const dir = tempDir('dti-service-');
      const dbPath = path.join(dir, 's.db');
      new Store(dbPath).close();
      const service = serviceFor(mode, dbPath);
      await expect(
        service.open({
          kind: 'file',
          path: path.join(__dirname, '../fixtures/files/hostile_png_renamed.xlsx'),
        }),
      ).rejects.toMatchObject({
        code: 'IMPORT_UNREADABLE',
      });
      const { sessionId } = await service.open({
        kind: 'file',
        path: path.join(__dirname, '../fixtures/files/ranking_2022_web_copy.xlsx'),
      });
      const a = await service.call(sessionId, { op: 'analyze', sheet: null });
      service.startStage(sessionId, { op: 'stage', mapping: a.mapping, target: a.target });
      let p = service.progress(sessionId);
      for (let i = 0; i < 500 && !p.preview && !p.error; i++) {
        await new Promise((r) => setTimeout(r, 10));
        p = service.progress(sessionId);
      }
      expect(p.state).toBe('ready');
      expect(p.preview!.canCommit).toBe(true);
      const r = await service.call(sessionId, { op: 'commit' });
      expect(r.counts.rows).toBe(63);
      await service.closeAll();
      const s = new Store(dbPath);
      expect(s.rankingRows(2022, 63).find((x) => x.unitCode === '70')!.rank).toBe(12);
      s.close();
    });

    // The worker starts reading a file's first visible sheet before anything else (worker.ts);
    // the sheet imported must still be the one chosen, whichever it is.
    it('imports the sheet chosen, whether or not it is the one read from the start', async () => {
      const dir = tempDir('dti-service-');
      const file = path.join(dir, 'three-sheets.xlsx');
      const rows = 10_500;
      const total = writeThreeSheetKpiWorkbook(file, rows);
      expect(fs.statSync(file).size).toBeGreaterThan(READ_ASIDE_MIN_BYTES);
      for (const [chosen, k] of [
        [null, 2], // the first visible sheet, as the wizard proposes it
        ['KPI mới', 2], // the same, by name
        ['KPI cũ', 3], // another
        ['Nháp', 1], // the hidden one, by name
      ] as const) {
        const dbPath = path.join(dir, `s-${k}-${chosen ?? 'default'}.db`);
        new Store(dbPath).close();
        const service = serviceFor(mode, dbPath);
        const { sessionId } = await service.open({ kind: 'file', path: file });
        const a = await service.call(sessionId, { op: 'analyze', sheet: chosen });
        const preview = await service.call(sessionId, {
          op: 'stage',
          mapping: a.mapping,
          target: { ...a.target, kind: 'kpi', group: 63 },
        });
        expect(preview.canCommit).toBe(true);
        await service.call(sessionId, { op: 'commit' });
        await service.closeAll();
        const s = new Store(dbPath);
        const got = s.db
          .prepare(
            `SELECT COUNT(*) AS n, SUM(value) AS sum, MIN(b.sheet) AS sheet FROM observation o JOIN import_batch b ON b.id = o.batch_id`,
          )
          .get() as { n: number; sum: number; sheet: string };
        s.close();
        expect(got.n).toBe(rows);
        expect(got.sheet).toBe(chosen ?? 'KPI mới');
        expect(got.sum).toBeCloseTo(total * k, 3);
      }
    }, 120_000);
  });
}

describe('worker heap ceiling', () => {
  it('is fixed for text tables and grows with a workbook, up to 1 GB', async () => {
    const { workerHeapMb, WORKER_HEAP_MB } = await import('../../src/main/imports/service');
    expect(workerHeapMb({ kind: 'paste', text: 'a\tb' })).toBe(WORKER_HEAP_MB);
    expect(workerHeapMb({ kind: 'bytes', name: 'big.csv', data: new Uint8Array(50 * 1024 * 1024) })).toBe(
      WORKER_HEAP_MB,
    );
    expect(workerHeapMb({ kind: 'bytes', name: 'big.xlsx', data: new Uint8Array(100 * 1024 * 1024) })).toBe(
      WORKER_HEAP_MB + 400,
    );
    expect(workerHeapMb({ kind: 'bytes', name: 'huge.xlsx', data: new Uint8Array(300 * 1024 * 1024) })).toBe(
      1024,
    );
    expect(workerHeapMb({ kind: 'file', path: '/no/such/file.xlsx' })).toBe(WORKER_HEAP_MB);
  });
});
