// Session 28: tester round 83 (an analyst's years in one database; workbooks as provincial staff
// build them). Each test imports the file as the command line does and checks what is stored.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { importLikeCli, storedLines, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round83-'), 'r.db'));
});

/** The 63 provinces' names, in the 2022 ranking's order. */
const provinces = () => published2022().map((r) => r.label);

describe('KPI values a thousand times the stored ones, or a thousandth (round 83: replaced unsaid)', () => {
  const count = (i: number, m: number) => 50_000 + i * 1_000 + m * 37;
  /** Transactions per month of 2024, T1..Tn; in thousands ("nghìn giao dịch") when `thousands`. */
  const months = (name: string, n: number, thousands: boolean) =>
    writeWorkbook(name, [
      {
        name: 'GD',
        rows: [
          [`SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024${thousands ? ' (nghìn giao dịch)' : ''}`],
          ['Tỉnh, thành phố', ...Array.from({ length: n }, (_, m) => `T${m + 1}/2024`)],
          ...provinces().map((p, i) => [
            p,
            ...Array.from({ length: n }, (_, m) => (thousands ? count(i, m) / 1000 : count(i, m))),
          ]),
        ],
      },
    ]);

  const stageAfter = async (first: string, second: string) => {
    const a = await importLikeCli(store, first);
    expect(a.preview.canCommit).toBe(true);
    a.session.commit();
    const b = await importLikeCli(store, second);
    return b.preview;
  };

  it('a file in thousands over counts stored without a unit: said once, with how many, at the first value (a thousandth)', async () => {
    const p = await stageAfter(months('gd-2024.xlsx', 12, false), months('gd-2024-nghin.xlsx', 6, true));
    const said = p.problems.filter((x) => x.code === 'scaleJump');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('warning');
    expect(said[0]!.row).toBe(3);
    expect(said[0]!.col).toBe(2);
    // (the file's 50 for the 50,000 stored: the file counts in thousands)
    expect(said[0]!.messageVi).toContain(
      'giá trị này (50) chỉ bằng khoảng 1/1.000 giá trị đang lưu (50.000)',
    );
    expect(said[0]!.messageVi).toContain('378 giá trị');
    expect(said[0]!.messageVi).toContain('Tháng 1/2024');
    expect(said[0]!.messageEn).toContain('about 1/1,000 of the stored value (50,000)');
  });

  it('counts over values stored in thousands: said as a thousand times', async () => {
    const p = await stageAfter(months('gd-2024-nghin.xlsx', 6, true), months('gd-2024.xlsx', 12, false));
    const said = p.problems.filter((x) => x.code === 'scaleJump');
    expect(said).toHaveLength(1);
    expect(said[0]!.messageVi).toContain('giá trị này (50.000) gấp khoảng 1.000 lần giá trị đang lưu (50)');
    expect(said[0]!.messageVi).toContain('378 giá trị');
    expect(said[0]!.messageEn).toContain('about 1,000 times the stored value (50)');
  });

  it('a correction of a few values, or a year of growth, is no change of unit', async () => {
    const first = months('gd-2024.xlsx', 12, false);
    const again = writeWorkbook('gd-2024-sua.xlsx', [
      {
        name: 'GD',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024'],
          ['Tỉnh, thành phố', 'T1/2024', 'T2/2024'],
          ...provinces().map((p, i) => [p, i === 5 ? count(i, 0) * 3 : count(i, 0) + 1, count(i, 1)]),
        ],
      },
    ]);
    const p = await stageAfter(first, again);
    expect(p.counts.changed).toBe(63);
    expect(p.problems.filter((x) => x.code === 'scaleJump')).toEqual([]);
    expect(storedLines(store).length).toBe(63 * 12);
  });
});
