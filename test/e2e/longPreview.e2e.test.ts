// The preview of a long corrected copy (tester round 72): the grid shows the first rows and,
// further down, every row that changes a stored value or has a problem, so "Có thay đổi" lists
// what the commit would overwrite, old → new, wherever it is in the file; a problem's cell link
// leads to its row. Leaves test-output/e2e-long-preview-*.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { writeKpiCsv } from '../support/kpiCsv';
import { importCommitted } from '../imports/helpers';
import {
  dropOnImports,
  saveFailureArtefacts,
  screenshotTo,
  startHarness,
  toPreview,
  type Harness,
} from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
const UI_TIMEOUT = 20_000;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
  h.store.settings.update({ homeUnitId: h.store.units.byCode('gso2004', '70')!.id });
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await saveFailureArtefacts(h, 'long-preview-', ctx.task.name);
});
afterAll(async () => {
  await h?.close();
});

describe('the preview of a long corrected copy', () => {
  it('lists the change 1,200 rows down and the bad row at the end, each reachable', async () => {
    const csv = path.join(h.tmp, 'kpi-2000.csv');
    writeKpiCsv(csv, 2_000);
    expect((await importCommitted(h.store, csv)).canCommit).toBe(true);
    const corrected = path.join(h.tmp, 'kpi-2000-sua.csv');
    writeKpiCsv(corrected, 2_000, (i) => (i === 1_199 ? 0.5 : 0));
    fs.appendFileSync(corrected, '"Hà Nội",Chỉ tiêu thử nghiệm 1,2023-13,5\n');

    await dropOnImports(h, corrected);
    await toPreview(page);
    expect(await page.getByTestId('preview-rows-truncated').textContent()).toBe(
      vi('imports.preview.rowsTruncatedMore', { n: '500', more: '2' }),
    );
    const changed = page.getByTestId('preview-filter-changed');
    expect(await changed.isDisabled()).toBe(false);
    await changed.click();
    const grid = page.getByTestId('import-preview-grid');
    await grid.locator('.ag-row[row-id="1201"]').first().waitFor();
    const rowIds = () =>
      grid.locator('.ag-row').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('row-id')))]);
    expect(await rowIds()).toEqual(['1201']);
    expect(await grid.locator('.ag-row[row-id="1201"]').allTextContents()).toContainEqual(
      expect.stringContaining('49,31'),
    );
    await screenshotTo(page, 'e2e-long-preview-changed.png');

    // the bad period's cell link shows its row, 2,002, beyond the first 500
    await page.getByTestId('preview-filter-all').click();
    const link = page.getByTestId('import-problem-goto').filter({ hasText: 'C2002' });
    await link.click();
    await grid.locator('.ag-row[row-id="2002"]').first().waitFor();
    await screenshotTo(page, 'e2e-long-preview-bad-row.png');
  });

  it('ran cleanly', () => {
    expect(h.pageErrors).toEqual([]);
  });
});
