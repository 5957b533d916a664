// The problems of an import preview, acted on where they are listed.
// A KPI table whose numbers read two ways ("1.234": one thousand two hundred and thirty-four the
// Vietnamese way, one point two three four the English way) and nothing in the file tells which:
// the preview warns, the analyst says the column writes decimals with a dot, the rows are read
// again that way, and the values stored are the ones the analyst meant.
// A problem on a row far down a long table leads to that row in the preview grid.
// Leaves test-output/e2e-import-decimal-{warning,chosen}.png and e2e-import-problem-row.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { published2022 } from '../fixtures/generate';
import { dropFile, OUTPUT_DIR, startHarness, type Harness } from './harness';

const UI_TIMEOUT = 20_000;
const vi = (key: string) => translate('vi', key);

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

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, `e2e-import-decimal-${name}.png`), fullPage: true });
}

/** Drops FILE on the Imports page of a fresh page (the wizard starts at its first step). */
async function dropOnImports(file: string): Promise<void> {
  await page.goto(`${h.origin}/index.html#/imports`);
  await page.reload();
  await page.getByTestId('import-step-source').waitFor();
  await dropFile(page, page.getByTestId('page-imports'), file);
}

/** Drops FILE, takes the proposed mapping and waits for the preview. */
async function previewOf(file: string): Promise<void> {
  await dropOnImports(file);
  await page.getByTestId('import-step-mapping').waitFor();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-preview').waitFor();
}

describe('the decimal mark of a column, chosen in the preview', () => {
  it('reads "1.234" as 1.234 once the analyst says the column writes decimals with a dot', async () => {
    const file = path.join(h.tmp, 'ho-so.csv');
    fs.writeFileSync(
      file,
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\r\nBình Phước,Chỉ số thử,2022,1.234\r\nĐồng Nai,Chỉ số thử,2022,2.345\r\nBình Dương,Chỉ số thử,2022,3.456\r\n',
    );
    await previewOf(file);

    // Nothing tells: read the Vietnamese way, and the warning offers the choice.
    const warning = page.getByTestId('import-problem-warning').filter({ hasText: '1.234' });
    await expect.poll(() => warning.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await warning.getByTestId('decimal-choice').textContent()).toContain(vi('imports.decimal.dot'));
    await screenshot('warning');

    await warning.getByTestId('decimal-choice-dot').click();
    await page.getByTestId('decimal-chosen').waitFor();
    // The warning gives way to one saying how the column is now read.
    await expect.poll(() => page.getByTestId('decimal-choice').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await page.getByTestId('import-problem-warning').textContent()).toContain('"."');
    // The keyboard stays by the choice (on what was chosen), not on the commit button an Enter would
    // press, nor on "Tự nhận lại", which a second Enter would press to take the choice back.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
        timeout: UI_TIMEOUT,
      })
      .toBe('decimal-chosen');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('decimal-chosen').count()).toBe(1);
    expect(await page.getByTestId('decimal-chosen').textContent()).toContain(
      `D (Giá trị): ${vi('imports.decimal.dot')}`,
    );
    await screenshot('chosen');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done-summary').waitFor();
    const values = h.store.db
      .prepare(`SELECT value FROM observation WHERE layer = 'user' ORDER BY value`)
      .pluck()
      .all();
    expect(values).toEqual([1.234, 2.345, 3.456]);
    expect(h.pageErrors).toEqual([]);
  });

  it('a count read whole ("541.685" hồ sơ beside "73.6%") is said without a choice: a count has no decimals', async () => {
    const file = path.join(h.tmp, 'dvc-2024.csv');
    fs.writeFileSync(
      file,
      'KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2024\r\nTên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ trực tuyến\r\n' +
        'Quảng Nam;73.6%;541.685\r\nQuảng Ngãi;62.5%;239.130\r\n',
    );
    await previewOf(file);
    const warning = page.getByTestId('import-problem-warning').filter({ hasText: '541685 (số nguyên)' });
    await expect.poll(() => warning.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await page.getByTestId('decimal-choice').count()).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-count-whole.png'), fullPage: true });
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a problem leads to its row', () => {
  it('clicking the cell of a problem on row 70 scrolls the preview grid to row 70 and focuses it', async () => {
    const file = path.join(h.tmp, 'dai.csv');
    const units = h.store.db
      .prepare(`SELECT name_vi FROM unit WHERE code_list = 'gso2004' ORDER BY code`)
      .pluck()
      .all() as string[];
    const lines = ['Đơn vị,Chỉ tiêu,Kỳ,Giá trị'];
    for (let i = 0; i < 80; i++)
      lines.push(`${units[i % 63]},Chỉ tiêu dài ${Math.floor(i / 63)},2022,${i === 68 ? 'abc' : i + 0.5}`);
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    await previewOf(file);

    const goto = page.getByTestId('import-problem-error').getByTestId('import-problem-goto');
    await expect.poll(() => goto.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await goto.textContent()).toBe('D70');
    const row = page.locator('[data-testid="import-preview-grid"] .ag-row[row-id="70"]').first();
    expect(await row.count()).toBe(0); // far below: not rendered yet
    await goto.click();
    await row.waitFor();
    const grid = (await page.getByTestId('import-preview-grid').boundingBox())!;
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid.y);
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    await expect
      .poll(() => page.locator('.ag-row[row-id="70"] .ag-cell-focus').count(), { timeout: UI_TIMEOUT })
      .toBe(1);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-problem-row.png') });
    // Tab leaves the read-only grid for the step's buttons instead of visiting every cell.
    await page.locator('.ag-row[row-id="70"] .ag-cell-focus').first().focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid="import-preview-grid"]')),
    ).toBe(false);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a problem leads to its value', () => {
  it("a warning on the last of 30 indicators scrolls the grid sideways to that indicator's column", async () => {
    const file = path.join(h.tmp, 'nhieu-chi-tieu.csv');
    // (a table of units, a column per KPI: every row fills its 30 columns, which stay apart — a
    // long table of them is one column of named values, see PreviewGrid)
    const kpis = Array.from({ length: 30 }, (_, k) => `Tỷ lệ thứ ${String(k + 1).padStart(2, '0')} (%)`);
    const lines = [
      'CÁC CHỈ TIÊU NĂM 2023',
      `"Tỉnh, thành phố",${kpis.join(',')}`,
      `Bình Phước,${kpis.map((_, k) => (k === 29 ? '150' : '50')).join(',')}`,
      `Đồng Nai,${kpis.map(() => '50').join(',')}`,
    ];
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    await previewOf(file);
    const goto = page.getByTestId('import-problem-warning').getByTestId('import-problem-goto');
    await expect.poll(() => goto.count(), { timeout: UI_TIMEOUT }).toBe(1);
    const header = page.locator('.ag-header-cell', { hasText: 'Tỷ lệ thứ 30' });
    const grid = (await page.getByTestId('import-preview-grid').boundingBox())!;
    // (far to the right: not rendered, or outside the grid)
    const before = (await header.count()) > 0 ? await header.boundingBox() : null;
    expect(before === null || before.x > grid.x + grid.width).toBe(true);
    await goto.click();
    await expect
      .poll(
        async () => {
          if ((await header.count()) === 0) return false;
          const b = await header.boundingBox();
          return b !== null && b.x >= grid.x && b.x + b.width <= grid.x + grid.width;
        },
        { timeout: UI_TIMEOUT },
      )
      .toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a unit column that is not one', () => {
  it('300 unknown names: the questions step says the column may be wrong before the first 200 questions', async () => {
    const file = path.join(h.tmp, 'ma-ho-so.csv');
    const lines = ['Mã hồ sơ,Chỉ tiêu,Kỳ,Giá trị'];
    for (let i = 0; i < 300; i++) lines.push(`HS-${i},Số hồ sơ,2023,${i}`);
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    await dropOnImports(file);
    await page.getByTestId('import-step-mapping').waitFor();
    await page.getByTestId('mapping-field-1').selectOption('unit');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-step-questions').waitFor();
    expect(await page.getByTestId('unit-questions-too-many').textContent()).toContain('300 tên');
    expect(await page.getByTestId('unit-question').count()).toBe(200);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-too-many-questions.png') });
    await page.getByTestId('unit-questions-to-mapping').click();
    await page.getByTestId('import-step-mapping').waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a value refused as written, and a unit repeated', () => {
  it('"mười" for a rank is shown in its cell, framed, and its link lands there; a repeated unit is an error row, not a change', async () => {
    const { published2022 } = await import('../fixtures/generate');
    const pub = published2022();
    const lines = ['XẾP HẠNG DTI NĂM 2022', 'Xếp hạng DTI,Tỉnh,Điểm DTI,Xếp hạng CQS'];
    pub.forEach((r, i) => {
      const score = (0.9 - r.rank * 0.004).toFixed(4);
      // row 16 (D16): a rank written in words; row 32: the unit of row 31 again
      const label = i === 29 ? pub[28]!.label : r.label;
      lines.push(`${r.rank},${label},${score},${i === 13 ? 'mười' : r.rank}`);
    });
    const file = path.join(h.tmp, 'co-loi.csv');
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    await previewOf(file);

    const goto = page.getByTestId('import-problem-error').getByTestId('import-problem-goto');
    await expect.poll(() => goto.count(), { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(2);
    await goto.filter({ hasText: /^D16$/ }).click();
    const cell = page.locator('.ag-row[row-id="16"] .ag-cell.cell-problem-error').filter({ hasText: 'mười' });
    await expect.poll(() => cell.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await cell.first().getAttribute('class')).toContain('ag-cell-focus');

    await goto.filter({ hasText: /^B32$/ }).click();
    const row32 = page.locator('[data-testid="import-preview-grid"] .ag-row[row-id="32"]');
    await expect
      .poll(() => row32.first().getAttribute('class'), { timeout: UI_TIMEOUT })
      .toContain('row-error');
    expect(
      await page.locator('.ag-row[row-id="32"] .ag-cell[col-id="label"]').first().getAttribute('class'),
    ).toContain('cell-problem-error');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-refused-cell.png') });
    // (the repeated row's values are not counted as changes of the unit it repeats)
    expect(await page.getByTestId('import-preview').textContent()).not.toMatch(/Thay đổi\s*[1-9]/);

    // Switched to English there, the grid is made anew in English and row 32 is still in view.
    await page.getByTestId('lang-en').click();
    await page.locator('.ag-header-cell', { hasText: 'Name in the file' }).first().waitFor();
    const grid = (await page.getByTestId('import-preview-grid').boundingBox())!;
    await expect
      .poll(
        async () => {
          const b = await row32.first().boundingBox();
          return b !== null && b.y >= grid.y && b.y + b.height <= grid.y + grid.height;
        },
        { timeout: UI_TIMEOUT },
      )
      .toBe(true);
    await page.getByTestId('lang-vi').click();

    // Only the rows in error, then all again.
    const rowsShown = () =>
      page.evaluate(
        () =>
          new Set(
            [...document.querySelectorAll('[data-testid="import-preview-grid"] .ag-row[row-id]')].map((r) =>
              r.getAttribute('row-id'),
            ),
          ).size,
      );
    await page.getByTestId('preview-filter-error').click();
    await expect.poll(rowsShown, { timeout: UI_TIMEOUT }).toBe(2);
    expect(await page.getByTestId('preview-filter-error').getAttribute('aria-pressed')).toBe('true');
    // (each says "lỗi", a row an error names too — round 75 saw "mới" beside "Lỗi 2")
    const statuses = await page
      .locator('[data-testid="import-preview-grid"] .ag-row .ag-cell[col-id="status"]')
      .allTextContents();
    expect(new Set(statuses)).toEqual(new Set([vi('imports.status.error')]));
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-filter-errors.png') });
    // a problem's link shows its row whatever the filter hid
    await goto.filter({ hasText: /^D16$/ }).click();
    expect(await page.getByTestId('preview-filter-all').getAttribute('aria-pressed')).toBe('true');
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a score printed with its rank', () => {
  it('"0,8237 (1)" under "Chỉ số DTI (Xếp hạng)": the mapping says the rank is read too, the preview has both', async () => {
    const file = path.join(h.tmp, 'dti-2023-diem-hang.csv');
    const names = published2022().map((u) => u.label);
    const lines = [
      'KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023',
      'STT;Tỉnh, thành phố;Chỉ số DTI (Xếp hạng)',
    ];
    names.forEach((n, i) =>
      lines.push(`${i + 1};${n};${(0.8237 - i * 0.005).toFixed(4).replace('.', ',')} (${i + 1})`),
    );
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    await dropOnImports(file);
    await page.getByTestId('import-step-mapping').waitFor();
    expect(await page.getByTestId('mapping-field-3').inputValue()).toBe('dti.score');
    expect(await page.getByTestId('mapping-note-3').textContent()).toContain(vi('imports.note.withRank'));
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-import-score-with-rank.png') });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    const stored = h.store.db
      .prepare(
        `SELECT COUNT(*) AS n, SUM(o.rank = CAST(substr(o.source_cell, 2) AS INTEGER) - 2) AS ranked
         FROM observation o WHERE o.layer = 'user' AND o.year = 2023 AND o.ranking_group = 63`,
      )
      .get() as { n: number; ranked: number };
    expect(stored).toEqual({ n: 63, ranked: 63 });
    expect(h.pageErrors).toEqual([]);
  });
});
