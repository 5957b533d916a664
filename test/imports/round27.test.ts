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
    expect(subProvincialRowsSaid('XẾP HẠNG CHUYỂN ĐỔI SỐ CÁC XÃ, PHƯỜNG NĂM 2022')).toBe('XÃ, PHƯỜNG');
    expect(subProvincialRowsSaid('CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA 95 XÃ, PHƯỜNG TỈNH ĐỒNG NAI')).toBe('XÃ, PHƯỜNG');
    expect(subProvincialRowsSaid('DANH SÁCH XÃ, PHƯỜNG ĐẠT CHUẨN CHUYỂN ĐỔI SỐ NĂM 2022')).toBe('XÃ, PHƯỜNG');
    expect(subProvincialRowsSaid('KẾT QUẢ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CẤP XÃ TỈNH PHÚ THỌ NĂM 2022')).toBe(
      'CẤP XÃ',
    );
    expect(subProvincialRowsSaid('KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG TỈNH THANH HÓA NĂM 2022')).toBe('XÃ, PHƯỜNG');
    expect(subProvincialRowsSaid('Xã phường', true)).toBe('Xã phường');
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
      // a KPI's level, a region's provinces compared
      'TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN CỦA CÁC XÃ PHÁT SINH HỒ SƠ - VÙNG ĐÔNG NAM BỘ',
      'Online filing rate of district one-stop desks, South-East region, 2022 (%)',
      'SỐ HỒ SƠ TRỰC TUYẾN TIẾP NHẬN THEO HUYỆN, XÃ - SO SÁNH VỚI CÁC ĐỊA PHƯƠNG LÂN CẬN',
      'SỐ TỔ CÔNG NGHỆ SỐ Ở CÁC XÃ NĂM 2024',
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

  it('all 34 provinces, or rows written "Tỉnh X" of names on both lists, under a title of communes: the provinces\' figures', async () => {
    const units34 = store.db
      .prepare(`SELECT name_vi FROM unit WHERE code_list = '2025' ORDER BY code`)
      .pluck()
      .all() as string[];
    const national = writeWorkbook('national.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ XÃ, PHƯỜNG CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2025'],
          ['Tỉnh, thành phố', 'Số xã'],
          ...units34.map((n, i) => [n, 100 + i]),
        ],
      },
    ]);
    expect(codes(await importFile(national), 'error')).toEqual([]);
    expect(stored()).toHaveLength(34);
    const prefixed = writeWorkbook('tinh.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG NĂM 2024 (%)'],
          ['Đơn vị', 'Tỷ lệ (%)'],
          ['Tỉnh Tây Ninh', 80],
          ['Tỉnh Đồng Nai', 81],
        ],
      },
    ]);
    expect(codes(await importFile(prefixed), 'error')).toEqual([]);
  });

  it('a sheet "Xã" under a title naming the commune level of a KPI holds the provinces\' figures', async () => {
    const f = writeWorkbook('cap-xa.xlsx', [
      {
        name: 'Xã',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CẤP XÃ NĂM 2022'],
          ['STT', 'Địa phương', 'Tỷ lệ (%)'],
          ...FIVE.map((n, i) => [i + 1, n, 60 + i]),
        ],
      },
    ]);
    expect(codes(await importFile(f), 'error')).toEqual([]);
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
    expect(e!.messageEn).toContain('column C (Điểm DTI) give the same figure with different values');
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

describe('KPI tables of this period beside others, plans beside results (was: a KPI named "Kỳ này", plans stored as figures)', () => {
  const rows = (n: number, f: (i: number) => (string | number)[]) =>
    FIVE.slice(0, n).map((u, i) => [u, ...f(i)]);
  const sheet = (
    title: string[],
    header: (string | null)[][],
    body: (string | number | null)[][],
    merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [],
  ) =>
    writeWorkbook('kpi.xlsx', [{ name: 'S', rows: [...title.map((t) => [t]), ...header, ...body], merges }]);

  it('"Kỳ này" is the title\'s KPI for the title\'s period; "Cùng kỳ năm trước" and the change are set aside', async () => {
    const f = sheet(
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN 6 THÁNG ĐẦU NĂM 2024 (%)'],
      [['Tỉnh', 'Kỳ này', 'Cùng kỳ năm trước', 'Tăng/giảm (%)']],
      rows(2, (i) => [70 + i, 60 + i, 10]),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hòa Bình | Tỷ lệ hồ sơ trực tuyến | 2024-01..2024-06 | 70 | B3',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2024-01..2024-06 | 71 | B4',
    ]);
  });

  it('"Kỳ trước" is the period before, said as such (was: "worked out from others")', async () => {
    const f = sheet(
      ['SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG QUÝ II/2024 (tổ)'],
      [['Tỉnh', 'Kỳ này', 'Kỳ trước']],
      rows(2, (i) => [700 + i, 650]),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.find((x) => x.col === 3)?.messageEn).toContain('holds the period before');
    expect(stored()[0]).toBe('Hòa Bình | Số tổ công nghệ số cộng đồng | 2024-04..2024-06 | 700 | B3');
  });

  it('"Kỳ báo cáo" holding figures is that period\'s figure (was: no value column)', async () => {
    const f = sheet(
      ['SỐ LƯỢT HỌC VIÊN BÌNH DÂN HỌC VỤ SỐ QUÝ I/2025 (lượt)'],
      [['Tỉnh', 'Kỳ báo cáo', 'Cùng kỳ năm trước']],
      rows(2, (i) => [7261 + i, 5000]),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()[0]).toBe('Hòa Bình | Số lượt học viên bình dân học vụ số | 2025-01..2025-03 | 7261 | B3');
  });

  it('"… (%) / Kế hoạch | … (%) / Thực hiện": the result is the KPI\'s, the plan is set aside', async () => {
    const f = sheet(
      ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024'],
      [
        ['Tỉnh', 'Tỷ lệ hồ sơ trực tuyến (%)', null, 'Tỷ lệ phủ sóng 4G (%)', null],
        [null, 'Kế hoạch', 'Thực hiện', 'Chỉ tiêu', 'Thực hiện'],
      ],
      rows(2, (i) => [80, 87.5 + i, 99, 84 + i]),
      [
        { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
        { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
        { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      ],
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'planTargetColumn').map((x) => x.col)).toEqual([2, 4]);
    expect(stored()).toEqual([
      'Hòa Bình | Tỷ lệ hồ sơ trực tuyến | 2024 | 87.5 | C4',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2024 | 88.5 | C5',
      'Hòa Bình | Tỷ lệ phủ sóng 4G | 2024 | 84 | E4',
      'Bình Phước | Tỷ lệ phủ sóng 4G | 2024 | 85 | E5',
    ]);
  });

  it('"Chỉ tiêu | Đạt | Tỷ lệ đạt so với chỉ tiêu (%)": "Đạt" is the title\'s KPI (was: the target stored as a KPI "Chỉ tiêu")', async () => {
    const f = sheet(
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2024 (%)'],
      [['Tỉnh', 'Chỉ tiêu', 'Đạt', 'Tỷ lệ đạt so với chỉ tiêu (%)']],
      rows(2, (i) => [60, 57 + i, 95]),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hòa Bình | Tỷ lệ hồ sơ trực tuyến | 2024 | 57 | C3',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2024 | 58 | C4',
    ]);
  });

  it('"Kế hoạch năm 2025 | Thực hiện 6 tháng đầu năm 2025 | Đạt (%)": the share achieved stays aside', async () => {
    const f = sheet(
      ['TỈNH LẠNG SƠN - KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025'],
      [['TT', 'Nội dung', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng đầu năm 2025', 'Đạt (%)']],
      [
        [1, 'Tỷ lệ hồ sơ trực tuyến (%)', 80, 48, 60],
        [2, 'Số tổ công nghệ số cộng đồng (tổ)', 2000, 1200, 60],
      ],
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Lạng Sơn | Tỷ lệ hồ sơ trực tuyến | 2025-01..2025-06 | 48 | D3',
      'Lạng Sơn | Số tổ công nghệ số cộng đồng | 2025-01..2025-06 | 1200 | D4',
    ]);
  });

  it('a KPI column with a few "Đạt" among its figures: each word refused at its cell (was: the column dropped as not recognised)', async () => {
    const f = writeTemp(
      'dat.csv',
      `Tỉnh,Tỷ lệ hồ sơ trực tuyến (%),Tỷ lệ phủ sóng 4G (%)\nHòa Bình,Đạt,100\nBình Phước,"91,5",100\nLong An,Không đạt,99\nPhú Yên,"58,4",98\n`,
    );
    const p = await importFile(f, { year: 2024, period: '2024' });
    expect(
      p.problems.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.cell} ${x.value}`),
    ).toEqual(['notANumber B2 Đạt', 'notANumber B4 Không đạt']);
    expect(stored()).toEqual([]);
  });

  it('a long table whose figures are headed "Tỷ lệ (%)" (was: no value column)', async () => {
    const f = writeTemp(
      'long.csv',
      `"Tỉnh, thành phố",Chỉ tiêu,Kỳ báo cáo,Tỷ lệ (%)\nBình Phước,Tỷ lệ thanh toán trực tuyến,Quý I/2025,43.43\nHòa Bình,Tỷ lệ thanh toán trực tuyến,Quý I/2025,41.55\n`,
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ thanh toán trực tuyến | 2025-01..2025-03 | 43.43 | D2',
      'Hòa Bình | Tỷ lệ thanh toán trực tuyến | 2025-01..2025-03 | 41.55 | D3',
    ]);
  });

  it('"Xếp hạng thanh toán trực tuyến" after another KPI\'s column ranks the KPI it names (was: set aside)', async () => {
    const f = sheet(
      ['NĂM 2024'],
      [
        [
          'Tỉnh',
          'Tỷ lệ thanh toán trực tuyến (%)',
          'Tỷ lệ phủ sóng 4G (%)',
          'Xếp hạng thanh toán trực tuyến',
        ],
      ],
      rows(2, (i) => [81 - i, 69.5, 18 + i]),
    );
    const p = await importFile(f, { group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    const ranks = store.db
      .prepare(
        `SELECT i.name_vi AS kpi, o.rank, o.source_cell AS cell FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND o.rank IS NOT NULL ORDER BY o.source_cell`,
      )
      .all();
    expect(ranks).toEqual([
      { kpi: 'Tỷ lệ thanh toán trực tuyến', rank: 18, cell: 'B3, D3' },
      { kpi: 'Tỷ lệ thanh toán trực tuyến', rank: 19, cell: 'B4, D4' },
    ]);
  });

  it("an unchanged province's 2025 months as rows, chosen for the whole table: each month on the unit of its period's list, one series either side (round 75; round 74 put all on the 34's)", async () => {
    const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}/2025,${40 + m}`).join('\n');
    const f = writeTemp('hn.csv', `Kỳ,Tỷ lệ hồ sơ trực tuyến (%)\n${months}\n`);
    const hn63 = store.db
      .prepare(`SELECT id FROM unit WHERE code_list = 'gso2004' AND name_vi = 'Hà Nội'`)
      .pluck()
      .get();
    const p = await importFile(f, { unitId: hn63 as number });
    expect(codes(p, 'error')).toEqual([]);
    const lists = store.db
      .prepare(
        `SELECT o.period, u.code_list AS list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' AND o.period IN ('2025-06', '2025-07') ORDER BY o.period`,
      )
      .all();
    expect(lists).toEqual([
      { period: '2025-06', list: 'gso2004' },
      { period: '2025-07', list: '2025' },
    ]);
  });
});

describe('scores in points under a header giving the maximum ("(200 điểm)", QĐ 922) (was: refused, advising /100 or /1000)', () => {
  it('reads the maximum of a header', async () => {
    const { pointsMaximum } = await import('../../src/main/imports/pipeline/rowMapper');
    expect(pointsMaximum('Hoạt động chính quyền số (200 điểm)')).toBe(200);
    expect(pointsMaximum('Chỉ số Nhận thức số (tối đa 100 điểm)')).toBe(100);
    expect(pointsMaximum('Tổng điểm (thang điểm 1000)')).toBe(1000);
    expect(pointsMaximum('Digital government activity (max 200 points)')).toBe(200);
    expect(pointsMaximum('Điểm DTI')).toBeNull();
    expect(pointsMaximum('Điểm (2022)')).toBeNull();
  });

  it("divides each score by its column's maximum, said once per column", async () => {
    const pub = published2022();
    const f = writeWorkbook('points.xlsx', [
      {
        name: 'HĐ',
        rows: [
          ['ĐIỂM HOẠT ĐỘNG CHUYỂN ĐỔI SỐ NĂM 2022'],
          [
            'Xếp hạng DTI',
            'Tỉnh, thành phố',
            'Hoạt động chính quyền số (200 điểm)',
            'Hoạt động kinh tế số (150 điểm)',
          ],
          ...pub.map((r) => [r.rank, r.label, 185.7 - r.rank, 44.3]),
        ],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    const told = p.problems.filter((x) => x.severity === 'warning' && x.code === 'scoreRange');
    expect(told.map((x) => x.cell)).toEqual(['C3', 'D3']);
    expect(told[0]!.messageEn).toContain('points out of 200');
    const value = (code: string) =>
      store.db
        .prepare(
          `SELECT o.value FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
           WHERE o.layer = 'user' AND i.code = ? AND u.name_vi = 'Đà Nẵng'`,
        )
        .pluck()
        .get(code);
    expect(value('hd_chinh_quyen_so')).toBeCloseTo(184.7 / 200, 10);
    expect(value('hd_kinh_te_so')).toBeCloseTo(44.3 / 150, 10);
  });
});

describe('rows without figures between the units, and a tie merged over two rows', () => {
  const pub = published2022();
  const scoreFor = (rank: number) => Math.round((0.9 - rank * 0.004) * 10000) / 10000;

  it('"(tiếp theo)" and "Nhóm I: …" rows are headings, said and skipped (was: a unit question, or an error)', async () => {
    const body: (string | number | null)[][] = [];
    pub.forEach((r, i) => {
      if (i === 0) body.push([null, 'Nhóm I: dẫn đầu (hạng 1 - 10)', null]);
      if (i === 30) body.push(['(tiếp theo)', null, null]);
      body.push([r.rank, r.label, scoreFor(r.rank)]);
    });
    const f = writeWorkbook('groups.xlsx', [
      {
        name: 'XH',
        rows: [['XẾP HẠNG DTI NĂM 2022'], ['Xếp hạng DTI', 'Tỉnh, thành phố', 'Điểm DTI'], ...body],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.questions).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'sectionRow').map((x) => x.cell)).toEqual(['B3', 'A34']);
    expect(stored()).toHaveLength(63);
  });

  it('a rank merged over two tied rows: the second row has it, said once, its cell named — no "empty rank" warning', async () => {
    const body: (string | number | null)[][] = pub.map((r) => [r.rank, r.label, scoreFor(r.rank)]);
    const second = pub.findIndex((r, i) => i > 0 && r.rank === pub[i - 1]!.rank);
    body[second]![0] = null;
    const top = second - 1 + 3; // 1-based sheet row of the first tied unit (title, header above)
    const f = writeWorkbook('tie.xlsx', [
      {
        name: 'XH',
        rows: [['XẾP HẠNG DTI NĂM 2022'], ['Xếp hạng DTI', 'Tỉnh, thành phố', 'Điểm DTI'], ...body],
        merges: [{ s: { r: top - 1, c: 0 }, e: { r: top, c: 0 } }],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).toEqual(['mergedValue']);
    const cell = store.db
      .prepare(
        `SELECT o.rank, o.source_cell FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.code = 'dti' AND u.name_vi = ?`,
      )
      .get(pub[second]!.label.replace(/^TP\. /, ''));
    expect(cell).toEqual({ rank: pub[second]!.rank, source_cell: `C${top + 1}, A${top}` });
  });
});

describe('the sheet proposed in a workbook of a ranking and an excerpt of more columns', () => {
  it('is the 63-row ranking, not the 6-row detail excerpt (was: the excerpt, for its columns)', async () => {
    const pub = published2022();
    const idx = ['Chỉ số Nhận thức số', 'Chỉ số Thể chế số', 'Chỉ số Hạ tầng số', 'Chỉ số Nhân lực số'];
    const f = writeWorkbook('tong-hop.xlsx', [
      { name: 'Ghi chú', rows: [['Ghi chú'], ['Bảng sao từ trang dti.gov.vn']] },
      {
        name: 'Xếp hạng 2022',
        rows: [
          ['BẢNG XẾP HẠNG DTI NĂM 2022'],
          ['XẾP HẠNG DTI', 'CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TW', 'XẾP HẠNG CHÍNH QUYỀN SỐ'],
          ...pub.map((r) => [r.rank, r.label, r.rank]),
        ],
      },
      {
        name: 'Chi tiết',
        rows: [
          ['Xếp hạng DTI', 'Tỉnh', ...idx],
          ...pub.slice(0, 6).map((r) => [r.rank, r.label, 0.9, 0.8, 0.7, 0.6]),
        ],
      },
    ]);
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    expect(await session.suggestSheet(null)).toBe('Xếp hạng 2022');
    session.dispose();
  });
});

describe('undo of a KPI file read twice (was: the KPIs it created left behind, empty)', () => {
  it('undoing the second reading, then the first, leaves the KPIs as before both', async () => {
    const { undoImport } = await import('../../src/main/imports/pipeline/batches');
    const kpis = () => store.db.prepare(`SELECT COUNT(*) FROM indicator WHERE kind = 'kpi'`).pluck().get();
    const before = kpis();
    const f = writeTemp(
      'kpi.csv',
      'Tỉnh,Số tổ công nghệ số cộng đồng (tổ),Tỷ lệ hồ sơ trực tuyến (%)\nHòa Bình,700,80\nLong An,650,75\n',
    );
    const batches = () =>
      store.db
        .prepare(`SELECT id FROM import_batch WHERE layer = 'user' ORDER BY id`)
        .pluck()
        .all() as number[];
    await importFile(f, { year: 2024, period: '2024' });
    await importFile(f, { year: 2024, period: '2024' });
    const [first, second] = batches();
    expect(kpis()).toBe((before as number) + 2);
    undoImport(store.db, second!);
    undoImport(store.db, first!);
    expect(stored()).toEqual([]);
    expect(kpis()).toBe(before);
  });
});

describe('a mistyped centrally-run city after "TP."', () => {
  it('is not recognised (asked), not called a district or commune; a city below a province still is', async () => {
    const f = writeTemp(
      'tp.csv',
      'Tỉnh,Tỷ lệ hồ sơ trực tuyến (%)\nTP. Hà Nộii,80\nTP. Đồng Xoài,70\nLong An,75\n',
    );
    const p = await importFile(f, { year: 2024, period: '2024' });
    const said = (cell: string) => p.problems.find((x) => x.cell === cell)!.messageEn;
    expect(said('A2')).toContain('is not recognised');
    expect(said('A2')).not.toMatch(/district|commune/);
    expect(said('A3')).toMatch(/district or a commune/);
  });
});

describe('names with their code before them, "T." for Tỉnh, English ordinals', () => {
  it('"48 - Đà Nẵng", "T. Quảng Ninh" and "15th" are read (was: unit questions, "not a number")', async () => {
    const f = writeTemp(
      'codes.csv',
      'XẾP HẠNG DTI NĂM 2022\nTỉnh, thành phố,Xếp hạng DTI\n48 - Đà Nẵng,1st\nT. Quảng Ninh,3rd\nLong An,15th\n',
    );
    const p = await importFile(f, { group: 63 });
    expect(p.questions).toEqual([]);
    expect(codes(p, 'error').filter((c) => c !== 'missingUnits')).toEqual([]);
    expect(p.rows.map((r) => `${r.unitName} ${r.cells.find((c) => c.field === 'rank')?.new}`)).toEqual([
      'Đà Nẵng 1',
      'Quảng Ninh 3',
      'Long An 15',
    ]);
  });
});

describe('a 2024 ranking whose ranks are written out of 34', () => {
  it('goes to the 34-unit list without asking (was: "no ranking group is chosen")', async () => {
    const session = new ImportSession(store.db, {
      kind: 'file',
      path: writeTemp(
        'top.csv',
        'ĐỊA PHƯƠNG DẪN ĐẦU CHỈ SỐ DTI NĂM 2024\nTỉnh, thành phố;Điểm DTI;Xếp hạng DTI\nHà Nội;0,7809;1/34\nĐà Nẵng;0,7333;2/34\n',
      ),
    });
    const a = await session.analyze();
    expect(a.target).toMatchObject({ year: 2024, group: 34 });
    session.dispose();
  });
});

describe("the unit a long table's value header or a title gives its KPIs (was: no unit kept)", () => {
  const kpis = () =>
    store.db
      .prepare(`SELECT name_vi, unit_of_measure AS uom FROM indicator WHERE code LIKE 'user.%' ORDER BY id`)
      .all();

  it('"Giá trị (%)" gives "%" to the KPIs named without a unit', async () => {
    const f = writeTemp(
      'long.csv',
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị (%)\nHòa Bình,Tỷ lệ hồ sơ trực tuyến,2024,80\nHòa Bình,Số tổ công nghệ số cộng đồng (tổ),2024,700\n',
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(kpis()).toEqual([
      { name_vi: 'Tỷ lệ hồ sơ trực tuyến', uom: '%' },
      { name_vi: 'Số tổ công nghệ số cộng đồng', uom: 'tổ' },
    ]);
  });

  it('rows under a title naming a KPI and its unit: the KPI takes the unit, a part of it is named with it', async () => {
    const f = writeWorkbook('cb.xlsx', [
      {
        name: 'CB',
        rows: [
          ['TỈNH CAO BẰNG - SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2025 (giao dịch)'],
          ['Chỉ tiêu', 'Tháng 7', 'Tháng 8'],
          ['Số giao dịch thanh toán trực tuyến', 9000, 9100],
          ['Phí, lệ phí', 8513, 5184],
        ],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(kpis()).toEqual([
      { name_vi: 'Số giao dịch thanh toán trực tuyến', uom: 'giao dịch' },
      { name_vi: 'Số giao dịch thanh toán trực tuyến – Phí, lệ phí', uom: 'giao dịch' },
    ]);
  });
});

describe('a score of 0–1 among percentages under "Điểm DTI (%)"', () => {
  it('is kept as written and said at its cell (was: kept, unsaid)', async () => {
    const pub = published2022();
    const f = writeWorkbook('pct.xlsx', [
      {
        name: 'DTI',
        rows: [
          ['XẾP HẠNG DTI NĂM 2022'],
          ['Xếp hạng DTI', 'Tỉnh, thành phố', 'Điểm DTI (%)'],
          // (the fourth unit's score typed as the ratio it is)
          ...pub.map((r, i) => [r.rank, r.label, i === 3 ? (80 - r.rank * 0.3) / 100 : 80 - r.rank * 0.3]),
        ],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    const said = p.problems
      .filter((x) => x.code === 'scoreRange')
      .map((x) => `${x.cell} ${x.messageEn.includes('read as a score from 0 to 1')}`);
    expect(said).toEqual(['C3 false', 'C6 true']);
  });
});

describe('the new readings, tried against real-looking tables they must not misread (round 28)', () => {
  const SE = ['Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai'];
  const book = (
    rows: (string | number | null)[][],
    merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [],
  ) => writeWorkbook('t.xlsx', [{ name: 'S', rows, merges }]);
  const kpiRows = () =>
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, o.value, o.rank FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all() as { unit: string; kpi: string; value: number | null; rank: number | null }[];

  it('a bare "Xếp hạng" and a "Xếp hạng <KPI>" in a KPI table rank their KPIs (was: the table read as the DTI ranking)', async () => {
    const f = book([
      ['KẾT QUẢ NĂM 2022'],
      [
        'Tỉnh',
        'Số giao dịch thanh toán trực tuyến',
        'Xếp hạng',
        'Tỷ lệ hồ sơ trực tuyến (%)',
        'Xếp hạng tỷ lệ hồ sơ trực tuyến',
      ],
      ...SE.map((n, i) => [n, 10000 - i, i + 1, 90 - i, 4 - i]),
    ]);
    const p = await importFile(f, { group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(kpiRows().filter((r) => r.unit === 'Bình Phước')).toEqual([
      { unit: 'Bình Phước', kpi: 'Số giao dịch thanh toán trực tuyến', value: 10000, rank: 1 },
      { unit: 'Bình Phước', kpi: 'Tỷ lệ hồ sơ trực tuyến', value: 90, rank: 4 },
    ]);
    expect(kpiRows().some((r) => r.kpi.includes('DTI'))).toBe(false);
  });

  it.each([
    ['yes/no words', (i: number) => (i % 2 ? 'Đạt' : 'Không đạt')],
    ['0/1 flags', (i: number) => i % 2],
  ])(
    '"Tỷ lệ (%) | Chỉ tiêu | Đạt" with %s: the rate is the KPI, the target and the flag set aside',
    async (_, flag) => {
      const f = book([
        ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2022 (%)'],
        ['Tỉnh', 'Tỷ lệ (%)', 'Chỉ tiêu', 'Đạt'],
        ...SE.map((n, i) => [n, 80 + i, 82, flag(i)]),
      ]);
      const p = await importFile(f);
      expect(codes(p, 'error')).toEqual([]);
      expect(kpiRows().map((r) => `${r.kpi} ${r.value}`)).toEqual(
        SE.map((_, i) => `Tỷ lệ hồ sơ trực tuyến ${80 + i}`),
      );
    },
  );

  it('"Kế hoạch" and "Thực hiện" over several KPIs: the results are the KPIs\' own', async () => {
    const f = book(
      [
        ['KẾT QUẢ NĂM 2022'],
        ['Tỉnh', 'Kế hoạch', null, 'Thực hiện', null],
        [
          null,
          'Tỷ lệ hồ sơ trực tuyến (%)',
          'Số tổ công nghệ số cộng đồng',
          'Tỷ lệ hồ sơ trực tuyến (%)',
          'Số tổ công nghệ số cộng đồng',
        ],
        ...SE.map((n, i) => [n, 90, 100, 80 + i, 110 + i]),
      ],
      [
        { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
        { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
        { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      ],
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect([...new Set(kpiRows().map((r) => r.kpi))]).toEqual([
      'Tỷ lệ hồ sơ trực tuyến',
      'Số tổ công nghệ số cộng đồng',
    ]);
  });

  it('"Tháng trước | Tháng này" under a title of the KPI and its month', async () => {
    const f = book([
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN THÁNG 9/2022 (%)'],
      ['Tỉnh', 'Tháng trước', 'Tháng này'],
      ...SE.map((n, i) => [n, 70, 80 + i]),
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()[0]).toBe('Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2022-09 | 80 | C3');
  });

  it('"1st quarter | 2nd quarter" are the title year\'s quarters', async () => {
    const f = book([
      ['Online filing rate 2024 (%)'],
      ['Province', '1st quarter', '2nd quarter'],
      ...SE.map((n) => [n, 70, 80]),
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Bình Phước'))).toEqual([
      'Bình Phước | Online filing rate | 2024-01..2024-03 | 70 | B3',
      'Bình Phước | Online filing rate | 2024-04..2024-06 | 80 | C3',
    ]);
  });

  it('"Chỉ số DTI | Điểm DTI" of other values: refused naming both (was: the first one imported)', async () => {
    const pub = published2022();
    const f = book([
      ['XẾP HẠNG DTI NĂM 2022'],
      ['Tỉnh, thành phố', 'Chỉ số DTI', 'Điểm DTI'],
      ...pub.map((r) => [r.label, 0.7 - r.rank * 0.004, 0.8 - r.rank * 0.004]),
    ]);
    const p = await importFile(f);
    expect(p.problems.find((x) => x.severity === 'error')).toMatchObject({ code: 'duplicateColumn', col: 3 });
    expect(stored()).toEqual([]);
  });

  it('a "Tổng số" row under a title naming a KPI is that KPI', async () => {
    const f = book([
      ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN TỈNH BÌNH PHƯỚC NĂM 2022 (giao dịch)'],
      ['STT', 'Chỉ tiêu', 'Giá trị'],
      [1, 'Tổng số', 912687],
      [2, 'Qua Cổng dịch vụ công quốc gia', 500000],
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(kpiRows().map((r) => r.kpi)).toEqual([
      'Số giao dịch thanh toán trực tuyến',
      'Số giao dịch thanh toán trực tuyến – Qua Cổng dịch vụ công quốc gia',
    ]);
  });

  it('a long table of KPIs and "Tỷ lệ (%)" with the year given, not a column', async () => {
    const f = book([
      ['STT', 'Tỉnh', 'Chỉ tiêu', 'Tỷ lệ (%)'],
      ...SE.map((n, i) => [i + 1, n, 'Tỷ lệ hồ sơ trực tuyến', 70 + i]),
    ]);
    const p = await importFile(f, { year: 2022, period: '2022' });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toHaveLength(4);
  });

  it('a KPI column hidden beside a visible one of the same KPI: the visible one is read, said once', async () => {
    const f = writeTemp(
      'kpi-hidden.xlsx',
      buildXlsx([
        {
          name: 'S',
          rows: [
            ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2022'],
            ['Tỉnh', 'Tỷ lệ hồ sơ trực tuyến (%)', 'Tỷ lệ hồ sơ trực tuyến (%)'],
            ...SE.map((n, i) => [n, 50, 80 + i]),
          ],
          hiddenCols: [2],
        },
      ]),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(kpiRows().map((r) => r.value)).toEqual([80, 81, 82, 83]);
  });

  it('"(tối đa 1.000 điểm)", "T.T.Huế", a misspelt "Tinh …" row asked, not a heading', async () => {
    const { pointsMaximum } = await import('../../src/main/imports/pipeline/rowMapper');
    expect(pointsMaximum('Điểm DTI (tối đa 1.000 điểm)')).toBe(1000);
    const f = writeTemp('hue.csv', 'Tỉnh,Tỷ lệ (%)\nT.T.Huế,80\nTinh Binh Phuocc,\n');
    const p = await importFile(f, { year: 2024, period: '2024', indicator: 'Tỷ lệ hồ sơ trực tuyến' });
    expect(p.rows.find((r) => r.row === 2)?.unitName).toMatch(/Huế$/);
    expect(p.problems.map((x) => x.code)).not.toContain('sectionRow');
  });
});

describe('what the round-28 regression run found', () => {
  it('a heading "Các xã:" over commune rows named like provinces is asked about, not skipped (was: the rows stored on the provinces)', async () => {
    const f = writeWorkbook('xa-heading.xlsx', [
      {
        name: 'S',
        rows: [
          ['Tỉnh Bình Phước'],
          ['Đơn vị', 'Tỷ lệ (%)'],
          ['Các xã:', null],
          ...FIVE.map((n, i) => [n, 80 + i]),
        ],
      },
    ]);
    const p = await importFile(f, { year: 2024, period: '2024', indicator: 'Tỷ lệ hồ sơ trực tuyến' });
    expect(p.canCommit).toBe(false);
    expect(p.problems.map((x) => x.code)).not.toContain('sectionRow');
    expect(stored()).toEqual([]);
  });

  it("a code before the name that is another unit's is said (the name decides)", async () => {
    const f = writeTemp(
      'pre.csv',
      'XẾP HẠNG DTI NĂM 2022\nTỉnh,Xếp hạng DTI\n79 - Đà Nẵng,1\n01 - Hà Nội,2\n',
    );
    const p = await importFile(f, { group: 63 });
    const said = p.problems.find((x) => x.code === 'unitCodeUnknown');
    expect(said?.messageEn).toContain(
      '"79" written before the unit\'s name is not the code of Đà Nẵng (48) (1 cell(s)',
    );
    expect(p.rows.map((r) => r.unitName)).toEqual(['Đà Nẵng', 'Hà Nội']);
  });
});

describe('a title line saying whom the table compares', () => {
  it('"TỈNH BÌNH PHƯỚC SO VỚI CÁC TỈNH ĐÔNG NAM BỘ" over the KPI\'s line names no KPI (was: "Tỉnh bình phước so với")', async () => {
    const f = writeWorkbook('so-voi.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỈNH BÌNH PHƯỚC SO VỚI CÁC TỈNH ĐÔNG NAM BỘ'],
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2022'],
          ['STT', 'Địa phương', 'Tỷ lệ (%)'],
          [1, 'Bình Phước', 60],
          [2, 'Tây Ninh', 61],
        ],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()[0]).toMatch(/^Bình Phước \| Tỷ lệ hồ sơ trực tuyến \| 2022 \| 60/);
  });
});

describe('adversarial round 29', () => {
  const SE = ['Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai'];
  const book = (rows: (string | number | null)[][], name = 'S') => writeWorkbook('t.xlsx', [{ name, rows }]);
  const kpiNames = () =>
    store.db
      .prepare(
        `SELECT DISTINCT i.name_vi FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY i.id`,
      )
      .pluck()
      .all();

  it.each(['Xếp hạng theo tỷ lệ hồ sơ trực tuyến', 'XH tỷ lệ hồ sơ trực tuyến'])(
    '"%s" beside a KPI ranks it; the table stays a KPI table',
    async (rankHeader) => {
      const f = book([
        ['KẾT QUẢ NĂM 2022'],
        ['Tỉnh', 'Số giao dịch thanh toán trực tuyến', 'Xếp hạng', 'Tỷ lệ hồ sơ trực tuyến (%)', rankHeader],
        ...SE.map((n, i) => [n, 1000 - i, i + 1, 90 - i, 4 - i]),
      ]);
      const p = await importFile(f, { group: 63 });
      expect(codes(p, 'error')).toEqual([]);
      expect(kpiNames()).toEqual(['Số giao dịch thanh toán trực tuyến', 'Tỷ lệ hồ sơ trực tuyến']);
    },
  );

  it('"Tổng số" under a title naming a KPI without its unit is that KPI; with no KPI anywhere it is refused', async () => {
    const titled = book([
      ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN TỈNH BÌNH PHƯỚC NĂM 2022'],
      ['Chỉ tiêu', 'Giá trị'],
      ['Tổng số', 5160],
    ]);
    expect(codes(await importFile(titled), 'error')).toEqual([]);
    expect(kpiNames()).toEqual(['Số giao dịch thanh toán trực tuyến']);
    const bare = writeTemp('tong.csv', 'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tổng số,2022,91234\n');
    const p = await importFile(bare);
    expect(p.problems.find((x) => x.severity === 'error')?.messageEn).toContain('says a total of no KPI');
  });

  it.each([
    ['Các xã:', "in the row number's column"],
    ['Q. Ba Đình', 'a district written short (not an acting signer "Q. GIÁM ĐỐC")'],
    ['Địa bàn cấp xã', "in the row number's column"],
  ])('a heading "%s" (%s) over rows named like provinces is refused, nothing stored', async (heading) => {
    const f = book([
      ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2022'],
      ['STT', 'Đơn vị', 'Tỷ lệ (%)'],
      [heading, null, null],
      ...FIVE.map((n, i) => [i + 1, n, 60 + i]),
    ]);
    const p = await importFile(f, { year: 2022, period: '2022' });
    expect(p.canCommit).toBe(false);
    expect(stored()).toEqual([]);
  });

  it('"Chỉ tiêu" alone holding numbers is the plan, not a KPI named "Chỉ tiêu"', async () => {
    const f = book([
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2023 (%)'],
      ['Tỉnh', 'Chỉ tiêu'],
      ...SE.map((n) => [n, 80]),
    ]);
    const p = await importFile(f);
    expect(p.problems.some((x) => x.code === 'planTargetColumn')).toBe(true);
    expect(stored()).toEqual([]);
  });

  it('"Tháng này" under a title of a year is set aside, said (was: stored as the year)', async () => {
    const f = book([
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2022 (%)'],
      ['Tỉnh', 'Tháng trước', 'Tháng này'],
      ...SE.map((n) => [n, 70, 80]),
    ]);
    const p = await importFile(f);
    expect(p.problems.find((x) => x.col === 3)?.messageEn).toContain('which the title does not give');
    expect(stored()).toEqual([]);
  });

  it('"Chỉ tiêu 1: …" headers, "Thực hiện năm 2022" over KPIs and "1st half | 2nd half" name what they should', async () => {
    const numbered = book([
      ['NĂM 2022'],
      ['Tỉnh', 'Chỉ tiêu 1: Tỷ lệ hồ sơ trực tuyến (%)', 'Chỉ tiêu 2: Số tổ công nghệ số cộng đồng (tổ)'],
      ...SE.map((n, i) => [n, 80 + i, 100 + i]),
    ]);
    expect(codes(await importFile(numbered), 'error')).toEqual([]);
    expect(kpiNames()).toEqual(['Tỷ lệ hồ sơ trực tuyến', 'Số tổ công nghệ số cộng đồng']);
    const halves = book([
      ['Online filing rate 2024 (%)'],
      ['Province', '1st half', '2nd half'],
      ...SE.map((n) => [n, 70, 80]),
    ]);
    await importFile(halves);
    expect(stored().filter((r) => r.startsWith('Bình Phước | Online'))).toEqual([
      'Bình Phước | Online filing rate | 2024-01..2024-06 | 70 | B3',
      'Bình Phước | Online filing rate | 2024-07..2024-12 | 80 | C3',
    ]);
  });

  it("a 34-unit 2025 table with its regions' rows is of the 34 (was: read on the 63 and refused)", async () => {
    const units34 = store.db
      .prepare(`SELECT name_vi, region FROM unit WHERE code_list = '2025' ORDER BY region, code`)
      .all() as { name_vi: string; region: string }[];
    const rows: (string | number | null)[][] = [
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)'],
      ['Tỉnh, thành phố', 'Tỷ lệ (%)'],
    ];
    let region = '';
    units34.forEach((u, i) => {
      if (u.region !== region) rows.push([(region = u.region), null]);
      rows.push([u.name_vi, 50 + i]);
    });
    const p = await importFile(book(rows));
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toHaveLength(34);
  });

  it('a unit column headed "Tỉnh, thành phố" under a title of communes holds the provinces', async () => {
    const f = book([
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG THEO TỪNG ĐỊA PHƯƠNG NĂM 2022'],
      ['Tỉnh, thành phố', 'Tỷ lệ (%)'],
      ...SE.map((n, i) => [n, 60 + i]),
    ]);
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toHaveLength(4);
  });
});

describe('regression run 29', () => {
  const commune = (title: string) =>
    writeWorkbook('xa.xlsx', [
      {
        name: 'S',
        rows: [[title], ['STT', 'Đơn vị', 'Tỷ lệ (%)'], ...FIVE.map((n, i) => [i + 1, n, 60 + i])],
      },
    ]);

  it.each([
    'TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG TỈNH PHÚ THỌ 6 THÁNG ĐẦU NĂM 2022 SO VỚI CÙNG KỲ',
    'KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG NĂM 2022 SO VỚI NĂM 2021',
    'TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG KHU VỰC MIỀN NÚI TỈNH PHÚ THỌ NĂM 2022',
    'SO SÁNH KẾT QUẢ CHUYỂN ĐỔI SỐ CÁC XÃ, PHƯỜNG VÙNG ĐÔNG BẮC TỈNH PHÚ THỌ NĂM 2022',
    'TỈNH PHÚ THỌ - KẾT QUẢ CHUYỂN ĐỔI SỐ THEO ĐƠN VỊ NĂM 2022 SO VỚI NĂM 2021',
  ])('"%s": communes, refused (was: stored on the provinces)', async (title) => {
    const p = await importFile(commune(title), {
      year: 2022,
      period: '2022',
      indicator: 'Tỷ lệ hồ sơ trực tuyến',
    });
    expect(p.canCommit).toBe(false);
    expect(stored()).toEqual([]);
  });

  it("a province's comparison of a KPI with its region names that KPI", async () => {
    const f = writeWorkbook('ss.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỈNH BÌNH PHƯỚC - SO SÁNH TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO ĐỊA PHƯƠNG VÙNG ĐÔNG NAM BỘ NĂM 2022'],
          ['STT', 'Địa phương', 'Tỷ lệ (%)'],
          [1, 'Bình Phước', 60],
          [2, 'Tây Ninh', 61],
        ],
      },
    ]);
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()[0]).toMatch(/^Bình Phước \| Tỷ lệ hồ sơ trực tuyến \| 2022 \| 60/);
  });

  it('a row number before the name ("3 - Cao Bằng" beside STT 3, "1. Đà Nẵng") is not a code to check', async () => {
    const f = writeTemp(
      'stt.csv',
      'XẾP HẠNG DTI NĂM 2022\nSTT,Tỉnh,Xếp hạng DTI\n3,3 - Cao Bằng,3\n1,1. Đà Nẵng,1\n',
    );
    const p = await importFile(f, { group: 63 });
    expect(p.problems.map((x) => x.code)).not.toContain('unitCodeUnknown');
    expect(p.rows.map((r) => r.unitName)).toEqual(['Cao Bằng', 'Đà Nẵng']);
  });
});

describe('a bare English measure under a title naming the KPI (regression run 30)', () => {
  it('"Number" under two titles of two KPIs: two KPIs, not one "Number" the second file overwrites', async () => {
    const file = (title: string, base: number) =>
      writeTemp('n.csv', `${title}\nNo.,Province,Number\n1,Bình Phước,${base}\n2,Tây Ninh,${base + 1}\n`);
    await importFile(file('Number of communes connected to the specialised data network, 2022', 60), {
      year: 2022,
      period: '2022',
    });
    await importFile(file('Number of communes with community digital technology teams, 2022', 11), {
      year: 2022,
      period: '2022',
    });
    const kpis = store.db
      .prepare(
        `SELECT DISTINCT i.name_vi FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user'`,
      )
      .pluck()
      .all() as string[];
    expect(kpis).toHaveLength(2);
    expect(kpis.every((k) => k.startsWith('Number of communes'))).toBe(true);
    expect(stored()).toHaveLength(4);
  });
});

describe('fresh files of round 31', () => {
  it('scores printed with their rank in brackets ("0,6234 (12)", the ministry\'s report) give both, the cell named once', async () => {
    const pub = published2022();
    const scoreOf = (rank: number) =>
      (Math.round((0.9 - rank * 0.004) * 10000) / 10000).toFixed(4).replace('.', ',');
    const f = writeWorkbook('pdf.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['XẾP HẠNG DTI NĂM 2022'],
          ['STT', 'Tỉnh, thành phố', 'Chỉ số DTI'],
          ...pub.map((r, i) => [i + 1, r.label, `${scoreOf(r.rank)} (${r.rank})`]),
        ],
      },
    ]);
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).not.toContain('valueMark');
    const bp = pub.find((r) => r.label === 'Bình Phước')!;
    const row = store.db
      .prepare(
        `SELECT o.value, o.rank, o.source_cell AS cell FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' AND i.code = 'dti' AND u.name_vi = 'Bình Phước'`,
      )
      .get() as { value: number; rank: number; cell: string };
    expect(row.rank).toBe(bp.rank);
    expect(row.cell).toMatch(/^C\d+$/);
  });
});
