// Node-side reader contracts (the pure data types are in src/shared/imports/types.ts).
import type { CellRange, RawCell } from '../../../shared/imports/types';

export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * Asked between batches of a read on the reader thread: true stops it (CANCELLED). A Cancel that
   * arrives as a message cannot be heard while the importer's thread is busy with the rows.
   */
  cancelled?: () => boolean;
  /** Called now and then with bytes consumed of the source (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Overrides encoding detection for text files (the user picked one in the wizard). */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  /** Overrides delimiter detection for text files. */
  delimiter?: string;
  /**
   * Merged ranges as the reader learns them: a workbook read whole (.xls) or a web page tells
   * them before its rows, an .xlsx after them (so a read stopped early may not know them).
   */
  onMerge?: (range: CellRange) => void;
  /** Columns hidden in Excel (xlsx, XML spreadsheet), told before the rows. */
  onHiddenColumns?: (cols: number[]) => void;
}

/**
 * Receives each row: `cells[0]` is column A / the first field; `rowNumber` is 1-based as Excel shows
 * it (for a CSV, the record number). `hidden` is true for rows hidden in the workbook.
 */
export type RowCallback = (cells: RawCell[], rowNumber: number, hidden: boolean) => void;
