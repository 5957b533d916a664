// "Kế hoạch | Thực hiện | Tỷ lệ hoàn thành (%)" under a title that names the KPI: the wizard
// proposes the title's KPI for the "Thực hiện" column (the plan and the derived column set aside,
// each saying why) and stores the actual values under it. Leaves test-output/e2e-import-plan-actual.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../imports/helpers';
import { dropOnImports, type Harness, screenshotTo, startHarness, toPreview } from './harness';

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

describe('plan and actual under a title naming the KPI, in the wizard', () => {
  it('proposes the title\'s KPI and stores "Thực hiện" under it', async () => {
    const names = h.store.units.list('gso2004').map((u) => u.name);
    const file = writeWorkbook('kh-th.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ hoàn thành (%)'],
          ...names.map((u, i) => [i + 1, u, 80, 60 + (i % 30), 90]),
        ],
      },
    ]);
    await dropOnImports(h, file);
    expect(await page.getByTestId('target-indicator').inputValue()).toBe(
      'Tỷ lệ hồ sơ trực tuyến toàn trình (%)',
    );
    await screenshotTo(page, 'e2e-import-plan-actual.png');

    await toPreview(page, true);
    const stored = h.store.db
      .prepare(
        `SELECT i.name_vi AS name, i.unit_of_measure AS uom, o.period, COUNT(*) AS n, SUM(o.value) AS total FROM observation o
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' GROUP BY 1, 2, 3`,
      )
      .all();
    expect(stored).toEqual([
      {
        name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        uom: '%',
        period: '2024',
        n: 63,
        total: names.reduce((t, _u, i) => t + 60 + (i % 30), 0),
      },
    ]);
  });
});
