// A hand-written CSV whose header has the delimiter inside a name, unquoted: "STT,Tỉnh, thành
// phố,Điểm DTI,Xếp hạng" reads as five header fields over rows of four, every column after the
// name one place to the right of its values. The header is joined back where a field starts with
// the space that followed the delimiter, when that makes it as wide as the rows below.
import type { RawCell } from '../../../shared/imports/types';

/** Rows looked at for the header (a title block may come first) and rows below it compared. */
const HEADER_ROWS = 30;
const BELOW = 50;

export interface JoinedHeader {
  /** 1-based row and column of the joined header cell. */
  row: number;
  col: number;
  header: string;
}

const width = (cells: RawCell[] | undefined) => {
  let w = cells?.length ?? 0;
  while (w > 0 && (cells![w - 1] === null || cells![w - 1] === '')) w--;
  return w;
};

/**
 * Joins a text table's header fields split by an unquoted `delimiter` (in place, in `rows`);
 * returns the cells joined, none when no row is such a header.
 */
export function joinSplitHeader(rows: RawCell[][], delimiter: string): JoinedHeader[] {
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const cells = rows[r]!;
    const w = width(cells);
    if (w < 3) continue;
    // The rows below: as wide as each other, narrower than this one.
    const below = rows
      .slice(r + 1, r + 1 + BELOW)
      .map(width)
      .filter((x) => x > 0);
    if (below.length < 2) continue;
    const rowWidth = Math.max(...below);
    const extra = w - rowWidth;
    if (extra < 1 || extra > 2 || below.filter((x) => x === rowWidth).length < below.length * 0.8) continue;
    // The split fields: text starting with a space after a text field. Not the last one: rows
    // that leave out an empty last field ("…,Xếp hạng, Ghi chú" over "…,12") are as narrow, and
    // that column is the header's own.
    const splits: number[] = [];
    for (let c = 1; c < w - 1; c++) {
      const v = cells[c];
      const prev = cells[c - 1];
      if (typeof v === 'string' && /^\s+\p{L}/u.test(v) && typeof prev === 'string' && /\p{L}/u.test(prev))
        splits.push(c);
    }
    if (splits.length !== extra) continue;
    const joined: JoinedHeader[] = [];
    for (const c of [...splits].reverse()) {
      const header = `${String(cells[c - 1])}${delimiter}${String(cells[c])}`;
      cells.splice(c - 1, 2, header);
      joined.unshift({ row: r + 1, col: c, header });
    }
    // (columns after a joined one moved left: their places are the rows' own)
    return joined.map((j, i) => ({ ...j, col: j.col - i }));
  }
  return [];
}
