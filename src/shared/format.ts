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
  // Four-digit years: "26/11/26" reads as a day in 2026 or 1926 depending on who reads it; in
  // English the month by its name, "28 Nov 2026, 09:59": 11/28 and 01/07 side by side read either
  // way (round 74).
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    year: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

export interface ParseNumberOptions {
  /**
   * The value is a DTI score (0..1): one "." or "," is always the decimal mark, so "1.000" is 1
   * and "0,800" is 0.8 — never thousands.
   */
  score?: boolean;
}

const PLAIN = /^(-?\d{1,15})(?:\.(\d{1,15}))?$/;
/** "912.687": one dot followed by exactly three digits after a non-zero head groups thousands (vi). */
const dotGroupsThousands = (head: string, tail: string, opts: ParseNumberOptions): boolean =>
  !opts.score && /^\d{3}$/.test(tail) && /^[-+]?[1-9]\d{0,2}$/.test(head);
/** "1.234.567", "1,234,567", "1 234 567": a head of one to three digits, then groups of three. */
const groupedBy = (int: string, sep: string): boolean =>
  new RegExp(`^[-+]?\\d{1,3}(\\${sep}\\d{3})+$`).test(int);

/**
 * The value of a plain number ("12", "0.8002", "-3") — most cells of a big file — without the
 * general path; undefined when the text needs parseLocaleNumber ("912.687", "0,8002", "N/A").
 */
export function plainNumber(raw: string, opts: ParseNumberOptions = {}): number | undefined {
  const m = PLAIN.exec(raw);
  return m && (m[2] === undefined || !dotGroupsThousands(m[1]!, m[2], opts)) ? Number(raw) : undefined;
}

/**
 * Parses a number typed or pasted by a Vietnamese or English user: "0,8002", "0.8002",
 * "912.687" (vi thousands), "1,234.5" (en), "99,52%". Returns null for empty/"-"/"N/A",
 * NaN for anything that is not a number.
 */
export function parseLocaleNumber(raw: string, opts: ParseNumberOptions = {}): number | null {
  const quick = plainNumber(raw, opts);
  if (quick !== undefined) return quick;
  const t = cleanNumberText(raw);
  if (/^(|-+|–|—|n\/?a|na|#n\/a|null|không có|khong co|chưa có|kco)$/i.test(t)) return null;
  return parseNumberText(t, opts);
}

/**
 * A typed or pasted text as the number parsers read it: NFC, no-break spaces as spaces, and no
 * zero-width spaces or joiners (pasted from web pages), trimmed.
 */
export const cleanNumberText = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH, halfWidthChar)
    .trim();

/**
 * Full-width digits, signs and spaces ("６８，９％", pasted from some PDFs and East Asian input
 * methods): the same characters as ASCII ones, for a number.
 */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const halfWidthChar = (c: string): string =>
  c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0);
/** `text` with its full-width characters as ASCII ones ("３４８，１４８" → "348,148"). */
export const halfWidth = (text: string): string => text.replace(FULL_WIDTH, halfWidthChar);

/** Zero-width spaces and joiners and a stray BOM: part of no name and no number. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * The number in a text already NFC-normalised, trimmed and known not to be one of the ways of
 * writing "no value" (callers that have their own list of those, like the importer, start here).
 * NaN for anything that is not a number.
 */
export function parseNumberText(t: string, opts: ParseNumberOptions = {}): number {
  // Unicode minus (Word/Excel autocorrect) is a minus; spaces beside the sign or before "%" say
  // nothing ("- 3,2", "12,5 %").
  let s = t
    .trim()
    .replace(/^[−‒–]/, '-')
    .replace(/^([-+])\s+/, '$1')
    .replace(/\s+%$/, '%');
  // Spaces inside a number only group thousands ("1 234 567"); " 95 5 " or "12 5" is no number.
  if (/\s/.test(s)) {
    if (!/^[-+]?\d{1,3}( \d{3})+([.,]\d+)?%?$/.test(s.replace(/\s+/g, ' '))) return Number.NaN;
    s = s.replace(/\s+/g, '');
  }
  // "99,52%" is 99.52 in percent units: the sign only says how it was written.
  if (s.endsWith('%')) s = s.slice(0, -1);
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    // the later separator is the decimal mark; the other one groups thousands, in threes
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = dec === ',' ? '.' : ',';
    const [int, frac, ...rest] = s.split(dec) as [string, string, ...string[]];
    if (rest.length > 0 || frac.includes(thousands) || !groupedBy(int, thousands)) return Number.NaN;
    s = `${int.split(thousands).join('')}.${frac}`;
  } else if (hasComma) {
    // "0,8002" or "99,52" is a decimal; several commas group thousands ("1,234,567", not "12,5,3").
    const parts = s.split(',');
    if (parts.length > 2 && !opts.score) {
      if (!groupedBy(s, ',')) return Number.NaN;
      s = parts.join('');
    } else s = parts.join('.');
  } else if (hasDot) {
    // Several dots group thousands ("1.234.567"; not "1.23.456", "95.0.0" or a date "9.5.2025").
    const parts = s.split('.');
    if (parts.length > 2 && !opts.score) {
      if (!groupedBy(s, '.')) return Number.NaN;
      s = parts.join('');
    } else if (parts.length === 2 && dotGroupsThousands(parts[0]!, parts[1]!, opts)) s = parts.join('');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}
