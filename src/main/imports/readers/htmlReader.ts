// A web page given as a file: a page saved from the ministry's portal, or a portal's "Xuất Excel"
// export, which is an HTML table in a file named .xls. It is read with the same table scanner as
// a table pasted from a browser. A page is read whole (it is small: a 63-row ranking is ~10 KB),
// so its size is capped well below the CSV limit. Several data tables are offered as sheets
// ("Bảng 1", "Bảng 2", … in page order, each shown with its heading and found by it too) so the
// analyst can choose; one data table reads like a CSV, without sheets.
import * as fs from 'node:fs';
import { formatNumber } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import type { RawTable, SheetInfo } from '../../../shared/imports/types';
import { ImportReadError } from '../safety/errors';
import { decodeWhole } from './text/decodeStream';
import { bestTableIndex, dataRowCount, parseHtmlTables, type HtmlGrid } from './text/htmlTable';
import { textRowsToCells } from './text/rowCells';
import type { TextFormat } from './text/csvReader';

export const HTML_READER_ID = 'dti-desk/html';

/** Largest web page we read (it is decoded and scanned in memory). */
export const MAX_HTML_BYTES = 32 * 1024 * 1024;

export interface HtmlPage {
  /** The tables offered as sheets (empty when the page has one data table). */
  sheets: SheetInfo[];
  /** Reads one table: a sheet name, or null for the data table. */
  table(sheet: string | null): RawTable;
}

const sheetName = (i: number) => `Bảng ${i + 1}`;

/** Reads and scans the page; refuses one that has no table with content. */
export async function openHtmlPage(
  filePath: string,
  file: string,
  size: number,
  fmt: TextFormat,
): Promise<HtmlPage> {
  if (size > MAX_HTML_BYTES) {
    const say = (lang: 'vi' | 'en') =>
      translate(lang, 'readDetail.htmlTooLarge', { n: formatNumber(MAX_HTML_BYTES / 1024 / 1024, lang, 0) });
    throw new ImportReadError('FILE_TOO_LARGE', file, {}, { vi: say('vi'), en: say('en') });
  }
  const html = decodeWhole(await fs.promises.readFile(filePath), file, fmt.encoding, fmt.bomLength);
  const grids = parseHtmlTables(html, { file });
  if (grids.length === 0) throw new ImportReadError('HTML_NO_TABLE', file);
  // Layout tables (a menu, a footer) have at most one filled cell per row.
  const data = grids.filter((g) => dataRowCount(g) >= 2);
  const listed: HtmlGrid[] = data.length >= 2 ? data : [];
  const sheets: SheetInfo[] = listed.map((g, i) => ({
    name: sheetName(i),
    hidden: false,
    rowCount: g.rows.length,
    ...(g.heading ? { title: g.heading } : {}),
  }));
  // (a table is also found by its heading, as the page shows it: `--sheet "Bảng 2. Kinh tế số …"`)
  const key = (t: string) => t.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

  return {
    sheets,
    table(sheet) {
      let grid: HtmlGrid;
      let name: string | null = null;
      if (sheet === null) {
        const pool = listed.length ? listed : grids;
        const i = bestTableIndex(pool);
        grid = pool[i]!;
        if (listed.length) name = sheetName(i);
      } else {
        const named = sheets.findIndex((s) => s.name === sheet);
        const i =
          named >= 0 ? named : sheets.findIndex((s) => s.title !== undefined && key(s.title) === key(sheet));
        if (i < 0) throw new ImportReadError('SHEET_NOT_FOUND', file, { sheet });
        grid = listed[i]!;
        name = sheets[i]!.name;
      }
      return {
        file,
        sheet: name,
        hidden: false,
        rows: textRowsToCells(grid.rows, file, name),
        hiddenRows: [],
        merges: grid.merges,
        ...(grid.heading ? { heading: grid.heading } : {}),
        ...(grid.pageTitle ? { pageTitle: grid.pageTitle } : {}),
      };
    },
  };
}
