// A mapping confirmed for a file is proposed again for the next file of the same headers, and the
// mapping step says so at each column — a column the analyst set aside by hand too (round 81: only
// the mapped columns said "nhớ từ lần trước"). Leaves test-output/e2e-import-remembered.png.
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

/** A KPI table of a quarter, with the person who entered each row beside its figure. */
const quarter = (q: string, values: [number, number]) =>
  writeWorkbook(`ho-so-${q}.xlsx`, [
    {
      name: 'Sheet1',
      rows: [
        [`TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%) ${q}/2024`],
        [],
        ['Tỉnh, thành phố', 'Tỷ lệ (%)', 'Mã cán bộ nhập'],
        ['Hà Nội', values[0], 1021],
        ['Lai Châu', values[1], 2093],
      ],
    },
  ]);

describe('a layout remembered', () => {
  it('a column set aside by hand is set aside again, and said to be remembered', async () => {
    await dropOnImports(h, quarter('QUÝ I', [61.5, 40]));
    const code = page.getByTestId('mapping-field-3');
    // (a column of numbers the analyst knows is no KPI)
    if ((await code.inputValue()) !== 'ignore') await code.selectOption('ignore');
    await toPreview(page, true);

    await dropOnImports(h, quarter('QUÝ II', [65, 44.5]));
    await expect.poll(() => page.getByTestId('mapping-remembered').count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await page.getByTestId('mapping-field-3').inputValue()).toBe('ignore');
    expect(await page.getByTestId('mapping-remembered-3').textContent()).toBe(
      translate('vi', 'imports.mapping.remembered'),
    );
    await screenshotTo(page, 'e2e-import-remembered.png');
  });
});
