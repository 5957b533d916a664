// Reading numbers and labels out of raw cells, the way analysts' files write them.
import type { RawCell } from '../../../shared/imports/types';
import { halfWidth } from '../../../shared/format';
import { parseCellNumber } from '../layout';

/**
 * A number from a cell: a numeric cell as is (cached formula values included), text as analysts
 * write it (parseCellNumber). In a score column a "." or "," is always the decimal mark, and a
 * percentage is a fraction of 1.
 */
export function cellNumber(
  c: RawCell,
  kind: 'score' | 'other' = 'other',
): { value: number | null; of?: number; percent?: true; tie?: true; mark?: true } | { error: true } {
  // "'0,8002": Excel's force-text apostrophe carried into the text by an export or a paste
  const p = parseCellNumber(typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c, {
    score: kind === 'score',
  });
  if ('error' in p) return { error: true };
  // A score written as a percentage ("80,02%", or a cell formatted 0.00%) is 0.8002.
  const value =
    kind === 'score' && p.percent && p.value !== null ? Number((p.value / 100).toPrecision(12)) : p.value;
  // A rank written "12/63" carries its denominator; "99,52%" says it is a percentage.
  if ('of' in p && p.of !== undefined) return { value, of: p.of };
  // A mark after it ("15*", "95*"): a tie for a rank, a footnote for a value (the caller says);
  // a footnote reference ("1.800.000 (1)") is one for any number.
  const marks = {
    ...('tie' in p && p.tie ? { tie: true as const } : {}),
    ...('mark' in p && p.mark ? { mark: true as const } : {}),
  };
  return kind !== 'score' && p.percent && value !== null
    ? { value, percent: true, ...marks }
    : { value, ...marks };
}

export { cellText, isFootnoteText as isFootnote } from '../layout';
export { isLoneFootnoteText as isLoneFootnote } from '../layout/normalizeHeader';

// (…and a statistic of the units below a ranking: "Điểm cao nhất", "Điểm thấp nhất", "Điểm trung
// bình", "Giá trị lớn nhất", "Trung vị" — round 80: asked about as units' names)
const SUMMARY =
  /^((?:điểm|diem|giá trị|gia tri|score)\s+(?:cao nhất|cao nhat|thấp nhất|thap nhat|trung bình|trung binh|bình quân|binh quan|lớn nhất|lon nhat|nhỏ nhất|nho nhat)|cao nhất|cao nhat|thấp nhất|thap nhat|trung vị|trung vi|lớn nhất|nhỏ nhất|highest|lowest|maximum|minimum|median|mean|trung bình|trung binh|bình quân|binh quan|cả nước|ca nuoc|toàn quốc|toan quoc|toàn tỉnh|toan tinh|cả tỉnh|ca tinh|tổng cộng|tổng số|tổng|tong cong|tong so|cộng vùng|cong vung|cộng khu vực|cong khu vuc|cộng|cong|average|total|national)(?=$|[\s:.,;()-])/i;

export const isSummaryLabel = (s: string): boolean => SUMMARY.test(s.normalize('NFC'));

/** Year from a period text: "2022", "2022-09", "Năm 2022", "2022-01..2022-08". */
export function yearOfPeriod(period: string): number | null {
  const m = /(19|20)\d{2}/.exec(period);
  return m ? Number(m[0]) : null;
}

export { normalisePeriod } from '../layout';

/**
 * What a number written as text says about the decimal mark of its column: "." or "," when it
 * reads only one way ("99.52", "0.800", "1,234,567" → "."; "99,52", "1.234.567" → ","),
 * "ambiguous" for one separator after 1–3 digits followed by exactly three ("912,687" is 912687 in
 * English and 912,687 in Vietnamese; "87.975" the other way round), null without a separator.
 */
export function decimalMarkOf(text: string): '.' | ',' | 'ambiguous' | null {
  const s = halfWidth(text)
    .replace(/[\s%]/g, '')
    .replace(/^[-+−‒–]/, '');
  const dot = s.indexOf('.');
  const comma = s.indexOf(',');
  if (dot < 0 && comma < 0) return null;
  if (dot >= 0 && comma >= 0) return s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  const sep = dot >= 0 ? '.' : ',';
  if (s.indexOf(sep) !== s.lastIndexOf(sep)) return sep === '.' ? ',' : '.';
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(s) ? 'ambiguous' : sep;
}

/**
 * The other reading of an ambiguous number (decimalMarkOf): "912,687" is read 912.687 by
 * default (Vietnamese), 912687 otherwise; "87.975" is read 87975 by default, 87.975 otherwise.
 */
export function otherReading(text: string): number {
  const s = halfWidth(text)
    .replace(/[\s%]/g, '')
    .replace(/^[−‒–]/, '-');
  return s.includes(',') ? Number(s.replace(',', '')) : Number(s);
}
