// The preview of a long corrected copy (tester round 72): the grid shows the first rows and,
// further down, every row that changes a stored value or has a problem, so "Có thay đổi" lists
// what the commit would overwrite, old → new, wherever it is in the file; a problem's cell link
// leads to its row. Leaves test-output/e2e-long-preview-*.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { writeKpiCsv } from '../support/kpiCsv';
import { importCommitted } from '../imports/helpers';
import { dropOnImports, screenshotTo, toPreview, useSuiteHarness, type Harness } from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
let h: Harness;
let page: Page;
useSuiteHarness('long-preview-', (x) => ({ h, page } = x));

describe('the preview of a long corrected copy', () => {
  it('lists the changes far down and the bad row at the end, each reachable, old → new in sight', async () => {
    const csv = path.join(h.tmp, 'kpi-5000.csv');
    writeKpiCsv(csv, 5_000);
    expect((await importCommitted(h.store, csv)).canCommit).toBe(true);
    // a corrected copy: one value in 63 changed from row 632 on (70 values of 70 KPIs × months),
    // and a bad period at the end
    const corrected = path.join(h.tmp, 'kpi-5000-sua.csv');
    writeKpiCsv(corrected, 5_000, (i) => (i >= 630 && i % 63 === 0 ? 0.5 : 0));
    fs.appendFileSync(corrected, '"Hà Nội",Chỉ tiêu thử nghiệm 1,2023-13,5\n');

    await dropOnImports(h, corrected);
    await toPreview(page);
    expect(await page.getByTestId('preview-rows-truncated').textContent()).toBe(
      vi('imports.preview.rowsTruncatedMore', { n: '500', more: '71' }),
    );
    const changed = page.getByTestId('preview-filter-changed');
    expect(await changed.textContent()).toBe(vi('imports.preview.filter.changed', { n: '70' }));
    await changed.click();
    const grid = page.getByTestId('import-preview-grid');
    // (70 rows each of another KPI and month: one column, each value named, its old → new in
    // sight — not one cell each far to the right among 70 columns, round 73)
    await expect
      .poll(() => grid.locator('.ag-header-cell-text').allTextContents(), { timeout: 20_000 })
      .toContain(vi('imports.preview.col.values'));
    await grid.locator('.ag-row[row-id="632"]').first().waitFor();
    expect(await grid.locator('.ag-row[row-id="632"]').allTextContents()).toContainEqual(
      expect.stringMatching(/Chỉ tiêu thử nghiệm 11 – Giá trị \(Tháng 1\/1930\): [\d,]+ → [\d,]+/),
    );
    await screenshotTo(page, 'e2e-long-preview-changed.png');

    // the bad period's cell link shows its row, 5,002, beyond the first 500
    await page.getByTestId('preview-filter-all').click();
    await page.getByTestId('import-problem-goto').filter({ hasText: 'C5002' }).click();
    await grid.locator('.ag-row[row-id="5002"]').first().waitFor();
    await screenshotTo(page, 'e2e-long-preview-bad-row.png');
  });

  it('ran cleanly', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
