// The ministry's 2022 detail table with one main-index column pasted a row too low: in the wizard
// the preview holds one error naming that column (not a warning per row), and nothing can be
// committed. Leaves test-output/e2e-import-shifted-column.png (the preview).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../imports/helpers';
import { detailTable2022 } from '../support/detailTable';
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

describe('a detail table with a main-index column shifted by a row, in the wizard', () => {
  it('says so once, at the column, and cannot be committed', async () => {
    const file = writeWorkbook('chi-tiet-2022.xlsx', [
      {
        name: 'DTI 2022',
        rows: [['CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022'], ...detailTable2022('down')],
      },
    ]);
    await dropOnImports(h, file);
    await toPreview(page);
    const errors = page.getByTestId('import-problem-error');
    expect(await errors.count()).toBe(1);
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('Chỉ số Hạ tầng số');
    expect(text).toContain('cột có vẻ bị lệch xuống một dòng');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    // (the rows off the formula are that error, not one warning each as well)
    expect(await page.getByTestId('import-problem-warning').filter({ hasText: 'công thức' }).count()).toBe(0);
    await screenshotTo(page, 'e2e-import-shifted-column.png');
    expect(h.store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });
});
