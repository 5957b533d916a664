// A table pasted from the clipboard: tab-separated text from Excel, or HTML when copied from the
// ministry's web page (the renderer passes text/html when the clipboard has it, else text/plain).
// The HTML scanner is the one that reads saved web pages (htmlReader.ts).
import type { RawTable } from '../../../shared/imports/types';
import { textRowsToCells } from './text/rowCells';
import { parseHtmlTable } from './text/htmlTable';
import { detectDelimiter } from './text/delimiter';
import { parseTextTable } from './text/csvReader';

export function readPasted(
  text: string,
  label = 'clipboard',
): RawTable & { kind: 'html' | 'text'; delimiter?: string } {
  // Clipboard text from Windows may carry a BOM or CRLF; papaparse handles CRLF.
  const body = text.replace(/^\uFEFF/, '');
  const base = { file: label, sheet: null, hidden: false, hiddenRows: [] };
  if (/<t(able|r)\b/i.test(body)) {
    // A table without any filled cell is still HTML: never re-read its markup as TSV.
    const grid = parseHtmlTable(body, { file: label }) ?? { rows: [], merges: [] };
    return { ...base, rows: textRowsToCells(grid.rows, label), merges: grid.merges, kind: 'html' };
  }
  const delimiter = detectDelimiter(body.slice(0, 64 * 1024), 'tsv');
  return { ...base, rows: parseTextTable(body, label, delimiter), merges: [], kind: 'text', delimiter };
}
