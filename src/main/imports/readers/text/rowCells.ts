// Shared post-processing of text rows (CSV, TSV, pasted, HTML tables): empty → null, NFC, guards,
// and no trailing empty cells (so a text row looks like the same row read from an xlsx).
import type { RawCell } from '../../../../shared/imports/types';
import { checkColumnNumber, checkRowNumber, checkTextCell } from '../../safety/cellGuard';
import { toNfc } from './encoding';

export function textRowToCells(
  fields: readonly string[],
  file: string,
  row: number,
  sheet: string | null = null,
): RawCell[] {
  let last = fields.length - 1;
  while (last >= 0 && fields[last] === '') last--;
  checkColumnNumber(last + 1, row, file, sheet);
  const cells: RawCell[] = new Array<RawCell>(last + 1);
  for (let c = 0; c <= last; c++) {
    const s = fields[c]!;
    if (s === '') cells[c] = null;
    else {
      checkTextCell(s, file, sheet, row, c + 1);
      cells[c] = toNfc(s);
    }
  }
  return cells;
}

/** Whole text tables (pasted, parsed HTML): rows checked and converted, trailing blank rows dropped. */
export function textRowsToCells(
  rows: readonly (readonly string[])[],
  file: string,
  sheet: string | null = null,
): RawCell[][] {
  const out = rows.map((fields, i) => {
    checkRowNumber(i + 1, file, sheet);
    return textRowToCells(fields, file, i + 1, sheet);
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
