// Reading numbers and labels out of raw cells, the way analysts' files write them.
import type { RawCell } from '../../../shared/imports/types';
import { parseCellNumber } from '../layout';

/**
 * A number from a cell: a numeric cell as is (cached formula values included), text as analysts
 * write it (see parseCellNumber). In a score column (0..1) a dot is always the decimal mark:
 * "1.000" is 1, never one thousand.
 */
const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^(-?\d{1,15})\.(\d{1,15})$/;

export function cellNumber(
  c: RawCell,
  kind: 'score' | 'other' = 'other',
): { value: number | null } | { error: true } {
  if (typeof c === 'number') return Number.isFinite(c) ? { value: c } : { error: true };
  if (typeof c === 'string') {
    if (kind === 'score' && /^\s*[01]\.\d{3}\s*$/.test(c)) return { value: Number(c.trim()) };
    // Fast path for plain numbers (most cells of a big file). "912.687" is left to the full parser:
    // three digits after a dot with a non-zero head are Vietnamese thousands.
    if (INTEGER.test(c)) return { value: Number(c) };
    const d = DECIMAL.exec(c);
    if (d && !(d[2]!.length === 3 && d[1] !== '0' && d[1] !== '-0')) return { value: Number(c) };
  }
  const p = parseCellNumber(c);
  return 'error' in p ? { error: true } : { value: p.value };
}

export const cellText = (c: RawCell): string =>
  c === null ? '' : typeof c === 'string' ? c.replace(/\s+/g, ' ').trim() : String(c);

// (JS \b is ASCII-only, so "chú:" needs an explicit end-of-word look-ahead.)
const FOOTNOTE =
  /^(nguồn|nguon|ghi chú|ghi chu|chú thích|chu thich|lưu ý|luu y|source|note|notes)(?=$|[\s:.,;()-])|^\*/i;
const SUMMARY =
  /^(trung bình|trung binh|bình quân|binh quan|cả nước|ca nuoc|tổng cộng|tổng|tong cong|average|total|national)(?=$|[\s:.,;()-])/i;

export const isFootnote = (s: string): boolean => FOOTNOTE.test(s.normalize('NFC'));
export const isSummaryLabel = (s: string): boolean => SUMMARY.test(s.normalize('NFC'));

/** Year from a period text: "2022", "2022-09", "Năm 2022", "2022-01..2022-08". */
export function yearOfPeriod(period: string): number | null {
  const m = /(19|20)\d{2}/.exec(period);
  return m ? Number(m[0]) : null;
}

/** Normalises a period label to the store's form: "Năm 2022" → "2022", "09/2022" → "2022-09". */
export function normalisePeriod(raw: string): string {
  const s = raw.trim();
  let m = /^(?:năm|nam|year)?\s*((?:19|20)\d{2})$/i.exec(s);
  if (m) return m[1]!;
  m = /^(?:tháng|thang|month)?\s*(\d{1,2})[/.-]((?:19|20)\d{2})$/i.exec(s);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^((?:19|20)\d{2})[/.-](\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return s;
}
