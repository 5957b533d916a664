// A KPI table whose two-row header puts a year over its measures ("Năm 2024 | Năm 2025" over
// "Số lượng | Tỷ lệ (%)"): the wizard proposes each column as one measure of one year, asks for
// the KPI the measures are of (its sheet's name is proposed), and stores each value under the
// named KPI for its own year. Leaves test-output/e2e-import-period-columns.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { writeWorkbook } from '../imports/helpers';
import { dropOnImports, type Harness, screenshotTo, startHarness, toPreview } from './harness';

const UI_TIMEOUT = 20_000;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ homeUnit: '70' });
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await h?.close();
});

describe('a year over its measures, in the wizard', () => {
  it('each column is one measure of one year; the KPI named once; each value stored for its year', async () => {
    const file = writeWorkbook('to-cns.xlsx', [
      {
        name: 'Tổ CNS',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Năm 2024', null, 'Năm 2025', null],
          [null, null, 'Số lượng (tổ)', 'Tỷ lệ (%)', 'Số lượng (tổ)', 'Tỷ lệ (%)'],
          // (units unchanged on 1 July 2025: one that merged has no figure of its own for 2025)
          [1, 'Hà Nội', 120, 85.2, 130, 88.1],
          [2, 'Lai Châu', 90, 70.3, 95, 72],
        ],
        merges: [
          { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 4 }, e: { r: 0, c: 5 } },
        ],
      },
    ]);
    await dropOnImports(h, file);

    const selected = (col: number) =>
      page
        .getByTestId(`mapping-field-${col}`)
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text);
    expect(await selected(3)).toBe(
      translate('vi', 'imports.field.valueForIndicatorInPeriod', {
        indicator: 'Số lượng (tổ)',
        period: '2024',
      }),
    );
    expect(await selected(6)).toBe(
      translate('vi', 'imports.field.valueForIndicatorInPeriod', { indicator: 'Tỷ lệ (%)', period: '2025' }),
    );
    const indicator = page.getByTestId('target-indicator');
    expect(await indicator.inputValue()).toBe('Tổ CNS');
    await indicator.fill('Tổ công nghệ số cộng đồng');
    await screenshotTo(page, 'e2e-import-period-columns.png');

    await toPreview(page, true);
    const stored = h.store.db
      .prepare(
        `SELECT i.name_vi AS name, i.unit_of_measure AS uom, o.period, o.value FROM observation o
         JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND u.name_vi = 'Hà Nội' ORDER BY i.name_vi, o.period`,
      )
      .all();
    expect(stored).toEqual([
      { name: 'Tổ công nghệ số cộng đồng – số lượng', uom: 'tổ', period: '2024', value: 120 },
      { name: 'Tổ công nghệ số cộng đồng – số lượng', uom: 'tổ', period: '2025', value: 130 },
      { name: 'Tổ công nghệ số cộng đồng – tỷ lệ', uom: '%', period: '2024', value: 85.2 },
      { name: 'Tổ công nghệ số cộng đồng – tỷ lệ', uom: '%', period: '2025', value: 88.1 },
    ]);
  });

  it("a column's period is typed over the one its header gave, as analysts write periods (round 81: it could not be changed)", async () => {
    const file = writeWorkbook('ho-so-toan-trinh.xlsx', [
      {
        name: 'Hồ sơ',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)'],
          [],
          ['Tỉnh, thành phố', 'Năm 2023', 'Năm 2024'],
          ['Hà Nội', 61.5, 70.25],
          ['Lai Châu', 40, 52.5],
        ],
      },
    ]);
    await dropOnImports(h, file);
    const period = page.getByTestId('mapping-period-3');
    expect(await period.inputValue()).toBe('2024');
    // (the 2024 column was filled in October: nine months of it)
    await period.fill('9 tháng đầu năm 2024');
    await period.press('Enter');
    await screenshotTo(page, 'e2e-import-column-period.png');
    // (Enter took the period, and stayed in the field: the wizard did not move on)
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await period.inputValue()).toBe('9 tháng đầu năm 2024');

    await toPreview(page, true);
    const stored = h.store.db
      .prepare(
        `SELECT o.period, o.value FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND u.name_vi = 'Hà Nội' AND i.name_vi LIKE 'Tỷ lệ hồ sơ trực tuyến toàn trình%'
         ORDER BY o.period`,
      )
      .all();
    expect(stored).toEqual([
      { period: '2023', value: 61.5 },
      { period: '2024-01..2024-09', value: 70.25 },
    ]);
  });

  it('periods show as reports write them — the title\'s "Quý II/2024", a column\'s "Tháng 7/2024" — not in the store\'s form (round 82 left "2024-04..2024-06")', async () => {
    const file = writeWorkbook('dvc-quy-2.xlsx', [
      {
        name: 'DVC',
        rows: [
          ['SỐ HỒ SƠ TRỰC TUYẾN QUÝ II NĂM 2024'],
          ['Tỉnh, thành phố', 'Số hồ sơ'],
          ['Hà Nội', 1200],
          ['Lai Châu', 300],
        ],
      },
    ]);
    await dropOnImports(h, file);
    const period = page.getByTestId('target-period');
    expect(await period.inputValue()).toBe('Quý II/2024');
    await toPreview(page, true);
    const stored = () =>
      h.store.db
        .prepare(
          `SELECT o.period, o.value FROM observation o JOIN unit u ON u.id = o.unit_id
           JOIN indicator i ON i.id = o.indicator_id
           WHERE o.layer = 'user' AND u.name_vi = 'Lai Châu' AND i.name_vi LIKE 'Số hồ sơ trực tuyến%'
           ORDER BY o.period`,
        )
        .all();
    expect(stored()).toEqual([{ period: '2024-04..2024-06', value: 300 }]);

    const months = writeWorkbook('dvc-thang.xlsx', [
      {
        name: 'DVC',
        rows: [
          ['SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024'],
          ['Tỉnh, thành phố', 'Tháng 7/2024', 'Tháng 8/2024'],
          ['Hà Nội', 400, 410],
          ['Lai Châu', 100, 110],
        ],
      },
    ]);
    await dropOnImports(h, months);
    expect(await page.getByTestId('mapping-period-2').inputValue()).toBe('Tháng 7/2024');
    expect(await page.getByTestId('mapping-period-3').inputValue()).toBe('Tháng 8/2024');
    // (the analyst's own words for the table's period are kept as typed, and read)
    await period.fill('6 tháng đầu năm 2024');
    expect(await period.inputValue()).toBe('6 tháng đầu năm 2024');
    await screenshotTo(page, 'e2e-import-period-words.png');
    await toPreview(page, true);
    expect(stored()).toEqual([
      { period: '2024-04..2024-06', value: 300 },
      { period: '2024-07', value: 100 },
      { period: '2024-08', value: 110 },
    ]);
  });
});
