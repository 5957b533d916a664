// Legacy .xls (BIFF in an OLE compound file). @e965/xlsx (SheetJS 0.20.3, patched for
// CVE-2023-30533 and CVE-2024-22363) is the only maintained reader for BIFF we can use; it is the
// slowest of the measured readers (7.5 s for 100k×10 as xlsx), but .xls files from colleagues are
// small (an .xls cannot exceed 65,536 rows). npm xlsx@0.18.5 is unpatched and must not be used.
import type * as XLSX from '@e965/xlsx';
import { sheetjs } from '../../lib/sheetjs';
import type { CellRange, RawCell, RawTable, SheetInfo } from '../../../shared/imports/types';
import { checkTextCell } from '../safety/cellGuard';
import { catalogueDetail, ImportReadError } from '../safety/errors';
import { numberKindOf, shownNumber } from './numberFormats';

export const xlsReaderId = (): string => `@e965/xlsx@${sheetjs().version}`;

function parseWorkbook(buf: Buffer, file: string): XLSX.WorkBook {
  try {
    return sheetjs().read(buf, {
      type: 'buffer',
      dense: true,
      cellFormula: false, // cached values only; we never evaluate or keep formulas
      cellHTML: false,
      cellText: true,
      cellDates: false,
      cellStyles: true, // needed for row visibility (!rows[i].hidden)
      cellNF: true, // number formats: percentages and dates are read as shown (numberFormats.ts)
    });
  } catch (err) {
    const msg = String((err as Error).message ?? err);
    if (/password|encrypt/i.test(msg)) throw new ImportReadError('ENCRYPTED', file);
    // (the library's own words, "Cannot set properties of undefined", tell the analyst nothing)
    throw new ImportReadError('CORRUPT_WORKBOOK', file, {}, catalogueDetail('readDetail.xlsDamaged'));
  }
}

export class XlsWorkbook {
  private readonly wb: XLSX.WorkBook;
  constructor(
    buf: Buffer,
    private readonly file: string,
  ) {
    this.wb = parseWorkbook(buf, file);
  }

  sheets(): SheetInfo[] {
    const meta = this.wb.Workbook?.Sheets ?? [];
    return this.wb.SheetNames.map((name, i) => {
      const ws = this.sheetByName(name);
      const range = ws?.['!ref'] ? sheetjs().utils.decode_range(ws['!ref']) : null;
      return { name, hidden: (meta[i]?.Hidden ?? 0) !== 0, rowCount: range ? range.e.r + 1 : 0 };
    });
  }

  private sheetByName(name: string): XLSX.WorkSheet | undefined {
    // wb.Sheets is a plain object keyed by sheet name; own-property lookup only, so a sheet
    // called "__proto__" or "constructor" cannot hand us something from a prototype.
    return Object.prototype.hasOwnProperty.call(this.wb.Sheets, name) ? this.wb.Sheets[name] : undefined;
  }

  read(sheet: string | null): RawTable {
    const infos = this.sheets();
    const info =
      sheet === null ? (infos.find((s) => !s.hidden) ?? infos[0]) : infos.find((s) => s.name === sheet);
    if (!info) throw new ImportReadError('SHEET_NOT_FOUND', this.file, { sheet });
    const ws = this.sheetByName(info.name);
    const rows: RawCell[][] = [];
    const hiddenRows: number[] = [];
    const merges: CellRange[] = [];
    const hiddenColumns: number[] = [];
    const date1904 = Boolean(this.wb.Workbook?.WBProps?.date1904);
    if (ws) {
      const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
      for (let r = 0; r < data.length; r++) {
        const src = data[r];
        const cells: RawCell[] = [];
        if (src) {
          for (let c = 0; c < src.length; c++) {
            const v = cellValue(src[c], date1904);
            if (typeof v === 'string') checkTextCell(v, this.file, info.name, r + 1, c + 1);
            if (v !== null && v !== '') {
              while (cells.length < c) cells.push(null);
              cells[c] = v;
            }
          }
        }
        rows.push(cells);
      }
      (ws['!rows'] ?? []).forEach((r, i) => {
        if (r?.hidden) hiddenRows.push(i + 1);
      });
      for (const m of ws['!merges'] ?? [])
        merges.push({ fromRow: m.s.r + 1, fromCol: m.s.c + 1, toRow: m.e.r + 1, toCol: m.e.c + 1 });
      // (round 83: an old score column hidden beside the corrected one was read as its equal,
      // refused, where the .xlsx of the same sheet imports the visible one and says the hidden)
      (ws['!cols'] ?? []).forEach((c, i) => {
        if (c?.hidden) hiddenColumns.push(i + 1);
      });
    }
    return {
      file: this.file,
      sheet: info.name,
      hidden: info.hidden,
      rows,
      hiddenRows,
      merges,
      ...(hiddenColumns.length ? { hiddenColumns } : {}),
    };
  }
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number'
        ? shownNumber(cell.v, typeof cell.z === 'string' ? numberKindOf(cell.z) : null, date1904)
        : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v ?? '');
    default:
      return null;
  }
}
