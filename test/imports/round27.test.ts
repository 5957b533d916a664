// Tester round 27: KPI tables and ranking files as analysts hold them in 2024–2026. Each test
// imports the file as the wizard or the command line does and checks what is stored against what
// the file says — or that nothing is stored, said at the right cell.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { subProvincialRowsSaid } from '../../src/main/imports/layout/titleHints';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { buildXlsx, published2022 } from '../fixtures/generate';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { importFileInto, writeTemp, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round27-'), 'r.db'));
});

const importFile = (file: string, override = {}) => importFileInto(store, file, override);

/** What the store holds from imports: "unit | KPI | period | value | cell". */
const stored = () =>
  (
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, o.period, o.value, o.source_cell AS cell
         FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all() as { unit: string; kpi: string; period: string; value: number; cell: string }[]
  ).map((r) => `${r.unit} | ${r.kpi} | ${r.period} | ${r.value} | ${r.cell}`);

const codes = (p: { problems: { severity: string; code: string }[] }, severity: string) =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);

const FIVE = ['Hòa Bình', 'Bình Phước', 'Long An', 'Phú Yên', 'Thanh Hóa'];

describe("a table of communes or districts whose names are also provinces' (was: stored on those provinces)", () => {
  it('reads the words by which a title or sheet says its rows are below the province', () => {
    expect(subProvincialRowsSaid('TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2024 (%)')).toBe(
      'XÃ, PHƯỜNG, ĐẶC KHU',
    );
    expect(subProvincialRowsSaid('Tỷ lệ hồ sơ trực tuyến của các xã, phường tỉnh Đồng Nai năm 2024')).toBe(
      'xã, phường',
    );
    expect(subProvincialRowsSaid('KẾT QUẢ CHUYỂN ĐỔI SỐ THEO ĐƠN VỊ CẤP XÃ NĂM 2025')).toBe('ĐƠN VỊ CẤP XÃ');
    expect(subProvincialRowsSaid('CÁC XÃ, PHƯỜNG TỈNH ĐỒNG NAI - SỐ TỔ CNSCĐ')).toBe('XÃ, PHƯỜNG');
    expect(subProvincialRowsSaid('Online payment rate by commune, 2024')).toBe('commune');
    expect(subProvincialRowsSaid('TY LE HO SO TRUC TUYEN CUA CAC XA NAM 2024')).toBe('XA');
    expect(subProvincialRowsSaid('Xã, phường', true)).toBe('Xã, phường');
    expect(subProvincialRowsSaid('Các xã', true)).toBe('Các xã');
    // the provinces' figures about their communes, and other words
    for (const t of [
      'TỶ LỆ CÁC XÃ CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG NĂM 2024 (%)',
      'SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TẠI CÁC XÃ, PHƯỜNG NĂM 2024 (tổ)',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN CẤP XÃ NĂM 2024 (%)',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG THEO TỈNH, THÀNH PHỐ NĂM 2024',
      'SỐ LIỆU CỦA CÁC XÃ, PHƯỜNG TRÊN ĐỊA BÀN CÁC TỈNH',
      'CHỈ SỐ XÃ HỘI SỐ CỦA CÁC TỈNH NĂM 2024',
      'KẾT QUẢ THEO PHƯƠNG ÁN 2',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ])
      expect(subProvincialRowsSaid(t), t).toBeNull();
    expect(subProvincialRowsSaid('Cấp xã', true)).toBeNull();
    expect(subProvincialRowsSaid('Xã hội số', true)).toBeNull();
  });

  it.each([
    [
      'a title "của các xã, phường, đặc khu" over a post-2025 header',
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2024 (%)'],
      'Xã/phường/đặc khu',
      'S',
    ],
    [
      'a title "của các xã, phường tỉnh Đồng Nai" over "Đơn vị"',
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG TỈNH ĐỒNG NAI NĂM 2024 (%)'],
      'Đơn vị',
      'S',
    ],
    ['a sheet named "Xã, phường"', ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2024 (%)'], 'Đơn vị', 'Xã, phường'],
    [
      'a province\'s title "theo đơn vị"',
      ['TỈNH BÌNH PHƯỚC - KẾT QUẢ THEO ĐƠN VỊ', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2024 (%)'],
      'Đơn vị',
      'S',
    ],
  ])('%s: refused at the unit column, nothing stored', async (_, titles, header, sheetName) => {
    const file = writeWorkbook('xa.xlsx', [
      {
        name: sheetName,
        rows: [
          ...titles.map((t) => [t]),
          ['STT', header, 'Tỷ lệ (%)'],
          ...FIVE.map((n, i) => [i + 1, n, 90 - i]),
        ],
      },
    ]);
    const preview = await importFile(file);
    expect(preview.canCommit).toBe(false);
    const errors = preview.problems.filter((p) => p.severity === 'error');
    // one error, at the unit column's header, saying why — not "no value column" or a group
    expect(errors.map((e) => e.code)).toEqual(['unknownColumn']);
    expect(errors[0]!.col).toBe(2);
    expect(errors[0]!.messageVi).toMatch(/huyện, xã/);
    expect(stored()).toEqual([]);
  });

  it('the same table with the rows written as provinces, or a list of the provinces, is imported', async () => {
    const asProvinces = writeWorkbook('tinh.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG NĂM 2024 (%)'],
          ['STT', 'Đơn vị', 'Tỷ lệ (%)'],
          ...FIVE.map((n, i) => [i + 1, `Tỉnh ${n}`, 90 - i]),
        ],
      },
    ]);
    const p = await importFile(asProvinces);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toHaveLength(5);
  });

  it('"tại các xã, phường" over the provinces is the provinces\' count', async () => {
    const file = writeTemp(
      'tai.csv',
      `SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TẠI CÁC XÃ, PHƯỜNG NĂM 2024 (tổ)\nTỉnh,Số tổ\n${FIVE.map((n, i) => `${n},${100 + i}`).join('\n')}\n`,
    );
    const p = await importFile(file);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()[0]).toMatch(/^Hòa Bình \| Số tổ công nghệ số cộng đồng .*\| 2024 \| 100 \| B3$/);
  });
});

describe('two columns of one header (was: the first one taken, a hidden one too)', () => {
  const pub = published2022();
  // a score per rank (ties share theirs)
  const scoreFor = (rank: number) => Math.round((0.9 - rank * 0.004) * 10000) / 10000;
  // last year's scores kept beside this year's, both headed "Điểm DTI"
  const rows = (visibleFirst: boolean) => [
    ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Điểm DTI'],
    ...pub.map((r, i) => {
      const now = scoreFor(r.rank);
      const before = Math.round((now - 0.05) * 10000) / 10000;
      return [i + 1, r.label, visibleFirst ? now : before, visibleFirst ? before : now];
    }),
  ];
  const scoreOf = (unit: string) =>
    store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.code = 'dti' AND u.name_vi = ?`,
      )
      .pluck()
      .get(unit) as number | undefined;
  const bp = pub.find((r) => r.label === 'Bình Phước')!;

  it.each([
    ['the hidden one first', [3], false],
    ['the hidden one second', [4], true],
  ])('%s: the visible column is imported, the hidden one set aside', async (_, hiddenCols, visibleFirst) => {
    const f = writeTemp(
      'hidden-dup.xlsx',
      buildXlsx([{ name: '2022', rows: rows(visibleFirst), hiddenCols }]),
    );
    const p = await importFile(f, { year: 2022, period: '2022', group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(scoreOf('Bình Phước')).toBe(scoreFor(bp.rank));
    expect(p.problems.find((x) => x.code === 'duplicateColumn')?.col).toBe(hiddenCols[0]);
  });

  it('both visible with other values: refused, naming both; the analyst setting one aside imports the other', async () => {
    const f = writeTemp('dup.xlsx', buildXlsx([{ name: '2022', rows: rows(false) }]));
    const p = await importFile(f, { year: 2022, period: '2022', group: 63 });
    const e = p.problems.find((x) => x.severity === 'error');
    expect(e).toMatchObject({ code: 'duplicateColumn', col: 4 });
    expect(e!.messageEn).toContain('column C have the same header but different values');
    expect(scoreOf('Bình Phước')).toBeUndefined();
    // the mapping step: the second column chosen, the first set aside by hand
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const columns = a.mapping.columns.map((c) =>
      c.col === 3
        ? { ...c, mapping: { field: 'ignore' as const }, confidence: 1 }
        : c.col === 4
          ? { ...c, mapping: { field: 'dti.score' as const }, confidence: 1 }
          : c,
    );
    const chosen = await session.stage(
      { ...a.mapping, columns },
      { ...a.target, year: 2022, period: '2022', group: 63 },
    );
    expect(codes(chosen, 'error')).toEqual([]);
    session.commit();
    expect(scoreOf('Bình Phước')).toBe(scoreFor(bp.rank));
  });

  it('a copied column (the same values) is set aside with a warning, as before', async () => {
    const same = rows(true).map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], r[2]]));
    const f = writeTemp('copy.xlsx', buildXlsx([{ name: '2022', rows: same }]));
    const p = await importFile(f, { year: 2022, period: '2022', group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(codes(p, 'warning')).toContain('duplicateColumn');
  });

  it('two columns mapped by hand to one figure: refused, naming both (was: one silently dropped)', async () => {
    const f = writeTemp(
      'ranks.csv',
      `Tỉnh,Xếp hạng DTI,Xếp hạng CQS,Xếp hạng KTS\n${pub.map((r) => `${r.label},${r.rank},${r.rankCqs},${r.rankKts}`).join('\n')}\n`,
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const columns = a.mapping.columns.map((c) =>
      c.col === 3 ? { ...c, mapping: { field: 'kts.rank' as const }, confidence: 1 } : c,
    );
    const p = await session.stage(
      { ...a.mapping, columns },
      { ...a.target, year: 2022, period: '2022', group: 63 },
    );
    const e = p.problems.filter((x) => x.severity === 'error');
    expect(e.map((x) => [x.code, x.col])).toEqual([['duplicateColumn', 4]]);
    expect(e[0]!.messageVi).toContain('cột C (Xếp hạng CQS)');
    expect(p.canCommit).toBe(false);
  });
});
