// Pure types of the reading half of the import pipeline. They live in src/shared so the renderer
// can show sheets, cells and refusals without importing Node code.

/** A cell as read: text, number (cached value for formulas), boolean, or nothing. */
export type RawCell = string | number | boolean | null;

/**
 * Starts the text of a formula saved without its value (a private-use character no text cell of a
 * ranking or KPI table holds), so "=15" typed in a CSV stays a tie mark: the xlsx reader marks
 * such cells, the importer refuses them at the cell, the wizard's sample shows the formula.
 */
export const UNCACHED_FORMULA = '\ue000';
/** A text cell that is a formula's text ("=D2/C2*100" in a CSV written with formulas shown). */
export const isFormulaText = (c: RawCell): boolean =>
  typeof c === 'string' &&
  (c.startsWith(UNCACHED_FORMULA) || /^=\s*(?:[A-Za-z]{1,3}\$?\d|[A-Za-z]+\(|[A-Za-z][\w.]*!)/.test(c));

/** A rectangular range, 1-based and inclusive (a merged header cell, for instance). */
export interface CellRange {
  fromRow: number;
  fromCol: number;
  toRow: number;
  toCol: number;
}

/**
 * One sheet (or the single table of a CSV/pasted text). Rows are dense from row 1 and columns
 * from column 1, so rows[i][j] is the cell at row i+1, column j+1: positions are never lost.
 * Rows are arrays, never objects keyed by header, so a "__proto__" header cannot reach a prototype.
 */
export interface RawTable {
  file: string;
  sheet: string | null;
  hidden: boolean;
  rows: RawCell[][];
  /** 1-based numbers of rows hidden in the workbook (kept in `rows`, flagged here). */
  hiddenRows: number[];
  /** Merged ranges (xlsx/xls); the value sits in the top-left cell only. */
  merges: CellRange[];
  /** 1-based numbers of columns hidden in the workbook (xlsx, XML spreadsheet), when known. */
  hiddenColumns?: number[];
  /** A web page's caption or heading of the table: a title the rows lack. */
  heading?: string;
  /** A web page's title: a hint of the year or group only (a portal's name is no KPI's). */
  pageTitle?: string;
}

/** 'html': a saved web page or a portal's "Excel" export that is really an HTML table. */
export type ImportFormat = 'xlsx' | 'xls' | 'csv' | 'tsv' | 'html' | 'paste';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Known without reading the sheet (xls, small text files); otherwise undefined. */
  rowCount?: number;
  /** A web page's table: its caption or heading ("Bảng 1" is its name). */
  title?: string;
}

export interface FileInspection {
  fileName: string;
  size: number;
  sha256: string;
  format: ImportFormat;
  /** Library or module that reads it, recorded with the import batch. */
  reader: string;
  encoding?: TextEncoding;
  /** Whether the text file started with a byte-order mark. */
  bom?: boolean;
  delimiter?: string;
  sheets: SheetInfo[];
  /** Sheets that hold no cells (charts, dialogs), by name: not in `sheets`. */
  chartSheets?: string[];
}

/** Stable codes of refusals; the UI translates them, the CLI prints them. */
export const READ_ERROR_CODES = [
  'FILE_NOT_FOUND',
  /** The file is there but cannot be opened: no permission to read it or to enter its folder, a disk error. */
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'UNKNOWN_FORMAT',
  /** A spreadsheet format recognised by its content but not read (.ods, .xlsb…): the message says what to do. */
  'UNSUPPORTED_FORMAT',
  'NOT_A_SPREADSHEET',
  /** A web page (.html, or an .xls that is HTML) without any table: a login or error page saved instead. */
  'HTML_NO_TABLE',
  'CORRUPT_ZIP',
  'CORRUPT_WORKBOOK',
  'ENCRYPTED',
  'ZIP_BOMB',
  'XML_ENTITIES',
  'PROTO_KEY',
  'CELL_TOO_LONG',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  /** Rows whose cells lie thousands of columns apart (a file made to be slow to read). */
  'SPARSE_CELLS',
  'INVALID_UTF8',
  /** A UTF-16 text ("Unicode text") cut in the middle of a character, or with a broken one. */
  'INVALID_UTF16',
  /** Text but for a NUL byte or two (a copy from another program): where the first one is. */
  'NUL_IN_TEXT',
  'SHEET_NOT_FOUND',
  'CANCELLED',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** A refusal as plain data (what crosses IPC and what the CLI prints with --json). */
export interface ReadErrorInfo {
  code: ReadErrorCode;
  file: string;
  sheet?: string | null;
  row?: number;
  col?: number;
  cell?: string;
  messageVi: string;
  messageEn: string;
}
