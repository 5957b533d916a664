// Excel's "XML Spreadsheet 2003" (SpreadsheetML 2003): one XML file, often saved as .xls by
// provincial systems (or as .xml). It is read here with a small forward-only scanner instead of
// SheetJS, which turns rich-text cells into their last run and fills huge merged ranges cell by
// cell (a 1-line MergeAcross="999999999" exhausts the heap). The hostile-input guards come first,
// on the raw text: a size cap (the file is read whole, like a web page), no DOCTYPE/ENTITY
// declaration at all (safety/xmlGuard), and while scanning the same row, column and cell limits
// as every other reader (safety/cellGuard). Only the five predefined entities and numeric
// references are decoded; elements and attributes land in arrays and Maps, never in objects keyed
// by the file's names, so a "__proto__" sheet or style cannot reach a prototype.
//
// What is read: worksheets (ss:Name, hidden by <WorksheetOptions><Visible>SheetHidden), rows at
// their real numbers (ss:Index, ss:Span, ss:Hidden), cells at their real columns (ss:Index, and
// the columns a ss:MergeAcross covers), merged ranges (ss:MergeAcross/ss:MergeDown), hidden
// columns, and values by <Data ss:Type>: Number as a number (a percentage or date style shown as
// Excel shows it, see numberFormats.ts), String as text (rich text joined), Boolean, DateTime as
// an ISO date, Error as its text. A formula is read from its cached value; one without a value is
// marked as the xlsx reader marks it (UNCACHED_FORMULA); one whose <Data> is there but empty (a
// formula whose result is empty text) is an empty cell.
//
// What is kept is proportional to what is written, never to the row and column numbers a file
// claims (a 7 KB file can put a cell at row 1,048,576 of 60 sheets): rows as written, each with
// its cells as written (column and value), hidden rows and columns as ranges. Only the sheet being
// read is laid out: streamed row by row, each row padded with nulls as it is handed out (as the
// xlsx reader does), or as a table for callers that need one. Laid out, a sheet may hold at most
// MAX_XML_SPREADSHEET_SHEET_CELLS cells counting the blank cells before each value (one value in
// column XFD of every row of a 1 MB file makes a third of a billion): a sheet beyond that is
// refused when it is read, at the row that crosses the limit. The sheets of a workbook are not
// capped together: none is laid out until it is read, so many sparse sheets cost their bytes only.
import * as fs from 'node:fs';
import {
  UNCACHED_FORMULA,
  type CellRange,
  type RawCell,
  type RawTable,
  type SheetInfo,
} from '../../../shared/imports/types';
import { checkColumnNumber, checkRowNumber, checkTextCell } from '../safety/cellGuard';
import { catalogueDetail, ImportReadError } from '../safety/errors';
import {
  MAX_XML_SPREADSHEET_BYTES,
  MAX_XML_SPREADSHEET_SHEET_CELLS,
  MAX_XML_SPREADSHEET_SHEETS,
} from '../safety/limits';
import { assertNoXmlDeclarations } from '../safety/xmlGuard';
import { numberKindOf, shownNumber, type NumberKind } from './numberFormats';
import type { TextFormat } from './text/csvReader';
import type { ReadOptions, RowCallback } from './types';
import { decodeWhole } from './text/decodeStream';
import { toNfc } from './text/encoding';

export const XML2003_READER_ID = 'dti-desk/xml2003';

/** A row as written: its number and its cells (columns ascending, values never null). */
interface XmlRow {
  n: number;
  values: RawCell[];
  /** The column of each value; null when the values are columns 1, 2, 3… (the usual row). */
  cols: number[] | null;
}

interface XmlSheet {
  name: string;
  hidden: boolean;
  /** The rows holding a value, ascending. */
  rows: XmlRow[];
  /** Hidden rows as ranges: from, to, from, to… ascending (rows only go forward). */
  hiddenRows: number[];
  merges: CellRange[];
  /** Hidden columns as ranges (from, to, …) as written, each at most 501 columns wide. */
  hiddenColumns: number[];
}

const lastColumn = (r: XmlRow): number => (r.cols ? r.cols[r.cols.length - 1]! : r.values.length);

/** The cells of a row, index 0 = column A, the gaps null: a fresh array each time. */
function layOut(r: XmlRow): RawCell[] {
  if (!r.cols) return r.values.slice();
  const cells: RawCell[] = new Array<RawCell>(lastColumn(r)).fill(null);
  for (let k = 0; k < r.values.length; k++) cells[r.cols[k]! - 1] = r.values[k]!;
  return cells;
}

/** Sorted, joined ranges (from, to, …) listed one number each. */
function rangeNumbers(ranges: readonly number[], upTo: number): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < ranges.length; k += 2) pairs.push([ranges[k]!, ranges[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let next = 1; // the first number not listed yet
  for (const [from, to] of pairs) {
    for (let k = Math.max(from, next); k <= Math.min(to, upTo); k++) out.push(k);
    next = Math.max(next, to + 1);
  }
  return out;
}

/** What streaming a sheet tells besides its rows. */
export interface Xml2003StreamResult {
  sheet: string;
  hidden: boolean;
  merges: CellRange[];
  hiddenColumns: number[];
}

/** A parsed XML Spreadsheet 2003 workbook: the same surface as the .xls reader. */
export class Xml2003Workbook {
  constructor(
    readonly file: string,
    private readonly list: readonly XmlSheet[],
  ) {}

  sheets(): SheetInfo[] {
    return this.list.map((s) => ({ name: s.name, hidden: s.hidden, rowCount: s.rows.at(-1)?.n ?? 0 }));
  }

  private pick(sheet: string | null): XmlSheet {
    const s =
      sheet === null
        ? (this.list.find((x) => !x.hidden) ?? this.list[0])
        : this.list.find((x) => x.name === sheet);
    if (!s) throw new ImportReadError('SHEET_NOT_FOUND', this.file, { sheet });
    return s;
  }

  /**
   * Hands the rows of one sheet (null: the first visible one, as Excel opens the file) to onRow in
   * order, each laid out as it is handed out; the merged ranges go to opts.onMerge first. Rows
   * without a value are not handed out (as an xlsx leaves them out). Cancel with opts.signal.
   */
  stream(
    sheet: string | null,
    onRow: RowCallback,
    opts: Pick<ReadOptions, 'signal' | 'onMerge' | 'onHiddenColumns'> = {},
  ): Xml2003StreamResult {
    return this.streamSheet(this.pick(sheet), onRow, opts);
  }

  private streamSheet(
    s: XmlSheet,
    onRow: RowCallback,
    opts: Pick<ReadOptions, 'signal' | 'onMerge' | 'onHiddenColumns'>,
  ): Xml2003StreamResult {
    const merges = s.merges.map((m) => ({ ...m }));
    if (opts.onMerge) merges.forEach(opts.onMerge);
    const hiddenColumns = rangeNumbers(s.hiddenColumns, 16_384);
    if (hiddenColumns.length) opts.onHiddenColumns?.(hiddenColumns);
    const hidden = s.hiddenRows;
    let h = 0;
    let cells = 0;
    for (const r of s.rows) {
      if (opts.signal?.aborted) throw new ImportReadError('CANCELLED', this.file);
      cells += lastColumn(r);
      if (cells > MAX_XML_SPREADSHEET_SHEET_CELLS) throw this.tooSparse(s, r);
      while (h < hidden.length && hidden[h + 1]! < r.n) h += 2;
      onRow(layOut(r), r.n, h < hidden.length && hidden[h]! <= r.n);
    }
    return { sheet: s.name, hidden: s.hidden, merges, hiddenColumns };
  }

  /** A sheet too sparse to lay out, refused at the row that crosses the limit. */
  private tooSparse(s: XmlSheet, r: XmlRow): ImportReadError {
    return new ImportReadError(
      'FILE_TOO_LARGE',
      this.file,
      { sheet: s.name, row: r.n },
      catalogueDetail('readDetail.xmlSheetTooSparse', { n: MAX_XML_SPREADSHEET_SHEET_CELLS }),
    );
  }

  /** One sheet as a table (blank rows as []): rows are fresh copies. */
  read(sheet: string | null): RawTable {
    const s = this.pick(sheet);
    // The whole sheet is laid out: refuse one too sparse before laying out any of it.
    let laidOut = 0;
    for (const r of s.rows)
      if ((laidOut += lastColumn(r)) > MAX_XML_SPREADSHEET_SHEET_CELLS) throw this.tooSparse(s, r);
    const rows: RawCell[][] = [];
    const res = this.streamSheet(
      s,
      (cells, n) => {
        while (rows.length < n - 1) rows.push([]);
        rows[n - 1] = cells;
      },
      {},
    );
    return {
      file: this.file,
      sheet: res.sheet,
      hidden: res.hidden,
      rows,
      // (the hidden rows of the table: blank ones between its rows too, none past its last row)
      hiddenRows: rangeNumbers(s.hiddenRows, rows.length),
      merges: res.merges,
    };
  }

  /** Columns hidden in Excel, ascending, each once. */
  hiddenColumns(sheet: string | null): number[] {
    return rangeNumbers(this.pick(sheet).hiddenColumns, 16_384);
  }
}

// ---------------------------------------------------------------- opening

/** The last workbook parsed, by file version: an import opens the same file several times. */
let last: { key: string; wb: Xml2003Workbook } | null = null;

/**
 * Reads, guards and parses an XML Spreadsheet 2003 file whose head was sniffed as such. Returns the
 * bytes read (to hash them), or null when this version of the file was parsed last time.
 */
export async function openXml2003(
  filePath: string,
  file: string,
  size: number,
  mtimeMs: number,
  fmt: TextFormat,
): Promise<{ wb: Xml2003Workbook; buf: Buffer | null }> {
  if (size > MAX_XML_SPREADSHEET_BYTES) {
    throw new ImportReadError(
      'FILE_TOO_LARGE',
      file,
      {},
      catalogueDetail('readDetail.xmlTooLarge', { n: MAX_XML_SPREADSHEET_BYTES / 1024 / 1024 }),
    );
  }
  const key = `${filePath}\u0000${size}\u0000${mtimeMs}\u0000${fmt.encoding}`;
  if (last?.key === key && last.wb.file === file) return { wb: last.wb, buf: null };
  const buf = await fs.promises.readFile(filePath);
  const wb = parseXml2003(decodeWhole(buf, file, fmt.encoding, fmt.bomLength), file);
  last = { key, wb };
  return { wb, buf };
}

// ---------------------------------------------------------------- scanning

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The five predefined entities and numeric references; anything else is left as written. */
function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED.get(e) ?? m;
  });
}

const isXmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Ends an attribute name: whitespace, '=', '/', or a quote. */
const endsName = (c: number) => isXmlSpace(c) || c === 0x3d || c === 0x2f || c === 0x22 || c === 0x27;

/**
 * Attributes of a tag by local name (the "ss:" prefix dropped), values decoded. Scanned by hand in
 * one pass: every step moves forward (a name without "= value" is passed over, a quoted value is
 * skipped with one indexOf), so a tag body of any length costs linear time.
 */
function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // a quoted value without a name: passed over whole
      const q = raw.indexOf(c === 0x22 ? '"' : "'", i + 1);
      i = q < 0 ? n : q + 1;
      continue;
    }
    if (endsName(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !endsName(raw.charCodeAt(j))) j++;
    const name = raw.slice(i, j);
    let k = j;
    while (k < n && isXmlSpace(raw.charCodeAt(k))) k++;
    if (raw.charCodeAt(k) !== 0x3d) {
      i = j; // a name alone
      continue;
    }
    k++;
    while (k < n && isXmlSpace(raw.charCodeAt(k))) k++;
    const q = raw.charCodeAt(k);
    if (q !== 0x22 && q !== 0x27) {
      i = k; // "name=" without a quoted value
      continue;
    }
    const end = raw.indexOf(q === 0x22 ? '"' : "'", k + 1);
    if (end < 0) break;
    const colon = name.lastIndexOf(':');
    const local = colon >= 0 ? name.slice(colon + 1) : name;
    // The SpreadsheetML attribute wins over a same-named one of another namespace.
    if (!out.has(local) || name.startsWith('ss:')) out.set(local, decodeXml(raw.slice(k + 1, end)));
    i = end + 1;
  }
  return out;
}

type TagKind = 'open' | 'close' | 'empty';

interface Handler {
  tag(kind: TagKind, name: string, rawAttrs: string): void;
  text(text: string): void;
}

/**
 * Calls the handler for each tag and piece of text, in order. Comments, processing instructions
 * and declarations are skipped, CDATA is text. Every step moves forward through the text (a
 * quoted attribute value is skipped with one indexOf), so any input costs linear time. Returns
 * false when the text ends inside a tag, comment or CDATA section (a truncated file) or a tag
 * holds a '<' (not well-formed).
 */
function scan(xml: string, h: Handler): boolean {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      h.text(decodeXml(xml.slice(i)));
      return true;
    }
    if (lt > i) h.text(decodeXml(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return false;
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return false;
      h.text(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    // The end of the tag: the first '>' outside a quoted attribute value.
    let p = lt + 1;
    let gt = -1;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (c === 0x22 || c === 0x27) {
        const q = xml.indexOf(c === 0x22 ? '"' : "'", p + 1);
        if (q < 0) return false;
        p = q + 1;
      } else if (c === 0x3e) {
        gt = p;
        break;
      } else if (c === 0x3c)
        return false; // '<' inside a tag: not well-formed
      else p++;
    }
    if (gt < 0) return false;
    i = gt + 1;
    if (xml.charCodeAt(lt + 1) === 0x21) continue; // <!…> (declarations are refused before scanning)
    const body = xml.slice(lt + 1, gt);
    const m = /^(\/?)\s*(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body);
    if (!m) continue;
    const kind: TagKind = m[1] ? 'close' : body.endsWith('/') ? 'empty' : 'open';
    h.tag(kind, m[2]!, kind === 'close' ? '' : body.slice(m[0].length));
  }
  return true;
}

// ---------------------------------------------------------------- the workbook

/** Excel's named number formats that show a percentage or a date. */
const NAMED_FORMATS: ReadonlyMap<string, NumberKind | null> = new Map([
  ['percent', 'percent'],
  ['general date', 'date'],
  ['long date', 'date'],
  ['medium date', 'date'],
  ['short date', 'date'],
  ...[
    'general',
    'general number',
    'currency',
    'euro currency',
    'fixed',
    'standard',
    'scientific',
    'long time',
    'medium time',
    'short time',
    'yes/no',
    'true/false',
    'on/off',
  ].map((f) => [f, null] as [string, null]),
]);

function formatKind(format: string): NumberKind | null {
  const named = NAMED_FORMATS.get(format.trim().toLowerCase());
  return named !== undefined ? named : numberKindOf(format);
}

/** A positive whole number written in an attribute (ss:Index), or null when absent. */
function wholeAttr(
  attrs: Map<string, string>,
  name: string,
  min: number,
  corrupt: (what: string) => ImportReadError,
): number | null {
  const raw = attrs.get(name);
  if (raw === undefined) return null;
  const v = /^\s*\d{1,10}\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(v) || v < min) throw corrupt(`ss:${name}="${raw.slice(0, 20)}"`);
  return v;
}

/** Parses the text of a whole XML Spreadsheet 2003 file (the guards run first). */
export function parseXml2003(text: string, file: string): Xml2003Workbook {
  assertNoXmlDeclarations(text, file, 'XML Spreadsheet 2003');

  const sheets: XmlSheet[] = [];
  const styles = new Map<string, { parent?: string; format?: string }>();
  const kinds = new Map<string, NumberKind | null>();
  let sheet: XmlSheet | null = null;
  let corruptSheet: string | null = null;
  const corrupt = (what: string) =>
    new ImportReadError('CORRUPT_WORKBOOK', file, corruptSheet === null ? {} : { sheet: corruptSheet }, {
      vi: what,
      en: what,
    });

  let workbookOpen = false;
  let date1904 = false;
  let workbookClosed = false;
  let style: { parent?: string; format?: string } | null = null;
  let inTable = false;
  let colNum = 0; // last column of a <Column> in the table
  let rowNum = 0; // last row number used (a row's ss:Span included)
  let row: XmlRow | null = null;
  let rowCols: number[] = []; // the column of each value of the row
  let rowIndex = 0;
  let cellCol = 0; // last column used in the row (a cell's ss:MergeAcross included)
  let cell: {
    col: number;
    style: string;
    formula: string | undefined;
    value: RawCell;
    /** A <Data> was written: the formula's result was saved, even when it is empty text. */
    hasData: boolean;
  } | null = null;
  let data: { type: string; text: string; depth: number } | null = null;
  let commentDepth = 0;
  let inOptions = false;
  let visible: string | null = null;

  function numberKind(id: string): NumberKind | null {
    if (kinds.has(id)) return kinds.get(id)!;
    let kind: NumberKind | null = null;
    // A style inherits its number format from ss:Parent (a few levels at most; cycles are cut).
    let cur: string | undefined = id;
    for (let depth = 0; cur !== undefined && depth < 16; depth++) {
      const s = styles.get(cur);
      if (!s) break;
      if (s.format !== undefined) {
        kind = formatKind(s.format);
        break;
      }
      cur = s.parent;
    }
    kinds.set(id, kind);
    return kind;
  }

  function endData(): void {
    if (!cell || !data) return;
    const t = data.text;
    switch (data.type) {
      case 'Number': {
        const v = t.trim() === '' ? NaN : Number(t);
        cell.value = Number.isFinite(v)
          ? shownNumber(v, cell.style ? numberKind(cell.style) : null, date1904)
          : t;
        break;
      }
      case 'Boolean':
        cell.value = /^\s*(1|true)\s*$/i.test(t);
        break;
      case 'DateTime': {
        // "2022-09-01T00:00:00.000": the day, as a date-formatted number reads elsewhere.
        const m = /^\s*(\d{4}-\d{2}-\d{2})T/.exec(t);
        cell.value = m && m[1]! >= '1900' ? m[1]! : t.trim();
        break;
      }
      default: // String, Error
        cell.value = t === '' ? null : toNfc(t);
    }
    data = null;
  }

  function endCell(): void {
    if (!cell || !sheet || !row) return;
    let v = cell.value === '' ? null : cell.value;
    if (v === null && cell.formula && !cell.hasData) {
      const f = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
      v = `${UNCACHED_FORMULA}${f.slice(0, 200)}`;
    }
    if (typeof v === 'string') checkTextCell(v, file, sheet.name, rowIndex, cell.col);
    if (v !== null) {
      row.values.push(v);
      rowCols.push(cell.col);
    }
    cell = null;
  }

  function endRow(): void {
    if (!sheet || !row) return;
    endCell();
    if (row.values.length) {
      // (the usual row holds columns 1, 2, 3…: its columns need not be kept)
      if (rowCols[rowCols.length - 1] !== row.values.length) row.cols = rowCols;
      sheet.rows.push(row);
    }
    row = null;
  }

  function endSheet(): void {
    endRow();
    sheet = null;
    inTable = false;
    corruptSheet = null;
  }

  const complete = scan(text, {
    text(t) {
      if (data && commentDepth === 0) data.text += t;
      else if (visible !== null) visible += t;
    },
    tag(kind, name, raw) {
      const opening = kind !== 'close';
      if (data && commentDepth === 0) {
        // Rich text: formatting elements (B, Font, Sup, …) inside <Data>; their text is the value.
        if (name === 'Data' && kind === 'close' && --data.depth === 0) endData();
        else if (name === 'Data' && kind === 'open') data.depth++;
        return;
      }
      switch (name) {
        case 'Workbook':
          if (opening) workbookOpen = true;
          else workbookClosed = true;
          return;
        case 'Date1904': // <ExcelWorkbook><Date1904/>: day counts start in 1904
          if (opening) date1904 = true;
          return;
        case 'Style':
          if (kind === 'close') {
            style = null;
            return;
          }
          {
            const a = attributes(raw);
            const id = a.get('ID');
            const s: { parent?: string; format?: string } = {};
            const parent = a.get('Parent');
            if (parent !== undefined) s.parent = parent;
            if (id !== undefined) styles.set(id, s);
            style = kind === 'open' ? s : null;
          }
          return;
        case 'NumberFormat':
          if (style && opening) {
            const f = attributes(raw).get('Format');
            style.format = f ?? 'General';
          }
          return;
        case 'Worksheet':
          if (kind === 'close') {
            endSheet();
            return;
          }
          endSheet();
          if (sheets.length >= MAX_XML_SPREADSHEET_SHEETS)
            throw new ImportReadError(
              'NOT_A_SPREADSHEET',
              file,
              {},
              catalogueDetail('readDetail.xmlTooManySheets', { n: MAX_XML_SPREADSHEET_SHEETS }),
            );
          sheet = {
            name: attributes(raw).get('Name') ?? `Sheet${sheets.length + 1}`,
            hidden: false,
            rows: [],
            hiddenRows: [],
            merges: [],
            hiddenColumns: [],
          };
          sheets.push(sheet);
          corruptSheet = sheet.name;
          visible = null;
          inOptions = false;
          rowNum = 0;
          colNum = 0;
          if (kind === 'empty') endSheet();
          return;
        case 'WorksheetOptions':
          inOptions = opening && kind === 'open';
          return;
        case 'Visible':
          if (sheet && inOptions) {
            if (kind === 'open') visible = '';
            else if (kind === 'close' && visible !== null && /hidden/i.test(visible)) sheet.hidden = true;
            if (kind === 'close') visible = null;
          }
          return;
        case 'Table':
          inTable = sheet !== null && kind === 'open';
          if (kind === 'close') endRow();
          return;
        case 'Column': {
          if (!sheet || !inTable || !opening) return;
          const a = attributes(raw);
          const c = wholeAttr(a, 'Index', 1, corrupt) ?? colNum + 1;
          const span = wholeAttr(a, 'Span', 0, corrupt) ?? 0;
          checkColumnNumber(c, 1, file, sheet.name);
          colNum = c + span;
          const hidden = a.get('Hidden');
          if (hidden === '1' || hidden === 'true')
            // (a style range may run far right: only the first few hundred can hold a table)
            sheet.hiddenColumns.push(c, Math.min(c + span, c + 500, 16_384));
          return;
        }
        case 'Row': {
          if (!sheet || !inTable) return;
          if (kind === 'close') {
            endRow();
            return;
          }
          endRow();
          const a = attributes(raw);
          const r = wholeAttr(a, 'Index', 1, corrupt) ?? rowNum + 1;
          if (r <= rowNum) throw corrupt(`ss:Index="${r}" (≤ ${rowNum})`);
          const span = wholeAttr(a, 'Span', 0, corrupt) ?? 0;
          checkRowNumber(r + span, file, sheet.name);
          const hidden = a.get('Hidden');
          if (hidden === '1' || hidden === 'true') {
            // (rows only go forward: a range joins the one before when it follows it)
            const h = sheet.hiddenRows;
            if (h.length && h[h.length - 1] === r - 1) h[h.length - 1] = r + span;
            else h.push(r, r + span);
          }
          rowNum = r + span;
          rowIndex = r;
          row = { n: r, values: [], cols: null };
          rowCols = [];
          cellCol = 0;
          if (kind === 'empty') endRow();
          return;
        }
        case 'Cell': {
          if (!sheet || !row) return;
          if (kind === 'close') {
            endCell();
            return;
          }
          endCell();
          const a = attributes(raw);
          const c = wholeAttr(a, 'Index', 1, corrupt) ?? cellCol + 1;
          if (c <= cellCol) throw corrupt(`ss:Index="${c}" (≤ ${cellCol})`);
          checkColumnNumber(c, rowIndex, file, sheet.name);
          const across = wholeAttr(a, 'MergeAcross', 0, corrupt) ?? 0;
          const down = wholeAttr(a, 'MergeDown', 0, corrupt) ?? 0;
          if (across || down) {
            checkColumnNumber(c + across, rowIndex, file, sheet.name);
            checkRowNumber(rowIndex + down, file, sheet.name);
            sheet.merges.push({ fromRow: rowIndex, fromCol: c, toRow: rowIndex + down, toCol: c + across });
          }
          cellCol = c + across;
          cell = {
            col: c,
            style: a.get('StyleID') ?? '',
            formula: a.get('Formula'),
            value: null,
            hasData: false,
          };
          commentDepth = 0;
          if (kind === 'empty') endCell();
          return;
        }
        case 'Comment':
          if (cell) {
            if (kind === 'open') commentDepth++;
            else if (kind === 'close' && commentDepth > 0) commentDepth--;
          }
          return;
        case 'Data':
          if (!cell || commentDepth > 0) return;
          if (opening) cell.hasData = true;
          if (kind === 'empty') {
            data = { type: attributes(raw).get('Type') ?? 'String', text: '', depth: 0 };
            endData();
          } else if (kind === 'open')
            data = { type: attributes(raw).get('Type') ?? 'String', text: '', depth: 1 };
          return;
        default:
          return;
      }
    },
  });
  endSheet();

  if (!workbookOpen)
    throw new ImportReadError('CORRUPT_WORKBOOK', file, {}, catalogueDetail('readDetail.xmlNoWorkbook'));
  if (!complete || !workbookClosed)
    throw new ImportReadError(
      'CORRUPT_WORKBOOK',
      file,
      {},
      catalogueDetail(complete ? 'readDetail.xmlNoWorkbookEnd' : 'readDetail.xmlMalformed'),
    );
  if (sheets.length === 0)
    throw new ImportReadError('CORRUPT_WORKBOOK', file, {}, catalogueDetail('readDetail.noWorksheets'));
  return new Xml2003Workbook(file, sheets);
}
