// Small display helpers of the import pages: file sizes, raw cells, delimiters, readers.
import type { Language } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/format';
import { UNCACHED_FORMULA, type RawCell } from '../../../../shared/imports/types';
import type { Translate } from '../../i18n/I18nContext';

export function formatBytes(n: number, lang: Language, t: Translate): string {
  if (n < 1024) return t('imports.bytes', { n: formatNumber(n, lang, 0) });
  if (n < 1024 * 1024) return t('imports.kb', { n: formatNumber(n / 1024, lang, 1) });
  return t('imports.mb', { n: formatNumber(n / (1024 * 1024), lang, 1) });
}

/** A cell as read from the file, numbers in the interface's notation (0,8002 in Vietnamese). */
export function formatRawCell(c: RawCell, lang: Language): string {
  if (c === null) return '';
  // (a formula saved without its value comes marked by the reader: its text is shown)
  if (typeof c === 'string' && c.startsWith(UNCACHED_FORMULA)) return c.slice(UNCACHED_FORMULA.length);
  // A year is not a count: 2021, not 2.021.
  if (typeof c === 'number')
    return Number.isInteger(c) && c >= 1900 && c <= 2100 ? String(c) : formatNumber(c, lang, 6);
  return String(c);
}

export function delimiterLabel(d: string, t: Translate): string {
  if (d === ',') return t('imports.delimiter.comma');
  if (d === ';') return t('imports.delimiter.semicolon');
  if (d === '\t') return t('imports.delimiter.tab');
  return t('imports.delimiter.other', { char: d });
}

/**
 * How a batch was read, for people: "CSV · UTF-8 · dấu phẩy (,)" instead of the reader id the
 * batch stores for provenance (`papaparse@5 (utf-8, ",")`), which the history keeps as a tooltip.
 * The stored form is `id` or `id (encoding)` or `id (encoding, "delimiter")` (see commit.ts).
 */
export function readerLabel(reader: string | null, t: Translate): string {
  if (!reader) return '—';
  const m = /^(\S+)(?: \(([^,)]+)(?:, "(.+)")?\))?$/.exec(reader);
  const id = m?.[1] ?? reader;
  if (id.startsWith('papaparse')) {
    const delimiter = m?.[3] === '\\t' ? '\t' : m?.[3];
    const parts = [t(delimiter === '\t' ? 'imports.format.tsv' : 'imports.format.csv')];
    if (m?.[2]) parts.push(m[2].toUpperCase());
    if (delimiter && delimiter !== '\t') parts.push(delimiterLabel(delimiter, t));
    return parts.join(' · ');
  }
  if (id.startsWith('dti-desk/xlsx')) return t('imports.format.xlsx');
  if (id.startsWith('@e965/xlsx')) return t('imports.format.xls');
  if (id.startsWith('dti-desk/xml2003')) return t('imports.format.xml2003');
  if (id.startsWith('dti-desk/html')) return t('imports.format.html');
  if (id === 'paste/html') return t('imports.format.pasteHtml');
  if (id.startsWith('paste/')) return t('imports.format.paste');
  return reader;
}
