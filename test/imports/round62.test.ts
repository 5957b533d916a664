// Session 20: a province's report with measures beside its KPI names ("Chỉ tiêu | Số lượng | Tỷ lệ
// (%)", under levels or years), a remembered layout of a two-year table, and a report's national
// rank written out of the other list. Each test imports the file as the command line does and
// checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { referenceCsv } from '../../src/main/store/referenceFiles';
import { errorCodes, importCommitted, storedLines, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, o.period');

const imported = (file: string, year?: number) => importCommitted(store, file, year);

type Merge = { s: { r: number; c: number }; e: { r: number; c: number } };
/** Quảng Ninh's report: a title line, then ROWS (header rows first), with MERGES. */
const report = (
  title: string,
  rows: (string | number | null)[][],
  merges: Merge[] = [],
  name = 'bao-cao.xlsx',
) => writeWorkbook(name, [{ name: 'BC', rows: [[title], ...rows], merges }]);
/** A merge of row R (0-based) from column C1 to C2. */
const across = (r: number, c1: number, c2: number): Merge => ({ s: { r, c: c1 }, e: { r, c: c2 } });

describe('measures beside a column of KPI names ("Chỉ tiêu | Số lượng | Tỷ lệ (%)")', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH NĂM 2024';

  it('each row\'s KPI in each measure (was: refused, "no value column")', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Dịch vụ công trực tuyến toàn trình', 120, 45.5],
        [2, 'Tỷ lệ hồ sơ trực tuyến', 12000, '60,1%'],
        ['I', 'CHÍNH QUYỀN SỐ', null, null],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Dịch vụ công trực tuyến toàn trình – số lượng | 2024 | 120 | null',
      'Quảng Ninh | Dịch vụ công trực tuyến toàn trình – tỷ lệ | 2024 | 45.5 | null',
      // (a KPI named as a rate, in "Tỷ lệ (%)": that KPI itself)
      'Quảng Ninh | Tỷ lệ hồ sơ trực tuyến | 2024 | 60.1 | null',
      'Quảng Ninh | Tỷ lệ hồ sơ trực tuyến – số lượng | 2024 | 12000 | null',
    ]);
    const uom = store.db
      .prepare(
        `SELECT name_vi, unit_of_measure FROM indicator WHERE kind = 'kpi' AND name_vi LIKE '%tỷ lệ' ORDER BY 1`,
      )
      .all();
    expect(uom).toEqual([{ name_vi: 'Dịch vụ công trực tuyến toàn trình – tỷ lệ', unit_of_measure: '%' }]);
  });

  it('the rate keeps its own unit beside a unit column that gives the count\'s ("ĐVT | hồ sơ")', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến', 'hồ sơ', 12000, 60.1],
      ]),
    );
    // (no "a count in hồ sơ is a whole number" at the rate's 60,1)
    expect(preview.problems.map((p) => p.code)).toEqual([]);
    expect(
      store.db.prepare(`SELECT name_vi, unit_of_measure FROM indicator WHERE kind = 'kpi' ORDER BY 1`).all(),
    ).toEqual([
      { name_vi: 'Hồ sơ trực tuyến – số lượng', unit_of_measure: 'hồ sơ' },
      { name_vi: 'Hồ sơ trực tuyến – tỷ lệ', unit_of_measure: '%' },
    ]);
  });

  it('under levels, under years, and under years over levels (two and three header rows)', async () => {
    const levels = report(
      TITLE,
      [
        ['STT', 'Chỉ tiêu', 'Cấp tỉnh', null, 'Cấp xã', null],
        [null, null, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến', 12000, 60.1, 8000, 50.5],
      ],
      [across(1, 2, 3), across(1, 4, 5)],
      'levels.xlsx',
    );
    expect(errorCodes(await imported(levels))).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ | 2024 | 60.1 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – số lượng | 2024 | 8000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – tỷ lệ | 2024 | 50.5 | null',
    ]);

    store.close();
    store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
    const years = report(
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH NĂM 2024',
      [
        ['STT', 'Chỉ tiêu', 'Năm 2023', null, null, null, 'Năm 2024', null, null, null],
        [null, null, 'Cấp tỉnh', null, 'Cấp xã', null, 'Cấp tỉnh', null, 'Cấp xã', null],
        [
          null,
          null,
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
          'Số lượng',
          'Tỷ lệ (%)',
        ],
        [1, 'Hồ sơ trực tuyến', 11000, 55.5, 7000, 45.5, 12000, 60.1, 8000, 50.5],
      ],
      [across(1, 2, 5), across(1, 6, 9), across(2, 2, 3), across(2, 4, 5), across(2, 6, 7), across(2, 8, 9)],
      'years.xlsx',
    );
    const preview = await imported(years);
    expect(errorCodes(preview)).toEqual([]);
    // (the other year's columns: stored for their own year, and said)
    expect(preview.problems.map((p) => p.code)).toContain('periodsOutsideTitle');
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – số lượng | 2023 | 11000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ | 2023 | 55.5 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ | 2024 | 60.1 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – số lượng | 2023 | 7000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – số lượng | 2024 | 8000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – tỷ lệ | 2023 | 45.5 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp xã – tỷ lệ | 2024 | 50.5 | null',
    ]);
  });

  it('a rank after the measures is set aside and said: which one it ranks no cell tells', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)', 'Xếp hạng'],
        [1, 'Hồ sơ trực tuyến', 12000, 60.1, 5],
        [2, 'Thanh toán trực tuyến', 9000, 45.2, 12],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    const said = preview.problems.find((p) => p.cell === 'E2');
    expect(said?.messageEn).toContain('names no one indicator column');
    expect(stored().filter((l) => !l.endsWith('| null'))).toEqual([]);
    expect(stored()).toHaveLength(4);
  });

  it('a plan beside the result keeps its reading: "Thực hiện" the KPI, "Tỷ lệ (%)" of the plan set aside', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến', 10000, 12000, 120],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual(['Quảng Ninh | Hồ sơ trực tuyến | 2024 | 12000 | null']);
  });
});

describe('measures attacked (round 64)', () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH QUẢNG NINH NĂM 2024';
  const units = () =>
    store.db
      .prepare(`SELECT name_vi AS name, unit_of_measure AS uom FROM indicator WHERE kind = 'kpi' ORDER BY 1`)
      .all();

  it("a total's row after an item's levels is the item's whole (was: a KPI named after the title, \"Chuyển đổi số\", or the sheet)", async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ tiếp nhận trực tuyến', 'hồ sơ', null, null],
        ['-', 'Cấp tỉnh', 'hồ sơ', 8000, 70.1],
        ['-', 'Cấp xã', 'hồ sơ', 4000, 50.2],
        [null, 'Tổng cộng', 'hồ sơ', 12000, 62.5],
        [2, 'Hồ sơ thanh toán trực tuyến', 'hồ sơ', 3000, 30],
        [null, 'Cộng', 'hồ sơ', 3000, 30],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ thanh toán trực tuyến – số lượng | 2024 | 3000 | null',
      'Quảng Ninh | Hồ sơ thanh toán trực tuyến – tỷ lệ | 2024 | 30 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – cấp tỉnh – số lượng | 2024 | 8000 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – cấp tỉnh – tỷ lệ | 2024 | 70.1 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – cấp xã – số lượng | 2024 | 4000 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – cấp xã – tỷ lệ | 2024 | 50.2 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ tiếp nhận trực tuyến – tỷ lệ | 2024 | 62.5 | null',
    ]);
    // (the total under an item with its own figure: skipped, said at its cell)
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual(['B8']);
  });

  it("a total's row with a single value column under a report's title is no KPI named after it", async () => {
    const preview = await imported(
      writeWorkbook('bc.xlsx', [
        {
          name: 'Bao cao',
          rows: [
            ['BÁO CÁO SỐ LIỆU TỈNH QUẢNG NINH NĂM 2024'],
            ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
            [1, 'Hồ sơ trực tuyến', 'hồ sơ', 9000],
            [2, 'Hồ sơ thanh toán trực tuyến', 'hồ sơ', 3000],
            [null, 'Cộng', 'hồ sơ', 12000],
          ],
        },
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ thanh toán trực tuyến | 2024 | 3000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến | 2024 | 9000 | null',
    ]);
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual(['B5']);
  });

  it('a rate headed "Tỷ lệ %" or "Tỷ lệ" is in %, whatever the row\'s unit; a count beside a rate\'s "%" has no unit', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ %', 'Tỷ lệ'],
        [1, 'Hồ sơ trực tuyến toàn trình', 'hồ sơ', 12000, 60.1, null],
        [2, 'Doanh nghiệp công nghệ số', 'doanh nghiệp', 245, null, 85],
        [3, 'Tỷ lệ cơ quan sử dụng chữ ký số', '%', 45, 100, null],
      ]),
    );
    expect(preview.problems.filter((p) => p.code === 'countNotWhole')).toEqual([]);
    expect(units()).toEqual([
      { name: 'Doanh nghiệp công nghệ số – số lượng', uom: 'doanh nghiệp' },
      { name: 'Doanh nghiệp công nghệ số – tỷ lệ', uom: '%' },
      { name: 'Hồ sơ trực tuyến toàn trình – số lượng', uom: 'hồ sơ' },
      { name: 'Hồ sơ trực tuyến toàn trình – tỷ lệ', uom: '%' },
      { name: 'Tỷ lệ cơ quan sử dụng chữ ký số', uom: '%' },
      { name: 'Tỷ lệ cơ quan sử dụng chữ ký số – số lượng', uom: null },
    ]);
  });

  it('beside a plan\'s column, the count is the KPI and the rate (the plan\'s achievement) is set aside, as under "Thực hiện"', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến toàn trình', 'hồ sơ', 10000, 12000, 120],
        [2, 'Cán bộ được tập huấn', 'người', 2000, 1500, 75],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Cán bộ được tập huấn | 2024 | 1500 | null',
      'Quảng Ninh | Hồ sơ trực tuyến toàn trình | 2024 | 12000 | null',
    ]);
    expect(preview.problems.find((p) => p.cell === 'F2')?.code).toBe('unknownColumn');
  });

  it('a row named for another year is skipped and said; one compared with another year is kept', async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến toàn trình năm 2023', 9000, 50.1],
        [2, 'Hồ sơ trực tuyến toàn trình', 12000, 60.1],
        [3, 'Tỷ lệ tăng số hồ sơ so với năm 2023', null, 33.3],
        // (a horizon's and a document's years are names, not periods)
        [4, 'Xã đạt chuẩn theo Chương trình chuyển đổi số đến năm 2025', 80, null],
        [5, 'Hồ sơ xử lý theo Quyết định số 1234/QĐ-UBND năm 2023', 500, null],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ trực tuyến toàn trình – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến toàn trình – tỷ lệ | 2024 | 60.1 | null',
      'Quảng Ninh | Hồ sơ xử lý theo Quyết định số 1234/QĐ-UBND năm 2023 – số lượng | 2024 | 500 | null',
      'Quảng Ninh | Tỷ lệ tăng số hồ sơ so với năm 2023 | 2024 | 33.3 | null',
      'Quảng Ninh | Xã đạt chuẩn theo Chương trình chuyển đổi số đến năm 2025 – số lượng | 2024 | 80 | null',
    ]);
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual(['B3']);
  });

  it('measures written short ("SL | TL (%)"), and a level over a year over them', async () => {
    expect(
      errorCodes(
        await imported(
          report(TITLE, [
            ['STT', 'Chỉ tiêu', 'SL', 'TL (%)'],
            [1, 'Hồ sơ trực tuyến toàn trình', 12000, 60.1],
          ]),
        ),
      ),
    ).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ trực tuyến toàn trình – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến toàn trình – tỷ lệ | 2024 | 60.1 | null',
    ]);
    store.close();
    store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
    const levelOverYear = report(
      TITLE,
      [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Cấp tỉnh', null, null, null],
        [null, null, null, 'Năm 2023', null, 'Năm 2024', null],
        [null, null, null, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
        [1, 'Hồ sơ trực tuyến', 'hồ sơ', 9000, 50.1, 12000, 60.2],
      ],
      [across(1, 3, 6), across(2, 3, 4), across(2, 5, 6)],
    );
    expect(errorCodes(await imported(levelOverYear))).toEqual([]);
    expect(stored()).toEqual([
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – số lượng | 2023 | 9000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – số lượng | 2024 | 12000 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ | 2023 | 50.1 | null',
      'Quảng Ninh | Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ | 2024 | 60.2 | null',
    ]);
  });

  it("each year's rank after its measures is set aside and said as such, neither 'imported for' the other", async () => {
    const preview = await imported(
      report(
        'SO SÁNH CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025 VỚI NĂM 2024',
        [
          ['STT', 'Chỉ tiêu', 'Năm 2024', null, null, 'Năm 2025', null, null],
          [null, null, 'Số lượng', 'Tỷ lệ (%)', 'Xếp hạng', 'Số lượng', 'Tỷ lệ (%)', 'Xếp hạng'],
          [1, 'Hồ sơ trực tuyến toàn trình', 10500, 55.2, 20, 14200, 68.9, 12],
        ],
        [across(1, 2, 4), across(1, 5, 7)],
      ),
      2025,
    );
    const ranks = preview.problems.filter((p) => p.cell === 'E3' || p.cell === 'H3');
    expect(ranks.map((p) => [p.cell, p.code])).toEqual([
      ['E3', 'unknownColumn'],
      ['H3', 'unknownColumn'],
    ]);
    expect(ranks.every((p) => p.messageEn.includes('names no one indicator column'))).toBe(true);
    expect(stored().filter((l) => !l.endsWith('| null'))).toEqual([]);
  });

  it("with no value column, the refusal names the columns not recognised, at the first one's cell", async () => {
    const preview = await imported(
      report(TITLE, [
        ['STT', 'Chỉ tiêu', 'Số lượt', 'Tỷ lệ tăng (%)'],
        [1, 'Truy cập cổng dịch vụ công', 120000, 12.5],
      ]),
    );
    const p = preview.problems.find((x) => x.code === 'noValueColumn')!;
    expect(p.cell).toBe('C2');
    expect(p.messageEn).toContain('"Số lượt", "Tỷ lệ tăng (%)" not recognised');
    expect(p.messageVi).toContain('không nhận ra "Số lượt", "Tỷ lệ tăng (%)"');
    expect(stored()).toEqual([]);
  });

  it('an English KPI named as a rate, measured as "Rate (%)", is that KPI', async () => {
    await imported(
      report('QUANG NINH DIGITAL TRANSFORMATION REPORT 2024', [
        ['No.', 'Indicator', 'Number', 'Rate (%)'],
        [1, 'Online applications', 23000, 71.2],
        [2, 'Percentage of adults with a digital signature', null, 21.3],
        [3, 'Online payment rate', null, 48.5],
      ]),
    );
    expect(stored()).toEqual([
      'Quảng Ninh | Online applications – number | 2024 | 23000 | null',
      'Quảng Ninh | Online applications – rate | 2024 | 71.2 | null',
      'Quảng Ninh | Online payment rate | 2024 | 48.5 | null',
      'Quảng Ninh | Percentage of adults with a digital signature | 2024 | 21.3 | null',
    ]);
  });
});

describe("a report's totals and periods in its rows' names (round 66)", () => {
  const TITLE = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2024';
  const book = (title: string, rows: (string | number | null)[][], merges: Merge[] = []) =>
    writeWorkbook('bc.xlsx', [{ name: 'Sheet1', rows: [['UBND TỈNH BẮC NINH'], [title], ...rows], merges }]);
  const skipped = (p: { problems: { code: string; cell?: string | null }[] }) =>
    p.problems.filter((x) => x.code === 'summaryRow').map((x) => x.cell);

  it("a numbered total, a section's and a grand total, an average: skipped and said, never KPIs of their names or the title's", async () => {
    const preview = await imported(
      book(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        ['I', 'CHÍNH QUYỀN SỐ', null, null],
        [1, 'Số dịch vụ công trực tuyến toàn trình', 'dịch vụ', 850],
        [2, 'Tỷ lệ hồ sơ trực tuyến', null, null],
        ['-', 'Cấp tỉnh', '%', 80.5],
        ['-', 'Cấp xã', '%', 40.1],
        [null, 'Trung bình', '%', 60.3],
        [null, 'Cộng mục I', null, 850],
        [3, 'Tổng cộng', null, 2000],
        [null, 'Tổng cộng toàn tỉnh', null, 2000],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Số dịch vụ công trực tuyến toàn trình | 2024 | 850 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2024 | 80.5 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2024 | 40.1 | null',
    ]);
    expect(skipped(preview)).toEqual(['B9', 'B10', 'B11', 'B12']);
  });

  it('a "Tổng cộng" merged over the STT and name cells, and "Toàn tỉnh", close the item above: its whole', async () => {
    const preview = await imported(
      book(
        TITLE,
        [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
          [1, 'Hồ sơ tiếp nhận trực tuyến', null, null],
          ['-', 'Cấp tỉnh', 'hồ sơ', 1200],
          ['-', 'Cấp xã', 'hồ sơ', 800],
          ['Tổng cộng', null, 'hồ sơ', 2000],
          [2, 'Số tài khoản thanh toán', null, null],
          ['-', 'Cá nhân', 'tài khoản', 4000],
          ['-', 'Toàn tỉnh', 'tài khoản', 5000],
        ],
        [{ s: { r: 6, c: 0 }, e: { r: 6, c: 1 } }],
      ),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Hồ sơ tiếp nhận trực tuyến | 2024 | 2000 | null',
      'Bắc Ninh | Hồ sơ tiếp nhận trực tuyến – cấp tỉnh | 2024 | 1200 | null',
      'Bắc Ninh | Hồ sơ tiếp nhận trực tuyến – cấp xã | 2024 | 800 | null',
      'Bắc Ninh | Số tài khoản thanh toán | 2024 | 5000 | null',
      'Bắc Ninh | Số tài khoản thanh toán – Cá nhân | 2024 | 4000 | null',
    ]);
  });

  it('under a title naming a KPI, a total numbered or not is that KPI', async () => {
    for (const stt of [3, null]) {
      store.close();
      store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
      await imported(
        book('SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024 (giao dịch)', [
          ['STT', 'Chỉ tiêu', 'Kết quả'],
          [1, 'Phí, lệ phí', 1500],
          [2, 'Thuế', 2500],
          [stt, 'Tổng cộng', 4000],
        ]),
      );
      expect(stored(), String(stt)).toEqual([
        'Bắc Ninh | Số giao dịch thanh toán trực tuyến | 2024 | 4000 | null',
        'Bắc Ninh | Số giao dịch thanh toán trực tuyến – Phí, lệ phí | 2024 | 1500 | null',
        'Bắc Ninh | Số giao dịch thanh toán trực tuyến – Thuế | 2024 | 2500 | null',
      ]);
    }
  });

  it("rows named for other parts of the year, a span of years or a target are skipped and said; the report's own period leaves the KPI's name", async () => {
    const preview = await imported(
      book('BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Số hồ sơ trực tuyến toàn trình 6 tháng đầu năm 2024', 'hồ sơ', 3200],
        [2, 'Số hồ sơ trực tuyến toàn trình năm 2024', 'hồ sơ', 6300],
        [3, 'Số hồ sơ trực tuyến toàn trình quý I/2024', 'hồ sơ', 1500],
        [4, 'Số tài khoản thanh toán', null, null],
        ['-', 'Giai đoạn 2021-2025', 'tài khoản', 90000],
        ['-', 'So với cùng kỳ (%)', '%', 111.1],
        [5, 'Mục tiêu đến năm 2030 về thanh toán không dùng tiền mặt', '%', 80],
        [6, 'Số doanh nghiệp theo Luật Giao dịch điện tử năm 2023', 'doanh nghiệp', 120],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    const h1 = '2024-01..2024-06';
    expect(stored()).toEqual([
      `Bắc Ninh | Số doanh nghiệp theo Luật Giao dịch điện tử năm 2023 | ${h1} | 120 | null`,
      `Bắc Ninh | Số hồ sơ trực tuyến toàn trình | ${h1} | 3200 | null`,
      `Bắc Ninh | Số tài khoản thanh toán – So với cùng kỳ | ${h1} | 111.1 | null`,
    ]);
    expect(skipped(preview)).toEqual(['B5', 'B6', 'B8', 'B10']);
  });

  it("round 67: a school year, a standard's span and a name running into its year are names; a span's own figure and a quarter's total of the quarter's report are read as such", async () => {
    const preview = await imported(
      book(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Tỷ lệ trường học triển khai học bạ số năm học 2023-2024', '%', 85],
        [2, 'Số hộ nghèo theo chuẩn nghèo giai đoạn 2022-2025', 'hộ', 1234],
        [3, 'Số hồ sơ trực tuyến toàn trình lũy kế đến hết năm 2024', 'hồ sơ', 21000],
        [4, 'Số hồ sơ trực tuyến toàn trình giai đoạn 2021-2025', 'hồ sơ', 20000],
        [5, 'Số hồ sơ trực tuyến 2021-2025', 'hồ sơ', 92000],
        [6, 'Số hồ sơ thanh toán trực tuyến (giai đoạn 2021-2025)', 'hồ sơ', 9000],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Số hồ sơ trực tuyến toàn trình lũy kế đến hết năm 2024 | 2024 | 21000 | null',
      'Bắc Ninh | Số hộ nghèo theo chuẩn nghèo giai đoạn 2022-2025 | 2024 | 1234 | null',
      'Bắc Ninh | Tỷ lệ trường học triển khai học bạ số năm học 2023-2024 | 2024 | 85 | null',
    ]);
    expect(skipped(preview)).toEqual(['B7', 'B8', 'B9']);

    store.close();
    store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
    const q1 = await imported(
      book('BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ I NĂM 2024', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Số hồ sơ trực tuyến', null, null],
        ['-', 'Tháng 1', 'hồ sơ', 100],
        ['-', 'Tháng 2', 'hồ sơ', 120],
        ['-', 'Tháng 3', 'hồ sơ', 130],
        [null, 'Cộng quý I', 'hồ sơ', 350],
      ]),
    );
    expect(errorCodes(q1)).toEqual([]);
    expect(stored()).toEqual(['Bắc Ninh | Số hồ sơ trực tuyến | 2024-01..2024-03 | 350 | null']);

    store.close();
    store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
    const h1 = await imported(
      book('BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Số hồ sơ trực tuyến', null, null],
        ['-', 'Quý I', 'hồ sơ', 1500],
        ['-', 'Quý II', 'hồ sơ', 1800],
        [null, 'Cộng 6 tháng', 'hồ sơ', 3300],
        [2, 'Số tài khoản thanh toán', null, null],
        ['-', 'Cá nhân', 'tài khoản', 600],
        [null, 'Cộng 6 tháng (tài khoản)', 'tài khoản', 700],
      ]),
    );
    expect(errorCodes(h1)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Số hồ sơ trực tuyến | 2024-01..2024-06 | 3300 | null',
      'Bắc Ninh | Số tài khoản thanh toán | 2024-01..2024-06 | 700 | null',
      'Bắc Ninh | Số tài khoản thanh toán – Cá nhân | 2024-01..2024-06 | 600 | null',
    ]);

    store.close();
    store = new Store(path.join(tempDir('dti-round62-'), 'r.db'));
    const year = await imported(
      book(TITLE, [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Số hồ sơ trực tuyến', null, null],
        ['-', 'Cấp tỉnh', 'hồ sơ', 1500],
        ['-', 'Cấp xã', 'hồ sơ', 1800],
        [null, 'Cộng năm', 'hồ sơ', 3300],
      ]),
    );
    expect(errorCodes(year)).toEqual([]);
    expect(stored()).toContain('Bắc Ninh | Số hồ sơ trực tuyến | 2024 | 3300 | null');
  });
});

describe('a remembered layout of a two-year table (round 62 analyst)', () => {
  /** "… NĂM 2021 VỚI NĂM 2020": the 63 units' DTI of both years; Phú Thọ's 2021 score moved by `fix`. */
  const comparison = (name: string, fix = 0) => {
    const units = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);
    const rows = units.map((u, i) => [
      i + 1,
      u,
      Number((0.6 - i * 0.004).toFixed(4)),
      i + 1,
      Number((0.65 - i * 0.004 + (u === 'Phú Thọ' ? fix : 0)).toFixed(4)),
      i + 1,
    ]);
    return writeWorkbook(name, [
      {
        name: 'So sánh',
        rows: [
          ['SO SÁNH KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2021 VỚI NĂM 2020'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI 2020', 'Xếp hạng 2020', 'Điểm DTI 2021', 'Xếp hạng 2021'],
          ...rows,
        ],
      },
    ]);
  };
  const phuTho = (year: number) =>
    store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.code = 'dti' AND u.name_vi = 'Phú Thọ' AND o.year = ?`,
      )
      .pluck()
      .get(year);

  it("a corrected copy is read for its title's year after the file was imported again for the other (was: the last import's year, the correction dropped)", async () => {
    const first = comparison('so-sanh.xlsx');
    const at = referenceCsv('provinces_63.csv').findIndex((r) => r.name_vi === 'Phú Thọ');
    expect(errorCodes(await imported(first))).toEqual([]);
    expect(phuTho(2021)).toBeCloseTo(0.65 - 0.004 * at, 4);
    expect(phuTho(2020)).toBeUndefined();
    // as the warning advises: the file again for 2020
    await imported(first, 2020);
    expect(phuTho(2020)).toBeCloseTo(0.6 - 0.004 * at, 4);
    const corrected = await imported(comparison('so-sanh-da-sua.xlsx', 0.0002));
    expect(errorCodes(corrected)).toEqual([]);
    expect(corrected.counts.changed).toBe(1);
    expect(phuTho(2021)).toBeCloseTo(0.65 - 0.004 * at + 0.0002, 4);
    // …and again for 2020 with --year: the 2020 columns
    expect((await imported(comparison('so-sanh-da-sua.xlsx', 0.0002), 2020)).counts).toMatchObject({
      changed: 0,
      new: 0,
    });
  });
});

describe("a province's report ranked out of the other list", () => {
  it('"6/34" in Đồng Nai\'s report of the first half of 2025 names the way out: group 34', async () => {
    const preview = await imported(
      report('BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025 - TỈNH ĐỒNG NAI', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Thanh toán trực tuyến phí, lệ phí', 'giao dịch', 3948],
        [null, 'Xếp hạng toàn quốc', null, '6/34'],
      ]),
    );
    expect(errorCodes(preview)).toEqual(['rankOfMismatch']);
    const p = preview.problems.find((x) => x.code === 'rankOfMismatch')!;
    expect(p.cell).toBe('D4');
    expect(p.messageEn).toContain('Đồng Nai of the 63-unit list');
    expect(p.messageEn).toContain('choose group 34 (--group 34)');
    expect(p.messageVi).toContain('hãy chọn nhóm 34 (--group 34)');
    expect(stored()).toEqual([]);
  });

  it('"12/63" in a report of the third quarter of 2025 offers no group 63: a span after June 2025 is the 34\'s', async () => {
    const preview = await imported(
      report('BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025 - TỈNH QUẢNG NINH', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Thanh toán trực tuyến phí, lệ phí', 'giao dịch', 3948],
        [null, 'Xếp hạng toàn quốc', null, '12/63'],
      ]),
    );
    const p = preview.problems.find((x) => x.code === 'rankOfMismatch')!;
    expect(p.messageEn).toContain('the rank is written out of 63, but this is a ranking of 34 units');
    expect(p.messageEn).not.toContain('--group');
  });
});
