// Every refusal of a file is an ImportReadError: a stable code the UI and CLI can act on, and a
// message in Vietnamese and English that names the file (and sheet/row/column when known), so
// the analyst knows exactly what to fix without reading a stack trace.
import type { ReadErrorCode, ReadErrorInfo } from '../../../shared/imports/types';
import { translate } from '../../../shared/i18n';
import { cellRef } from '../../../shared/imports/cellAddress';
import { placeText } from '../../../shared/imports/place';

export interface ReadErrorWhere {
  sheet?: string | null;
  row?: number;
  col?: number;
}

export class ImportReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;
  readonly sheet?: string | null;
  readonly row?: number;
  readonly col?: number;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(
    code: ReadErrorCode,
    file: string,
    where: ReadErrorWhere = {},
    detail?: { vi: string; en: string },
  ) {
    const say = (lang: 'vi' | 'en') =>
      `${translate(lang, `readError.${code}`)}: ${placeText(lang, { file, ...where })}${detail ? ` (${detail[lang]})` : ''}.`;
    const en = say('en');
    const vi = say('vi');
    super(en);
    this.name = 'ImportReadError';
    this.code = code;
    this.file = file;
    if (where.sheet !== undefined) this.sheet = where.sheet;
    if (where.row !== undefined) this.row = where.row;
    if (where.col !== undefined) this.col = where.col;
    this.messageVi = vi;
    this.messageEn = en;
  }

  /** Plain data for IPC / JSON output. */
  toInfo(): ReadErrorInfo {
    const info: ReadErrorInfo = {
      code: this.code,
      file: this.file,
      messageVi: this.messageVi,
      messageEn: this.messageEn,
    };
    if (this.sheet !== undefined) info.sheet = this.sheet;
    if (this.row !== undefined) info.row = this.row;
    if (this.col !== undefined) info.col = this.col;
    if (this.row !== undefined && this.col !== undefined) info.cell = cellRef(this.row, this.col);
    return info;
  }
}

export const isImportReadError = (e: unknown): e is ImportReadError => e instanceof ImportReadError;

/** Spreadsheet formats recognised by their content but not read: each refusal says what to do. */
export type UnsupportedFormat = 'ods' | 'fods' | 'opendocument' | 'xlsb' | 'numbers' | 'xml';

const UNSUPPORTED: Record<UnsupportedFormat, { vi: string; en: string }> = {
  ods: {
    vi: 'Tệp OpenDocument (.ods) chưa được hỗ trợ: mở bằng Excel hoặc LibreOffice và lưu thành .xlsx',
    en: 'OpenDocument spreadsheets (.ods) are not supported yet: open the file in Excel or LibreOffice and save it as .xlsx',
  },
  fods: {
    vi: 'Tệp OpenDocument dạng XML phẳng (.fods) chưa được hỗ trợ: mở bằng LibreOffice và lưu thành .xlsx',
    en: 'Flat XML OpenDocument spreadsheets (.fods) are not supported yet: open the file in LibreOffice and save it as .xlsx',
  },
  opendocument: {
    vi: 'Tệp là tài liệu OpenDocument (văn bản hoặc trình chiếu), không phải bảng tính: hãy chọn tệp bảng tính .xlsx',
    en: 'The file is an OpenDocument text or presentation, not a spreadsheet: choose the .xlsx spreadsheet instead',
  },
  xlsb: {
    vi: 'Tệp Excel Binary Workbook (.xlsb) chưa được hỗ trợ: mở bằng Excel và lưu thành .xlsx (Excel Workbook)',
    en: 'Excel Binary Workbooks (.xlsb) are not supported yet: open the file in Excel and save it as .xlsx (Excel Workbook)',
  },
  numbers: {
    vi: 'Tệp Apple Numbers (.numbers) chưa được hỗ trợ: mở bằng Numbers và xuất sang Excel (.xlsx)',
    en: 'Apple Numbers files (.numbers) are not supported: open the file in Numbers and export it to Excel (.xlsx)',
  },
  xml: {
    vi: 'Tệp XML nhưng không phải bảng tính XML của Excel (XML Spreadsheet 2003): mở bằng Excel và lưu thành .xlsx',
    en: 'An XML file that is not an Excel XML Spreadsheet 2003: open the file in Excel and save it as .xlsx',
  },
};

/** The refusal of a format we recognise but do not read (UNSUPPORTED_FORMAT, naming the format). */
export const unsupportedFormat = (file: string, format: UnsupportedFormat): ImportReadError =>
  new ImportReadError('UNSUPPORTED_FORMAT', file, {}, UNSUPPORTED[format]);
