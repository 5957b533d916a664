// Hard limits of the readers. Excel's own limits (rows, columns, cell length) say what a real
// spreadsheet can hold; the zip limits keep a hostile file from exhausting memory (the product
// promise is "refused within 5 s and 1 GB").

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_CHARS = 32_767;
/** A sheet's name: Excel allows 31 characters, LibreOffice and Google Sheets a few more. */
export const MAX_SHEET_NAME_CHARS = 255;

/** Largest file we accept at all (a 1M-row KPI CSV is ~60 MB; xlsx of 100k rows ~5 MB). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Largest legacy .xls (Excel 97–2003) read: its reader holds the whole workbook, ~40× its size. */
export const MAX_XLS_BYTES = 16 * 1024 * 1024;

/** Sum of the uncompressed sizes of all parts of an xlsx we are willing to inflate. */
export const MAX_ZIP_TOTAL_UNCOMPRESSED = 500 * 1024 * 1024;
/**
 * Per-entry compression ratio above which a big entry is a bomb. Real sheet XML compresses 5–30×;
 * a bomb of zeros compresses ~1000×. Small entries may have any ratio (a 2 KB styles.xml of
 * repeated tags can exceed 100:1 harmlessly), hence the size floor.
 */
export const MAX_ZIP_ENTRY_RATIO = 100;
export const ZIP_RATIO_MIN_BYTES = 10 * 1024 * 1024;
/** Number of parts: a workbook has tens; thousands means something else. */
export const MAX_ZIP_ENTRIES = 10_000;

/** How many bytes of a text file the encoding/delimiter sniffers look at. */
export const SNIFF_BYTES = 256 * 1024;

/**
 * Largest Excel "XML Spreadsheet 2003" file we read. It is decoded and scanned whole in memory,
 * like a web page, and is verbose (~50 bytes a cell): 64 MB holds a 100k-row KPI table.
 */
export const MAX_XML_SPREADSHEET_BYTES = 64 * 1024 * 1024;
/** Worksheets of one XML Spreadsheet 2003 file (a real workbook has a handful). */
export const MAX_XML_SPREADSHEET_SHEETS = 1_000;
/**
 * Cells of one XML Spreadsheet 2003 sheet once laid out as rows (a row is as wide as its last
 * value, the blank cells before it included). A file under the size cap holds at most ~1.5 million
 * written values (~45 bytes each): a real table fits well within this, gaps and all; one value in
 * column XFD of every row (1 MB of XML, a third of a billion cells) is refused instead, at the
 * row that crosses the limit. (Each row of 16,384 cells costs about a millisecond to hand out.)
 */
export const MAX_XML_SPREADSHEET_SHEET_CELLS = 4_194_304;

/** Old-generation heap of a thread that reads a text table (a 1M-row CSV streams well within it). */
export const WORKER_HEAP_MB = 128;

/**
 * Heap ceiling of a thread reading the file `name` of `bytes`. A workbook's bytes and its
 * shared-string table stay in memory while its sheet streams, so the ceiling grows with the file
 * (a 100 MB .xlsx gets about 530 MB), up to 1 GB. Used for the import worker and its reader thread.
 */
export function readerHeapMb(name: string, bytes: number): number {
  if (!/\.(xlsx|xlsm|xls)$/i.test(name)) return WORKER_HEAP_MB;
  return Math.min(1024, WORKER_HEAP_MB + Math.ceil((4 * bytes) / (1024 * 1024)));
}
