// Tester rounds 15 (what was left) and 16: real-looking files that were read wrong or refused
// for the wrong reason. Each test imports the file as the command line does and checks what is
// stored (or why it is refused) against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { monthFirstDates } from '../../src/main/imports/layout/periods';
import { Store } from '../../src/main/store';
import { isChangeRate } from '../../src/shared/imports/indicatorNames';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round16-'), 'r.db'));
});

const units63 = () => store.units.list('gso2004').map((u) => u.name);

/** Stages FILE (the proposed mapping, `override` on the target); commits when it can. */
async function importFile(file: string, override: Partial<ImportTarget> = {}) {
  const { session, preview } = await stageFile(store, { kind: 'file', path: file }, override);
  if (preview.canCommit) session.commit();
  session.dispose();
  return preview;
}

const storedPeriods = () =>
  store.db
    .prepare(
      `SELECT period, COUNT(*) AS n FROM observation WHERE layer = 'user' GROUP BY period ORDER BY period`,
    )
    .all();

describe('a period column written month/day/year (an English-locale export)', () => {
  it('tells the order of a column from its dates', () => {
    expect(monthFirstDates(['1/31/2024', '2/29/2024', '3/31/2024'])).toBe('certain');
    expect(monthFirstDates(['1/1/2024', '2/1/2024', '3/1/2024'])).toBe('likely');
    // day first, as written here: a first part over 12, or the first of each month written d/m
    expect(monthFirstDates(['31/1/2024', '1/31/2024'])).toBeNull();
    expect(monthFirstDates(['1/31/2024', '2/29/2024', '29/2/2024'])).toBe('certain'); // the odd one is refused
    expect(monthFirstDates(['01/01/2024', '01/02/2024', '01/03/2024'])).toBeNull();
    expect(monthFirstDates(['5/3/2024', '6/4/2024'])).toBeNull(); // reads both ways: day first
    expect(monthFirstDates(['09/2022', 'Quý I/2024', '2024-03-01'])).toBeNull();
  });

  const longTable = (dates: string[]) =>
    [
      '"Tỉnh, thành phố",Kỳ báo cáo,Tỷ lệ hồ sơ trực tuyến toàn trình (%)',
      ...dates.flatMap((d, k) =>
        units63().map((u, i) => `${u},${d},${(50 + ((i + k * 7) % 40)).toFixed(1)}`),
      ),
    ].join('\n');

  it('reads month-end dates "1/31/2024" as their months, said once at the first date', async () => {
    const file = writeTemp('us-eom.csv', longTable(['1/31/2024', '2/29/2024', '3/31/2024']));
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const said = p.problems.filter((x) => x.code === 'periodMonthFirst');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'warning', row: 2, cell: 'B2', value: '1/31/2024' });
    expect(said[0]!.messageVi).toContain('tháng/ngày/năm');
    expect(said[0]!.messageVi).toContain('tháng 01/2024');
    expect(storedPeriods()).toEqual([
      { period: '2024-01', n: 63 },
      { period: '2024-02', n: 63 },
      { period: '2024-03', n: 63 },
    ]);
  });

  it('reads the first of each month "3/1/2024" month first (was: every row January, refused as duplicates)', async () => {
    const file = writeTemp('us-first.csv', longTable(['1/1/2024', '2/1/2024', '3/1/2024']));
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.find((x) => x.code === 'periodMonthFirst')!.messageEn).toContain('first of a month');
    expect(storedPeriods().map((r) => (r as { period: string }).period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
  });

  it('keeps day-first dates day first, and refuses a day-first date inside a month-first column', async () => {
    const vn = writeTemp('vn.csv', longTable(['31/01/2024', '29/02/2024']));
    const p = await importFile(vn, { kind: 'kpi', group: 63 });
    expect(p.problems.some((x) => x.code === 'periodMonthFirst')).toBe(false);
    expect(storedPeriods().map((r) => (r as { period: string }).period)).toEqual(['2024-01', '2024-02']);

    const mixed = longTable(['1/31/2024', '2/29/2024']).split('\n');
    mixed[70] = mixed[70]!.replace('2/29/2024', '29/2/2024');
    const q = await importFile(writeTemp('mixed.csv', mixed.join('\n')), { kind: 'kpi', group: 63 });
    const bad = q.problems.filter((x) => x.code === 'badPeriod');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ row: 71, value: '29/2/2024' });
  });
});

describe('a growth rate in % may be negative or over 100', () => {
  it('knows a change rate by its name', () => {
    expect(isChangeRate('Tốc độ tăng trưởng doanh thu thương mại điện tử (%)')).toBe(true);
    expect(isChangeRate('Tăng/giảm so với cùng kỳ (%)')).toBe(true);
    expect(isChangeRate('Growth of online payments')).toBe(true);
    expect(isChangeRate('Tỷ lệ hồ sơ trực tuyến toàn trình (%)')).toBe(false);
  });

  it('stores negative growth without "outside 0–100" warnings; a share in % still gets them', async () => {
    const rows = units63().map(
      (u, i) =>
        `${u};${i % 5 === 0 ? `(${(i / 10).toFixed(1).replace('.', ',')})` : (i * 3.5 - 20).toFixed(1).replace('.', ',')};${i === 3 ? '120' : '80'}`,
    );
    const file = writeTemp(
      'growth.csv',
      [
        'TỐC ĐỘ TĂNG TRƯỞNG NĂM 2023',
        'Tỉnh;Tốc độ tăng trưởng doanh thu TMĐT (%);Tỷ lệ thanh toán trực tuyến (%)',
        ...rows,
      ].join('\n'),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2023, period: '2023' });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const range = p.problems.filter((x) => x.code === 'percentRange');
    expect(range.map((x) => x.cell)).toEqual(['C6']); // the share of 120%, not the growth rates
    const growth = store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND i.name_vi LIKE 'Tốc độ%' AND u.name_vi = ?`,
      )
      .pluck();
    expect(growth.get(units63()[5])).toBe(-0.5); // "(0,5)": an accountant's negative
    expect(growth.get(units63()[1])).toBe(-16.5);
    expect(growth.get(units63()[62])).toBeCloseTo(197, 6);
  });
});

describe('a ranking row with no figure at all (#N/A from a lookup formula)', () => {
  it('is refused at that row, naming the unit (was: committed, the unit left out of the ranking)', async () => {
    const names = units63();
    const rows = names.map((u, i) =>
      i === 44 ? `#N/A,${u},#N/A` : `${i + 1},${u},${(0.8 - i * 0.005).toFixed(4)}`,
    );
    const file = writeTemp('na.csv', ['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows].join('\n'));
    const p = await importFile(file, { kind: 'ranking', year: 2022, group: 63 });
    expect(p.canCommit).toBe(false);
    const e = p.problems.filter((x) => x.severity === 'error');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'missingUnits', row: 46 });
    expect(e[0]!.messageVi).toContain(`"${names[44]}"`);
    expect(e[0]!.messageVi).toContain('#N/A');
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });

  it('an empty row of a corrected copy keeps what the store holds (not refused)', async () => {
    const names = units63();
    const body = (blank: number | null) =>
      [
        'Xếp hạng DTI,Tỉnh,Điểm DTI',
        ...names.map((u, i) => (i === blank ? `,${u},` : `${i + 1},${u},${(0.8 - i * 0.005).toFixed(4)}`)),
      ].join('\n');
    expect(
      (await importFile(writeTemp('full.csv', body(null)), { kind: 'ranking', year: 2022, group: 63 }))
        .canCommit,
    ).toBe(true);
    const p = await importFile(writeTemp('copy.csv', body(10)), { kind: 'ranking', year: 2022, group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.canCommit).toBe(true);
  });
});
