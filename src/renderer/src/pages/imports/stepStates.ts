// What the step list shows for each step of the wizard: done (a tick), skipped (a dash: a file
// with one sheet has no sheet to choose, a file whose names all matched asks nothing), the
// current one, or still to come (its number). Pure, so it is tested without a DOM.
import { WIZARD_STEPS, type WizardStep } from './useImportWizard';

export type StepState = 'done' | 'skipped' | 'current' | 'todo';

export interface StepMark {
  step: WizardStep;
  /** 1-based place in the list (the same for every file: a skipped step keeps its number). */
  no: number;
  state: StepState;
}

/** What the wizard knows of the file so far. */
export interface StepFacts {
  /** Sheets of the open file (null: no file open yet). */
  sheets: number | null;
  /** The analyst answered unit questions for this file (a preview without any asked none). */
  answeredQuestions: boolean;
}

/** Whether the wizard went past `step` without showing it. */
function wasSkipped(step: WizardStep, facts: StepFacts): boolean {
  if (step === 'sheet') return facts.sheets !== null && facts.sheets <= 1;
  if (step === 'questions') return !facts.answeredQuestions;
  return false;
}

export function stepMarks(current: WizardStep, facts: StepFacts): StepMark[] {
  const at = WIZARD_STEPS.indexOf(current);
  return WIZARD_STEPS.map((step, i) => ({
    step,
    no: i + 1,
    // (the last step reached is the import done: ticked like the others, round 74 — it stayed a
    // number, as if something were left to do)
    state:
      i === at
        ? step === 'done'
          ? 'done'
          : 'current'
        : i > at
          ? 'todo'
          : wasSkipped(step, facts)
            ? 'skipped'
            : 'done',
  }));
}
