// Step 2 (workbooks with several sheets): which sheet holds the table. Hidden sheets are listed
// and marked, the first visible one is chosen by default.
import { useI18n } from '../../i18n/I18nContext';
import { formatNumber } from '../../../../shared/format';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';
import { StepActions } from './StepActions';

export function SheetStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const { inspection, sheet, busy } = wizard.state;
  const sheets = inspection?.sheets ?? [];
  return (
    <div className="import-step" data-testid="import-step-sheet">
      <StepHeading>{t('imports.sheet.title')}</StepHeading>
      <fieldset className="sheet-list">
        <legend className="muted">{t('imports.sheet.hint', { n: sheets.length })}</legend>
        {sheets.map((s) => (
          <label key={s.name} className={`sheet-option${s.hidden ? ' is-hidden' : ''}`}>
            <input
              type="radio"
              name="import-sheet"
              value={s.name}
              checked={s.name === sheet}
              onChange={() => wizard.chooseSheet(s.name)}
              data-testid={`import-sheet-${s.name}`}
            />
            <span>{s.name}</span>
            {s.title && <span className="sheet-title">{s.title}</span>}
            {s.hidden && <span className="tag tag-muted">{t('imports.sheet.hidden')}</span>}
            {s.rowCount !== undefined && (
              <span className="muted">
                {t('imports.sheet.rows', { n: formatNumber(s.rowCount, lang, 0) })}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      <StepActions
        busy={busy}
        onBack={wizard.back}
        label={t('imports.next')}
        testId="import-next"
        disabled={sheet === null}
        onNext={() => void wizard.confirmSheet()}
      />
    </div>
  );
}
