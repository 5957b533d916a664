// The one reading interface: inspect a file, read a sheet as a table, or stream its rows. The
// container is decided by magic bytes (safety/sniff), never by the file name (a text file is a web
// page when its content starts with HTML, an Excel "XML Spreadsheet 2003" when its root element is
// a SpreadsheetML Workbook, whatever it is called); every refusal is an ImportReadError with a
// stable code. Spreadsheet formats we recognise but do not read (.ods, .fods, .xlsb, Numbers) are
// refused by name with what to do instead.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatNumber } from '../../../shared/format';
import type { CellRange, FileInspection, RawCell, RawTable } from '../../../shared/imports/types';
import { classifyCfb } from '../safety/cfb';
import { catalogueDetail, ImportReadError, isImportReadError, unsupportedFormat } from '../safety/errors';
import { MAX_FILE_BYTES, MAX_SHEET_NAME_CHARS, MAX_XLS_BYTES } from '../safety/limits';
import { assertTextRowLimit } from '../safety/rowCountPrecheck';
import { sniffContainer, sniffZipFormat, type ContainerKind } from '../safety/sniff';
import { readZipDirectory } from '../safety/zipDirectory';
import { HTML_READER_ID, openHtmlPage } from './htmlReader';
import {
  CSV_READER_ID,
  sniffTextFormat,
  streamTextRows,
  type TextFormat,
  type UnterminatedRow,
} from './text/csvReader';
import type { ReadOptions, RowCallback } from './types';
import { readerThreadScript, readsAside, streamRowsInThread } from './readerThread';
import { textRowsChecked } from './rowsChecked';
import { xlsReaderId, XlsWorkbook } from './xlsReader';
import { readXlsxTable, streamXlsxRows, XLSX_READER_ID, xlsxSheets } from './xlsxReader';
import { openXlsxPackage } from './xlsx/workbookParts';
import { openXml2003, XML2003_READER_ID, type Xml2003Workbook } from './xml2003Reader';

export type { ReadOptions, RowCallback } from './types';
export { readPasted } from './pastedReader';
export { ImportReadError, isImportReadError } from '../safety/errors';

interface Opened {
  file: string;
  size: number;
  /** Identifies this version of the file (with the path and size). */
  mtimeMs: number;
  container: ContainerKind;
}

async function open(filePath: string): Promise<Opened> {
  const file = path.basename(filePath);
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(filePath);
  } catch (e) {
    // (permission refused here is a folder on the way the account may not enter)
    throw openFailure(e, filePath, 'folder');
  }
  if (!st.isFile())
    throw new ImportReadError(
      'FILE_NOT_FOUND',
      file,
      {},
      catalogueDetail(st.isDirectory() ? 'readDetail.isFolder' : 'readDetail.notAFile'),
    );
  if (st.size === 0) throw new ImportReadError('FILE_EMPTY', file);
  if (st.size > MAX_FILE_BYTES)
    throw new ImportReadError(
      'FILE_TOO_LARGE',
      file,
      {},
      { vi: `${formatNumber(st.size, 'vi', 0)} byte`, en: `${formatNumber(st.size, 'en', 0)} bytes` },
    );
  const fh = await fs.promises.open(filePath, 'r').catch((e: unknown) => {
    throw openFailure(e, filePath, 'file');
  });
  try {
    const head = Buffer.alloc(Math.min(st.size, 8192));
    await fh.read(head, 0, head.length, 0);
    return { file, size: st.size, mtimeMs: st.mtimeMs, container: sniffContainer(head) };
  } finally {
    await fh.close();
  }
}

/**
 * Why a file could not be looked at (stat) or opened: not there (FILE_NOT_FOUND), or there but
 * not to be read — no permission on the file or on a folder on its way, a disk error —
 * (FILE_UNREADABLE, saying which). Never the system's bare "EACCES" under an internal error.
 */
function openFailure(e: unknown, filePath: string, step: 'folder' | 'file'): ImportReadError {
  const file = path.basename(filePath);
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  if (['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP'].includes(code))
    return new ImportReadError('FILE_NOT_FOUND', file);
  if (code === 'EACCES' || code === 'EPERM')
    return new ImportReadError(
      'FILE_UNREADABLE',
      file,
      {},
      step === 'folder'
        ? catalogueDetail('readDetail.folderNoPermission', { folder: path.dirname(filePath) })
        : catalogueDetail('readDetail.noPermission'),
    );
  return new ImportReadError(
    'FILE_UNREADABLE',
    file,
    {},
    catalogueDetail('readDetail.systemError', { code: code || String((e as Error)?.message ?? e) }),
  );
}

async function sha256Of(filePath: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1 << 20 }))
    h.update(chunk as Buffer);
  return h.digest('hex');
}

const sha256OfBuffer = (buf: Buffer): string => createHash('sha256').update(buf).digest('hex');

const textHint = (file: string): 'csv' | 'tsv' => (/\.(tsv|tab|txt)$/i.test(file) ? 'tsv' : 'csv');

/**
 * The text's format. A text file named as a workbook is read as the table it holds (a CSV saved
 * as .xlsx by a portal); one whose lines hold no columns is no table at all and is refused as
 * not a workbook, as a renamed image is (tester round 74: its four mapping errors said nothing).
 */
async function sniffText(filePath: string, o: Opened, opts: ReadOptions): Promise<TextFormat> {
  const fmt = await sniffTextFormat(filePath, o.file, o.size, opts, textHint(o.file));
  if (/\.xl(s[xmb]?|t[xm]?)$/i.test(o.file) && !fmt.xml && !fmt.html && !fmt.columns)
    throw new ImportReadError('NOT_A_SPREADSHEET', o.file, {}, catalogueDetail('readDetail.textNoTable'));
  return fmt;
}

/**
 * The bytes of a legacy .xls, read whole (its reader parses the whole workbook, ~40 times its size
 * in memory): only under MAX_XLS_BYTES. An .xls holds at most 65,536 rows of 256 columns; a real
 * one is a few MB.
 */
async function cfbBytes(filePath: string, o: Opened): Promise<Buffer> {
  if (o.size > MAX_XLS_BYTES)
    throw new ImportReadError(
      'FILE_TOO_LARGE',
      o.file,
      {},
      catalogueDetail('readDetail.xlsTooLarge', { n: MAX_XLS_BYTES / 1024 / 1024 }),
    );
  return fs.promises.readFile(filePath);
}

function openCfb(buf: Buffer, file: string): XlsWorkbook {
  let kind;
  try {
    kind = classifyCfb(buf);
  } catch {
    // (the container library's own words, "Sector Shift: Expected 9 or 12", tell the analyst nothing)
    throw new ImportReadError('CORRUPT_WORKBOOK', file, {}, catalogueDetail('readDetail.xlsDamaged'));
  }
  if (kind.kind === 'encrypted') throw new ImportReadError('ENCRYPTED', file);
  if (kind.kind === 'other')
    throw new ImportReadError(
      'NOT_A_SPREADSHEET',
      file,
      {},
      { vi: 'tệp OLE không phải Excel', en: 'an OLE file that is not Excel' },
    );
  return new XlsWorkbook(buf, file);
}

/**
 * An .xlsx (or .xlsm) as bytes; a zip that is an OpenDocument package, an Excel Binary Workbook
 * or an Apple Numbers document is refused by name here, before the workbook reader looks for
 * xl/workbook.xml. (The directory checks — truncation, zip bombs — are the workbook reader's.)
 */
async function readZip(filePath: string, file: string): Promise<Buffer> {
  const buf = await fs.promises.readFile(filePath);
  const other = sniffZipFormat(buf, readZipDirectory(buf, file));
  if (other) throw unsupportedFormat(file, other);
  return buf;
}

/** An XML text file: an XML Spreadsheet 2003 is read; flat OpenDocument and other XML are refused. */
async function openXml(
  filePath: string,
  o: Opened,
  fmt: TextFormat,
): Promise<{ wb: Xml2003Workbook; buf: Buffer | null }> {
  if (fmt.xml === 'flat-odf') throw unsupportedFormat(o.file, 'fods');
  if (fmt.xml !== 'spreadsheetml') throw unsupportedFormat(o.file, 'xml');
  return openXml2003(filePath, o.file, o.size, o.mtimeMs, fmt);
}

/** The names a table the app reads goes by: content of another kind under one was renamed or damaged. */
const TABLE_NAME = /\.(xl[st][xmb]?|xlsb|xml|csv|tsv|tab|txt|html?|ods)$/i;

function refuseBinary(o: Opened): never {
  const label = o.container.kind === 'binary' ? o.container.label : 'binary';
  // (text but for a NUL byte or two, as a copy from another program leaves: where it is — round 77
  // was told of "binary content" without a place)
  const nul = o.container.kind === 'binary' ? o.container.nulAt : undefined;
  if (nul)
    throw new ImportReadError(
      'NUL_IN_TEXT',
      o.file,
      {},
      catalogueDetail('readDetail.nulInText', { line: nul.line, column: nul.column }),
    );
  // (a picture or a PDF under its own name is no table at all, not a damaged one: no advice to
  // open it in Excel — round 75)
  if (!TABLE_NAME.test(o.file))
    throw new ImportReadError(
      'UNKNOWN_FORMAT',
      o.file,
      {},
      label === 'PDF'
        ? catalogueDetail('readDetail.pdfNoTable')
        : { vi: `nội dung ${label}`, en: `${label} content` },
    );
  throw new ImportReadError(
    'NOT_A_SPREADSHEET',
    o.file,
    {},
    { vi: `nội dung ${label}`, en: `${label} content` },
  );
}

/** Wraps unexpected library errors so callers only ever see ImportReadError. */
/** What the importer's onRow threw: passed on as it was, never taken for a broken file. */
class FromOnRow {
  constructor(readonly error: unknown) {}
}

async function guarded<T>(file: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof FromOnRow) throw err.error;
    if (isImportReadError(err)) throw err;
    const msg = String((err as Error)?.message ?? err);
    throw new ImportReadError('CORRUPT_WORKBOOK', file, {}, { vi: msg, en: msg });
  }
}

/** A sheet's name as Excel compares them: one Unicode form, capitals aside. */
const sheetNameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

/** What the file is and what it holds (sheets), without reading every cell. */
export async function inspectFile(filePath: string, opts: ReadOptions = {}): Promise<FileInspection> {
  const inspection = await inspectOpened(filePath, opts);
  // Two sheets of one name (Excel refuses to write them; a generated file may): which one a name
  // means is anyone's guess, so the analysis of one and the rows of the other could meet. Excel's
  // names ignore case ("Số liệu" and "SỐ LIỆU" are one), and so does --sheet's search.
  const names = new Map<string, string>();
  for (const sh of [...inspection.sheets, ...(inspection.chartSheets ?? []).map((name) => ({ name }))]) {
    // Excel's names have at most 31 characters (other programs' a few more): a name of millions
    // is a damaged or hostile file, refused before it is copied into every message and the batch.
    if (sh.name.length > MAX_SHEET_NAME_CHARS)
      throw new ImportReadError(
        'CORRUPT_WORKBOOK',
        inspection.fileName,
        {},
        catalogueDetail('readDetail.sheetNameTooLong', {
          name: `${sh.name.slice(0, 31)}…`,
          n: sh.name.length,
        }),
      );
    const key = sheetNameKey(sh.name);
    const twin = names.get(key);
    if (twin !== undefined)
      throw new ImportReadError(
        'CORRUPT_WORKBOOK',
        inspection.fileName,
        { sheet: sh.name },
        twin === sh.name
          ? catalogueDetail('readDetail.duplicateSheetName', { name: sh.name })
          : catalogueDetail('readDetail.sheetNamesOneToExcel', { name: twin, other: sh.name }),
      );
    names.set(key, sh.name);
  }
  return inspection;
}

async function inspectOpened(filePath: string, opts: ReadOptions): Promise<FileInspection> {
  const o = await open(filePath);
  return guarded(o.file, async () => {
    const base = { fileName: o.file, size: o.size };
    switch (o.container.kind) {
      // A workbook is read whole anyway: hash the bytes in hand instead of reading the file twice.
      case 'zip': {
        const buf = await readZip(filePath, o.file);
        const pkg = openXlsxPackage(buf, o.file);
        return {
          ...base,
          sha256: sha256OfBuffer(buf),
          format: 'xlsx',
          reader: XLSX_READER_ID,
          sheets: xlsxSheets(pkg),
          ...(pkg.chartSheets.length ? { chartSheets: pkg.chartSheets } : {}),
        };
      }
      case 'cfb': {
        const buf = await cfbBytes(filePath, o);
        const wb = openCfb(buf, o.file);
        return {
          ...base,
          sha256: sha256OfBuffer(buf),
          format: 'xls',
          reader: xlsReaderId(),
          sheets: wb.sheets(),
        };
      }
      case 'text': {
        const fmt = await sniffText(filePath, o, opts);
        if (fmt.xml) {
          const { wb, buf } = await openXml(filePath, o, fmt);
          return {
            ...base,
            sha256: buf ? sha256OfBuffer(buf) : await sha256Of(filePath),
            // An Excel 2003 workbook, as the app names formats (the reader id tells it is XML).
            format: 'xls',
            reader: XML2003_READER_ID,
            encoding: fmt.encoding,
            bom: fmt.bom,
            sheets: wb.sheets(),
          };
        }
        if (fmt.html) {
          const page = await openHtmlPage(filePath, o.file, o.size, fmt);
          return {
            ...base,
            sha256: await sha256Of(filePath),
            format: 'html',
            reader: HTML_READER_ID,
            encoding: fmt.encoding,
            bom: fmt.bom,
            sheets: page.sheets,
          };
        }
        return {
          ...base,
          sha256: await sha256Of(filePath),
          format: fmt.delimiter === '\t' ? 'tsv' : 'csv',
          reader: CSV_READER_ID,
          encoding: fmt.encoding,
          bom: fmt.bom,
          delimiter: fmt.delimiter,
          // Text tables have no sheets: read them with sheet = null.
          sheets: [],
        };
      }
      default:
        return refuseBinary(o);
    }
  });
}

/** Reads one sheet (null: the first visible sheet, or the text table) into memory. */
export async function readSheet(
  filePath: string,
  sheet: string | null,
  opts: ReadOptions = {},
): Promise<RawTable> {
  const o = await open(filePath);
  return guarded(o.file, async () => {
    switch (o.container.kind) {
      case 'zip':
        return readXlsxTable(await readZip(filePath, o.file), o.file, sheet, opts);
      case 'cfb':
        return openCfb(await cfbBytes(filePath, o), o.file).read(sheet);
      case 'text': {
        const fmt = await sniffText(filePath, o, opts);
        if (fmt.xml) return (await openXml(filePath, o, fmt)).wb.read(sheet);
        if (fmt.html) return (await openHtmlPage(filePath, o.file, o.size, fmt)).table(sheet);
        const rows: RawCell[][] = [];
        await streamText(filePath, o, fmt, opts, (cells, n) => {
          while (rows.length < n - 1) rows.push([]);
          rows[n - 1] = cells;
        });
        return { file: o.file, sheet: null, hidden: false, rows, hiddenRows: [], merges: [] };
      }
      default:
        return refuseBinary(o);
    }
  });
}

export { textRowsChecked };

/**
 * streamRows() on the reader thread when one is set (useReaderThread) and the file is large enough
 * to gain by it (READ_ASIDE_MIN_BYTES), else on this thread.
 */
export function streamRowsAside(
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  const script = readerThreadScript();
  return script !== null && readsAside(filePath)
    ? streamRowsInThread(script, filePath, sheet, onRow, opts)
    : streamRows(filePath, sheet, onRow, opts);
}

async function streamText(
  filePath: string,
  o: Opened,
  fmt: TextFormat,
  opts: ReadOptions,
  onRow: RowCallback,
): Promise<{ fmt: TextFormat; unterminated: UnterminatedRow | null }> {
  // UTF-16 has two-byte newlines; its row limit is enforced while streaming instead.
  if (fmt.encoding === 'utf-8' || fmt.encoding === 'windows-1258') {
    // An import streams the same file several times (the top for the mapping, then every row):
    // the full-file count is needed once per version of the file, not per pass.
    const version = `${filePath}\u0000${o.size}\u0000${o.mtimeMs}\u0000${fmt.bomLength}`;
    if (textRowsChecked.get() !== version) {
      await assertTextRowLimit(filePath, o.file, fmt.bomLength);
      textRowsChecked.set(version);
    }
  }
  const unterminated = await streamTextRows(filePath, o.file, o.size, fmt, onRow, opts);
  return { fmt, unterminated };
}

/** Hands out the rows of a table read whole, as streamRows does for streamed formats. */
function replayTable(table: RawTable, onRow: RowCallback, opts: ReadOptions): StreamResult {
  if (opts.onMerge) table.merges.forEach(opts.onMerge);
  if (table.hiddenColumns?.length) opts.onHiddenColumns?.(table.hiddenColumns);
  const hidden = new Set(table.hiddenRows);
  table.rows.forEach((cells, i) => {
    if (opts.signal?.aborted) throw new ImportReadError('CANCELLED', table.file);
    onRow(cells, i + 1, hidden.has(i + 1));
  });
  return {
    sheet: table.sheet,
    merges: table.merges,
    ...(table.hiddenColumns?.length ? { hiddenColumns: table.hiddenColumns } : {}),
    ...(table.heading ? { heading: table.heading } : {}),
    ...(table.pageTitle ? { pageTitle: table.pageTitle } : {}),
  };
}

/** What streaming a sheet tells besides its rows: the sheet read and its merged ranges. */
export interface StreamResult {
  sheet: string | null;
  /** Merged ranges (an xlsx lists them after its rows, so they are known only at the end). */
  merges: CellRange[];
  /** Columns hidden in Excel (xlsx, xls, XML spreadsheet). */
  hiddenColumns?: number[];
  /** A web page's heading of the table and its title (RawTable.heading, pageTitle). */
  heading?: string;
  pageTitle?: string;
  /** A text file that ends inside its last record, no line break after it (csvReader). */
  unterminated?: UnterminatedRow;
}

/**
 * Streams rows with bounded memory (1M-row CSV, 100k-row xlsx). `onRow` runs synchronously for
 * each row in order; throw from it to stop. Cancel with `opts.signal` (→ CANCELLED).
 */
export async function streamRows(
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  const o = await open(filePath);
  const given = onRow;
  // (an error of the importer's, SQLITE_BUSY say, is its own: not "the workbook is corrupt")
  onRow = (cells, n, hidden) => {
    try {
      given(cells, n, hidden);
    } catch (e) {
      throw new FromOnRow(e);
    }
  };
  return guarded(o.file, async () => {
    switch (o.container.kind) {
      case 'zip': {
        const merges: CellRange[] = [];
        let hiddenColumns: number[] = [];
        const meta = await streamXlsxRows(await readZip(filePath, o.file), o.file, sheet, onRow, opts, {
          onMerge: (r) => {
            merges.push(r);
            opts.onMerge?.(r);
          },
          onHiddenColumns: (cols) => {
            hiddenColumns = cols;
            opts.onHiddenColumns?.(cols);
          },
        });
        return { sheet: meta.sheet, merges, hiddenColumns };
      }
      case 'cfb':
        // An .xls holds at most 65,536 rows, so reading it whole is bounded already.
        return replayTable(openCfb(await cfbBytes(filePath, o), o.file).read(sheet), onRow, opts);
      case 'text': {
        const fmt = await sniffText(filePath, o, opts);
        // An XML spreadsheet is capped in size (MAX_XML_SPREADSHEET_BYTES) and parsed whole, but
        // kept as written: its rows are laid out one at a time as they are handed out.
        if (fmt.xml) {
          const { wb } = await openXml(filePath, o, fmt);
          const { sheet: name, merges, hiddenColumns } = wb.stream(sheet, onRow, opts);
          return { sheet: name, merges, hiddenColumns };
        }
        // A web page is capped in size (MAX_HTML_BYTES), so reading it whole is bounded too.
        if (fmt.html)
          return replayTable((await openHtmlPage(filePath, o.file, o.size, fmt)).table(sheet), onRow, opts);
        const { unterminated } = await streamText(filePath, o, fmt, opts, onRow);
        return { sheet: null, merges: [], ...(unterminated ? { unterminated } : {}) };
      }
      default:
        return refuseBinary(o);
    }
  });
}
