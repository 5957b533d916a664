// Small display helpers of the import pages: file sizes, raw cells, delimiters.
import type { Language } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/format';
import type { RawCell } from '../../../../shared/imports/types';
import type { Translate } from '../../i18n/I18nContext';

export function formatBytes(n: number, lang: Language, t: Translate): string {
  if (n < 1024) return t('imports.bytes', { n: formatNumber(n, lang, 0) });
  if (n < 1024 * 1024) return t('imports.kb', { n: formatNumber(n / 1024, lang, 1) });
  return t('imports.mb', { n: formatNumber(n / (1024 * 1024), lang, 1) });
}

/** A cell as read from the file, numbers in the interface's notation (0,8002 in Vietnamese). */
export function formatRawCell(c: RawCell, lang: Language): string {
  if (c === null) return '';
  if (typeof c === 'number') return formatNumber(c, lang, 6);
  return String(c);
}

export function delimiterLabel(d: string, t: Translate): string {
  if (d === ',') return t('imports.delimiter.comma');
  if (d === ';') return t('imports.delimiter.semicolon');
  if (d === '\t') return t('imports.delimiter.tab');
  return t('imports.delimiter.other', { char: d });
}
