// Settings end to end: back up, change data, restore the backup after confirming — the current
// database is saved first, the restored one is checked, and the Rankings page shows the old value;
// an import waiting at its preview starts over (it was read against the replaced file).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { translate } from '../../src/shared/i18n';
import { dropFile, OUTPUT_DIR, startHarness, type Harness } from './harness';

const vi = (key: string, params?: Record<string, string | number>) => translate('vi', key, params);
const UI_TIMEOUT = 20_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: UI_TIMEOUT, interval: 100 });

let h: Harness;
let page: Page;
let bpId: number;
let backupPath = '';

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  page.setDefaultTimeout(UI_TIMEOUT);
  // An analyst who set up DTI Desk earlier: home province chosen, reference data loaded.
  bpId = h.store.units.byCode('gso2004', '70')!.id;
  h.store.settings.update({ homeUnitId: bpId });
  h.store.loadReference();
});

afterAll(async () => {
  await h?.close();
});

const bpRank = () =>
  page.locator(`[data-testid="rankings-grid"] .ag-row[row-id="${bpId}"] .ag-cell[col-id="dti.rank"]`);

describe('settings: back up and restore, end to end', () => {
  it('shows the data folder and backs up now', async () => {
    await page.goto(`${h.origin}/index.html#/settings`);
    await page.getByTestId('nav-settings').click();
    await poll(() => page.getByTestId('data-dir').textContent()).toBe(path.dirname(h.dbPath));
    await page.getByTestId('backup-now').click();
    await poll(async () => (await page.getByTestId('backup-result').textContent()) ?? '').toContain('.db');
    backupPath = h.dialogs.asked.length
      ? path.join(h.tmp, 'dialog', path.basename(h.dialogs.asked[0]!.defaultPath!))
      : '';
    expect(fs.existsSync(backupPath)).toBe(true);
  });

  it('restores the backup after confirming, keeping a safety copy of the current data', async () => {
    // A change after the backup: Bình Phước moved to rank 3.
    h.store.rankings.edit(
      { year: 2022, group: 63, unitId: bpId, indicator: 'dti', field: 'rank', value: 3 },
      'x',
      null,
    );
    await page.getByTestId('restore-backup').click();
    const dialog = page.getByTestId('restore-confirm');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(vi('settings.restoreTitle'));
    h.dialogs.nextOpen.push(backupPath);
    await dialog.getByRole('button', { name: vi('settings.restoreConfirm') }).click();
    await poll(async () => (await page.getByTestId('restore-result').textContent()) ?? '').toContain(
      backupPath,
    );
    // The data before the restore was saved, and it holds the change.
    const safety = fs
      .readdirSync(path.join(path.dirname(h.dbPath), 'backups'))
      .filter((f) => f.startsWith('before-restore'));
    expect(safety).toHaveLength(1);
    const saved = new Store(path.join(path.dirname(h.dbPath), 'backups', safety[0]!), { readonly: true });
    expect(saved.rankingRows(2022, 63).find((r) => r.unitId === bpId)!.rank).toBe(3);
    saved.close();

    await page.getByTestId('nav-rankings').click();
    await page.getByTestId('year-select').selectOption('2022');
    await page.getByTestId('group-select').selectOption('63');
    await bpRank().waitFor();
    await poll(async () => ((await bpRank().textContent()) ?? '').trim()).toBe('12');
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-settings-restored.png') });
  });

  it('an import waiting at its preview starts over after a restore (it was read against the old file)', async () => {
    const file = path.join(h.tmp, 'xep-hang.csv');
    fs.writeFileSync(file, 'Tỉnh,Điểm DTI,Xếp hạng DTI\r\nBình Phước,0.5812,15\r\nĐồng Nai,0.6120,9\r\n');
    await page.getByTestId('nav-imports').click();
    await dropFile(page, page.getByTestId('page-imports'), file);
    await page.getByTestId('import-step-mapping').waitFor();
    await page.getByTestId('target-year').fill('2022');
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-preview').waitFor();

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('restore-backup').click();
    const dialog = page.getByTestId('restore-confirm');
    await dialog.waitFor();
    h.dialogs.nextOpen.push(backupPath);
    await dialog.getByRole('button', { name: vi('settings.restoreConfirm') }).click();
    await poll(async () => (await page.getByTestId('restore-result').textContent()) ?? '').toContain(
      backupPath,
    );
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-step-source').waitFor();
    // (and stays there: the page made anew does not open the file dropped before — round 76, it
    // did when the open was quick enough, and this test failed now and then)
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('import-wizard').getAttribute('data-step')).toBe('source');
    expect(h.calls.filter((c) => c.channel === 'imports.open')).toHaveLength(1);
  });

  it('lists the unit names answered in imports and forgets one (round 71: a slip of an answer stayed for good)', async () => {
    const bd = h.store.units.byCode('gso2004', '52')!;
    h.store.units.addUserAlias(bd.id, 'Bình Phướcc');
    await page.getByTestId('nav-rankings').click();
    await page.getByTestId('nav-settings').click();
    const table = page.getByTestId('remembered-names');
    await table.waitFor();
    expect(await table.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining(`“Bình Phướcc”${bd.name} ${vi('unit.formerSuffix')}`),
    ]);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'e2e-settings-remembered-names.png') });
    const [name] = h.store.units.rememberedNames();
    await page.getByTestId(`forget-name-${name!.id}`).click();
    await poll(async () => (await page.getByTestId('remembered-names-result').textContent()) ?? '').toBe(
      vi('settings.namesForgotten', { alias: 'Bình Phướcc' }),
    );
    await page.getByTestId('remembered-names-empty').waitFor();
    expect(h.store.units.rememberedNames()).toEqual([]);
  });

  it('ran cleanly', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.calls.filter((c) => !c.ok)).toEqual([]);
  });
});
