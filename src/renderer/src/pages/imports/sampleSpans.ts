// Merged cells in the mapping step's sample, drawn as Excel draws them: one cell across the
// range ("CHỈ SỐ DTI" over its score and rank columns), so a two-row header reads as it does in
// the file. Pure, so it is tested without a DOM.
import type { CellRange } from '../../../../shared/imports/types';

export interface SampleSpan {
  rowSpan: number;
  colSpan: number;
  /** The range as the file has it (the sample may show only part of it). */
  range: CellRange;
}

export interface SampleSpans {
  /** Top-left cell of a merged range, by `${row},${col}` (1-based). */
  starts: Map<string, SampleSpan>;
  /** Cells under a range, not drawn. */
  covered: Set<string>;
}

const key = (row: number, col: number) => `${row},${col}`;

/** Spans of `merges` within a sample of `rows` rows and `cols` columns (clipped to it). */
export function sampleSpans(merges: readonly CellRange[], rows: number, cols: number): SampleSpans {
  const starts = new Map<string, SampleSpan>();
  const covered = new Set<string>();
  for (const m of merges) {
    const toRow = Math.min(m.toRow, rows);
    const toCol = Math.min(m.toCol, cols);
    if (m.fromRow < 1 || m.fromCol < 1 || m.fromRow > toRow || m.fromCol > toCol) continue;
    if (m.fromRow === toRow && m.fromCol === toCol) continue; // a range of one cell
    // Ranges do not overlap in a file Excel wrote; if one does, the first drawn wins.
    let free = true;
    for (let r = m.fromRow; r <= toRow && free; r++)
      for (let c = m.fromCol; c <= toCol && free; c++)
        if (covered.has(key(r, c)) || starts.has(key(r, c))) free = false;
    if (!free) continue;
    starts.set(key(m.fromRow, m.fromCol), {
      rowSpan: toRow - m.fromRow + 1,
      colSpan: toCol - m.fromCol + 1,
      range: m,
    });
    for (let r = m.fromRow; r <= toRow; r++)
      for (let c = m.fromCol; c <= toCol; c++) if (r !== m.fromRow || c !== m.fromCol) covered.add(key(r, c));
  }
  return { starts, covered };
}

export const spanKey = key;
