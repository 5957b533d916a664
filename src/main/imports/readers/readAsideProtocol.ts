// What an import and its reader thread say to each other (readerThread.ts, ../readerWorker.ts).
// Types and numbers only: the thread loads the readers and this, nothing of the importer.
import type { CellRange, ReadErrorInfo } from '../../../shared/imports/types';
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

/** The kinds of cell in a batch of rows ('rows' below). */
export const CELL_NULL = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;
/** A text of at least SHARED_TEXT_CHARS characters, sent once per batch. */
export const CELL_SHARED = 3;
export const CELL_TRUE = 4;
export const CELL_FALSE = 5;
/** A cell a reader left undefined (a gap in a row it filled sparsely): undefined again on arrival. */
export const CELL_UNDEFINED = 6;

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
   * A batch of rows, packed so that posting it costs little on the reader's side (an array of a
   * million mixed values took ~0.5 s to clone on a 100k-row xlsx, measured; typed arrays move
   * without a copy and one string is one copy). Cell k of the batch has the kind kinds[k]
   * (CELL_*); numbers are read in order from nums, strings in order from `text` (each is the next
   * lens[j] characters), shared strings (CELL_SHARED) are texts[lens[j]]. Row i is the cells
   * ends[i-1] .. ends[i] (from 0 for the first), sheet row rows[i]; hidden: the positions i of
   * hidden rows. Encoded by RowBatcher, decoded by unpackRows (rowBatcher.ts).
   */
  | {
      t: 'rows';
      kinds: Uint8Array;
      nums: Float64Array;
      lens: Uint32Array;
      text: string;
      texts: string[];
      ends: Uint32Array;
      rows: Uint32Array;
      hidden: number[];
    }
  | { t: 'merge'; range: CellRange }
  | { t: 'progress'; done: number; total: number }
  | {
      t: 'end';
      result: {
        sheet: string | null;
        merges: CellRange[];
        hiddenColumns?: number[];
        unterminated?: { row: number; cells: number };
      };
    }
  | { t: 'refused'; error: ReadErrorInfo; stack: string }
  | { t: 'failed'; message: string; code?: string; stack: string };
