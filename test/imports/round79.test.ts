// Session 25: what tester round 79 found, and the rounds' leftovers taken up. Each test imports the
// file as the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { parseCellNumber } from '../../src/main/imports/layout/cellNumber';
import { indicatorKey } from '../../src/shared/imports/indicatorNames';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import {
  detail2022Workbook,
  errorCodes,
  importCommitted,
  importLikeCli,
  proposedYear,
  storedLines,
  storedRanking,
  writeWorkbook,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round79-'), 'r.db'));
});

/** A made-up DTI score for a published 2022 rank (Đà Nẵng, 1st: 0.89), a little apart by `shift`. */
const scoreOf = (rank: number, shift = 0) => Number((0.9 - rank / 100 + shift).toFixed(4));
const yearOfTitle = (...titles: string[]) => proposedYear(store, detail2022Workbook('xh.xlsx', titles));

describe('a title that says which year its figures are of gives that year (round 78: the assessment year was taken)', () => {
  it.each([
    ['Đánh giá năm 2023 (số liệu 2022)', 2022],
    ['KẾT QUẢ ĐÁNH GIÁ DTI NĂM 2023 (SỐ LIỆU NĂM 2022)', 2022],
    ['Chỉ số DTI năm 2023 - dữ liệu năm 2022', 2022],
    ['Bảng xếp hạng DTI (Bộ TT&TT công bố ngày 26/6/2023, số liệu năm 2022)', 2022],
    ['DTI 2023 assessment (data for 2022)', 2022],
    ['DTI ranking published 2023 (2022 data)', 2022],
  ])('"%s" is %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('on a line of its own, under the title naming the assessment year', async () => {
    expect(await yearOfTitle('BẢNG XẾP HẠNG DTI NĂM 2023', '(Số liệu năm 2022)')).toBe(2022);
  });

  it.each([
    // a span of years is no year of the figures; the title's own year stays
    ['XẾP HẠNG DTI NĂM 2022 (so sánh số liệu 2020–2022)', 2022],
    ['XẾP HẠNG DTI NĂM 2022 (số liệu 2020, 2021 và 2022)', 2022],
    // a date is no year either (a KPI's "số liệu ngày 30/6/2025" is its period's business)
    ['XẾP HẠNG DTI NĂM 2022 (số liệu ngày 26/6/2023)', 2022],
  ])('"%s" stays %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('is stored as that year, the title no contradiction of it', async () => {
    const f = detail2022Workbook('xh.xlsx', ['Đánh giá năm 2023 (số liệu 2022)']);
    const p = await importCommitted(store, f);
    expect(errorCodes(p)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.8002, rank: 1 });
    expect(storedRanking(store, 2023, 63).size).toBe(0);
  });
});

describe('a running total naming its end month is never that month (round 79: stored January–September as September)', () => {
  const KPIS = ['Số giao dịch thanh toán trực tuyến', 'Số người học trên nền tảng MOOC'];
  /** A province's report: STT | Chỉ tiêu | Đơn vị tính | <months…> | <total>, its own figures. */
  const report = (
    headers: string[],
    values: (k: number) => number[],
    title = 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ',
  ) =>
    writeWorkbook('bao-cao.xlsx', [
      {
        name: 'Bieu 02',
        rows: [
          ['UBND TỈNH QUẢNG NINH'],
          [`${title} - TỈNH QUẢNG NINH`],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...headers],
          ...KPIS.map((k, i) => [i + 1, k, 'lượt', ...values(i)]),
        ],
      },
    ]);
  // (the province's own report: its unit is the title's)
  const asQuangNinh = (file: string) => importLikeCli(store, file);
  const months = Array.from({ length: 9 }, (_, m) => `T${m + 1}/2025`);
  const monthly = (i: number) => Array.from({ length: 9 }, (_, m) => 1000 * (i + 1) + m);
  const sum = (i: number) => monthly(i).reduce((a, b) => a + b, 0);

  it.each([
    'Lũy kế đến T9/2025',
    'LK đến T9',
    'Lũy kế T9/2025',
    'Lũy kế tháng 9/2025',
    'Lũy kế đến 09/2025',
    'Lũy kế đến hết tháng 9',
  ])(
    'after the months January to September, "%s" is January to September (round 79: refused as a second September)',
    async (header) => {
      const { preview, session, mapping } = await asQuangNinh(
        report([...months, header], (i) => [...monthly(i), sum(i)]),
      );
      expect(mapping.columns.at(-1)!.mapping).toEqual({
        field: 'kpi.valueForPeriod',
        period: '2025-01..2025-09',
      });
      expect(errorCodes(preview)).toEqual([]);
      session.commit();
      const lines = storedLines(store);
      expect(lines.filter((l) => l.includes('2025-01..2025-09'))).toHaveLength(2);
      // September keeps its own figure
      expect(lines.find((l) => l.includes(' | 2025-09 | ') && l.includes('MOOC'))).toContain(
        String(monthly(1)[8]),
      );
    },
  );

  it.each([
    'Lũy kế đến T9/2025',
    'LK đến T9/2025',
    'Lũy kế T9/2025',
    'Lũy kế tháng 9/2025',
    'Lũy kế đến 09/2025',
  ])(
    'alone, "%s" does not say since when: set aside and said, nothing stored as September',
    async (header) => {
      const { preview, mapping } = await asQuangNinh(
        report(['Kế hoạch năm 2025', header], (i) => [9e5, sum(i)]),
      );
      expect(mapping.columns.at(-1)!.mapping.field).toBe('ignore');
      expect(mapping.columns.at(-1)!.note).toBe('period to a date');
      expect(errorCodes(preview)).toContain('noValueColumn');
    },
  );

  it('a corrected copy with only the running total leaves September as it was (round 79: "3 thay đổi", exit 0)', async () => {
    const first = await asQuangNinh(report(months, monthly));
    expect(errorCodes(first.preview)).toEqual([]);
    first.session.commit();
    const before = storedLines(store);
    const second = await asQuangNinh(
      report(['Kế hoạch năm 2025', 'Lũy kế đến T9/2025'], (i) => [9e5, sum(i)]),
    );
    expect(second.preview.canCommit).toBe(false);
    expect(storedLines(store)).toEqual(before);
  });

  it('"Lũy kế đến T9/2025" after the months to June only is no January–September total: set aside', async () => {
    const { mapping } = await asQuangNinh(
      report([...months.slice(0, 6), 'Lũy kế đến T9/2025'], (i) => [...monthly(i).slice(0, 6), sum(i)]),
    );
    expect(mapping.columns.at(-1)!.mapping.field).toBe('ignore');
  });

  it.each(['Lũy kế đến T9/2025 (từ 2021)', 'Lũy kế đến T9/2025 (cộng dồn từ năm 2021)'])(
    'after the months, "%s" runs since another start: set aside, the months stored (round 80: stored as September, or refused)',
    async (header) => {
      const { preview, mapping } = await asQuangNinh(
        report([...months, header], (i) => [...monthly(i), 10 * sum(i)]),
      );
      expect(mapping.columns.at(-1)!.mapping.field).toBe('ignore');
      expect(mapping.columns.at(-1)!.note).toBe('period to a date');
      expect(errorCodes(preview)).toEqual([]);
    },
  );

  it('"Lũy kế từ đầu năm đến T9/2025" says where it starts: January to September', async () => {
    const { mapping } = await asQuangNinh(report(['Lũy kế từ đầu năm đến T9/2025'], (i) => [sum(i)]));
    expect(mapping.columns.at(-1)!.mapping).toEqual({
      field: 'kpi.valueForPeriod',
      period: '2025-01..2025-09',
    });
  });

  it.each(['Lũy kế năm', 'Lũy kế trong năm'])(
    'under a title of September 2025, "%s" is January to September (round 79: stored as September)',
    async (header) => {
      const { mapping } = await asQuangNinh(
        report([header], (i) => [sum(i)], 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 9 NĂM 2025'),
      );
      expect(mapping.columns.at(-1)!.mapping).toEqual({
        field: 'kpi.valueForPeriod',
        period: '2025-01..2025-09',
      });
    },
  );

  it('after the quarters I to III, "Lũy kế đến quý III/2025" is January to September', async () => {
    const { mapping } = await asQuangNinh(
      report(['Quý I/2025', 'Quý II/2025', 'Quý III/2025', 'Lũy kế đến quý III/2025'], (i) => [
        1,
        2,
        3,
        6 + i,
      ]),
    );
    expect(mapping.columns.at(-1)!.mapping).toEqual({
      field: 'kpi.valueForPeriod',
      period: '2025-01..2025-09',
    });
  });
});

describe('a sheet named for a span of years holds each of them (round 79: "DTI 2021-2023" refused 2022)', () => {
  const P = published2022();
  /** A long ranking: Năm | Tỉnh | Điểm | Hạng, the 2022 ranks under each of YEARS (scores by rank, a little apart by year). */
  const long = (sheet: string, years: number[]) =>
    writeWorkbook('dti-nhieu-nam.xlsx', [
      {
        name: sheet,
        rows: [
          ['Năm', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'],
          ...years.flatMap((y) => P.map((r) => [y, r.label, scoreOf(r.rank, (y - 2022) / 1000), r.rank])),
        ],
      },
    ]);

  it.each([
    ['DTI 2021-2023', [2021, 2022, 2023]],
    ['DTI 2021–2023', [2021, 2022, 2023]],
    ['Giai đoạn 2021-2025', [2022]],
    ['DTI 2020 đến 2023', [2022]],
    ['DTI 2021_2023', [2021, 2022, 2023]],
    ['DTI 2021~2023', [2022]],
  ])('sheet "%s": --year 2022 stores the 2022 rows', async (sheet, years) => {
    const p = await importCommitted(store, long(sheet, years), 2022);
    expect(errorCodes(p)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.89, rank: 1 });
    expect(storedRanking(store, 2021, 63).size).toBe(0);
  });

  it("a year outside the span is still another year's sheet", async () => {
    const { preview, session } = await importLikeCli(store, long('DTI 2021-2023', [2022]), 2024);
    session.dispose();
    expect(errorCodes(preview)).toContain('sheetYearContradicts');
    // (said as the span, round 80: "ghi năm 2021")
    expect(preview.problems.find((p) => p.code === 'sheetYearContradicts')!.messageVi).toContain('2021–2023');
  });
});

describe("a score's change beside it, as the ministry prints it to four decimals (round 79: refused while two decimals were read)", () => {
  it.each([
    ['0,8002 (+0,0312)', 0.8002],
    ['0,8002 (-0,0312)', 0.8002],
    ['0,8002 (−0,0312)', 0.8002],
    ['0,8002 (+0,052)', 0.8002],
    ['0.8002 (+0.0010)', 0.8002],
    ['0,8002 ▼0,0312', 0.8002],
    ['0,8002 ▲ 0,0312', 0.8002],
    ['0,8002 (↑0,0312)', 0.8002],
    ['0,8002 (0,7002)', 0.8002],
    ['0,8002 (+0,03)', 0.8002],
    ['0,8002 (hạng 1)', 0.8002],
    ['0,8002 (tăng 0,0010)', 0.8002],
    ['0,8002 (2021: 0,7702)', 0.8002],
    ['0,8002 +0,0010', 0.8002],
    ['98,79 (95,79)', 98.79],
  ])('"%s" is %d, its remark set aside', (text, value) => {
    expect(parseCellNumber(text)).toMatchObject({ value, mark: true });
  });

  it.each(['0,8002 (ước)', '0,8002 0,0312', '0,7702 → 0,8002'])(
    '"%s" is still no number of its own',
    (text) => {
      expect('error' in parseCellNumber(text)).toBe(true);
    },
  );

  it('a ranking so written is stored as its scores, said once', async () => {
    const P = published2022();
    const f = writeWorkbook('dti-thay-doi.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'],
          ...P.map((r) => [
            r.rank,
            r.label,
            `${String(scoreOf(r.rank)).replace('.', ',')} (+0,0312)`,
            r.rank,
          ]),
        ],
      },
    ]);
    const p = await importCommitted(store, f, 2022);
    expect(errorCodes(p)).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'valueMark')).toHaveLength(1);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.89, rank: 1 });
  });
});

describe('a small table below the ranking, after a blank row, is not read as units (round 79: the file refused)', () => {
  const P = published2022();
  const ranking = (below: (string | number)[][]) =>
    writeWorkbook('dti-chu-giai.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'],
          ...P.map((r) => [r.rank, r.label, scoreOf(r.rank), r.rank]),
          [],
          ...below,
        ],
      },
    ]);

  it.each([
    [
      'a legend of grades',
      [
        ['', 'Xếp loại', 'Khoảng điểm'],
        ['', 'Tốt', '≥ 0,7'],
        ['', 'Khá', '0,5 – 0,7'],
        ['', 'Trung bình', '< 0,5'],
      ],
    ],
    [
      'a legend of bounds',
      [
        ['Mức', 'Từ', 'Đến'],
        ['Tốt', 0.7, 1],
        ['Khá', 0.5, 0.7],
        ['Trung bình', 0, 0.5],
      ],
    ],
    [
      'the pillars’ averages',
      [
        ['', 'Trụ cột', 'Điểm trung bình'],
        ['', 'Chính quyền số', 0.55],
        ['', 'Kinh tế số', 0.41],
        ['', 'Xã hội số', 0.47],
      ],
    ],
  ])('%s: the 63 stored, the table below said', async (_, below) => {
    const p = await importCommitted(store, ranking(below as (string | number)[][]), 2022);
    expect(errorCodes(p)).toEqual([]);
    expect(p.problems.map((x) => x.code)).toContain('nextTable');
    expect(storedRanking(store, 2022, 63).size).toBe(63);
    expect(p.questions).toEqual([]);
  });

  it('a national average row after the blank row is no table of its own', async () => {
    const p = await importCommitted(store, ranking([['', 'Cả nước', 0.6, '']]), 2022);
    expect(p.problems.map((x) => x.code)).not.toContain('nextTable');
    expect(storedRanking(store, 2022, 63).size).toBe(63);
  });
});

describe('two halves side by side, the right one without a header (round 79: half the units stored, a warning for three cells)', () => {
  it('is refused as two blocks, saying where the right one starts', async () => {
    const P = published2022();
    const half = Math.ceil(P.length / 2);
    const row = (r: (typeof P)[number] | undefined) =>
      r ? [r.label, scoreOf(r.rank), r.rank] : ['', '', ''];
    const f = writeWorkbook('dti-hai-nua.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng', '', '', '', ''],
          ...P.slice(0, half).map((r, i) => [...row(r), '', ...row(P[half + i])]),
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2022);
    session.dispose();
    expect(errorCodes(preview)).toContain('sideBySide');
    const said = preview.problems.find((p) => p.code === 'sideBySide')!;
    expect(said.messageVi).toContain('từ cột E');
    // (said once: not also as cells without a header)
    expect(preview.problems.map((p) => p.code)).not.toContain('valueWithoutHeader');
    expect(preview.canCommit).toBe(false);
  });
});

describe('month columns without their year (round 79)', () => {
  const report = (sheet: string) =>
    writeWorkbook('bao-cao-thang.xlsx', [
      {
        name: sheet,
        rows: [
          ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ - TỈNH QUẢNG NINH'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 1', 'Tháng 2', 'Tháng 3'],
          [1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 45942, 75303, 93060],
          [2, 'Số người học trên nền tảng MOOC', 'người', 1200, 1350, 1410],
        ],
      },
    ]);

  it('on a sheet named "Năm 2025" are that year\'s (was: the year asked)', async () => {
    const { analysis, preview, session } = await importLikeCli(store, report('Năm 2025'));
    expect(analysis.target.year).toBe(2025);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedLines(store).filter((l) => l.includes('MOOC'))).toEqual([
      'Quảng Ninh | Số người học trên nền tảng MOOC | 2025-01 | 1200 | null',
      'Quảng Ninh | Số người học trên nền tảng MOOC | 2025-02 | 1350 | null',
      'Quảng Ninh | Số người học trên nền tảng MOOC | 2025-03 | 1410 | null',
    ]);
  });

  it('with no year anywhere, the year is asked once (was: also "not understood" at each of their cells)', async () => {
    const { preview, session } = await importLikeCli(store, report('Bieu 02'));
    session.dispose();
    expect(errorCodes(preview)).toEqual(['periodNeedsYear']);
  });
});

describe('the top ten and the bottom ten under one header, each titled (round 79: the bottom ten left out as another table)', () => {
  const P = published2022();
  const part = (title: string, rows: typeof P) => [
    [title],
    ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'],
    ...rows.map((r, i) => [i + 1, r.label, scoreOf(r.rank), r.rank]),
  ];
  const top = P.filter((r) => r.rank <= 10);
  const bottom = P.filter((r) => r.rank >= 54);

  it.each(['10 ĐỊA PHƯƠNG CUỐI BẢNG', '10 địa phương xếp cuối', 'TOP 10 THẤP NHẤT'])(
    'under "%s": both parts stored, as an excerpt',
    async (second) => {
      const f = writeWorkbook('top-bottom.xlsx', [
        { name: 'DTI 2022', rows: [...part('10 ĐỊA PHƯƠNG DẪN ĐẦU', top), [], ...part(second, bottom)] },
      ]);
      const p = await importCommitted(store, f, 2022);
      expect(errorCodes(p)).toEqual([]);
      const stored = storedRanking(store, 2022, 63);
      expect(stored.size).toBe(top.length + bottom.length);
      expect(p.problems.map((x) => x.code)).toContain('excerpt');
    },
  );

  it('a second table of another year under the same header is still another table', async () => {
    const f = writeWorkbook('two-years.xlsx', [
      {
        name: 'DTI',
        rows: [...part('XẾP HẠNG DTI NĂM 2022', top), [], ...part('XẾP HẠNG DTI NĂM 2021', bottom)],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2022);
    session.dispose();
    expect(preview.problems.map((x) => x.code)).toContain('nextTable');
  });
});

describe('"HS" before what a record is, is hồ sơ (round 79: "Tỷ lệ HS trực tuyến" became a second KPI)', () => {
  it.each([
    ['Tỷ lệ HS trực tuyến', 'Tỷ lệ hồ sơ trực tuyến'],
    ['Số HS TTHC tiếp nhận (hồ sơ)', 'Số hồ sơ thủ tục hành chính tiếp nhận (hồ sơ)'],
    ['Tỷ lệ HS DVC trực tuyến toàn trình', 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình'],
  ])('"%s" is "%s"', (a, b) => {
    expect(indicatorKey(a)).toBe(indicatorKey(b));
  });

  it('elsewhere it is not (học sinh)', () => {
    expect(indicatorKey('Tỷ lệ HS được học kỹ năng số')).not.toBe(
      indicatorKey('Tỷ lệ hồ sơ được học kỹ năng số'),
    );
  });
});

describe('a KPI created by an import undone first goes when the import that kept it is undone (round 79: left with no value)', () => {
  const kpiFile = (name: string, months: string[]) =>
    writeWorkbook(name, [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (%)'],
          ['Tỉnh, thành phố', ...months],
          ['Hà Nội', ...months.map((_, i) => 80 + i)],
          ['Hải Phòng', ...months.map((_, i) => 70 + i)],
        ],
      },
    ]);
  const kpis = () =>
    store.db.prepare(`SELECT name_vi FROM indicator WHERE code LIKE 'user.%'`).pluck().all() as string[];

  it('undone oldest first, then the other: no KPI left', async () => {
    const first = await importLikeCli(store, kpiFile('a.xlsx', ['T1/2025', 'T2/2025']));
    const a = first.session.commit().batchId;
    const second = await importLikeCli(store, kpiFile('b.xlsx', ['T3/2025', 'T4/2025']));
    const b = second.session.commit().batchId;
    expect(kpis()).toEqual(['Tỷ lệ hồ sơ trực tuyến']);
    undoImport(store.db, a);
    expect(kpis()).toHaveLength(1); // (its values from the second import keep it)
    undoImport(store.db, b);
    expect(kpis()).toEqual([]);
    expect(storedLines(store)).toEqual([]);
  });
});

describe('"Xếp hạng DTI" named as a KPI is the ranking\'s, as "DTI" is (round 79: the ranks stored as a KPI of that name)', () => {
  it.each(['Xếp hạng DTI', 'Thứ hạng chỉ số DTI', 'Hạng chính quyền số'])(
    '"%s" in a table of indices: refused at the cell',
    async (name) => {
      const f = writeWorkbook('bp-dti.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['KẾT QUẢ NĂM 2022 CỦA TỈNH BÌNH PHƯỚC'],
            [],
            ['Chỉ tiêu', 'Giá trị'],
            [name, 12],
            ['Tỷ lệ hồ sơ trực tuyến (%)', 55],
          ],
        },
      ]);
      const { preview, session } = await importLikeCli(store, f);
      session.dispose();
      expect(preview.problems.filter((p) => p.code === 'kpiNamedAsIndex').map((p) => p.cell)).toEqual(['A4']);
    },
  );
});

describe('a page number alone in its row (round 79: said as a heading between groups)', () => {
  it.each(['Trang 1/3', 'Page 2 of 3', '- 2 -', 'Trang 3'])(
    '"%s" is skipped unsaid, the ranking whole',
    async (footer) => {
      const P = published2022();
      const rows = P.map((r) => [r.rank, r.label, scoreOf(r.rank), r.rank]);
      const f = writeWorkbook('dti-pdf.xlsx', [
        {
          name: 'DTI 2022',
          rows: [
            ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'],
            ...rows.slice(0, 30),
            ['', '', '', footer],
            ...rows.slice(30),
          ],
        },
      ]);
      const p = await importCommitted(store, f, 2022);
      expect(p.problems).toEqual([]);
      expect(storedRanking(store, 2022, 63).size).toBe(63);
    },
  );
});

describe('a KPI table whose periods are all of other years than its sheet is named for (round 79: unsaid)', () => {
  const months = (sheet: string) =>
    writeWorkbook('kpi-thang.xlsx', [
      {
        name: sheet,
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN (%)'],
          ['Tỉnh, thành phố', 'T1/2024', 'T2/2024', 'T3/2024'],
          ['Hà Nội', 80, 81, 82],
          ['Hải Phòng', 70, 71, 72],
        ],
      },
    ]);
  it('"TTTT 2025" over 2024\'s months: stored as the table says, said', async () => {
    const p = await importCommitted(store, months('TTTT 2025'));
    expect(errorCodes(p)).toEqual([]);
    const said = p.problems.find((x) => x.code === 'sheetYearContradicts')!;
    expect(said.severity).toBe('warning');
    expect(said.messageVi).toContain('tên trang tính ghi năm 2025');
    expect(storedLines(store)).toHaveLength(6);
  });
  it.each(['TTTT 2024', 'Giai đoạn 2021-2025', 'Sheet1'])('"%s": nothing said', async (sheet) => {
    const { preview, session } = await importLikeCli(store, months(sheet));
    session.dispose();
    expect(preview.problems.map((x) => x.code)).not.toContain('sheetYearContradicts');
  });
});

describe("round 80: a year the title compares with is never the figures' year", () => {
  it.each([
    ['KẾT QUẢ CHỈ SỐ DTI NĂM 2022 (tăng 5 bậc so với số liệu năm 2021)', 2022],
    ['KẾT QUẢ CHỈ SỐ DTI NĂM 2022 (cao hơn dữ liệu năm 2021)', 2022],
    ['DTI RANKING 2022 (up from 2021 data)', 2022],
    ['ĐÁNH GIÁ NĂM 2023 (số liệu năm 2022, so với số liệu năm 2021)', 2022],
  ])('"%s" is %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it.each([
    ['So sánh với số liệu năm 2021: tăng 5 bậc'],
    ['Trích số liệu năm 2021 để đối chiếu'],
    ['Compared with data for 2021'],
  ])('a line "%s" under "XẾP HẠNG DTI NĂM 2022" leaves 2022', async (line) => {
    expect(await yearOfTitle('XẾP HẠNG DTI NĂM 2022', line)).toBe(2022);
  });

  it('"Số liệu năm 2021 và năm 2022" under "… NĂM 2023" names two years: the title\'s stays', async () => {
    expect(await yearOfTitle('XẾP HẠNG DTI NĂM 2023', 'Số liệu năm 2021 và năm 2022')).toBe(2023);
  });
});

describe('round 80: a part of a list that names a pillar or another year is another list', () => {
  const P = published2022();
  const list = (header: string, heads: [string, string]) =>
    writeWorkbook('top10.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', header],
          [heads[0]],
          ...P.filter((r) => r.rank <= 10).map((r, i) => [i + 1, r.label, scoreOf(r.rank)]),
          [heads[1]],
          ...P.filter((r) => r.rank >= 54).map((r, i) => [i + 1, r.label, scoreOf(r.rank, -0.3)]),
        ],
      },
    ]);
  it.each([
    ['Điểm DTI', ['10 ĐỊA PHƯƠNG DẪN ĐẦU VỀ CHÍNH QUYỀN SỐ', '10 ĐỊA PHƯƠNG DẪN ĐẦU VỀ XÃ HỘI SỐ']],
    ['Điểm', ['TOP 10 CHÍNH QUYỀN SỐ', 'TOP 10 KINH TẾ SỐ']],
    ['Điểm DTI', ['TOP 10 NĂM 2022', 'TOP 10 NĂM 2021']],
  ] as [string, [string, string]][])(
    'under "%s", parts %j: refused, nothing stored',
    async (header, heads) => {
      const { preview, session } = await importLikeCli(store, list(header, heads), 2022);
      session.dispose();
      expect(preview.canCommit).toBe(false);
      expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.messageVi)).toContainEqual(
        expect.stringContaining('mở một phần khác của bảng'),
      );
    },
  );
});

describe("round 80: a plan's sheet lends no year to its months, and is said", () => {
  const report = (sheet: string) =>
    writeWorkbook('ke-hoach.xlsx', [
      {
        name: sheet,
        rows: [
          ['BÁO CÁO - TỈNH QUẢNG NINH'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 1', 'Tháng 2'],
          [1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 45942, 75303],
        ],
      },
    ]);
  it.each(['KH 2026', 'Kế hoạch 2026', 'Mục tiêu 2026'])(
    '"%s": the year asked, and with it a warning',
    async (sheet) => {
      const asked = await importLikeCli(store, report(sheet));
      asked.session.dispose();
      expect(asked.analysis.target.year).toBeNull();
      expect(errorCodes(asked.preview)).toEqual(['periodNeedsYear']);
      const given = await importLikeCli(store, report(sheet), 2026);
      given.session.dispose();
      expect(given.preview.problems.find((p) => p.code === 'planTargetColumn')?.messageVi).toContain(
        'kế hoạch',
      );
    },
  );
});

describe('round 80: statistics of the units below a ranking, in its unit column, are no units', () => {
  it('"Điểm cao nhất | Điểm thấp nhất | Điểm trung bình" after a blank row: the 63 stored, each said as a summary row', async () => {
    const P = published2022();
    const f = writeWorkbook('dti-thong-ke.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'],
          ...P.map((r) => [r.rank, r.label, scoreOf(r.rank), r.rank]),
          [],
          ['', 'Điểm cao nhất', 0.89, ''],
          ['', 'Điểm thấp nhất', 0.27, ''],
          ['', 'Điểm trung bình', 0.55, ''],
        ],
      },
    ]);
    const p = await importCommitted(store, f, 2022);
    expect(errorCodes(p)).toEqual([]);
    expect(p.questions).toEqual([]);
    expect(storedRanking(store, 2022, 63).size).toBe(63);
  });
});

describe('round 80: month columns on a sheet named for another year than the one chosen', () => {
  it('"Năm 2025" imported for 2024: stored for 2024, said', async () => {
    const f = writeWorkbook('thang.xlsx', [
      {
        name: 'Năm 2025',
        rows: [
          ['BÁO CÁO - TỈNH QUẢNG NINH'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 1', 'Tháng 2'],
          [1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 45942, 75303],
        ],
      },
    ]);
    const p = await importCommitted(store, f, 2024);
    expect(errorCodes(p)).toEqual([]);
    expect(p.problems.find((x) => x.code === 'sheetYearContradicts')?.messageVi).toContain('ghi năm 2025');
  });
});
