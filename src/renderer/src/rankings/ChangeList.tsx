// A list of change-log entries: old → new, when, who, why.
import type { ChangeEntry } from '../../../shared/domain';
import { formatDateTime } from '../../../shared/format';
import { useI18n } from '../i18n/I18nContext';
import { cellLabel, formatCellValue, parseCellKey } from './cells';

export function ChangeList({ entries, showCell }: { entries: ChangeEntry[]; showCell: boolean }) {
  const { t, lang } = useI18n();
  return (
    <ol className="change-list">
      {entries.map((c) => {
        const ref = parseCellKey(`${c.indicator}.${c.field}`);
        return (
          <li key={c.id} className={`change-item change-${c.kind}${c.undone ? ' is-undone' : ''}`}>
            {showCell && (
              <div className="change-what">
                <strong>{c.unitName}</strong> · {ref ? cellLabel(t, ref) : `${c.indicator}.${c.field}`}
              </div>
            )}
            <div className="change-values">
              {c.kind !== 'edit' && <span className="tag">{t(`history.kind.${c.kind}`)}</span>}
              <span className="old">{formatCellValue(c.oldValue, c.field, lang, t)}</span>
              <span aria-hidden="true"> → </span>
              <span className="new">{formatCellValue(c.newValue, c.field, lang, t)}</span>
              {c.undone && <span className="tag tag-muted">{t('history.undoneTag')}</span>}
            </div>
            <div className="change-meta">
              <time dateTime={c.changedAt}>{formatDateTime(c.changedAt, lang)}</time> ·{' '}
              {t('history.by', { actor: c.actor })}
            </div>
            {c.reason && <div className="change-reason">{t('history.reason', { reason: c.reason })}</div>}
          </li>
        );
      })}
    </ol>
  );
}
