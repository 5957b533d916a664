// Per-cell and per-row checks shared by every reader, so a CSV and an xlsx are refused for the
// same reasons with the same codes and positions.
import { formatNumber } from '../../../shared/format';
import { ImportReadError } from './errors';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS } from './limits';

/**
 * "__proto__" as a cell value is refused everywhere: rows are arrays so it is harmless in our own
 * code, but a later consumer that builds objects keyed by header (a CSV export, a JSON preview)
 * would turn it into prototype pollution. A real DTI table never contains it.
 */
const FORBIDDEN_KEYS = new Set(['__proto__']);

export function checkTextCell(
  value: string,
  file: string,
  sheet: string | null,
  row: number,
  col: number,
): void {
  if (value.length > MAX_CELL_CHARS) {
    throw new ImportReadError(
      'CELL_TOO_LONG',
      file,
      { sheet, row, col },
      {
        vi: `${formatNumber(value.length, 'vi', 0)} ký tự`,
        en: `${formatNumber(value.length, 'en', 0)} characters`,
      },
    );
  }
  if (value.length <= 11 && FORBIDDEN_KEYS.has(value.trim())) {
    throw new ImportReadError('PROTO_KEY', file, { sheet, row, col });
  }
}

export function checkRowNumber(row: number, file: string, sheet: string | null): void {
  if (row > MAX_ROWS) throw new ImportReadError('TOO_MANY_ROWS', file, { sheet, row });
}

export function checkColumnNumber(col: number, row: number, file: string, sheet: string | null): void {
  if (col > MAX_COLUMNS) throw new ImportReadError('TOO_MANY_COLUMNS', file, { sheet, row, col });
}
