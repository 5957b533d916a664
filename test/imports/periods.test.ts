// Periods written the ways KPI tables from other systems write them, beyond the report forms
// tested with the layout: "T9/2022" month headers, date cells and dates, and what is refused.
import { describe, expect, it } from 'vitest';
import { isCanonicalPeriod, normalisePeriod } from '../../src/main/imports/layout/periods';
import { periodFromTitle } from '../../src/main/imports/layout/titleHints';

describe('month and date periods', () => {
  it.each([
    ['T9/2022', '2022-09'],
    ['T09/2022', '2022-09'],
    ['t9-2022', '2022-09'],
    ['T.9/2022', '2022-09'],
    ['Th9/2022', '2022-09'],
    ['T9 năm 2022', '2022-09'],
    ['T12/2023', '2023-12'],
    // a date-formatted cell is read as an ISO date; a date stands for its month
    ['2022-09-01', '2022-09'],
    ['2022-10-01T00:00:00.000Z', '2022-10'],
    ['30/09/2022', '2022-09'],
    ['1.10.2022', '2022-10'],
  ])('%s → %s', (raw, want) => {
    expect(normalisePeriod(raw)).toBe(want);
    expect(isCanonicalPeriod(normalisePeriod(raw))).toBe(true);
  });

  it.each(['Lũy kế đến 30/9/2022', '2021-2022', '2022 (ước)', 'T13/2022', '09/30/2022', 'Tổng 2022'])(
    '%s is not a period the store can hold',
    (raw) => {
      expect(isCanonicalPeriod(normalisePeriod(raw))).toBe(false);
    },
  );

  it('"9 tháng 2024" is still the first nine months, not September', () => {
    expect(normalisePeriod('9 tháng 2024')).toBe('2024-01..2024-09');
    expect(normalisePeriod('T9 2024')).toBe('2024-09');
  });
});

describe('a period stated in the title', () => {
  it.each([
    ['BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024', '2024-01..2024-06'],
    ['Kết quả Quý III/2024 của các tỉnh', '2024-07..2024-09'],
    ['SỐ LIỆU THÁNG 9/2022', '2022-09'],
    ['Số liệu tháng 9 năm 2022', '2022-09'],
    ['9 tháng năm 2024', '2024-01..2024-09'],
  ])('%s → %s', (title, want) => expect(periodFromTitle(['', title])).toBe(want));

  it('a title with only a year, or none, gives no finer period', () => {
    expect(periodFromTitle(['CHỈ TIÊU NĂM 2023'])).toBeNull();
    expect(periodFromTitle(['Bảng tổng hợp'])).toBeNull();
  });
});
