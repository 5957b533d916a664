// Step 3: what the table is and what each column holds. Shows the first rows as read (header row
// highlighted, first data row marked), one field select per column with the detector's confidence,
// and the target: ranking or KPI table, year, group, default period, and the unit of a table
// without a unit column.
import { useEffect, useMemo, useRef, useState } from 'react';
import { codeListOfGroup, yearOfFileName } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/format';
import { periodLabel } from '../../../../shared/imports/previewLabels';
import { cellRef, columnLetters } from '../../../../shared/imports/cellAddress';
import { sampleSpans, spanKey } from './sampleSpans';
import { mappingForYear } from '../../../../shared/imports/yearColumns';
import { needsTableIndicator, type ColumnField } from '../../../../shared/imports/fields';
import { UnitSelect } from '../../components/UnitSelect';
import { useI18n } from '../../i18n/I18nContext';
import { useSession } from '../../session/SessionContext';
import {
  columnPeriod,
  confidenceLevel,
  fieldGroups,
  fieldLabel,
  fieldValue,
  ignoreNote,
  mappedNote,
  parseFieldValue,
  withColumnPeriod,
} from './fieldOptions';
import type { ImportMapping } from '../../../../shared/importSession';
import { formatRawCell } from './format';
import { hasUnitColumn, mappingProblems } from './mappingProblems';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';
import { StepActions } from './StepActions';
import { hiddenSheetsToTry, sheetForYear, targetWithYear } from './targetYear';

/** Rows of the sample shown; the sheet preview holds up to 60. */
const SAMPLE_ROWS = 60;

const sameField = (a: ImportMapping['columns'][number]['mapping'], b: typeof a) =>
  JSON.stringify(a) === JSON.stringify(b);

const toInt = (s: string): number | null => (/^\d{1,7}$/.test(s.trim()) ? Number(s.trim()) : null);

export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t, lang } = useI18n();
  const { units } = useSession();
  const { sheetPreview, mapping, target, busy, inspection, sheet } = wizard.state;
  // Columns the analyst changed: their confidence is theirs, not the detector's.
  const [changed, setChanged] = useState<ReadonlySet<number>>(new Set());
  // The year field as typed ("20" on the way to "2022"); the target holds only a valid year.
  const [yearText, setYearText] = useState(target?.year != null ? String(target.year) : '');
  // The year the columns were last chosen for ("Điểm DTI 2021 | Điểm DTI"): it stays while the
  // field holds a partial year ("202"), so correcting 2022 to 2021 chooses again.
  const [columnsYear, setColumnsYear] = useState<number | null>(target?.year ?? null);
  // The group follows the year until the analyst picks one.
  const [groupPicked, setGroupPicked] = useState(false);

  const rows = useMemo(() => (sheetPreview?.rows ?? []).slice(0, SAMPLE_ROWS), [sheetPreview]);
  const width = useMemo(
    () =>
      Math.max(
        rows.reduce((w, r) => Math.max(w, r.length), 0),
        ...(mapping?.columns.map((c) => c.col) ?? [0]),
      ),
    [rows, mapping],
  );
  const spans = useMemo(
    () => sampleSpans(sheetPreview?.merges ?? [], rows.length, width),
    [sheetPreview, rows.length, width],
  );
  const unitChoices = useMemo(
    () => (target?.group ? units.filter((u) => u.codeList === codeListOfGroup(target.group!)) : units),
    [units, target?.group],
  );
  if (!sheetPreview || !mapping || !target) return null;

  const problems = mappingProblems(mapping, target);
  const byCol = new Map(mapping.columns.map((c) => [c.col, c]));
  const headerText = (row: number, col: number): string | null => {
    const v = sheetPreview.rows[row - 1]?.[col - 1];
    return v == null || v === '' ? null : formatRawCell(v, lang);
  };

  /** The analyst's own mapping of column `col`: `to` its present one. */
  const changeColumn = (col: number, to: (f: ColumnField) => ColumnField) => {
    wizard.setMapping({
      ...mapping,
      columns: mapping.columns.map((c) =>
        c.col === col ? { ...c, mapping: to(c.mapping), confidence: 1 } : c,
      ),
    });
    setChanged((s) => new Set(s).add(col));
  };
  const setColumn = (col: number, value: string) => changeColumn(col, () => parseFieldValue(value));
  // A period column's period as the analyst types it ("09/2024", "Quý III/2024"): read with the
  // table's year as the cells' periods are (rowMapper), said once when it is no period.
  const setColumnPeriod = (col: number, period: string) =>
    changeColumn(col, (f) => withColumnPeriod(f, period));

  const setRows = (patch: Partial<Pick<ImportMapping, 'headerRow' | 'dataStartRow' | 'dataEndRow'>>) => {
    const next = { ...mapping, ...patch };
    // A new header row renames the columns after what that row says (problems name them).
    if (patch.headerRow !== undefined && patch.headerRow > 0)
      next.columns = next.columns.map((c) => ({
        ...c,
        header: headerText(patch.headerRow!, c.col) ?? c.header,
      }));
    wizard.setMapping(next);
  };

  const setYear = (text: string) => {
    setYearText(text);
    const y = toInt(text);
    const year = y !== null && y >= 2000 && y <= 2100 ? y : null;
    // The group follows the year until the analyst picks one: 63 units until 2023, 34 from 2025,
    // none for 2024 (published for both lists: the group field asks).
    wizard.setTarget(targetWithYear(target, year, sheetPreview, groupPicked));
    // A table with a column for several years ("Điểm DTI 2021 | Điểm DTI"): the year typed picks
    // the column, as --year does, while the columns are as proposed for the year before (none
    // mapped by hand in this step, nor before: back from a later step the step starts afresh).
    const proposed = mappingForYear(sheetPreview.mapping, columnsYear);
    const asProposed =
      changed.size === 0 &&
      mapping.headerRow === sheetPreview.mapping.headerRow &&
      mapping.columns.length === proposed.columns.length &&
      mapping.columns.every((c, i) => sameField(c.mapping, proposed.columns[i]!.mapping));
    if (year !== null && asProposed) {
      wizard.setMapping({ ...mapping, columns: mappingForYear(sheetPreview.mapping, year).columns });
      setColumnsYear(year);
    }
  };

  const hints = sheetPreview.titleHints;
  // Nothing in the file gives the year, its name may: offered, not taken.
  const fileYear =
    problems.includes('imports.mapping.needYear') || problems.includes('imports.mapping.needPeriod')
      ? yearOfFileName(inspection?.fileName)
      : null;
  // One sheet per year ("DTI 2021", "DTI 2022"): the year typed names another sheet than this one.
  const yearSheet = sheetForYear(inspection?.sheets ?? [], sheet, hints.year, target.year);
  // No table here (a chart or a cover sheet): the data may sit on a hidden sheet.
  const noTable =
    problems.includes('imports.mapping.needUnitColumnOrUnit') ||
    problems.includes('imports.mapping.needValueColumn');
  const hiddenSheets = noTable ? hiddenSheetsToTry(inspection?.sheets ?? [], sheet) : [];
  return (
    <div className="import-step" data-testid="import-step-mapping">
      <div className="step-head">
        <StepHeading>{t('imports.mapping.title')}</StepHeading>
        {sheetPreview.remembered && (
          <span className="tag" title={t('imports.mapping.rememberedHint')} data-testid="mapping-remembered">
            {t('imports.mapping.remembered')}
          </span>
        )}
      </div>
      {hints.text && <p className="muted">{t('imports.mapping.titleHint', { text: hints.text })}</p>}
      {hiddenSheets.length > 0 && (
        <p className="mapping-sheet-year" data-testid="mapping-hidden-sheets">
          {t('imports.mapping.hiddenSheets', { sheets: hiddenSheets.map((n) => `"${n}"`).join(', ') })}{' '}
          {hiddenSheets.map((n) => (
            <button
              key={n}
              type="button"
              disabled={busy}
              data-testid={`mapping-read-hidden-${n}`}
              onClick={() => void wizard.switchSheet(n, target.year ?? undefined)}
            >
              {t('imports.mapping.useSheet', { sheet: n })}
            </button>
          ))}
        </p>
      )}
      {yearSheet !== null && target.year !== null && (
        <p className="mapping-sheet-year" data-testid="mapping-sheet-for-year">
          {t('imports.mapping.sheetForYear', { sheet: sheet ?? '', other: yearSheet, year: target.year })}{' '}
          <button
            type="button"
            disabled={busy}
            data-testid="mapping-use-sheet"
            onClick={() => void wizard.switchSheet(yearSheet, target.year!)}
          >
            {t('imports.mapping.useSheet', { sheet: yearSheet })}
          </button>
        </p>
      )}

      <section className="mapping-sample" aria-labelledby="mapping-sample-title">
        <h3 id="mapping-sample-title">
          {sheetPreview.totalRows !== null && sheetPreview.totalRows > rows.length
            ? t('imports.mapping.firstRowsOf', {
                shown: rows.length,
                total: formatNumber(sheetPreview.totalRows, lang, 0),
              })
            : t('imports.mapping.firstRows')}
        </h3>
        <div className="sample-scroll" tabIndex={0} role="region" aria-labelledby="mapping-sample-title">
          <table className="sample-table" data-testid="mapping-sample">
            <thead>
              <tr>
                <th scope="col" className="row-no">
                  {t('imports.mapping.rowNumber')}
                </th>
                {Array.from({ length: width }, (_, i) => {
                  const c = byCol.get(i + 1);
                  const ignored = !c || c.mapping.field === 'ignore';
                  return (
                    <th key={i} scope="col" className={ignored ? 'is-ignored' : undefined}>
                      <span className="col-letter">{columnLetters(i + 1)}</span>
                      {c && !ignored && <span className="col-field">{fieldLabel(c.mapping, t)}</span>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const n = i + 1;
                const isHeader = n === mapping.headerRow;
                const inData =
                  n >= mapping.dataStartRow && (mapping.dataEndRow === null || n <= mapping.dataEndRow);
                const cls = isHeader
                  ? 'is-header'
                  : inData
                    ? n === mapping.dataStartRow
                      ? 'is-data-start'
                      : ''
                    : 'is-outside';
                return (
                  <tr key={n} className={cls || undefined}>
                    <th scope="row" className="row-no">
                      {n}
                      {isHeader && <span className="row-tag">{t('imports.mapping.headerTag')}</span>}
                      {n === mapping.dataStartRow && (
                        <span className="row-tag row-tag-data">{t('imports.mapping.dataTag')}</span>
                      )}
                    </th>
                    {Array.from({ length: width }, (_, j) => {
                      const at = spanKey(n, j + 1);
                      if (spans.covered.has(at)) return null;
                      const span = spans.starts.get(at);
                      if (!span)
                        return (
                          <td key={j} title={cellRef(n, j + 1)}>
                            {formatRawCell(r[j] ?? null, lang)}
                          </td>
                        );
                      const { range } = span;
                      return (
                        <td
                          key={j}
                          rowSpan={span.rowSpan > 1 ? span.rowSpan : undefined}
                          colSpan={span.colSpan > 1 ? span.colSpan : undefined}
                          className="is-merged"
                          data-testid="mapping-sample-merged"
                          title={t('imports.mapping.mergedCell', {
                            range: `${cellRef(range.fromRow, range.fromCol)}:${cellRef(range.toRow, range.toCol)}`,
                          })}
                        >
                          {formatRawCell(r[j] ?? null, lang)}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <div className="mapping-body">
        <section className="mapping-columns" aria-labelledby="mapping-columns-title">
          <h3 id="mapping-columns-title">{t('imports.mapping.columns')}</h3>
          <table className="column-table" data-testid="mapping-columns">
            <thead>
              <tr>
                <th scope="col">{t('imports.mapping.col')}</th>
                <th scope="col">{t('imports.mapping.header')}</th>
                <th scope="col">{t('imports.mapping.field')}</th>
                <th scope="col">{t('imports.mapping.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {mapping.columns.map((c) => {
                const header = c.header.trim() || t('imports.mapping.noHeader');
                const level = confidenceLevel(c.confidence);
                const mine = changed.has(c.col);
                return (
                  <tr key={c.col} data-testid={`mapping-col-${c.col}`}>
                    <td className="col-letter-cell">{columnLetters(c.col)}</td>
                    <td className="col-header">{header}</td>
                    <td>
                      <select
                        aria-label={t('imports.mapping.fieldFor', { col: columnLetters(c.col), header })}
                        data-testid={`mapping-field-${c.col}`}
                        value={fieldValue(c.mapping)}
                        onChange={(e) => setColumn(c.col, e.target.value)}
                      >
                        <option value="ignore">{t('imports.field.ignore')}</option>
                        {fieldGroups(c.header, c.mapping).map((g) => (
                          <optgroup key={g.labelKey} label={t(g.labelKey)}>
                            {g.fields.map((f) => (
                              <option key={fieldValue(f)} value={fieldValue(f)}>
                                {fieldLabel(f, t)}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      {columnPeriod(c.mapping) !== null && (
                        <ColumnPeriodInput
                          key={`${c.col}:${columnPeriod(c.mapping)}:${lang}`}
                          period={columnPeriod(c.mapping)!}
                          label={t('imports.mapping.columnPeriodFor', { col: columnLetters(c.col), header })}
                          testId={`mapping-period-${c.col}`}
                          onChange={(p) => setColumnPeriod(c.col, p)}
                        />
                      )}
                    </td>
                    <td className="col-confidence">
                      {c.mapping.field === 'ignore' ? (
                        c.note ? (
                          <span className="muted">{ignoreNote(c.note, t)}</span>
                        ) : sheetPreview.remembered && !mine ? (
                          // (set aside by the analyst in the last file of these headers)
                          <span className="muted" data-testid={`mapping-remembered-${c.col}`}>
                            {t('imports.mapping.remembered')}
                          </span>
                        ) : null
                      ) : mine ? (
                        <span className="muted">{t('imports.mapping.conf.user')}</span>
                      ) : (
                        <span className={`confidence confidence-${level}`}>
                          <span className="confidence-dot" aria-hidden="true" />
                          {t(`imports.mapping.conf.${level}`)}
                          {sheetPreview.remembered && (
                            <span className="muted"> · {t('imports.mapping.remembered')}</span>
                          )}
                          {mappedNote(c.note, t) && (
                            <span className="muted" data-testid={`mapping-note-${c.col}`}>
                              {' '}
                              · {mappedNote(c.note, t)}
                            </span>
                          )}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>

        <section className="mapping-target" aria-labelledby="mapping-target-title">
          <h3 id="mapping-target-title">{t('imports.mapping.target')}</h3>
          <div className="form-grid">
            <label>
              <span>{t('imports.mapping.kind')}</span>
              <select
                data-testid="target-kind"
                value={target.kind}
                onChange={(e) =>
                  wizard.setTarget({ ...target, kind: e.target.value === 'kpi' ? 'kpi' : 'ranking' })
                }
              >
                <option value="ranking">{t('imports.kind.ranking')}</option>
                <option value="kpi">{t('imports.kind.kpi')}</option>
              </select>
            </label>
            <label>
              <span>{t('imports.mapping.year')}</span>
              <input
                type="text"
                inputMode="numeric"
                data-testid="target-year"
                value={yearText}
                maxLength={4}
                onChange={(e) => setYear(e.target.value)}
              />
              {target.year === null && fileYear !== null && (
                <button
                  type="button"
                  className="link-button year-from-name"
                  data-testid="target-year-from-name"
                  onClick={() => setYear(String(fileYear))}
                >
                  {t('imports.mapping.yearFromName', { year: fileYear })}
                </button>
              )}
              {/* (a ranking's title giving only its publication date: the year before offered, round 77) */}
              {target.year === null && fileYear === null && hints.publishedYear !== undefined && (
                <button
                  type="button"
                  className="link-button year-from-name"
                  data-testid="target-year-from-published"
                  onClick={() => setYear(String(hints.publishedYear! - 1))}
                >
                  {t('imports.mapping.yearFromPublished', {
                    published: hints.publishedYear,
                    year: hints.publishedYear - 1,
                  })}
                </button>
              )}
            </label>
            <label className="full-row">
              <span>{t('imports.mapping.group')}</span>
              <select
                data-testid="target-group"
                value={target.group ?? ''}
                onChange={(e) => {
                  setGroupPicked(true);
                  wizard.setTarget({
                    ...target,
                    group: e.target.value === '34' ? 34 : e.target.value === '63' ? 63 : null,
                    unitId: null,
                  });
                }}
              >
                <option value="">{t('imports.mapping.groupNone')}</option>
                <option value="63">{t('imports.group.63')}</option>
                <option value="34">{t('imports.group.34')}</option>
              </select>
              {/* (only where the list is to be chosen: a file that says it needs no hint) */}
              {target.year === 2024 && (target.group === null || groupPicked) && (
                <span className="muted">{t('imports.mapping.groupHint2024')}</span>
              )}
            </label>
            {target.kind === 'kpi' && (
              <label>
                <span>{t('imports.mapping.period')}</span>
                <TargetPeriodInput
                  period={target.period ?? null}
                  onChange={(period) => wizard.setTarget({ ...target, period })}
                />
              </label>
            )}
            {target.kind === 'kpi' && needsTableIndicator(mapping) && (
              <label className="full-row">
                <span>{t('imports.mapping.indicator')}</span>
                <input
                  type="text"
                  data-testid="target-indicator"
                  maxLength={300}
                  value={target.indicator ?? ''}
                  onChange={(e) => wizard.setTarget({ ...target, indicator: e.target.value || null })}
                />
                <span className="muted">{t('imports.mapping.indicatorHint')}</span>
              </label>
            )}
          </div>
          {!hasUnitColumn(mapping) && (
            <div className="target-unit">
              <span className="field-label">{t('imports.mapping.unit')}</span>
              <UnitSelect
                units={unitChoices}
                value={target.unitId ?? null}
                onChange={(unitId) => wizard.setTarget({ ...target, unitId })}
                label={t('imports.mapping.unit')}
                testId="target-unit"
              />
              <p className="muted">{t('imports.mapping.unitHint')}</p>
            </div>
          )}
          <h3>{t('imports.mapping.rows')}</h3>
          <div className="form-grid">
            <RowNumberField
              label={t('imports.mapping.headerRow')}
              testId="mapping-header-row"
              value={mapping.headerRow}
              onChange={(n) => n !== null && setRows({ headerRow: n })}
            />
            <RowNumberField
              label={t('imports.mapping.dataStartRow')}
              testId="mapping-data-start"
              value={mapping.dataStartRow}
              onChange={(n) => n !== null && n >= 1 && setRows({ dataStartRow: n })}
            />
            <RowNumberField
              label={t('imports.mapping.dataEndRow')}
              testId="mapping-data-end"
              value={mapping.dataEndRow}
              optional
              onChange={(n) => setRows({ dataEndRow: n !== null && n >= 1 ? n : null })}
            />
          </div>
          {mapping.headerRow === 0 && <p className="muted">{t('imports.mapping.noHeaderRow')}</p>}
        </section>
      </div>

      {problems.length > 0 && (
        <ul className="mapping-problems" data-testid="mapping-problems">
          {problems.map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ul>
      )}
      <StepActions
        busy={busy}
        onBack={wizard.back}
        label={t(inspection?.format === 'paste' ? 'imports.mapping.readPaste' : 'imports.mapping.read')}
        testId="import-next"
        disabled={problems.length > 0}
        onNext={() => void wizard.stage()}
        {...(problems.length > 0 ? { hintId: 'mapping-blocked-reason' } : {})}
      >
        {/* (why the button is off, beside it: the list above may be under the sticky bar —
            round 74, "Hãy nhập năm" was out of sight) */}
        {problems.length > 0 && (
          <span
            className="step-actions-reason"
            id="mapping-blocked-reason"
            data-testid="mapping-blocked-reason"
          >
            {problems.length > 1
              ? t('imports.mapping.blockedMore', { reason: t(problems[0]!), n: problems.length - 1 })
              : t(problems[0]!)}
          </span>
        )}
      </StepActions>
    </div>
  );
}

function RowNumberField(props: {
  label: string;
  testId: string;
  value: number | null;
  optional?: boolean;
  onChange: (n: number | null) => void;
}) {
  // Typed text is kept while it is not a number yet; the mapping only ever holds numbers. A value
  // that changes from outside (another sheet read, a remembered layout) replaces the text.
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    if (toInt(text) !== props.value) setText(props.value === null ? '' : String(props.value));
  }
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="text"
        inputMode="numeric"
        data-testid={props.testId}
        value={text}
        maxLength={7}
        onChange={(e) => {
          setText(e.target.value);
          const n = toInt(e.target.value);
          if (n !== null || (props.optional && e.target.value.trim() === '')) props.onChange(n);
        }}
      />
    </label>
  );
}

/**
 * A period column's period, typed: taken on Enter or when the field is left (not at each key, so a
 * half-typed "09/20" does not restage); Esc puts the period back.
 */
function ColumnPeriodInput(props: {
  period: string;
  label: string;
  testId: string;
  onChange: (period: string) => void;
}) {
  const { t } = useI18n();
  // (shown as reports write it, "Tháng 9/2024", not the store's "2024-09": either is read)
  const shown = periodLabel(props.period, t);
  const [text, setText] = useState(shown);
  const take = () => {
    const typed = text.trim();
    if (typed && typed !== shown) props.onChange(typed);
    else setText(shown);
  };
  return (
    <label className="col-period">
      <span>{t('imports.mapping.columnPeriod')}</span>
      <input
        type="text"
        maxLength={50}
        aria-label={props.label}
        data-testid={props.testId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={take}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            take();
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setText(shown);
          }
        }}
      />
    </label>
  );
}

/**
 * The table's default period, shown as reports write it ("Quý II/2024" for the store's
 * "2024-04..2024-06" a title gave; round 82 left it in the store's form) and taken as typed at
 * each key: the import reads either form (session.ts typedPeriod). A period set from elsewhere —
 * another file analysed, a year chosen — is shown afresh.
 */
function TargetPeriodInput(props: { period: string | null; onChange: (period: string | null) => void }) {
  const { t } = useI18n();
  const shown = (p: string | null) => (p === null ? '' : periodLabel(p, t));
  const [text, setText] = useState(() => shown(props.period));
  const typed = useRef(props.period);
  useEffect(() => {
    if (props.period === typed.current) return;
    typed.current = props.period;
    setText(shown(props.period));
    // (a period typed is not re-worded under the analyst's fingers: only one set from elsewhere)
  }, [props.period]);
  return (
    <input
      type="text"
      data-testid="target-period"
      maxLength={50}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        typed.current = e.target.value.trim() || null;
        props.onChange(typed.current);
      }}
    />
  );
}
