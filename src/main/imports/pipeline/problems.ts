// Validation messages: each names file, sheet, row, column (header) and value, in Vietnamese and
// English, so the analyst can go straight to the cell in Excel.
import { cellRef } from '../../../shared/imports/cellAddress';
import type { ImportProblem, ProblemSeverity } from '../../../shared/importSession';

/** Problems kept for display; counting goes on past this. */
export const MAX_PROBLEMS = 500;

export interface Where {
  file: string;
  sheet: string | null;
  row?: number | null;
  col?: number | null;
  header?: string | null;
  value?: unknown;
}

const TEXT = {
  notANumber: { vi: 'không phải là số', en: 'is not a number' },
  scoreRange: { vi: 'điểm phải nằm trong khoảng 0 đến 1', en: 'a score must be between 0 and 1' },
  rankRange: { vi: 'thứ hạng phải từ 1 đến {n}', en: 'a rank must be from 1 to {n}' },
  rankNotInteger: { vi: 'thứ hạng phải là số nguyên', en: 'a rank must be a whole number' },
  rankInconsistent: {
    vi: 'thứ hạng {indicator} không khớp với thứ tự điểm (điểm {score} mà hạng thấp hơn/cao hơn đơn vị khác)',
    en: '{indicator} rank does not follow the scores (score {score} ranked out of order)',
  },
  excerpt: {
    vi: 'bảng chỉ có {present}/{n} đơn vị: được nhập như một trích đoạn',
    en: 'the table has only {present} of {n} units: imported as an excerpt',
  },
  duplicateUnit: {
    vi: 'đơn vị "{unit}" xuất hiện lần nữa (đã có ở dòng {first})',
    en: 'unit "{unit}" appears again (already on row {first})',
  },
  duplicateKpi: {
    vi: '"{unit}" – "{indicator}" – kỳ {period} xuất hiện lần nữa (đã có ở dòng {first})',
    en: '"{unit}" – "{indicator}" – period {period} appears again (already on row {first})',
  },
  missingUnits: {
    vi: 'bảng xếp hạng phải có đủ {n} đơn vị; còn thiếu {count}: {names}',
    en: 'a ranking must cover all {n} units; {count} missing: {names}',
  },
  formulaMismatch: {
    vi: 'điểm DTI {score} khác với công thức của phương pháp {method} ({expected})',
    en: 'DTI score {score} differs from the {method} formula ({expected})',
  },
  yearContradicts: {
    vi: 'tiêu đề của tệp ghi năm {title}, nhưng nhập cho năm {year}',
    en: 'the file title says {title}, but the import is for {year}',
  },
  groupContradicts: {
    vi: 'tệp có {found} đơn vị của danh mục {title}, nhưng nhập cho nhóm {group}',
    en: 'the file has units of the {title}-unit list, but the import is for the {group}-unit group',
  },
  unitUnmatched: { vi: 'không nhận ra tên đơn vị "{unit}"', en: 'unit name "{unit}" is not recognised' },
  unitAmbiguous: {
    vi: 'tên "{unit}" có thể là nhiều đơn vị: {names}',
    en: 'name "{unit}" could be several units: {names}',
  },
  unknownColumn: {
    vi: 'cột "{header}" không được nhận diện nên sẽ không nhập (dữ liệu được giữ nguyên trong tệp)',
    en: 'column "{header}" is not recognised and will not be imported',
  },
  noUnitColumn: { vi: 'chưa chọn cột tên đơn vị', en: 'no column is mapped to the unit name' },
  noValueColumn: { vi: 'chưa chọn cột giá trị nào để nhập', en: 'no value column is mapped' },
  noYear: { vi: 'chưa chọn năm xếp hạng', en: 'no ranking year is chosen' },
  noGroup: { vi: 'chưa chọn nhóm xếp hạng (63 hoặc 34)', en: 'no ranking group (63 or 34) is chosen' },
  noIndicator: { vi: 'thiếu tên chỉ tiêu', en: 'the indicator name is missing' },
  noPeriod: { vi: 'thiếu kỳ số liệu', en: 'the period is missing' },
  percentRange: { vi: 'tỷ lệ phần trăm ngoài khoảng 0–100', en: 'a percentage outside 0–100' },
  summaryRow: { vi: 'dòng tổng hợp "{unit}" được bỏ qua', en: 'summary row "{unit}" is skipped' },
  hiddenRow: { vi: 'dòng bị ẩn trong Excel vẫn được nhập', en: 'a row hidden in Excel is imported too' },
  noMethodology: {
    vi: '{count} giá trị của chỉ số "{index}" không được nhập: chưa có phương pháp đánh giá của năm {year} trong DTI Desk',
    en: '{count} values of index "{index}" are not imported: DTI Desk has no methodology for {year}',
  },
} as const;
export type ProblemCode = keyof typeof TEXT;

const fill = (t: string, p: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));

function showValue(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = String(v);
  return s.length > 80 ? s.slice(0, 77) + '…' : s;
}

export function problem(
  severity: ProblemSeverity,
  code: ProblemCode,
  where: Where,
  params: Record<string, string | number> = {},
): ImportProblem {
  const t = TEXT[code];
  const row = where.row ?? null;
  const col = where.col ?? null;
  const cell = row !== null && col !== null ? cellRef(row, col) : null;
  const value = showValue(where.value);
  const placeVi = [
    where.file,
    where.sheet ? `trang tính "${where.sheet}"` : null,
    row !== null ? `dòng ${row}` : null,
    col !== null ? `cột ${cell!.replace(/\d+$/, '')}${where.header ? ` (${where.header})` : ''}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const placeEn = [
    where.file,
    where.sheet ? `sheet "${where.sheet}"` : null,
    row !== null ? `row ${row}` : null,
    col !== null ? `column ${cell!.replace(/\d+$/, '')}${where.header ? ` (${where.header})` : ''}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const valVi = value !== null ? ` — giá trị "${value}"` : '';
  const valEn = value !== null ? ` — value "${value}"` : '';
  return {
    severity,
    code,
    file: where.file,
    sheet: where.sheet,
    row,
    col,
    cell,
    header: where.header ?? null,
    value,
    messageVi: `${placeVi}: ${fill(t.vi, params)}${valVi}`,
    messageEn: `${placeEn}: ${fill(t.en, params)}${valEn}`,
  };
}
