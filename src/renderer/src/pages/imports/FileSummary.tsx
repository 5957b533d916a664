// What was opened: name, size, format, encoding and delimiter (text files), sheets. (The reader
// that read it is provenance, kept with the import batch and shown in the history's tooltip.)
// Named as the history names it: a pasted table is "Bảng đã dán", not its source id.
import type { MessageKey } from '../../../../shared/i18n';
import { isPastedSource } from '../../../../shared/imports/place';
import type { FileInspection } from '../../../../shared/imports/types';
import { useI18n, type Translate } from '../../i18n/I18nContext';
import { delimiterLabel, formatBytes, readerLabel } from './format';

/**
 * The format as the history will show it: by the reader where that says more than the extension
 * (an XML Spreadsheet 2003 saved as .xls, a table pasted from a web page); text files by their
 * format, their encoding and delimiter being listed beside it.
 */
function formatName(inspection: FileInspection, t: Translate): string {
  const reader = inspection.reader;
  if (reader && !reader.startsWith('papaparse')) {
    const byReader = readerLabel(reader, t);
    if (byReader !== reader) return byReader;
  }
  return t(`imports.format.${inspection.format}`);
}

export function FileSummary({ inspection }: { inspection: FileInspection }) {
  const { t, lang } = useI18n();
  const pasted = isPastedSource(inspection);
  const items: [MessageKey, string][] = [
    ['imports.file.name', pasted ? t('imports.file.pasted') : inspection.fileName],
    ['imports.file.size', formatBytes(inspection.size, lang, t)],
    ['imports.file.format', formatName(inspection, t)],
  ];
  if (inspection.encoding)
    items.push([
      'imports.file.encoding',
      inspection.bom
        ? `${inspection.encoding.toUpperCase()} (${t('imports.file.bom')})`
        : inspection.encoding.toUpperCase(),
    ]);
  if (inspection.delimiter) items.push(['imports.file.delimiter', delimiterLabel(inspection.delimiter, t)]);
  if (inspection.sheets.length > 1) items.push(['imports.file.sheets', String(inspection.sheets.length)]);
  return (
    <dl className="import-file" aria-label={t('imports.file.title')} data-testid="import-file">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{t(k)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
