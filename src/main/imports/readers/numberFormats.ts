// What a number cell of a workbook shows, where that differs from its stored value in a way that
// matters for import: a percentage (stored 0.855, shown 85.5%), a date (stored as a day count,
// shown 01/09/2024 — or "Tháng Bảy", a month alone), a number scaled by its format ("#,##0,":
// 912687 shown 913, in thousands) and a period's number shown with its word ('"Tháng "0': 7 shown
// "Tháng 7"). Percentages become the text the analyst sees ("85,5%", read in percent units like a
// typed "85,5%"; a score column reads it back as 0.855), dates an ISO date, a date shown as its
// year only ("yyyy") that year ("2022"), a scaled number the number shown (912.687: the scale
// is the header's "(nghìn …)"), a period's number its words. Everything else stays the stored
// number: we never round to the displayed decimals.
import type { RawCell } from '../../../shared/imports/types';

/**
 * 'year': a date shown as its year only ("yyyy": a year column typed as dates, a pivot's years);
 * `scale`: shown divided by it ("#,##0," 1000, "0.00,," 1000000); `word`: an integer shown after a
 * period's word ('"Tháng "0', '"Quý "0': a wide table's period headers typed as numbers).
 */
export type NumberKind =
  'percent' | 'date' | 'year' | { scale: number } | { word: string; after?: string; digits?: number };

/** Words a period's number is shown after ("Tháng 7", "Quý 3", "T7", "Q3"). */
const PERIOD_WORD = /^(tháng|thang|quý|quy|t|q|kỳ|ky|month|quarter)\s*$/i;

/** Excel's built-in number formats (ECMA-376 18.8.30) that are percentages or dates. */
const BUILTIN: ReadonlyMap<number, NumberKind> = new Map([
  [9, 'percent'],
  [10, 'percent'],
  ...[14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map(
    (id) => [id, 'date'] as [number, NumberKind],
  ),
]);

export const builtinNumberKind = (id: number): NumberKind | null => BUILTIN.get(id) ?? null;

/** Classifies a custom format code ("0.0%", "dd/mm/yyyy", "[$-42A]d mmmm yyyy", "#,##0"). */
export function numberKindOf(code: string): NumberKind | null {
  // Only the first section (positive numbers) decides; quoted text, escapes and [..] are not format.
  const section = code.split(';')[0] ?? '';
  // (elapsed time, "[h]:mm", "[mm]:ss": a duration, left as a number — round 84 read "[h]:mm" as a month)
  if (/\[(h+|m+|s+)\]/i.test(section)) return null;
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (bare.includes('%')) return 'percent';
  // (a date shown as its year alone is that year, not 1 January of it)
  if (/y/i.test(bare) && !/[dm]/i.test(bare)) return 'year';
  if (/[dy]/i.test(bare)) return 'date';
  // "mm/yyyy" has a y; "m/d" a d; an "m" next to h or s is minutes (a time, left as a number);
  // without them it is the month ("mmmm", '"Tháng "mm'), of the date the day count is (round 83:
  // month headers read as 45292, 45323…, stored as KPIs of those names).
  if (/m/i.test(bare) && !/[hs]/i.test(bare)) return 'date';
  // Commas after the last digit placeholder scale the number shown by a thousand each — only in a
  // plain format: one that writes its scale ('#,##0,"K"', '0.0,," tr"') or shows by conditions
  // ("[>=1000000]#,##0,,"M";[>=1000]#,##0,"K";0") keeps the cell's value (round 84: 500 stored
  // as 0.0005, 62678000 "K" as 62678 of no unit).
  const scaled = /[0#?](,+)[^0#?]*$/.exec(bare);
  if (scaled && !/["\\]/.test(section) && !/\[[<>=]/.test(code)) return { scale: 1000 ** scaled[1]!.length };
  // '"Tháng "0', '"Tháng "00' ("Tháng 01"), '"Tháng "0"/2024"'
  const word = /^\s*"([^"]*)"\s*([0#]+)\s*(?:"([^"]*)")?\s*$/.exec(section);
  if (word && PERIOD_WORD.test(word[1]!))
    return {
      word: word[1]!,
      ...(word[3] ? { after: word[3] } : {}),
      digits: word[2]!.replace(/#/g, '').length,
    };
  return null;
}

/** 0.855 → "85,5%" (comma decimal: unambiguous for parseLocaleNumber, as Vietnamese write it). */
function percentText(v: number): string {
  return `${String(Number((v * 100).toPrecision(12))).replace('.', ',')}%`;
}

/** An Excel day count as an ISO date (the time of day, if any, is dropped). */
function excelDateIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  // Day 0 is 1899-12-30 in the 1900 system once Excel's phantom 1900-02-29 is behind us.
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = !date1904 && serial < 60 ? serial + 1 : serial;
  return new Date(base + Math.floor(days) * 86_400_000).toISOString().slice(0, 10);
}

/** The cell as the import should see a number shown with this kind of format. */
export function shownNumber(v: number, kind: NumberKind | null | undefined, date1904 = false): RawCell {
  if (kind === 'percent') return percentText(v);
  if (kind === 'date') return excelDateIso(v, date1904) ?? v;
  if (kind === 'year') return excelDateIso(v, date1904)?.slice(0, 4) ?? v;
  if (kind && typeof kind === 'object')
    return 'scale' in kind
      ? v / kind.scale
      : Number.isInteger(v) && v >= 0
        ? `${kind.word}${String(v).padStart(kind.digits ?? 1, '0')}${kind.after ?? ''}`
        : v;
  return v;
}
