// Step 4: the file is read in main's import worker; this shows its progress (bytes read of the
// file's size) and can cancel. Nothing here blocks: the rest of the window stays usable.
import { formatNumber } from '../../../../shared/format';
import { useI18n } from '../../i18n/I18nContext';
import { formatBytes } from './format';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';

export function ReadingStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const p = wizard.state.progress;
  const checking = p?.state === 'checking';
  const known = p !== null && p.total > 0 && !checking;
  const percent = known ? Math.min(100, (p.done / p.total) * 100) : null;
  return (
    <div className="import-step" data-testid="import-step-reading" aria-busy="true">
      <StepHeading>{t('imports.reading.title')}</StepHeading>
      <progress
        className="read-progress"
        aria-label={t('imports.reading.progressLabel')}
        data-testid="import-progress"
        // No total yet (a pasted table, or the first poll): an indeterminate bar.
        {...(known ? { max: p.total, value: p.done } : {})}
      />
      <p role="status" aria-live="polite">
        {known
          ? `${t('imports.reading.progress', {
              done: formatBytes(p.done, lang, t),
              total: formatBytes(p.total, lang, t),
            })} (${formatNumber(percent, lang, 0)}%)`
          : t(checking ? 'imports.reading.checking' : 'imports.working')}
      </p>
      <p className="muted">{t('imports.reading.hint')}</p>
      <div className="step-actions">
        <button type="button" data-testid="import-cancel" onClick={() => void wizard.cancelReading()}>
          {t('imports.reading.cancel')}
        </button>
      </div>
    </div>
  );
}
