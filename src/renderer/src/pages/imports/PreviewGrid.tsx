// The preview of an import in AG Grid (set up as the Rankings grid is): one row per table row
// with its status, one column per indicator value/rank, and old → new where a value changes.
import { useEffect, useMemo, useRef } from 'react';
import { AllCommunityModule, ModuleRegistry, type ColDef, type ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { Language } from '../../../../shared/domain';
import { formatNumber, formatScore } from '../../../../shared/format';
import type { ImportKind, ImportProblem, PreviewCell, PreviewRow } from '../../../../shared/importSession';
import { previewValueLabel } from '../../../../shared/imports/previewLabels';
import { useI18n } from '../../i18n/I18nContext';
import { gridLocaleText } from '../../rankings/gridLocale';
import { gridTheme } from '../../rankings/gridTheme';

ModuleRegistry.registerModules([AllCommunityModule]);

/**
 * Value columns shown apart at most when no row fills half of them (a long table's KPIs × periods,
 * a province's report of KPIs × quarters: a sparse diagonal, rows that look empty with their values
 * off to the right — round 74); more share one column.
 */
const MAX_VALUE_COLUMNS = 8;
const COMPACT_COLUMN = 'values';

const cellId = (c: Pick<PreviewCell, 'indicator' | 'field' | 'period'>) =>
  `${c.indicator}|${c.field}|${c.period}`;

/**
 * The value columns of the rows shown, one per indicator, field and period, in the file's column
 * order whichever row shows a column first (a view of the rows that change put "DTI – Điểm" last
 * when its first row changed a pillar: round 76); a long table's, all of one file column, as met.
 */
export function valueColumns(rows: readonly PreviewRow[]): Map<string, PreviewCell> {
  const seen = new Map<string, PreviewCell>();
  for (const r of rows) for (const c of r.cells) if (!seen.has(cellId(c))) seen.set(cellId(c), c);
  return new Map([...seen.entries()].sort(([, a], [, b]) => (a.col ?? 1e9) - (b.col ?? 1e9)));
}

function formatValue(v: number | null, c: PreviewCell, kind: ImportKind, lang: Language): string {
  if (v === null) return '—';
  if (c.field === 'rank') return String(v);
  return kind === 'ranking' ? formatScore(v, lang) : formatNumber(v, lang, 4);
}

/** The problem of each file cell (`row:col`), an error before a warning, with its text and the cell's. */
type CellProblem = { severity: ImportProblem['severity']; text: string; value: string | null };
type CellProblems = ReadonlyMap<string, CellProblem>;
const problemAt = (problems: CellProblems, row: number | undefined, col: number | undefined) =>
  row !== undefined && col !== undefined ? problems.get(`${row}:${col}`) : undefined;

/** The problems placed at a cell, by `keyOf` (null: not marked), an error before a warning. */
function problemsBy<K>(
  problems: readonly ImportProblem[],
  lang: Language,
  keyOf: (p: ImportProblem & { row: number; col: number }) => K | null,
): Map<K, CellProblem> {
  const out = new Map<K, CellProblem>();
  for (const p of problems) {
    if (p.row === null || p.col === null) continue;
    const key = keyOf(p as ImportProblem & { row: number; col: number });
    if (key === null || out.get(key)?.severity === 'error') continue;
    out.set(key, { severity: p.severity, text: lang === 'vi' ? p.textVi : p.textEn, value: p.value });
  }
  return out;
}

function DiffCell({
  cell,
  kind,
  problem,
}: {
  cell: PreviewCell | undefined;
  kind: ImportKind;
  problem?: CellProblem | undefined;
}) {
  const { t, lang } = useI18n();
  // A cell refused as it is written ("mười" for a rank): shown as the file has it, marked.
  if (!cell)
    return problem ? (
      <span className="diff diff-problem" title={problem.text}>
        {problem.value ?? '—'}
      </span>
    ) : null;
  if (cell.status === 'changed')
    return (
      // (a problem of the cell is said where the eye is, on hover; the list above says it in full)
      <span className={`diff diff-changed${problem ? ' diff-problem' : ''}`} title={problem?.text}>
        {/* (the analyst's own correction, which the file's value replaces) */}
        {cell.edited && (
          <span className="diff-edited" title={t('imports.preview.handEditedHint')}>
            {t('imports.preview.handEdited')}
          </span>
        )}
        <span className="diff-old">{formatValue(cell.old, cell, kind, lang)}</span>
        {' → '}
        <span className="diff-new">{formatValue(cell.new, cell, kind, lang)}</span>
      </span>
    );
  if (problem)
    return (
      <span className="diff diff-problem" title={problem.text}>
        {formatValue(cell.new, cell, kind, lang)}
      </span>
    );
  return <span className={`diff diff-${cell.status}`}>{formatValue(cell.new, cell, kind, lang)}</span>;
}

export function PreviewGrid({
  rows,
  kind,
  problems = [],
  shown,
  changes = false,
}: {
  rows: PreviewRow[];
  kind: ImportKind;
  /**
   * The rows shown are those that change: a column beside the status lists each row's changes
   * named, old → new (round 74: a ranking's changed pillar score sat far to the right, out of view).
   */
  changes?: boolean;
  /** The preview's problems: a value cell one is about is marked, with its text. */
  problems?: readonly ImportProblem[];
  /** A row to bring into view and focus (a problem on it was clicked); seq repeats it. */
  shown?: { row: number; col: number | null; seq: number } | null;
}) {
  const { t, lang } = useI18n();
  const grid = useRef<AgGridReact<PreviewRow>>(null);
  const host = useRef<HTMLDivElement>(null);
  // The grid column of each file column that feeds exactly one (a ranking table's): a refused
  // cell of that file column is shown there. File columns feeding several (a long table's value
  // column) have none.
  const idOfCol = useMemo(() => {
    const ids = new Map<number, Set<string>>();
    for (const r of rows)
      for (const c of r.cells)
        if (c.col !== undefined) (ids.get(c.col) ?? ids.set(c.col, new Set()).get(c.col)!).add(cellId(c));
    return new Map([...ids].flatMap(([col, s]) => (s.size === 1 ? [[col, [...s][0]!] as const] : [])));
  }, [rows]);
  // (a long table's values in one column — many columns, each row filling few of them: see
  // compactColumn; a wide table of 30 KPIs fills each row's 30 and keeps its columns)
  const compact = useMemo(() => {
    const ids = new Set(rows.flatMap((r) => r.cells.map(cellId)));
    const widest = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
    return ids.size > MAX_VALUE_COLUMNS && ids.size >= 2 * widest;
  }, [rows]);
  const compactNow = useRef(compact);
  compactNow.current = compact;
  const idOfColNow = useRef(idOfCol);
  idOfColNow.current = idOfCol;
  useEffect(() => {
    const api = grid.current?.api;
    const node = shown ? api?.getRowNode(String(shown.row)) : undefined;
    if (!api || !node || node.rowIndex === null) return;
    // (the grid's middle in the window's: its lower edge may sit under the step's buttons, which stay
    // at the window's foot — a row scrolled there was half hidden, round 73)
    host.current?.scrollIntoView({ block: 'center' });
    api.ensureNodeVisible(node, 'middle');
    // and sideways to the value the problem is about (read from the file's column), else the
    // row's first: a KPI table has a grid column per indicator and period
    const cells = node.data?.cells ?? [];
    const at = cells.find((c) => c.col === shown!.col);
    // (a value refused as written is not among the row's cells: its column is the file column's)
    const refused = !at && shown!.col !== null ? idOfColNow.current.get(shown!.col) : undefined;
    const cell = at ?? cells[0];
    const columnOf = (c: PreviewCell) => (compactNow.current ? COMPACT_COLUMN : cellId(c));
    if (refused) api.ensureColumnVisible(refused, 'middle');
    else if (cell) api.ensureColumnVisible(columnOf(cell), 'middle');
    // Focus moves to the value the problem is about (else the row's name: a problem of the unit
    // or of the row) and that cell flashes once; keyboard users go on from there.
    const colId = at ? columnOf(at) : (refused ?? 'label');
    const rowIndex = node.rowIndex;
    api.setFocusedCell(rowIndex, colId, node.rowPinned ?? null);
    api.flashCells({ rowNodes: [node], columns: [colId] });
    // The grid gives the keyboard's focus only to a cell it has drawn: one just scrolled to is drawn
    // a frame or two later — focused then (round 81: the link kept the focus, the grid's frame moved)
    let frames = 10;
    const focusWhenDrawn = () => {
      const drawn = host.current?.querySelector<HTMLElement>(
        `.ag-row[row-id="${CSS.escape(String(shown!.row))}"] .ag-cell[col-id="${CSS.escape(colId)}"]`,
      );
      if (drawn) {
        if (!drawn.contains(document.activeElement))
          api.setFocusedCell(rowIndex, colId, node.rowPinned ?? null);
      } else if (frames-- > 0) requestAnimationFrame(focusWhenDrawn);
    };
    requestAnimationFrame(focusWhenDrawn);
    // (only a new problem clicked moves the grid: not new rows after a re-read)
  }, [shown]);
  const localeText = useMemo(() => gridLocaleText(t, lang), [t, lang]);
  // The grid is made anew in the other language (its texts are set when it is made): where the
  // analyst was — the first row in view, the focused cell's row — is kept across.
  const place = useRef<{ top: number; focusedRow: number | null }>({ top: 0, focusedRow: null });
  const cellProblems = useMemo(
    (): CellProblems => problemsBy(problems, lang, (p) => `${p.row}:${p.col}`),
    [problems, lang],
  );
  // A problem of a row's own cells that are no value (the unit's name: a unit repeated, not
  // matched) is marked on the row's name.
  const labelProblems = useMemo(
    () => problemsBy(problems, lang, (p) => (idOfCol.has(p.col) ? null : p.row)),
    [problems, lang, idOfCol],
  );

  const columnDefs = useMemo((): ColDef<PreviewRow>[] => {
    const valueCols = valueColumns(rows);
    // (columns with an old → new to show are wider: "0,6700 → 0,6600" must not be cut)
    const changedCols = new Set<string>();
    for (const r of rows) for (const c of r.cells) if (c.status === 'changed') changedCols.add(cellId(c));
    // (a row number of six digits or seven, far down a long file, shown whole)
    const digits = String(rows.reduce((m, r) => Math.max(m, r.row), 0)).length;
    const valueDefs = compact ? [compactColumn()] : columnsOf(valueCols, changedCols);
    return [
      {
        colId: 'row',
        headerName: t('imports.preview.col.row'),
        field: 'row',
        width: Math.max(64, 28 + 9 * digits),
        pinned: 'left',
        type: 'numericColumn',
      },
      {
        colId: 'label',
        headerName: t('imports.preview.col.label'),
        // (a KPI's row of one unit's report says its KPI: the unit is the next column)
        valueGetter: (p) => p.data?.itemLabel ?? p.data?.unitLabel ?? '',
        width: 160,
        pinned: 'left',
        cellClass: (p) => {
          const problem = p.data ? labelProblems.get(p.data.row) : undefined;
          return problem ? `cell-problem cell-problem-${problem.severity}` : undefined;
        },
        // (the problem of the row, else the name whole: a KPI's name is longer than the column)
        tooltipValueGetter: (p) =>
          p.data ? (labelProblems.get(p.data.row)?.text ?? p.data.itemLabel ?? p.data.unitLabel) : undefined,
      },
      {
        // (pinned with the name in the file: the unit is what the analyst reads beside a value
        // the grid scrolled to, from a problem's cell link too)
        colId: 'unit',
        headerName: t('imports.preview.col.unit'),
        // (wider for a unit named with "(trước 01/07/2025)")
        width: rows.some((r) => r.formerUnit) ? 220 : 140,
        pinned: 'left',
        valueGetter: (p) =>
          p.data?.unitName
            ? p.data.formerUnit
              ? `${p.data.unitName} ${t('unit.formerSuffix')}`
              : p.data.unitName
            : '',
      },
      {
        colId: 'status',
        headerName: t('imports.preview.col.status'),
        width: 120,
        valueGetter: (p) => (p.data ? t(`imports.status.${p.data.status}`) : ''),
        cellClass: (p) => (p.data ? `status-cell status-${p.data.status}` : undefined),
      },
      ...(changes && !compact ? [namedValuesColumn('changes')] : []),
      ...valueDefs,
    ];

    /** A grid column per indicator (and period) of the rows shown. */
    function columnsOf(valueCols: Map<string, PreviewCell>, changedCols: Set<string>): ColDef<PreviewRow>[] {
      return [...valueCols.entries()].map(([id, sample]): ColDef<PreviewRow> => ({
        colId: id,
        headerName: previewValueLabel(sample, kind, t),
        minWidth: changedCols.has(id) ? 190 : 130,
        flex: 1,
        sortable: false,
        // The text the grid copies and reads out; the renderer draws old → new.
        valueGetter: (p) => {
          const c = p.data?.cells.find((x) => cellId(x) === id);
          return c ? formatValue(c.new, c, kind, lang) : '';
        },
        cellClass: (p) => {
          const cell = p.data?.cells.find((x) => cellId(x) === id);
          const problem = problemAt(cellProblems, p.data?.row, cell?.col ?? sample.col);
          return problem && (cell || idOfCol.get(sample.col ?? -1) === id)
            ? `cell-problem cell-problem-${problem.severity}`
            : undefined;
        },
        cellRenderer: (p: ICellRendererParams<PreviewRow>) => {
          const cell = p.data?.cells.find((x) => cellId(x) === id);
          // (no cell: a value refused as written, when this column is its file column's only one)
          const refused = !cell && idOfCol.get(sample.col ?? -1) === id;
          const problem =
            cell || refused ? problemAt(cellProblems, p.data?.row, cell?.col ?? sample.col) : undefined;
          return <DiffCell cell={cell} kind={kind} problem={problem} />;
        },
      }));
    }

    /**
     * A long table's rows shown together, each holding a value of another KPI and period (a
     * thousand columns, one cell filled per row: the old → new of "Có thay đổi" lost far to the
     * right, round 73): one column, each row's values named.
     */
    function compactColumn(): ColDef<PreviewRow> {
      return namedValuesColumn('all');
    }

    /** A value's name in its row: without the KPI when the row is the KPI's (a province's report). */
    function nameIn(c: PreviewCell, r: PreviewRow | undefined): string {
      return previewValueLabel(c, kind, t, r?.itemLabel);
    }

    /** Each row's values (or its changed ones only) in one column, each named. */
    function namedValuesColumn(which: 'all' | 'changes'): ColDef<PreviewRow> {
      const cellsOf = (r: PreviewRow | undefined) =>
        (r?.cells ?? []).filter((c) => which === 'all' || c.status === 'changed');
      return {
        colId: which === 'all' ? COMPACT_COLUMN : 'changes',
        headerName: t(which === 'all' ? 'imports.preview.col.values' : 'imports.preview.col.changes'),
        minWidth: which === 'all' ? 420 : 320,
        ...(which === 'all' ? { flex: 1 } : { width: 360 }),
        // (the row as tall as its values: cut at the cell's edge, a KPI's long name left its value
        // out of sight — round 75)
        wrapText: true,
        autoHeight: true,
        sortable: false,
        valueGetter: (p) =>
          cellsOf(p.data)
            .map((c) => `${nameIn(c, p.data)}: ${formatValue(c.new, c, kind, lang)}`)
            .join(' · '),
        cellClass: (p) => {
          const problem = cellsOf(p.data)
            .map((c) => problemAt(cellProblems, p.data?.row, c.col))
            .find((x) => x !== undefined);
          return problem ? `cell-problem cell-problem-${problem.severity}` : undefined;
        },
        cellRenderer: (p: ICellRendererParams<PreviewRow>) => (
          <span className="preview-values" title={String(p.value ?? '')}>
            {cellsOf(p.data).map((c, i) => (
              <span key={cellId(c)} className="preview-value">
                {i > 0 && <span className="muted"> · </span>}
                <span className="muted">{nameIn(c, p.data)}: </span>
                <DiffCell cell={c} kind={kind} problem={problemAt(cellProblems, p.data?.row, c.col)} />
              </span>
            ))}
          </span>
        ),
      };
    }
  }, [rows, kind, t, lang, cellProblems, labelProblems, idOfCol, compact, changes]);

  return (
    <div
      ref={host}
      className="grid-host preview-grid"
      role="region"
      aria-label={t('imports.preview.grid')}
      data-testid="import-preview-grid"
    >
      <AgGridReact<PreviewRow>
        ref={grid}
        key={lang}
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{
          sortable: true,
          resizable: true,
          wrapHeaderText: true,
          autoHeaderHeight: true,
        }}
        getRowId={(p) => String(p.data.row)}
        // A read-only preview of thousands of cells: Tab goes on to the step's buttons (arrows move
        // between cells and headers) instead of stopping at every cell or column header.
        tabToNextCell={() => false}
        tabToNextHeader={() => false}
        rowClassRules={{
          'row-error': (p) => p.data?.status === 'error',
          'row-skipped': (p) => p.data?.status === 'skipped' || p.data?.status === 'empty',
        }}
        localeText={localeText}
        onBodyScrollEnd={(e) => (place.current.top = e.api.getFirstDisplayedRowIndex())}
        onCellFocused={(e) => (place.current.focusedRow = e.rowIndex)}
        onFirstDataRendered={(e) => {
          const { top, focusedRow } = place.current;
          if (top > 0) e.api.ensureIndexVisible(top, 'top');
          // (in view again, not focused: the keyboard stays on the language switch just pressed)
          if (focusedRow !== null) e.api.ensureIndexVisible(focusedRow);
        }}
        ensureDomOrder
        animateRows={false}
      />
    </div>
  );
}
