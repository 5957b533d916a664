// Periods written the ways KPI tables from other systems write them, beyond the report forms
// tested with the layout: "T9/2022" month headers, date cells and dates, and what is refused.
import { describe, expect, it } from 'vitest';
import {
  isCanonicalPeriod,
  isYearlessPeriod,
  normalisePeriod,
  sheetNamePeriod,
} from '../../src/main/imports/layout/periods';
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

describe('runs of months written without the word "tháng" (round 70: "7-9/2024" was stored as September)', () => {
  it.each([
    ['7-9/2024', '2024-07..2024-09'],
    ['1-3/2024', '2024-01..2024-03'],
    ['10-12/2024', '2024-10..2024-12'],
    ['01-06/2024', '2024-01..2024-06'],
    ['1–6/2025', '2025-01..2025-06'],
    ['1 - 6.2025', '2025-01..2025-06'],
    ['01/2025–06/2025', '2025-01..2025-06'],
    ['01/2025-06/2025', '2025-01..2025-06'],
    ['01/2025 - 06/2025', '2025-01..2025-06'],
    ['01.2024-06.2024', '2024-01..2024-06'],
    ['Từ tháng 01/2025 đến tháng 06/2025', '2025-01..2025-06'],
    // the year first, as exports write quarters
    ['2025Q1', '2025-01..2025-03'],
    ['2024-Q4', '2024-10..2024-12'],
    ['2025 Quý II', '2025-04..2025-06'],
  ])('%s → %s', (raw, want) => expect(normalisePeriod(raw)).toBe(want));

  it('a date keeps one separator twice: "7/9/2024", "07-09-2024", "7.9.2024" are September', () => {
    for (const d of ['7/9/2024', '07-09-2024', '7.9.2024']) expect(normalisePeriod(d)).toBe('2024-09');
  });

  it.each(['9-7/2024', '6-6/2024', '01/2024-06/2025', '0-3/2024', '7-13/2024'])(
    '%s is no run the store can hold (refused, never a month)',
    (raw) => expect(isCanonicalPeriod(normalisePeriod(raw))).toBe(false),
  );

  it('in a title: "… CỦA CÁC TỈNH, THÀNH PHỐ 7-9/2024" is the quarter, not the year; a document\'s number is none', () => {
    expect(
      periodFromTitle([
        '',
        'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN CỦA CÁC TỈNH, THÀNH PHỐ 7-9/2024 (giao dịch)',
      ]),
    ).toBe('2024-07..2024-09');
    expect(periodFromTitle(['', 'Kết quả thực hiện 01/2025 - 06/2025'])).toBe('2025-01..2025-06');
    expect(periodFromTitle(['', 'Báo cáo số 1-3/2024 về chuyển đổi số'])).toBe(null);
    // (round 72: a decision's number is no run either; "(số liệu 1-6/2024)" is)
    expect(periodFromTitle(['', 'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN THEO QUYẾT ĐỊNH 1-6/2024'])).toBe(null);
    expect(periodFromTitle(['', 'SỐ GIAO DỊCH NĂM 2024 (SỐ LIỆU 1-6/2024) (giao dịch)'])).toBe(
      '2024-01..2024-06',
    );
  });
});

describe('a period stated in the title', () => {
  it.each([
    ['BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2024', '2024-01..2024-06'],
    ['Kết quả Quý III/2024 của các tỉnh', '2024-07..2024-09'],
    ['SỐ LIỆU THÁNG 9/2022', '2022-09'],
    ['Số liệu tháng 9 năm 2022', '2022-09'],
    ['9 tháng năm 2024', '2024-01..2024-09'],
    // the figures of the year so far (tester round 15: stored as the whole year)
    ['(Số liệu tính đến ngày 30/9/2024)', '2024-01..2024-09'],
    ['Số liệu tính đến hết ngày 30/06/2025', '2025-01..2025-06'],
    ['tinh den 31-1-2023', '2023-01'],
  ])('%s → %s', (title, want) => expect(periodFromTitle(['', title])).toBe(want));

  it('figures to the end of December are the year', () => {
    expect(periodFromTitle(['', 'Số liệu tính đến ngày 31/12/2024'])).toBe('2024');
    expect(periodFromTitle(['', 'Lũy kế đến hết Quý IV/2024'])).toBe('2024');
  });

  it('a title with only a year, or none, gives no finer period', () => {
    expect(periodFromTitle(['CHỈ TIÊU NĂM 2023'])).toBeNull();
    expect(periodFromTitle(['Bảng tổng hợp'])).toBeNull();
  });
});

describe('parts of a year, and periods written without their year', () => {
  it.each([
    ['6 tháng cuối năm 2024', '2024-07..2024-12'],
    ['6 THÁNG CUỐI NĂM 2024', '2024-07..2024-12'],
    ['3 tháng cuối năm 2023', '2023-10..2023-12'],
    ['Cả năm 2023', '2023'],
    ['Lũy kế 9 tháng năm 2023', '2023-01..2023-09'],
    ['Luỹ kế 6 tháng đầu năm 2024', '2024-01..2024-06'],
  ])('%s → %s', (raw, want) => expect(normalisePeriod(raw)).toBe(want));

  // "Lũy kế đến 30/9/2022" says where the sum ends, not where it starts (the year, or the
  // programme's start): refused, as before.
  it('"Lũy kế đến 30/9/2022" stays refused, with or without a year given', () => {
    expect(isCanonicalPeriod(normalisePeriod('Lũy kế đến 30/9/2022'))).toBe(false);
    expect(isCanonicalPeriod(normalisePeriod('Lũy kế đến 30/9/2022', 2022))).toBe(false);
  });

  it.each([
    ['Q1', '2024-01..2024-03'],
    ['Quý IV', '2024-10..2024-12'],
    ['Quý 2', '2024-04..2024-06'],
    ['Tháng 1', '2024-01'],
    ['T12', '2024-12'],
    ['6 tháng đầu năm', '2024-01..2024-06'],
    ['6 tháng cuối năm', '2024-07..2024-12'],
  ])('%s of the year given (2024) → %s', (raw, want) => {
    expect(isYearlessPeriod(raw)).toBe(true);
    expect(normalisePeriod(raw)).toBe(raw);
    expect(normalisePeriod(raw, 2024)).toBe(want);
  });

  it.each(['1', 'Q5', 'T13', 'Quý', 'Tổng'])('%s is no period', (raw) => {
    expect(isYearlessPeriod(raw)).toBe(false);
    expect(isCanonicalPeriod(normalisePeriod(raw, 2024))).toBe(false);
  });

  it('a title stating the last months of a year', () => {
    expect(periodFromTitle(['BÁO CÁO 6 THÁNG CUỐI NĂM 2024'])).toBe('2024-07..2024-12');
    expect(periodFromTitle(['Số liệu lũy kế 9 tháng năm 2023'])).toBe('2023-01..2023-09');
  });
});

describe('a sheet named for a month or a quarter', () => {
  it.each([
    ['T7', '', '2026-07'],
    ['Th8', '', '2026-08'],
    ['T.9', '', '2026-09'],
    ['T07', '', '2026-07'],
    ['Tháng 7', '', '2026-07'],
    ['Quý II', '', '2026-04..2026-06'],
    ['Q3', '', '2026-07..2026-09'],
    ['Q.4', '', '2026-10..2026-12'],
    ['Tỷ lệ TTTT T12-2026', 'Tỷ lệ TTTT', '2026-12'],
    ['Tỷ lệ TTTT T12-2025', 'Tỷ lệ TTTT', '2025-12'],
    ['Số hồ sơ - Q3/2026', 'Số hồ sơ', '2026-07..2026-09'],
    ['Tháng 8 năm 2026', '', '2026-08'],
    ['KPI_T9.2026', 'KPI', '2026-09'],
    ['Chỉ tiêu Quý 1', 'Chỉ tiêu', '2026-01..2026-03'],
    ['T1-T9', '', '2026-01..2026-09'],
    ['Lũy kế T1-T9', '', '2026-01..2026-09'],
    ['T1 - T6', '', '2026-01..2026-06'],
    ['Tháng 7-9', '', '2026-07..2026-09'],
    ['Q1-Q4', '', '2026'],
    ['Q2-Q3', '', '2026-04..2026-09'],
    ['Q3_2026', '', '2026-07..2026-09'],
    ['Số hồ sơ T1-T6_2026', 'Số hồ sơ', '2026-01..2026-06'],
  ])('%s: named %j, of %s (the year given: 2026)', (sheet, name, period) => {
    const r = sheetNamePeriod(sheet);
    expect(r.name).toBe(name);
    expect(normalisePeriod(r.period!, 2026)).toBe(period);
  });

  // ("HCM-Q1": Hồ Chí Minh City's District 1)
  it.each(['PCI 2025', 'DTI', 'T15', 'Sheet1', 'TTTT', 'Bảng 3', 'HCM-Q1', 'TPHCM Q3'])(
    '%s names no part of a year',
    (sheet) => {
      expect(sheetNamePeriod(sheet)).toEqual({ name: sheet, period: null });
    },
  );
});
