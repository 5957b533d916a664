// Round 74, the wizard as an analyst uses it: a unit name a letter off offers the nearest unit
// ("Có phải: Kon Tum"), taken only when clicked; "Dòng có thay đổi" of a corrected ranking lists
// each row's changes old → new beside its status, in sight however far right the columns go.
// Leaves test-output/e2e-near-names-*.png to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n';
import { importCommitted } from '../imports/helpers';
import { commitPreview, dropOnImports, screenshotTo, useSuiteHarness, type Harness } from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
let h: Harness;
let page: Page;
useSuiteHarness('near-names-', (x) => ({ h, page } = x));

const ranking = (name: string, kts: string) =>
  [
    'XẾP HẠNG CHUYỂN ĐỔI SỐ NĂM 2022 CỦA 63 TỈNH, THÀNH PHỐ',
    'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI,Điểm CQS,Xếp hạng CQS,Điểm KTS,Xếp hạng KTS',
    `1,TP. Đà Nẵng,"0,8002",1,"0,8100",1,"0,7000",1`,
    `2,${name},"0,5000",2,"0,5100",2,"${kts}",2`,
  ].join('\r\n');

describe('the wizard, round 74', () => {
  it('"Kon Tumm" offers Kon Tum; clicking it answers the question', async () => {
    const file = path.join(h.tmp, 'kon-tumm.csv');
    fs.writeFileSync(file, ranking('Kon Tumm', '0,4000'));
    await dropOnImports(h, file);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-step-questions').waitFor();
    const offered = page.getByTestId('unit-question-suggestion');
    expect(await offered.allTextContents()).toEqual(['Kon Tum']);
    expect(await page.getByTestId('unit-question-suggestions').textContent()).toContain(
      vi('imports.questions.didYouMean'),
    );
    await screenshotTo(page, 'e2e-near-names-question.png');
    await offered.focus();
    await page.keyboard.press('Enter');
    expect(await offered.getAttribute('aria-pressed')).toBe('true');
    // (the last question answered: the keyboard goes on to "Áp dụng", round 75)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('unit-answers-apply');
    expect(await page.getByTestId('unit-answer-select').inputValue()).toContain('Kon Tum');
  });

  it('a wrong answer is changed from the preview: Back returns to the questions, the answer kept (round 75: only a new drop could)', async () => {
    await page.getByTestId('unit-answer-select').fill('da nang');
    await page.locator('[data-testid^="unit-option-gso2004-"]').first().click();
    await page.getByTestId('unit-answers-apply').click();
    await page.getByTestId('import-preview').waitFor();
    // (Đà Nẵng twice: an error, and the way to it said)
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await page.locator('#import-commit-hint').textContent()).toBe(
      vi('imports.commitBlockedErrorsAsked', { n: 1 }),
    );
    await page.getByTestId('import-back').click();
    await page.getByTestId('import-step-questions').waitFor();
    expect(await page.getByTestId('unit-answer-select').inputValue()).toContain('Đà Nẵng');
    await screenshotTo(page, 'e2e-near-names-answer-again.png');
    await page.getByTestId('unit-question-suggestion').click();
    await page.getByTestId('unit-answers-apply').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(false);
    // (Esc from the preview goes back to the questions too)
    await page.keyboard.press('Escape');
    await page.getByTestId('import-step-questions').waitFor();
  });

  it('"Dòng có thay đổi" shows each row\'s changes old → new beside its status', async () => {
    const first = path.join(h.tmp, 'xep-hang-2022.csv');
    fs.writeFileSync(first, ranking('Kon Tum', '0,4000'));
    expect((await importCommitted(h.store, first)).canCommit).toBe(true);
    const corrected = path.join(h.tmp, 'xep-hang-2022-sua.csv');
    fs.writeFileSync(corrected, ranking('Kon Tum', '0,4100'));
    await dropOnImports(h, corrected);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('preview-filter-changed').click();
    const grid = page.getByTestId('import-preview-grid');
    const changes = grid.locator('.ag-row .ag-cell[col-id="changes"]');
    await changes.first().waitFor();
    expect(await changes.allTextContents()).toEqual([
      `${vi('pillar.kts')} – ${vi('imports.preview.fieldScore')}: 0,4000 → 0,4100`,
    ]);
    await screenshotTo(page, 'e2e-near-names-changes.png');
  });

  it('"Nhập tệp mới" after the import is done starts the next one (was: the done step again)', async () => {
    await commitPreview(page);
    await page.getByTestId('imports-tab-history').click();
    await page.getByTestId('imports-tab-wizard').click();
    await page.getByTestId('import-step-source').waitFor();
  });

  it('two files dropped at once: the notice naming the one not opened stays on the mapping step (round 75: gone in a second)', async () => {
    await page.goto(`${h.origin}/index.html#/imports`);
    await page.reload();
    await page.getByTestId('import-step-source').waitFor();
    const files = ['mot.csv', 'hai.csv'].map((name) => {
      const p = path.join(h.tmp, name);
      fs.writeFileSync(p, ranking('Kon Tum', '0,4000'));
      return { name, bytes: [...fs.readFileSync(p)] };
    });
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      return dt;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop'])
      await page.getByTestId('page-imports').dispatchEvent(type, { dataTransfer });
    await page.getByTestId('import-step-mapping').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('import-notice').textContent()).toContain(
      vi('imports.source.manyFiles', { name: 'mot.csv', others: 'hai.csv' }),
    );
  });

  it("at 1024×700 the mapping's columns and the target do not overlap (round 75: the choices ran under it)", async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    try {
      const file = path.join(h.tmp, 'hep.csv');
      fs.writeFileSync(file, ranking('Kon Tum', '0,4000'));
      await dropOnImports(h, file);
      const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
      const cols = await box('.mapping-columns');
      const target = await box('.mapping-target');
      const apart = target.y >= cols.y + cols.height - 1 || target.x >= cols.x + cols.width - 1;
      expect(apart).toBe(true);
      // (nothing in the columns' table wider than its section)
      expect(
        await page.locator('.mapping-columns').evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
      ).toBe(true);
      await screenshotTo(page, 'e2e-near-names-mapping-1024.png');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });
});
