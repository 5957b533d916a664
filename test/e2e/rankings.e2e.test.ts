// The first day of an analyst, end to end, on the built renderer + built preload + the real
// handlers and store (see harness.ts): choose Bình Phước, load the published reference data, open
// the 2022 ranking of 63 units, correct Bình Phước's DTI score in the grid, reload, and find the
// value and its change-log entry still there. Leaves test-output/e2e-rankings.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiName, CHANNELS } from '../../src/shared/channels';
import { translate } from '../../src/shared/i18n';
import { OUTPUT_DIR, saveFailureArtefacts, startHarness, type Harness } from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
const SCREENSHOT = path.join(OUTPUT_DIR, 'e2e-rankings.png');
const UI_TIMEOUT = 20_000;

/** Waits for the UI (expect.poll's default of one second is too short for a cold Chromium). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: UI_TIMEOUT, interval: 100 });

let h: Harness;
let page: Page;
let bpId: number;

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
  bpId = h.store.units.byCode('gso2004', '70')!.id;
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await saveFailureArtefacts(h, '', ctx.task.name);
});

afterAll(async () => {
  await h?.close();
});

const byTestId = (id: string): Locator => page.getByTestId(id);
/**
 * Bình Phước's cell in the grid's scrolling body. Rows carry the unit id as AG Grid row id; the
 * pinned copy of the home row above the body is "home-<id>", so the exact match picks the body row.
 */
const bpCell = (colId: string): Locator =>
  page.locator(`[data-testid="rankings-grid"] .ag-row[row-id="${bpId}"] .ag-cell[col-id="${colId}"]`);

async function waitForRealApp(): Promise<void> {
  // The renderer falls back to an in-memory fake when window.api is missing; never test that.
  await page.waitForSelector('html[data-api]', { state: 'attached' });
  expect(await page.getAttribute('html', 'data-api')).toBe('real');
  expect(await page.getAttribute('html', 'lang')).toBe('vi');
  expect(await byTestId('demo-banner').count()).toBe(0);
}

describe('rankings, end to end in Chromium', () => {
  it('first run: choose Bình Phước, load the reference data', async () => {
    await page.goto(`${h.origin}/index.html`);
    await waitForRealApp();
    // window.api is what the built preload derived from the contract: one function per channel.
    const apiKeys = await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
    expect(apiKeys).toEqual(CHANNELS.map(apiName).sort());
    // The first-run screen, in Vietnamese.
    await poll(() => page.locator('#welcome-title').textContent()).toBe(vi('welcome.title'));

    const picker = byTestId('home-unit-select');
    await picker.click();
    await picker.fill('binh phuoc');
    await byTestId('unit-option-gso2004-70').click();
    await poll(() => picker.inputValue()).toContain('Bình Phước');
    await byTestId('home-unit-save').click();

    await byTestId('load-reference').click();
    await byTestId('nav-rankings').waitFor();
    // What the page did reached the real store.
    expect(h.store.settings.get().homeUnitId).toBe(bpId);
    expect(h.store.referenceLoaded()).toBe(true);
  });

  it('opens the 2022 ranking of 63 units with Bình Phước at 12/63', async () => {
    await byTestId('nav-rankings').click();
    await byTestId('year-select').selectOption('2022');
    await byTestId('group-select').selectOption('63');
    await poll(() => page.locator('#rankings-title').textContent()).toBe(vi('rankings.title'));
    await bpCell('dti.score').waitFor();
    expect(await bpCell('unitName').textContent()).toBe('Bình Phước');
    expect((await bpCell('dti.rank').textContent())?.trim()).toBe('12');
    // The home province is highlighted, and repeated above the scrolling rows.
    expect(
      await page.locator(`[data-testid="rankings-grid"] .ag-row[row-id="${bpId}"]`).getAttribute('class'),
    ).toContain('row-home');
    expect(
      await page
        .locator(`[data-testid="rankings-grid"] .ag-row[row-id="home-${bpId}"] .ag-cell[col-id="unitName"]`)
        .textContent(),
    ).toBe('Bình Phước');
    // The tie at 15: two units share it and nobody is 16th.
    const ranks = await page
      .locator('[data-testid="rankings-grid"] .ag-row:not([row-id^="home-"]) .ag-cell[col-id="dti.rank"]')
      .allTextContents();
    expect(ranks.filter((r) => r.trim() === '15')).toHaveLength(2);
    expect(ranks.filter((r) => r.trim() === '16')).toHaveLength(0);
    expect((await bpCell('cqs.rank').textContent())?.trim()).toBe('12');
    expect((await bpCell('kts.rank').textContent())?.trim()).toBe('22');
    expect((await bpCell('xhs.rank').textContent())?.trim()).toBe('14');
    // Vietnamese number format: Đà Nẵng's 0.8002 is shown as 0,8002.
    await poll(() =>
      page
        .locator('[data-testid="rankings-grid"] .ag-cell[col-id="dti.score"]', { hasText: '0,8002' })
        .count(),
    ).toBeGreaterThan(0);
  });

  it('lines up the figures of a column digit under digit (round 77: "0,8118" over "0,8223" did not)', async () => {
    // The rendered width of each figure (the text's own box, not the cell's), by its number of
    // characters: with tabular digits every "0,dddd" is as wide as the others, every two-digit rank
    // too; Be Vietnam Pro's own digits differ by up to 40% ("0,1111" 50.4 px, "0,8888" 70.3 px).
    const widthsByLength = (col: string) =>
      page.evaluate((c) => {
        const byLength: Record<number, number[]> = {};
        for (const cell of document.querySelectorAll(
          `[data-testid="rankings-grid"] .ag-row:not([row-id^="home-"]) .ag-cell[col-id="${c}"]`,
        )) {
          const text = cell.textContent?.trim() ?? '';
          if (!text) continue; // (a row AG Grid has not drawn yet)
          const range = document.createRange();
          range.selectNodeContents(cell);
          (byLength[text.length] ??= []).push(Math.round(range.getBoundingClientRect().width * 10) / 10);
        }
        return byLength;
      }, col);
    await page.evaluate(() => document.fonts.ready);
    const scores = await widthsByLength('dti.score');
    expect(scores[6]!.length).toBeGreaterThanOrEqual(5);
    // (within half a pixel: text is placed on subpixels; without the figures they spread over 4 px)
    const spread = (w: number[]) => Math.max(...w) - Math.min(...w);
    expect(spread(scores[6]!), JSON.stringify(scores)).toBeLessThan(0.5);
    const ranks = await widthsByLength('dti.rank');
    expect(ranks[2]!.length).toBeGreaterThanOrEqual(3);
    expect(spread(ranks[2]!), JSON.stringify(ranks)).toBeLessThan(0.5);
  });

  it('edits Bình Phước’s DTI score in the grid (0,6543) and the store has it', async () => {
    const cell = bpCell('dti.score');
    expect((await cell.textContent())?.trim()).toBe('');
    await cell.dblclick();
    const editor = cell.locator('input');
    await editor.waitFor();
    await editor.press('Control+A');
    await editor.pressSequentially('0,6543');
    await editor.press('Enter');
    await poll(() => cell.textContent()).toBe('0,6543');
    const row = h.store.rankingRows(2022, 63).find((r) => r.unitId === bpId)!;
    expect(row.score).toBe(0.6543);
    expect(row.editedCells).toContain('dti.score');
    const log = h.store.rankings.changes({ year: 2022, unitId: bpId });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ oldValue: null, newValue: 0.6543, kind: 'edit', undone: false });
  });

  it('after a reload the value is still there and the change history shows old → new', async () => {
    await page.reload();
    await waitForRealApp();
    const cell = bpCell('dti.score');
    await cell.waitFor();
    await poll(() => cell.textContent()).toBe('0,6543');
    expect(await byTestId('year-select').inputValue()).toBe('2022');
    expect(await byTestId('group-select').inputValue()).toBe('63');

    const history = byTestId('change-history');
    await history.waitFor();
    const recent = byTestId('recent-changes').locator('.change-item').filter({ hasText: 'Bình Phước' });
    await poll(() => recent.count()).toBe(1);
    expect((await recent.locator('.old').textContent())?.trim()).toBe(vi('history.emptyValue'));
    expect((await recent.locator('.new').textContent())?.trim()).toBe('0,6543');
    expect(await recent.textContent()).toContain('→');

    // Selecting the cell shows its own history.
    await cell.click();
    const cellHistory = byTestId('cell-history').locator('.change-item');
    await poll(() => cellHistory.count()).toBe(1);
    expect((await cellHistory.locator('.new').textContent())?.trim()).toBe('0,6543');

    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('refuses an out-of-range value with a message, and undo/redo go through the store', async () => {
    const rank = bpCell('dti.rank');
    await rank.dblclick();
    const editor = rank.locator('input');
    await editor.waitFor();
    await editor.press('Control+A');
    await editor.pressSequentially('70');
    await editor.press('Enter');
    await poll(async () => (await byTestId('rankings-notice').textContent()) ?? '').toContain('63');
    await poll(() => rank.textContent()).toBe('12');
    expect(h.store.rankings.changes({ year: 2022, unitId: bpId })).toHaveLength(1);

    // A valid rank edit, undone and redone with the buttons (the stack lives for the session).
    await rank.dblclick();
    await editor.waitFor();
    await editor.press('Control+A');
    await editor.pressSequentially('11');
    await editor.press('Enter');
    await poll(() => rank.textContent()).toBe('11');
    const stored = () => h.store.rankingRows(2022, 63).find((r) => r.unitId === bpId)!.rank;
    expect(stored()).toBe(11);
    await byTestId('undo').click();
    await poll(() => rank.textContent()).toBe('12');
    expect(stored()).toBe(12);
    await byTestId('redo').click();
    await poll(() => rank.textContent()).toBe('11');
    expect(stored()).toBe(11);
    await page.keyboard.press('Control+Z');
    await poll(() => rank.textContent()).toBe('12');
    expect(stored()).toBe(12);
    expect(h.store.rankings.changes({ year: 2022, unitId: bpId, field: 'rank' }).map((c) => c.kind)).toEqual([
      'undo',
      'redo',
      'undo',
      'edit',
    ]);
  });

  it('keeps each of several edited cells of a row in its own column (round 47: drawn over the next one)', async () => {
    for (const [col, text] of [
      ['cqs.score', '0,5'],
      ['kts.score', '0,45'],
    ] as const) {
      const cell = bpCell(col);
      await cell.dblclick();
      const editor = cell.locator('input');
      await editor.waitFor();
      await editor.press('Control+A');
      await editor.pressSequentially(text);
      await editor.press('Enter');
      await poll(async () => (await cell.textContent())?.trim()).toBe(
        `${text}${'0'.repeat(6 - text.length)}`,
      );
    }
    const row = h.store.rankingRows(2022, 63).find((r) => r.unitId === bpId)!;
    expect(row.editedCells).toEqual(expect.arrayContaining(['dti.score', 'cqs.score', 'kts.score']));
    for (const col of ['dti.score', 'cqs.score', 'kts.score', 'kts.rank']) {
      const header = await page
        .locator(`[data-testid="rankings-grid"] .ag-header-cell[col-id="${col}"]`)
        .first()
        .boundingBox();
      const cell = await bpCell(col).boundingBox();
      expect(Math.abs(cell!.x - header!.x), col).toBeLessThan(2);
    }
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-rankings-edited-row.png') });
  });

  it('lets Tab leave the grid, edits cell after cell with Tab while editing, and names its editor in Vietnamese (round 77)', async () => {
    const inGrid = () =>
      page.evaluate(() => !!document.activeElement?.closest('[data-testid="rankings-grid"] .ag-cell'));
    const rank = bpCell('dti.rank');
    await rank.click();
    expect(await inGrid()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inGrid()).toBe(false);
    // while editing, Tab goes on to the next cell and edits it
    await rank.dblclick();
    const editor = rank.locator('input');
    await editor.waitFor();
    expect(await editor.getAttribute('aria-label')).toBe('Ô sửa giá trị');
    await page.keyboard.press('Tab');
    expect(await inGrid()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await rank.textContent()).toBe('12');
  });

  it('says its last notice in the language chosen after it, and comes back to the table last viewed (round 47)', async () => {
    const notice = byTestId('rankings-notice');
    await poll(async () => (await notice.textContent()) ?? '').toContain('Đã lưu: Bình Phước');
    await byTestId('lang-en').click();
    await poll(async () => (await notice.textContent()) ?? '').toContain('Saved: Bình Phước');
    await byTestId('lang-vi').click();
    await poll(async () => (await notice.textContent()) ?? '').toContain('Đã lưu: Bình Phước');
    // (the menu's link has no year: the table last viewed, not the newest year's)
    await byTestId('nav-imports').click();
    await byTestId('nav-rankings').click();
    await poll(() => byTestId('year-select').inputValue()).toBe('2022');
    expect(await byTestId('group-select').inputValue()).toBe('63');
    await poll(async () => (await bpCell('kts.score').textContent())?.trim()).toBe('0,4500');
    // A notice of one table is not shown over another's.
    await byTestId('year-select').selectOption('2023');
    await poll(() => notice.count()).toBe(0);
    await byTestId('year-select').selectOption('2022');
  });

  it('exports the table to CSV and XLSX', async () => {
    await byTestId('export-csv').click();
    await poll(() => h.dialogs.asked.filter((a) => a.kind === 'save').length).toBe(1);
    const csvPath = path.join(h.tmp, 'dialog', 'xep-hang-dti-2022-63.csv');
    await poll(() => fs.existsSync(csvPath)).toBe(true);
    const csv = fs.readFileSync(csvPath, 'utf8');
    expect(csv.split('\r\n').find((l) => l.includes('Bình Phước'))).toBe(
      '12;70;Bình Phước;0,6543;-3;0,5000;12;0,4500;22;;14',
    );
    await byTestId('export-xlsx').click();
    const xlsxPath = path.join(h.tmp, 'dialog', 'xep-hang-dti-2022-63.xlsx');
    await poll(() => fs.existsSync(xlsxPath)).toBe(true);
    expect(fs.readFileSync(xlsxPath).subarray(0, 2).toString('latin1')).toBe('PK');
    await poll(async () => (await byTestId('rankings-notice').textContent()) ?? '').toContain('.xlsx');
  });

  it("shows the year's main indices after the pillars when asked, read-only, and keeps the choice", async () => {
    const dnId = h.store.units.byCode('gso2004', '48')!.id;
    const dnCell = (colId: string): Locator =>
      page.locator(`[data-testid="rankings-grid"] .ag-row[row-id="${dnId}"] .ag-cell[col-id="${colId}"]`);
    const toggle = byTestId('rankings-show-indices');
    // Off by default: the headline columns only. 2022's published detail table gives 8 of QĐ 922's
    // 9 main indices (no "Đô thị thông minh"), so the toggle offers those 8.
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.locator('.ag-header-row-column .ag-header-cell[col-id^="mainIndex."]').count()).toBe(0);
    await poll(() => toggle.isEnabled()).toBe(true);
    expect(await page.locator('label.toolbar-toggle').textContent()).toBe(
      vi('rankings.showMainIndices', { n: 8 }),
    );
    await toggle.check();
    await poll(() =>
      page.locator('.ag-header-row-column .ag-header-cell[col-id^="mainIndex."]').count(),
    ).toBe(8);
    expect(
      await page
        .locator('.ag-header-row-column .ag-header-cell[col-id="mainIndex.do_thi_thong_minh"]')
        .count(),
    ).toBe(0);
    expect(
      (
        await page
          .locator('.ag-header-row-column .ag-header-cell[col-id="mainIndex.nhan_thuc_so"]')
          .textContent()
      )?.trim(),
    ).toBe('Chỉ số Nhận thức số');
    // Brought into view as they appear; Đà Nẵng's published values (dti_2022_published.csv),
    // in the Vietnamese number format.
    await poll(() => dnCell('mainIndex.nhan_thuc_so').isVisible()).toBe(true);
    expect((await dnCell('mainIndex.nhan_thuc_so').textContent())?.trim()).toBe('1,0000');
    expect((await dnCell('mainIndex.ha_tang_so').textContent())?.trim()).toBe('0,8253');
    expect((await dnCell('mainIndex.hd_xa_hoi_so').textContent())?.trim()).toBe('0,5197');
    // right-aligned like every figure, with the figures' digits (round 80: left-aligned)
    expect(await dnCell('mainIndex.ha_tang_so').getAttribute('class')).toContain('ag-right-aligned-cell');
    expect(
      await dnCell('mainIndex.ha_tang_so').evaluate((el) => getComputedStyle(el).fontFeatureSettings),
    ).toContain('tnum');
    // Read-only: a double-click opens no editor.
    await dnCell('mainIndex.ha_tang_so').dblclick();
    expect(await dnCell('mainIndex.ha_tang_so').locator('input').count()).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-rankings-main-indices.png') });
    // The choice survives a reload; unticking hides the columns again.
    await page.reload();
    await waitForRealApp();
    await poll(() =>
      page.locator('.ag-header-row-column .ag-header-cell[col-id^="mainIndex."]').count(),
    ).toBe(8);
    await byTestId('rankings-show-indices').uncheck();
    await poll(() =>
      page.locator('.ag-header-row-column .ag-header-cell[col-id^="mainIndex."]').count(),
    ).toBe(0);
  });

  it('ran cleanly: no page errors, no refused IPC, nothing missing from the server', () => {
    expect(h.pageErrors).toEqual([]);
    expect(
      h.calls.filter(
        (c) =>
          c.code === 'FORBIDDEN' ||
          c.code === 'UNKNOWN_CHANNEL' ||
          c.code === 'INVALID_INPUT' ||
          c.code === 'INTERNAL',
      ),
    ).toEqual([]);
    expect(h.calls.length).toBeGreaterThan(5);
    expect(h.server.log.filter((r) => r.status !== 200)).toEqual([]);
    const fonts = h.server.log.filter((r) => r.url.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.type === 'font/woff2')).toBe(true);
    expect(h.consoleErrors).toEqual([]);
  });
});
