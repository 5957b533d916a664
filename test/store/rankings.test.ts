import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from './helpers';

let store: Store;
const unitId = (list: 'gso2004' | '2025', code: string) => store.units.byCode(list, code)!.id;

beforeEach(() => {
  store = new Store(path.join(tempDir(), 'r.db'));
});

describe('published reference data', () => {
  it('loads once, in the reference layer, with its sources', () => {
    const first = store.loadReference();
    expect(first.alreadyLoaded).toBe(false);
    expect(first.observations).toBeGreaterThan(200);
    expect(store.loadReference()).toEqual({ observations: 0, batches: 0, alreadyLoaded: true });
    const layers = store.db.prepare(`SELECT DISTINCT layer, status FROM observation`).all();
    expect(layers).toEqual([{ layer: 'reference', status: 'published' }]);
  });

  it('gives the 2022 ranking of 63 units with the tie at 15', () => {
    store.loadReference();
    const rows = store.rankingRows(2022, 63);
    expect(rows).toHaveLength(63);
    const bp = rows.find((r) => r.unitCode === '70')!;
    expect(bp).toMatchObject({ unitName: 'Bình Phước', rank: 12, rankOf: 63 });
    expect(bp.pillars).toEqual({
      cqs: { score: null, rank: 12 },
      kts: { score: null, rank: 22 },
      xhs: { score: null, rank: 14 },
    });
    expect(
      rows
        .filter((r) => r.rank === 15)
        .map((r) => r.unitName)
        .sort(),
    ).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(rows.some((r) => r.rank === 16)).toBe(false);
    expect(rows.find((r) => r.rank === 17)!.unitName).toBe('Hậu Giang');
    expect(rows[0]).toMatchObject({ unitName: 'Đà Nẵng', score: 0.8002, rank: 1 });
    expect(bp.provenance['dti.rank']!.source).toContain('dti_2022_published.csv');
  });

  it('computes rank change against the previous year with the same denominator', () => {
    store.loadReference();
    // Bình Phước: 25 in 2020, 9 in 2021 (up 16), 12 in 2022 (down 3)
    const r2021 = store.rankingRows(2021, 63).find((r) => r.unitCode === '70')!;
    expect(r2021).toMatchObject({ rank: 9, previousRank: 25, rankChange: 16 });
    const r2022 = store.rankingRows(2022, 63).find((r) => r.unitCode === '70')!;
    expect(r2022.rankChange).toBe(-3);
    // 2024 was published twice; the 34-unit ranking uses the 2025 list and has no 2023 counterpart.
    const r34 = store.rankingRows(2024, 34);
    expect(r34).toHaveLength(34);
    expect(r34[0]).toMatchObject({
      unitName: 'Hà Nội',
      rank: 1,
      score: 0.8241,
      rankOf: 34,
      rankChange: null,
    });
  });

  it('lists the years that have rankings', () => {
    store.loadReference();
    const years = store.rankings.years();
    expect(years).toContainEqual({ year: 2022, group: 63, units: 63, methodology: 'QD-922-2022' });
    expect(years).toContainEqual(expect.objectContaining({ year: 2024, group: 34 }));
  });

  it('highlights the home province in both code lists', () => {
    store.loadReference();
    store.settings.update({ homeUnitId: unitId('gso2004', '70') });
    expect(
      store
        .rankingRows(2022, 63)
        .filter((r) => r.isHome)
        .map((r) => r.unitName),
    ).toEqual(['Bình Phước']);
    expect(
      store
        .rankingRows(2024, 34)
        .filter((r) => r.isHome)
        .map((r) => r.unitName),
    ).toEqual(['Đồng Nai']);
  });
});

describe('main indices', () => {
  const indicatorId = (methodology: string, code: string) =>
    (
      store.db
        .prepare(`SELECT id FROM indicator WHERE methodology_id = ? AND code = ?`)
        .get(methodology, code) as { id: number }
    ).id;
  const put = (ind: number, unit: number, year: number, layer: 'user' | 'reference', value: number) =>
    store.db
      .prepare(
        `INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, status)
         VALUES (?, ?, ?, ?, 63, ?, ?, ?)`,
      )
      .run(ind, unit, String(year), year, layer, value, layer === 'user' ? 'imported' : 'published');

  it("lists the year's methodology in its order, with names and the pillar of each activity index", () => {
    store.loadReference();
    const t = store.rankings.mainIndexTable(2022, 63);
    expect(t.indices.map((i) => i.code)).toEqual([
      'nhan_thuc_so',
      'the_che_so',
      'ha_tang_so',
      'nhan_luc_so',
      'an_toan_thong_tin_mang',
      'do_thi_thong_minh',
      'hd_chinh_quyen_so',
      'hd_kinh_te_so',
      'hd_xa_hoi_so',
    ]);
    expect(t.indices[0]).toEqual({
      code: 'nhan_thuc_so',
      name: 'Chỉ số Nhận thức số',
      nameEn: 'Digital awareness',
      pillar: null,
    });
    expect(t.indices.slice(-3).map((i) => i.pillar)).toEqual(['cqs', 'kts', 'xhs']);
    // every unit of the group, published values where the ministry gave them
    expect(Object.keys(t.values)).toHaveLength(63);
    expect(t.values[String(unitId('gso2004', '48'))]).toMatchObject({ nhan_thuc_so: 1, ha_tang_so: 0.8253 });
    expect(t.values[String(unitId('gso2004', '70'))]!.nhan_thuc_so).toBeNull();
    // 2024 is QĐ 405's: its own list, pillars as main indices
    expect(store.rankings.mainIndexTable(2024, 63).indices.map((i) => i.code)).toContain('chinh_quyen_so');
    expect(store.rankings.mainIndexTable(2019, 63)).toEqual({ indices: [], values: {} });
  });

  it("shows the user's value over the published one, and the 34 units' values in the 34 group", () => {
    store.loadReference();
    const dn = unitId('gso2004', '48');
    put(indicatorId('QD-922-2022', 'ha_tang_so'), dn, 2022, 'user', 0.9);
    expect(store.rankings.mainIndexTable(2022, 63).values[String(dn)]!.ha_tang_so).toBe(0.9);
    expect(store.rankings.mainIndices(2022, 63).get(dn)!.ha_tang_so).toBe(0.9);
    const t34 = store.rankings.mainIndexTable(2024, 34);
    expect(Object.keys(t34.values)).toHaveLength(34);
  });
});

describe('hand edits', () => {
  const req = (value: number | null, field: 'score' | 'rank' = 'score') => ({
    year: 2022,
    group: 63 as const,
    unitId: unitId('gso2004', '70'),
    indicator: 'dti' as const,
    field,
    value,
    reason: 'số liệu tỉnh',
  });

  it('go to the user layer, are logged, undone and redone exactly', () => {
    store.loadReference();
    const { row, change } = store.rankings.edit(req(0.6543), 'analyst', null);
    expect(row.score).toBe(0.6543);
    expect(row.editedCells).toEqual(['dti.score']);
    expect(row.provenance['dti.score']).toMatchObject({ layer: 'user', edited: true });
    expect(change).toMatchObject({
      oldValue: null,
      newValue: 0.6543,
      actor: 'analyst',
      reason: 'số liệu tỉnh',
      kind: 'edit',
    });
    // the reference row is untouched
    expect(
      store.db
        .prepare(`SELECT COUNT(*) AS n FROM observation WHERE layer = 'reference' AND value = 0.6543`)
        .get(),
    ).toEqual({ n: 0 });

    const undone = store.rankings.undo(change!.id, 'analyst', null);
    expect(undone.row.score).toBeNull();
    expect(undone.row.rank).toBe(12);
    expect(undone.row.editedCells).toEqual([]);
    expect(store.db.prepare(`SELECT COUNT(*) AS n FROM observation WHERE layer = 'user'`).get()).toEqual({
      n: 0,
    });

    const redone = store.rankings.redo(change!.id, 'analyst', null);
    expect(redone.row.score).toBe(0.6543);
    const history = store.rankings.changes({
      year: 2022,
      group: 63,
      unitId: req(0).unitId,
      indicator: 'dti',
      field: 'score',
    });
    expect(history.map((h) => h.kind)).toEqual(['redo', 'undo', 'edit']);
    expect(() => store.rankings.redo(change!.id, 'analyst', null)).toThrow(/not undone/);
  });

  it('undoing one field keeps another edited field of the same cell', () => {
    store.loadReference();
    const a = store.rankings.edit(req(0.6543), 'x', null).change!;
    store.rankings.edit(req(11, 'rank'), 'x', null);
    const r = store.rankings.undo(a.id, 'x', null).row;
    expect(r).toMatchObject({ score: null, rank: 11 });
    expect(r.editedCells).toEqual(['dti.rank']);
  });

  it('are validated against the ranking group', () => {
    store.loadReference();
    expect(() => store.rankings.edit(req(1.5), 'x', null)).toThrow(/between 0 and 1/);
    expect(() => store.rankings.edit(req(64, 'rank'), 'x', null)).toThrow(/1 to 63/);
    expect(() => store.rankings.edit(req(2.5, 'rank'), 'x', null)).toThrow(/whole number/);
    expect(() => store.rankings.edit({ ...req(1, 'rank'), unitId: unitId('2025', '75') }, 'x', null)).toThrow(
      /not one of the 63/,
    );
    expect(store.rankings.edit(req(12, 'rank'), 'x', null).change).toBeNull(); // same value: nothing logged
  });

  it('have no made-up source: the status says "edited by hand" in the user language', () => {
    store.loadReference();
    const { row } = store.rankings.edit(req(0.6543), 'x', null);
    expect(row.provenance['dti.score']).toMatchObject({ layer: 'user', status: 'edited', source: null });
  });
});

describe('backup and restore', () => {
  it('restores a checked backup and keeps a safety copy of the current database', () => {
    store.loadReference();
    const dir = tempDir();
    const backup = store.backup(path.join(dir, 'b.db'));
    store.rankings.edit(
      { year: 2022, group: 63, unitId: unitId('gso2004', '70'), indicator: 'dti', field: 'rank', value: 3 },
      'x',
      null,
    );
    const r = store.restore(backup);
    expect(r.restoredFrom).toBe(backup);
    expect(store.rankingRows(2022, 63).find((x) => x.unitCode === '70')!.rank).toBe(12);
    const safety = new Store(r.safetyBackup);
    expect(safety.rankingRows(2022, 63).find((x) => x.unitCode === '70')!.rank).toBe(3);
    safety.close();
  });

  it('refuses to back up onto the open database file and keeps its data', () => {
    store.loadReference();
    expect(() => store.backup(store.file)).toThrow(/open database itself/);
    expect(store.rankingRows(2022, 63)).toHaveLength(63);
    const again = new Store(store.file);
    expect(again.referenceLoaded()).toBe(true);
    again.close();
  });

  it('refuses a file that is not a DTI Desk backup and keeps the current data', () => {
    store.loadReference();
    const junk = path.join(tempDir(), 'junk.db');
    require('node:fs').writeFileSync(junk, 'hello');
    expect(() => store.restore(junk)).toThrow(/not a DTI Desk database/);
    expect(store.rankingRows(2022, 63)).toHaveLength(63);
  });
});
