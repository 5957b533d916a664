// Where the analyst is in the wizard: the steps in order, done ones ticked, skipped ones dashed
// (no sheet to choose in a CSV, no unit question when every name matched), the current one marked.
import { useI18n } from '../../i18n/I18nContext';
import { stepMarks, type StepFacts } from './stepStates';
import type { WizardStep } from './useImportWizard';

export function StepList({ current, facts }: { current: WizardStep; facts: StepFacts }) {
  const { t } = useI18n();
  return (
    <ol className="step-list" aria-label={t('imports.stepsLabel')} data-testid="import-steps">
      {stepMarks(current, facts).map(({ step, no, state }) => (
        <li
          key={step}
          className={state === 'todo' ? undefined : `is-${state}`}
          aria-current={state === 'current' ? 'step' : undefined}
          data-step={step}
          data-state={state}
          title={
            state === 'skipped' ? `${t(`imports.step.${step}`)} (${t('imports.step.skipped')})` : undefined
          }
        >
          <span className="step-no" aria-hidden="true">
            {state === 'done' ? '✓' : state === 'skipped' ? '–' : no}
          </span>
          {/* (a skipped step's label is hidden on a narrow window: its dashed number stays) */}
          <span className="step-label">{t(`imports.step.${step}`)}</span>
          {state === 'skipped' && <span className="visually-hidden"> ({t('imports.step.skipped')})</span>}
        </li>
      ))}
    </ol>
  );
}
