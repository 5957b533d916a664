// Session 18: round 49/50 leftovers and tester round 51's findings. Each test imports the file as
// the wizard or the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import { tempDir } from '../store/helpers';
import {
  errorCodes,
  importFileInto,
  importLikeCli,
  stageFile,
  storedLines,
  storedRanking,
  storeDti2025,
  units34Names,
  unitsCsv,
  writeTemp,
  writeWorkbook,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round51-'), 'r.db'));
});

const units34 = units34Names;

const stored = () => storedLines(store, 'i.name_vi, o.period, length(o.source_cell), o.source_cell');

/** A one-sheet workbook: TITLE, then "STT | Tỉnh, thành phố | HEADER…", then the 34 units and CELLS(i). */
const table34 = (
  title: string,
  header: string[],
  cells: (i: number) => (string | number | null)[],
  sheet = 'Sheet1',
) =>
  writeWorkbook('t.xlsx', [
    {
      name: sheet,
      rows: [
        [title],
        ['STT', 'Tỉnh, thành phố', ...header],
        ...units34().map((u, i) => [i + 1, u, ...cells(i)]),
      ],
    },
  ]);

describe('a sheet named for its KPI and a month ("Tỷ lệ TTTT T12-2026")', () => {
  const file = () =>
    writeWorkbook('thang12.xlsx', [
      {
        name: 'Tỷ lệ TTTT T12-2026',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, u, 90 - i, i + 1]),
        ],
      },
    ]);

  it.each([[2026], [undefined]])(
    'is that KPI of December (--year %s), the month no part of its name',
    async (year) => {
      const { session, preview } = await importLikeCli(store, file(), year);
      expect(errorCodes(preview)).toEqual([]);
      session.commit();
      session.dispose();
      const rows = stored();
      expect(rows).toHaveLength(34);
      expect(rows[0]).toBe(`${units34()[0]} | Tỷ lệ TTTT | 2026-12 | 90 | 1`);
      expect(new Set(rows.map((r) => r.split(' | ').slice(1, 3).join(' | ')))).toEqual(
        new Set(['Tỷ lệ TTTT | 2026-12']),
      );
    },
  );
});

describe('a bare "Xếp hạng" after another index\'s column for reference (round 48: taken as that index\'s)', () => {
  const file = (rankOf: 'dti' | 'pci') =>
    unitsCsv(
      `pci-tham-khao-${rankOf}.csv`,
      ['CHỈ SỐ DTI NĂM 2025'],
      'STT,"Tỉnh, thành phố",Điểm DTI,Chỉ số PCI 2024 (tham khảo),Xếp hạng',
      units34(),
      // the DTI falls down the rows while the PCI rises: the ranks follow one of them
      (i) => `${(0.81 - i / 100).toFixed(4)},${(60 + i / 3).toFixed(2)},${rankOf === 'dti' ? i + 1 : 34 - i}`,
    );

  it("ranking the rows in the DTI's order, it is the DTI's rank; the PCI is set aside", async () => {
    const preview = await importFileInto(store, file('dti'), { year: 2025, group: 34 });
    expect(errorCodes(preview)).toEqual([]);
    const rows = stored();
    expect(rows).toHaveLength(34);
    expect(rows[0]).toBe(`${units34()[0]} | Chỉ số chuyển đổi số cấp tỉnh (DTI) | 2025 | 0.81 | 1`);
    expect(rows.every((r, i) => r.endsWith(` | ${i + 1}`))).toBe(true);
  });

  it("ranking them in the PCI's order, it is set aside with the PCI: the DTI's scores alone", async () => {
    const preview = await importFileInto(store, file('pci'), { year: 2025, group: 34 });
    expect(preview.problems.filter((p) => p.code === 'unknownColumn').map((p) => p.cell)).toEqual([
      'D3',
      'E3',
    ]);
    const rows = stored();
    expect(rows).toHaveLength(34);
    expect(rows.every((r) => r.endsWith(' | null'))).toBe(true);
  });
});

describe("a KPI's row without a figure over its years' rows (round 49: the report's own year was skipped too)", () => {
  const file = (kpiFigure: number | null) =>
    writeWorkbook('nam-subrows.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN NĂM 2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị'],
          [1, 'Số hồ sơ trực tuyến toàn trình', 'hồ sơ', kpiFigure],
          [null, 'Năm 2024', 'hồ sơ', 10000],
          [null, 'Năm 2025', 'hồ sơ', 15000],
          [2, 'Tỷ lệ dân số trưởng thành có chữ ký số', '%', null],
          [null, 'Năm 2024:', '%', 30],
          [null, 'Năm 2025:', '%', 45],
          [3, 'Số Tổ công nghệ số cộng đồng', 'tổ', 1650],
          [null, 'Năm 2025', 'tổ', 1700],
        ],
      },
    ]);

  it("the row of the table's year is the KPI's figure; the other year's is skipped and said", async () => {
    const { session, preview } = await importLikeCli(store, file(null));
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(stored()).toEqual([
      'Lạng Sơn | Số Tổ công nghệ số cộng đồng | 2025 | 1650 | null',
      'Lạng Sơn | Số hồ sơ trực tuyến toàn trình | 2025 | 15000 | null',
      'Lạng Sơn | Tỷ lệ dân số trưởng thành có chữ ký số | 2025 | 45 | null',
    ]);
    // "Năm 2024" twice, and "Năm 2025" under a KPI that has its figure: skipped, said at their cells
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual([
      'B5',
      'B8',
      'B11',
    ]);
  });

  it('under a KPI with its figure, "Năm 2025" is no figure of it: the KPI keeps its own', async () => {
    const { session, preview } = await importLikeCli(store, file(14000));
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(stored()[1]).toBe('Lạng Sơn | Số hồ sơ trực tuyến toàn trình | 2025 | 14000 | null');
    expect(stored()).toHaveLength(3);
  });
});

describe("the enterprises' index in its other wordings is never the DTI (round 51: 34 DTI values overwritten)", () => {
  const file = (name: string, title: string, header: (string | null)[][]) =>
    writeWorkbook(`${name}.xlsx`, [
      {
        name: 'Sheet1',
        rows: [
          [title],
          ...header,
          ...units34().map((u, i) => [
            i + 1,
            u,
            ...(header[0]!.length > 4 ? [0.9 - i / 50, i + 1] : []),
            0.7 - i / 100,
            i + 1,
          ]),
        ],
      },
    ]);
  const cases: [string, string, (string | null)[][], string[]][] = [
    [
      'cua-doanh-nghiep',
      'CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP CẤP TỈNH NĂM 2025',
      [['STT', 'Tỉnh, thành phố', 'Điểm', 'Xếp hạng']],
      ['Chỉ số chuyển đổi số của doanh nghiệp cấp tỉnh'],
    ],
    [
      'san-sang',
      'CHỈ SỐ MỨC ĐỘ SẴN SÀNG CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP NĂM 2025',
      [['STT', 'Tỉnh, thành phố', 'Điểm', 'Xếp hạng']],
      ['Chỉ số mức độ sẵn sàng chuyển đổi số của doanh nghiệp'],
    ],
    [
      'column',
      'KẾT QUẢ NĂM 2025',
      [['STT', 'Tỉnh, thành phố', 'Chỉ số chuyển đổi số doanh nghiệp', 'Xếp hạng']],
      ['Chỉ số chuyển đổi số doanh nghiệp'],
    ],
    [
      'group-header',
      'CHỈ SỐ SIPAS VÀ CHỈ SỐ CHUYỂN ĐỔI SỐ DOANH NGHIỆP NĂM 2025',
      [
        ['STT', 'Tỉnh, thành phố', 'Chỉ số hài lòng', null, 'Chỉ số chuyển đổi số doanh nghiệp', null],
        [null, null, 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng'],
      ],
      ['Chỉ số chuyển đổi số doanh nghiệp', 'Chỉ số hài lòng'],
    ],
  ];
  it.each(cases)('%s: "%s" is a KPI of its own with its ranks', async (name, title, header, kpis) => {
    const { session, preview } = await importLikeCli(store, file(name, title, header), 2025);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    const rows = stored();
    expect(rows.filter((r) => /\| (Chỉ số chuyển đổi số cấp tỉnh|DTI)/.test(r))).toEqual([]);
    expect([...new Set(rows.map((r) => r.split(' | ')[1]))].sort()).toEqual(kpis);
    expect(rows).toContain(`${units34()[1]} | ${kpis[0]} | 2025 | 0.69 | 2`);
  });
});

describe("a group ranked 1…n whose first is the country's first (round 51: national ranks overwritten)", () => {
  it.each([
    ['XẾP HẠNG DTI CÁC THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG NĂM 2025', [0, 6, 12, 18, 24, 30]],
    ['XẾP HẠNG DTI NĂM 2025', [0, 3, 4, 9, 10, 11]],
  ])('"%s" over units at their stored scores, ranked among themselves: refused', async (title, at) => {
    const before = await storeDti2025(store);
    const names = units34();
    const f = unitsCsv(
      'group.csv',
      [title],
      'STT,Tỉnh,Điểm DTI,Xếp hạng',
      at.map((k) => names[k]!),
      (i) => `${(0.8 - at[i]! / 100).toFixed(4)},${i + 1}`,
    );
    const p = await importFileInto(store, f);
    const held = p.problems.find((x) => x.code === 'rankHeldByOther')!;
    expect(held.severity).toBe('error');
    expect(held.messageEn).toContain('units that score above units this file ranks before them');
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('the final top five over a provisional ranking of other scores is said, not refused', async () => {
    await storeDti2025(store);
    const names = units34();
    const at = [0, 6, 12, 18, 24];
    const f = unitsCsv(
      'top5-final.csv',
      ['5 ĐỊA PHƯƠNG DẪN ĐẦU CHỈ SỐ DTI NĂM 2025 (KẾT QUẢ CHÍNH THỨC)'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      at.map((k) => names[k]!),
      (i) => `${(0.9 - i / 100).toFixed(4)},${i + 1}`,
    );
    const p = await importFileInto(store, f);
    expect(p.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('warning');
    expect(p.canCommit).toBe(true);
  });
});

describe('a pillar named in the title or the sheet (round 51: written over the DTI)', () => {
  const table = (title: string, header: string[], sheet = 'Sheet1') =>
    writeWorkbook('tru-cot.xlsx', [
      {
        name: sheet,
        rows: [[title], header, ...units34().map((u, i) => [i + 1, u, 0.6 - i / 100, i + 1])],
      },
    ]);

  it('"XẾP HẠNG TRỤ CỘT KINH TẾ SỐ TRONG CHỈ SỐ DTI NĂM 2025" over "Điểm | Xếp hạng" is the pillar\'s', async () => {
    const before = await storeDti2025(store);
    const f = table('XẾP HẠNG TRỤ CỘT KINH TẾ SỐ TRONG CHỈ SỐ DTI NĂM 2025', [
      'STT',
      'Tỉnh, thành phố',
      'Điểm',
      'Xếp hạng',
    ]);
    const { session, preview, mapping } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(mapping.columns.map((c) => c.mapping.field)).toEqual(['stt', 'unit', 'kts.score', 'kts.rank']);
    session.commit();
    session.dispose();
    const after = storedRanking(store, 2025, 34);
    for (const [k, v] of before) expect(after.get(k)).toEqual(v);
  });

  it.each([
    [
      'DTI 2025 (KINH TẾ SỐ)',
      'Sheet1',
      'the title "DTI 2025 (KINH TẾ SỐ)" names the pillar "Digital economy"',
    ],
    ['CHỈ SỐ DTI NĂM 2025', 'Kinh tế số', 'the sheet "Kinh tế số" is named for the pillar "Digital economy"'],
  ])(
    '"%s" on a sheet "%s" over "Điểm DTI | Xếp hạng DTI": read as headed, said',
    async (title, sheet, said) => {
      const f = table(title, ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'], sheet);
      const { preview } = await importLikeCli(store, f, 2025);
      const p = preview.problems.find((x) => x.code === 'namedOtherThanDti')!;
      expect(p).toMatchObject({ severity: 'warning', cell: 'C2' });
      expect(p.messageEn).toContain(said);
      expect(p.messageVi).toContain('nhưng các cột lại ghi là của DTI (Điểm DTI)');
    },
  );

  it('a whole ranking on a sheet "Kinh tế số" with the pillar\'s columns says nothing of it', async () => {
    const f = table34(
      'CHỈ SỐ DTI NĂM 2025',
      ['Điểm DTI', 'Xếp hạng DTI', 'Điểm KTS', 'Xếp hạng KTS'],
      (i) => [0.8 - i / 100, i + 1, 0.6 - i / 100, i + 1],
      'Kinh tế số',
    );
    const { preview } = await importLikeCli(store, f, 2025);
    expect(preview.problems.filter((x) => x.code === 'namedOtherThanDti')).toEqual([]);
  });
});

describe('month and quarter sheets (round 51)', () => {
  const sheetOf = (name: string, title: string) => table34(title, ['Tỷ lệ (%)'], (i) => [60 + i], name);

  it('a sheet "Q3" under a title naming no period is the third quarter (was stored as the year)', async () => {
    const { session, preview } = await importLikeCli(
      store,
      sheetOf('Q3', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)'),
      2026,
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.target.period).toBe('2026-07..2026-09');
    session.dispose();
  });

  it.each([
    ['T9', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 8/2026 (%)', '2026-08', 'Tháng 9 (Sep 2026)', 'Aug 2026'],
    [
      'T8',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH 6 THÁNG ĐẦU NĂM 2026 (%)',
      '2026-01..2026-06',
      'Tháng 8 (Aug 2026)',
      'H1 2026',
    ],
  ])(
    'a sheet "%s" under "%s": the title\'s period, the other said',
    async (sheet, title, period, named, said_) => {
      const { session, preview } = await importLikeCli(store, sheetOf(sheet, title), 2026);
      expect(errorCodes(preview)).toEqual([]);
      expect(preview.target.period).toBe(period);
      const said = preview.problems.find((p) => p.code === 'sheetYearContradicts')!;
      expect(said.severity).toBe('warning');
      expect(said.messageEn).toContain(
        `the sheet is named for ${named}, but its values are stored for ${said_}`,
      );
      session.dispose();
    },
  );

  it('a sheet "T8" under "LŨY KẾ TỪ ĐẦU NĂM 2026" is the year to August, nothing said', async () => {
    const { session, preview } = await importLikeCli(
      store,
      sheetOf('T8', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH LŨY KẾ TỪ ĐẦU NĂM 2026 (%)'),
      2026,
    );
    expect(preview.problems.filter((p) => p.code === 'sheetYearContradicts')).toEqual([]);
    expect(preview.target.period).toBe('2026-01..2026-08');
    session.dispose();
  });
});

describe('KPI names from titles (round 51: two KPIs merged, one split)', () => {
  const kpiOf = async (title: string, sheet = 'Sheet1', figures = ['Điểm', 'Xếp hạng']) => {
    const f = writeWorkbook('kpi.xlsx', [
      {
        name: sheet,
        rows: [
          [title],
          ['STT', 'Tỉnh, thành phố', ...figures],
          ...units34().map((u, i) => [i + 1, u, 70 - i, i + 1].slice(0, 2 + figures.length)),
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    session.dispose();
    // (the KPI the values go to: the table's, or its value column's)
    return preview.target.indicator ?? preview.rows[0]!.cells[0]!.indicator;
  };

  it('"25 / 53 DỊCH VỤ CÔNG THIẾT YẾU: …" keep their count: two KPIs', async () => {
    const a = await kpiOf('25 DỊCH VỤ CÔNG THIẾT YẾU: TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)', 'Sheet1', [
      'Tỷ lệ (%)',
    ]);
    const b = await kpiOf('53 DỊCH VỤ CÔNG THIẾT YẾU: TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)', 'Sheet1', [
      'Tỷ lệ (%)',
    ]);
    expect(a).toBe('25 dịch vụ công thiết yếu: tỷ lệ hồ sơ trực tuyến (%)');
    expect(b).toBe('53 dịch vụ công thiết yếu: tỷ lệ hồ sơ trực tuyến (%)');
    // (a heading's number before a KPI's lead is still no part of it)
    expect(await kpiOf('5 TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)', 'Sheet1', ['Tỷ lệ (%)'])).toBe(
      'Tỷ lệ hồ sơ trực tuyến (%)',
    );
  });

  it('"III- TỶ LỆ …" is the KPI without its heading number', async () => {
    expect(
      await kpiOf('III- TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN TOÀN TRÌNH NĂM 2025 (%)', 'Sheet1', ['Tỷ lệ (%)']),
    ).toBe('Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình (%)');
    expect(
      await kpiOf('IV – TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN TOÀN TRÌNH NĂM 2025 (%)', 'Sheet1', ['Tỷ lệ (%)']),
    ).toBe('Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình (%)');
  });

  it('sheets "DBI 2025" and "PCI 2025" under "KẾT QUẢ ĐÁNH GIÁ NĂM 2025" are those indices (both were "Đánh giá")', async () => {
    expect(await kpiOf('KẾT QUẢ ĐÁNH GIÁ NĂM 2025', 'DBI 2025')).toBe('DBI');
    expect(await kpiOf('KẾT QUẢ ĐÁNH GIÁ NĂM 2025', 'PCI 2025')).toBe('PCI');
  });

  it('an average over years keeps them: two spans, two KPIs', async () => {
    expect(await kpiOf('ĐIỂM DTI BÌNH QUÂN GIAI ĐOẠN 2023-2025')).toBe(
      'Điểm DTI bình quân giai đoạn 2023-2025',
    );
    expect(await kpiOf('ĐIỂM DTI BÌNH QUÂN GIAI ĐOẠN 2021-2025')).toBe(
      'Điểm DTI bình quân giai đoạn 2021-2025',
    );
    expect(await kpiOf('ĐIỂM DTI BÌNH QUÂN 3 NĂM 2023, 2024, 2025')).toBe(
      'Điểm DTI bình quân 3 năm 2023, 2024, 2025',
    );
  });
});

describe('a KPI\'s title over bare "Điểm | Xếp hạng" (found in round 51: written over the DTI)', () => {
  it.each(['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025', '25 DỊCH VỤ CÔNG THIẾT YẾU: TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025'])(
    '"%s": the KPI\'s ranks, its points set aside and said; the DTI untouched',
    async (title) => {
      const before = await storeDti2025(store);
      const f = table34(title, ['Điểm', 'Xếp hạng'], (i) => [0.7 - i / 100, i + 1]);
      const { session, preview } = await importLikeCli(store, f, 2025);
      expect(errorCodes(preview)).toEqual([]);
      expect(preview.target.kind).toBe('kpi');
      expect(preview.problems.find((p) => p.code === 'unknownColumn')!.cell).toBe('C2');
      session.commit();
      session.dispose();
      expect(storedRanking(store, 2025, 34)).toEqual(before);
    },
  );
});

describe('a column of regions beside ranks (round 51: refused with 16 errors)', () => {
  // (the 34 units in six regions of five or six, in the list's order)
  const regionOf = (i: number) => `Vùng ${Math.floor(i / 6) + 1}`;
  const table = (rank: (i: number) => number) =>
    writeWorkbook('vung.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['XẾP HẠNG DTI NĂM 2025 CÁC ĐỊA PHƯƠNG THEO VÙNG'],
          ['STT', 'Vùng', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, regionOf(i), u, Number((0.8 - i / 100).toFixed(4)), rank(i)]),
        ],
      },
    ]);

  it('ranks starting again in each region are set aside, said; the scores imported', async () => {
    const before = await storeDti2025(store);
    const { session, preview } = await importLikeCli(
      store,
      table((i) => (i % 6) + 1),
      2025,
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.find((p) => p.cell === 'E2')!.messageEn).toContain(
      'a rank within a region or a group',
    );
    session.commit();
    session.dispose();
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('national ranks beside the region column are imported', async () => {
    const { session, preview } = await importLikeCli(
      store,
      table((i) => i + 1),
      2025,
    );
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect([...storedRanking(store, 2025, 34).values()].map((v) => v.rank).sort((a, b) => a! - b!)).toEqual(
      units34().map((_, i) => i + 1),
    );
  });
});

describe("a quarter's report: rows led by period words (round 51)", () => {
  it('"Cùng kỳ <KPI>" is skipped and said; "Lũy kế <KPI>" is of the year to the quarter\'s end', async () => {
    const f = writeWorkbook('quy3.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2026 TỈNH GIA LAI'],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 45.2],
          [2, 'Cùng kỳ tỷ lệ hồ sơ trực tuyến', '%', 39.5],
          [3, 'Lũy kế số tài khoản thanh toán di động', 'tài khoản', 150000],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2026);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.find((p) => p.code === 'summaryRow')!.cell).toBe('B4');
    session.commit();
    session.dispose();
    expect(stored()).toEqual([
      'Gia Lai | Số tài khoản thanh toán di động | 2026-01..2026-09 | 150000 | null',
      'Gia Lai | Tỷ lệ hồ sơ trực tuyến toàn trình | 2026-07..2026-09 | 45.2 | null',
    ]);
  });
});

describe("a province's month report: the whole province beside its levels (round 51: half the KPIs lost)", () => {
  const report = (whole: string) =>
    writeWorkbook('bc-t9.xlsx', [
      {
        name: 'BC thang 9',
        rows: [
          ['UBND TỈNH LÀO CAI', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['Số: 215/BC-SKHCN', null, null, 'Lào Cai, ngày 05 tháng 10 năm 2025'],
          [],
          ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 9/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', whole, 'Cấp tỉnh', 'Cấp xã', 'Ghi chú'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', null, 72.4, 65.08, null],
          ['2', 'Số giao dịch thanh toán trực tuyến phí, lệ phí', 'giao dịch', 20555, 12345, 8210, null],
          [
            '3',
            'Xếp hạng thanh toán trực tuyến toàn quốc',
            'hạng',
            '12/34',
            null,
            null,
            'Theo Cổng DVC quốc gia',
          ],
          ['4', 'Tỷ lệ diện tích được phủ sóng 4G', '%', 98.7, null, null, null],
        ],
      },
    ]);

  it.each(['Toàn tỉnh', 'Tổng số', 'Kết quả', 'Toàn tỉnh (tỉnh + xã)'])(
    '"%s | Cấp tỉnh | Cấp xã": the KPI itself, then at each level; "12/34" the 12th of 34',
    async (whole) => {
      const { session, preview } = await importLikeCli(store, report(whole));
      expect(errorCodes(preview)).toEqual([]);
      expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
      session.commit();
      session.dispose();
      expect(stored()).toEqual([
        'Lào Cai | Số giao dịch thanh toán trực tuyến phí, lệ phí | 2025-09 | 20555 | null',
        'Lào Cai | Số giao dịch thanh toán trực tuyến phí, lệ phí – cấp tỉnh | 2025-09 | 12345 | null',
        'Lào Cai | Số giao dịch thanh toán trực tuyến phí, lệ phí – cấp xã | 2025-09 | 8210 | null',
        'Lào Cai | Tỷ lệ diện tích được phủ sóng 4G | 2025-09 | 98.7 | null',
        'Lào Cai | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh | 2025-09 | 72.4 | null',
        'Lào Cai | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã | 2025-09 | 65.08 | null',
        'Lào Cai | Xếp hạng thanh toán trực tuyến toàn quốc | 2025-09 | null | 12',
      ]);
      expect(
        store.db.prepare(`SELECT rank_of FROM observation WHERE layer = 'user' AND rank IS NOT NULL`).all(),
      ).toEqual([{ rank_of: 34 }]);
    },
  );
});

describe('the other sheets of a workbook already imported (round 51)', () => {
  it('are not named again as "not read"', async () => {
    const sheet = (name: string, header: string[], row: (i: number) => (string | number)[]) => ({
      name,
      rows: [['KẾT QUẢ CHỈ SỐ DTI NĂM 2025'], header, ...units34().map((u, i) => [i + 1, u, ...row(i)])],
    });
    const f = writeWorkbook('hai-trang.xlsx', [
      sheet('Xếp hạng', ['STT', 'Tỉnh, thành phố', 'Xếp hạng DTI', 'Xếp hạng CQS'], (i) => [i + 1, i + 1]),
      sheet('Chi tiết', ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Điểm CQS'], (i) => [
        0.8 - i / 100,
        0.7 - i / 100,
      ]),
    ]);
    const first = await importLikeCli(store, f, 2025, 'Xếp hạng');
    expect(first.preview.problems.map((p) => p.code)).toContain('otherSheetsWithTables');
    first.session.commit();
    first.session.dispose();
    const second = await importLikeCli(store, f, 2025, 'Chi tiết');
    expect(second.preview.problems.map((p) => p.code)).not.toContain('otherSheetsWithTables');
    second.session.dispose();
  });
});

describe('one KPI under its several names (round 51)', () => {
  const table = (title: string, sheet = 'Sheet1', header = ['Điểm', 'Xếp hạng']) =>
    table34(title, header, (i) => [0.79 - i / 100, i + 1].slice(0, header.length), sheet);
  const kpis = () =>
    (
      store.db
        .prepare(`SELECT name_vi FROM indicator WHERE kind = 'kpi' AND methodology_id IS NULL`)
        .all() as {
        name_vi: string;
      }[]
    ).map((r) => r.name_vi);

  it('the PAR index as "(PAR INDEX)", "CCHC" and "… (tham khảo)": one KPI, the later copies unchanged', async () => {
    const counts = [];
    for (const title of [
      'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2025',
      'KẾT QUẢ CHỈ SỐ CCHC NĂM 2025 CỦA CÁC TỈNH, THÀNH PHỐ',
      'XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 (tham khảo)',
    ]) {
      const { session, preview } = await importLikeCli(store, table(title), 2025);
      expect(errorCodes(preview)).toEqual([]);
      counts.push(preview.counts);
      session.commit();
      session.dispose();
    }
    expect(kpis()).toEqual(['Chỉ số cải cách hành chính (PAR index)']);
    expect(counts.map((c) => [c.new, c.unchanged])).toEqual([
      [68, 0],
      [0, 68],
      [0, 68],
    ]);
  });

  it("a running total's words are its period, no part of its name", async () => {
    const names = [];
    for (const [title, sheet] of [
      ['LŨY KẾ TỪ ĐẦU NĂM: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)', 'T8'],
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH LŨY KẾ TỪ ĐẦU NĂM ĐẾN THÁNG 9 (%)', 'Sheet1'],
    ] as const) {
      const { session, preview } = await importLikeCli(store, table(title, sheet, ['Tỷ lệ (%)']), 2025);
      names.push([preview.target.indicator, preview.target.period]);
      session.dispose();
    }
    expect(names).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình (%)', '2025-01..2025-08'],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình (%)', '2025-01..2025-09'],
    ]);
  });
});

describe('read as the DTI, but named otherwise: said (round 51)', () => {
  it.each([
    [
      'CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2025',
      'Chỉ số CCHC',
      'the sheet "Chỉ số CCHC" is named for another index than the DTI',
    ],
    ['KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ DTI NĂM 2025', 'Sheet1', 'says a self-assessment'],
  ])('"%s" on a sheet "%s"', async (title, sheet, said) => {
    const f = table34(title, ['Điểm', 'Xếp hạng'], (i) => [0.8 - i / 100, i + 1], sheet);
    const { session, preview } = await importLikeCli(store, f, 2025);
    const p = preview.problems.find((x) => x.code === 'namedOtherThanDti')!;
    expect(p).toMatchObject({ severity: 'warning', cell: 'C2' });
    expect(p.messageEn).toContain(said);
    session.dispose();
  });
});

describe('round 52: the new readings attacked', () => {
  const ranking = (title: string, sheet = 'Sheet1', header = ['Điểm', 'Xếp hạng']) =>
    table34(title, header, (i) => [Number((0.6 - i / 100).toFixed(4)), i + 1], sheet);

  it.each([
    'CHỈ SỐ CHUYỂN ĐỔI SỐ KHU VỰC DOANH NGHIỆP NĂM 2025',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA CỘNG ĐỒNG DOANH NGHIỆP NĂM 2025',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ KHỐI DOANH NGHIỆP NĂM 2025',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ TẠI DOANH NGHIỆP NĂM 2025',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ DN CẤP TỈNH NĂM 2025',
    'CHỈ SỐ CĐS DOANH NGHIỆP CẤP TỈNH NĂM 2025',
  ])('"%s" is the enterprises\' index, never the DTI', async (title) => {
    const before = await storeDti2025(store);
    const { session, preview } = await importLikeCli(store, ranking(title), 2025);
    expect(preview.target.kind).toBe('kpi');
    session.commit();
    session.dispose();
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it.each([
    ['TRỤ CỘT KTS - CHỈ SỐ DTI NĂM 2025', 'kts'],
    ['TRỤ CỘT CQS - DTI 2025', 'cqs'],
    ['ĐIỂM THÀNH PHẦN CQS CHỈ SỐ DTI NĂM 2025', 'cqs'],
    ['XẾP HẠNG CQS TRONG CHỈ SỐ DTI NĂM 2025', 'cqs'],
    ['KINH TẾ SỐ - CHỈ SỐ DTI NĂM 2025', 'kts'],
    ['XÃ HỘI SỐ: XẾP HẠNG DTI NĂM 2025', 'xhs'],
  ])('"%s" over bare "Điểm | Xếp hạng" is the pillar\'s (%s)', async (title, pillar) => {
    const { mapping, session } = await importLikeCli(store, ranking(title), 2025);
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual([
      `${pillar}.score`,
      `${pillar}.rank`,
    ]);
    session.dispose();
  });

  it('a sheet "Kinh tế số" under "CHỈ SỐ DTI NĂM 2025" over bare columns is the pillar\'s', async () => {
    const { mapping, session } = await importLikeCli(
      store,
      ranking('CHỈ SỐ DTI NĂM 2025', 'Kinh tế số'),
      2025,
    );
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['kts.score', 'kts.rank']);
    session.dispose();
  });

  it('brackets that tell KPIs apart ("(CQ)", "(DN)") keep them two KPIs', async () => {
    for (const who of ['CQ', 'DN']) {
      const f = unitsCsv(
        `cks-${who}.csv`,
        [`TỶ LỆ SỬ DỤNG CHỮ KÝ SỐ NĂM 2025 (${who})`],
        'STT,"Tỉnh, thành phố",Tỷ lệ (%)',
        units34(),
        (i) => String(who === 'CQ' ? 90 - i : 40 - i),
      );
      const p = await importFileInto(store, f, { year: 2025, group: 34 });
      expect(p.counts).toMatchObject({ new: 34, changed: 0 });
    }
  });

  it('a group ranked 1…5 at its stored scores near the top (national 1, 2, 4, 6, 8) is refused', async () => {
    const before = await storeDti2025(store);
    const at = [0, 1, 3, 5, 7];
    const f = unitsCsv(
      'nhom.csv',
      ['XẾP HẠNG CHỈ SỐ DTI NĂM 2025'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      at.map((k) => units34()[k]!),
      (i) => `${(0.8 - at[i]! / 100).toFixed(4)},${i + 1}`,
    );
    const p = await importFileInto(store, f);
    expect(p.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('error');
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('a report\'s rows: "Thực hiện năm 2025" is the KPI\'s figure; a rank\'s movement is a value; a rate\'s "Tổng số" count is set aside', async () => {
    const f = writeWorkbook('bc.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025 TỈNH LẠNG SƠN'],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', null, null, null],
          [null, 'Kế hoạch năm 2025', '%', 60, null, null],
          [null, 'Thực hiện năm 2025', '%', 55.5, null, null],
          [2, 'Thứ hạng tăng/giảm so với năm 2024', 'bậc', -3, null, null],
          [3, 'Tỷ lệ TTHC cung cấp DVCTT toàn trình', '%', 1850, 78.5, 65],
          [4, 'Tỷ lệ hộ gia đình có cáp quang', '%', 70, 80, 60],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn').map((p) => p.cell)).toEqual(['D7']);
    session.commit();
    session.dispose();
    expect(
      stored()
        .map((r) => r.split(' | ').slice(1).join(' | '))
        .sort(),
    ).toEqual([
      'Thứ hạng tăng/giảm so với năm 2024 | 2025 | -3 | null',
      'Tỷ lệ TTHC cung cấp DVCTT toàn trình – cấp tỉnh | 2025 | 78.5 | null',
      'Tỷ lệ TTHC cung cấp DVCTT toàn trình – cấp xã | 2025 | 65 | null',
      'Tỷ lệ hồ sơ trực tuyến toàn trình | 2025 | 55.5 | null',
      'Tỷ lệ hộ gia đình có cáp quang | 2025 | 70 | null',
      'Tỷ lệ hộ gia đình có cáp quang – cấp tỉnh | 2025 | 80 | null',
      'Tỷ lệ hộ gia đình có cáp quang – cấp xã | 2025 | 60 | null',
    ]);
  });

  it('"10 SỐ LIỆU NỔI BẬT: …" keeps its count', async () => {
    const f = table34('10 SỐ LIỆU NỔI BẬT: TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)', ['Tỷ lệ (%)'], (i) => [
      60 - i,
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    expect(preview.target.indicator).toMatch(/^10 số liệu nổi bật: /);
    session.dispose();
  });
});

describe('round 52, smaller', () => {
  it('"KẾT QUẢ CHỈ SỐ DTI NĂM 2025 VÀ TRỤ CỘT KINH TẾ SỐ" over named DTI columns and a bare pair: the pair is the pillar\'s', async () => {
    const f = table34(
      'KẾT QUẢ CHỈ SỐ DTI NĂM 2025 VÀ TRỤ CỘT KINH TẾ SỐ',
      ['Điểm DTI', 'Xếp hạng DTI', 'Điểm', 'Xếp hạng'],
      (i) => [0.8 - i / 100, i + 1, 0.5 - i / 100, i + 1],
    );
    const { mapping, preview, session } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual([
      'dti.score',
      'dti.rank',
      'kts.score',
      'kts.rank',
    ]);
    session.dispose();
  });

  it('a short word alone in brackets keeps its capitals in a KPI\'s name ("(ATTT)")', async () => {
    const f = unitsCsv(
      'attt.csv',
      ['SỐ CÁN BỘ CHUYÊN TRÁCH (ATTT) NĂM 2025'],
      'STT,"Tỉnh, thành phố",Số lượng',
      units34(),
      (i) => String(10 + i),
    );
    const p = await importFileInto(store, f, { year: 2025, group: 34 });
    expect(p.target.indicator).toBe('Số cán bộ chuyên trách (ATTT)');
  });
});

describe('round 52 regression sweep', () => {
  const table = table34;

  it.each([
    'CHỈ SỐ DTI NĂM 2025 - TĂNG TRƯỞNG MẠNH Ở KHỐI KINH TẾ SỐ',
    'XẾP HẠNG CHỈ SỐ DTI NĂM 2025 (NỔI BẬT: CHÍNH QUYỀN SỐ)',
  ])('"%s": a remark naming a pillar leaves the DTI the DTI\'s', async (title) => {
    const { mapping, session } = await importLikeCli(
      store,
      table(title, ['Điểm', 'Xếp hạng'], (i) => [Number((0.8 - i / 100).toFixed(4)), i + 1]),
      2025,
    );
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['dti.score', 'dti.rank']);
    session.dispose();
  });

  it('"Điểm chỉ số (PCI)" then "(PAPI)", "(FTTH)" then "(ADSL)": two KPIs each', async () => {
    for (const [a, b] of [
      ['Điểm chỉ số (PCI)', 'Điểm chỉ số (PAPI)'],
      ['Số thuê bao băng rộng cố định (FTTH)', 'Số thuê bao băng rộng cố định (ADSL)'],
    ]) {
      for (const h of [a, b]) {
        const p = await importFileInto(
          store,
          table('KẾT QUẢ NĂM 2025', [h!], (i) => [100 + i]),
          { year: 2025, group: 34 },
        );
        expect(p.counts, h).toMatchObject({ new: 34, changed: 0 });
      }
    }
  });

  it('"KẾT QUẢ XẾP HẠNG CÁC XÃ NÔNG THÔN MỚI" over "Tỷ lệ (%)": the rates, no ranks', async () => {
    const { session, preview } = await importLikeCli(
      store,
      table('KẾT QUẢ XẾP HẠNG CÁC XÃ NÔNG THÔN MỚI NĂM 2025', ['Tỷ lệ (%)'], (i) => [60 + i * 1.25]),
      2025,
    );
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(stored()[0]).toMatch(/ \| 2025 \| 60 \| null$/);
  });
});

describe('undo when two later imports each repeat a part of an import (round 53: scores left that no import held)', () => {
  it('asks to undo the later carrier first; then each undo leaves what the imports in effect hold', async () => {
    const names = units34();
    const both = (name: string) =>
      unitsCsv(
        name,
        ['XẾP HẠNG CHỈ SỐ DTI NĂM 2025'],
        'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI',
        names,
        (i) => [(0.8 - i / 100).toFixed(4), i + 1].join(','),
      );
    const batchOf = async (file: string) => {
      const p = await importFileInto(store, file, { year: 2025, group: 34 });
      expect(errorCodes(p)).toEqual([]);
      return (store.db.prepare(`SELECT MAX(id) AS id FROM import_batch`).get() as { id: number }).id;
    };
    const a = await batchOf(both('chi-tiet.csv'));
    const b = await batchOf(
      unitsCsv(
        'xep-hang.csv',
        ['XẾP HẠNG CHỈ SỐ DTI NĂM 2025'],
        'STT,"Tỉnh, thành phố",Xếp hạng DTI',
        names,
        (i) => String(i + 1),
      ),
    );
    const c = await batchOf(both('trang-web.csv'));
    expect(() => undoImport(store.db, a)).toThrow(`Undo import ${c} first: it and import ${b} each repeat`);
    undoImport(store.db, c);
    undoImport(store.db, a);
    const left = [...storedRanking(store, 2025, 34).values()];
    expect(left).toHaveLength(34);
    expect(left.every((v) => v.value === null && v.rank !== null)).toBe(true);
  });
});

describe('round 53: wider rules kept to what they mean', () => {
  const ranking = (title: string, sheet = 'Sheet1') =>
    table34(title, ['Điểm', 'Xếp hạng'], (i) => [Number((0.8 - i / 100).toFixed(4)), i + 1], sheet);

  it.each([
    'CHÍNH QUYỀN SỐ - KINH TẾ SỐ - XÃ HỘI SỐ: XẾP HẠNG DTI NĂM 2025',
    'VAI TRÒ CỦA KINH TẾ SỐ TRONG CHỈ SỐ DTI: KẾT QUẢ TỔNG HỢP NĂM 2025',
    'KINH TẾ SỐ: TỈNH DẪN ĐẦU CHỈ SỐ DTI NĂM 2025',
    'XẾP HẠNG CHỈ SỐ DTI NĂM 2025 THEO 3 TRỤ CỘT CHÍNH QUYỀN SỐ, KINH TẾ SỐ, XÃ HỘI SỐ',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH VÀ DOANH NGHIỆP NĂM 2025',
    'XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) VÀ DOANH NGHIỆP SỐ NĂM 2025',
    'KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ TỈNH ĐN NĂM 2025 SO VỚI CẢ NƯỚC',
  ])('"%s" over bare columns is the DTI', async (title) => {
    const { mapping, session } = await importLikeCli(store, ranking(title), 2025);
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['dti.score', 'dti.rank']);
    session.dispose();
  });

  it("a group's ranks alone (the six cities ranked 1…6) are refused; a final top ten moving two units up is said", async () => {
    const before = await storeDti2025(store);
    const at = [0, 12, 19, 20, 27, 32];
    const ranksOnly = (name: string, title: string, units: number[]) =>
      unitsCsv(
        name,
        [title],
        'STT,Tỉnh,Xếp hạng DTI',
        units.map((k) => units34()[k]!),
        (i) => String(i + 1),
      );
    const group = await importFileInto(store, ranksOnly('tp.csv', 'XẾP HẠNG DTI NĂM 2025', at));
    expect(group.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('error');
    expect(storedRanking(store, 2025, 34)).toEqual(before);
    const top = await importFileInto(
      store,
      ranksOnly(
        'top10.csv',
        'XẾP HẠNG DTI NĂM 2025 - 10 ĐỊA PHƯƠNG DẪN ĐẦU',
        [0, 1, 11, 13, 2, 3, 4, 5, 6, 7],
      ),
    );
    expect(top.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('warning');
    expect(top.canCommit).toBe(true);
  });

  it('a report: a rate\'s whole is kept with one level, rounding or a fall; a count under "Toàn tỉnh" is not; "Lũy kế đến nay" is no year to date; "Xếp hạng … so với cả nước" is a rank', async () => {
    const f = writeWorkbook('bc.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 9/2025 TỈNH LẠNG SƠN'],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 65, 70.1, null],
          [2, 'Tỷ lệ văn bản ký số', '%', 70.12, 70.1, 70.1],
          [3, 'Tỷ lệ tăng số hồ sơ so với năm 2024', '%', -5.2, -3, -7.5],
          [4, 'Tỷ lệ TTHC cung cấp DVCTT toàn trình', '%', 1850, 78.5, 65],
          [5, 'Lũy kế đến nay số tài khoản thanh toán', 'tài khoản', 900000, null, null],
          [6, 'Xếp hạng DTI so với cả nước', 'hạng', 5, null, null],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn').map((p) => p.cell)).toEqual(['D6']);
    session.commit();
    session.dispose();
    const lines = stored().map((r) => r.split(' | ').slice(1).join(' | '));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Tỷ lệ hồ sơ trực tuyến toàn trình | 2025-09 | 65 | null',
        'Tỷ lệ văn bản ký số | 2025-09 | 70.12 | null',
        'Tỷ lệ tăng số hồ sơ so với năm 2024 | 2025-09 | -5.2 | null',
        'Lũy kế đến nay số tài khoản thanh toán | 2025-09 | 900000 | null',
        'Xếp hạng DTI so với cả nước | 2025-09 | null | 5',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('Tỷ lệ TTHC cung cấp DVCTT toàn trình |'))).toEqual([]);
  });

  it.each(['Bảng T1', 'Biểu T2', 'PL-T3', 'Biểu 1-T6', 'Phụ lục Q2'])(
    'a sheet "%s" under a year\'s title is the year\'s (a part of the document, not a month)',
    async (sheet) => {
      const f = table34(
        'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2026 (%)',
        ['Tỷ lệ (%)'],
        (i) => [60 + i],
        sheet,
      );
      const { session, preview } = await importLikeCli(store, f, 2026);
      expect(preview.target.period).toBe('2026');
      session.dispose();
    },
  );

  it('"(CB)" and "(CC)", "(TT)" and none: KPIs apart', async () => {
    for (const [title, n] of [
      ['TỶ LỆ CÁN BỘ, CÔNG CHỨC ĐƯỢC BỒI DƯỠNG KỸ NĂNG SỐ NĂM 2025 (CB)', 34],
      ['TỶ LỆ CÁN BỘ, CÔNG CHỨC ĐƯỢC BỒI DƯỠNG KỸ NĂNG SỐ NĂM 2025 (CC)', 34],
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (TT)', 34],
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025', 34],
    ] as const) {
      const f = unitsCsv('k.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Tỷ lệ (%)', units34(), (i) =>
        String(50 + i),
      );
      const p = await importFileInto(store, f, { year: 2025, group: 34 });
      expect(p.counts.new, title).toBe(n);
    }
  });
});

describe("round 53 analyst: a city's report and a portal's export of the 34", () => {
  it('"Toàn thành phố | Cấp thành phố | Cấp xã" with "Lũy kế từ đầu năm" under each KPI', async () => {
    const f = writeWorkbook('dn-q3.xlsx', [
      {
        name: 'Quý III',
        rows: [
          ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026 THÀNH PHỐ ĐÀ NẴNG'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn thành phố', 'Cấp thành phố', 'Cấp xã'],
          [1, 'Tỷ lệ thanh toán trực tuyến', '%', 67.8, 68, 67.5],
          [null, 'Lũy kế từ đầu năm', '%', 62, null, null],
          [2, 'Số tổ công nghệ số cộng đồng', 'Tổ', 1650, null, null],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2026);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).not.toContain('summaryRow');
    session.commit();
    session.dispose();
    expect(
      stored()
        .map((r) => r.split(' | ').slice(1).join(' | '))
        .sort(),
    ).toEqual([
      'Số tổ công nghệ số cộng đồng | 2026-07..2026-09 | 1650 | null',
      'Tỷ lệ thanh toán trực tuyến | 2026-01..2026-09 | 62 | null',
      'Tỷ lệ thanh toán trực tuyến | 2026-07..2026-09 | 67.8 | null',
      'Tỷ lệ thanh toán trực tuyến – cấp tỉnh | 2026-07..2026-09 | 68 | null',
      'Tỷ lệ thanh toán trực tuyến – cấp xã | 2026-07..2026-09 | 67.5 | null',
    ]);
  });

  const portal = (months: number[]) =>
    writeTemp(
      'cong-dvc.csv',
      '\ufeffTỉnh/Thành phố;Tháng;Chỉ tiêu;Giá trị\n' +
        units34()
          .flatMap((u, i) =>
            months.map(
              (m) => `${u};${String(m).padStart(2, '0')}/2025;Tỷ lệ thanh toán trực tuyến;${50 + i},5`,
            ),
          )
          .join('\n') +
        '\n',
    );

  it("a portal's months of the 34, sorted by unit, are the 34's: refused for the 63, restated for the 34 across 1 July", async () => {
    const first = await stageFile(store, { kind: 'file', path: portal([1, 2, 3, 4, 5, 6]) }, { group: 63 });
    expect(first.preview.problems.find((p) => p.code === 'groupContradicts')?.severity).toBe('error');
    first.session.dispose();
    const across = await stageFile(store, { kind: 'file', path: portal([5, 6, 7, 8]) }, { group: 34 });
    expect(errorCodes(across.preview)).toEqual([]);
    expect(across.preview.problems.map((p) => p.code)).toContain('listFollowsPeriod');
    across.session.dispose();
  });
});

describe('round 54 regression sweep', () => {
  it('"Kết quả" of 1 and 0 beside "Cấp tỉnh | Cấp xã" is set aside, the levels read', async () => {
    const f = writeWorkbook('kq.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025 TỈNH LẠNG SƠN'],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Cấp tỉnh', 'Cấp xã', 'Kết quả'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 70.1, 55.3, 1],
          [2, 'Tỷ lệ văn bản ký số', '%', 99.1, 97.2, 1],
          [3, 'Tỷ lệ thanh toán trực tuyến', '%', 50, 30, 0],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.find((p) => p.code === 'unknownColumn')!.cell).toBe('F2');
    session.commit();
    session.dispose();
    expect(stored()).toHaveLength(6);
    expect(stored().every((r) => / – cấp (tỉnh|xã) \|/.test(r))).toBe(true);
  });

  it('"(DVCTT)", "(HGĐ)", "(DVC TT)" say the words of the name again: one KPI with and without them', async () => {
    for (const [name, bracket] of [
      ['TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH NĂM 2025', 'DVCTT'],
      ['TỶ LỆ HỘ GIA ĐÌNH CÓ INTERNET CÁP QUANG NĂM 2025', 'HGĐ'],
      ['TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH NĂM 2025', 'DVC TT'],
    ]) {
      const counts = [];
      for (const title of [`${name} (${bracket})`, name]) {
        const f = unitsCsv('k.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Tỷ lệ (%)', units34(), (i) =>
          String(50 + i),
        );
        counts.push((await importFileInto(store, f, { year: 2025, group: 34 })).counts);
      }
      expect(counts[1], bracket).toMatchObject({ new: 0 });
    }
  });

  it('a sheet "CĐS ĐN" (a province) under a DTI title is read as the DTI, nothing said of another index', async () => {
    const f = table34(
      'KẾT QUẢ CHỈ SỐ DTI NĂM 2025',
      ['Điểm DTI', 'Xếp hạng DTI'],
      (i) => [Number((0.8 - i / 100).toFixed(4)), i + 1],
      'CĐS ĐN',
    );
    const { mapping, preview, session } = await importLikeCli(store, f, 2025);
    expect(mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['dti.score', 'dti.rank']);
    expect(preview.problems.filter((p) => p.code === 'namedOtherThanDti')).toEqual([]);
    session.dispose();
  });
});

describe("round 55: a province's report, row by row", () => {
  it("dated running totals under a KPI are it to date; movements are values; another year's rank and targets are skipped and said", async () => {
    const f = writeWorkbook('bc-t9.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 9/2025 TỈNH LAI CHÂU'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Giá trị'],
          [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 1000],
          [null, 'Lũy kế từ đầu năm đến 30/9/2025', 'hồ sơ', 9000],
          [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 2000],
          [null, 'Trong đó: lũy kế từ tháng 1 đến tháng 9/2025', 'giao dịch', 15000],
          [3, 'Số cuộc họp trực tuyến', 'cuộc', 20],
          [null, 'Lũy kế 6 tháng', 'cuộc', 120],
          [4, 'Xếp hạng DTI tăng', 'Bậc', 4],
          [5, 'Thứ hạng chỉ số DTI năm 2024', 'Hạng', 20],
          [6, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', null],
          [null, 'Chỉ tiêu năm 2025', '%', 80],
          [null, 'Năm 2025 (tăng 10% so với năm 2024)', '%', 75],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2025);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual([
      'B8',
      'B10',
      'B12',
      'B13',
    ]);
    session.commit();
    session.dispose();
    expect(
      stored()
        .map((r) => r.split(' | ').slice(1).join(' | '))
        .sort(),
    ).toEqual([
      'Số cuộc họp trực tuyến | 2025-09 | 20 | null',
      'Số giao dịch thanh toán trực tuyến | 2025-01..2025-09 | 15000 | null',
      'Số giao dịch thanh toán trực tuyến | 2025-09 | 2000 | null',
      'Số hồ sơ trực tuyến | 2025-01..2025-09 | 9000 | null',
      'Số hồ sơ trực tuyến | 2025-09 | 1000 | null',
      'Xếp hạng DTI tăng | 2025-09 | 4 | null',
    ]);
  });
});
