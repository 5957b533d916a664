// The reader thread's batches (readAsideProtocol.ts 'rows'): many rows packed into typed arrays
// and one string, each long text once per batch, and their unpacking on the importer's side.
// Kept apart from the threads so both ends can be tested alone.
//
// Why packed: posting the cells as one array of mixed values cost the reader thread ~0.5 s per
// 100k rows of 10 cells (structured clone, value by value; measured with --cpu-prof on the bench's
// xlsx), on the thread an import waits for. Typed arrays are transferred without a copy, a string
// is copied in one piece; unpacking (substring per text) runs on the importer's thread, which
// waits for rows anyway.
import type { RawCell } from '../../../shared/imports/types';
import {
  CELL_FALSE,
  CELL_NULL,
  CELL_NUMBER,
  CELL_SHARED,
  CELL_TEXT,
  CELL_TRUE,
  CELL_UNDEFINED,
  CHARS_PER_BATCH,
  ROWS_PER_BATCH,
  SHARED_TEXT_CHARS,
  type ReaderThreadMessage,
} from './readAsideProtocol';

export type RowsMessage = Extract<ReaderThreadMessage, { t: 'rows' }>;

/** A typed array that grows by doubling; `take()` copies out what it holds and starts again. */
class Growing<A extends Uint8Array | Uint32Array | Float64Array> {
  n = 0;
  constructor(
    public a: A,
    private readonly make: (size: number) => A,
  ) {}
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = this.make(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  take(): A {
    const out = this.a.slice(0, this.n) as A;
    this.n = 0;
    return out;
  }
}

/**
 * Collects rows; `post` receives a batch (and the buffers to transfer with it) when it holds
 * ROWS_PER_BATCH rows or CHARS_PER_BATCH characters of text, and on flush().
 */
export class RowBatcher {
  private readonly kinds = new Growing(new Uint8Array(8192), (n) => new Uint8Array(n));
  private readonly nums = new Growing(new Float64Array(4096), (n) => new Float64Array(n));
  private readonly lens = new Growing(new Uint32Array(4096), (n) => new Uint32Array(n));
  private readonly ends = new Growing(new Uint32Array(ROWS_PER_BATCH), (n) => new Uint32Array(n));
  private readonly rows = new Growing(new Uint32Array(ROWS_PER_BATCH), (n) => new Uint32Array(n));
  private parts: string[] = [];
  private texts: string[] = [];
  private hidden: number[] = [];
  private textIndex = new Map<string, number>();
  private chars = 0;

  constructor(private readonly post: (m: RowsMessage, transfer: ArrayBuffer[]) => void) {}

  add(cells: RawCell[], row: number, hidden: boolean): void {
    const kinds = this.kinds;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (typeof v === 'string') {
        if (v.length >= SHARED_TEXT_CHARS) {
          let k = this.textIndex.get(v);
          if (k === undefined) {
            k = this.texts.push(v) - 1;
            this.textIndex.set(v, k);
            this.chars += v.length;
          }
          kinds.push(CELL_SHARED);
          this.lens.push(k);
        } else {
          kinds.push(CELL_TEXT);
          this.lens.push(v.length);
          this.parts.push(v);
          this.chars += v.length;
        }
      } else if (typeof v === 'number') {
        kinds.push(CELL_NUMBER);
        this.nums.push(v);
      } else if (v === null) kinds.push(CELL_NULL);
      else if (v === undefined) kinds.push(CELL_UNDEFINED);
      else kinds.push(v ? CELL_TRUE : CELL_FALSE);
    }
    if (hidden) this.hidden.push(this.rows.n);
    this.ends.push(kinds.n);
    this.rows.push(row);
    if (this.rows.n === ROWS_PER_BATCH || this.chars >= CHARS_PER_BATCH) this.flush();
  }

  flush(): void {
    if (this.rows.n === 0) return;
    const m: RowsMessage = {
      t: 'rows',
      kinds: this.kinds.take(),
      nums: this.nums.take(),
      lens: this.lens.take(),
      text: this.parts.join(''),
      texts: this.texts,
      ends: this.ends.take(),
      rows: this.rows.take(),
      hidden: this.hidden,
    };
    this.parts = [];
    this.texts = [];
    this.hidden = [];
    this.textIndex = new Map();
    this.chars = 0;
    this.post(m, [
      m.kinds.buffer,
      m.nums.buffer,
      m.lens.buffer,
      m.ends.buffer,
      m.rows.buffer,
    ] as ArrayBuffer[]);
  }
}

/** The rows of a batch, each as the array of cells the reader gave, in order. */
export function unpackRows(
  m: RowsMessage,
  onRow: (cells: RawCell[], row: number, hidden: boolean) => void,
): void {
  const { kinds, nums, lens, text, texts, ends, rows, hidden } = m;
  let k = 0;
  let num = 0;
  let len = 0;
  let pos = 0;
  let h = 0;
  for (let i = 0; i < rows.length; i++) {
    const end = ends[i]!;
    const cells: RawCell[] = [];
    for (; k < end; k++) {
      switch (kinds[k]) {
        case CELL_TEXT: {
          const n = lens[len++]!;
          cells.push(text.substring(pos, pos + n));
          pos += n;
          break;
        }
        case CELL_NUMBER:
          cells.push(nums[num++]!);
          break;
        case CELL_SHARED:
          cells.push(texts[lens[len++]!]!);
          break;
        case CELL_NULL:
          cells.push(null);
          break;
        case CELL_TRUE:
          cells.push(true);
          break;
        case CELL_FALSE:
          cells.push(false);
          break;
        default:
          cells.push(undefined as unknown as RawCell);
      }
    }
    const isHidden = hidden[h] === i;
    if (isHidden) h++;
    onRow(cells, rows[i]!, isHidden);
  }
}
