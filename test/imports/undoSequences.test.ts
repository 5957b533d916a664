// Undo of hand edits and of imports, interleaved (the undo sweep's reproductions D1–D6, H1): every
// undo either puts back exactly what was there before the step it takes back, or is refused with
// what to undo first — never a value lost unseen, never an edit brought back.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBatches, undoImport } from '../../src/main/imports/pipeline/batches';
import { Store } from '../../src/main/store';
import type { EditableField, HeadlineIndicator } from '../../src/shared/domain';
import { AppError } from '../../src/shared/result';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-undo-seq-'), 'u.db'));
});

const target = { kind: 'ranking' as const, year: 2022, group: 63 as const, period: '2022' };
const BP = 'Bình Phước'; // published: DTI rank 12, no score
const QN = 'Quảng Ninh'; // published: DTI 0.7024, rank 3

async function stage(body: string) {
  const { session, preview } = await stageFile(
    store,
    { kind: 'file', path: writeTemp('f.csv', body) },
    target,
  );
  expect(preview.canCommit).toBe(true);
  return { session, preview };
}
async function imp(body: string): Promise<number> {
  const { session } = await stage(body);
  const { batchId } = session.commit();
  session.dispose();
  return batchId;
}
const unitId = (name: string) => store.units.list('gso2004').find((u) => u.name === name)!.id;
const row = (name: string) => store.rankingRows(2022, 63).find((r) => r.unitId === unitId(name))!;
const dti = (name: string) => [row(name).score, row(name).rank];
function edit(
  name: string,
  field: EditableField,
  value: number | null,
  indicator: HeadlineIndicator = 'dti',
) {
  return store.rankings.edit(
    { year: 2022, group: 63, unitId: unitId(name), indicator, field, value },
    'analyst',
    null,
  ).change!.id;
}
const undoEdit = (id: number) => store.rankings.undo(id, 'analyst', null);
const redoEdit = (id: number) => store.rankings.redo(id, 'analyst', null);
/** The key and params of the AppError `f` throws (and that it throws one). */
function refusal(f: () => unknown): { key: string; params: Record<string, unknown> } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const d = (e as AppError).details as { key: string; params: Record<string, unknown> };
    return { key: d.key, params: d.params };
  }
  throw new Error('not refused');
}
const userRows = () =>
  store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get() as number;

describe('undoing a hand edit after an import wrote its cell', () => {
  it('D1: Ctrl+Z of the edit is refused (undo the import first); then both undo exactly', async () => {
    store.loadReference();
    const e = edit(BP, 'rank', 10);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    expect(refusal(() => undoEdit(e))).toEqual({
      key: 'validation.undoImportFirst',
      params: { id: a, file: 'f.csv', change: e },
    });
    expect(dti(BP)).toEqual([null, 9]); // nothing changed
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([null, 10]);
    expect(row(BP).editedCells).toEqual(['dti.rank']);
    undoEdit(e);
    expect(dti(BP)).toEqual([null, 12]);
    expect(row(BP).editedCells).toEqual([]);
    expect(userRows()).toBe(0);
  });

  it('D1b: a redo after an import wrote the cell is refused too; undo the import, then redo and undo', async () => {
    store.loadReference();
    const e = edit(BP, 'rank', 10);
    undoEdit(e);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    expect(refusal(() => redoEdit(e)).key).toBe('validation.undoImportFirst');
    expect(dti(BP)).toEqual([null, 9]);
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([null, 12]);
    redoEdit(e);
    expect(dti(BP)).toEqual([null, 10]);
    undoEdit(e);
    expect(dti(BP)).toEqual([null, 12]);
  });

  it('D5: also when the file repeats the edited value: the edit is undone after the import', async () => {
    store.loadReference();
    const e = edit(BP, 'rank', 10);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},10\n`);
    expect(refusal(() => undoEdit(e)).params).toMatchObject({ id: a });
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([null, 10]);
    undoEdit(e);
    expect(dti(BP)).toEqual([null, 12]);
  });

  it('D6: a rank-only import blocks undoing a score edit made before it; in order, both undo exactly', async () => {
    store.loadReference();
    const e = edit(BP, 'score', 0.6);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    expect(refusal(() => undoEdit(e)).key).toBe('validation.undoImportFirst');
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([0.6, 12]);
    undoEdit(e);
    expect(dti(BP)).toEqual([null, 12]);
    expect(userRows()).toBe(0);
  });

  it('D3: a redo after the import is refused, so the import undo cannot discard it', async () => {
    store.loadReference();
    const e = edit(BP, 'rank', 10);
    undoEdit(e);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    expect(refusal(() => redoEdit(e)).key).toBe('validation.undoImportFirst');
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([null, 12]);
    expect(row(BP).editedCells).toEqual([]);
  });

  it('an edit of a cell the import did not touch is undone freely', async () => {
    store.loadReference();
    const e = edit(QN, 'rank', 5);
    await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    undoEdit(e);
    expect(dti(QN)).toEqual([0.7024, 3]);
  });
});

describe('hand edits of one value undo in order', () => {
  it('an earlier edit waits for a later one of the same value; the other field is free', () => {
    store.loadReference();
    const e1 = edit(BP, 'rank', 10);
    const e2 = edit(BP, 'rank', 8);
    const s = edit(BP, 'score', 0.5);
    expect(refusal(() => undoEdit(e1))).toEqual({
      key: 'validation.undoLaterEditFirst',
      params: { id: e2, change: e1 },
    });
    undoEdit(s);
    undoEdit(e2);
    undoEdit(e1);
    expect(dti(BP)).toEqual([null, 12]);
    // redoing the later one first would overwrite 12 with 8 and lose the way back: refused
    expect(refusal(() => redoEdit(e2))).toMatchObject({
      key: 'validation.changedSince',
      params: { now: 12 },
    });
    redoEdit(e1);
    redoEdit(e2);
    expect(dti(BP)).toEqual([null, 8]);
  });
});

describe('undoing an import after hand changes to its cells', () => {
  it('an edit made after the import blocks it while in effect (also when redone), not once undone', async () => {
    store.loadReference();
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    const e = edit(BP, 'rank', 7);
    expect(refusal(() => undoImport(store.db, a)).key).toBe('imports.undoAfterEdits');
    undoEdit(e);
    redoEdit(e);
    expect(refusal(() => undoImport(store.db, a)).key).toBe('imports.undoAfterEdits');
    undoEdit(e);
    undoImport(store.db, a);
    expect(dti(BP)).toEqual([null, 12]);
  });

  it('D6 in a database from before these checks: an edit undone after the import blocks its undo', async () => {
    store.loadReference();
    const e = edit(BP, 'score', 0.6);
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    // the edit undone as the app did before it refused this (no check, value written back)
    store.db.exec(`UPDATE observation SET value = NULL WHERE layer = 'user' AND batch_id = ${a}`);
    store.db.exec(`UPDATE change_log SET undone_at = '2099-01-01T00:00:00.000Z' WHERE id = ${e}`);
    store.db
      .prepare(
        `INSERT INTO change_log (indicator_id, unit_id, period, year, ranking_group, field, old_value, new_value, actor, kind, reverts_id, changed_at)
         SELECT indicator_id, unit_id, period, year, ranking_group, field, new_value, old_value, 'a', 'undo', id, '2099-01-01T00:00:00.000Z'
         FROM change_log WHERE id = ?`,
      )
      .run(e);
    expect(refusal(() => undoImport(store.db, a))).toMatchObject({
      key: 'imports.undoAfterHandUndo',
      params: { id: a, change: e },
    });
    expect(dti(BP)).toEqual([null, 9]);
  });
});

describe('a later import that repeated some values of an earlier one', () => {
  it('D2: undoing the earlier keeps only the fields the later one carried', async () => {
    store.loadReference();
    const a = await imp(`Tỉnh,Điểm DTI,Xếp hạng DTI\n${QN},0.75,2\n`);
    const b = await imp(`Tỉnh,Xếp hạng DTI\n${QN},2\n`);
    // said beforehand: one value (the rank) stays with b
    expect(listBatches(store.db).find((x) => x.id === a)!.keptBy).toEqual([{ id: b, values: 1 }]);
    const r = undoImport(store.db, a);
    expect(r.values).toEqual({ restored: 1, removed: 0, keptBy: [{ id: b, values: 1 }] });
    expect(dti(QN)).toEqual([0.7024, 2]);
    undoImport(store.db, b);
    expect(dti(QN)).toEqual([0.7024, 3]);
  });

  it('two later imports that each repeated one field: the later is undone first (session 18: undoing it after the first left its value unbacked)', async () => {
    store.loadReference();
    const a = await imp(`Tỉnh,Điểm DTI,Xếp hạng DTI\n${QN},0.75,2\n`);
    const b = await imp(`Tỉnh,Xếp hạng DTI\n${QN},2\n`);
    const c = await imp(`Tỉnh,Điểm DTI\n${QN},0.75\n`);
    // (the cell would pass to b, which holds no score: c's score would stay when c is undone)
    expect(refusal(() => undoImport(store.db, a))).toEqual({
      key: 'imports.undoSplitFirst',
      params: { id: c, other: b },
    });
    expect(dti(QN)).toEqual([0.75, 2]);
    undoImport(store.db, c);
    expect(dti(QN)).toEqual([0.75, 2]);
    expect(undoImport(store.db, a).values.keptBy).toEqual([{ id: b, values: 1 }]);
    expect(dti(QN)).toEqual([0.7024, 2]);
    undoImport(store.db, b);
    expect(dti(QN)).toEqual([0.7024, 3]);
    expect(userRows()).toBe(0);
  });

  it('without published data: the field no later import carried goes blank', async () => {
    const a = await imp(`Tỉnh,Điểm DTI,Xếp hạng DTI\n${QN},0.75,2\n`);
    const b = await imp(`Tỉnh,Xếp hạng DTI\n${QN},2\n`);
    undoImport(store.db, a);
    expect(dti(QN)).toEqual([null, 2]);
    undoImport(store.db, b);
    expect(userRows()).toBe(0);
  });
});

describe('an import that changed nothing', () => {
  it('is not named as the one to undo first: the import that holds the cell is', async () => {
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n${QN},3\n`);
    await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n${QN},3\n`); // the same again: writes nothing
    const c = await imp(`Tỉnh,Xếp hạng DTI\n${BP},8\n${QN},3\n`);
    expect(refusal(() => undoImport(store.db, a))).toEqual({
      key: 'imports.undoLaterFirst',
      params: { id: c },
    });
  });
});

describe('published data loaded after an import or an edit', () => {
  it('D4: shows where the import carried no value; undoing the import leaves the published values', async () => {
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${QN},5\n`);
    store.loadReference();
    expect(dti(QN)).toEqual([0.7024, 5]);
    expect(row(QN).provenance['dti.score']).toMatchObject({ layer: 'reference', status: 'published' });
    expect(row(QN).provenance['dti.rank']).toMatchObject({ layer: 'user', status: 'imported' });
    undoImport(store.db, a);
    expect(dti(QN)).toEqual([0.7024, 3]);
  });

  it("D4c: published data loaded first, then a file of ranks only: the score shown is still the publication's, not said to come from the rank cell", async () => {
    store.loadReference();
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${QN},5\n`);
    expect(dti(QN)).toEqual([0.7024, 5]);
    expect(row(QN).provenance['dti.score']).toMatchObject({ layer: 'reference', status: 'published' });
    expect(row(QN).provenance['dti.rank']).toMatchObject({ layer: 'user', status: 'imported' });
    undoImport(store.db, a);
    expect(dti(QN)).toEqual([0.7024, 3]);
  });

  it('D4b: undoing an edit made before the published data shows the published values', () => {
    const e = edit(QN, 'rank', 5);
    store.loadReference();
    expect(dti(QN)).toEqual([0.7024, 5]);
    undoEdit(e);
    expect(dti(QN)).toEqual([0.7024, 3]);
    expect(userRows()).toBe(0);
  });

  it('a field blanked by hand stays blank, and shows the published value again once undone', () => {
    store.loadReference();
    const e = edit(QN, 'score', null);
    expect(dti(QN)).toEqual([null, 3]);
    expect(row(QN).editedCells).toEqual(['dti.score']);
    undoEdit(e);
    expect(dti(QN)).toEqual([0.7024, 3]);
  });
});

describe('the counts an import keeps', () => {
  it('H1: counted at commit against the store then, not as the preview found it', async () => {
    store.loadReference();
    const a = await imp(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    const { session, preview } = await stage(`Tỉnh,Xếp hạng DTI\n${BP},9\n`);
    expect(preview.counts).toMatchObject({ changed: 0, unchanged: 1 });
    undoImport(store.db, a);
    const { batchId: b, counts } = session.commit();
    session.dispose();
    expect(counts).toMatchObject({ observations: 1, changed: 1, unchanged: 0 });
    expect(listBatches(store.db).find((x) => x.id === b)!.counts).toMatchObject({ changed: 1, unchanged: 0 });
    expect(dti(BP)).toEqual([null, 9]);
    expect(undoImport(store.db, b).values).toEqual({ restored: 1, removed: 0, keptBy: [] });
    expect(dti(BP)).toEqual([null, 12]);
  });
});
