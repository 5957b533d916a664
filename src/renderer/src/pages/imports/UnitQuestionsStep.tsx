// Step 5: names in the file that match no unit, or several. Each is a question with the label as
// written, its rows and what else its first row holds (scores, ranks: which unit "TP. X" is); the
// analyst picks the unit (main remembers it as an alias) or skips the rows. Never a silent guess.
import { useMemo, useRef } from 'react';
import type { Unit } from '../../../../shared/domain';
import type { UnitQuestion } from '../../../../shared/importSession';
import { cellRef, columnLetters } from '../../../../shared/imports/cellAddress';
import { formatNumber } from '../../../../shared/format';
import { UnitSelect } from '../../components/UnitSelect';
import { useI18n } from '../../i18n/I18nContext';
import { useSession } from '../../session/SessionContext';
import { formatRawCell } from './format';
import { StepHeading } from './StepHeading';
import { withAsked, type ImportWizard } from './useImportWizard';
import { StepActions } from './StepActions';

/** Rows listed in full up to this many; more are summarised. */
const ROWS_SHOWN = 12;

function QuestionItem({
  question,
  answer,
  onAnswer,
  ranking,
  where,
}: {
  question: UnitQuestion;
  answer: number | null | undefined;
  onAnswer: (unitId: number | null | undefined, taken?: 'suggestion') => void;
  /** A ranking must have every unit: skipping a row leaves its unit missing. */
  ranking: boolean;
  /** The column the names are read from, and the sheet, for the cells the name is in ("B14"). */
  where: { col: number; header: string; sheet: string | null } | null;
}) {
  const { t, lang } = useI18n();
  const { units } = useSession();
  // The candidates as full units, so the picker searches names, ASCII names and aliases.
  const candidates = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    return question.candidates.map((c) => byId.get(c.unitId)).filter((u): u is Unit => u !== undefined);
  }, [units, question]);
  // (the cells the name is in, "B14, B20", as a problem names its cell; rows when no column names units)
  const shown = question.rows.slice(0, ROWS_SHOWN).map((r) => (where ? cellRef(r, where.col) : String(r)));
  const rows =
    question.rows.length > ROWS_SHOWN
      ? `${shown.join(', ')}, … (${formatNumber(question.rows.length, lang, 0)})`
      : shown.join(', ');
  const skipped = answer === null;
  return (
    <li className={`unit-question${answer !== undefined ? ' is-answered' : ''}`} data-testid="unit-question">
      <div className="question-label">
        <span className="muted">{t('imports.questions.label')}</span>
        <strong className="label-as-written">“{question.label}”</strong>
        <span className={`tag${question.kind === 'ambiguous' ? '' : ' tag-muted'}`}>
          {/* (a name the question explains — a unit merged on 01/07/2025 — is known, only not on
              this list: round 75 said "not recognised" above the words saying which it is) */}
          {t(
            question.kind === 'ambiguous'
              ? 'imports.questions.ambiguous'
              : question.reason && question.suggestions?.length
                ? 'imports.questions.notOnList'
                : 'imports.questions.unmatched',
          )}
        </span>
        <span className="muted" data-testid="unit-question-cells">
          {where
            ? t(question.rows.length === 1 ? 'imports.questions.cell' : 'imports.questions.cells', {
                cells: rows,
                column: where.header || columnLetters(where.col),
              })
            : t(question.rows.length === 1 ? 'imports.questions.row' : 'imports.questions.rows', { rows })}
          {where?.sheet ? ` · ${t('imports.questions.sheet', { sheet: where.sheet })}` : null}
        </span>
      </div>
      {question.values && question.values.length > 0 && (
        <p className="question-values" data-testid="unit-question-values">
          <span className="muted">
            {question.rows.length === 1
              ? t('imports.questions.values')
              : t('imports.questions.valuesOfRow', { row: question.rows[0] ?? '' })}
          </span>{' '}
          {question.values.map((v, i) => (
            <span key={v.col} className="question-value">
              {i > 0 && <span className="muted"> · </span>}
              <span className="muted">{v.header || columnLetters(v.col)}:</span>{' '}
              {formatRawCell(v.value, lang)}
            </span>
          ))}
        </p>
      )}
      {question.reason && (
        <p className="question-reason" data-testid="unit-question-reason">
          {question.reason[lang]}
        </p>
      )}
      {question.suggestions && question.suggestions.length > 0 && !skipped && (
        <p className="question-suggestions" data-testid="unit-question-suggestions">
          <span className="muted">{t('imports.questions.didYouMean')}</span>{' '}
          {question.suggestions.map((s) => (
            <button
              key={s.unitId}
              type="button"
              className="link-button"
              aria-pressed={answer === s.unitId}
              data-testid="unit-question-suggestion"
              onClick={() => onAnswer(s.unitId, 'suggestion')}
            >
              {s.name}
            </button>
          ))}
        </p>
      )}
      <div className="question-answer">
        <div className={skipped ? 'is-disabled' : undefined} aria-disabled={skipped}>
          <UnitSelect
            units={candidates}
            value={typeof answer === 'number' ? answer : null}
            onChange={(id) => onAnswer(id)}
            label={t('imports.questions.choose', { label: question.label })}
            testId="unit-answer-select"
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            data-testid="unit-answer-skip"
            checked={skipped}
            onChange={(e) => onAnswer(e.target.checked ? null : undefined)}
          />
          {t('imports.questions.skip')}
        </label>
      </div>
      {skipped && ranking && (
        <p className="question-skip-warning" role="note" data-testid="unit-skip-warning">
          {t('imports.questions.skipRanking')}
        </p>
      )}
    </li>
  );
}

export function UnitQuestionsStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const { preview, answers, asked, busy, mapping, sheet } = wizard.state;
  // (the questions answered before too, back from the preview: an answer can be changed)
  const questions = preview ? withAsked(asked, preview) : [];
  const unitColumn =
    mapping?.columns.find((c) => c.mapping.field === 'unit') ??
    mapping?.columns.find((c) => c.mapping.field === 'unitCode');
  const where = unitColumn ? { col: unitColumn.col, header: unitColumn.header, sheet } : null;
  // Hundreds of unknown names: more likely a wrong unit column than names to answer one by one.
  const tooMany = preview?.problems.find((p) => p.code === 'tooManyUnitQuestions');
  const remaining = questions.filter((q) => !(q.label in answers)).length;
  const applyRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="import-step" data-testid="import-step-questions">
      <StepHeading>{t('imports.questions.title')}</StepHeading>
      <p className="muted">{t('imports.questions.hint')}</p>
      {tooMany && (
        <p className="notice notice-error" role="alert" data-testid="unit-questions-too-many">
          {lang === 'vi' ? tooMany.messageVi : tooMany.messageEn}{' '}
          <button
            type="button"
            className="link-button"
            onClick={wizard.back}
            data-testid="unit-questions-to-mapping"
          >
            {t('imports.questions.toMapping')}
          </button>
        </p>
      )}
      <ol className="unit-questions">
        {questions.map((q) => (
          <QuestionItem
            key={q.label}
            question={q}
            answer={answers[q.label]}
            onAnswer={(id, taken) => {
              wizard.setAnswer(q.label, id);
              // (a suggestion taken with Enter, the last question answered: the keyboard goes on to
              // "Áp dụng" — round 75, a second Enter pressed the suggestion again)
              const last = questions.every((x) => x.label === q.label || x.label in answers);
              if (taken === 'suggestion' && id != null && last)
                requestAnimationFrame(() => applyRef.current?.focus());
            }}
            ranking={preview?.target.kind === 'ranking'}
            where={where}
          />
        ))}
      </ol>
      {remaining > 0 && (
        <p className="muted">
          {t(remaining === 1 ? 'imports.questions.remainingOne' : 'imports.questions.remaining', {
            n: remaining,
          })}
        </p>
      )}
      <StepActions
        busy={busy}
        onBack={wizard.back}
        label={t('imports.questions.apply')}
        testId="unit-answers-apply"
        nextRef={applyRef}
        disabled={remaining > 0}
        onNext={() => void wizard.applyAnswers()}
      />
    </div>
  );
}
