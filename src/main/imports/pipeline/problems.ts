// Validation messages: each names file, sheet, row, column (header) and value, in Vietnamese and
// English, so the analyst can go straight to the cell in Excel. Texts: src/shared/i18n (problem.*).
import type { MessageKey } from '../../../shared/i18n';
import { cellRef } from '../../../shared/imports/cellAddress';
import { placedMessage, type MessageParam } from '../../../shared/imports/place';
import type { ImportProblem, ProblemSeverity } from '../../../shared/importSession';

/** Problems kept for display; counting goes on past this. */
export const MAX_PROBLEMS = 500;

export interface Where {
  file: string;
  sheet: string | null;
  row?: number | null;
  col?: number | null;
  header?: string | null;
  value?: unknown;
}

export const PROBLEM_CODES = [
  'notANumber',
  'scoreRange',
  'rankRange',
  'rankNotInteger',
  'rankInconsistent',
  /** An excerpt's score and rank out of order with the stored ranking's units it does not list: a slip? */
  'rankInconsistentWithStored',
  'excerpt',
  'storedNotInFile',
  'sideBySide',
  'emptyKeepsStored',
  /** A rank cell left empty beside a score: stored without its rank (a tie copied from a merged cell?). */
  'rankMissing',
  'duplicateUnit',
  'duplicateKpi',
  'missingUnits',
  'formulaMismatch',
  'yearContradicts',
  'yearOtherThanFileName',
  'groupContradicts',
  'unitUnmatched',
  /** More unknown names than questions asked at once: the unit column is likely not one. */
  'tooManyUnitQuestions',
  'unitAmbiguous',
  'unknownColumn',
  /** A column holding what another column is imported for ("Điểm DTI 2021" beside "Điểm DTI"): set aside. */
  'duplicateColumn',
  'noUnitColumn',
  'noValueColumn',
  'emptySheet',
  'noYear',
  'noGroup',
  'noIndicator',
  'kpiNamedAsIndex',
  /** A KPI named as one the store has in another unit: imported as another KPI, named with its unit. */
  'kpiOtherUnit',
  /** A new KPI named as a stored one but for a filler word ("được", "của"): its series apart, said. */
  'kpiNearName',
  'noPeriod',
  'badPeriod',
  /** A running total beside its months that is not their sum (a count's; a warning at the total). */
  'runningTotalOffMonths',
  /** A text file ending inside a data row short of its header, without a line break: cut? */
  'fileEndsMidRow',
  /** KPI values ~1000× (10⁶, 10⁹) or as many times less than the stored ones they replace: another unit? */
  'scaleJump',
  'unitByRememberedAnswer',
  /** The period column's dates are written month first ("1/31/2024"): read so, said once. */
  'periodMonthFirst',
  'ambiguousNumber',
  /** A count's number that reads two ways ("541.685" hồ sơ) read whole, whatever the marks: said once. */
  'countReadWhole',
  'rankOfMismatch',
  'unitCodeConflict',
  /** A --unit code naming another unit in the other list ("15": Yên Bái of the 63, Lào Cai of the 34). */
  'unitCodeOtherList',
  /** A unit code that is none of the list's ("99 | Hà Nội", an old template's): the name decides, said once. */
  'unitCodeUnknown',
  'unitEmpty',
  'columnYearContradicts',
  'sheetYearContradicts',
  'splitDecimal',
  'formulaError',
  'formulaNoValue',
  'hiddenColumn',
  'periodNeedsYear',
  'unitsAcross',
  'nextTable',
  'mergedValue',
  'noDataCells',
  'valueWithoutHeader',
  'noTableIndicator',
  'noTablePeriod',
  'percentRange',
  /** "87.975%" in a column that writes "99,5%": read 87.975 (87975% cannot be), said once per column. */
  'percentReadInRange',
  /** Numbers that read two ways, read with the decimal mark chosen for their column (remembered too). */
  'decimalMarkApplied',
  /** KPI values written with their unit ("12 tổ"): read, and the unit said once per column. */
  'unitInCell',
  /** A value written with a unit other than its indicator's ("2,5 tỷ" for an indicator in đồng). */
  'unitInCellMismatch',
  /** "12,5 nghìn" for an indicator with no unit: a scale word, read only when the header says it. */
  'unitInCellScale',
  'summaryRow',
  /** A line of text alone in a row inside the table ("Nhóm các tỉnh từ hạng 21"): skipped. */
  'sectionRow',
  'hiddenRow',
  /** The sheet read is hidden in Excel (chosen by name): often an old draft; said. */
  'hiddenSheet',
  'noMethodology',
  /** A "Thành phố"/"Tỉnh" prefix (or "City"/"Province" suffix) the unit's kind contradicts. */
  'unitPrefixMismatch',
  /** A KPI value whose period the unit list cannot hold (63 units after June 2025, 34 before July). */
  'periodOutsideList',
  /** Ranks that do not skip after a tie (15, 15, 16): not the ministry's competition ranks. */
  'rankNotCompetition',
  'replacesHandEdits',
  /** A value (a KPI's, a score) the file changes without a rank: the rank stored ranked the old value (kept, said). */
  'rankOfOldValue',
  /** A rank of an excerpt held in the stored ranking by a unit the file does not list (a region's own ranks?). */
  'rankHeldByOther',
  'rowsOfOtherYears',
  /** The chosen sheet has no table; a hidden sheet has one. */
  'tableOnHiddenSheet',
  /** A column of plan targets ("Kế hoạch năm 2024"), set aside: targets are not imported yet. */
  'planTargetColumn',
  /** A column mapped to a field the table's kind does not read (a KPI's figures in a ranking). */
  'columnOfOtherKind',
  /** A ranking whose title or sheet names the DTI of districts, communes or ministries. */
  'notProvincesRanked',
  /** A CSV header cell split in two by its unquoted delimiter ("Tỉnh, thành phố"), joined back. */
  'headerSplit',
  /** A value written in another scale of its KPI's unit ("213.000 triệu đồng" in tỷ đồng), converted. */
  'unitInCellScaled',
  /** A KPI title of one period over periods outside it ("QUÝ III/2025" over "Tháng 10"). */
  'periodsOutsideTitle',
  /** A value column of estimates ("Ước thực hiện năm 2024"): stored as the period's value, said. */
  'estimateColumn',
  /** A ranking group the year cannot have: 63 units from 2025 on, 34 before 2024. */
  'groupYearContradicts',
  /** A 63-list unit that merged on 01/07/2025, named in an import on the 34-unit list. */
  'unitMerged',
  /** A KPI period that runs across 01/07/2025 for a unit of the 63-unit list. */
  'periodSpansMerger',
  /** KPI rows whose period is on the other side of 01/07/2025 were matched on that side's list. */
  'listFollowsPeriod',
  /** Other sheets of the workbook hold tables this import does not read. */
  'otherSheetsWithTables',
  /** The import's year is none of the years of the file's periods. */
  'yearNotInPeriods',
  /** Nothing to import: no row under the header, or rows whose value cells are all empty. */
  'noData',
  /** KPI values written with a mark after the number ("95*"): stored without it, said per column. */
  'valueMark',
  /** Every value of a KPI in % between 0 and 1: ratios typed for percentages? Said once. */
  'percentFraction',
  /** The same file and sheet was imported before (and not undone): said, with which import. */
  'alreadyImported',
  /** A count ("tổ", "người") below zero or with a fraction: read, said once per column. */
  'countNotWhole',
  /** The title or sheet names a pillar, another index or a self-assessment over the DTI's columns: said. */
  'namedOtherThanDti',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const CONTROL_SHOWN = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function showValue(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  // A carriage return alone or another control character in a cell is shown, not swallowed:
  // "0.8002\r2" must not read as the number "0.80022" (U+2400…: their pictures, "␍").
  // A number cell as Excel shows it, to 15 significant digits: 0.57×100 is "57", not
  // "56.99999999999999" (round 81).
  const text = typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(15))) : String(v);
  const s = text.replace(CONTROL_SHOWN, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
  return s.length > 80 ? s.slice(0, 77) + '…' : s;
}

export function problem(
  severity: ProblemSeverity,
  code: ProblemCode,
  where: Where,
  params: Record<string, MessageParam> = {},
): ImportProblem {
  const row = where.row ?? null;
  const col = where.col ?? null;
  const value = showValue(where.value);
  const key = `problem.${code}` as MessageKey;
  return {
    severity,
    code,
    file: where.file,
    sheet: where.sheet,
    row,
    col,
    cell: row !== null && col !== null ? cellRef(row, col) : null,
    header: where.header ?? null,
    value,
    ...messages(where, key, () => params, value),
  };
}

/**
 * A problem's four texts: the full message in each language (file, sheet, cell: what the CLI
 * prints) and the same without file and sheet (what the wizard lists under their names).
 */
export function messages(
  where: Where,
  key: MessageKey,
  params: (lang: 'vi' | 'en') => Record<string, MessageParam>,
  value: string | null,
): Pick<ImportProblem, 'messageVi' | 'messageEn' | 'textVi' | 'textEn'> {
  // A number cell is quoted as the analyst's Excel shows it: "1,2" in Vietnamese, "1.2" in English.
  // (A text cell is quoted as typed, whatever its decimal mark.)
  const vi = typeof where.value === 'number' && value !== null ? value.replace('.', ',') : value;
  return {
    messageVi: placedMessage('vi', where, key, params('vi'), vi),
    messageEn: placedMessage('en', where, key, params('en'), value),
    textVi: placedMessage('vi', where, key, params('vi'), vi, false),
    textEn: placedMessage('en', where, key, params('en'), value, false),
  };
}

/** A problem under an existing code whose text says more than the code's own (why a name is refused). */
export function problemSaying(
  severity: ImportProblem['severity'],
  code: ProblemCode,
  text: MessageKey,
  where: Where,
  params: Record<string, MessageParam>,
): ImportProblem {
  const p = problem(severity, code, where, params);
  return { ...p, ...messages(where, text, () => params, p.value) };
}

/**
 * Cells one warning is about: how many, the first (the warning's link) and the first ten by
 * address, "…" beyond.
 */
export class SaidCells {
  static readonly LISTED = 10;
  n = 0;
  first: { row: number; col: number | null } | null = null;
  private readonly cells: string[] = [];

  add(row: number, col: number | null): void {
    this.n++;
    this.first ??= { row, col };
    if (col !== null && this.cells.length <= SaidCells.LISTED) this.cells.push(cellRef(row, col));
  }

  listed(): string {
    return this.cells.length > SaidCells.LISTED
      ? `${this.cells.slice(0, SaidCells.LISTED).join(', ')}, …`
      : this.cells.join(', ');
  }
}
