// Every refusal of a file is an ImportReadError: a stable code the UI and CLI can act on, and a
// message in Vietnamese and English that names the file (and sheet/row/column when known), so
// the analyst knows exactly what to fix without reading a stack trace.
import type { ReadErrorCode, ReadErrorInfo } from '../../../shared/imports/types';
import { formatNumber } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { cellRef } from '../../../shared/imports/cellAddress';
import { placeText } from '../../../shared/imports/place';

/** Refusals of a file damaged on its way (cut short, broken structure): said with what to do. */
const DAMAGED = new Set<ReadErrorCode>(['CORRUPT_ZIP', 'CORRUPT_WORKBOOK', 'NOT_A_SPREADSHEET']);

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
    // (a damaged file: what the analyst can do about it)
    const advice = DAMAGED.has(code) ? 'readAdvice.damaged' : null;
    const say = (lang: 'vi' | 'en') =>
      `${translate(lang, `readError.${code}`)}: ${placeText(lang, { file, ...where })}${detail ? ` (${detail[lang]})` : ''}.${advice ? ` ${translate(lang, advice)}` : ''}`;
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

  /**
   * The refusal again from its plain data (toInfo), as it crosses from a reader thread: the same
   * code, place and messages, in both languages as they were written there.
   */
  static fromInfo(info: ReadErrorInfo, stack?: string): ImportReadError {
    const e = new ImportReadError(info.code, info.file, {
      ...(info.sheet !== undefined ? { sheet: info.sheet } : {}),
      ...(info.row !== undefined ? { row: info.row } : {}),
      ...(info.col !== undefined ? { col: info.col } : {}),
    });
    const fields: Record<string, unknown> = {
      message: info.messageEn,
      messageVi: info.messageVi,
      messageEn: info.messageEn,
    };
    if (stack) fields.stack = stack;
    return Object.assign(e, fields);
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

/**
 * A refusal's detail from the message catalogues; numbers are written as each language writes
 * them ("1.048.576" in Vietnamese), texts (a sheet's name, a byte) as they are.
 */
export function catalogueDetail(
  key: string,
  params: Record<string, number | string> = {},
): { vi: string; en: string } {
  const say = (lang: 'vi' | 'en') =>
    translate(
      lang,
      key,
      Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, lang, 0) : v]),
      ),
    );
  return { vi: say('vi'), en: say('en') };
}

/** Spreadsheet formats recognised by their content but not read: each refusal says what to do. */
export type UnsupportedFormat = 'ods' | 'fods' | 'opendocument' | 'xlsb' | 'numbers' | 'xml';

/** Each format's refusal text in the message catalogues (readDetail.unsupported…). */
const UNSUPPORTED_KEY: Record<UnsupportedFormat, string> = {
  ods: 'readDetail.unsupportedOds',
  fods: 'readDetail.unsupportedFods',
  opendocument: 'readDetail.unsupportedOpendocument',
  xlsb: 'readDetail.unsupportedXlsb',
  numbers: 'readDetail.unsupportedNumbers',
  xml: 'readDetail.unsupportedXml',
};

/** The refusal of a format we recognise but do not read (UNSUPPORTED_FORMAT, naming the format). */
export const unsupportedFormat = (file: string, format: UnsupportedFormat): ImportReadError =>
  new ImportReadError('UNSUPPORTED_FORMAT', file, {}, catalogueDetail(UNSUPPORTED_KEY[format]));
