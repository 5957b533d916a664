// Columns whose meaning depends on the methodology: QĐ 405 (2024) names its activity main
// indices as the pillars are named; QĐ 1726 (2020) has seven main indices under every pillar; and
// the 2024 ranking among 34 lists only the new units. Each is stored where it belongs or refused.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { buildXlsx } from '../fixtures/generate';
import { errorCodes, referenceCsv, stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-methodology-'), 'm.db'));
});
afterEach(() => store.close());

const provinces = referenceCsv('provinces_63.csv');
const units2025 = referenceCsv('units_2025.csv');

/** Stored user values of one unit by indicator code (and methodology), for a year. */
function storedOf(code: string, list: 'gso2004' | '2025', year: number) {
  return store.db
    .prepare(
      `SELECT i.code, i.methodology_id AS m, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
       JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' AND u.code = ? AND u.code_list = ? AND o.year = ?
       ORDER BY i.code`,
    )
    .all(code, list, year) as { code: string; m: string | null; value: number }[];
}

describe('a 2024 detail table (QĐ 405)', () => {
  it('"Chính quyền số | Kinh tế số | Xã hội số" beside the foundation indices are main indices, not pillar scores', async () => {
    const head = [
      'Xếp hạng DTI',
      'Các tỉnh, thành phố trực thuộc TW',
      'Nhận thức số',
      'Thể chế số',
      'Hạ tầng số',
      'Nhân lực số',
      'An toàn thông tin mạng',
      'Chính quyền số',
      'Kinh tế số',
      'Xã hội số',
      'CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)',
    ];
    const rows = provinces.map((p, i) => [
      i + 1,
      p.name_vi!,
      ...Array.from({ length: 8 }, (_, k) => Math.round((0.9 - i * 0.005 - k * 0.01) * 1e4) / 1e4),
      Math.round((0.8 - i * 0.005) * 1e4) / 1e4,
    ]);
    const f = writeTemp(
      'chi-tiet-2024.xlsx',
      buildXlsx([
        { name: 'DTI 2024', rows: [['BẢNG XẾP HẠNG DTI NĂM 2024 CỦA 63 TỈNH, THÀNH PHỐ'], head, ...rows] },
      ]),
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'noMethodology')).toEqual([]);
    session.commit();
    const bp = provinces.findIndex((p) => p.gso_code === '70');
    const stored = storedOf('70', 'gso2004', 2024);
    // The eight main indices of QĐ 405 and the overall score; no pillar score.
    expect(stored.map((s) => s.code)).toEqual([
      'an_toan_thong_tin_mang',
      'chinh_quyen_so',
      'dti',
      'ha_tang_so',
      'kinh_te_so',
      'nhan_luc_so',
      'nhan_thuc_so',
      'the_che_so',
      'xa_hoi_so',
    ]);
    expect(stored.filter((s) => s.code !== 'dti').every((s) => s.m === 'QD-405-2025')).toBe(true);
    expect(stored.find((s) => s.code === 'chinh_quyen_so')!.value).toBe(rows[bp]![7]);
    expect(stored.find((s) => s.code === 'xa_hoi_so')!.value).toBe(rows[bp]![9]);
  });

  it('a table with the "Hoạt động …" indices keeps its bare pillar columns as pillar scores', async () => {
    const head = [
      'Tỉnh',
      'Chỉ số Nhận thức số',
      'Chỉ số Hoạt động chính quyền số',
      'Chính quyền số',
      'Điểm DTI',
    ];
    const f = writeTemp(
      'chi-tiet-2022.xlsx',
      buildXlsx([
        {
          name: 'DTI 2022',
          rows: [head, ...provinces.map((p, i) => [p.name_vi!, 0.9, 0.8, 0.7 - i * 0.001, 0.6 - i * 0.001])],
        },
      ]),
    );
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { year: 2022, group: 63 });
    expect(errorCodes(preview)).toEqual([]);
    const s = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await s.analyze();
    s.dispose();
    expect(a.mapping.columns.map((c) => c.mapping.field)).toEqual([
      'unit',
      'idx.nhan_thuc_so',
      'idx.hd_chinh_quyen_so',
      'cqs.score',
      'dti.score',
    ]);
  });
});

describe('a 2020 detail table (QĐ 1726)', () => {
  it('a main index named with its pillar ("Chuyển đổi nhận thức (Chính quyền số)") is that pillar\'s index, not its score', async () => {
    const head = [
      'Tỉnh, thành phố',
      'Chuyển đổi nhận thức (Chính quyền số)',
      'Kiến tạo thể chế (Chính quyền số)',
      'Chính quyền số',
      'Điểm DTI',
    ];
    const f = writeTemp(
      'chi-tiet-2020.xlsx',
      buildXlsx([
        {
          name: 'DTI 2020',
          rows: [
            ['KẾT QUẢ DTI NĂM 2020'],
            head,
            ...provinces.map((p, i) => [
              p.name_vi!,
              0.25,
              0.35,
              Math.round((0.6 - i * 0.005) * 1e4) / 1e4,
              0.5 - i * 0.005,
            ]),
          ],
        },
      ]),
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { year: 2020, group: 63 });
    expect(errorCodes(preview)).toEqual([]);
    // The main-index columns are the pillar's 2020 indices, not the pillar.
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    session.commit();
    const bp = provinces.findIndex((p) => p.gso_code === '70');
    const stored = storedOf('70', 'gso2004', 2020);
    expect(stored.find((s) => s.code === 'cqs')!.value).toBe(Math.round((0.6 - bp * 0.005) * 1e4) / 1e4);
    expect(stored.find((s) => s.code === 'cqs.chuyen_doi_nhan_thuc')!.value).toBe(0.25);
    expect(stored.find((s) => s.code === 'cqs.kien_tao_the_che')!.value).toBe(0.35);
  });
});

describe('the 2024 ranking among 34 imported for the 63', () => {
  it('a table of exactly the 34 new units is refused for group 63 (not stored as an excerpt of the 63)', async () => {
    const f = writeTemp(
      'xep-hang-2024-34.xlsx',
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [['Xếp hạng DTI', 'Tỉnh, thành phố'], ...units2025.map((u, i) => [i + 1, u.name_vi!])],
        },
      ]),
    );
    const asked = await stageFile(store, { kind: 'file', path: f }, { year: 2024, group: 63 });
    expect(errorCodes(asked.preview)).toContain('groupContradicts');
    expect(asked.preview.problems.find((p) => p.code === 'groupContradicts')!.messageVi).toContain(
      '--group 34',
    );
    asked.session.dispose();
    const right = await stageFile(store, { kind: 'file', path: f }, { year: 2024, group: 34 });
    expect(errorCodes(right.preview)).toEqual([]);
    right.session.dispose();
  });
});
