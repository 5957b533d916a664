// The reader thread's batches (readAsideProtocol.ts 'rows'): the values of many rows in one flat
// array, each long text once per batch. Kept apart from the thread so it can be tested alone.
import type { RawCell } from '../../../shared/imports/types';
import {
  CHARS_PER_BATCH,
  ROWS_PER_BATCH,
  SHARED_TEXT_CHARS,
  type ReaderThreadMessage,
} from './readAsideProtocol';

type RowsMessage = Extract<ReaderThreadMessage, { t: 'rows' }>;

/**
 * Collects rows; `post` receives a batch when it holds ROWS_PER_BATCH rows or CHARS_PER_BATCH
 * characters of text, and on flush(). Posting one array of primitives costs a fraction of posting
 * an array per row, and the rows the reader made die young instead of waiting in a batch
 * (measured: the reader thread's GC time).
 */
export class RowBatcher {
  private batch: RowsMessage = RowBatcher.empty();
  private textIndex = new Map<string, number>();
  private chars = 0;

  constructor(private readonly post: (m: RowsMessage) => void) {}

  private static empty(): RowsMessage {
    return { t: 'rows', cells: [], ends: [], rows: [], hidden: [], texts: [], refs: [] };
  }

  add(cells: RawCell[], row: number, hidden: boolean): void {
    const b = this.batch;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      if (typeof v === 'string' && v.length >= SHARED_TEXT_CHARS) {
        let k = this.textIndex.get(v);
        if (k === undefined) {
          k = b.texts.push(v) - 1;
          this.textIndex.set(v, k);
          this.chars += v.length;
        }
        b.refs.push(b.cells.length, k);
        b.cells.push(null);
      } else {
        if (typeof v === 'string') this.chars += v.length;
        b.cells.push(v);
      }
    }
    b.ends.push(b.cells.length);
    if (hidden) b.hidden.push(b.rows.length);
    b.rows.push(row);
    if (b.rows.length === ROWS_PER_BATCH || this.chars >= CHARS_PER_BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.rows.length === 0) return;
    const b = this.batch;
    this.batch = RowBatcher.empty();
    this.textIndex = new Map();
    this.chars = 0;
    this.post(b);
  }
}
