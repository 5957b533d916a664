// The import wizard's state and the calls behind each step: open → (sheet) → analyze → stage and
// poll progress → answer unit questions → preview → commit. One import session at a time; it is
// closed when the wizard starts over or the page goes away.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { MessageKey } from '../../../../shared/i18n';
import type {
  ImportCounts,
  ImportMapping,
  ImportPreview,
  ImportProgress,
  ImportTarget,
  SheetPreview,
  UnitQuestion,
} from '../../../../shared/importSession';
import type { FileInspection } from '../../../../shared/imports/types';
import type { DecimalMark } from '../../../../shared/imports/layout';
import { ApiError, unwrap } from '../../api/unwrap';
import { useSession } from '../../session/SessionContext';
import { targetWithYear } from './targetYear';

export type WizardStep = 'source' | 'sheet' | 'mapping' | 'reading' | 'questions' | 'preview' | 'done';
export const WIZARD_STEPS: readonly WizardStep[] = [
  'source',
  'sheet',
  'mapping',
  'reading',
  'questions',
  'preview',
  'done',
];

export type ImportSource = InputOf<'imports.open'>['source'];

/** Feedback kept as data, so it follows a language switch. */
export type WizardMessage =
  | { kind: 'error'; error: unknown }
  | { kind: 'info' | 'alert'; key: MessageKey; params?: Record<string, string | number> };

export interface WizardState {
  step: WizardStep;
  sessionId: string | null;
  inspection: FileInspection | null;
  sheet: string | null;
  sheetPreview: SheetPreview | null;
  /** The rows were read again for a decimal mark chosen in the preview. */
  decimalChanged: boolean;
  /** The mapping and target as the analyst edits them (start: what main proposed). */
  mapping: ImportMapping | null;
  target: ImportTarget | null;
  progress: ImportProgress | null;
  preview: ImportPreview | null;
  /** Answers to unit questions by label: a unit id, null to skip the rows. */
  answers: Record<string, number | null>;
  /**
   * Every unit question this file asked, answered ones too: the questions step shows them all
   * again from the preview, so a wrong answer can be changed (round 75: it could not).
   */
  asked: UnitQuestion[];
  committed: { batchId: number; counts: ImportCounts } | null;
  busy: boolean;
  /** Name of the file being opened, while importsOpen runs. */
  opening: string | null;
  message: WizardMessage | null;
  /**
   * Back from the mapping of a one-sheet file closes the file: asked first, as opening another
   * file is (round 81: Esc dropped a mapping changed by hand without a word).
   */
  closing: boolean;
}

const INITIAL: WizardState = {
  step: 'source',
  sessionId: null,
  inspection: null,
  sheet: null,
  sheetPreview: null,
  mapping: null,
  decimalChanged: false,
  target: null,
  progress: null,
  preview: null,
  answers: {},
  asked: [],
  committed: null,
  busy: false,
  opening: null,
  message: null,
  closing: false,
};

/** How often the reading step asks for progress. */
const POLL_MS = 200;

const afterPreview = (p: ImportPreview): WizardStep => (p.questions.length > 0 ? 'questions' : 'preview');

const isDropNote = (m: WizardMessage | null): boolean =>
  !!m && 'key' in m && (m.key === 'imports.source.manyFiles' || m.key === 'imports.source.busyDrop');

/** The questions asked so far with those of a new preview (a label asked again: its latest). */
export const withAsked = (asked: UnitQuestion[], p: ImportPreview): UnitQuestion[] => [
  ...asked.filter((a) => !p.questions.some((q) => q.label === a.label)),
  ...p.questions,
];

/**
 * The questions to show again from this preview: its own, and those answered before whose answer
 * its rows still follow — a new read of another group matches the name itself and asks nothing of
 * it (round 76: Back showed the other read's question, its answer no longer applied).
 */
export const askedFor = (
  asked: UnitQuestion[],
  answers: Record<string, number | null>,
  p: ImportPreview,
): UnitQuestion[] =>
  withAsked(
    asked.filter(
      (a) =>
        a.label in answers &&
        p.rows.some(
          (r) =>
            r.unitLabel === a.label &&
            (answers[a.label] === null ? r.unitId === null : r.unitId === answers[a.label]),
        ),
    ),
    p,
  );

export function useImportWizard() {
  const { refresh } = useSession();
  const [state, setState] = useState<WizardState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const sessionRef = useRef<string | null>(null);
  // Bumped by every new file and by reset: a slow answer for an older file is dropped.
  const generation = useRef(0);

  const closeSession = useCallback(() => {
    const id = sessionRef.current;
    sessionRef.current = null;
    if (id) void window.api.importsClose({ sessionId: id });
  }, []);
  useEffect(() => () => closeSession(), [closeSession]);

  const patch = (p: Partial<WizardState>) => setState((s) => ({ ...s, ...p }));
  const failWith = (error: unknown, extra: Partial<WizardState> = {}) =>
    setState((s) => ({ ...s, busy: false, opening: null, ...extra, message: { kind: 'error', error } }));

  /** Reads a sheet's top; `year`: the year the analyst already typed (kept on another sheet). */
  const analyze = useCallback(async (sessionId: string, sheet: string | null, gen: number, year?: number) => {
    // (a note about the drop — files not opened, a drop while busy — stays on the mapping step it
    // leads to: round 75, it vanished within a second)
    setState((s) => ({ ...s, busy: true, message: isDropNote(s.message) ? s.message : null }));
    try {
      const sp = await unwrap(window.api.importsAnalyze({ sessionId, sheet }));
      if (gen !== generation.current) return;
      setState((s) => ({
        ...s,
        step: 'mapping',
        sheet: sp.sheet ?? sheet,
        sheetPreview: sp,
        mapping: sp.mapping,
        target: year === undefined ? sp.target : targetWithYear(sp.target, year, sp, false),
        preview: null,
        busy: false,
      }));
    } catch (e) {
      if (gen === generation.current) failWith(e);
    }
  }, []);

  const openSource = useCallback(
    async (source: ImportSource, name: string, note: WizardMessage | null = null) => {
      closeSession();
      const gen = ++generation.current;
      setState({ ...INITIAL, busy: true, opening: name, message: note });
      try {
        const { sessionId, inspection, suggestedSheet } = await unwrap(window.api.importsOpen({ source }));
        if (gen !== generation.current) {
          void window.api.importsClose({ sessionId });
          return;
        }
        sessionRef.current = sessionId;
        const sheets = inspection.sheets;
        const sheet = suggestedSheet ?? (sheets.find((s) => !s.hidden) ?? sheets[0])?.name ?? null;
        setState((s) => ({ ...s, sessionId, inspection, sheet, opening: null }));
        if (sheets.length > 1) patch({ step: 'sheet', busy: false });
        else await analyze(sessionId, sheet, gen);
      } catch (e) {
        if (gen === generation.current) failWith(e);
      }
    },
    [analyze, closeSession],
  );

  /** The open dialog of main, then the chosen path. */
  const chooseFile = useCallback(async () => {
    try {
      const { path } = await unwrap(window.api.importsChooseFile({}));
      if (path) await openSource({ kind: 'file', path }, path.split(/[\\/]/).pop() ?? path);
    } catch (e) {
      failWith(e);
    }
  }, [openSource]);

  const reset = useCallback(() => {
    closeSession();
    generation.current++;
    setState(INITIAL);
  }, [closeSession]);

  const chooseSheet = (sheet: string) => patch({ sheet });
  /** The closing of the file asked about was not wanted: back to its mapping. */
  const keepFile = () => patch({ closing: false });

  const confirmSheet = useCallback(async () => {
    const s = stateRef.current;
    if (!s.sessionId) return;
    await analyze(s.sessionId, s.sheet, generation.current);
  }, [analyze]);

  /**
   * Reads another sheet from the mapping step: the one named for the year typed ("DTI 2022" for a
   * 2022 import, not "DTI 2021"), or a hidden sheet when this one has no table. The year is kept.
   */
  const switchSheet = useCallback(
    async (sheet: string, year?: number) => {
      const s = stateRef.current;
      if (!s.sessionId) return;
      patch({ sheet });
      await analyze(s.sessionId, sheet, generation.current, year);
    },
    [analyze],
  );

  const setMapping = (mapping: ImportMapping) => patch({ mapping });
  const setTarget = (target: ImportTarget) => patch({ target });

  /** Reads every row with the mapping (`mapping`: a changed one, kept as the wizard's). */
  const stage = useCallback(async (changed?: ImportMapping) => {
    const s = stateRef.current;
    const mapping = changed ?? s.mapping;
    if (!s.sessionId || !mapping || !s.target) return;
    const gen = generation.current;
    // (a re-read for a decimal mark keeps the keyboard near the choice, not on the commit button)
    patch({ busy: true, message: null, mapping, decimalChanged: changed !== undefined });
    try {
      await unwrap(window.api.importsStage({ sessionId: s.sessionId, mapping, target: s.target }));
      if (gen !== generation.current) return;
      patch({ step: 'reading', progress: null, preview: null, busy: false });
    } catch (e) {
      if (gen === generation.current) failWith(e);
    }
  }, []);

  // The reading step polls main for progress until the preview (or the failure) arrives. Each
  // poll waits for the previous answer, so slow answers never pile up.
  useEffect(() => {
    const sessionId = state.sessionId;
    if (state.step !== 'reading' || !sessionId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const p = await unwrap(window.api.importsProgress({ sessionId }));
        if (stopped) return;
        if (p.preview) {
          const preview = p.preview;
          // ("drop it again when it is done": it is done)
          setState((s) => ({
            ...s,
            step: afterPreview(preview),
            preview,
            // (the answers given are those this read applied)
            asked: askedFor(s.asked, s.answers, preview),
            progress: p,
            message:
              s.message && 'key' in s.message && s.message.key === 'imports.source.busyDrop'
                ? null
                : s.message,
          }));
          return;
        }
        if (p.error) {
          const cancelled = p.error.code === 'CANCELLED' || p.state === 'cancelled';
          setState((s) => ({
            ...s,
            step: 'mapping',
            progress: null,
            busy: false,
            message: cancelled
              ? { kind: 'info', key: 'imports.reading.cancelled' }
              : { kind: 'error', error: new ApiError(p.error!) },
          }));
          return;
        }
        patch({ progress: p });
      } catch (e) {
        if (!stopped) failWith(e, { step: 'mapping', progress: null });
        return;
      }
      if (!stopped) timer = setTimeout(() => void tick(), POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [state.step, state.sessionId]);

  /**
   * The decimal mark of a column's numbers that read both ways ("912,687"), as the analyst says
   * from the preview's warning (null: decided from the file again); the rows are read again.
   */
  const setDecimalMark = useCallback(
    (col: number, mark: DecimalMark | null) => {
      const mapping = stateRef.current.mapping;
      if (!mapping) return;
      const columns = mapping.columns.map((c) => {
        if (c.col !== col) return c;
        const { decimalMark: _old, ...rest } = c;
        return mark ? { ...rest, decimalMark: mark } : rest;
      });
      void stage({ ...mapping, columns });
    },
    [stage],
  );

  const cancelReading = useCallback(async () => {
    const id = stateRef.current.sessionId;
    if (!id) return;
    try {
      await unwrap(window.api.importsCancel({ sessionId: id }));
    } catch (e) {
      failWith(e);
    }
  }, []);

  const setAnswer = (label: string, unitId: number | null | undefined) =>
    setState((s) => {
      const answers = { ...s.answers };
      if (unitId === undefined) delete answers[label];
      else answers[label] = unitId;
      return { ...s, answers };
    });

  const applyAnswers = useCallback(async () => {
    const s = stateRef.current;
    if (!s.sessionId || !s.preview) return;
    // (the answers to questions asked before too: one of them may have been changed)
    const answers = withAsked(s.asked, s.preview)
      .filter((q) => q.label in s.answers)
      .map((q) => ({ label: q.label, unitId: s.answers[q.label] ?? null }));
    if (answers.length === 0) return;
    const gen = generation.current;
    patch({ busy: true, message: null });
    try {
      const preview = await unwrap(window.api.importsAnswer({ sessionId: s.sessionId, answers }));
      if (gen !== generation.current) return;
      setState((st) => ({
        ...st,
        preview,
        asked: askedFor(st.asked, st.answers, preview),
        step: afterPreview(preview),
        busy: false,
      }));
    } catch (e) {
      if (gen === generation.current) failWith(e);
    }
  }, []);

  const commit = useCallback(async () => {
    const s = stateRef.current;
    if (!s.sessionId || !s.preview?.canCommit) return;
    const gen = generation.current;
    patch({ busy: true, message: null });
    try {
      const committed = await unwrap(window.api.importsCommit({ sessionId: s.sessionId }));
      if (gen !== generation.current) return;
      patch({ committed, step: 'done', busy: false });
      // Other pages (Rankings) read the store again.
      void refresh().catch(() => undefined);
    } catch (e) {
      if (gen === generation.current) failWith(e);
    }
  }, [refresh]);

  /** Esc: one step back (or cancel the reading). */
  const back = useCallback(() => {
    const s = stateRef.current;
    if (s.busy) return;
    switch (s.step) {
      case 'sheet':
        reset();
        break;
      case 'mapping':
        if ((s.inspection?.sheets.length ?? 0) > 1) patch({ step: 'sheet', message: null });
        else patch({ closing: true });
        break;
      case 'reading':
        void cancelReading();
        break;
      case 'questions':
        patch({ step: 'mapping', message: null });
        break;
      case 'preview':
        // (to the answers given, which may be what is wrong: a name answered with the wrong unit)
        patch({
          step: s.asked.length > 0 ? 'questions' : 'mapping',
          message: null,
        });
        break;
      default:
        break;
    }
  }, [reset, cancelReading]);

  return {
    state,
    openSource,
    chooseFile,
    reset,
    keepFile,
    chooseSheet,
    confirmSheet,
    switchSheet,
    setMapping,
    setTarget,
    stage,
    setDecimalMark,
    cancelReading,
    setAnswer,
    applyAnswers,
    commit,
    back,
    reportError: (e: unknown) => failWith(e),
    /** A message of the page itself (a dropped file too large, several files dropped). */
    report: (kind: 'info' | 'alert', key: MessageKey, params?: Record<string, string | number>) =>
      patch({ message: { kind, key, ...(params ? { params } : {}) } }),
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
