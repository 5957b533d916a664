// Streams the rows of one worksheet part. Formula cells yield their cached value (<v>) — we never
// evaluate formulas; a formula saved without a value (files written by tools other than Excel)
// yields its text, "=RANK(C2,C$2:C$64)", so the import can say so instead of reading it as empty. Hidden rows are flagged,
// merged ranges collected. Inflation, XML scanning and row emission proceed chunk by chunk, so a
// 100k-row sheet never sits in memory as one string.
import { StringDecoder } from 'node:string_decoder';
import { UNCACHED_FORMULA, type CellRange, type RawCell } from '../../../../shared/imports/types';
import { parseCellRef, parseColumnLetters } from '../../../../shared/imports/cellAddress';
import { checkColumnNumber, checkRowNumber, checkTextCell } from '../../safety/cellGuard';
import { catalogueDetail, ImportReadError } from '../../safety/errors';
import { MAX_CELL_CHARS } from '../../safety/limits';
import { assertNoXmlDeclarations } from '../../safety/xmlGuard';
import { findEntry } from '../../safety/zipDirectory';
import { decodeOoxmlEscapes, getAttr, XmlChunkScanner, type XmlToken } from './xmlTokens';
import type { XlsxPackage } from './workbookParts';
import { shownNumber, type NumberKind } from '../numberFormats';
import { inflateEntryStream } from './zipEntries';

export interface SheetRowSink {
  /** Cells of one row, index 0 = column A (sparse cells padded with null). */
  onRow(cells: RawCell[], rowNumber: number, hidden: boolean): void;
  onMerge?(range: CellRange): void;
  /** Columns hidden in Excel (<col hidden="1">), told once before the first row. */
  onHiddenColumns?(cols: number[]): void;
  /** Bytes of compressed sheet data consumed so far, of `total`. */
  onProgress?(done: number, total: number): void;
}

/**
 * `cells` grown with nulls to `n` entries. A cell far right (a stray note at column XFD) is
 * 16,383 empty cells before it: one allocation, not a push each.
 */
function padTo(cells: RawCell[], n: number): RawCell[] {
  if (n - cells.length < 64) {
    while (cells.length < n) cells.push(null);
    return cells;
  }
  const out = new Array<RawCell>(n).fill(null);
  for (let i = 0; i < cells.length; i++) out[i] = cells[i]!;
  return out;
}

/**
 * Empty cells a sheet may make us write before cells beyond column WIDE_ROW. Tables are narrower;
 * a stray note far right costs one wide row, but a sheet whose rows each hold a cell thousands
 * of columns right of the rest (a file made to be slow: each such row is an array of up to 16,384)
 * is refused once it has cost this many (about 250 rows at column XFD; the bench measures it).
 */
const WIDE_ROW = 1_024;
const MAX_PADDED_CELLS = 4_000_000;

/** No legitimate tag or text run in sheet XML comes near this; beyond it a file is hostile. */
const MAX_PENDING_CHARS = 8 * MAX_CELL_CHARS;

/**
 * A number cell's <v>: a decimal ("0.8002", "1E-5"), else NaN. (Number() would also read "0x10",
 * "0b101" and "0o7", which no spreadsheet writes: such a cell stays text and is said as such.)
 */
function decimalNumber(v: string): number {
  const t = v.trim();
  const second = t.charCodeAt(1) | 0x20;
  return second === 0x78 || second === 0x62 || second === 0x6f ? NaN : Number(t);
}

export async function streamXlsxSheet(
  pkg: XlsxPackage,
  sheetName: string,
  part: string,
  sink: SheetRowSink,
  signal?: AbortSignal,
): Promise<void> {
  const { file } = pkg;
  const entry = findEntry(pkg.entries, part);
  if (!entry)
    throw new ImportReadError(
      'CORRUPT_WORKBOOK',
      file,
      { sheet: sheetName },
      { vi: `thiếu ${part}`, en: `missing ${part}` },
    );
  const shared = pkg.sharedStrings();
  // Percentages and dates are read as shown (numberFormats.ts); only looked up when styles have any.
  const kinds = pkg.numberKinds();
  const styled = kinds.size > 0;
  let styleKind: NumberKind | undefined;

  // Row state
  let inSheetData = false;
  /** <sheetData> was closed (or written empty): the sheet's rows are whole. */
  let sheetDataEnded = false;
  let rowOpen = false;
  let rowNum = 0;
  /** The last row read (rows come in order, each once). */
  let lastRow = 0;
  let rowHidden = false;
  let cells: RawCell[] = [];
  let padded = 0;
  // Cell state
  let col = 0;
  let cellType = '';
  let inCell = false;
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let vText = '';
  let isText = '';
  let hasV = false;
  let inF = false;
  const hiddenCols: number[] = [];
  let hasF = false;
  let fText = '';

  const damaged = (): never => {
    throw new ImportReadError(
      'CORRUPT_WORKBOOK',
      file,
      { sheet: sheetName, row: rowNum },
      catalogueDetail('readDetail.sheetMalformed'),
    );
  };

  const finishCell = () => {
    let value: RawCell = null;
    if (cellType === 'inlineStr') value = decodeOoxmlEscapes(isText);
    else if (hasV) {
      switch (cellType) {
        case 's': {
          const idx = Number(vText);
          const s = shared[idx];
          if (s === undefined) {
            throw new ImportReadError(
              'CORRUPT_WORKBOOK',
              file,
              { sheet: sheetName, row: rowNum, col },
              {
                vi: `chuỗi dùng chung #${vText} không tồn tại`,
                en: `shared string #${vText} does not exist`,
              },
            );
          }
          value = s;
          break;
        }
        case 'str':
          value = decodeOoxmlEscapes(vText);
          break;
        case 'b':
          value = vText.trim() === '1' || vText.trim() === 'true';
          break;
        case 'e':
          value = vText; // "#N/A", "#DIV/0!": kept as text; the value parser reports it
          break;
        case 'd':
          value = vText; // ISO 8601 date written by some producers
          break;
        case 'n':
        case '': {
          const n = decimalNumber(vText);
          value =
            vText.trim() === ''
              ? null
              : Number.isFinite(n)
                ? styleKind
                  ? shownNumber(n, styleKind, pkg.date1904)
                  : n
                : vText;
          break;
        }
        default:
          // (Excel writes b, d, e, inlineStr, n, s and str: any other type is no cell of its)
          throw new ImportReadError(
            'CORRUPT_WORKBOOK',
            file,
            { sheet: sheetName, row: rowNum, col },
            catalogueDetail('readDetail.cellType', { type: cellType.slice(0, 20) }),
          );
      }
    }
    // (a text formula too: one whose result is empty text still has its <v></v>)
    if (hasF && value === null)
      value = `${UNCACHED_FORMULA}=${decodeOoxmlEscapes(fText).slice(0, 200) || '…'}`;
    if (typeof value === 'string') checkTextCell(value, file, sheetName, rowNum, col);
    if (value !== null && value !== '') {
      if (cells.length < col) {
        if (col > WIDE_ROW) padded += col - 1 - cells.length;
        if (padded > MAX_PADDED_CELLS)
          throw new ImportReadError('SPARSE_CELLS', file, { sheet: sheetName, row: rowNum, col });
        cells = padTo(cells, col);
      }
      cells[col - 1] = value;
    }
  };

  const onToken = (t: XmlToken) => {
    if (t.type === 'text') {
      if (inV) vText += t.value;
      else if (inF) fText += t.value;
      else if (inIs && inT && phonetic === 0) isText += t.value;
      // (between rows and cells only white space: anything else is a damaged part)
      else if (inSheetData && !inCell && /\S/.test(t.value)) damaged();
      return;
    }
    const name = t.name;
    if (!inSheetData) {
      if (name === 'col' && t.type !== 'close' && sink.onHiddenColumns) {
        const h = getAttr(t.value, 'hidden');
        const min = Number(getAttr(t.value, 'min'));
        const max = Number(getAttr(t.value, 'max'));
        // (a style range may run to column 16384: only the first few hundred can hold a table)
        if ((h === '1' || h === 'true') && min >= 1 && max >= min)
          for (let c = min; c <= Math.min(max, min + 500, 16_384); c++) hiddenCols.push(c);
      } else if (name === 'sheetData') {
        inSheetData = t.type === 'open';
        sheetDataEnded = t.type === 'empty';
        if (hiddenCols.length) sink.onHiddenColumns?.(hiddenCols);
      } else if (name === 'mergeCell' && t.type !== 'close' && sink.onMerge) {
        const ref = getAttr(t.value, 'ref') ?? '';
        const [a, b] = ref.split(':');
        const from = a ? parseCellRef(a) : null;
        const to = b ? parseCellRef(b) : from;
        if (from && to) sink.onMerge({ fromRow: from.row, fromCol: from.col, toRow: to.row, toCol: to.col });
      }
      return;
    }
    switch (name) {
      case 'row':
        if (t.type === 'close') {
          if (inCell || !rowOpen) damaged();
          rowOpen = false;
          sink.onRow(cells, rowNum, rowHidden);
          return;
        }
        // (a row opened inside another, or inside a cell: its XML is broken, not its data)
        if (rowOpen || inCell) damaged();
        rowOpen = t.type === 'open';
        {
          const r = getAttr(t.value, 'r');
          rowNum = r ? Number(r) : rowNum + 1;
          if (!Number.isInteger(rowNum) || rowNum < 1) {
            throw new ImportReadError(
              'CORRUPT_WORKBOOK',
              file,
              { sheet: sheetName },
              { vi: `dòng "${r}"`, en: `row "${r}"` },
            );
          }
          checkRowNumber(rowNum, file, sheetName);
          // Excel writes rows in order, each once: a row again or before one already read is a
          // damaged (or made-up) part, whose two copies of a row cannot both be the table.
          if (rowNum <= lastRow)
            throw new ImportReadError(
              'CORRUPT_WORKBOOK',
              file,
              { sheet: sheetName, row: rowNum },
              rowNum === lastRow
                ? catalogueDetail('readDetail.rowTwice', { row: rowNum })
                : catalogueDetail('readDetail.rowOutOfOrder', { row: rowNum, prev: lastRow }),
            );
          lastRow = rowNum;
          const h = getAttr(t.value, 'hidden');
          rowHidden = h === '1' || h === 'true';
          cells = [];
          col = 0;
          if (t.type === 'empty') sink.onRow(cells, rowNum, rowHidden);
        }
        return;
      case 'c':
        if (t.type === 'close') {
          if (!inCell || inV || inF || inIs) damaged();
          inCell = false;
          finishCell();
          return;
        }
        if (inCell || !rowOpen) damaged();
        {
          const ref = getAttr(t.value, 'r');
          // (all its letters: "AAAA3" is past column XFD, refused, not column AAA)
          const letters = ref ? /^\$?([A-Za-z]{1,7})/.exec(ref)?.[1] : undefined;
          const prevCol = col;
          col = letters ? parseColumnLetters(letters) : col + 1;
          checkColumnNumber(col, rowNum, file, sheetName);
          // (and its cells in order, each once: which of two "B2" is the value?)
          if (col <= prevCol)
            throw new ImportReadError(
              'CORRUPT_WORKBOOK',
              file,
              { sheet: sheetName, row: rowNum, col },
              catalogueDetail('readDetail.cellOutOfOrder', { cell: ref ?? '' }),
            );
          cellType = getAttr(t.value, 't') ?? 'n';
          styleKind = styled ? kinds.get(Number(getAttr(t.value, 's') ?? 0)) : undefined;
          vText = '';
          isText = '';
          hasV = false;
          hasF = false;
          fText = '';
          inCell = t.type === 'open';
        }
        return;
      case 'v':
        if (!inCell) return;
        if (t.type === 'open') {
          inV = true;
          hasV = true;
        } else if (t.type === 'close') inV = false;
        else hasV = true; // <v/>: a value saved empty (Excel's "" from a text formula)
        return;
      case 'f':
        if (!inCell) return;
        hasF = true;
        inF = t.type === 'open';
        return;
      case 'is':
        if (t.type === 'close' && (inT || !inIs)) damaged();
        inIs = t.type === 'open';
        return;
      case 't':
        if (t.type === 'close' && !inT) damaged();
        inT = t.type === 'open';
        return;
      case 'rPh':
        if (t.type === 'open') phonetic++;
        else if (t.type === 'close') phonetic--;
        return;
      case 'sheetData':
        if (t.type === 'close') {
          if (rowOpen || inCell) damaged();
          inSheetData = false;
          sheetDataEnded = true;
        }
        return;
      default:
        return;
    }
  };

  const scanner = new XmlChunkScanner(onToken);
  const decoder = new StringDecoder('utf8');
  let tail = '';
  let done = 0;
  await inflateEntryStream(
    pkg.buf,
    entry,
    file,
    pkg.budget,
    (chunk) => {
      const text = decoder.write(chunk);
      // (the previous chunk's end given too: a declaration may straddle the two)
      assertNoXmlDeclarations(text, file, part, tail);
      tail = text.slice(-16);
      scanner.push(text);
      if (scanner.pendingLength > MAX_PENDING_CHARS) {
        throw new ImportReadError('CELL_TOO_LONG', file, { sheet: sheetName, row: rowNum + 1 });
      }
      done += chunk.length;
      sink.onProgress?.(
        Math.min(entry.compressedSize, Math.round((done / entry.uncompressedSize) * entry.compressedSize)),
        entry.compressedSize,
      );
    },
    signal,
  );
  scanner.push(decoder.end());
  scanner.end();
  // A part that stops before the end of its rows (a file cut short, then zipped again): the rows
  // read are not the sheet.
  if (!sheetDataEnded)
    throw new ImportReadError(
      'CORRUPT_WORKBOOK',
      file,
      { sheet: sheetName },
      // (a row number as the place writes it, "dòng 20000": not a quantity)
      catalogueDetail('readDetail.sheetCut', { row: String(rowNum) }),
    );
}
