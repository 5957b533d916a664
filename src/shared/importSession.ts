// Types of an import session as the wizard, the CLI and the IPC contract see it:
// mapping → unit questions → validation problems → preview → commit → history/undo.
import type { ColumnMapping } from './imports/layout';
import type { CellRange, RawCell } from './imports/types';

export type { ColumnMapping };

export type ImportKind = 'ranking' | 'kpi';

export interface ImportMapping {
  /** 1-based row of the (last) header row. */
  headerRow: number;
  /** 1-based first and last data rows (last null: to the end of the sheet). */
  dataStartRow: number;
  dataEndRow: number | null;
  columns: ColumnMapping[];
}

export interface ImportTarget {
  kind: ImportKind;
  /** The ranking year, or the default period year of a KPI table without a period column. */
  year: number | null;
  /** Ranking group (63 or 34); for KPI tables, which code list the unit names belong to. */
  group: 63 | 34 | null;
  /** Default period of a KPI table without a period column (e.g. "2022"). */
  period?: string | null;
  /** The unit every row belongs to, for a table without a unit column (a sheet per province). */
  unitId?: number | null;
  /**
   * The KPI every value belongs to, for a table without an indicator column (one column per
   * period, the indicator named in the title or sheet name).
   */
  indicator?: string | null;
}

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  code: string;
  file: string;
  sheet: string | null;
  row: number | null;
  col: number | null;
  /** "C7" */
  cell: string | null;
  header: string | null;
  value: string | null;
  messageVi: string;
  messageEn: string;
  /**
   * The same without the file and sheet ("ô A2 (dòng 2, cột A: Xếp hạng DTI): …"): for the
   * wizard, which names them once above the list.
   */
  textVi: string;
  textEn: string;
}

export interface UnitCandidate {
  unitId: number;
  code: string;
  name: string;
}

export interface UnitQuestion {
  label: string;
  kind: 'unmatched' | 'ambiguous';
  rows: number[];
  /** For ambiguous names the matching units; for unmatched all units of the code list. */
  candidates: UnitCandidate[];
  /** Why a name close to a unit is not taken for it ("(mới)" on the 63-unit list, a merged unit…). */
  reason?: { vi: string; en: string };
  /**
   * Units whose names are a letter or two from the label ("Kon Tumm": Kon Tum), offered as "Có
   * phải …?" — an answer only when the analyst takes it, never a guess.
   */
  suggestions?: UnitCandidate[];
  /**
   * What else the first of `rows` holds, so the analyst can tell which unit the name means: up to
   * six mapped columns with a value, as written in the file (texts cut at about 40 characters).
   */
  values?: QuestionValue[];
}

/** One cell of a unit question's row: its column, the header as shown, the value as read. */
export interface QuestionValue {
  col: number;
  header: string;
  value: string | number | boolean;
}

/** The user's answer to a unit question: a unit (remembered as an alias) or skip the rows. */
export interface UnitAnswer {
  label: string;
  unitId: number | null;
}

export type CellDiffStatus = 'new' | 'changed' | 'unchanged';

export interface PreviewCell {
  key: string;
  indicator: string;
  field: 'value' | 'rank';
  period: string;
  old: number | null;
  new: number | null;
  status: CellDiffStatus;
  /** The file's column the value was read from (a problem there leads to this cell). */
  col?: number;
  /** The old value is a hand edit in effect, which this import replaces. */
  edited?: boolean;
}

export interface PreviewRow {
  row: number;
  unitLabel: string;
  /** What the row names when not its unit: a KPI's row of one unit's report ("Tỷ lệ … (%)"). */
  itemLabel?: string;
  unitId: number | null;
  unitName: string | null;
  /** The unit is one of the 63 in an import reaching past 01/07/2025 (shown "… (trước 01/07/2025)"). */
  formerUnit?: true;
  /** 'empty': a row whose value cells hold nothing to import (empty, "-", N/A). */
  status: CellDiffStatus | 'error' | 'skipped' | 'empty';
  cells: PreviewCell[];
}

export interface ImportCounts {
  rows: number;
  skippedRows: number;
  observations: number;
  new: number;
  changed: number;
  unchanged: number;
  errors: number;
  warnings: number;
}

export interface ImportPreview {
  file: string;
  sheet: string | null;
  target: ImportTarget;
  counts: ImportCounts;
  problems: ImportProblem[];
  /** More problems than shown (lists are capped). */
  problemsTruncated: boolean;
  questions: UnitQuestion[];
  rows: PreviewRow[];
  rowsTruncated: boolean;
  /**
   * Of the rows, those beyond the first ones shown that change a stored value or have a problem
   * (a long file: the first rows are shown, and these).
   */
  rowsAlsoShown?: number;
  unknownColumns: { col: number; header: string }[];
  /** New KPIs the commit creates, the first 100 of them (newIndicatorCount: all of them). */
  newIndicators: string[];
  newIndicatorCount: number;
  canCommit: boolean;
}

export interface SheetPreview {
  sheet: string | null;
  /** The first rows as read, for the mapping step. */
  rows: RawCell[][];
  /** Merged ranges that start among those rows (an .xlsx longer than the top read may not tell them). */
  merges: CellRange[];
  totalRows: number | null;
  mapping: ImportMapping;
  /** The mapping was remembered from an earlier file of the same layout. */
  remembered: boolean;
  titleHints: {
    year: number | null;
    group: 63 | 34 | null;
    kind: ImportKind | null;
    text: string | null;
    /** The title's cells naming its year and its group (1-based), for messages to point at. */
    yearAt?: { row: number; col: number };
    groupAt?: { row: number; col: number };
    /** A ranking's title says only when it was published or updated (a year, not the ranking's). */
    publishedYear?: number;
  };
  target: ImportTarget;
}

/** Values of an import that a later one wrote the same: undoing it leaves them, with that import. */
export interface KeptByLater {
  /** The later import (the earliest that found the values, as undo hands them over). */
  id: number;
  /** How many values (scores and ranks) it keeps. */
  values: number;
}

/** What undoing an import did, counted in values like the import. */
export interface UndoValues {
  /** Values that went back to what the cell showed before the import. */
  restored: number;
  /** Values the import wrote where there was none: removed. */
  removed: number;
  /** Values a later import wrote the same, which stay with it. */
  keptBy: KeptByLater[];
}

export interface ImportBatchInfo {
  id: number;
  kind: 'reference' | 'file' | 'paste';
  fileName: string | null;
  fileSize: number | null;
  sha256: string | null;
  sheet: string | null;
  reader: string | null;
  year: number | null;
  group: number | null;
  /** The import's counts; for an undone import, what its undo did (undo). */
  counts: (Partial<ImportCounts> & { undo?: UndoValues }) | null;
  createdAt: string;
  undoneAt: string | null;
  observations: number;
  /** For an import in effect: the values later imports also wrote (an undo leaves them). */
  keptBy?: KeptByLater[];
}

export type ImportJobState =
  | 'idle'
  | 'reading'
  /** The file is read; its values are checked and compared with the store (a long file: seconds). */
  | 'checking'
  | 'ready'
  | 'committing'
  | 'committed'
  | 'failed'
  | 'cancelled';

export interface ImportProgress {
  state: ImportJobState;
  done: number;
  total: number;
  message: string | null;
}
