// Step 7: what was written, under which import number, and the way to the data.
import { formatNumber } from '../../../../shared/format';
import { isPastedSource } from '../../../../shared/imports/place';
import { countKey } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/I18nContext';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';

export function DoneStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const { committed, preview, inspection } = wizard.state;
  // (a pasted table is no file: round 75)
  const pasted = inspection !== null && isPastedSource(inspection);
  if (!committed) return null;
  const c = committed.counts;
  const target = preview?.target;
  // The Rankings page opens on the year and group in its URL (see rankings/viewInUrl.ts).
  const rankingsHref =
    target?.kind === 'ranking' && target.year && target.group
      ? `#/rankings?year=${target.year}&group=${target.group}`
      : '#/rankings';
  return (
    <div className="import-step" data-testid="import-done">
      <StepHeading>{t('imports.done.title')}</StepHeading>
      {/* what was written first (a corrected copy of 504 values that changes 7 said "504 imported":
          round 74), then what the file held */}
      <p className="done-summary" data-testid="import-done-summary">
        {/* (one value in the singular: round 76) */}
        {t(countKey('imports.done.summary', c.new + c.changed), {
          written: formatNumber(c.new + c.changed, lang, 0),
          new: formatNumber(c.new, lang, 0),
          changed: formatNumber(c.changed, lang, 0),
          id: committed.batchId,
        })}
      </p>
      <p className="muted" data-testid="import-done-details">
        {t(countKey(pasted ? 'imports.done.detailsPasted' : 'imports.done.details', c.observations), {
          n: formatNumber(c.observations, lang, 0),
          unchanged: formatNumber(c.unchanged, lang, 0),
        })}
      </p>
      <div className="step-actions">
        {/* KPI values are not on the Rankings page: no way there after a KPI table. */}
        {target?.kind !== 'kpi' && (
          <a
            className="button-link primary"
            href={rankingsHref}
            data-testid="import-to-rankings"
            data-autofocus
          >
            {target?.kind === 'ranking' && target.year
              ? t('imports.done.toRankings', { year: target.year })
              : t('imports.done.toRankingsPlain')}
          </a>
        )}
        <button
          type="button"
          data-testid="import-again"
          onClick={wizard.reset}
          {...(target?.kind === 'kpi' ? { 'data-autofocus': true } : {})}
        >
          {t('imports.startOver')}
        </button>
      </div>
    </div>
  );
}
