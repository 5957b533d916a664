// What was opened: name, size, format, encoding and delimiter (text files), sheets. (The reader
// that read it is provenance, kept with the import batch and shown in the history's tooltip.)
import type { MessageKey } from '../../../../shared/i18n';
import type { FileInspection } from '../../../../shared/imports/types';
import { useI18n } from '../../i18n/I18nContext';
import { delimiterLabel, formatBytes } from './format';

export function FileSummary({ inspection }: { inspection: FileInspection }) {
  const { t, lang } = useI18n();
  const items: [MessageKey, string][] = [
    ['imports.file.name', inspection.fileName],
    ['imports.file.size', formatBytes(inspection.size, lang, t)],
    ['imports.file.format', t(`imports.format.${inspection.format}`)],
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
