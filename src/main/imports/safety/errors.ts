// Every refusal of a file is an ImportReadError: a stable code the UI and CLI can act on, and a
// message in Vietnamese and English that names the file (and sheet/row/column when known), so
// the analyst knows exactly what to fix without reading a stack trace.
import type { ReadErrorCode, ReadErrorInfo } from '../../../shared/imports/types';
import { cellRef } from '../../../shared/imports/cellAddress';

export interface ReadErrorWhere {
  sheet?: string | null;
  row?: number;
  col?: number;
}

/** Per-code wording. `detail` is an optional short fact (a size, a limit) appended to the sentence. */
const TEXT: Record<ReadErrorCode, { vi: string; en: string }> = {
  FILE_NOT_FOUND: { vi: 'Không tìm thấy tệp', en: 'File not found' },
  FILE_EMPTY: { vi: 'Tệp rỗng, không có dữ liệu', en: 'The file is empty' },
  FILE_TOO_LARGE: { vi: 'Tệp quá lớn để nhập', en: 'The file is too large to import' },
  UNKNOWN_FORMAT: {
    vi: 'Không nhận ra định dạng tệp (chỉ nhận .xlsx, .xlsm, .xls, .csv, .tsv, .txt)',
    en: 'Unrecognised file format (only .xlsx, .xlsm, .xls, .csv, .tsv, .txt are accepted)',
  },
  NOT_A_SPREADSHEET: {
    vi: 'Nội dung tệp không phải bảng tính (có thể là ảnh hoặc tệp khác bị đổi đuôi)',
    en: 'The content is not a spreadsheet (perhaps an image or another file renamed)',
  },
  CORRUPT_ZIP: {
    vi: 'Tệp Excel bị hỏng hoặc bị cắt cụt (cấu trúc nén không hợp lệ)',
    en: 'The Excel file is corrupt or truncated (invalid zip structure)',
  },
  CORRUPT_WORKBOOK: {
    vi: 'Sổ tính bị hỏng, không đọc được',
    en: 'The workbook is corrupt and cannot be read',
  },
  ENCRYPTED: {
    vi: 'Sổ tính được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại',
    en: 'The workbook is password-protected; open it in Excel, remove the password and save it again',
  },
  ZIP_BOMB: {
    vi: 'Tệp giải nén ra dung lượng bất thường (nghi là "bom nén"), đã dừng đọc',
    en: 'The file expands to an abnormal size (suspected zip bomb); reading stopped',
  },
  XML_ENTITIES: {
    vi: 'Tệp chứa khai báo DOCTYPE/ENTITY của XML, không được phép trong tệp Excel',
    en: 'The file contains XML DOCTYPE/ENTITY declarations, which are not allowed in Excel files',
  },
  PROTO_KEY: {
    vi: 'Ô chứa giá trị "__proto__" không được phép',
    en: 'A cell holds the forbidden value "__proto__"',
  },
  CELL_TOO_LONG: {
    vi: 'Ô dài hơn 32.767 ký tự (giới hạn của Excel)',
    en: 'A cell is longer than 32,767 characters (the Excel limit)',
  },
  TOO_MANY_ROWS: {
    vi: 'Có hơn 1.048.576 dòng (giới hạn của Excel)',
    en: 'More than 1,048,576 rows (the Excel limit)',
  },
  TOO_MANY_COLUMNS: {
    vi: 'Có hơn 16.384 cột (giới hạn của Excel)',
    en: 'More than 16,384 columns (the Excel limit)',
  },
  INVALID_UTF8: {
    vi: 'Tệp văn bản có byte không hợp lệ: không phải UTF-8 và cũng không giống Windows-1258. Hãy lưu lại dưới dạng "CSV UTF-8"',
    en: 'The text file has invalid bytes: not UTF-8 and not plausibly Windows-1258. Save it again as "CSV UTF-8"',
  },
  SHEET_NOT_FOUND: { vi: 'Không có trang tính này trong sổ tính', en: 'The workbook has no such sheet' },
  CANCELLED: { vi: 'Đã hủy đọc tệp', en: 'Reading was cancelled' },
};

function whereVi(file: string, w: ReadErrorWhere): string {
  const parts = [`tệp "${file}"`];
  if (w.sheet) parts.push(`trang "${w.sheet}"`);
  if (w.row != null && w.col != null) parts.push(`ô ${cellRef(w.row, w.col)} (dòng ${w.row}, cột ${w.col})`);
  else if (w.row != null) parts.push(`dòng ${w.row}`);
  return parts.join(', ');
}

function whereEn(file: string, w: ReadErrorWhere): string {
  const parts = [`file "${file}"`];
  if (w.sheet) parts.push(`sheet "${w.sheet}"`);
  if (w.row != null && w.col != null)
    parts.push(`cell ${cellRef(w.row, w.col)} (row ${w.row}, column ${w.col})`);
  else if (w.row != null) parts.push(`row ${w.row}`);
  return parts.join(', ');
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
    const t = TEXT[code];
    const en = `${t.en}: ${whereEn(file, where)}${detail ? ` (${detail.en})` : ''}.`;
    const vi = `${t.vi}: ${whereVi(file, where)}${detail ? ` (${detail.vi})` : ''}.`;
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
