// The buttons under each wizard step: back, and the step's primary action.
import type { ReactNode, Ref } from 'react';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  busy: boolean;
  onBack: () => void;
  label: string;
  testId: string;
  disabled: boolean;
  onNext: () => void;
  /** id of a hint that describes the primary action, shown after the buttons. */
  hintId?: string;
  children?: ReactNode;
  /** The primary button, for a step to move the keyboard to it. */
  nextRef?: Ref<HTMLButtonElement>;
}

export function StepActions({
  busy,
  onBack,
  label,
  testId,
  disabled,
  onNext,
  hintId,
  children,
  nextRef,
}: Props) {
  const { t } = useI18n();
  return (
    <div className="step-actions">
      <button type="button" onClick={onBack} disabled={busy} data-testid="import-back">
        {t('imports.back')}
      </button>
      <button
        type="button"
        className="primary"
        ref={nextRef}
        data-testid={testId}
        disabled={busy || disabled}
        aria-describedby={hintId}
        onClick={onNext}
      >
        {label}
      </button>
      {children}
    </div>
  );
}
