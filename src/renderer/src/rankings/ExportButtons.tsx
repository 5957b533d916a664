// Export the ranking shown to CSV or XLSX. Main asks where to save; a cancelled dialog is not
// an error and shows nothing.
import { useState } from 'react';
import type { RankingGroup } from '../../../shared/domain';
import { unwrap, ApiError } from '../api/unwrap';
import type { NoticeValue } from '../components/Notice';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';

export function ExportButtons(props: {
  year: number;
  group: RankingGroup;
  onNotice: (n: NoticeValue | null) => void;
}) {
  const { year, group, onNotice } = props;
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    onNotice(null);
    try {
      const r = await unwrap(window.api.rankingsExport({ year, group, format, language: lang }));
      const saved = r.path;
      if (saved)
        onNotice({ kind: 'info', text: (tr) => tr('rankings.exported', { rows: r.rows, path: saved }) });
    } catch (e) {
      if (!(e instanceof ApiError && e.shape.code === 'CANCELLED'))
        onNotice({ kind: 'error', text: (_, l) => errorText(l, e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="button-row export-buttons" role="group" aria-label={t('rankings.export')}>
      <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void run('csv')}>
        {t('rankings.exportCsv')}
      </button>
      <button type="button" data-testid="export-xlsx" disabled={busy} onClick={() => void run('xlsx')}>
        {t('rankings.exportXlsx')}
      </button>
    </div>
  );
}
