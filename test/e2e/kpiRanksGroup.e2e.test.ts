// A KPI table with ranks for a period across 1 July 2025 ("9 tháng năm 2025"), under a header of
// three rows: the wizard reads the header, asks whether the ranks are among the 63 or the 34 (the
// step cannot go on until the group is chosen), and stores each rank with that denominator.
// Leaves test-output/e2e-import-kpi-ranks-group.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { writeWorkbook } from '../imports/helpers';
import { dropOnImports, type Harness, OUTPUT_DIR, startHarness, toPreview } from './harness';

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

const M = (r1: number, c1: number, r2: number, c2: number) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

describe('KPI ranks whose denominator nothing tells, in the wizard', () => {
  it('asks for the group, then stores the ranks among it', async () => {
    const file = writeWorkbook('thanh-toan-9-thang-2025.xlsx', [
      {
        name: 'TTTT',
        rows: [
          ['KẾT QUẢ THANH TOÁN TRỰC TUYẾN 9 THÁNG NĂM 2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', null, null, null],
          [null, null, 'Cấp tỉnh', null, 'Cấp xã', null],
          [null, null, 'Giá trị (%)', 'Thứ hạng', 'Giá trị (%)', 'Thứ hạng'],
          [1, 'Đồng Nai', '55,5', 7, '40,2', 9],
          [2, 'Tây Ninh', '48,2', 15, '35,1', 20],
        ],
        merges: [M(1, 0, 3, 0), M(1, 1, 3, 1), M(1, 2, 1, 5), M(2, 2, 2, 3), M(2, 4, 2, 5)],
      },
    ]);
    await dropOnImports(h, file);

    const problems = page.getByTestId('mapping-problems');
    await expect
      .poll(() => problems.innerText())
      .toContain(translate('vi', 'imports.mapping.needGroupForRanks'));
    expect(await page.getByTestId('import-next').isDisabled()).toBe(true);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-kpi-ranks-group.png'), fullPage: true });

    await page.getByTestId('target-group').selectOption('34');
    await expect.poll(() => page.getByTestId('import-next').isDisabled()).toBe(false);
    await toPreview(page, true);
    const stored = h.store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS name, o.period, o.value, o.rank, o.rank_of AS rankOf FROM observation o
         JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND u.name_vi = 'Đồng Nai' ORDER BY i.name_vi`,
      )
      .all();
    expect(stored).toEqual([
      {
        unit: 'Đồng Nai',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp tỉnh',
        period: '2025-01..2025-09',
        value: 55.5,
        rank: 7,
        rankOf: 34,
      },
      {
        unit: 'Đồng Nai',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp xã',
        period: '2025-01..2025-09',
        value: 40.2,
        rank: 9,
        rankOf: 34,
      },
    ]);
  });
});
