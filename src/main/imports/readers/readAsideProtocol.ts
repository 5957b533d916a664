// What an import and its reader thread say to each other (readerThread.ts, ../readerWorker.ts).
// Types and numbers only: the thread loads the readers and this, nothing of the importer.
import type { CellRange, RawCell, ReadErrorInfo } from '../../../shared/imports/types';
import type { ReadOptions } from './types';

/** Rows per message at most. */
export const ROWS_PER_BATCH = 512;
/**
 * Characters of text per message at most (each distinct long text counted once): a sheet of long
 * texts goes in smaller batches, so what waits between the threads stays a few megabytes.
 */
export const CHARS_PER_BATCH = 1_000_000;
/** Batches the reader may run ahead of the importer before it waits. */
export const BATCHES_AHEAD = 16;
/**
 * Texts at least this long are sent once per batch however many cells hold them (a shared string
 * in 60,000 cells is one string on the reader's side; posted cell by cell it would be 60,000).
 */
export const SHARED_TEXT_CHARS = 32;

/** What the reader thread is started with. */
export interface ReaderThreadInit {
  file: string;
  sheet: string | null;
  /** Int32 [0] batches posted, [1] batches the importer has taken. */
  flow: SharedArrayBuffer;
  encoding?: ReadOptions['encoding'];
  delimiter?: string;
  /** The text file version whose row count the importer's thread has already checked. */
  rowsChecked: string | null;
}

/** Messages from the reader thread, in order. */
export type ReaderThreadMessage =
  /**
   * Row i is cells[ends[i-1] .. ends[i]) (from 0 for the first), sheet row rows[i]; hidden: the
   * positions i of hidden rows; texts: the long texts of the batch, put back at the positions
   * `refs` gives in pairs (position in cells, index in texts).
   */
  | {
      t: 'rows';
      cells: RawCell[];
      ends: number[];
      rows: number[];
      hidden: number[];
      texts: string[];
      refs: number[];
    }
  | { t: 'merge'; range: CellRange }
  | { t: 'progress'; done: number; total: number }
  | { t: 'end'; result: { sheet: string | null; merges: CellRange[]; hiddenColumns?: number[] } }
  | { t: 'refused'; error: ReadErrorInfo; stack: string }
  | { t: 'failed'; message: string; code?: string; stack: string };
