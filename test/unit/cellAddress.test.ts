import { describe, expect, it } from 'vitest';
import {
  cellRef,
  columnLetters,
  parseCellRef,
  parseColumnLetters,
} from '../../src/shared/imports/cellAddress';

describe('Excel cell addresses', () => {
  it('write and read column letters past Z', () => {
    for (const [col, letters] of [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [28, 'AB'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [16_384, 'XFD'],
    ] as const) {
      expect(columnLetters(col)).toBe(letters);
      expect(parseColumnLetters(letters)).toBe(col);
    }
    expect(cellRef(7, 3)).toBe('C7');
  });
  it('parse a cell reference, absolute or lower-case, and refuse what is not one', () => {
    expect(parseCellRef('C7')).toEqual({ row: 7, col: 3 });
    expect(parseCellRef('$AB$12')).toEqual({ row: 12, col: 28 });
    expect(parseCellRef('xfd1048576')).toEqual({ row: 1_048_576, col: 16_384 });
    for (const bad of ['', 'C', '7', 'ABCD1', 'C7:D9', 'Sheet1!C7'])
      expect(parseCellRef(bad), bad).toBeNull();
  });
});
