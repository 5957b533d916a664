// The import wizard: the step list, the open file, the current step, and the keyboard rules —
// Enter goes to the next step, Esc goes back (or cancels the reading).
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/I18nContext';
import { DoneStep } from './DoneStep';
import { FileSummary } from './FileSummary';
import { importErrorText } from './importErrorText';
import { MappingStep } from './MappingStep';
import { mappingProblems, PROBLEM_CONTROL } from './mappingProblems';
import { PreviewStep } from './PreviewStep';
import { ReadingStep } from './ReadingStep';
import { SheetStep } from './SheetStep';
import { SourceStep } from './SourceStep';
import { StepList } from './StepList';
import { UnitQuestionsStep } from './UnitQuestionsStep';
import type { ImportWizard as Wizard } from './useImportWizard';

/**
 * Takes the analyst to a control of the step (by data-testid): the field itself, or the first
 * field inside it (a table of selects), scrolled into the middle of the window.
 */
function focusControl(testId: string | undefined): void {
  if (!testId) return;
  const el = document.querySelector<HTMLElement>(`.import-wizard [data-testid="${testId}"]`);
  const target = el?.matches('input, select, button, textarea')
    ? el
    : el?.querySelector<HTMLElement>('input, select, button, textarea');
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}

/** Elements whose own Enter means something else (activate, new line). */
const OWN_ENTER = new Set(['BUTTON', 'A', 'TEXTAREA', 'SUMMARY']);

export function ImportWizard({ wizard, dragActive }: { wizard: Wizard; dragActive: boolean }) {
  const { t, lang } = useI18n();
  const s = wizard.state;

  const next = () => {
    if (s.busy) return;
    switch (s.step) {
      case 'sheet':
        if (s.sheet !== null) void wizard.confirmSheet();
        break;
      case 'mapping': {
        if (!s.mapping || !s.target) break;
        const problems = mappingProblems(s.mapping, s.target);
        if (problems.length === 0) void wizard.stage();
        else focusControl(PROBLEM_CONTROL[problems[0]!]);
        break;
      }
      case 'questions':
        if (s.preview?.questions.every((q) => q.label in s.answers)) void wizard.applyAnswers();
        break;
      // The preview commits only through its button, which never takes focus by itself (the
      // preview's heading does): a second Enter after "read the file" never writes to the database.
      default:
        break;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey)
      return;
    const el = e.target as HTMLElement;
    // Dialogs and the grid have their own keyboard; an open picker closes on Esc first.
    if (el.closest('dialog, .ag-root-wrapper') || el.getAttribute('aria-expanded') === 'true') return;
    if (e.key === 'Escape') {
      // (Esc in a text field or a list leaves the field alone, it does not take the step back:
      // the mapping's column lists are where an analyst presses Esc to change their mind)
      if (
        el.tagName === 'TEXTAREA' ||
        el.tagName === 'SELECT' ||
        (el.tagName === 'INPUT' && !['checkbox', 'radio'].includes((el as HTMLInputElement).type))
      )
        return;
      e.preventDefault();
      wizard.back();
    } else if (e.key === 'Enter' && !OWN_ENTER.has(el.tagName)) {
      e.preventDefault();
      next();
    }
  };

  const message = s.message;
  // A refusal whose button went with the step ("Chọn tệp…" while the file was read): focus goes
  // to what it says, not to the page's <body> — nor is it left where the page put it by itself
  // (its step's heading) or outside the page (the sidebar's link of the page a file was dropped
  // on): round 81, a drop refused there.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const at = document.activeElement;
    if (
      message &&
      message.kind !== 'info' &&
      (!at || at === document.body || !at.closest('.imports-page') || at.classList.contains('step-heading'))
    )
      noticeRef.current?.focus();
  }, [message]);
  return (
    <div className="import-wizard" onKeyDown={onKeyDown} data-testid="import-wizard" data-step={s.step}>
      <div className="wizard-top">
        <StepList
          current={s.step}
          facts={{
            sheets: s.inspection?.sheets.length ?? null,
            answeredQuestions: Object.keys(s.answers).length > 0,
          }}
        />
        {s.step !== 'done' && <span className="muted keys-hint">{t('imports.keysHint')}</span>}
      </div>
      {s.inspection && s.step !== 'source' && <FileSummary inspection={s.inspection} />}
      {message && (
        <div ref={noticeRef} tabIndex={-1} className="wizard-notice">
          <Notice
            testId="import-notice"
            notice={
              message.kind === 'error'
                ? { kind: 'error', text: importErrorText(lang, message.error) }
                : { kind: message.kind === 'alert' ? 'error' : 'info', text: t(message.key, message.params) }
            }
          />
        </div>
      )}
      {s.step === 'source' && <SourceStep wizard={wizard} dragActive={dragActive} />}
      {s.step === 'sheet' && <SheetStep wizard={wizard} />}
      {s.step === 'mapping' && <MappingStep key={`${s.sessionId}-${s.sheet}`} wizard={wizard} />}
      {s.step === 'reading' && <ReadingStep wizard={wizard} />}
      {s.step === 'questions' && <UnitQuestionsStep wizard={wizard} />}
      {s.step === 'preview' && <PreviewStep wizard={wizard} />}
      {s.step === 'done' && <DoneStep wizard={wizard} />}
      <ConfirmDialog
        open={s.closing}
        title={t('imports.closeFileTitle')}
        body={t('imports.closeFileBody', { name: s.inspection?.fileName ?? '' })}
        confirmLabel={t('imports.closeFileYes')}
        onConfirm={wizard.reset}
        onCancel={wizard.keepFile}
        testId="close-file-dialog"
      />
    </div>
  );
}
