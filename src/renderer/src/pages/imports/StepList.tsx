// Where the analyst is in the wizard: the steps in order, done ones ticked, the current one marked.
import { useI18n } from '../../i18n/I18nContext';
import { WIZARD_STEPS, type WizardStep } from './useImportWizard';

export function StepList({ current, hasSheets }: { current: WizardStep; hasSheets: boolean }) {
  const { t } = useI18n();
  // The sheet step exists only for workbooks with several sheets.
  const steps = WIZARD_STEPS.filter((s) => s !== 'sheet' || hasSheets);
  const at = steps.indexOf(current);
  return (
    <ol className="step-list" aria-label={t('imports.stepsLabel')} data-testid="import-steps">
      {steps.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'is-done' : i === at ? 'is-current' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="step-no" aria-hidden="true">
            {i < at ? '✓' : i + 1}
          </span>
          {t(`imports.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}
