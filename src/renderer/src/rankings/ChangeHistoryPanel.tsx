// Side panel: the history of the selected cell, then every recent change in the year shown.
import type { RankingGroup, RankingRow } from '../../../shared/domain';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { cellLabel, type CellRef } from './cells';
import { ChangeList } from './ChangeList';
import { useChanges } from './useChanges';

export interface SelectedCell {
  row: RankingRow;
  ref: CellRef;
}

interface Props {
  year: number;
  group: RankingGroup;
  selected: SelectedCell | null;
  version: number;
  onClose: () => void;
}

export function ChangeHistoryPanel({ year, group, selected, version, onClose }: Props) {
  const { t, lang } = useI18n();
  const cell = useChanges(
    selected
      ? {
          year,
          group,
          unitId: selected.row.unitId,
          indicator: selected.ref.indicator,
          field: selected.ref.field,
        }
      : null,
    version,
  );
  const recent = useChanges({ year, limit: 50 }, version);

  return (
    <aside className="history-panel" data-testid="change-history" aria-labelledby="history-title">
      <div className="history-head">
        <h2 id="history-title">{t('rankings.history')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>

      <section className="history-section" data-testid="cell-history" aria-live="polite">
        {selected ? (
          <>
            <h3>
              {t('history.cellTitle', { unit: selected.row.unitName, cell: cellLabel(t, selected.ref) })}
            </h3>
            {cell.error ? (
              <p className="notice notice-error">{errorText(lang, cell.error)}</p>
            ) : cell.entries.length === 0 ? (
              <p className="muted">{t('history.noChanges')}</p>
            ) : (
              <ChangeList entries={cell.entries} showCell={false} />
            )}
          </>
        ) : (
          <p className="muted">{t('history.selectCell')}</p>
        )}
      </section>

      <section className="history-section" data-testid="recent-changes">
        <h3>{t('history.recentTitle', { year })}</h3>
        {recent.error ? (
          <p className="notice notice-error">{errorText(lang, recent.error)}</p>
        ) : recent.entries.length === 0 ? (
          <p className="muted">{t('history.noRecent')}</p>
        ) : (
          <ChangeList entries={recent.entries} showCell />
        )}
      </section>
    </aside>
  );
}
