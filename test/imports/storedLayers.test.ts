// An import of indicators the store holds nothing of skips the lookups of stored values (the
// preview's diff and the commit's snapshot, update and published-value joins). Both ways must
// write and count exactly the same: checked here on the same file with and without something
// stored, and against the published layer.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import { storedLayers } from '../../src/main/imports/pipeline/validate';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

const KPI =
  'Tỉnh,Chỉ tiêu,Kỳ,Giá trị,Xếp hạng\n' +
  'Bình Phước,Tỷ lệ hồ sơ trực tuyến toàn trình (%),2024,41.5,20\n' +
  'Đồng Nai,Tỷ lệ hồ sơ trực tuyến toàn trình (%),2024,55.25,7\n' +
  'Bình Phước,Số tổ công nghệ số cộng đồng,2024,1012,\n' +
  'Đồng Nai,Số tổ công nghệ số cộng đồng,2024,,\n';

let n = 0;
const open = () => new Store(path.join(tempDir('dti-stored-layers-'), `s${n++}.db`));

async function importText(store: Store, body: string, name = 'kpi.csv') {
  const { session, preview } = await stageFile(
    store,
    { kind: 'file', path: writeTemp(name, body) },
    { kind: 'kpi', group: 63 },
  );
  expect(preview.canCommit).toBe(true);
  const r = session.commit();
  const timings = { ...session.timings };
  session.dispose();
  return { ...r, preview, timings };
}

/** The user cells of a batch, as the app shows them. */
const cellsOf = (store: Store, batchId: number) =>
  store.db
    .prepare(
      `SELECT i.name_vi AS indicator, u.name_vi AS unit, o.period, o.year, o.ranking_group, o.value, o.rank, o.rank_of,
              o.status, o.source_sheet, o.source_cell, o.source_note
         FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
        WHERE o.layer = 'user' AND o.batch_id = ? ORDER BY indicator, unit, o.period`,
    )
    .all(batchId);

let store: Store;
beforeEach(() => {
  store = open();
});

describe('an import of indicators the store holds nothing of', () => {
  it('knows, per layer, whether the store holds values of given indicators', async () => {
    const dti = store.db
      .prepare(`SELECT id FROM indicator WHERE code = 'dti' AND methodology_id IS NULL`)
      .pluck()
      .get() as number;
    const published = store.db
      .prepare(`SELECT COUNT(*) FROM observation WHERE indicator_id = ? AND layer = 'reference'`)
      .pluck()
      .get(dti) as number;
    expect(storedLayers(store.db, [])).toEqual({ user: false, reference: false });
    expect(storedLayers(store.db, [dti])).toEqual({ user: false, reference: published > 0 });
    const a = await importText(store, KPI);
    const ids = store.db
      .prepare(`SELECT DISTINCT indicator_id FROM observation WHERE batch_id = ?`)
      .pluck()
      .all(a.batchId) as number[];
    expect(storedLayers(store.db, ids)).toEqual({ user: true, reference: false });
    expect(storedLayers(store.db, [dti, ...ids])).toEqual({ user: true, reference: published > 0 });
  });

  it('writes and counts the same as an import that looks stored values up', async () => {
    // Fresh store: nothing of these KPIs, the lookups are skipped.
    const fresh = await importText(store, KPI);
    expect(fresh.timings).not.toHaveProperty(['commit: snapshot']);
    expect(fresh.preview.counts).toMatchObject({ new: 5, changed: 0, unchanged: 0 });

    // Another store already holds a value of each KPI (another period): the lookups run.
    const other = open();
    await importText(
      other,
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tỷ lệ hồ sơ trực tuyến toàn trình (%),2023,30\nBình Phước,Số tổ công nghệ số cộng đồng,2023,900\n',
      'before.csv',
    );
    const looked = await importText(other, KPI);
    expect(looked.timings).toHaveProperty(['commit: snapshot']);
    expect(looked.preview.counts).toEqual(fresh.preview.counts);
    expect(looked.counts).toEqual(fresh.counts);
    expect(cellsOf(other, looked.batchId)).toEqual(cellsOf(store, fresh.batchId));
    expect(cellsOf(store, fresh.batchId)).toHaveLength(3); // (an empty row writes nothing)
    other.close();
  });

  it('a corrected copy then changes the stored cells and undo takes them back', async () => {
    const first = await importText(store, KPI);
    const before = cellsOf(store, first.batchId);
    const second = await importText(store, KPI.replace('41.5,20', '42,19'));
    expect(second.preview.counts).toMatchObject({ new: 0, changed: 2, unchanged: 3 });
    expect(cellsOf(store, second.batchId)).toEqual([
      expect.objectContaining({ unit: 'Bình Phước', value: 42, rank: 19, rank_of: 63 }),
    ]);
    undoImport(store.db, second.batchId);
    expect(cellsOf(store, first.batchId)).toEqual(before);
  });
});
