// The place a message is about — file, sheet, cell (row, column, header) — said the same way in
// every import message (validation problems and file refusals), in the user's language.
import type { Language } from '../domain';
import { formatNumber, formatScore } from '../format';
import { translate, type MessageKey } from '../i18n';
import { cellRef, columnLetters } from './cellAddress';
import { periodLabel } from './previewLabels';

export interface Place {
  file: string;
  sheet?: string | null | undefined;
  row?: number | null | undefined;
  col?: number | null | undefined;
  header?: string | null | undefined;
}

/**
 * The name a pasted table goes by as a source (readers/pastedReader.ts, ImportSession.fileName):
 * not a file name, so never said as one ('tệp "clipboard"').
 */
export const PASTED_SOURCE = 'clipboard';

/**
 * The place in words. `withSource: false` leaves out the file and sheet (said once elsewhere, as
 * the wizard does above its problem list): "" for a problem about the whole file.
 */
export function placeText(lang: Language, p: Place, withSource = true): string {
  const parts: string[] = [];
  if (withSource) {
    parts.push(
      p.file === PASTED_SOURCE
        ? translate(lang, 'imports.place.pasted')
        : translate(lang, 'place.file', { file: p.file }),
    );
    if (p.sheet) parts.push(translate(lang, 'place.sheet', { sheet: p.sheet }));
  }
  const row = p.row ?? null;
  const col = p.col ?? null;
  if (row !== null && col !== null) {
    const params = { cell: cellRef(row, col), row, col: columnLetters(col), header: p.header ?? '' };
    parts.push(translate(lang, p.header ? 'place.cellHeader' : 'place.cell', params));
  } else if (row !== null) parts.push(translate(lang, 'place.row', { row }));
  else if (col !== null)
    parts.push(
      translate(lang, p.header ? 'place.colHeader' : 'place.col', {
        col: columnLetters(col),
        header: p.header ?? '',
      }),
    );
  return parts.join(', ');
}

/**
 * A message parameter: text, a count or rank, a DTI score (`{ score }`: 0,8002 in Vietnamese) or
 * a number in the language's notation (`{ number }`: 912.687 in Vietnamese, 912,687 in English).
 */
/**
 * A message parameter: text, a score, a number in the UI language's format, or a `reading` — a
 * number whose decimal mark is in question, written so it cannot be misread ("1234 (số nguyên)",
 * not "1.234").
 */
export type MessageParam = string | number | { score: number } | { number: number } | { reading: number };

function reading(n: number, lang: Language): string {
  // digits only (no grouping, no exponent), the decimal mark the language's
  const digits = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return Number.isInteger(n)
    ? translate(lang, 'problem.readingWhole', { n: digits })
    : translate(lang, 'problem.readingDecimal', { n: lang === 'vi' ? digits.replace('.', ',') : digits });
}

export function formatParams(
  lang: Language,
  params: Record<string, MessageParam>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    out[k] =
      typeof v !== 'object'
        ? typeof v === 'string' && PERIOD_PARAMS.has(k)
          ? periodsText(v, lang)
          : v
        : 'score' in v
          ? formatScore(v.score, lang)
          : 'reading' in v
            ? reading(v.reading, lang)
            : formatNumber(v.number, lang, 6);
  return out;
}

/** Message parameters that hold periods in the store's form ("2025-04..2025-06"), or a list of them. */
const PERIOD_PARAMS = new Set(['period', 'periods', 'title', 'sheetPeriod']);

/**
 * Periods as reports write them ("Quý II/2025", "6 tháng đầu năm 2025"; "Q2 2025" in English),
 * each of a list ("2025-01..2025-03, 2025-04..2025-06…") — not the store's form: the messages are
 * read by analysts (round 74).
 */
function periodsText(v: string, lang: Language): string {
  const t = (key: MessageKey, p?: Record<string, string | number>) => translate(lang, key, p);
  const M = '(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])';
  return v.replace(new RegExp(`(?<!\\d|\\.\\.)${M}(?:\\.\\.${M})?(?!\\d|\\.\\.)`, 'g'), (p) =>
    periodLabel(p, t),
  );
}

/** "<place>: <text>[ — value "<value>"]" in one language (see placeText for `withSource`). */
export function placedMessage(
  lang: Language,
  place: Place,
  key: MessageKey,
  params: Record<string, MessageParam> = {},
  value?: string | null,
  withSource = true,
): string {
  const text = translate(lang, key, formatParams(lang, params));
  const shown = value != null ? ` — ${translate(lang, 'place.value', { value })}` : '';
  const where = placeText(lang, place, withSource);
  return where ? `${where}: ${text}${shown}` : `${text}${shown}`;
}

/** Whether an opened source is a pasted table (its format says so, or the id it is read under). */
export const isPastedSource = (s: { format?: string | null; fileName?: string | null }): boolean =>
  s.format === 'paste' || s.fileName === PASTED_SOURCE;
