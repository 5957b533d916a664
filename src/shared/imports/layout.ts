// What layout detection proposes for a table, as plain data for the wizard's mapping step.
import type { ColumnField } from './fields';

export interface ColumnMapping {
  /** 1-based column number. */
  col: number;
  /** The header as shown to the user (two-row headers joined with " / "). */
  header: string;
  mapping: ColumnField;
  /** 0..1: 1 = exact known header, ~0.8 = recognised abbreviation/English, <0.6 = a guess. */
  confidence: number;
  /** Why a column is ignored ("unknown", "duplicate of C", "derived"), for the report. */
  note?: string;
  /**
   * Set aside as a duplicate of another column of the same header whose values differ (two
   * visible "Điểm DTI" columns): which one is meant is the analyst's call.
   */
  differs?: boolean;
  /**
   * The decimal mark the analyst chose for this column's numbers. It decides only the numbers
   * that read both ways ("912,687", "87.975"); without it the column's other numbers, then the
   * file's, decide (and a warning says so when nothing tells).
   */
  decimalMark?: DecimalMark;
  /**
   * The year the column is for when its header does not say it but its place does: a bare
   * "Hạng" right after "Điểm DTI 2021" is the 2021 rank.
   */
  year?: number;
}

export type DecimalMark = '.' | ',';

export type TableKind = 'ranking' | 'kpi-long' | 'kpi-wide-period' | 'kpi-wide-indicator' | 'unknown';

export interface TitleHints {
  /** Year read from a title row ("NĂM 2022"). */
  year?: number;
  /**
   * The year a ranking's title gives: its dates and the years it says it was published or updated
   * in are not the ranking's ("công bố ngày 26/6/2023"; the DTI of 2022). A ranking takes this one.
   */
  rankingYear?: number;
  /** A ranking's title's date or year of publication, set aside (rankingYear): said when no year is chosen. */
  publishedYear?: number;
  /** Ranking group read from a title ("63 tỉnh, thành phố", "34 tỉnh"). */
  group?: 63 | 34;
  titles: string[];
  footnotes: string[];
}

export interface LayoutProposal {
  /** 1-based rows that make up the header (one or two). */
  headerRows: number[];
  titleRows: number[];
  /** 1-based rows holding data, in order (blank rows and footnotes excluded). */
  dataRows: number[];
  blankRows: number[];
  footnoteRows: number[];
  columns: ColumnMapping[];
  /** Columns mapped to `ignore`, repeated here so the UI can list them ("kept aside"). */
  ignored: { col: number; header: string; note: string }[];
  kind: TableKind;
  titleHints: TitleHints;
  /** Stable hash of the normalised headers: remembers a confirmed mapping for the same layout. */
  signature: string;
  /** Mean confidence of the mapped (non-ignored) columns. */
  confidence: number;
}
