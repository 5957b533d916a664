// A KPI table whose title gives the unit ("… (tỷ đồng)") and whose cells are written with units,
// some in another scale ("213.000 triệu đồng"): in the wizard the column's KPI carries the title's
// unit, the preview says the conversion once, and the stored values are in tỷ đồng.
// Leaves test-output/e2e-import-title-unit.png (the preview).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../imports/helpers';
import { commitPreview, dropOnImports, type Harness, screenshotTo, startHarness, toPreview } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness({ homeUnit: '70' });
  page = h.page;
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await h?.close();
});

describe("a title's unit and cells in another scale of it, in the wizard", () => {
  it('converts "213.000 triệu đồng" to 213 tỷ đồng and says so in the preview', async () => {
    const names = h.store.units.list('gso2004').map((u) => u.name);
    // (odd rows in millions, Vietnamese thousands: "101.000 triệu đồng" is 101 tỷ đồng)
    const cell = (i: number) => (i % 2 === 0 ? `${100 + i} tỷ đồng` : `${100 + i}.000 triệu đồng`);
    const file = writeWorkbook('tmdt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['DOANH THU THƯƠNG MẠI ĐIỆN TỬ NĂM 2024 (tỷ đồng)'],
          ['STT', 'Tỉnh, thành phố', 'Doanh thu thương mại điện tử'],
          ...names.map((u, i) => [i + 1, u, cell(i)]),
        ],
      },
    ]);
    await dropOnImports(h, file);
    await toPreview(page);
    const warning = page.getByTestId('import-problem-warning').filter({ hasText: 'đã đổi sang' });
    expect(await warning.count()).toBe(1);
    expect(await warning.textContent()).toContain('đã đổi sang tỷ đồng (ô này: 101)');
    // "101.000" reads two ways; the cell is quoted whole, so 101 reads as tỷ đồng
    const decimal = page.getByTestId('import-problem-warning').filter({ hasText: 'dấu thập phân' });
    expect(await decimal.textContent()).toContain('giá trị "101.000 triệu đồng"');
    expect(await page.getByTestId('import-problem-error').count()).toBe(0);
    await screenshotTo(page, 'e2e-import-title-unit.png');

    await commitPreview(page);
    const stored = h.store.db
      .prepare(
        `SELECT i.name_vi AS name, i.unit_of_measure AS uom, COUNT(*) AS n, SUM(o.value) AS total FROM observation o
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' GROUP BY 1, 2`,
      )
      .all();
    expect(stored).toEqual([
      {
        name: 'Doanh thu thương mại điện tử',
        uom: 'tỷ đồng',
        n: 63,
        total: names.reduce((t, _u, i) => t + 100 + i, 0),
      },
    ]);
  });
});
