// One formatter for numbers and dates in vi-VN and en. Vietnamese writes "," for decimals and
// "." for thousands (0,8002; 99,52%; 912.687).
import type { Language } from './domain';

const locale = (lang: Language) => (lang === 'vi' ? 'vi-VN' : 'en-US');
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Language, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** A DTI score with the published 4 decimals: "0,8002" (vi) / "0.8002" (en); "" when unknown. */
export const formatScore = (v: number | null | undefined, lang: Language): string =>
  v == null ? '' : nf(lang, 4, 4).format(v);

/** A number with up to `maxDecimals` decimals: 912.687 / 99,52. */
export const formatNumber = (v: number | null | undefined, lang: Language, maxDecimals = 2): string =>
  v == null ? '' : nf(lang, 0, maxDecimals).format(v);

/** A percentage given in percent units (99.52 → "99,52%"). */
export const formatPercent = (v: number | null | undefined, lang: Language, maxDecimals = 2): string =>
  v == null ? '' : `${formatNumber(v, lang, maxDecimals)}%`;

/** "9/63" */
export const formatRank = (rank: number | null | undefined, of: number): string =>
  rank == null ? '' : `${rank}/${of}`;

/** "tăng 16 bậc" / "giảm 3 bậc" / "giữ nguyên"; "up 16 places" / "down 3 places" / "unchanged". */
export function rankChangePhrase(change: number | null | undefined, lang: Language): string {
  if (change == null) return '';
  const n = Math.abs(change);
  if (lang === 'vi') return change > 0 ? `tăng ${n} bậc` : change < 0 ? `giảm ${n} bậc` : 'giữ nguyên';
  if (change === 0) return 'unchanged';
  return `${change > 0 ? 'up' : 'down'} ${n} ${n === 1 ? 'place' : 'places'}`;
}

/** Short signed form for grids: "▲16", "▼3", "=". */
export function rankChangeShort(change: number | null | undefined): string {
  if (change == null) return '';
  return change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '=';
}

export function formatDateTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Four-digit years: "26/11/26" reads as a day in 2026 or 1926 depending on who reads it.
  return new Intl.DateTimeFormat(locale(lang), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/**
 * Parses a number typed or pasted by a Vietnamese or English user: "0,8002", "0.8002",
 * "912.687" (vi thousands), "1,234.5" (en), "99,52%". Returns null for empty/"-"/"N/A",
 * NaN for anything that is not a number.
 */
export function parseLocaleNumber(raw: string): number | null {
  const t = raw
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .trim();
  if (/^(|-+|–|—|n\/?a|na|#n\/a|null|không có|khong co|chưa có|kco)$/i.test(t)) return null;
  // Unicode minus (Word/Excel autocorrect) is a minus.
  let s = t.replace(/\s/g, '').replace(/^[−‒–]/, '-');
  // "99,52%" is 99.52 in percent units: the sign only says how it was written.
  if (s.endsWith('%')) s = s.slice(0, -1);
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    // the later separator is the decimal mark
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (hasComma) {
    const parts = s.split(',');
    // "912,687" with exactly 3 digits after one comma and a non-zero head is ambiguous; a DTI-style
    // "0,8002" or "99,52" is a decimal. Several commas are thousands separators.
    s = parts.length > 2 ? parts.join('') : parts.join('.');
  } else if (hasDot) {
    const parts = s.split('.');
    if (parts.length > 2) s = parts.join('');
    // "912.687": a Vietnamese thousands separator when exactly 3 digits follow and the head is not 0
    else if (parts[1]!.length === 3 && parts[0] !== '0' && parts[0] !== '' && /^-?\d+$/.test(parts[0]!))
      s = parts.join('');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}
