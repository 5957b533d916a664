// A table pasted from the clipboard: tab-separated text from Excel, or HTML when copied from the
// ministry's web page (the renderer passes text/html when the clipboard has it, else text/plain).
import type { RawCell, RawTable } from '../../../shared/imports/types';
import { textRowToCells } from './text/rowCells';
import { parseHtmlTable } from './text/htmlTable';
import { detectDelimiter } from './text/delimiter';
import { parseTextTable } from './text/csvReader';
import { checkRowNumber } from '../safety/cellGuard';

export const PASTE_LABEL = 'clipboard';

export function looksLikeHtmlTable(text: string): boolean {
  return /<t(able|r)\b/i.test(text);
}

export function readPasted(
  text: string,
  label = PASTE_LABEL,
): RawTable & { kind: 'html' | 'text'; delimiter?: string } {
  // Clipboard text from Windows may carry a BOM or CRLF; papaparse handles CRLF.
  const body = text.replace(/^\uFEFF/, '');
  if (looksLikeHtmlTable(body)) {
    const grid = parseHtmlTable(body);
    if (grid) {
      const rows: RawCell[][] = grid.rows.map((fields, i) => {
        checkRowNumber(i + 1, label, null);
        return textRowToCells(fields, label, i + 1);
      });
      while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
      return {
        file: label,
        sheet: null,
        hidden: false,
        rows,
        hiddenRows: [],
        merges: grid.merges,
        kind: 'html',
      };
    }
  }
  const delimiter = detectDelimiter(body.slice(0, 64 * 1024), 'tsv');
  const rows = parseTextTable(body, label, delimiter);
  return {
    file: label,
    sheet: null,
    hidden: false,
    rows,
    hiddenRows: [],
    merges: [],
    kind: 'text',
    delimiter,
  };
}
