// A period in the store's form, as the preview's columns and the dry run name it: the words a
// report uses ("Quý II/2025"), not the store's "2025-04..2025-06".
import { describe, expect, it } from 'vitest';
import { periodLabel, previewValueLabel } from '../../src/shared/imports/previewLabels';
import { translate, type MessageKey } from '../../src/shared/i18n';
import { formatParams } from '../../src/shared/imports/place';

const tVi = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
const tEn = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('periodLabel', () => {
  it.each([
    ['2025', '2025', '2025'],
    ['2025-06', 'Tháng 6/2025', 'June 2025'],
    ['2025-04..2025-06', 'Quý II/2025', 'Q2 2025'],
    ['2024-10..2024-12', 'Quý IV/2024', 'Q4 2024'],
    ['2025-01..2025-06', '6 tháng đầu năm 2025', 'H1 2025'],
    ['2025-07..2025-12', '6 tháng cuối năm 2025', 'H2 2025'],
    ['2025-01..2025-09', '9 tháng năm 2025', 'first 9 months of 2025'],
    ['2025-04..2025-08', 'Tháng 4–8/2025', 'Apr–Aug 2025'],
    // (anything else as it is: a header's own words)
    ['Quý I', 'Quý I', 'Quý I'],
  ])('%s → %s / %s', (p, vi, en) => {
    expect(periodLabel(p, tVi)).toBe(vi);
    expect(periodLabel(p, tEn)).toBe(en);
  });

  it("names a KPI value's column by it", () => {
    expect(
      previewValueLabel(
        { indicator: 'Tỷ lệ thanh toán trực tuyến', field: 'value', period: '2025-04..2025-06' },
        'kpi',
        tVi,
      ),
    ).toBe('Tỷ lệ thanh toán trực tuyến – Giá trị (Quý II/2025)');
    // (in the row of that KPI — a province's report — without it)
    expect(
      previewValueLabel(
        { indicator: 'Tỷ lệ thanh toán trực tuyến', field: 'value', period: '2025-04..2025-06' },
        'kpi',
        tVi,
        'Tỷ lệ thanh toán trực tuyến',
      ),
    ).toBe('Giá trị (Quý II/2025)');
  });
});

describe("a message's periods, as reports write them (round 74: were the store's form)", () => {
  it('labels the periods of the period parameters, leaving any other text and parameter as it is', () => {
    const params = formatParams('vi', {
      period: '2025-01..2025-09',
      periods: '2025-01..2025-03, 2025-04..2025-06…',
      title: '2024',
      unit: 'Hà Nội 2025-06',
    });
    expect(params).toEqual({
      period: '9 tháng năm 2025',
      periods: 'Quý I/2025, Quý II/2025…',
      title: '2024',
      unit: 'Hà Nội 2025-06',
    });
    expect(formatParams('en', { period: '2025-09' })).toEqual({ period: 'Sep 2025' });
  });

  it('a span of years or a month out of range is no month ("2024-2025", "2024-13")', () => {
    expect(formatParams('vi', { period: 'giai đoạn 2024-2025', periods: '2024-13' })).toEqual({
      period: 'giai đoạn 2024-2025',
      periods: '2024-13',
    });
  });
});
