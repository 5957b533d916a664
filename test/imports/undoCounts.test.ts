// Undo counts what it does in values (a score and a rank are two), as the import counted them:
// the values it removes, puts back and leaves to a later import add up to the import's new and
// changed values, and the history can say beforehand which values a later import keeps.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBatches, undoBatch, undoImport } from '../../src/main/imports/pipeline/batches';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-undo-counts-'), 'u.db'));
});

const target = { kind: 'ranking' as const, year: 2022, group: 63 as const, period: '2022' };

async function run(body: string) {
  const { session, preview } = await stageFile(
    store,
    { kind: 'file', path: writeTemp('r.csv', body) },
    target,
  );
  expect(preview.canCommit).toBe(true);
  const { batchId } = session.commit();
  session.dispose();
  return { batchId, counts: preview.counts };
}

const THREE =
  'Tỉnh,Điểm DTI,Xếp hạng DTI\nBình Phước,0.5812,15\nĐồng Nai,0.6120,9\nTP. Hồ Chí Minh,0.7733,2\n';
const userCells = () =>
  (store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get() as number) ?? 0;

describe('undo counts values, as the import did', () => {
  it('an import of 6 new values (3 units, score and rank) is undone as 6 values removed', async () => {
    const a = await run(THREE);
    expect(a.counts).toMatchObject({ observations: 6, new: 6, changed: 0, unchanged: 0 });
    const r = undoImport(store.db, a.batchId);
    // the cells, as before (CLI and IPC): 3 of them
    expect(r).toMatchObject({ restored: 0, removed: 3 });
    // in values, as the wizard and the history say it
    expect(r.values).toEqual({ restored: 0, removed: 6, keptBy: [] });
    expect(r.values.removed + r.values.restored).toBe(a.counts.new + a.counts.changed);
    expect(userCells()).toBe(0);
  });

  it('a changed value goes back; the unchanged ones are not counted', async () => {
    await run(THREE);
    // Bình Phước's rank 15 → 12; everything else the same
    const b = await run(THREE.replace('0.5812,15', '0.5812,12'));
    expect(b.counts).toMatchObject({ observations: 6, new: 0, changed: 1, unchanged: 5 });
    const r = undoImport(store.db, b.batchId);
    expect(r.values).toEqual({ restored: 1, removed: 0, keptBy: [] });
    expect(r.values.restored + r.values.removed).toBe(b.counts.new + b.counts.changed);
    // the cell, as before: one restored
    expect(r.restored).toBe(1);
  });

  it('values a later import wrote the same stay with it, said before and after the undo', async () => {
    const a = await run(THREE);
    const b = await run(`${THREE}Bình Dương,0.5,19\n`);
    expect(b.counts).toMatchObject({ new: 2, unchanged: 6 });
    // the history knows beforehand: undoing the first leaves its 6 values to the second
    const listed = listBatches(store.db);
    expect(listed.find((x) => x.id === a.batchId)!.keptBy).toEqual([{ id: b.batchId, values: 6 }]);
    expect(listed.find((x) => x.id === b.batchId)!.keptBy).toBeUndefined();
    const r = undoImport(store.db, a.batchId);
    expect(r.values).toEqual({ restored: 0, removed: 0, keptBy: [{ id: b.batchId, values: 6 }] });
    // the data stays (behaviour unchanged: the cells pass to the later import)
    expect(userCells()).toBe(4);
    // an undone import is not offered again
    expect(listBatches(store.db).find((x) => x.id === a.batchId)!.keptBy).toBeUndefined();
    // the second now holds all 8 of its values
    expect(undoImport(store.db, b.batchId).values).toEqual({ restored: 0, removed: 8, keptBy: [] });
  });

  it('against the published data: a value equal to it is not counted, one that differs goes back to it', async () => {
    store.loadReference();
    // Bình Phước 12 is the published rank; Đồng Nai was 43
    const a = await run('Tỉnh,Xếp hạng DTI\nBình Phước,12\nĐồng Nai,40\n');
    expect(a.counts).toMatchObject({ observations: 2, new: 0, changed: 1, unchanged: 1 });
    const r = undoImport(store.db, a.batchId);
    expect(r.values).toEqual({ restored: 1, removed: 0, keptBy: [] });
    // two user cells were made and are deleted, as before
    expect(r.removed).toBe(2);
  });

  it('undoBatch (IPC, worker, CLI) answers in cells as before; the values stay with the batch for the history', async () => {
    const a = await run(THREE);
    expect(undoBatch(store.db, a.batchId)).toEqual({ restored: 0, removed: 3 });
    const listed = listBatches(store.db).find((x) => x.id === a.batchId)!;
    expect(listed.counts).toMatchObject({
      observations: 6,
      new: 6,
      undo: { restored: 0, removed: 6, keptBy: [] },
    });
    expect(listed.undoneAt).not.toBeNull();
  });
});
