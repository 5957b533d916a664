// The import history and the Rankings selectors as an analyst meets them at 1280×720, on the
// built renderer + the real handlers (harness.ts):
// - undo says what it did in values, as the import counted them, the parts adding up; values a
//   later import wrote the same stay, and both the confirmation and the result say so;
// - after an undo the keyboard focus is on the result, not lost to <body>;
// - the table keeps its column widths when an undo takes a button away; file names are not
//   broken at their hyphens; count phrases are not broken inside;
// - a pasted table is "Bảng đã dán" in the file summary and its messages ('toàn tệp tệp
//   "clipboard"' no more); an XML Spreadsheet 2003 has one name in the wizard and the history;
// - with no data, 2022 opens among the 63 (Bình Phước, not Đồng Nai), and the year, group and
//   reason controls show their whole text.
// Leaves test-output/e2e-history-*.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import {
  dropFile,
  firstRunEmpty,
  OUTPUT_DIR,
  saveFailureArtefacts,
  startHarness,
  type Harness,
} from './harness';
import { importCommitted } from '../imports/helpers';

type Params = Record<string, string | number>;
const vi = (key: string, params?: Params) => translate('vi', key, params);
const en = (key: string, params?: Params) => translate('en', key, params);
const UI_TIMEOUT = 20_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: UI_TIMEOUT, interval: 100 });

const LONG_NAME = 'xep-hang-dti-2022-ban-chinh-thuc-cong-bo-cua-bo-thong-tin-va-truyen-thong.csv';
const THREE =
  'Tỉnh,Điểm DTI,Xếp hạng DTI\r\nBình Phước,0.5812,15\r\nĐồng Nai,0.6120,9\r\nTP. Hồ Chí Minh,0.7733,2\r\n';

let h: Harness;
let page: Page;
const byTestId = (id: string): Locator => page.getByTestId(id);
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function screenshot(name: string, fullPage = false): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `e2e-history-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

function write(name: string, body: string): string {
  const file = path.join(h.tmp, name);
  fs.writeFileSync(file, body);
  return file;
}

/** An Excel "XML Spreadsheet 2003" saved with the .xls extension, as Excel offers it. */
function xml2003(name: string): string {
  const cell = (v: string | number) =>
    `<Cell><Data ss:Type="${typeof v === 'number' ? 'Number' : 'String'}">${v}</Data></Cell>`;
  const rows: (string | number)[][] = [
    ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
    ['Bình Phước', 0.6012, 14],
    ['Đồng Nai', 0.6321, 8],
  ];
  return write(
    name,
    `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="DTI 2023"><Table>${rows
      .map((r) => `<Row>${r.map(cell).join('')}</Row>`)
      .join('\n')}</Table></Worksheet></Workbook>\n`,
  );
}

async function toSource(): Promise<void> {
  await byTestId('nav-imports').click();
  await byTestId('imports-tab-wizard').click();
  const again = byTestId('import-again');
  if (await again.count()) await again.click();
  await byTestId('import-step-source').waitFor();
}

/** From the mapping step: the year and the 63, on to the preview, then commit; the batch id. */
async function commitFromMapping(year: number): Promise<number> {
  await byTestId('target-year').fill(String(year));
  await poll(() => byTestId('target-group').inputValue()).toBe('63');
  await byTestId('import-next').click();
  await byTestId('import-preview').waitFor();
  await byTestId('import-commit').click();
  await byTestId('import-done-summary').waitFor();
  return (h.store.db.prepare(`SELECT MAX(id) AS id FROM import_batch`).get() as { id: number }).id;
}

/** Does the control show its whole text? (A closed <select> shows its chosen option.) */
async function clipped(l: Locator, what: 'selected' | 'placeholder'): Promise<string[]> {
  return l.evaluate((el, what) => {
    const input = el as HTMLSelectElement | HTMLInputElement;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    // a native select keeps about 18px for its arrow
    const room =
      input.clientWidth -
      parseFloat(cs.paddingLeft) -
      parseFloat(cs.paddingRight) -
      (input instanceof HTMLSelectElement ? 18 : 0);
    const texts =
      what === 'placeholder'
        ? [(input as HTMLInputElement).placeholder]
        : [(input as HTMLSelectElement).selectedOptions[0]?.text ?? ''];
    // (clientWidth is rounded: a pixel of slack)
    return texts.filter((t) => ctx.measureText(t).width > room + 1).map((t) => `${t} (${room}px)`);
  }, what);
}

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1280, height: 720 } });
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await saveFailureArtefacts(h, 'history-', ctx.task.name);
});

afterAll(async () => {
  await h?.close();
});

const ids: { a: number; b: number; xml: number; paste: number } = { a: 0, b: 0, xml: 0, paste: 0 };

describe('import history and rankings selectors, in Chromium at 1280×720', () => {
  it('first run: Bình Phước, empty data', async () => {
    await firstRunEmpty(h);
  });

  it('Rankings without data: 2022 among the 63 with Bình Phước; the selectors and the reason show their text', async () => {
    await byTestId('nav-rankings').click();
    const year = byTestId('year-select');
    await year.waitFor();
    await year.selectOption('2022');
    await poll(() => byTestId('group-select').inputValue()).toBe('63');
    const home = page.locator('[data-testid="rankings-grid"] .ag-row.row-home');
    await poll(
      async () => (await home.count()) > 0 && (await text(home.first())).includes('Bình Phước'),
    ).toBe(true);
    const group = byTestId('group-select');
    const top = (l: Locator) => l.evaluate((e) => Math.round(e.getBoundingClientRect().top));
    for (const lang of ['vi', 'en'] as const) {
      await byTestId(`lang-${lang}`).click();
      for (const y of ['2025', '2022']) {
        await year.selectOption(y);
        for (const g of ['34', '63']) {
          await group.selectOption(g);
          expect(await clipped(year, 'selected')).toEqual([]);
          expect(await clipped(group, 'selected')).toEqual([]);
          expect(await clipped(byTestId('edit-reason'), 'placeholder')).toEqual([]);
        }
      }
      // 2022 among the 63: the selectors, undo/redo and the reason on one line
      expect(Math.abs((await top(byTestId('edit-reason'))) - (await top(year)))).toBeLessThan(8);
      // (at 1280 the change history starts folded: the three pillars are in the window, round 47)
      expect(await byTestId('change-history').count()).toBe(0);
      const xhs = await page
        .locator('[data-testid="rankings-grid"] .ag-header-cell[col-id="xhs.rank"]')
        .first()
        .boundingBox();
      expect(xhs!.x + xhs!.width).toBeLessThanOrEqual(1280);
      await screenshot(`rankings-empty-${lang}-1280`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot('rankings-empty-en-1440');
    await byTestId('lang-vi').click();
    expect(await clipped(byTestId('edit-reason'), 'placeholder')).toEqual([]);
    await screenshot('rankings-empty-vi-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('imports two files, the second with the same values and one more unit, under a long name', async () => {
    await byTestId('lang-vi').click();
    await toSource();
    await dropFile(page, byTestId('page-imports'), write('xep-hang-dti-2022.csv', THREE));
    await byTestId('import-step-mapping').waitFor();
    ids.a = await commitFromMapping(2022);
    await toSource();
    await dropFile(page, byTestId('page-imports'), write(LONG_NAME, `${THREE}Bình Dương,0.5000,19\r\n`));
    await byTestId('import-step-mapping').waitFor();
    ids.b = await commitFromMapping(2022);
  });

  it('an XML Spreadsheet 2003 saved as .xls is named as the history names it', async () => {
    await toSource();
    await dropFile(page, byTestId('page-imports'), xml2003('dti-2023-excel2003.xls'));
    await byTestId('import-step-mapping').waitFor();
    expect(await text(byTestId('import-file'))).toContain(vi('imports.format.xml2003'));
    expect(await text(byTestId('import-file'))).not.toContain(vi('imports.format.xls'));
    await screenshot('xml2003-summary');
    ids.xml = await commitFromMapping(2023);
  });

  it('a pasted table is "Bảng đã dán" in the summary and in its messages', async () => {
    await toSource();
    const html =
      '<table><tr><td>Tỉnh</td><td>Điểm DTI</td><td>Xếp hạng DTI</td></tr><tr><td>Bình Phước</td><td>0,5812</td><td>15</td></tr>' +
      '<tr><td>Đồng Nai</td><td>0,6120</td><td>9</td></tr><tr><td>TP. Hồ Chí Minh</td><td>0,7733</td><td>2</td></tr></table>';
    await byTestId('import-paste').focus();
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'x');
      document
        .querySelector('[data-testid="import-paste"]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, html);
    await byTestId('import-step-mapping').waitFor();
    const summary = await text(byTestId('import-file'));
    expect(await text(byTestId('import-file').locator('dd').first())).toBe(vi('imports.file.pasted'));
    expect(summary).not.toContain('clipboard');
    await byTestId('target-year').fill('2021');
    await poll(() => byTestId('target-group').inputValue()).toBe('63');
    await byTestId('import-next').click();
    await byTestId('import-preview').waitFor();
    const problems = await text(byTestId('import-problems'));
    expect(problems).not.toContain('clipboard');
    expect(problems).not.toMatch(/tệp tệp|toàn tệp/);
    // A line says what is wrong; its full message (on hover) names the pasted table as such.
    const full = await byTestId('import-problem-warning')
      .first()
      .locator('span[title]')
      .getAttribute('title');
    expect(full).toContain(vi('imports.place.pasted'));
    expect(full).not.toContain('clipboard');
    await screenshot('paste-preview');
    await byTestId('import-commit').click();
    await byTestId('import-done-summary').waitFor();
    ids.paste = (h.store.db.prepare(`SELECT MAX(id) AS id FROM import_batch`).get() as { id: number }).id;
  });

  it('the history: file names whole on one line, counts unbroken, formats as in the wizard', async () => {
    await byTestId('nav-imports').click();
    await byTestId('imports-tab-history').click();
    await byTestId(`import-batch-${ids.paste}`).waitFor();
    expect(await text(byTestId(`import-batch-${ids.xml}`))).toContain(vi('imports.format.xml2003'));
    expect(await text(byTestId(`import-batch-${ids.paste}`))).toContain(vi('imports.file.pasted'));
    // one line each (a hyphen does not break a name); the long one ends in … with its whole name in the title
    for (const id of [ids.a, ids.b]) {
      const name = byTestId(`import-batch-${id}`).locator('.history-file-name');
      const lines = await name.evaluate((el) =>
        Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      );
      expect(lines).toBe(1);
    }
    const long = byTestId(`import-batch-${ids.b}`).locator('.history-file-name');
    expect(await long.getAttribute('title')).toBe(LONG_NAME);
    // the second's counts add up: its new, changed and unchanged values (round 76: no unchanged)
    expect(await text(byTestId(`import-batch-${ids.b}`))).toContain(
      `${vi('imports.history.observations', { n: 8 })} (${vi('imports.history.countNew', { n: 2 })}, ${vi('imports.history.countChanged', { n: 0 })}, ${vi('imports.history.countUnchanged', { n: 6 })})`,
    );
    // every nowrap phrase of the counts column on one line
    const counts = page.locator('.history-table td .nowrap');
    for (const el of await counts.all()) {
      const lines = await el.evaluate((e) => e.getClientRects().length);
      expect(lines).toBe(1);
    }
    await screenshot('history-before');
  });

  it('undoing the first import: the confirmation and the result say the values the second keeps; focus on the result', async () => {
    const widths = () =>
      page
        .locator('.history-table thead th')
        .evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    const before = await widths();
    const undo = byTestId(`import-undo-${ids.a}`);
    await undo.focus();
    await page.keyboard.press('Enter');
    const dialog = byTestId('import-undo-confirm');
    await dialog.waitFor();
    expect(await text(dialog)).toContain(
      vi('imports.history.undoBodyKept', { file: 'xep-hang-dti-2022.csv', n: 6, later: `#${ids.b}` }),
    );
    await screenshot('confirm-kept');
    await dialog.getByRole('button', { name: vi('imports.history.undoConfirm'), exact: true }).click();
    const notice = byTestId('import-history-notice');
    await poll(() => text(notice)).toBe(
      vi('imports.history.undoDone', {
        id: ids.a,
        n: 6,
        parts: vi('imports.history.undoKept', { n: 6, later: ids.b }),
      }),
    );
    await poll(() => byTestId(`import-undo-${ids.a}`).count()).toBe(0);
    // focus on the result, not <body>
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'import-history-result',
    );
    // the columns did not move
    expect(await widths()).toEqual(before);
    await screenshot('after-undo-kept');
  });

  it('undoing the paste: its 6 values removed; undoing the second: its 8', async () => {
    await byTestId(`import-undo-${ids.paste}`).click();
    await byTestId('import-undo-confirm')
      .getByRole('button', { name: vi('imports.history.undoConfirm'), exact: true })
      .click();
    await poll(() => text(byTestId('import-history-notice'))).toBe(
      vi('imports.history.undoDone', {
        id: ids.paste,
        n: 6,
        parts: vi('imports.history.undoRemoved', { n: 6 }),
      }),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'import-history-result',
    );

    await byTestId(`import-undo-${ids.b}`).click();
    const dialog = byTestId('import-undo-confirm');
    expect(await text(dialog)).toContain(vi('imports.history.undoBody', { file: LONG_NAME }));
    await dialog.getByRole('button', { name: vi('imports.history.undoConfirm'), exact: true }).click();
    await poll(() => text(byTestId('import-history-notice'))).toBe(
      vi('imports.history.undoDone', { id: ids.b, n: 8, parts: vi('imports.history.undoRemoved', { n: 8 }) }),
    );
    await screenshot('after-undo-vi');
  });

  it('in English too, at 1280', async () => {
    await byTestId('lang-en').click();
    await byTestId(`import-undo-${ids.xml}`).click();
    await byTestId('import-undo-confirm')
      .getByRole('button', { name: en('imports.history.undoConfirm'), exact: true })
      .click();
    await poll(() => text(byTestId('import-history-notice'))).toBe(
      en('imports.history.undoDone', {
        id: ids.xml,
        n: 4,
        parts: en('imports.history.undoRemoved', { n: 4 }),
      }),
    );
    expect(await text(byTestId(`import-batch-${ids.xml}`))).toContain(en('imports.format.xml2003'));
    await screenshot('after-undo-en');
    await byTestId('lang-vi').click();
  });

  it('an import after the undo makes its notice old news: gone from the history (round 75: it stayed)', async () => {
    const notice = byTestId('import-history-notice');
    expect(await notice.count()).toBe(1);
    const later = write('dti-2021.csv', 'Tỉnh,Điểm DTI,Xếp hạng DTI\r\nBình Phước,0.5012,20\r\n');
    expect((await importCommitted(h.store, later, 2021)).canCommit).toBe(true);
    await byTestId('imports-tab-wizard').click();
    await byTestId('imports-tab-history').click();
    await poll(() => text(page.getByTestId('import-history'))).toContain('dti-2021.csv');
    expect(await notice.count()).toBe(0);
  });

  it('an undo refused (a value edited by hand since) says why before asking, focus on it, not on <body> (round 47, 76)', async () => {
    await toSource();
    await dropFile(page, byTestId('page-imports'), xml2003('dti-2023-again.xls'));
    await byTestId('import-step-mapping').waitFor();
    const id = await commitFromMapping(2023);
    const bp = h.store.units.byCode('gso2004', '70')!.id;
    h.store.rankings.edit(
      { year: 2023, group: 63, unitId: bp, indicator: 'dti', field: 'score', value: 0.61 },
      'e2e',
      bp,
    );
    await byTestId('imports-tab-history').click();
    const undo = byTestId(`import-undo-${id}`);
    await undo.focus();
    await page.keyboard.press('Enter');
    // (said before any confirmation: no dialog promising what the undo would refuse — round 76)
    await poll(() => text(byTestId('import-history-notice'))).toContain(`#${id}`);
    expect(await byTestId('import-undo-confirm').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'import-history-result',
    );
    // (in the language shown when read, as the rankings' notice)
    await byTestId('lang-en').click();
    await poll(() => text(byTestId('import-history-notice'))).toMatch(/^Import #\d+ cannot be undone/);
    await byTestId('lang-vi').click();
  });
});
