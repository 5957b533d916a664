// KPI values as the eighth sweep found them silently misread: malformed thousands ("1.23.456"),
// a date typed in a value cell ("9.5.2025"), spaces inside a number (" 95 5 "), a footnote mark
// after the number ("95*"), and ratios typed for percentages (0,9952 in a "(%)" column).
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import type { ImportPreview } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-sweep8-values-'), 'v.db'));
});
afterEach(() => store.close());

/** A long KPI table of three units for 2024, the value cells as given. */
async function stage(values: (string | number)[], indicator = 'Số hồ sơ trực tuyến (hồ sơ)') {
  const file = writeWorkbook('kpi.xlsx', [
    {
      name: 'Sheet1',
      rows: [
        ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
        ...values.map((v, i) => [
          ['Bình Phước', 'Đồng Nai', 'Bình Dương'][i % 3]!,
          indicator,
          `${2022 + Math.floor(i / 3)}`,
          v,
        ]),
      ],
    },
  ]);
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  const a = await session.analyze();
  return session.stage(a.mapping, { ...a.target, kind: 'kpi', year: null, group: 63 });
}
const codes = (p: ImportPreview, severity: 'error' | 'warning') =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);

describe('malformed numbers are refused at their cell, never read as another number', () => {
  for (const bad of ['1.23.456', '12,5,3', '95.0.0', '9.5.2025', ' 95 5 '])
    it(`"${bad}"`, async () => {
      const p = await stage([1200, bad, 1300]);
      expect(codes(p, 'error')).toEqual(['notANumber']);
      expect(p.problems[0]!.cell).toBe('D3');
    });

  it('well-formed thousands still read: "1.234.567", "1,234,567", "1 234 567"', async () => {
    const p = await stage(['1.234.567', '1,234,567', '1 234 567']);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.counts.observations).toBe(3);
  });
});

describe('a mark after a KPI value', () => {
  it('"95*" is read as 95 and said once for its column', async () => {
    const p = await stage(['95*', '96', '97**'], 'Tỷ lệ hồ sơ trực tuyến (%)');
    expect(codes(p, 'error')).toEqual([]);
    const w = p.problems.filter((x) => x.code === 'valueMark');
    expect(w).toHaveLength(1);
    expect(w[0]!.cell).toBe('D2');
  });
});

describe('ratios typed for percentages', () => {
  it('every value of a "(%)" KPI between 0 and 1 is said once', async () => {
    const p = await stage([0.9952, 0.125, 0.87], 'Tỷ lệ hồ sơ trực tuyến (%)');
    expect(p.problems.filter((x) => x.code === 'percentFraction')).toHaveLength(1);
  });

  it('percentages as written are not', async () => {
    const p = await stage([99.52, 12.5, 0.5], 'Tỷ lệ hồ sơ trực tuyến (%)');
    expect(codes(p, 'warning')).not.toContain('percentFraction');
  });
});

describe('the signing block under a report’s table', () => {
  it('the place and date, the signer’s title and name, "Nơi nhận" are not data', async () => {
    const file = writeWorkbook('signed.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
          ['Bình Phước', 'Số hồ sơ trực tuyến (hồ sơ)', '2024', 1200],
          ['Đồng Nai', 'Số hồ sơ trực tuyến (hồ sơ)', '2024', 1300],
          [],
          [null, null, null, 'Đồng Nai, ngày 05 tháng 01 năm 2026'],
          [null, null, null, 'KT. GIÁM ĐỐC'],
          [null, null, null, 'PHÓ GIÁM ĐỐC'],
          [null, null, null, 'Nguyễn Văn A'],
          ['Nơi nhận:'],
          ['- UBND tỉnh;'],
        ],
      },
    ]);
    const session = new ImportSession(store.db, { kind: 'file', path: file });
    const a = await session.analyze();
    const p = await session.stage(a.mapping, { ...a.target, kind: 'kpi', year: null, group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(p.counts.observations).toBe(2);
  });
});

describe('a footnote mark in brackets after a value', () => {
  it('"95 (*)" is read as 95 and said, like "95*"', async () => {
    const p = await stage(['95 (*)', '96(*)', '97'], 'Tỷ lệ hồ sơ trực tuyến (%)');
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'valueMark')).toHaveLength(1);
  });
});

describe('counts below zero or with a fraction', () => {
  it('"-1.234" or "12,5" tổ is said once for its column', async () => {
    const p = await stage(['-1.234', '12,5', '40'], 'Số tổ công nghệ số cộng đồng (tổ)');
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'countNotWhole')).toHaveLength(1);
    const ok = await stage(['1.234', '12', '40'], 'Số tổ công nghệ số cộng đồng (tổ)');
    expect(codes(ok, 'warning')).not.toContain('countNotWhole');
  });
});

describe('ranks written the many ways', () => {
  it('"thứ 9", "#9", "9 ▲3", "9↓2" read as the rank', async () => {
    const { parseCellNumber, rankText } = await import('../../src/main/imports/layout/cellNumber');
    for (const t of ['thứ 9', '#9', '9 ▲3', '9↓2', 'Hạng 9'])
      expect(parseCellNumber(rankText(t)), t).toEqual({ value: 9 });
  });
});
