// A city's own quarterly report in the wizard: "Quý II/2025" merged over "Toàn thành phố | Cấp
// thành phố | Cấp xã", a year-to-date column beside them, a rank row "6/63". The mapping step shows
// each level column as the row's KPI at that level for the quarter; the preview names each value;
// the commit stores each figure for its own span. Leaves test-output/e2e-province-report*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { quarterAndYearToDate34, writeWorkbook } from '../imports/helpers';
import { commitPreview, dropOnImports, type Harness, screenshotTo, startHarness, toPreview } from './harness';

const UI_TIMEOUT = 20_000;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ homeUnit: '48' });
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await h?.close();
});

describe("a city's quarterly report with its quarter merged over its levels", () => {
  it('reads the levels for the quarter and the year to date from January, and stores them', async () => {
    const file = writeWorkbook('DaNang_BC_Quy2_2025.xlsx', [
      {
        name: 'Quý II',
        rows: [
          ['UBND THÀNH PHỐ ĐÀ NẴNG'],
          ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ QUÝ II NĂM 2025'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý II/2025', null, null, 'Lũy kế từ đầu năm', 'Ghi chú'],
          [null, null, null, 'Toàn thành phố', 'Cấp thành phố', 'Cấp xã', null, null],
          [1, 'Tỷ lệ thanh toán trực tuyến', '%', 62.2, 61.2, 62.3, 59.1, null],
          [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 86154, 57208, 28946, 131130, null],
          [
            3,
            'Xếp hạng thanh toán trực tuyến toàn quốc',
            'Hạng',
            '6/63',
            null,
            null,
            null,
            'Theo Cổng DVCQG',
          ],
        ],
        merges: [
          { s: { r: 3, c: 3 }, e: { r: 3, c: 5 } },
          { s: { r: 3, c: 6 }, e: { r: 4, c: 6 } },
        ],
      },
    ]);
    await dropOnImports(h, file);

    const selected = (col: number) =>
      page
        .getByTestId(`mapping-field-${col}`)
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text);
    const q2 = '2025-04..2025-06';
    expect(await selected(5)).toBe(
      // (the quarter as a report writes it)
      translate('vi', 'imports.field.valueForIndicatorInPeriod', {
        indicator: 'Cấp thành phố',
        period: 'Quý II/2025',
      }),
    );
    await screenshotTo(page, 'e2e-province-report-mapping.png');

    await toPreview(page);
    // (each row's values in one column, wrapped: none cut at the cell's edge — round 75)
    const values = page.locator('[data-testid="import-preview-grid"] .ag-cell[col-id="values"]');
    await values.first().waitFor();
    expect(
      await values.evaluateAll((cells) => cells.every((c) => c.scrollHeight <= c.clientHeight + 1)),
    ).toBe(true);
    expect(await values.evaluateAll((cells) => cells.some((c) => c.clientHeight > 40))).toBe(true);
    await screenshotTo(page, 'e2e-province-report-preview.png');
    await commitPreview(page);
    const stored = h.store.db
      .prepare(
        `SELECT i.name_vi AS name, o.period, o.value, o.rank, o.rank_of AS rankOf FROM observation o
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY i.name_vi, o.period`,
      )
      .all();
    expect(stored).toEqual([
      {
        name: 'Số giao dịch thanh toán trực tuyến',
        period: '2025-01..2025-06',
        value: 131130,
        rank: null,
        rankOf: null,
      },
      { name: 'Số giao dịch thanh toán trực tuyến', period: q2, value: 86154, rank: null, rankOf: null },
      {
        name: 'Số giao dịch thanh toán trực tuyến – cấp tỉnh',
        period: q2,
        value: 57208,
        rank: null,
        rankOf: null,
      },
      {
        name: 'Số giao dịch thanh toán trực tuyến – cấp xã',
        period: q2,
        value: 28946,
        rank: null,
        rankOf: null,
      },
      {
        name: 'Tỷ lệ thanh toán trực tuyến',
        period: '2025-01..2025-06',
        value: 59.1,
        rank: null,
        rankOf: null,
      },
      { name: 'Tỷ lệ thanh toán trực tuyến', period: q2, value: 62.2, rank: null, rankOf: null },
      { name: 'Tỷ lệ thanh toán trực tuyến – cấp tỉnh', period: q2, value: 61.2, rank: null, rankOf: null },
      { name: 'Tỷ lệ thanh toán trực tuyến – cấp xã', period: q2, value: 62.3, rank: null, rankOf: null },
      { name: 'Xếp hạng thanh toán trực tuyến toàn quốc', period: q2, value: null, rank: 6, rankOf: 63 },
    ]);
  });

  it("a ministry's table of units, the quarter and its year to date over 'Tổng số | Cấp tỉnh | Cấp xã' and a rank after both: the mapping step says which span the rank ranks", async () => {
    await page.getByTestId('import-again').click();
    // (the rank follows the quarter's whole; the year to date's runs in another order)
    const file = quarterAndYearToDate34('tt_toan_trinh_q3_2025.xlsx', (i) => 60 + ((i * 7) % 30));
    await dropOnImports(h, file);
    expect(await page.getByTestId('mapping-note-9').textContent()).toContain(
      translate('vi', 'imports.note.ranksColumn', { col: 'C' }),
    );
    await page.getByTestId('mapping-note-9').scrollIntoViewIfNeeded();
    await screenshotTo(page, 'e2e-province-report-ministry-mapping.png');
    await toPreview(page);
    await commitPreview(page);
    const ranked = h.store.db
      .prepare(
        `SELECT DISTINCT i.name_vi AS name, o.period FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND o.rank IS NOT NULL AND o.batch_id = (SELECT MAX(id) FROM import_batch)`,
      )
      .all();
    expect(ranked).toEqual([{ name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', period: '2025-07..2025-09' }]);
  });

  it('a report with measures beside its KPI names ("Số lượng | Tỷ lệ (%)" under each level): each row\'s KPI in each measure', async () => {
    await page.getByTestId('import-again').click();
    const file = writeWorkbook('DaNang_DVCTT_2024.xlsx', [
      {
        name: 'DVC',
        rows: [
          ['BÁO CÁO KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN THÀNH PHỐ ĐÀ NẴNG NĂM 2024'],
          [],
          ['STT', 'Chỉ tiêu', 'Cấp thành phố', null, 'Cấp xã', null],
          [null, null, 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
          [1, 'Dịch vụ công trực tuyến toàn trình', 1200, 64.8, 310, 52.1],
          [2, 'Hồ sơ trực tuyến', 152000, 81.5, 48000, 70.2],
        ],
        merges: [
          { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
          { s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
        ],
      },
    ]);
    await dropOnImports(h, file);
    const selected = (col: number) =>
      page
        .getByTestId(`mapping-field-${col}`)
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text);
    expect(await selected(4)).toBe(
      translate('vi', 'imports.field.valueForIndicator', { indicator: 'Cấp thành phố / Tỷ lệ (%)' }),
    );
    await screenshotTo(page, 'e2e-province-report-measures-mapping.png');
    await toPreview(page);
    await screenshotTo(page, 'e2e-province-report-measures-preview.png');
    await commitPreview(page);
    const stored = h.store.db
      .prepare(
        `SELECT i.name_vi AS name, i.unit_of_measure AS uom, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND o.batch_id = (SELECT MAX(id) FROM import_batch) ORDER BY o.source_cell`,
      )
      .all();
    expect(stored).toEqual([
      { name: 'Dịch vụ công trực tuyến toàn trình – cấp tỉnh – số lượng', uom: null, value: 1200 },
      { name: 'Hồ sơ trực tuyến – cấp tỉnh – số lượng', uom: null, value: 152000 },
      { name: 'Dịch vụ công trực tuyến toàn trình – cấp tỉnh – tỷ lệ', uom: '%', value: 64.8 },
      { name: 'Hồ sơ trực tuyến – cấp tỉnh – tỷ lệ', uom: '%', value: 81.5 },
      { name: 'Dịch vụ công trực tuyến toàn trình – cấp xã – số lượng', uom: null, value: 310 },
      { name: 'Hồ sơ trực tuyến – cấp xã – số lượng', uom: null, value: 48000 },
      { name: 'Dịch vụ công trực tuyến toàn trình – cấp xã – tỷ lệ', uom: '%', value: 52.1 },
      { name: 'Hồ sơ trực tuyến – cấp xã – tỷ lệ', uom: '%', value: 70.2 },
    ]);
  });
});

describe('a long table of a merged province across 01/07/2025', () => {
  it('shows the unit of the 63 apart from the 34\'s of its name (round 77: two rows "Đồng Nai")', async () => {
    const file = writeWorkbook('DongNai_theo_quy_2025.xlsx', [
      {
        name: 'Theo quý',
        rows: [
          ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
          ['Đồng Nai', 'Số tổ công nghệ số cộng đồng', 'Quý II/2025', 905],
          ['Đồng Nai', 'Số tổ công nghệ số cộng đồng', 'Quý III/2025', 1754],
        ],
      },
    ]);
    await dropOnImports(h, file);
    await toPreview(page);
    const units = page.locator('[data-testid="import-preview-grid"] .ag-cell[col-id="unit"]');
    await units.first().waitFor();
    expect(await units.allInnerTexts()).toEqual([
      `Đồng Nai ${translate('vi', 'unit.formerSuffix')}`,
      'Đồng Nai',
    ]);
    // (the wider column shows the whole name)
    expect(await units.evaluateAll((cells) => cells.every((c) => c.scrollWidth <= c.clientWidth + 1))).toBe(
      true,
    );
    await screenshotTo(page, 'e2e-province-report-former-unit.png');
  });
});
