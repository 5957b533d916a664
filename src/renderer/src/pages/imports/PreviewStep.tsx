// Step 6: validation and preview. Counts, problems (errors first, each with its cell), columns
// kept aside, and every row with its status and old → new values; commit only when main says
// the import can be committed.
import { useCallback, useMemo, useState } from 'react';
import { needsTableIndicator, needsTablePeriod } from '../../../../shared/imports/fields';
import type { ImportCounts, ImportPreview, ImportProblem } from '../../../../shared/importSession';
import { formatNumber } from '../../../../shared/format';
import { columnLetters } from '../../../../shared/imports/cellAddress';
import type { DecimalMark } from '../../../../shared/imports/layout';
import { useI18n } from '../../i18n/I18nContext';
import { useSession } from '../../session/SessionContext';
import { unitLabel } from '../../session/unitSearch';
import { PreviewGrid } from './PreviewGrid';
import { StepHeading } from './StepHeading';
import { previewViews } from './previewViews';
import type { ImportWizard } from './useImportWizard';
import { StepActions } from './StepActions';

const COUNT_KEYS: (keyof ImportCounts)[] = [
  'rows',
  'skippedRows',
  'observations',
  'new',
  'changed',
  'unchanged',
  'errors',
  'warnings',
];

function Counts({ counts }: { counts: ImportCounts }) {
  const { t, lang } = useI18n();
  return (
    <dl className="import-counts" aria-label={t('imports.preview.counts')} data-testid="import-counts">
      {COUNT_KEYS.map((k) => (
        <div
          key={k}
          className={`count count-${k}${counts[k] > 0 ? ' is-nonzero' : ''}`}
          data-testid={`count-${k}`}
        >
          <dt>{t(`imports.count.${k}`)}</dt>
          <dd>{formatNumber(counts[k], lang, 0)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The two ways to read a column's numbers that read both ways, offered with its warning. */
function DecimalChoice({
  col,
  busy,
  onChoose,
  autoFocus,
}: {
  col: number;
  busy: boolean;
  onChoose: (col: number, mark: DecimalMark) => void;
  autoFocus: boolean;
}) {
  const { t } = useI18n();
  return (
    // (back to detection, the keyboard lands on the choice offered again, not on one of its
    // buttons: a second Enter would choose again and read the file again)
    <span
      className="decimal-choice"
      data-testid="decimal-choice"
      {...(autoFocus ? { tabIndex: -1, 'data-autofocus': true } : {})}
    >
      <span className="muted">{t('imports.decimal.readAs')}</span>
      {(['.', ','] as const).map((mark) => (
        <button
          key={mark}
          type="button"
          className="decimal-choice-button"
          disabled={busy}
          data-testid={`decimal-choice-${mark === '.' ? 'dot' : 'comma'}`}
          onClick={() => onChoose(col, mark)}
        >
          {t(mark === '.' ? 'imports.decimal.dot' : 'imports.decimal.comma')}
        </button>
      ))}
    </span>
  );
}

/** Columns whose decimal mark the analyst chose, each with a way back to detection. */
function ChosenDecimalMarks({ wizard }: { wizard: ImportWizard }) {
  const { t } = useI18n();
  const chosen = wizard.state.mapping?.columns.filter((c) => c.decimalMark) ?? [];
  if (chosen.length === 0) return null;
  return (
    // (after a choice the keyboard lands here, on what was chosen — not on "Tự nhận lại", which a
    // second Enter would press, taking the choice back and reading the file again)
    <p
      className="decimal-chosen"
      data-testid="decimal-chosen"
      {...(wizard.state.decimalChanged ? { tabIndex: -1, 'data-autofocus': true } : {})}
    >
      <strong>{t('imports.decimal.chosen')}:</strong>{' '}
      {chosen.map((c) => (
        <span key={c.col} className="decimal-chosen-col">
          {columnLetters(c.col)} ({c.header}):{' '}
          {t(c.decimalMark === '.' ? 'imports.decimal.dot' : 'imports.decimal.comma')}{' '}
          <button
            type="button"
            className="link-button"
            disabled={wizard.state.busy}
            onClick={() => wizard.setDecimalMark(c.col, null)}
          >
            {t('imports.decimal.auto')}
          </button>
        </span>
      ))}
    </p>
  );
}

function ProblemList({
  problems,
  total,
  severity,
  wizard,
  shownRows,
  onShowRow,
}: {
  problems: ImportProblem[];
  /** How many there are (the list holds the first MAX_PROBLEMS of all kinds). */
  total: number;
  severity: 'error' | 'warning';
  wizard: ImportWizard;
  /** Rows the preview grid holds: a problem on one of them leads to it. */
  shownRows: ReadonlySet<number>;
  onShowRow: (row: number, col: number | null) => void;
}) {
  const { t, lang } = useI18n();
  if (problems.length === 0) return null;
  return (
    <>
      <h4 className={`problems-head problems-${severity}`}>
        {t(severity === 'error' ? 'imports.problems.errors' : 'imports.problems.warnings', {
          n:
            total > problems.length
              ? t('imports.problems.shownOf', {
                  shown: formatNumber(problems.length, lang, 0),
                  n: formatNumber(total, lang, 0),
                })
              : formatNumber(problems.length, lang, 0),
        })}
      </h4>
      <ul className={`problem-list problem-list-${severity}`}>
        {problems.map((p, i) => (
          <li key={i} data-testid={`import-problem-${severity}`}>
            {p.row !== null && shownRows.has(p.row) ? (
              <button
                type="button"
                className="problem-cell problem-cell-link"
                title={t('imports.problems.showRow', { row: p.row })}
                data-testid="import-problem-goto"
                onClick={() => onShowRow(p.row!, p.col)}
              >
                {p.cell ?? String(p.row)}
              </button>
            ) : (
              <span className="problem-cell">
                {p.cell ?? (p.row !== null ? String(p.row) : t('imports.problems.file'))}
              </span>
            )}
            {/* (the file and sheet are named once above: each line says its cell and what is wrong) */}
            <span title={lang === 'vi' ? p.messageVi : p.messageEn}>
              {lang === 'vi' ? p.textVi : p.textEn}
              {p.code === 'ambiguousNumber' && p.col !== null && (
                <DecimalChoice
                  col={p.col}
                  busy={wizard.state.busy}
                  onChoose={wizard.setDecimalMark}
                  autoFocus={wizard.state.decimalChanged}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Problems({
  preview,
  wizard,
  onShowRow,
}: {
  preview: ImportPreview;
  wizard: ImportWizard;
  onShowRow: (row: number, col: number | null) => void;
}) {
  const { t } = useI18n();
  const shownRows = useMemo(() => new Set(preview.rows.map((r) => r.row)), [preview.rows]);
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  return (
    <section
      className="import-problems"
      aria-labelledby="import-problems-title"
      data-testid="import-problems"
    >
      <h3 id="import-problems-title">
        {preview.sheet
          ? t('imports.problems.titleSheet', { sheet: preview.sheet })
          : t('imports.problems.title')}
      </h3>
      {preview.problems.length === 0 && <p className="muted">{t('imports.problems.none')}</p>}
      {preview.problems.length > 0 && (
        // Errors and warnings scroll together in one region: on a short window the grid below
        // still starts in sight, and the warnings are one scroll under the errors.
        <div className="problem-lists" data-testid="import-problem-lists">
          {(['error', 'warning'] as const).map((severity) => (
            <ProblemList
              key={severity}
              problems={severity === 'error' ? errors : warnings}
              total={severity === 'error' ? preview.counts.errors : preview.counts.warnings}
              severity={severity}
              wizard={wizard}
              shownRows={shownRows}
              onShowRow={onShowRow}
            />
          ))}
          {preview.problemsTruncated && (
            <p className="muted">{t('imports.problems.truncated', { shown: preview.problems.length })}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** New KPIs: the first few, and the rest on request (a file of 400 would fill the window). */
const NEW_INDICATORS_SHOWN = 8;

function NewIndicators({ names, total }: { names: readonly string[]; total: number }) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  // (main sends the first 100 names: past them, "show all" says how many more there are)
  const more = total - NEW_INDICATORS_SHOWN;
  const unlisted = total - names.length;
  return (
    <p className="new-indicators" data-testid="import-new-indicators">
      <strong>{t('imports.newIndicators')}:</strong>{' '}
      {(all || more <= 0 ? names : names.slice(0, NEW_INDICATORS_SHOWN)).join('; ')}
      {all &&
        unlisted > 0 &&
        ` … ${t('imports.newIndicatorsUnlisted', { n: formatNumber(unlisted, lang, 0) })}`}
      {more > 0 && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => setAll((a) => !a)}>
            {all
              ? t('imports.newIndicatorsFewer')
              : t('imports.newIndicatorsMore', { n: formatNumber(more, lang, 0) })}
          </button>
        </>
      )}
    </p>
  );
}

type RowFilter = 'all' | 'changed' | 'error';

export function PreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const { units } = useSession();
  const { preview, busy, mapping } = wizard.state;
  // The row a problem was clicked for (seq: the same row clicked again shows it again).
  const [shown, setShown] = useState<{ row: number; col: number | null; seq: number } | null>(null);
  // Which rows the grid shows: all, those whose values change, those in error.
  const [only, setOnly] = useState<RowFilter>('all');
  const showRow = useCallback((row: number, col: number | null) => {
    // (a problem's row is shown whatever the filter hid)
    setOnly('all');
    setShown((s) => ({ row, col, seq: (s?.seq ?? 0) + 1 }));
  }, []);
  const filtered = useMemo(() => previewViews(preview), [preview]);
  if (!preview) return null;
  // (read again, the file may have no more rows of the kind chosen: all are shown then)
  const view = only !== 'all' && filtered[only].length === 0 ? 'all' : only;
  const target = preview.target;
  const kind = t(target.kind === 'kpi' ? 'imports.kind.kpi' : 'imports.kind.ranking');
  // A KPI table names its period or indicator once only when it has no column for them.
  // (a one-unit table — a province's own report — names its unit: it has no column for it)
  const tableUnit = target.unitId ? units.find((u) => u.id === target.unitId) : undefined;
  const kpiTarget = [
    kind,
    ...(tableUnit ? [unitLabel(tableUnit, t)] : []),
    ...(mapping && needsTablePeriod(mapping)
      ? [t('imports.preview.targetPeriod', { period: target.period ?? target.year ?? '—' })]
      : []),
    ...(mapping && needsTableIndicator(mapping) && target.indicator ? [target.indicator] : []),
  ].join(' · ');
  return (
    <div className="import-step import-preview-step" data-testid="import-preview">
      <div className="step-head">
        <StepHeading>{t('imports.preview.title')}</StepHeading>
        <span className="muted" data-testid="import-target">
          {target.kind === 'kpi'
            ? kpiTarget
            : t('imports.preview.target', {
                kind,
                year: target.year ?? '—',
                group: target.group ? t(`imports.group.${target.group}`) : '—',
              })}
        </span>
      </div>
      <Counts counts={preview.counts} />
      {preview.counts.errors === 0 &&
        preview.counts.new + preview.counts.changed === 0 &&
        preview.counts.unchanged > 0 && (
          <p className="notice notice-info" data-testid="import-nothing-changes">
            {t('imports.preview.nothingChanges')}
          </p>
        )}
      <Problems preview={preview} wizard={wizard} onShowRow={showRow} />
      <ChosenDecimalMarks wizard={wizard} />
      {preview.unknownColumns.length > 0 && (
        <p className="unknown-columns" data-testid="import-unknown-columns">
          <strong>{t('imports.unknownColumns')}:</strong>{' '}
          {preview.unknownColumns.map((c) => `${columnLetters(c.col)} (${c.header})`).join(', ')}
        </p>
      )}
      {preview.newIndicators.length > 0 && (
        <NewIndicators names={preview.newIndicators} total={preview.newIndicatorCount} />
      )}
      {preview.rows.length > 0 && (filtered.changed.length > 0 || filtered.error.length > 0) && (
        <div className="toggle-group preview-filter" role="group" aria-label={t('imports.preview.filter')}>
          {(['all', 'changed', 'error'] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={view === f}
              data-testid={`preview-filter-${f}`}
              disabled={f !== 'all' && filtered[f].length === 0}
              onClick={() => setOnly(f)}
            >
              {t(`imports.preview.filter.${f}`, { n: formatNumber(filtered[f].length, lang, 0) })}
            </button>
          ))}
        </div>
      )}
      <PreviewGrid
        rows={filtered[view]}
        kind={target.kind}
        problems={preview.problems}
        shown={shown}
        changes={view === 'changed'}
      />
      {preview.rowsTruncated && (
        <p className="muted" data-testid="preview-rows-truncated">
          {preview.rowsAlsoShown
            ? t('imports.preview.rowsTruncatedMore', {
                n: formatNumber(preview.rows.length - preview.rowsAlsoShown, lang, 0),
                more: formatNumber(preview.rowsAlsoShown, lang, 0),
              })
            : t('imports.preview.rowsTruncated', { n: preview.rows.length })}
        </p>
      )}
      <StepActions
        busy={busy}
        onBack={wizard.back}
        label={t('imports.commit')}
        testId="import-commit"
        disabled={!preview.canCommit}
        onNext={() => void wizard.commit()}
        hintId="import-commit-hint"
      >
        <span id="import-commit-hint" className="muted">
          {preview.canCommit
            ? t('imports.commitHint')
            : // (the preview opens once no unit name awaits an answer: errors, or nothing to import)
              preview.counts.errors > 0
              ? t(
                  wizard.state.asked.length > 0
                    ? 'imports.commitBlockedErrorsAsked'
                    : 'imports.commitBlockedErrors',
                  {
                    n: formatNumber(preview.counts.errors, lang, 0),
                  },
                )
              : t('imports.commitBlockedEmpty')}
        </span>
      </StepActions>
    </div>
  );
}
