// Reading numbers and labels out of raw cells, the way analysts' files write them.
import type { RawCell } from '../../../shared/imports/types';
import { parseCellNumber } from '../layout';

/**
 * A number from a cell: a numeric cell as is (cached formula values included), text as analysts
 * write it (parseCellNumber). In a score column a "." or "," is always the decimal mark, and a
 * percentage is a fraction of 1.
 */
export function cellNumber(
  c: RawCell,
  kind: 'score' | 'other' = 'other',
): { value: number | null } | { error: true } {
  const p = parseCellNumber(c, { score: kind === 'score' });
  if ('error' in p) return { error: true };
  // A score written as a percentage ("80,02%", or a cell formatted 0.00%) is 0.8002.
  return {
    value:
      kind === 'score' && p.percent && p.value !== null ? Number((p.value / 100).toPrecision(12)) : p.value,
  };
}

export { cellText, isFootnoteText as isFootnote } from '../layout';

const SUMMARY =
  /^(trung bình|trung binh|bình quân|binh quan|cả nước|ca nuoc|tổng cộng|tổng|tong cong|average|total|national)(?=$|[\s:.,;()-])/i;

export const isSummaryLabel = (s: string): boolean => SUMMARY.test(s.normalize('NFC'));

/** Year from a period text: "2022", "2022-09", "Năm 2022", "2022-01..2022-08". */
export function yearOfPeriod(period: string): number | null {
  const m = /(19|20)\d{2}/.exec(period);
  return m ? Number(m[0]) : null;
}

export { normalisePeriod } from '../layout';
