// The import wizard end to end, on the built renderer + built preload + the real handlers, store
// and import worker (see harness.ts): start empty, drop the ministry's 2022 ranking as a CSV on
// the Imports page (one unit spelled so the matcher cannot know it), confirm the mapping for 2022
// and 63 units, answer the unit question with Bình Phước, check the preview, commit, find Bình
// Phước at 12 on the Rankings page, then undo the import from the history and find it gone.
// Then a file with many problems at 1280×720: the step's buttons stay in sight, and so do the
// preview grid's first rows under the problem list.
// Leaves test-output/e2e-import-{mapping,question,preview,…}.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import {
  dropFile,
  firstRunEmpty,
  OUTPUT_DIR,
  ROOT,
  saveFailureArtefacts,
  startHarness,
  type Harness,
} from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
/** What the step list shows for a step: done, skipped, current or todo. */
const stepState = (step: string) =>
  page.locator(`[data-testid="import-steps"] li[data-step="${step}"]`).getAttribute('data-state');
const UI_TIMEOUT = 20_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: UI_TIMEOUT, interval: 100 });

const FILE_NAME = 'xep-hang-dti-2022.csv';
const ODD_SPELLING = 'Binh Phuoc (tinh cu)';

let h: Harness;
let page: Page;
let bpId: number;
let csvPath: string;
let batchId: number;

/** The 2022 ranking as an analyst would save it from Excel: rank, unit, score; one odd spelling. */
function write2022Csv(dir: string): string {
  const lines = fs
    .readFileSync(path.join(ROOT, 'resources/reference/dti_2022_published.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const cols = lines[0]!.split(',');
  const out = ['Xếp hạng DTI,"Tỉnh, thành phố",Điểm DTI'];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const r = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    const name = r.gso_code === '70' ? ODD_SPELLING : r.label_as_published!;
    out.push(`${r.dti_rank},"${name}",${r.pdti}`);
  }
  const file = path.join(dir, FILE_NAME);
  fs.writeFileSync(file, out.join('\r\n') + '\r\n');
  return file;
}

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
  bpId = h.store.units.byCode('gso2004', '70')!.id;
  csvPath = write2022Csv(h.tmp);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await saveFailureArtefacts(h, 'import-', ctx.task.name);
});

afterAll(async () => {
  await h?.close();
});

const byTestId = (id: string): Locator => page.getByTestId(id);
const bpRankCell = (): Locator =>
  page.locator(`[data-testid="rankings-grid"] .ag-row[row-id="${bpId}"] .ag-cell[col-id="dti.rank"]`);

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `e2e-import-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

/** Opens the wizard at its first step (after an earlier import), drops FILE, waits for the mapping. */
async function dropOnWizard(file: string): Promise<void> {
  await byTestId('nav-imports').click();
  await byTestId('imports-tab-wizard').click();
  const again = byTestId('import-again');
  if (await again.count()) await again.click();
  await byTestId('import-step-source').waitFor();
  await dropFile(page, byTestId('page-imports'), file);
  await byTestId('import-step-mapping').waitFor();
}

/** From the mapping step back to choosing a file (nothing read, nothing written): asked first. */
async function backFromMapping(): Promise<void> {
  await byTestId('import-step-mapping').locator('.step-actions button').first().click();
  await byTestId('close-file-dialog')
    .getByRole('button', { name: vi('imports.closeFileYes') })
    .click();
  await byTestId('import-step-source').waitFor();
}

describe('import wizard, end to end in Chromium', () => {
  it('first run: choose Bình Phước and start with empty data', async () => {
    await firstRunEmpty(h);
    expect(await page.getAttribute('html', 'data-api')).toBe('real');
    expect(h.store.settings.get().homeUnitId).toBe(bpId);
    expect(h.store.referenceLoaded()).toBe(false);
  });

  it('drops the CSV on the Imports page and proposes the mapping', async () => {
    await byTestId('nav-imports').click();
    await byTestId('import-step-source').waitFor();
    expect(await page.locator('#imports-title').textContent()).toBe(vi('imports.title'));
    await dropFile(page, byTestId('page-imports'), csvPath);

    await byTestId('import-step-mapping').waitFor();
    const file = byTestId('import-file');
    expect(await file.textContent()).toContain(FILE_NAME);
    expect(await file.textContent()).toContain('UTF-8');
    expect(await file.textContent()).toContain(vi('imports.delimiter.comma'));
    // Layout detection: rank, unit, score.
    expect(await byTestId('mapping-field-1').inputValue()).toBe('dti.rank');
    expect(await byTestId('mapping-field-2').inputValue()).toBe('unit');
    expect(await byTestId('mapping-field-3').inputValue()).toBe('dti.score');
    expect(await page.locator('.sample-table tr.is-header').count()).toBe(1);
    expect(await page.locator('.sample-table tr.is-header').textContent()).toContain('Tỉnh, thành phố');

    // No title row in the file: the year and group are the analyst's to give.
    await byTestId('target-year').fill('2022');
    await poll(() => byTestId('target-group').inputValue()).toBe('63');
    await byTestId('target-group').selectOption('63');
    await poll(() => byTestId('mapping-problems').count()).toBe(0);
    await screenshot('mapping');
  });

  it('reads the file and asks about the one name it cannot match', async () => {
    // Enter = next step (focus is in the year field).
    await byTestId('target-year').press('Enter');
    const question = byTestId('unit-question');
    await question.waitFor();
    expect(await question.count()).toBe(1);
    expect(await question.textContent()).toContain(ODD_SPELLING);
    // (the cell the name is in and its column, as a problem names its cell — was: "Dòng 13" alone)
    expect(await question.getByTestId('unit-question-cells').textContent()).toBe(
      vi('imports.questions.cell', { cells: 'B13', column: 'Tỉnh, thành phố' }),
    );
    // What else the row holds, to tell which unit the name is (its score cell is empty).
    expect(await question.getByTestId('unit-question-values').textContent()).toBe(
      `${vi('imports.questions.values', { row: 13 })} Xếp hạng DTI: 12`,
    );
    // A CSV has no sheet to choose: passed over, not done.
    expect(await stepState('sheet')).toBe('skipped');
    expect(await stepState('mapping')).toBe('done');
    expect(await stepState('questions')).toBe('current');
    await expect(byTestId('unit-answers-apply').isDisabled()).resolves.toBe(true);

    const select = question.getByTestId('unit-answer-select');
    await select.click();
    await select.fill('binh phuoc');
    await screenshot('question');
    await byTestId('unit-option-gso2004-70').click();
    await poll(() => select.inputValue()).toContain('Bình Phước');
    await byTestId('unit-answers-apply').click();
  });

  it('previews 63 rows of new values with no problems, and commits', async () => {
    const preview = byTestId('import-preview');
    await preview.waitFor();
    expect(await byTestId('count-rows').locator('dd').textContent()).toBe('63');
    expect(await byTestId('count-errors').locator('dd').textContent()).toBe('0');
    expect(await byTestId('count-changed').locator('dd').textContent()).toBe('0');
    const values = Number(await byTestId('count-new').locator('dd').textContent());
    expect(values).toBeGreaterThanOrEqual(63);
    expect(await byTestId('import-problems').textContent()).toContain(vi('imports.problems.none'));

    // Bình Phước's row: the label as written, the unit it now means, new, rank 12.
    const bpRow = page.locator('[data-testid="import-preview-grid"] .ag-row[row-id="13"]');
    await bpRow.waitFor();
    expect(await bpRow.locator('.ag-cell[col-id="label"]').textContent()).toBe(ODD_SPELLING);
    expect(await bpRow.locator('.ag-cell[col-id="unit"]').textContent()).toBe('Bình Phước');
    expect(await bpRow.locator('.ag-cell[col-id="status"]').textContent()).toBe(vi('imports.status.new'));
    expect((await bpRow.locator('.ag-cell[col-id="dti|rank|2022"]').textContent())?.trim()).toBe('12');
    // The question was answered: its step is done.
    expect(await stepState('questions')).toBe('done');
    await screenshot('preview');

    const commit = byTestId('import-commit');
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    const summary = byTestId('import-done-summary');
    await summary.waitFor();
    batchId = (h.store.db.prepare(`SELECT MAX(id) AS id FROM import_batch`).get() as { id: number }).id;
    expect(await summary.textContent()).toBe(
      vi('imports.done.summary', { written: values, new: values, changed: 0, id: batchId }),
    );
    await screenshot('done');
    const row = h.store.rankingRows(2022, 63).find((r) => r.unitId === bpId)!;
    expect(row.rank).toBe(12);
  });

  it('shows Bình Phước at 12 on the Rankings page', async () => {
    await byTestId('import-to-rankings').click();
    await bpRankCell().waitFor();
    expect(await byTestId('year-select').inputValue()).toBe('2022');
    expect(await byTestId('group-select').inputValue()).toBe('63');
    await poll(async () => (await bpRankCell().textContent())?.trim()).toBe('12');
  });

  it('undoes the import from the history, and the value is gone again', async () => {
    await byTestId('nav-imports').click();
    await byTestId('imports-tab-history').click();
    const history = byTestId('import-history');
    await history.waitFor();
    const undo = byTestId(`import-undo-${batchId}`);
    await undo.waitFor();
    expect(await byTestId(`import-batch-${batchId}`).textContent()).toContain(FILE_NAME);
    await undo.click();
    const dialog = byTestId('import-undo-confirm');
    await dialog.waitFor();
    const callsBefore = h.calls.length;
    await dialog.getByRole('button', { name: vi('imports.history.undoConfirm'), exact: true }).click();
    await poll(() => byTestId(`import-state-${batchId}`).textContent()).toContain('Đã hoàn tác');
    // said in values, as the import counted them: all of them new, so all removed
    const counts = JSON.parse(
      h.store.db.prepare(`SELECT counts_json FROM import_batch WHERE id = ?`).pluck().get(batchId) as string,
    ) as { observations: number; new: number };
    expect(counts.new).toBe(counts.observations);
    expect(await byTestId('import-history-notice').textContent()).toBe(
      vi('imports.history.undoDone', {
        id: batchId,
        n: counts.observations,
        parts: vi('imports.history.undoRemoved', { n: counts.new }),
      }),
    );
    await screenshot('history');
    expect(await byTestId(`import-undo-${batchId}`).count()).toBe(0);
    expect(h.store.rankingRows(2022, 63).find((r) => r.unitId === bpId)!.rank).toBeNull();

    await byTestId('nav-rankings').click();
    await byTestId('year-select').selectOption('2022');
    await byTestId('group-select').selectOption('63');
    await bpRankCell().waitFor();
    await poll(async () => (await bpRankCell().textContent())?.trim()).toBe('');
    // The history list is read once after the undo, not once per reason to read it.
    expect(h.calls.slice(callsBefore).filter((c) => c.channel === 'imports.history')).toHaveLength(1);
  });

  it('a KPI table with one column per period: its indicator is proposed from the title, and can be changed', async () => {
    const file = path.join(h.tmp, 'ty-le-dvc.csv');
    fs.writeFileSync(
      file,
      'Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021 - 2023\r\n' +
        'Tỉnh/Thành phố,2021,2022,2023\r\nBình Phước,45.2,60.1,72.5\r\nĐồng Nai,50,55,61\r\n',
    );
    await dropOnWizard(file);
    expect(await byTestId('mapping-field-2').inputValue()).toBe('period:2021');
    const indicator = byTestId('target-indicator');
    expect(await indicator.inputValue()).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình');
    await indicator.fill('');
    await poll(() => byTestId('mapping-problems').textContent()).toContain(
      vi('imports.mapping.needIndicator'),
    );
    await indicator.fill('Tỷ lệ hồ sơ xử lý trực tuyến toàn trình');
    await poll(() => byTestId('mapping-problems').count()).toBe(0);
    await screenshot('kpi-mapping');
    await indicator.press('Enter');
    await byTestId('import-preview').waitFor();
    expect(await byTestId('count-errors').locator('dd').textContent()).toBe('0');
    expect(await byTestId('count-new').locator('dd').textContent()).toBe('6');
    // Periods come from the columns: no default period, the table's indicator instead.
    expect(await byTestId('import-target').textContent()).toBe(
      `${vi('imports.kind.kpi')} · Tỷ lệ hồ sơ xử lý trực tuyến toàn trình`,
    );
    // Every name matched: no question was asked, and the step list says the step was skipped.
    expect(await stepState('questions')).toBe('skipped');
    expect(await stepState('sheet')).toBe('skipped');
    await screenshot('kpi-preview');
    await byTestId('import-commit').click();
    await byTestId('import-done-summary').waitFor();
    const stored = h.store.db
      .prepare(
        `SELECT o.period, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.name_vi = ? AND o.unit_id = ? ORDER BY o.period`,
      )
      .all('Tỷ lệ hồ sơ xử lý trực tuyến toàn trình', bpId);
    expect(stored).toEqual([
      { period: '2021', value: 45.2 },
      { period: '2022', value: 60.1 },
      { period: '2023', value: 72.5 },
    ]);
  });

  it('the mapping sample draws merged header cells as the file has them', async () => {
    // The 2022 detail table as analysts lay it out: each group's name merged over its score and
    // rank, STT and the unit merged down the two header rows.
    const XLSX = await import('@e965/xlsx');
    const rows: (string | number | null)[][] = [
      ['STT', 'Tỉnh, thành phố', 'Chỉ số DTI', null, 'Chính quyền số', null],
      [null, null, 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng'],
      [1, 'Bình Phước', 0.5241, 12, 0.4821, 12],
      [2, 'Đồng Nai', 0.5532, 9, 0.5012, 10],
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'].map((r) => XLSX.utils.decode_range(r));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'DTI 2022');
    const file = path.join(h.tmp, 'chi-tiet-2022-gop-o.xlsx');
    fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await dropOnWizard(file);
    const merged = byTestId('mapping-sample').getByTestId('mapping-sample-merged');
    await poll(() => merged.count()).toBe(4);
    expect(
      await merged.evaluateAll((cells) =>
        cells.map((c) => [
          c.textContent,
          (c as HTMLTableCellElement).colSpan,
          (c as HTMLTableCellElement).rowSpan,
        ]),
      ),
    ).toEqual([
      ['STT', 1, 2],
      ['Tỉnh, thành phố', 1, 2],
      ['Chỉ số DTI', 2, 1],
      ['Chính quyền số', 2, 1],
    ]);
    expect(await merged.nth(2).getAttribute('title')).toBe(
      vi('imports.mapping.mergedCell', { range: 'C1:D1' }),
    );
    // Each row of the sample still has a cell under every column letter.
    expect(await byTestId('mapping-sample').locator('tbody tr').nth(2).locator('td').count()).toBe(6);
    expect(await byTestId('mapping-field-3').inputValue()).toBe('dti.score');
    expect(await byTestId('mapping-field-6').inputValue()).toBe('cqs.rank');
    await screenshot('mapping-merged');
    await backFromMapping();
  });

  it('the year typed picks the column of that year: "Điểm DTI 2021 | Điểm DTI" read for 2022 takes the second', async () => {
    const file = path.join(h.tmp, 'so-sanh.csv');
    fs.writeFileSync(
      file,
      'STT,"Tỉnh, thành phố",Điểm DTI 2021,Điểm DTI,Xếp hạng DTI\r\n1,TP. Đà Nẵng,0.7502,0.8002,1\r\n2,Bình Phước,0.4,0.45,12\r\n',
    );
    await dropOnWizard(file);
    // No title, no year in the sheet: detection keeps the first score column.
    expect(await byTestId('mapping-field-3').inputValue()).toBe('dti.score');
    const year = byTestId('target-year');
    await year.fill('2022');
    await poll(() => byTestId('mapping-field-4').inputValue()).toBe('dti.score');
    expect(await byTestId('mapping-field-3').inputValue()).toBe('ignore');
    // Corrected as analysts type: "2022", Backspace ("202"), "1".
    await year.press('End');
    await year.press('Backspace');
    await year.press('1');
    expect(await year.inputValue()).toBe('2021');
    await poll(() => byTestId('mapping-field-3').inputValue()).toBe('dti.score');
    expect(await byTestId('mapping-field-4').inputValue()).toBe('ignore');
    // A column mapped by hand is the analyst's: a year typed after it changes nothing.
    await byTestId('mapping-field-3').selectOption('ignore');
    await byTestId('mapping-field-4').selectOption('dti.score');
    await year.fill('2022');
    await year.fill('2021');
    expect(await byTestId('mapping-field-4').inputValue()).toBe('dti.score');
    expect(await byTestId('mapping-field-3').inputValue()).toBe('ignore');
    await backFromMapping();
  });

  it("a file dropped over a mapping in progress asks first, in the app's dialog; Hủy keeps the mapping, the yes opens the new file", async () => {
    const first = path.join(h.tmp, 'dang-lam.csv');
    fs.writeFileSync(first, 'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI\r\n1,TP. Đà Nẵng,0.8002,1\r\n');
    const second = path.join(h.tmp, 'tep-moi.csv');
    fs.writeFileSync(second, 'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI\r\n1,Bình Phước,0.45,12\r\n');
    await dropOnWizard(first);
    // (the mapping step shows why its button is off beside the button itself: no year yet)
    expect(await byTestId('mapping-blocked-reason').textContent()).toContain(vi('imports.mapping.needYear'));
    const dialog = byTestId('replace-import-dialog');
    await dropFile(page, byTestId('page-imports'), second);
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('tep-moi.csv');
    await screenshot('replace-dialog');
    await dialog.getByRole('button', { name: vi('common.cancel') }).click();
    await poll(() => dialog.isVisible()).toBe(false);
    expect(await byTestId('import-file').textContent()).toContain('dang-lam.csv');
    await dropFile(page, byTestId('page-imports'), second);
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: vi('imports.source.replaceYes') }).click();
    await poll(async () => (await byTestId('import-file').textContent())?.includes('tep-moi.csv')).toBe(true);
    await backFromMapping();
  });

  it('a unit question says why a name close to a unit is not taken ("(mới)" on the 63-unit list)', async () => {
    const file = path.join(h.tmp, 'xep-hang-2024.csv');
    fs.writeFileSync(
      file,
      '"XẾP HẠNG DTI NĂM 2024 CỦA 63 TỈNH, THÀNH PHỐ"\r\nTỉnh,Điểm DTI,Xếp hạng DTI,Xếp hạng CQS\r\n' +
        'TP. Hải Phòng (mới),"0,6520",3,5\r\nBình Phước,"0,5310",12,9\r\n',
    );
    await dropOnWizard(file);
    await poll(() => byTestId('target-year').inputValue()).toBe('2024');
    await poll(() => byTestId('target-group').inputValue()).toBe('63');
    await byTestId('target-year').press('Enter');
    const reason = byTestId('unit-question-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain('01/07/2025');
    expect(await byTestId('unit-question-values').textContent()).toBe(
      `${vi('imports.questions.values', { row: 3 })} Điểm DTI: 0,6520 · Xếp hạng DTI: 3 · Xếp hạng CQS: 5`,
    );
    await screenshot('question-reason');
  });

  it('at 1280×720 the buttons of each step stay in sight, under a long sample and a long problem list', async () => {
    // The 2022 ranking with half the ranks beyond 63: a problem per such row.
    const lines = fs
      .readFileSync(path.join(ROOT, 'resources/reference/dti_2022_published.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','));
    const file = path.join(h.tmp, 'xep-hang-2022-loi.csv');
    fs.writeFileSync(
      file,
      ['Xếp hạng DTI,"Tỉnh, thành phố"']
        .concat(lines.map((c, i) => `${Number(c[1]) + (i % 2 === 0 ? 63 : 0)},"${c[2]}"`))
        .join('\r\n') + '\r\n',
    );
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      await byTestId('nav-imports').click();
      await byTestId('imports-tab-wizard').click();
      // (the last import stopped at its question: back to the mapping, then to the start)
      for (
        let i = 0;
        i < 2 &&
        (await byTestId('import-step-questions').count()) + (await byTestId('import-step-mapping').count());
        i++
      ) {
        const fromMapping = (await byTestId('import-step-mapping').count()) > 0;
        await page.locator('.import-step > .step-actions button').first().click();
        // (closing the file from its mapping is asked first)
        if (fromMapping)
          await byTestId('close-file-dialog')
            .getByRole('button', { name: vi('imports.closeFileYes') })
            .click();
      }
      await byTestId('import-step-source').waitFor();
      await dropFile(page, byTestId('page-imports'), file);
      await byTestId('import-step-mapping').waitFor();
      await byTestId('target-year').fill('2022');
      await byTestId('target-group').selectOption('63');
      await poll(() => byTestId('mapping-problems').count()).toBe(0);
      const content = page.locator('.app-content');
      const inSight = async (testId: string) => {
        const box = (await byTestId(testId).boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 720;
      };
      // The 60-row sample is taller than the window; the read button is not under it.
      expect(await content.evaluate((el) => el.scrollHeight > el.clientHeight + 200)).toBe(true);
      expect(await inSight('import-next')).toBe(true);
      await screenshot('mapping-1280');

      await byTestId('import-next').click();
      await byTestId('import-preview').waitFor();
      expect(Number(await byTestId('count-errors').locator('dd').textContent())).toBeGreaterThan(20);
      // Each line says its cell and what is wrong; the file is named once (its full message on hover).
      const first = page.getByTestId('import-problem-error').first();
      expect(await first.textContent()).toContain(vi('problem.rankRange', { n: 63 }));
      expect(await first.textContent()).not.toContain('xep-hang-2022-loi.csv');
      expect(await first.locator('span[title]').getAttribute('title')).toContain(
        'tệp "xep-hang-2022-loi.csv"',
      );
      await content.evaluate((el) => el.scrollTo(0, 0));
      expect(await content.evaluate((el) => el.scrollHeight > el.clientHeight + 200)).toBe(true);
      expect(await inSight('import-commit')).toBe(true);
      // The bar sits on the window's bottom edge: nothing of the page peeks out under it.
      const stuck = (await page.locator('.import-preview-step > .step-actions').boundingBox())!;
      expect(Math.abs(stuck.y + stuck.height - 720)).toBeLessThanOrEqual(1);
      // The problems scroll in their own region: the grid's header and first rows are in sight too.
      const lists = byTestId('import-problem-lists');
      expect(await lists.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      const top = (await byTestId('import-preview-grid').boundingBox())!;
      expect(top.y + 120).toBeLessThanOrEqual(stuck.y);
      await screenshot('preview-1280');
      // Scrolled to the end, the bar is where it always was: under the grid, nothing hidden.
      await content.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      expect(await inSight('import-commit')).toBe(true);
      const grid = (await byTestId('import-preview-grid').boundingBox())!;
      const bar = (await page.locator('.import-preview-step > .step-actions').boundingBox())!;
      expect(grid.y + grid.height).toBeLessThanOrEqual(bar.y + 1);
      await screenshot('preview-1280-end');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('ran cleanly: no page errors, no refused IPC', () => {
    expect(h.pageErrors).toEqual([]);
    expect(
      h.calls.filter((c) =>
        ['FORBIDDEN', 'UNKNOWN_CHANNEL', 'INVALID_INPUT', 'INTERNAL'].includes(c.code ?? ''),
      ),
    ).toEqual([]);
    for (const ch of [
      'imports.open',
      'imports.analyze',
      'imports.stage',
      'imports.progress',
      'imports.answer',
      'imports.commit',
      'imports.undo',
    ])
      expect(h.calls.some((c) => c.channel === ch && c.ok)).toBe(true);
    expect(h.consoleErrors).toEqual([]);
  });
});
