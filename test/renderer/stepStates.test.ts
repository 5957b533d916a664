// The import wizard's step list: done steps ticked, steps the wizard went past without showing
// (no sheet to choose in a CSV, no unit question when every name matched) marked skipped, never
// ticked; the numbers stay the same for every file.
import { describe, expect, it } from 'vitest';
import { stepMarks, type StepFacts } from '../../src/renderer/src/pages/imports/stepStates';

const states = (current: Parameters<typeof stepMarks>[0], facts: StepFacts) =>
  Object.fromEntries(stepMarks(current, facts).map((m) => [m.step, m.state]));

describe('import step list', () => {
  it('before a file is open, every later step is still to come, with its number', () => {
    const marks = stepMarks('source', { sheets: null, answeredQuestions: false });
    expect(marks.map((m) => [m.no, m.state])).toEqual([
      [1, 'current'],
      [2, 'todo'],
      [3, 'todo'],
      [4, 'todo'],
      [5, 'todo'],
      [6, 'todo'],
      [7, 'todo'],
    ]);
  });

  it('a CSV (no sheets) or a one-sheet workbook skips the sheet step once past it', () => {
    expect(states('mapping', { sheets: 0, answeredQuestions: false })).toMatchObject({
      source: 'done',
      sheet: 'skipped',
      mapping: 'current',
      questions: 'todo',
    });
    expect(states('mapping', { sheets: 1, answeredQuestions: false }).sheet).toBe('skipped');
    expect(states('mapping', { sheets: 3, answeredQuestions: false }).sheet).toBe('done');
    expect(states('sheet', { sheets: 3, answeredQuestions: false }).sheet).toBe('current');
  });

  it('a preview without any question asked skips the questions step; answered ones are done', () => {
    expect(states('preview', { sheets: 0, answeredQuestions: false })).toEqual({
      source: 'done',
      sheet: 'skipped',
      mapping: 'done',
      reading: 'done',
      questions: 'skipped',
      preview: 'current',
      done: 'todo',
    });
    expect(states('preview', { sheets: 0, answeredQuestions: true }).questions).toBe('done');
    expect(states('done', { sheets: 2, answeredQuestions: false })).toMatchObject({
      sheet: 'done',
      questions: 'skipped',
      preview: 'done',
      // (the import done: its step ticked too)
      done: 'done',
    });
  });

  it('a step ahead is never marked skipped (back at the mapping after a preview)', () => {
    expect(states('mapping', { sheets: 0, answeredQuestions: false })).toMatchObject({
      reading: 'todo',
      questions: 'todo',
      preview: 'todo',
    });
    expect(states('questions', { sheets: 0, answeredQuestions: false }).questions).toBe('current');
  });
});
