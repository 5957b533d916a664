// Session 19: a province's report with a period merged over its levels, a year-to-date column
// beside them, and a national rank of the year 2025 written out of the 34. Each test imports the
// file as the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { indicatorFromTitle } from '../../src/main/imports/layout/titleHints';
import {
  errorCodes,
  importLikeCli,
  quarterAndYearToDate34,
  storedLines,
  units34Names,
  writeTemp,
  writeWorkbook,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round56-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, o.period');

/** Imports FILE as `dti-desk import FILE` does: committed when it can be; the preview. */
const imported = async (file: string) => {
  const { session, preview } = await importLikeCli(store, file);
  if (preview.canCommit) session.commit();
  session.dispose();
  return preview;
};

/** A report sheet: a unit's and a title line, a blank, then ROWS (header rows first), with MERGES. */
const report = (
  unit: string,
  title: string,
  rows: (string | number | null)[][],
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [],
  sheet = 'Sheet1',
) => writeWorkbook('bao-cao.xlsx', [{ name: sheet, rows: [[unit], [title], [], ...rows], merges }]);

describe('a period merged over a province\'s levels ("Năm 2025" over "Toàn tỉnh | Cấp tỉnh | Cấp xã")', () => {
  // Hà Tĩnh's report comparing two years, each year over the whole province and its levels
  const twoYears = () =>
    report(
      'UBND TỈNH HÀ TĨNH',
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, null, 'Năm 2025', null, null, 'Ghi chú'],
        [null, null, null, 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', null],
        [1, 'Số hồ sơ trực tuyến', 'Hồ sơ', 1000, 600, 400, 2000, 1200, 800, null],
        [2, 'Tỷ lệ hồ sơ trực tuyến', '%', 50, 60, 40, 70, 80, 60, null],
        [3, 'Số tài khoản VNeID', 'TK', 100, null, null, 200, null, null, null],
      ],
      [
        { s: { r: 3, c: 3 }, e: { r: 3, c: 5 } },
        { s: { r: 3, c: 6 }, e: { r: 3, c: 8 } },
      ],
    );

  it('each year is read over its columns: the KPI for the whole province and at each level (was: refused, "no value column")', async () => {
    const preview = await imported(twoYears());
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Hà Tĩnh | Số hồ sơ trực tuyến | 2024 | 1000 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến | 2025 | 2000 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | 2024 | 600 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | 2025 | 1200 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | 2024 | 400 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | 2025 | 800 | null',
      'Hà Tĩnh | Số tài khoản VNeID | 2024 | 100 | null',
      'Hà Tĩnh | Số tài khoản VNeID | 2025 | 200 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến | 2024 | 50 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến | 2025 | 70 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2024 | 60 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2025 | 80 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2024 | 40 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2025 | 60 | null',
    ]);
    // the year the title does not give is said
    expect(preview.problems.map((p) => p.code)).toContain('periodsOutsideTitle');
  });

  // Đà Nẵng's quarterly report: the quarter over the city and its levels, the year to date beside
  const quarter = (q: 'I' | 'II', cells: (number | string | null)[][]) =>
    report(
      'UBND THÀNH PHỐ ĐÀ NẴNG',
      `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ ${q} NĂM 2025`,
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', `Quý ${q}/2025`, null, null, 'Lũy kế từ đầu năm', 'Ghi chú'],
        [null, null, null, 'Toàn thành phố', 'Cấp thành phố', 'Cấp xã', null, null],
        ...cells,
      ],
      [
        { s: { r: 3, c: 3 }, e: { r: 3, c: 5 } },
        { s: { r: 3, c: 6 }, e: { r: 4, c: 6 } },
      ],
      `Quý ${q}`,
    );

  it('the first quarter: its levels read, the year to date that repeats them read once, the rank "8/63" kept (was: only the year to date)', async () => {
    const file = quarter('I', [
      [1, 'Tỷ lệ thanh toán trực tuyến', '%', 55.9, 55.7, 56.1, 55.9, null],
      [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 44976, 30793, 14183, 44976, null],
      [3, 'Xếp hạng thanh toán trực tuyến toàn quốc', 'Hạng', '8/63', null, null, null, null],
      [4, 'Số tổ công nghệ số cộng đồng', 'Tổ', 1023, null, null, 1023, null],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    const q1 = '2025-01..2025-03';
    expect(stored()).toEqual([
      `Đà Nẵng | Số giao dịch thanh toán trực tuyến | ${q1} | 44976 | null`,
      `Đà Nẵng | Số giao dịch thanh toán trực tuyến – cấp tỉnh | ${q1} | 30793 | null`,
      `Đà Nẵng | Số giao dịch thanh toán trực tuyến – cấp xã | ${q1} | 14183 | null`,
      `Đà Nẵng | Số tổ công nghệ số cộng đồng | ${q1} | 1023 | null`,
      `Đà Nẵng | Tỷ lệ thanh toán trực tuyến | ${q1} | 55.9 | null`,
      `Đà Nẵng | Tỷ lệ thanh toán trực tuyến – cấp tỉnh | ${q1} | 55.7 | null`,
      `Đà Nẵng | Tỷ lệ thanh toán trực tuyến – cấp xã | ${q1} | 56.1 | null`,
      `Đà Nẵng | Xếp hạng thanh toán trực tuyến toàn quốc | ${q1} | null | 8`,
    ]);
    // read from the quarter's column, the first of the two
    const cell = store.db
      .prepare(
        `SELECT o.source_cell FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.name_vi = 'Số tổ công nghệ số cộng đồng'`,
      )
      .pluck()
      .get();
    expect(cell).toBe('D9');
  });

  it('the first quarter with another figure in its year-to-date column: two columns of one span, refused naming them', async () => {
    const file = quarter('I', [
      [1, 'Tỷ lệ thanh toán trực tuyến', '%', 55.9, 55.7, 56.1, 55.9, null],
      [2, 'Số tổ công nghệ số cộng đồng', 'Tổ', 1023, null, null, 1030, null],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual(['duplicateColumn']);
    expect(stored()).toEqual([]);
  });

  it('the second quarter: its levels at the quarter, the year to date from January', async () => {
    const file = quarter('II', [
      [1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 86154, 57208, 28946, 131130, null],
      [2, 'Xếp hạng thanh toán trực tuyến toàn quốc', 'Hạng', '6/63', null, null, null, null],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Đà Nẵng | Số giao dịch thanh toán trực tuyến | 2025-01..2025-06 | 131130 | null',
      'Đà Nẵng | Số giao dịch thanh toán trực tuyến | 2025-04..2025-06 | 86154 | null',
      'Đà Nẵng | Số giao dịch thanh toán trực tuyến – cấp tỉnh | 2025-04..2025-06 | 57208 | null',
      'Đà Nẵng | Số giao dịch thanh toán trực tuyến – cấp xã | 2025-04..2025-06 | 28946 | null',
      'Đà Nẵng | Xếp hạng thanh toán trực tuyến toàn quốc | 2025-04..2025-06 | null | 6',
    ]);
  });

  it('one header row, "Toàn thành phố | Cấp thành phố | Cấp xã | Lũy kế từ đầu năm": the levels read beside the year to date (were set aside, "not recognised")', async () => {
    const file = report('UBND THÀNH PHỐ ĐÀ NẴNG', 'BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ II NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn thành phố', 'Cấp thành phố', 'Cấp xã', 'Lũy kế từ đầu năm'],
      [1, 'Tỷ lệ thanh toán trực tuyến', '%', 62.2, 61.2, 62.3, 59.1],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    expect(stored()).toEqual([
      'Đà Nẵng | Tỷ lệ thanh toán trực tuyến | 2025-01..2025-06 | 59.1 | null',
      'Đà Nẵng | Tỷ lệ thanh toán trực tuyến | 2025-04..2025-06 | 62.2 | null',
      'Đà Nẵng | Tỷ lệ thanh toán trực tuyến – cấp tỉnh | 2025-04..2025-06 | 61.2 | null',
      'Đà Nẵng | Tỷ lệ thanh toán trực tuyến – cấp xã | 2025-04..2025-06 | 62.3 | null',
    ]);
  });
});

describe('a national rank in the report of the year 2025 (across 1 July), written out of 34 or 63', () => {
  const yearReport = (year: number, rank: string) =>
    report('UBND TỈNH ĐIỆN BIÊN', `BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM ${year}`, [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả', 'Ghi chú'],
      [1, 'Xếp hạng thanh toán trực tuyến toàn quốc', 'Hạng', rank, null],
      [2, 'Số tổ công nghệ số cộng đồng', 'Tổ', 1200, null],
    ]);
  const rankOf = () =>
    store.db
      .prepare(`SELECT rank || '/' || rank_of FROM observation WHERE rank IS NOT NULL AND layer = 'user'`)
      .pluck()
      .get();

  it('"10/34" in the year 2025 is the 10th of the 34 (was: refused as a table of the 63)', async () => {
    const preview = await imported(yearReport(2025, '10/34'));
    expect(errorCodes(preview)).toEqual([]);
    expect(rankOf()).toBe('10/34');
  });

  it('"12/63" in the year 2025 is the 12th of the 63', async () => {
    const preview = await imported(yearReport(2025, '12/63'));
    expect(errorCodes(preview)).toEqual([]);
    expect(rankOf()).toBe('12/63');
  });

  it('"10/34" in the year 2024 is still refused: the 34 did not exist', async () => {
    const preview = await imported(yearReport(2024, '10/34'));
    expect(errorCodes(preview)).toEqual(['rankOfMismatch']);
    expect(stored()).toEqual([]);
  });
});

describe('a table of the 34 with "Tổng số | Cấp tỉnh | Cấp xã" under a rate\'s title (round 53: refused as "a total of no KPI")', () => {
  const file = (whole: string, wholeOf: (i: number) => number) =>
    writeWorkbook('ty-le-34.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025 (%)'],
          ['STT', 'Tỉnh, thành phố', whole, 'Cấp tỉnh', 'Cấp xã'],
          ...units34Names().map((u, i) => [i + 1, u, wholeOf(i), 80 - i / 2, 50 + i / 2]),
        ],
      },
    ]);
  const kpis = () =>
    store.db
      .prepare(
        `SELECT i.name_vi || ' ' || COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' GROUP BY i.name_vi ORDER BY i.name_vi`,
      )
      .pluck()
      .all();

  it.each(['Tổng số', 'Chung', 'Toàn tỉnh'])(
    '"%s" is the title\'s KPI for the whole unit, beside its levels',
    async (whole) => {
      const preview = await imported(file(whole, () => 65));
      expect(errorCodes(preview)).toEqual([]);
      expect(kpis()).toEqual([
        'Tỷ lệ hồ sơ trực tuyến toàn trình 34',
        'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh 34',
        'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã 34',
      ]);
      const first = units34Names()[0];
      expect(stored().filter((l) => l.startsWith(`${first} |`))).toEqual([
        `${first} | Tỷ lệ hồ sơ trực tuyến toàn trình | 2025 | 65 | null`,
        `${first} | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh | 2025 | 80 | null`,
        `${first} | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã | 2025 | 50 | null`,
      ]);
    },
  );

  it('a "Tổng số" of counts (what the rate is of) is set aside and said, the levels read', async () => {
    const preview = await imported(file('Tổng số', (i) => 1850 + i));
    expect(errorCodes(preview)).toEqual([]);
    expect(kpis()).toEqual([
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh 34',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã 34',
    ]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn').map((p) => p.cell)).toEqual(['C3']);
  });
});

describe("a rate's whole beside two years' levels is checked against its own year's", () => {
  it("a 2024 whole outside 2024's levels (inside 2025's) is set aside and said", async () => {
    const file = report(
      'UBND TỈNH HÀ TĨNH',
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, null, 'Năm 2025', null, null],
        [null, null, null, 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã'],
        [1, 'Tỷ lệ hồ sơ trực tuyến', '%', 75, 60, 40, 70, 80, 60],
      ],
      [
        { s: { r: 3, c: 3 }, e: { r: 3, c: 5 } },
        { s: { r: 3, c: 6 }, e: { r: 3, c: 8 } },
      ],
    );
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến | 2025 | 70 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2024 | 60 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2025 | 80 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2024 | 40 | null',
      'Hà Tĩnh | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2025 | 60 | null',
    ]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn').map((p) => p.cell)).toEqual(['D6']);
  });
});

describe('a running total dated by its start ("Lũy kế từ 01/01/2025") under a KPI (round 55: said as another period)', () => {
  it('is the KPI to the table\'s end, as is "Từ đầu năm đến nay"; one ending before it is still skipped and said', async () => {
    const file = report('UBND TỈNH LAI CHÂU', 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 9/2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Giá trị'],
      [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 1000],
      [null, 'Lũy kế từ 01/01/2025', 'hồ sơ', 9000],
      [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 2000],
      [null, 'Lũy kế từ 01/01/2025 đến 30/6/2025', 'giao dịch', 11000],
      [3, 'Số cuộc họp trực tuyến', 'cuộc', 20],
      [null, 'Từ đầu năm đến nay', 'cuộc', 150],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual(['B8']);
    expect(stored()).toEqual([
      'Lai Châu | Số cuộc họp trực tuyến | 2025-01..2025-09 | 150 | null',
      'Lai Châu | Số cuộc họp trực tuyến | 2025-09 | 20 | null',
      'Lai Châu | Số giao dịch thanh toán trực tuyến | 2025-09 | 2000 | null',
      'Lai Châu | Số hồ sơ trực tuyến | 2025-01..2025-09 | 9000 | null',
      'Lai Châu | Số hồ sơ trực tuyến | 2025-09 | 1000 | null',
    ]);
  });
});

describe("a remembered report layout takes each file's own periods (round 56: the last file's year to date)", () => {
  const quarterReport = (q: string, year: number, ytd: number) =>
    report(
      'UBND TỈNH TUYÊN QUANG',
      `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ ${q} NĂM ${year}`,
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Lũy kế từ đầu năm', 'Ghi chú'],
        [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 1000, 600, 400, ytd, null],
      ],
    );

  it("the third quarter's year to date runs from January to September, the second quarter's stays", async () => {
    expect(errorCodes(await imported(quarterReport('II', 2024, 1800)))).toEqual([]);
    const q3 = await imported(quarterReport('III', 2024, 2900));
    expect(errorCodes(q3)).toEqual([]);
    expect(q3.counts).toMatchObject({ new: 4, changed: 0 });
    const q2next = await imported(quarterReport('II', 2025, 2100));
    expect(q2next.counts).toMatchObject({ new: 4, changed: 0 });
    expect(stored().filter((l) => l.startsWith('Tuyên Quang | Số hồ sơ trực tuyến |'))).toEqual([
      'Tuyên Quang | Số hồ sơ trực tuyến | 2024-01..2024-06 | 1800 | null',
      'Tuyên Quang | Số hồ sơ trực tuyến | 2024-01..2024-09 | 2900 | null',
      'Tuyên Quang | Số hồ sơ trực tuyến | 2024-04..2024-06 | 1000 | null',
      'Tuyên Quang | Số hồ sơ trực tuyến | 2024-07..2024-09 | 1000 | null',
      'Tuyên Quang | Số hồ sơ trực tuyến | 2025-01..2025-06 | 2100 | null',
      'Tuyên Quang | Số hồ sơ trực tuyến | 2025-04..2025-06 | 1000 | null',
    ]);
  });
});

describe("a bare national rank in a province's report of a span ending after 1 July 2025 (round 56: stored out of 63)", () => {
  const bare = (title: string) =>
    report('UBND TỈNH ĐIỆN BIÊN', title, [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      [1, 'Xếp hạng thanh toán trực tuyến toàn quốc', 'Hạng', 10],
      [2, 'Số tổ công nghệ số cộng đồng', 'Tổ', 1200],
    ]);
  const rankOf = () =>
    store.db
      .prepare(`SELECT period || ' ' || rank || '/' || rank_of FROM observation WHERE rank IS NOT NULL`)
      .pluck()
      .all();

  it.each([
    ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025', '2025 10/34'],
    ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2025', '2025-01..2025-09 10/34'],
    // (ended before the rearrangement: among the 63)
    ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025', '2025-01..2025-06 10/63'],
    ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024', '2024 10/63'],
  ])('under "%s" it is %s: ranked when it was published', async (title, expected) => {
    const preview = await imported(bare(title));
    expect(errorCodes(preview)).toEqual([]);
    expect(rankOf()).toEqual([expected]);
  });

  it('a rank past 34 in the year 2025 written bare is refused at its cell', async () => {
    const file = report('UBND TỈNH ĐIỆN BIÊN', 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      [1, 'Xếp hạng thanh toán trực tuyến toàn quốc', 'Hạng', 40],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual(['rankRange']);
    expect(preview.problems[0]!.cell).toBe('D5');
  });
});

describe('words over a province\'s levels other than a period (round 56: refused, "no value column")', () => {
  /** Hà Tĩnh's report of TITLE: GROUPS each merged over "Toàn tỉnh | Cấp tỉnh | Cấp xã", then ROWS. */
  const grouped = (title: string, groups: string[], rows: (string | number | null)[][]) =>
    report(
      'UBND TỈNH HÀ TĨNH',
      title,
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', ...groups.flatMap((g) => [g, null, null])],
        [null, null, null, ...groups.flatMap(() => ['Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã'])],
        ...rows,
      ],
      groups.map((_, k) => ({ s: { r: 3, c: 3 + 3 * k }, e: { r: 3, c: 5 + 3 * k } })),
    );
  const row = [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 1000, 600, 400, 1900, 1100, 800];

  it.each([
    [
      'Thực hiện Quý I/2025',
      'Ước thực hiện 6 tháng',
      '2025-01..2025-03',
      '2025-01..2025-06',
      'estimateColumn',
    ],
    ['Kết quả thực hiện', 'Lũy kế từ đầu năm', '2025-01..2025-03', '2025-01..2025-03', null],
    ['Kỳ báo cáo', 'Kế hoạch năm 2025', '2025-01..2025-03', null, 'planTargetColumn'],
  ])(
    '"%s" and "%s" over the levels of the first quarter',
    async (first, second, firstPeriod, secondPeriod, said) => {
      const file = grouped('BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ I NĂM 2025', [first, second], [row]);
      const preview = await imported(file);
      const lines = stored();
      if (firstPeriod === secondPeriod) {
        // (the year to date of the first quarter with other figures than the quarter's: refused)
        expect(errorCodes(preview)).toEqual(['duplicateColumn']);
        expect(lines).toEqual([]);
        return;
      }
      expect(errorCodes(preview)).toEqual([]);
      if (said) expect(preview.problems.map((p) => p.code)).toContain(said);
      const expected = [
        `Hà Tĩnh | Số hồ sơ trực tuyến | ${firstPeriod} | 1000 | null`,
        `Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | ${firstPeriod} | 600 | null`,
        `Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | ${firstPeriod} | 400 | null`,
      ];
      if (secondPeriod)
        expected.push(
          `Hà Tĩnh | Số hồ sơ trực tuyến | ${secondPeriod} | 1900 | null`,
          `Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | ${secondPeriod} | 1100 | null`,
          `Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | ${secondPeriod} | 800 | null`,
        );
      expect([...lines].sort()).toEqual(expected.sort());
    },
  );

  it('"Lũy kế từ đầu năm" over the levels of the second quarter runs from January', async () => {
    const file = grouped(
      'BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ II NĂM 2025',
      ['Quý II/2025', 'Lũy kế từ đầu năm'],
      [row],
    );
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored().filter((l) => l.includes('2025-01..2025-06'))).toEqual([
      'Hà Tĩnh | Số hồ sơ trực tuyến | 2025-01..2025-06 | 1900 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | 2025-01..2025-06 | 1100 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | 2025-01..2025-06 | 800 | null',
    ]);
  });

  it('three rows: "Kết quả thực hiện" over the quarter and its year to date over the levels', async () => {
    const file = report(
      'UBND TỈNH HÀ TĨNH',
      'BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ II NĂM 2025',
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện', null, null, null, null, null],
        [null, null, null, 'Quý II/2025', null, null, 'Lũy kế 6 tháng', null, null],
        [null, null, null, 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã'],
        row,
      ],
      [
        { s: { r: 3, c: 3 }, e: { r: 3, c: 8 } },
        { s: { r: 4, c: 3 }, e: { r: 4, c: 5 } },
        { s: { r: 4, c: 6 }, e: { r: 4, c: 8 } },
      ],
    );
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toHaveLength(6);
    expect(stored().filter((l) => l.includes('2025-04..2025-06'))).toHaveLength(3);
  });

  it('"Năm 2025" over the levels beside the first quarter\'s is set aside and said: written in March, a plan or an estimate', async () => {
    const file = grouped('BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ I NĂM 2025', ['Quý I/2025', 'Năm 2025'], [row]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored().every((l) => l.includes('| 2025-01..2025-03 |'))).toBe(true);
    expect(stored()).toHaveLength(3);
    const said = preview.problems.filter((p) => p.messageEn.includes('a plan or an estimate'));
    expect(said.map((p) => p.cell)).toEqual(['G5', 'H5', 'I5']);
    expect(said[0]!.messageVi).toContain('kế hoạch hoặc số ước');
  });

  it('"Năm 2025" beside the fourth quarter\'s is the year\'s result', async () => {
    const file = grouped('BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ IV NĂM 2025', ['Quý IV/2025', 'Năm 2025'], [row]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toHaveLength(6);
  });
});

describe('a year to date beside the levels', () => {
  it('in the year\'s report is the year: read once when it repeats the whole province (was: "a total up to a date")', async () => {
    const file = report('UBND TỈNH HÀ TĨNH', 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã', 'Lũy kế từ đầu năm'],
      [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 9100, 5600, 3500, 9100],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    expect(stored()).toEqual([
      'Hà Tĩnh | Số hồ sơ trực tuyến | 2025 | 9100 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp tỉnh | 2025 | 5600 | null',
      'Hà Tĩnh | Số hồ sơ trực tuyến – cấp xã | 2025 | 3500 | null',
    ]);
  });

  it('in the first quarter, rounded otherwise than the quarter (55,9 and 55,92), is read once from the quarter', async () => {
    const file = report('UBND THÀNH PHỐ ĐÀ NẴNG', 'BÁO CÁO CHUYỂN ĐỔI SỐ QUÝ I NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn thành phố', 'Cấp thành phố', 'Cấp xã', 'Lũy kế từ đầu năm'],
      [1, 'Tỷ lệ thanh toán trực tuyến', '%', 55.9, 55.7, 56.1, 55.92],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()[0]).toBe('Đà Nẵng | Tỷ lệ thanh toán trực tuyến | 2025-01..2025-03 | 55.9 | null');
  });
});

describe('a portal\'s long table with its months under "Kỳ báo cáo" ("07/2025"; round 56: read as figures, refused)', () => {
  it.each(['Kỳ báo cáo', 'Kỳ', 'Kỳ số liệu'])('"%s" is the period column', async (header) => {
    const units = units34Names().slice(0, 3);
    const file = writeTemp(
      'cong-dvc.csv',
      [
        `Đơn vị,${header},Số giao dịch thanh toán trực tuyến,Tỷ lệ thanh toán trực tuyến (%)`,
        ...units.flatMap((u, i) => ['07', '08', '09'].map((m) => `"${u}",${m}/2025,${1000 + i},${80 + i}.5`)),
      ].join('\n'),
    );
    const { session, preview } = await importLikeCli(store, file, 2025);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(stored()).toHaveLength(18);
    expect(stored()).toContain(`${units[1]} | Số giao dịch thanh toán trực tuyến | 2025-08 | 1001 | null`);
  });
});

describe('a sheet named for a quarter over columns of another (round 56: nothing said)', () => {
  const sheetOver = (sheet: string, over: string) =>
    report(
      'UBND TỈNH HÀ TĨNH',
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', over, null, null],
        [null, null, null, 'Toàn tỉnh', 'Cấp tỉnh', 'Cấp xã'],
        [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 1000, 600, 400],
      ],
      [{ s: { r: 3, c: 3 }, e: { r: 3, c: 5 } }],
      sheet,
    );

  it("stores the columns' period and says so at their first cell", async () => {
    const preview = await imported(sheetOver('Quý II', 'Quý I/2025'));
    expect(errorCodes(preview)).toEqual([]);
    const said = preview.problems.filter((p) => p.code === 'sheetYearContradicts');
    expect(said.map((p) => p.cell)).toEqual(['D6']);
    expect(said[0]!.messageEn).toContain('Quý II (Q2 2025)');
    expect(stored()[0]).toBe('Hà Tĩnh | Số hồ sơ trực tuyến | 2025-01..2025-03 | 1000 | null');
  });

  it("says nothing when the columns are of the sheet's quarter", async () => {
    const preview = await imported(sheetOver('Quý II', 'Quý II/2025'));
    expect(preview.problems.filter((p) => p.code === 'sheetYearContradicts')).toEqual([]);
  });
});

describe('a rank column naming a KPI that two columns give', () => {
  it('is set aside saying why, not "not recognised"', async () => {
    const file = writeWorkbook('tt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['KẾT QUẢ THANH TOÁN TRỰC TUYẾN NĂM 2025'],
          [
            'STT',
            'Tỉnh, thành phố',
            'Tỷ lệ thanh toán trực tuyến (%)',
            'Số giao dịch thanh toán trực tuyến',
            'Xếp hạng thanh toán trực tuyến',
          ],
          ...units34Names().map((u, i) => [i + 1, u, 90 - i, 5000 - i, i + 1]),
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    const aside = preview.problems.filter((p) => p.cell === 'E2');
    expect(aside.map((p) => p.messageEn)).toEqual([
      expect.stringContaining('is a rank, but names no one indicator column of this table'),
    ]);
  });
});

describe('a table of ranks within regions only (round 52: "no value column is mapped")', () => {
  it('is refused pointing to the regional ranks, which are said as such', async () => {
    const regions = ['Miền Bắc', 'Miền Trung', 'Miền Nam'];
    const file = writeWorkbook('vung.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['XẾP HẠNG DTI NĂM 2025 THEO VÙNG'],
          ['STT', 'Vùng', 'Tỉnh, thành phố', 'Xếp hạng'],
          ...units34Names().map((u, i) => [i + 1, regions[Math.floor(i / 12)]!, u, (i % 12) + 1]),
        ],
      },
    ]);
    const preview = await imported(file);
    const refusal = preview.problems.find((p) => p.code === 'noValueColumn')!;
    expect(refusal.cell).toBe('D2');
    expect(refusal.messageEn).toContain('"Xếp hạng" set aside');
    expect(preview.problems.filter((p) => p.cell === 'D2' && p.severity === 'warning')).toHaveLength(1);
    expect(stored()).toEqual([]);
  });
});

describe('an unaccented title\'s "NAM 2025" (round 52: "nam" kept in the KPI\'s name)', () => {
  it.each([
    ['TY LE HO SO TRUC TUYEN NAM 2025', 'Ty le ho so truc tuyen'],
    ['TY LE HO SO TRUC TUYEN TOAN TRINH NAM 2025 (CAP TINH)', 'Ty le ho so truc tuyen toan trinh (cap tinh)'],
    ['SO TAI KHOAN THANH TOAN QUY III NAM 2025', 'So tai khoan thanh toan'],
    ['Ty le thanh toan truc tuyen thang 9 nam 2025 (%)', 'Ty le thanh toan truc tuyen (%)'],
    // (a place's "Nam" stays)
    ['SO DOANH NGHIEP SO CUA VIET NAM 2025', 'So doanh nghiep so cua viet nam'],
  ])('"%s" names the KPI "%s"', (title, name) => {
    expect(indicatorFromTitle([title], null)).toBe(name);
  });
});

describe("wholes beside rates' levels that are no rate of the whole (round 55: only the first said)", () => {
  it("each KPI's is said at its own cell", async () => {
    const file = report('UBND TỈNH THANH HÓA', 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ IV NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổng số', 'Cấp tỉnh', 'Cấp xã'],
      [1, 'Tỷ lệ TTHC cung cấp DVCTT toàn trình', '%', 1850, 78.5, 65],
      [2, 'Tỷ lệ hồ sơ trực tuyến', '%', 71, 80, 60],
      [3, 'Tỷ lệ thanh toán trực tuyến', '%', 5000, 60, 40],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    const said = preview.problems.filter((p) => p.messageEn.includes('is no rate of the whole province'));
    expect(said.map((p) => p.cell)).toEqual(['D5', 'D7']);
    expect(said[1]!.messageEn).toContain('"Tỷ lệ thanh toán trực tuyến"');
  });
});

describe('a table of units with a KPI split by level (round 58: its whole a second KPI, its rank on the last level)', () => {
  const units = () => units34Names();
  /** Rates whose whole ranks the units in the list's order, while the commune level does not. */
  const figures = (i: number) => [90 - i, 95 - i / 2, 50 + ((i * 7) % 30)];

  it('"<KPI>" over "Tổng số | Cấp tỉnh | Cấp huyện, xã" and a rank beside: the whole is the KPI and the rank is its', async () => {
    const file = writeWorkbook('ttt.xlsx', [
      {
        name: 'Quý III',
        rows: [
          ['TỶ LỆ THANH TOÁN TRỰC TUYẾN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA QUÝ III NĂM 2025'],
          ['Đơn vị tính: %'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ thanh toán trực tuyến', null, null, 'Xếp hạng'],
          [null, null, 'Tổng số', 'Cấp tỉnh', 'Cấp huyện, xã', null],
          ...units().map((u, i) => [i + 1, u, ...figures(i), i + 1]),
        ],
        merges: [
          { s: { r: 2, c: 2 }, e: { r: 2, c: 4 } },
          { s: { r: 2, c: 5 }, e: { r: 3, c: 5 } },
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    const kpi = 'Tỷ lệ thanh toán trực tuyến trên cổng dịch vụ công quốc gia';
    const first = stored().filter((l) => l.startsWith(`${units()[1]} |`));
    expect(first).toEqual([
      `${units()[1]} | ${kpi} | 2025-07..2025-09 | 89 | 2`,
      `${units()[1]} | ${kpi} – cấp huyện, xã | 2025-07..2025-09 | 57 | null`,
      `${units()[1]} | ${kpi} – cấp tỉnh | 2025-07..2025-09 | 94.5 | null`,
    ]);
  });

  it('"Tổng số | Cấp tỉnh | Cấp xã | Xếp hạng" under the title: the rank is the whole\'s', async () => {
    const file = writeWorkbook('tt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III NĂM 2025 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Cấp tỉnh', 'Cấp xã', 'Xếp hạng'],
          ...units().map((u, i) => [i + 1, u, ...figures(i), i + 1]),
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored().filter((l) => l.startsWith(`${units()[1]} |`) && !l.endsWith('| null'))).toEqual([
      `${units()[1]} | Tỷ lệ hồ sơ trực tuyến toàn trình | 2025-07..2025-09 | 89 | 2`,
    ]);
  });

  it('the quarter and its year to date each over "Tổng số | Cấp tỉnh | Cấp xã" in a table of units: each its span; a rank after both is said, not guessed', async () => {
    const file = writeWorkbook('tt-q3.xlsx', [
      {
        name: 'Bieu 01',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III NĂM 2025 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Quý III/2025', null, null, 'Lũy kế từ đầu năm', null, null, 'Xếp hạng'],
          [null, null, 'Tổng số', 'Cấp tỉnh', 'Cấp xã', 'Tổng số', 'Cấp tỉnh', 'Cấp xã', null],
          ...units().map((u, i) => [i + 1, u, ...figures(i), ...figures(i).map((v) => v - 1), i + 1]),
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 4 } },
          { s: { r: 1, c: 5 }, e: { r: 1, c: 7 } },
          { s: { r: 1, c: 8 }, e: { r: 2, c: 8 } },
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.cell === 'I3').map((p) => p.code)).toEqual(['unknownColumn']);
    const kpi = 'Tỷ lệ hồ sơ trực tuyến toàn trình';
    expect(stored().filter((l) => l.startsWith(`${units()[1]} |`))).toEqual([
      `${units()[1]} | ${kpi} | 2025-01..2025-09 | 88 | null`,
      `${units()[1]} | ${kpi} | 2025-07..2025-09 | 89 | null`,
      `${units()[1]} | ${kpi} – cấp tỉnh | 2025-01..2025-09 | 93.5 | null`,
      `${units()[1]} | ${kpi} – cấp tỉnh | 2025-07..2025-09 | 94.5 | null`,
      `${units()[1]} | ${kpi} – cấp xã | 2025-01..2025-09 | 56 | null`,
      `${units()[1]} | ${kpi} – cấp xã | 2025-07..2025-09 | 57 | null`,
    ]);
  });
});

describe("round 58: a province's report, sub-rows and columns of its own period", () => {
  const quangNinh = (title: string, header: string[], rows: (string | number | null)[][]) =>
    report('UBND TỈNH QUẢNG NINH', title, [header, ...rows]);

  it('"Kỳ báo cáo | Lũy kế từ đầu năm": the report\'s figures are the quarter\'s (were dropped without a word)', async () => {
    const preview = await imported(
      quangNinh(
        'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ II NĂM 2025',
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo', 'Lũy kế từ đầu năm'],
        [[1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 1550, 13331]],
      ),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Số giao dịch thanh toán trực tuyến | 2025-01..2025-06 | 13331 | null',
      'Quảng Ninh | Số giao dịch thanh toán trực tuyến | 2025-04..2025-06 | 1550 | null',
    ]);
  });

  it('level rows under a "Lũy kế từ 01/01/2025" row without a figure are the KPI to date; under "Trong quý" the quarter\'s', async () => {
    const preview = await imported(
      quangNinh(
        'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025',
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        [
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', null],
          ['a', 'Trong quý', '%', null],
          ['+', 'Cấp tỉnh', '%', 81.5],
          ['+', 'Cấp xã', '%', 61.2],
          ['b', 'Lũy kế từ 01/01/2025', '%', null],
          ['+', 'Cấp tỉnh', '%', 80.5],
          ['+', 'Cấp xã', '%', 60.2],
          [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', null],
          ['-', 'Trong quý', 'giao dịch', 1200],
          ['-', 'Từ đầu năm đến nay', 'giao dịch', 5400],
        ],
      ),
    );
    expect(errorCodes(preview)).toEqual([]);
    const kpi = 'Tỷ lệ hồ sơ trực tuyến toàn trình';
    expect(stored()).toEqual([
      'Quảng Ninh | Số giao dịch thanh toán trực tuyến | 2025-01..2025-09 | 5400 | null',
      'Quảng Ninh | Số giao dịch thanh toán trực tuyến | 2025-07..2025-09 | 1200 | null',
      `Quảng Ninh | ${kpi} – cấp tỉnh | 2025-01..2025-09 | 80.5 | null`,
      `Quảng Ninh | ${kpi} – cấp tỉnh | 2025-07..2025-09 | 81.5 | null`,
      `Quảng Ninh | ${kpi} – cấp xã | 2025-01..2025-09 | 60.2 | null`,
      `Quảng Ninh | ${kpi} – cấp xã | 2025-07..2025-09 | 61.2 | null`,
    ]);
  });

  it('"Trong tháng" in a quarter\'s report is another span: skipped and said', async () => {
    const preview = await imported(
      quangNinh(
        'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025',
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        [
          [1, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', null],
          ['-', 'Trong tháng', 'giao dịch', 400],
        ],
      ),
    );
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual(['B6']);
    expect(stored()).toEqual([]);
  });

  it('a sub-row "- Xếp hạng | Hạng | 12" under a KPI is its rank (was the value 12 of a KPI "… – Xếp hạng")', async () => {
    const preview = await imported(
      quangNinh(
        'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        [
          [1, 'Tỷ lệ thanh toán trực tuyến', '%', 45.2],
          ['-', 'Xếp hạng', 'Hạng', 12],
        ],
      ),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Tỷ lệ thanh toán trực tuyến | 2025 | 45.2 | null',
      'Quảng Ninh | Xếp hạng tỷ lệ thanh toán trực tuyến | 2025 | null | 12',
    ]);
    expect(store.db.prepare(`SELECT rank_of FROM observation WHERE rank = 12`).pluck().get()).toBe(34);
  });

  it('"Kết quả | Xếp hạng" in the year 2025\'s report asks for no group: its ranks are of the 34, "12/63" of the 63', async () => {
    const preview = await imported(
      quangNinh(
        'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
        ['STT', 'Chỉ tiêu', 'Kết quả', 'Xếp hạng'],
        [
          [1, 'Tỷ lệ thanh toán trực tuyến (%)', 45.2, 12],
          [2, 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 60.1, '40/63'],
        ],
      ),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(
      store.db
        .prepare(`SELECT rank || '/' || rank_of FROM observation WHERE rank IS NOT NULL ORDER BY source_cell`)
        .pluck()
        .all(),
    ).toEqual(['12/34', '40/63']);
  });
});

describe('round 58: a table of units', () => {
  it('"<KPI> năm 2025 (%)" over "Tổng số | Cấp tỉnh | Cấp xã": the KPI without its year, the whole as the KPI', async () => {
    const file = writeWorkbook('kpi-group.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 (%)', null, null],
          [null, null, 'Tổng số', 'Cấp tỉnh', 'Cấp xã'],
          ...units34Names().map((u, i) => [i + 1, u, 70, 80 - i / 2, 60 + i / 2]),
        ],
        merges: [{ s: { r: 0, c: 2 }, e: { r: 0, c: 4 } }],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(
      store.db
        .prepare(
          `SELECT DISTINCT i.name_vi FROM observation o JOIN indicator i ON i.id = o.indicator_id ORDER BY 1`,
        )
        .pluck()
        .all(),
    ).toEqual([
      'Tỷ lệ hồ sơ trực tuyến toàn trình',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã',
    ]);
  });

  it('English "Total | Provincial level | Commune level" under a title naming the KPI', async () => {
    const file = writeWorkbook('en.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['ONLINE APPLICATION RATE 2025 (%)'],
          ['No.', 'Province', 'Total', 'Provincial level', 'Commune level'],
          ...units34Names().map((u, i) => [i + 1, u, 70, 80 - i / 2, 60 + i / 2]),
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toHaveLength(102);
    expect(stored()[0]).toContain('| Online application rate | 2025 | 70 |');
  });

  it('"- CẬP NHẬT THÁNG 9/2025" after a year\'s title is when the copy was updated: neither the KPI\'s name nor its period', async () => {
    const file = writeWorkbook('cap-nhat.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025 (%) - CẬP NHẬT THÁNG 9/2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          ...units34Names().map((u, i) => [i + 1, u, 70 + i / 4]),
        ],
      },
    ]);
    const { session, analysis } = await importLikeCli(store, file);
    session.dispose();
    expect(analysis.target).toMatchObject({
      period: '2025',
      indicator: 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)',
    });
  });
});

describe('a sheet named for a month over columns of whole years (round 58: nothing said)', () => {
  it('is said at their first cell', async () => {
    const file = writeWorkbook('t9.xlsx', [
      {
        name: 'T9',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)'],
          ['STT', 'Tỉnh, thành phố', 'Năm 2024', 'Năm 2025'],
          ...units34Names().map((u, i) => [i + 1, u, 60 + i / 4, 70 + i / 4]),
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, file);
    session.dispose();
    expect(preview.problems.filter((p) => p.code === 'sheetYearContradicts').map((p) => p.cell)).toEqual([
      'C3',
    ]);
  });
});

describe("a bare rank after the quarter's and the year to date's wholes of one KPI (round 58)", () => {
  const file = (ytd: (i: number) => number) => quarterAndYearToDate34('tt-q3-rank.xlsx', ytd);
  const ranks = () =>
    store.db
      .prepare(`SELECT DISTINCT period FROM observation WHERE rank IS NOT NULL AND layer = 'user'`)
      .pluck()
      .all();

  it("ranks the quarter's whole when its cells follow the quarter's order only", async () => {
    // (the year to date in another order: every third unit's up)
    const preview = await imported(file((i) => 60 + ((i * 7) % 30)));
    expect(errorCodes(preview)).toEqual([]);
    expect(ranks()).toEqual(['2025-07..2025-09']);
    expect(preview.problems.filter((p) => p.cell === 'I3')).toEqual([]);
  });

  it('is set aside and said when it follows both', async () => {
    const preview = await imported(file((i) => 80 - i / 2));
    expect(ranks()).toEqual([]);
    expect(preview.problems.filter((p) => p.cell === 'I3').map((p) => p.code)).toEqual(['unknownColumn']);
  });
});

describe('round 60: ranks under a KPI group, rank and level rows in a report', () => {
  const units = () => units34Names();
  const grouped = (sub: string[], cells: (i: number) => (number | null)[], title = 'NĂM 2025') =>
    writeWorkbook('nhom.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          [`KẾT QUẢ CHUYỂN ĐỔI SỐ ${title}`],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)', ...sub.slice(1).map(() => null)],
          [null, null, ...sub],
          ...units().map((u, i) => [i + 1, u, ...cells(i)]),
        ],
        merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 1 + sub.length } }],
      },
    ]);
  const rankedKpis = () =>
    store.db
      .prepare(
        `SELECT DISTINCT i.name_vi FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.rank IS NOT NULL`,
      )
      .pluck()
      .all();

  it('"Tổng số | Cấp tỉnh | Cấp xã | Xếp hạng" under the KPI: the whole\'s rank (was the commune level\'s)', async () => {
    const preview = await imported(
      grouped(['Tổng số', 'Cấp tỉnh', 'Cấp xã', 'Xếp hạng'], (i) => [
        90 - i,
        95 - i / 2,
        50 + ((i * 7) % 30),
        i + 1,
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(rankedKpis()).toEqual(['Tỷ lệ hồ sơ trực tuyến']);
  });

  it('"Tổng số | Xếp hạng | Cấp tỉnh | Cấp xã" under the KPI: the whole\'s rank (was refused, "no indicator")', async () => {
    const preview = await imported(
      grouped(['Tổng số', 'Xếp hạng', 'Cấp tỉnh', 'Cấp xã'], (i) => [
        90 - i,
        i + 1,
        95 - i / 2,
        50 + ((i * 7) % 30),
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(rankedKpis()).toEqual(['Tỷ lệ hồ sơ trực tuyến']);
  });

  const payments = (rankOf: 'count' | 'neither') =>
    writeWorkbook('ttt-gt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['KẾT QUẢ THANH TOÁN TRỰC TUYẾN NĂM 2025'],
          ['STT', 'Tỉnh, thành phố', 'Thanh toán trực tuyến', null, 'Xếp hạng'],
          [null, null, 'Số giao dịch', 'Giá trị (triệu đồng)', null],
          ...units().map((u, i) => [
            i + 1,
            u,
            50000 - i * 1000,
            3000 + ((i * 11) % 34) * 10,
            rankOf === 'count' ? i + 1 : ((i * 5) % 34) + 1,
          ]),
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
          { s: { r: 1, c: 4 }, e: { r: 2, c: 4 } },
        ],
      },
    ]);

  it('"Thanh toán trực tuyến" over "Số giao dịch | Giá trị (triệu đồng)": the money its measure, a rank after both the one its cells follow', async () => {
    const preview = await imported(payments('count'));
    expect(errorCodes(preview)).toEqual([]);
    expect(
      store.db
        .prepare(
          `SELECT DISTINCT name_vi FROM indicator WHERE kind = 'kpi' AND id IN (SELECT indicator_id FROM observation) ORDER BY 1`,
        )
        .pluck()
        .all(),
    ).toEqual(['Thanh toán trực tuyến – Số giao dịch', 'Thanh toán trực tuyến – giá trị']);
    expect(rankedKpis()).toEqual(['Thanh toán trực tuyến – Số giao dịch']);
  });

  it("a rank after two measures that follows neither is set aside and said (was the money value's)", async () => {
    const preview = await imported(payments('neither'));
    expect(errorCodes(preview)).toEqual([]);
    expect(rankedKpis()).toEqual([]);
    expect(preview.problems.filter((p) => p.cell === 'E3').map((p) => p.code)).toEqual(['unknownColumn']);
  });

  it('in a report, unmarked level rows under an item and rank rows ("Thứ hạng toàn quốc", "Hạng") are the item\'s', async () => {
    const file = report('UBND TỈNH QUẢNG NINH', 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
      [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 85.2],
      [null, 'Cấp tỉnh', '%', 90.1],
      [null, 'Cấp xã', '%', 80.3],
      [null, 'Thứ hạng toàn quốc', null, 7],
      [2, 'Tỷ lệ thanh toán trực tuyến', '%', 45.6],
      [null, 'Hạng', null, 9],
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Tỷ lệ hồ sơ trực tuyến toàn trình | 2025-07..2025-09 | 85.2 | null',
      'Quảng Ninh | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh | 2025-07..2025-09 | 90.1 | null',
      'Quảng Ninh | Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã | 2025-07..2025-09 | 80.3 | null',
      'Quảng Ninh | Tỷ lệ thanh toán trực tuyến | 2025-07..2025-09 | 45.6 | null',
      'Quảng Ninh | Xếp hạng tỷ lệ hồ sơ trực tuyến toàn trình | 2025-07..2025-09 | null | 7',
      'Quảng Ninh | Xếp hạng tỷ lệ thanh toán trực tuyến | 2025-07..2025-09 | null | 9',
    ]);
  });
});

describe("a whole set aside beside a rate's levels keeps its rank (round 61: dropped with it, unsaid)", () => {
  it('the rank beside a "Tổng số" that is no rate of its levels is stored for the KPI', async () => {
    const file = writeWorkbook('tt-rank.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III NĂM 2025 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Cấp tỉnh', 'Cấp xã', 'Xếp hạng'],
          // (the second unit's whole lies outside its levels: set aside, its rank kept)
          ...units34Names().map((u, i) => [i + 1, u, i === 1 ? 99 : 90 - i, 95 - i, 85 - i, i + 1]),
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(
      stored().filter((l) => l.startsWith(`${units34Names()[1]} | Tỷ lệ hồ sơ trực tuyến toàn trình |`)),
    ).toEqual([`${units34Names()[1]} | Tỷ lệ hồ sơ trực tuyến toàn trình | 2025-07..2025-09 | null | 2`]);
  });
});
