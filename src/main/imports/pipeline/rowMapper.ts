// Mapping one row of a sheet to staged values, a million times for a big file: texts, numbers,
// units and indicators are resolved once per distinct spelling and cached; inserts are batched.
import type { Database } from 'better-sqlite3';
import {
  codeListOfPeriod,
  HEADLINE_INDICATORS,
  yearsCoveredBy,
  yearsNamedIn,
  type CodeList,
} from '../../../shared/domain';
import { cellRef } from '../../../shared/imports/cellAddress';
import {
  isNumericField,
  needsTableIndicator,
  namingRanks,
  RANK_IN_BRACKETS_HEADER,
  rankPartners,
  type ColumnField,
} from '../../../shared/imports/fields';
import { isFormulaText, UNCACHED_FORMULA, type CellRange, type RawCell } from '../../../shared/imports/types';
import type { ImportMapping, ImportProblem, ImportTarget } from '../../../shared/importSession';
import { isValidRank, isValidScore } from '../../../shared/rank';
import {
  indicatorKey,
  isAllCaps,
  isChangeRate,
  isLevelOnly,
  isQualifierOnly,
  qualifiedKpi,
  measureOf,
  splitIndicatorName,
} from '../../../shared/imports/indicatorNames';
import { buildUnitMatcher, compactKey, labelParts, stripDiacritics } from '../../../shared/unitNames';
import { withoutComparedYear } from '../../../shared/imports/yearColumns';
import { UnitRepository } from '../../store/units';
import {
  cellNumber,
  cellText,
  decimalMarkOf,
  isFootnote,
  isLoneFootnote,
  isSummaryLabel,
  normalisePeriod,
  otherReading,
  yearOfPeriod,
} from './cells';
import {
  dayFirstDate,
  excelDateOfSerial,
  isCanonicalPeriod,
  isYearlessPeriod,
  monthSpan,
  slashDateParts,
  yearToDate,
} from '../layout/periods';
import { besideThisFigure, namesKpi, namesRankingIndex, WHOLE_OF_LEVELS } from '../layout/headerVocabulary';
import { isNumberedNote, isSigningRow, normalizeHeader } from '../layout/normalizeHeader';
import { isNoValueText, parseCellNumber, rankText, scoreWithRank, valueWithRank } from '../layout/cellNumber';
import { isUnitName } from '../layout/unitsAcross';
import { pillarsNamedIn } from '../layout/indexNames';
import { PART_OF_LIST, PART_OF_LIST_LEAD } from '../layout/listParts';
import { namesSubProvincialKind, withoutDates } from '../layout/titleHints';
import { MAX_PROBLEMS, problem, problemSaying, SaidCells, type ProblemCode, type Where } from './problems';
import type { MessageKey } from '../../../shared/i18n';
import type { MessageParam } from '../../../shared/imports/place';
import { BatchInsert } from './staging';
import {
  isPercentUnit,
  sameUnit,
  scaleBetween,
  splitValueUnit,
  unitKey,
  type ValueWithUnit,
} from '../layout/valueUnit';

const HEADLINE = new Set<string>(HEADLINE_INDICATORS);

/**
 * A numbered note under the data split over two cells: its mark in the STT column and its text in
 * the next one ("(1) | Số liệu ước tính đến 30/11/2024"), nothing else in the row; the text is no
 * unit's name.
 */
function isSplitNote(cells: readonly RawCell[], firstCol: number, mark: string): boolean {
  if (!NOTE_MARK.test(mark.trim())) return false;
  let rest: RawCell = null;
  for (let i = firstCol; i < cells.length; i++) {
    const c = cells[i] ?? null;
    if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
    if (rest !== null || typeof c !== 'string') return false;
    rest = c;
  }
  return rest !== null && isNumberedNote(`${mark.trim()} ${rest}`) && !isUnitName(rest.trim());
}
const PAGE_NUMBER =
  /^(?:(?:trang|page|tr\.)\s*\d{1,3}(?:\s*(?:\/|trên|tren|of)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—])$/iu;
const NOTE_MARK = /^(?:\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|\d{1,2}\s*\/|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/u;

/**
 * Text that reads as a heading between groups of rows: it starts with a letter (after an
 * optional "I." or "1." numbering) and is no "no value" mark; "12 tổ" or "0,65" are not.
 */
export const isSectionHeading = (text: string): boolean => {
  const t = text.normalize('NFC').trim();
  return (
    // ("Không có số liệu" alone in a row is a row without data, not a heading)
    !isNoValueText(t) &&
    // ("(tiếp theo)", a page's continuation line, in brackets)
    /^\(?(?:(?:[IVXLC]+|\d{1,2})[.)]\s*)?\p{L}/u.test(t) &&
    (t.match(/\p{L}/gu)?.length ?? 0) >= 4 &&
    // ("Các xã:", "Q. Ba Đình", "I. Các xã" over rows: the rows below are below the province,
    // whose names may be provinces' — asked or refused, never skipped as a heading)
    !namesSubProvincialKind(t)
  );
};
/**
 * The six regions as reports name them (the unit list's own names are added from the store): a
 * row naming one heads the group of units below it, or gives the region's average.
 */
const REGIONS = [
  'Trung du và miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
  // shorter or older groupings reports also use, and the regions in English
  'Miền Bắc',
  'Miền Trung',
  'Miền Nam',
  'Duyên hải miền Trung',
  'Trung du miền núi phía Bắc',
  'Bắc Trung Bộ',
  'Nam Trung Bộ',
  'Tây Bắc',
  'Đông Bắc',
  'Northern Midlands and Mountains',
  'Red River Delta',
  'North Central and Central Coast',
  'Central Highlands',
  'Southeast',
  'Mekong River Delta',
  'Mekong Delta',
];
/** "(cũ)", "(trước sáp nhập)" after a unit's name (or "(cũ)" before it): the unit of before 01/07/2025, written so on purpose. */
const FORMER_MARK =
  /\s*\(\s*(?:cũ|cu|trước sáp nhập|truoc sap nhap|trước khi sáp nhập|truoc khi sap nhap|đã sáp nhập|da sap nhap|nay là [^()]+|nay la [^()]+|nay thuộc [^()]+|old|former)\s*\)$|\s+cũ$|^\s*\(\s*(?:cũ|cu|old|former)\s*\)\s*/iu;
/**
 * A sub-item's number under a numbered item: "1.1", "a)", "a", "a.", "(a)", lower-case Roman "ii.",
 * and bullets "-", "–", "+", "•", "*" (upper-case Roman numbers are headings).
 */
const SUB_ITEM = /^(\d{1,3})\.\d{1,3}\.?$|^\(?[a-zđ][).]?$|^[-–—+•*]$|^\(?[ivx]{1,4}[.)]?$/u;
/** Things counted one by one: a count of them is whole and not below zero. */
const COUNTED = [
  'tổ',
  'người',
  'lượt người',
  'lượt',
  'hồ sơ',
  'giao dịch',
  'tài khoản',
  'thuê bao',
  'doanh nghiệp',
  'dn',
  'hộ gia đình',
  'hộ',
  'trạm',
  'thủ tục',
  'tthc',
  'dịch vụ',
  'dvctt',
  'dvc',
  'thành viên',
  'học viên',
  'xã',
  'đơn vị',
];
/** Units of things counted one by one ("(hồ sơ)", "12 tổ"). */
const COUNT_UNIT = new RegExp(`^(?:${COUNTED.join('|')})$`, 'iu');
/** The counted things as written without marks ("ho so" → "hồ sơ"), longest first. */
const COUNTED_BARE = new Map(COUNTED.map((c) => [stripDiacritics(c), c]));
/**
 * A KPI whose name says it counts things ("Số hồ sơ trực tuyến", "Tổng số (lượng) giao dịch", "Số
 * lượng tài khoản…", "So ho so", numbered "1. Số …", "a) Số …", under a group "Dịch vụ công trực
 * tuyến – Số hồ sơ"), as a unit would: its values are whole. Not a rate or an average of them ("Số
 * giao dịch bình quân/người", "… BQ đầu người", "Số thuê bao trên 100 dân", "… trên dân số", "Tỷ
 * lệ …"), nor an amount ("Số tiền"), nor a count given in thousands or millions ("(nghìn)", "(Triệu
 * TB)", "(x1000)").
 */
const COUNT_NAME = new RegExp(
  `^(?:tong so luong|tong so|so luong|so)\\s+(${[...COUNTED_BARE.keys()].join('|')})(?=[\\s,;]|$)`,
  'i',
);
/** Two figures that are one, the more precise rounded as the other is written (55,92 and 55,9). */
function sameFigure(a: number | null, b: number | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const decimals = (n: number) => /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  const scale = 10 ** Math.min(decimals(a), decimals(b));
  return Math.round(a * scale) === Math.round(b * scale);
}
/** A sub-item's mark opening its name: "- Phí, lệ phí", "a) Cấp tỉnh", "(a) …", "+ …", "• …", "Trong đó: …". */
const SUB_ITEM_MARK = /^\s*(?:[-–—+•*]|\(?[a-zđ]\)|[a-zđ]\.|trong đó\s*:)\s*(?=\S)/iu;
/** A sub-row naming a rank alone ("Xếp hạng", "Thứ hạng toàn quốc", "Hạng"): the rank of the KPI above. */
const BARE_RANK_ROW = /^(xep hang|thu hang|hang|xep thu)( (toan quoc|ca nuoc|chung|tren ca nuoc))?$/;
/**
 * A row label saying the report's own period in words ("Trong quý", "Kỳ này", "Kỳ báo cáo"):
 * which span it is, the report's says — "trong quý" only of a quarter's, "trong tháng" of a month's.
 */
const OWN_PERIOD_ROW = /^(trong (quy|thang|nam|ky)|(quy|thang|nam|ky) nay|ky bao cao)$/;
/** Whether an OWN_PERIOD_ROW key names the span of a report of `tablePeriod`. */
function ownPeriodOf(key: string, tablePeriod: string): boolean {
  const m = OWN_PERIOD_ROW.exec(key);
  if (!m) return false;
  const word = m[2] ?? m[3] ?? 'ky';
  const months = monthSpan(tablePeriod);
  const span = !months
    ? null
    : months.from === 1 && months.to === 12
      ? 'nam'
      : months.from === months.to
        ? 'thang'
        : months.from % 3 === 1 && months.to === months.from + 2
          ? 'quy'
          : null;
  return word === 'ky' || word === span;
}
/** A row label that is a period or a running total, not a KPI ("Quý III/2025", "Tháng 9", "Lũy kế"). */
function periodRow(label: string, year: number | null): boolean {
  // (a remark in brackets aside: "Năm 2025 (tăng 10% so với năm 2024)")
  const key = normalizeHeader(withoutResultLead(label).replace(/[(（][^()（）]*[)）]/gu, ' '));
  // ("Trong quý", "Kỳ này": the report's own span, or another's)
  if (OWN_PERIOD_ROW.test(key)) return true;
  // ("Lũy kế từ đầu năm đến 30/9/2025", "Trong đó: lũy kế …": a running total's period)
  if (RUNNING_SUBROW.test(key)) return true;
  // ("Chỉ tiêu năm 2025", "Mục tiêu năm 2025", "Đến năm 2025": the target, not this KPI's figure)
  if (/^(chi tieu|muc tieu|ke hoach|den) (nam )?\d{4}$/.test(key)) return true;
  // (the whole label: "Lũy kế số hồ sơ trực tuyến" names a KPI, "Lũy kế 9 tháng" a period)
  const lead = /^(luy ke|luu ke|cong don|cong quy|tong quy|ca nam)( |$)/.exec(key);
  const rest = lead ? key.slice(lead[0].length).trim() : key;
  if (lead && (rest === '' || PERIOD_WORDS.test(rest))) return true;
  if (PERIOD_WORDS.test(key)) return true;
  // ("Cùng kỳ năm 2024", "Kế hoạch năm" under a KPI: last year's figure, the plan — not this KPI;
  // "Cùng kỳ tỷ lệ hồ sơ …": last year's figure of a KPI, not this period's)
  // ("Mục tiêu đến năm 2030 về …": a target, which is not imported yet)
  if (besideThisFigure(key) || /^cung ky /.test(key) || /^muc tieu( |$)/.test(key)) return true;
  const p = normalisePeriod(label.replace(/[:：]\s*$/u, ''), year);
  return p !== null && isCanonicalPeriod(p);
}
/** A running total's row under its KPI: "Lũy kế từ đầu năm", "Lũy kế", "Cộng dồn" (not "… đến nay"). */
// (dated too: "… đến 30/9/2025", "… từ tháng 1 đến tháng 9/2025", "… từ 01/01/2025", "… năm 2025";
// "Trong đó:" before it; never "… đến nay", since the programme began)
// ("Từ đầu năm đến nay", "Tính từ đầu năm đến 30/9/2025": from January, said without the lead)
const RUNNING_SUBROW =
  /^(trong do )?((luy ke|luu ke|cong don)( (tu|den|het|dau|nam|ngay|thang|quy|[0-9]+|[ivx]+))*|(tinh )?tu dau nam( den nay)?( (den|het|ngay|thang|quy|nam|[0-9]+|[ivx]+))*)$/;
/**
 * Whether a running total's row ends where the table does: "Lũy kế 9 tháng", "… đến tháng 9",
 * "… đến 30/9/2025" in September's report (or the third quarter's); no month said, it does.
 */
function runningToTableEnd(key: string, tablePeriod: string): boolean {
  if (!RUNNING_SUBROW.test(key)) return false;
  const year = tablePeriod.slice(0, 4);
  const end = Number(tablePeriod.slice(-2));
  if ((key.match(/\b(19|20)\d{2}\b/g) ?? []).some((y) => y !== year)) return false;
  const months = [
    ...[...key.matchAll(/\b(\d{1,2}) thang\b/g)].map((m) => Number(m[1])),
    ...[...key.matchAll(/\bthang (\d{1,2})\b/g)].map((m) => Number(m[1])),
    // (a date: "30 9 2025", its month before the year; not the start, "từ 01/01/2025")
    ...[...key.matchAll(/(?<!\btu )\b\d{1,2} (\d{1,2}) (?:19|20)\d{2}\b/g)].map((m) => Number(m[1])),
  ];
  return months.length === 0 || Math.max(...months) === end;
}
/** A KPI named as a running total ("Lũy kế số tài khoản …"): from the start of the year. */
// (not "Lũy kế đến nay …": since the programme began, no year's)
const RUNNING_LEAD = /^(luy ke|luu ke|cong don)( |$)(?!(tu truoc|den nay|tu khi)( |$))/;
/** "Lũy kế số tài khoản …" as the KPI "Số tài khoản …" (its period says it runs from January). */
const withoutRunningLead = (name: string): string => {
  const rest = name
    .replace(/^\s*(?:lũy kế|luỹ kế|lũy kê|luy ke|cộng dồn|cong don)(?:\s+từ đầu năm)?\s*[:\-–—]?\s*/iu, '')
    .replace(/\s+(?:tính\s+)?từ đầu năm(?:\s+(?:đến|tới)\s+nay)?(?=\s*(?:[(（][^()（）]*[)）])?\s*$)/iu, '');
  return rest ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : name;
};
/** "Thực hiện năm 2025", "Kết quả năm 2025", "Ước thực hiện quý III": the period's result, a period row. */
const RESULT_LEAD =
  /^\s*(?:(?:ước\s+)?thực hiện|ước tính|ước|kết quả|số liệu|th)\s+(?=(?:năm|quý|tháng|\d))/iu;
const withoutResultLead = (label: string): string => label.replace(RESULT_LEAD, '');
/** A period said in words alone: "9 tháng đầu năm", "từ đầu năm", "đến nay", "quý III năm 2025". */
const PERIOD_WORDS =
  /^(tu dau nam( den nay)?|den (nay|het .+)|\d{1,2} thang( (dau|cuoi) nam)?( nam \d{4})?|nam \d{4}|quy [ivx1-4]+( nam \d{4}| \d{4})?|thang \d{1,2}( nam \d{4}| \d{4})?)$/;

/** Item numbers and bullets before a KPI's name: "1.", "(1)", "a)", "I.", "-", "Trong đó:". */
const ITEM_NUMBER =
  /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.):]\s*|\(?[a-z][).]\s+|[ivx]{1,4}[.)]\s+|[-–—+•*]\s*|trong do\s*:?\s*)+/i;
const NOT_A_COUNT =
  /binh quan|trung binh|\bbq\b|\/|\btren\s+(?!(?:cong|he thong|moi truong|nen tang|dia ban|ung dung|website|trang|mang|internet|khong gian|ban do)\b|\d+\s+tuoi\b)|\btinh theo\b|\bdau nguoi\b|\bso voi\b|\bty le\b|\bper\b|\baverage\b|\((?:[^)]*\s)?(?:nghin|ngan|trieu|ty|ti|k|x\s*1[.,]?000|thousand|million|billion)(?:\s[^)]*)?\)|\bx\s*1[.,]?000\b/i;
/**
 * The thing a KPI's name says it counts ("hồ sơ"); null when it counts nothing — or when the
 * table's title, naming it, says it is an average ("SỐ GIAO DỊCH … BÌNH QUÂN TRÊN NGƯỜI DÂN" over
 * a column "Số giao dịch").
 */
export function countedByName(name: string, title: string | null = null): string | null {
  const counted = countedIn(name);
  if (counted === null || !title) return counted;
  const bareTitle = stripDiacritics(title.normalize('NFC').toLowerCase());
  const at = bareTitle.indexOf(
    stripDiacritics(name.normalize('NFC').trim().toLowerCase()).replace(ITEM_NUMBER, ''),
  );
  return at >= 0 && NOT_A_COUNT.test(bareTitle.slice(at)) ? null : counted;
}

function countedIn(name: string): string | null {
  const marked = name.normalize('NFC').trim().toLowerCase();
  // ("mỗi", each, is an average's word; "mới", new, is not: told apart before the marks go)
  if (/\bmỗi(?=\s|$)/u.test(marked)) return null;
  const bare = stripDiacritics(marked);
  if (NOT_A_COUNT.test(bare)) return null;
  // the name, or its last part under a group's ("Dịch vụ công trực tuyến – Số hồ sơ")
  for (const part of [
    bare,
    ...bare
      .split(/\s+[–—-]\s+|:\s+/)
      .slice(1)
      .reverse(),
  ]) {
    const m = COUNT_NAME.exec(part.replace(ITEM_NUMBER, ''));
    if (m) return COUNTED_BARE.get(m[1]!) ?? null;
  }
  return ENGLISH_COUNT.exec(bare.replace(ITEM_NUMBER, ''))?.[1] ?? null;
}
/** "Number of online applications", "Total number of transactions": what is counted. */
const ENGLISH_COUNT =
  /^(?:total\s+)?(?:number|no\.)\s+of\s+(?:[a-z-]+\s+){0,3}?(applications|dossiers|records|transactions|payments|accounts|subscribers|households|people|persons|users|visits|enterprises|businesses|firms|members|learners|teams|groups|services|procedures|communes|units|stations)\b/i;
/** Numbers that read two ways, until their column's decimal mark is known (one import at a time per connection). */
const AMBIGUOUS = 'temp.staged_ambiguous';
/** `n` times `factor`, without the binary fraction's tail (213000 × 0.001 is 213, not 213.00000000000003). */
/**
 * The maximum a score column's header gives its points ("(200 điểm)", "(tối đa 150 điểm)", "(thang
 * điểm 1000)", "(max 200 points)"); null when it gives none.
 */
export function pointsMaximum(header: string): number | null {
  // ("1.000 điểm": a thousand, written the Vietnamese way)
  const m =
    /[([]\s*(?:tối đa|toi da|max(?:imum)?\.?|trên|tren|out of)?\s*(\d[.,]\d{3}|\d{1,4})\s*(?:điểm|diem|points?|pts)\s*[)\]]/iu.exec(
      header,
    ) ??
    /[([]\s*(?:thang điểm|thang diem|scale(?: of)?|tối đa|toi da|max(?:imum)?)\s*:?\s*(\d[.,]\d{3}|\d{1,4})\s*[)\]]/iu.exec(
      header,
    );
  const n = m ? Number(m[1]!.replace(/[.,]/, '')) : NaN;
  return n >= 2 && n <= 1000 ? n : null;
}

/**
 * Regions (the unit list's and the names reports use), on the header key: "VÙNG ĐÔNG NAM BỘ",
 * "II. Đồng bằng sông Hồng", "Vùng Tây Nguyên (5 tỉnh)". No unit is named like a region.
 */
export function regionMatcher(db: Database): (label: string) => boolean {
  const regionKeys = new Set(
    [
      ...REGIONS,
      ...(db.prepare(`SELECT DISTINCT region FROM unit WHERE region IS NOT NULL`).pluck().all() as string[]),
    ].map(normalizeHeader),
  );
  return memo((label: string): boolean => {
    const key = normalizeHeader(label.replace(/\s*\([^()]*\)$/, '')).replace(
      /^(?:[ivx]+|\d{1,2}) (?=\S)/,
      '',
    );
    // with or without "Vùng", "Khu vực", "Region" ("Miền Bắc" is a name of its own)
    const bare = key.replace(/^(?:vung|khu vuc|region) (?=\S)/, '').replace(/ region$/, '');
    return regionKeys.has(key) || regionKeys.has(bare);
  });
}

/** A KPI name that refers to a document or a programme, whose year is that document's. */
const DOCUMENT_NAMED =
  /\d+\s*\/\s*\p{Lu}|(?<!\p{L})(luật|luat|quyết định|quyet dinh|nghị quyết|nghi quyet|nghị định|nghi dinh|thông tư|thong tu|chỉ thị|chi thi|kế hoạch|ke hoach|đề án|de an|chương trình|chuong trinh|chiến lược|chien luoc|qđ|nq|kh)(?!\p{L})/iu;
/** A span of years in brackets at a name's end: "(giai đoạn 2021-2025)", "[2021–2025]". */
const SPAN_IN_BRACKETS =
  /\s*[([]\s*((?:giai đoạn|giai doan|thời kỳ|thoi ky)?\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\s*[)\]]\s*$/iu;
/** A row naming the whole of what the title names: "Tổng số", "Tổng cộng", "Cộng", "Total". */
const TOTAL_ROW = /^(tổng số|tổng cộng|tổng|cộng|tong so|tong cong|tong|cong|total|grand total)$/iu;
/**
 * What a report's summary row sums up, by its label: the item or the table it closes ('whole':
 * "Tổng cộng", "Cộng", "Tổng số", "Tổng cộng (a+b)", "Toàn tỉnh"), everything ('grand': "Tổng cộng
 * toàn tỉnh", "Cộng chung"), or a part or an average of it ('other': "Cộng mục I", "Cộng quý I",
 * "Trung bình", "Bình quân chung"); null for a KPI's name ("Tổng số hồ sơ trực tuyến").
 */
function summaryOf(label: string): 'whole' | 'grand' | 'other' | null {
  // (its unit or a remark in brackets aside: "Tổng cộng (a+b)", "Cộng (hồ sơ)")
  const key = normalizeHeader(label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''));
  if (key === '' || key.split(' ').length > 6) return null;
  if (TOTAL_ROW.test(key) || /^toan (tinh|thanh pho)$/.test(key)) return 'whole';
  if (/^(tong so|tong cong|tong|cong) (toan|ca) (tinh|thanh pho|nuoc)$|^(tong cong|cong) chung$/.test(key))
    return 'grand';
  if (
    /^(tong so|tong cong|tong|cong) ((muc|phan|nhom|quy|thang|nam|khoi) \S+|(ca )?nam|\d{1,2} thang( dau nam| nam)?( \d{4})?)$|^(trung binh|binh quan)( chung| toan tinh)?$|^average$/.test(
      key,
    )
  )
    return 'other';
  return null;
}

const scaledBy = (n: number, factor: number): number =>
  factor === 1 ? n : Number((n * factor).toPrecision(12));
/** Excel's error values; #N/A is also how analysts write "no data", so it is not among them. */
const FORMULA_ERROR =
  /^#(DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!|TIMEOUT!)$/i;

/** `f` remembered per distinct input (labels, indicators and periods repeat thousands of times), up to 50k inputs. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size < 50_000) cache.set(s, v);
    }
    return v;
  };
}

export interface RowMapperContext {
  db: Database;
  tables: { rows: string; obs: string };
  file: string;
  sheet: string | null;
  mapping: ImportMapping;
  target: ImportTarget;
  codeList: CodeList;
  /** The period column writes its dates month first ("1/31/2024": see monthFirstDates). */
  periodMonthFirst?: boolean;
  /** The KPI the title names with its unit ("SỐ GIAO DỊCH … NĂM 2025 (giao dịch)") over a column of KPI names. */
  titleKpi?: string | null;
  /** The table's title lines, " | " between them (what a column's KPI is may be said there). */
  titleText?: string | null;
  /** Another sheet of the workbook whose name gives the import's year (hidden or not), if any. */
  sheetOfYear?: { name: string; hidden: boolean } | null;
  /** A problem found in a cell (counted and kept by the session). */
  report(p: ImportProblem): void;
}

export interface RowMapper {
  onRow(cells: RawCell[], row: number, hidden: boolean): void;
  /** Writes what is still buffered; `merges` (known only once the sheet is read) fill merged unit cells. */
  finish(merges?: readonly CellRange[], hiddenColumns?: readonly number[]): void;
  readonly stats: { dataRows: number; skippedRows: number };
  /** KPIs the store does not know yet, with the unit of measure the file gives them. */
  newKpiLabels(): { label: string; uom: string | null }[];
  /** Known KPIs stored without a unit of measure that the file gives one ("(tổ)", "12 tổ"). */
  kpiUnits(): { id: number; uom: string }[];
  /** The ids of the stored indicators the staged values are of (a KPI new to the store has none yet). */
  indicatorIds(): number[];
  /** Empty cells of a ranking's mapped columns (the first MAX_EMPTY_CELLS): validation tells those the store has a value for. */
  emptyCells(): EmptyCell[];
}

/** An empty cell of a ranking column: it neither clears nor changes what the store holds. */
export interface EmptyCell {
  row: number;
  col: number;
  /** dti, cqs, … or a main index's code */
  indicator: string;
  part: 'value' | 'rank';
}
export const MAX_EMPTY_CELLS = 5000;

/**
 * "Năm | Tháng" (or "Năm | Quý"): the year in the period column, the month's or quarter's number in
 * a column layout detection set aside as a second period column; read together ("Tháng 1/2024").
 */
export function monthOfYearColumn(mapping: ImportMapping): { col: number; word: 'Tháng' | 'Quý' } | null {
  const year = mapping.columns.find((c) => c.mapping.field === 'kpi.period');
  if (!year || !/^(nam|year)$/.test(normalizeHeader(year.header))) return null;
  const second = mapping.columns.find(
    (c) =>
      c.mapping.field === 'ignore' &&
      c.note?.startsWith(`duplicate of column ${year.col} `) &&
      /^(thang|month|quy|quarter)$/.test(normalizeHeader(c.header)),
  );
  if (!second) return null;
  return { col: second.col, word: /^(thang|month)$/.test(normalizeHeader(second.header)) ? 'Tháng' : 'Quý' };
}

export function createRowMapper(ctx: RowMapperContext): RowMapper {
  const { db, file, sheet, mapping, target, codeList, report } = ctx;
  const t = ctx.tables;
  const stats = { dataRows: 0, skippedRows: 0 };
  const empty: EmptyCell[] = [];
  const cols = mapping.columns.filter((c) => c.mapping.field !== 'ignore');
  const unitCol = cols.find((c) => c.mapping.field === 'unit')?.col ?? null;
  const codeCol = cols.find((c) => c.mapping.field === 'unitCode')?.col ?? null;
  const noteCol = cols.find((c) => c.mapping.field === 'kpi.note')?.col ?? null;
  const levelCol = cols.find((c) => c.mapping.field === 'kpi.level')?.col ?? null;
  /** A row named only by a level ("Cấp tỉnh") with no KPI to name it by: said once. */
  let toldBareRow = false;
  /** The KPI of the row above in a table with a level column (see continued, below). */
  let levelKpiAbove: string | null = null;
  /** …and whether that row was named by a period, skipped (its rows below are too). */
  let levelAboveIsPeriod = false;
  /** …or by a running total of the KPI above it (its level rows below are that too). */
  let levelAboveRunning = false;
  /** A period's row without a figure just above, under a KPI: its level rows' period (see onRow). */
  let headingAbove: 'running' | 'other' | null = null;
  /** The KPI of the row above when it has no figure, its periods' rows below it (see ofKpiAbove). */
  let kpiAboveWithout: string | null = null;
  /** …and the KPI of the row above, whatever it holds (see runningOfKpiAbove). */
  let kpiAboveAny: string | null = null;
  // Asked for every value of every row: remembered per name (names repeat; a million values of a
  // long table have a few dozen), as the reading of them is not cheap.
  const qualifierOnly = memo(isQualifierOnly);
  const changeRate = memo(isChangeRate);
  const levelOnly = memo(isLevelOnly);
  const bareTotal = memo((label: string) => TOTAL_ROW.test(splitIndicatorName(label).name.trim()));
  const wholeOfLevels = memo((label: string) => WHOLE_OF_LEVELS.test(normalizeHeader(label)));
  const rateKpi = (name: string, uomCell: string | null) =>
    /^(ty le|ti le|ty trong|ti trong)( |$)/.test(normalizeHeader(name)) ||
    isPercentUnit(uomCell ?? splitIndicatorName(name).unit ?? '');
  /** Column and KPI of each whole set aside beside a rate's levels, said once. */
  const totalOfRateTold = new Set<string>();
  // (not its movement: "Thứ hạng tăng/giảm so với năm 2024 | bậc | 3")
  const stepsUnit = memo((uom: string) => /^(bac|so bac)$/.test(normalizeHeader(uom)));
  const ledByRank = memo((label: string) => /^(xep hang|thu hang)( |$)/.test(normalizeHeader(label)));
  // (a remark in brackets aside: "Thứ hạng chỉ số DTI (tăng 3 bậc) | 5" is the rank)
  const namesARank = memo((label: string) => {
    // ("(tăng/giảm)", "thăng hạng", "… DTI tăng": a movement, whatever the brackets; a remark
    // with its count, "(tăng 3 bậc)", is aside)
    const whole = normalizeHeader(label);
    if (
      / (tang giam|thang hang|tang hang|giam hang|tut hang|len hang|xuong hang)( |$)|( tang| giam)$/.test(
        ` ${whole}`,
      )
    )
      return false;
    const key = normalizeHeader(label.replace(/[(（][^()（）]*[)）]/gu, ' '));
    return (
      ledByRank(label) &&
      !/ (thay doi|bien dong|chenh lech|so voi (nam|ky|cung ky|\d{4})|(tang|giam|len|xuong)( \d+)? (bac|hang)) /.test(
        ` ${key} `,
      )
    );
  });
  /** A rank of another year than the table's, named in its row ("Thứ hạng chỉ số DTI năm 2024"). */
  const rankOfOtherYear = memo(
    (label: string) =>
      target.year !== null &&
      (normalizeHeader(label).match(/\b(19|20)\d{2}\b/g) ?? []).some((y) => Number(y) !== target.year),
  );
  const rankingIndex = memo(namesRankingIndex);
  const qualified = new Map<string, string>();
  const qualify = (kpi: string, q: string): string => {
    const key = `${kpi}\u0000${q}`;
    let v = qualified.get(key);
    if (v === undefined) {
      v = qualifiedKpi(kpi, q);
      if (qualified.size < 50_000) qualified.set(key, v);
    }
    return v;
  };
  // No unit column: every row belongs to the unit chosen for the whole table.
  const fixedUnit =
    unitCol === null && codeCol === null && target.unitId ? new UnitRepository(db).byId(target.unitId) : null;
  const group = target.group ?? 0;
  const rankOf = target.kind === 'ranking' ? target.group : null;
  const rankingPeriod = target.year !== null ? String(target.year) : null;
  const mainIndexIds = mainIndexIdsOf(db, target.year);

  // Units are matched as rows stream in, once per distinct spelling: code column first (codes
  // mean something only with their list), then names and aliases. Unmatched or ambiguous
  // spellings stay NULL and become questions; nothing is guessed.
  const listUnits = new UnitRepository(db).list(codeList);
  const unitByCode = new Map(listUnits.map((u) => [u.code, u.id]));
  const matchUnit = buildUnitMatcher(listUnits);
  const resolved = new Map<string, number | null>();
  // Names the analyst answered on an earlier import (user aliases), by key: a row matched by one
  // is said once per name, so that a slip of that answer shows (Settings forgets it).
  const remembered = new Map<string, number>(
    (
      db.prepare(`SELECT alias_key AS key, unit_id AS id FROM unit_alias WHERE origin = 'user'`).all() as {
        key: string;
        id: number;
      }[]
    ).map((a) => [a.key, a.id]),
  );
  const rememberedSeen = new Set<string>();
  const codeConflicts = new Map<string, string>();
  /** Code and name of rows whose code is none of the list's, the unit found by its name ("99 | Hà Nội"). */
  const codesUnknown = new Set<string>();
  let unknownCode: { row: number; code: string; unit: string; n: number } | null = null;
  // "79 - Đà Nẵng": a code written before the name that is not the named unit's (the name decides)
  let otherPrefixCode: { row: number; code: string; unit: string; unitCode: string; n: number } | null = null;
  const hiddenRows = { n: 0, first: 0 };
  const resolveUnit = (label: string, code: string): number | null => {
    const key = code ? `${label}\u0000${code}` : label;
    let id = resolved.get(key);
    if (id === undefined) {
      const m = code ? null : matchUnit(label);
      id =
        code && unitByCode.has(code.padStart(2, '0'))
          ? unitByCode.get(code.padStart(2, '0'))!
          : m?.kind === 'matched'
            ? m.id
            : null;
      if (code && id === null) {
        const byName = matchUnit(label);
        id = byName.kind === 'matched' ? byName.id : null;
        if (id !== null) codesUnknown.add(key);
      } else if (code && label) {
        // A code and a name that point at two different units: neither wins silently.
        const byName = matchUnit(label);
        if (byName.kind === 'matched' && byName.id !== id) {
          codeConflicts.set(key, listUnits.find((u) => u.id === id)!.name);
          id = byName.id;
        }
      }
      resolved.set(key, id);
    }
    return id;
  };

  const insRow = new BatchInsert(
    db,
    `INSERT OR REPLACE INTO ${t.rows} (row, unit_label, unit_code, unit_id, hidden, has_error, row_label)`,
    7,
  );
  const insObs = new BatchInsert(
    db,
    `INSERT INTO ${t.obs} (row, indicator_code, indicator_label, indicator_key, indicator_id, period, year, ranking_group,
       has_value, value, value_col, has_rank, rank, rank_col, rank_of, unit_of_measure, cell, note)`,
    18,
  );
  // Indicator ids are resolved once per distinct label, not per row: headline and main indices
  // from the methodology, KPIs by code or name (a new KPI stays null until commit creates it).
  const headlineIds = new Map(
    (
      db
        .prepare(
          `SELECT code, id FROM indicator WHERE methodology_id IS NULL AND code IN ('dti','cqs','kts','xhs')`,
        )
        .all() as { code: string; id: number }[]
    ).map((r) => [r.code, r.id]),
  );
  // KPIs by the key of their names: "TỶ LỆ …", "Tỷ lệ … (%)" and a decomposed "Tỷ lệ …" are one
  // indicator, in the store and within the file. One name with two units of measure ("Thanh toán
  // trực tuyến" in giao dịch and in tỷ đồng) is two indicators, the second named with its unit.
  type Kpi = {
    id: number | null;
    key: string;
    label: string;
    uom: string | null;
    /** Named with its unit because the store or the file has the name in this other unit (said once). */
    otherUnit?: string;
  };
  // (units compared as units: "giao dịch" and "transactions", "tổ" and "TCNSCĐ" are one)
  const uomKey = (u: string | null) => (u ? unitKey(u) : '');
  const known = new Map<string, { id: number; uom: string; written: string | null }[]>();
  /** The unit of measure each stored KPI has, as written (to check "12 tổ" against). */
  const storedUom = new Map<number, string>();
  for (const r of db
    .prepare(
      `SELECT id, code, name_vi, name_en, unit_of_measure FROM indicator WHERE methodology_id IS NULL AND kind = 'kpi' ORDER BY id`,
    )
    .all() as {
    id: number;
    code: string;
    name_vi: string;
    name_en: string | null;
    unit_of_measure: string | null;
  }[])
    for (const n of [r.name_vi, r.name_en, r.code]) {
      if (r.unit_of_measure) storedUom.set(r.id, r.unit_of_measure);
      if (!n) continue;
      // (a name stored with its unit in brackets, or before units were split off, still matches)
      const { name, unit } = splitIndicatorName(n);
      const list = known.get(indicatorKey(name)) ?? [];
      if (!list.some((k) => k.id === r.id))
        list.push({ id: r.id, uom: uomKey(r.unit_of_measure ?? unit), written: r.unit_of_measure ?? unit });
      known.set(indicatorKey(name), list);
    }
  const byName = new Map<string, Kpi[]>();
  // Resolved once per spelling and unit (a big file repeats a few of them a million times).
  const kpiIndicator = (label: string, uomCell: string | null): Kpi =>
    resolvedKpi(uomCell === null ? label : `${label}\u0000${uomCell}`);
  const resolvedKpi = memo((memoKey): Kpi => {
    const [label = '', uomCell = null] = memoKey.split('\u0000');
    const { name, unit } = splitIndicatorName(label);
    const uom = uomCell ?? unit;
    const nameKey = indicatorKey(name);
    const variants = byName.get(nameKey) ?? [];
    if (!variants.length) byName.set(nameKey, variants);
    const u = uomKey(uom);
    // The variant of this unit, or one without a unit yet (it takes this one).
    let k = variants.find((v) => uomKey(v.uom) === u) ?? variants.find((v) => v.uom === null || u === '');
    if (!k) {
      const stored = known.get(nameKey) ?? [];
      // the store's KPI of this unit; without a unit, the first; else one that has no unit yet
      const id =
        stored.find((c) => c.uom === u)?.id ??
        (u === '' ? stored[0]?.id : stored.find((c) => c.uom === '')?.id) ??
        null;
      // named with its unit when the name alone already stands for another unit
      const taken = variants.length > 0 || (id === null && stored.length > 0);
      const named = taken && uom ? `${name} (${uom})` : name;
      k = { id, key: indicatorKey(named), label: named, uom };
      const other = variants.find((v) => v.uom !== null)?.uom ?? stored.find((c) => c.written)?.written;
      if (taken && uom && other && id === null) k.otherUnit = other;
      variants.push(k);
    } else {
      if (k.uom === null && uom !== null) k.uom = uom;
      // a later spelling in lower case names it better than one in capitals
      if (isAllCaps(k.label) && !isAllCaps(name) && indicatorKey(k.label) === nameKey) k.label = name;
    }
    return k;
  });

  const where = (row: number, col: number | null, value?: unknown): Where => ({
    file,
    sheet,
    row,
    col,
    header: col !== null ? (mapping.columns.find((c) => c.col === col)?.header ?? null) : null,
    value,
  });

  // The decimal mark of a KPI value column is decided by the column, not cell by cell: what each
  // unambiguous text number says ("99.52" → ".", "99,52" → ","), then the whole file's. A number
  // that reads both ways ("912,687", "87.975") is staged with the Vietnamese reading and put
  // right in finish() when the column says otherwise.
  const marks = new Map<number, { dot: number; comma: number }>();
  // Ambiguous numbers wait in a TEMP table (a million "1.234" must not sit in memory).
  let insAmbiguous: BatchInsert | null = null;
  // (`scale`: what the number as written was multiplied by, see scaleBetween: its other reading
  // too; `shown`: the cell as quoted in the message)
  const addAmbiguous = (
    row: number,
    col: number,
    raw: string,
    value: number,
    percent: boolean,
    scale = 1,
    shown = raw,
    count: string | null = null,
  ) => {
    if (!insAmbiguous) {
      db.exec(
        `DROP TABLE IF EXISTS ${AMBIGUOUS}; CREATE TABLE ${AMBIGUOUS} (row INTEGER NOT NULL, col INTEGER NOT NULL, raw TEXT NOT NULL, value REAL, other REAL, percent INTEGER NOT NULL, count_kpi TEXT);`,
      );
      insAmbiguous = new BatchInsert(
        db,
        `INSERT INTO ${AMBIGUOUS} (row, col, raw, value, other, percent, count_kpi)`,
        7,
      );
    }
    insAmbiguous.add([row, col, shown, value, scaledBy(otherReading(raw), scale), percent ? 1 : 0, count]);
  };
  const markOf = memo(decimalMarkOf);
  /** What a KPI's name says it counts (countedByName), per name. */
  const countOf = memo((label: string) =>
    countedByName(splitIndicatorName(label).name, ctx.titleText ?? null),
  );
  const noData = new Map<number, { cells: SaidCells; raw: string }>();
  // KPI values written with a mark after the number ("95*", "95**"): a footnote of the file, not
  // part of the value (a tie mark only means something for a rank); said once per column.
  const valueMarks = new Map<number, { n: number; row: number; raw: string }>();
  /** Columns already told about a count below zero or with a fraction. */
  const countToldFor = new Set<number>();
  /** KPIs read as counts that have a fraction written so it reads one way ("2.5", "0,98"). */
  const fractionalCounts = new Set<string>();
  /** The decimal marks the text numbers of each count KPI show, per column. */
  const countMarks = new Map<string, Map<number, { dot: number; comma: number }>>();
  /** Value columns of counts ("giao dịch", "lượt"), with the unit: their numbers are whole. */
  const countColumns = new Map<number, string>();
  // Values of each KPI in % (per column and indicator): all of them between 0 and 1 reads like
  // ratios (0,9952 for 99,52%) typed in a General cell; said once, at the first.
  // Among values above 1 (none below 50), a fraction whose hundredfold is near them (0,97 among
  // 98–100) is a ratio typed for a percentage: said at the first, with how many.
  const percentSpread = new Map<
    string,
    {
      n: number;
      above1: number;
      frac: number;
      row: number;
      col: number;
      raw: RawCell;
      min: number;
      max: number;
      fracs: { row: number; raw: RawCell; value: number }[];
    }
  >();
  /**
   * What is wrong with a rank read at `at`, if anything: written out of another number than the
   * ranking's (`expected`: "12/63" in a table of the 34), not whole, or outside 1..`of`.
   */
  const rankProblem = (
    at: Where,
    value: number,
    writtenOf: number | undefined,
    expected: number | null,
    of: number | null,
    /** The KPI's period, in one unit's report: whether the other list can hold it. */
    period?: string,
  ): ImportProblem | null => {
    if (writtenOf !== undefined && expected !== null && writtenOf !== expected)
      // (in one unit's report, the way out: the unit of the other list — "6/34" in Đồng Nai's
      // report of the first half of 2025, read for the Đồng Nai of the 63)
      // (the 63 only for a span that ends by 30 June 2025: later ones are the 34's)
      return fixedUnit &&
        period !== undefined &&
        (writtenOf === 34 || (writtenOf === 63 && codeListOfPeriod(period) === 'gso2004'))
        ? problemSaying('error', 'rankOfMismatch', 'problem.rankOfMismatchReport', at, {
            of: writtenOf,
            n: expected,
            unit: fixedUnit.name,
          })
        : problem('error', 'rankOfMismatch', at, { of: writtenOf, n: expected });
    if (!Number.isInteger(value)) return problem('error', 'rankNotInteger', at);
    if (of !== null && !isValidRank(value, of)) return problem('error', 'rankRange', at, { n: of });
    return null;
  };
  const readNumber = (
    cells: RawCell[],
    col: number,
    row: number,
    kind: 'score' | 'rank' | 'other' | 'kpiValue' = 'other',
  ): {
    value: number | null;
    ok: boolean;
    of?: number;
    ambiguous?: boolean;
    text?: string;
    /** The decimal mark the number as written shows, not yet counted for its column (a KPI value's). */
    mark?: '.' | ',';
    unit?: ValueWithUnit;
    percent?: true;
    /** What the number as written was multiplied by: another scale of the indicator's unit. */
    scaled?: number;
  } => {
    let raw = cells[col - 1] ?? null;
    if (withRankCols.has(col) && (kind === 'rank' || kind === 'kpiValue')) {
      // "73.6% (31)": the value, or its rank; a cell without a rank has none
      const both = typeof raw === 'string' ? valueWithRank(raw) : null;
      if (kind === 'rank' && !both) return { value: null, ok: true };
      if (both) raw = kind === 'rank' ? both.rank : both.value;
    }
    if (typeof raw === 'string' && isFormulaText(raw)) {
      // a formula saved without its value (the reader gives its text), or its text in a CSV:
      // nothing to read
      report(problem('error', 'formulaNoValue', where(row, col, raw.replace(UNCACHED_FORMULA, ''))));
      return { value: null, ok: false };
    }
    // ("9 (↑16)", "Hạng 9": the rank alone is read; the cell is still quoted as written)
    // ("12 (0,6234)": a score printed after its rank, in a column of both, is the score)
    const both =
      kind === 'score' && typeof raw === 'string' && rankInBrackets.has(col) ? scoreWithRank(raw) : null;
    // ("0,6234 (12)" in a column mapped to the rank by hand: its rank)
    const rankOfBoth = kind === 'rank' && typeof raw === 'string' ? scoreWithRank(raw) : null;
    let n = cellNumber(
      both
        ? both.score
        : rankOfBoth
          ? String(rankOfBoth.rank)
          : kind === 'rank' && typeof raw === 'string'
            ? rankText(raw)
            : raw,
      kind === 'score' ? 'score' : 'other',
    );
    let unit: ValueWithUnit | undefined;
    if ('error' in n && kind === 'kpiValue' && typeof raw === 'string') {
      // A KPI value written with its unit ("12 tổ", "1.234 hồ sơ"): the number, and the unit
      // for the caller to check against the indicator's (valueUnit.ts says which words are units).
      const split = splitValueUnit(raw);
      const number = split ? cellNumber(split.number) : null;
      // ("100% xã" is neither a percentage nor a count of communes: not read)
      if (
        number &&
        !('error' in number) &&
        number.value !== null &&
        number.of === undefined &&
        !number.percent
      ) {
        n = number;
        unit = split!;
        raw = split!.number;
      }
    }
    if ('error' in n) {
      report(problem('error', 'notANumber', where(row, col, raw)));
      return { value: null, ok: false };
    }
    // "12/63" is a rank of 63; as a value, "12/24" (communes with a team / all communes) is two
    // numbers: neither is taken for the value
    if (n.of !== undefined && kind !== 'rank') {
      report(problemSaying('error', 'notANumber', 'problem.fractionValue', where(row, col, raw), {}));
      return { value: null, ok: false };
    }
    // (a footnote reference "(1)" after any number; a tie mark "95*" after a KPI value; not a
    // score's rank in brackets, read as its rank)
    if (
      (('mark' in n && n.mark) || (kind === 'kpiValue' && 'tie' in n && n.tie)) &&
      typeof raw === 'string' &&
      !both
    ) {
      const w = valueMarks.get(col);
      if (w) w.n++;
      else valueMarks.set(col, { n: 1, row, raw });
    }
    if (n.value === null && typeof raw === 'string' && raw.trim() !== '') {
      // A formula that failed in Excel is not "no data": the number is missing for a reason.
      if (FORMULA_ERROR.test(raw.trim())) {
        report(problem('error', 'formulaError', where(row, col, raw)));
        return { value: null, ok: false };
      }
      // "N/A", "-", "chưa có": no value, said once per column with how many cells.
      const w = noData.get(col) ?? { cells: new SaidCells(), raw };
      noData.set(col, w);
      w.cells.add(row, col);
    }
    const percent = 'percent' in n && n.percent === true;
    // (an object only for the few cells written with a unit or "%")
    const withUnitOf =
      unit === undefined && !percent
        ? null
        : { ...(unit ? { unit } : {}), ...(percent ? { percent: true as const } : {}) };
    if (kind !== 'score' && typeof raw === 'string' && n.value !== null && n.of === undefined) {
      const mark = markOf(raw);
      if (mark === 'ambiguous')
        return { value: n.value, ok: true, ambiguous: true, text: raw, ...withUnitOf };
      // (a KPI value's mark counts once the value is known not to be a count: the thousands of
      // "2.417.423" hồ sơ say nothing of how the averages beside them write decimals)
      if (mark && kind === 'kpiValue') return { value: n.value, ok: true, mark, ...withUnitOf };
      if (mark) voteMark(col, mark);
    }
    return n.of !== undefined
      ? { value: n.value, ok: true, of: n.of, ...withUnitOf }
      : { value: n.value, ok: true, ...withUnitOf };
  };
  /** What a number written as text says about its column's decimal mark. */
  const voteMark = (col: number, mark: '.' | ',') => {
    let m = marks.get(col);
    if (!m) marks.set(col, (m = { dot: 0, comma: 0 }));
    if (mark === '.') m.dot++;
    else m.comma++;
  };
  /** Columns whose values are written with a unit, told once each. */
  const unitInCellTold = new Set<number>();
  const otherUnitTold = new Set<string>();

  const emptyUnitRows: number[] = [];
  /** Rows under a merged unit cell take its unit; other rows without a unit are errors. */
  const settleEmptyUnits = (merges: readonly CellRange[]) => {
    if (!emptyUnitRows.length) return;
    const col = (unitCol ?? codeCol)!;
    const down = merges
      .filter((m) => m.fromCol <= col && col <= m.toCol && m.toRow > m.fromRow)
      .sort((a, b) => a.fromRow - b.fromRow);
    const topOf = (row: number) => {
      // the last range starting above the row, if it reaches down to it
      let lo = 0;
      let hi = down.length - 1;
      let found: CellRange | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (down[mid]!.fromRow < row) {
          found = down[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found && found.toRow >= row ? found.fromRow : null;
    };
    const rowsT = t.rows.replace('temp.', '');
    const copy = db.prepare(
      `UPDATE ${t.rows} SET (unit_label, unit_code, unit_id) =
         (SELECT s.unit_label, s.unit_code, s.unit_id FROM ${t.rows} s WHERE s.row = ? AND s.unit_label <> '')
       WHERE ${rowsT}.row = ? AND EXISTS (SELECT 1 FROM ${t.rows} s WHERE s.row = ? AND s.unit_label <> '')`,
    );
    const dropObs = db.prepare(`DELETE FROM ${t.obs} WHERE row = ?`);
    const dropRow = db.prepare(`DELETE FROM ${t.rows} WHERE row = ?`);
    for (const row of emptyUnitRows) {
      const top = topOf(row);
      if (top !== null && copy.run(top, row, top).changes > 0) continue;
      report(problem('error', 'unitEmpty', where(row, col)));
      dropObs.run(row);
      dropRow.run(row);
      stats.dataRows--;
    }
  };

  /**
   * A score or rank cell merged down over several rows (a tie at 15 written once for two units)
   * holds the value of each row it covers: the rows below get it too, and the analyst is told.
   */
  const settleMergedValues = (merges: readonly CellRange[]) => {
    if (target.kind !== 'ranking') return;
    const numeric = new Set(cols.filter((c) => isNumericField(c.mapping)).map((c) => c.col));
    const down = merges.filter((m) => m.toRow > m.fromRow && m.fromRow >= mapping.dataStartRow);
    if (!down.length) return;
    const obsT = t.obs.replace('temp.', '');
    // Prepared once: a sheet can have hundreds of merged ranges.
    const fill = (['rank', 'value'] as const).map((part) => {
      const has = `has_${part}`;
      const at = `${part}_col`;
      return {
        // rows below that have other values of the indicator: add this one
        // (its cell says where the value came from: the merged cell, after the row's own)
        add: db.prepare(
          `UPDATE ${t.obs} SET ${has} = 1, ${part} = s.${part}, ${at} = s.${at},
             cell = CASE WHEN ${obsT}.cell IS NULL OR ${obsT}.cell = '' THEN @ref ELSE ${obsT}.cell || ', ' || @ref END
           FROM ${t.obs} AS s
           WHERE s.row = @from AND s.${at} = @col AND ${obsT}.row > @from AND ${obsT}.row <= @to
             AND ${obsT}.indicator_code = s.indicator_code AND ${obsT}.${has} = 0`,
        ),
        // rows below with nothing of it: the merged value alone
        create: db.prepare(
          `INSERT INTO ${t.obs} (row, indicator_code, indicator_id, period, year, ranking_group, has_value, value, value_col,
             has_rank, rank, rank_col, rank_of, unit_of_measure, cell)
           SELECT r.row, s.indicator_code, s.indicator_id, s.period, s.year, s.ranking_group,
             ${part === 'value' ? '1, s.value, s.value_col, 0, NULL, NULL' : '0, NULL, NULL, 1, s.rank, s.rank_col'},
             s.rank_of, s.unit_of_measure, ?
           FROM ${t.rows} r JOIN ${t.obs} s ON s.row = ? AND s.${at} = ?
           WHERE r.row > ? AND r.row <= ?
             AND NOT EXISTS (SELECT 1 FROM ${t.obs} o WHERE o.row = r.row AND o.indicator_code = s.indicator_code)`,
        ),
      };
    });
    for (const m of down)
      for (let col = m.fromCol; col <= m.toCol; col++) {
        if (!numeric.has(col)) continue;
        let filled = 0;
        for (const f of fill) {
          filled += f.add.run({ ref: cellRef(m.fromRow, col), from: m.fromRow, col, to: m.toRow }).changes;
          filled += f.create.run(cellRef(m.fromRow, col), m.fromRow, col, m.fromRow, m.toRow).changes;
        }
        if (filled > 0) {
          report(problem('warning', 'mergedValue', where(m.fromRow, col), { rows: m.toRow - m.fromRow + 1 }));
          // its empty cells below are filled now: not told as empty
          for (let k = empty.length - 1; k >= 0; k--)
            if (empty[k]!.col === col && empty[k]!.row > m.fromRow && empty[k]!.row <= m.toRow)
              empty.splice(k, 1);
        }
      }
  };

  /** Puts ambiguous numbers right once every cell has told its column's decimal mark. */
  const settleAmbiguousNumbers = () => {
    if (!insAmbiguous) return;
    insAmbiguous.finishBatch();
    // A "count" with a fraction that reads only one way ("0.98" tài khoản trên đầu người, "2.5"
    // under "(nghìn)") is no count of whole things: its numbers follow the marks like any other.
    const uncount = db.prepare(`UPDATE ${AMBIGUOUS} SET count_kpi = NULL WHERE count_kpi = ?`);
    for (const key of fractionalCounts) {
      uncount.run(key);
      for (const [col, m] of countMarks.get(key) ?? []) {
        const own = marks.get(col) ?? { dot: 0, comma: 0 };
        marks.set(col, { dot: own.dot + m.dot, comma: own.comma + m.comma });
      }
    }
    /** What the counts of a column write ("1,234,567": "." would be their decimal mark); of every column without one. */
    const countMarkOf = (col?: number) => {
      const all = { dot: 0, comma: 0 };
      for (const [key, byCol] of countMarks)
        if (!fractionalCounts.has(key))
          for (const [c, m] of byCol)
            if (col === undefined || c === col) {
              all.dot += m.dot;
              all.comma += m.comma;
            }
      return all.dot > 0 && all.comma === 0 ? '.' : all.comma > 0 && all.dot === 0 ? ',' : null;
    };
    const all = { dot: 0, comma: 0 };
    for (const m of marks.values()) {
      all.dot += m.dot;
      all.comma += m.comma;
    }
    const markFrom = (m: { dot: number; comma: number } | undefined) =>
      m && m.dot > 0 && m.comma === 0 ? '.' : m && m.comma > 0 && m.dot === 0 ? ',' : null;
    const obsT = t.obs.replace('temp.', '');
    const amb = AMBIGUOUS;
    const flip = (col: number, cond = '') =>
      db
        .prepare(
          `UPDATE ${t.obs} SET value = a.other FROM ${amb} a
           WHERE ${obsT}.row = a.row AND ${obsT}.value_col = a.col AND a.col = ? ${cond}`,
        )
        .run(col);
    const cols = db.prepare(`SELECT DISTINCT col FROM ${amb}`).pluck().all() as number[];
    for (const col of cols) {
      // The column's own numbers decide, unless the rest of the file writes decimals the other
      // way ("5.5" among "912.687"s while another column has "99,52%"): then nothing tells.
      const own = marks.get(col);
      const rest = { dot: all.dot - (own?.dot ?? 0), comma: all.comma - (own?.comma ?? 0) };
      const ownMark = markFrom(own);
      const restMark = markFrom(rest);
      // The analyst's choice for the column (the preview offers it with the warning) decides —
      // but a mark chosen for every column (--decimal-mark) does not override a column whose own
      // numbers read one way only the other way ("99.5" above "97.125" in a column of %: round 76
      // stored 97125%).
      const asked = mapping.columns.find((c) => c.col === col)?.decimalMark;
      const chosen = asked && ownMark && asked !== ownMark ? undefined : asked;
      const mark = chosen ?? (ownMark && restMark && ownMark !== restMark ? null : (ownMark ?? restMark));
      // A percentage that is in range only one way ("87.975%": 87975% cannot be) is read that way
      // unless the analyst chose the column's mark, and the analyst is told.
      const inRange = 'AND a.percent = 1 AND (a.value < 0 OR a.value > 100) AND a.other BETWEEN 0 AND 100';
      const firstFlipped = (cond: string) =>
        db
          .prepare(
            `SELECT a.row, a.raw, o.value FROM ${amb} a JOIN ${t.obs} o ON o.row = a.row AND o.value_col = a.col
             WHERE a.col = ? ${cond} ORDER BY a.row LIMIT 1`,
          )
          .get(col) as { row: number; raw: string; value: number } | undefined;
      // A count is whole: "12,345" or "1.234" giao dịch is a whole number of transactions,
      // whatever else the column or the file writes, or the mark the analyst chose for the column
      // (a long table's: its rates). A KPI's column counts or not; a long table's value column may
      // hold counts among rates: each number is known as one or not (a.count_kpi), the rest
      // follow the marks below.
      const count = countColumns.get(col);
      const others = 'AND a.count_kpi IS NULL';
      if (count !== undefined) {
        const whole =
          'AND a.count_kpi IS NOT NULL AND a.other = CAST(a.other AS INTEGER) AND a.value <> CAST(a.value AS INTEGER)';
        let flipped = flip(col, whole).changes;
        // Said where the count decided: a cell read whole against the column's own numbers
        // ("1.234" kept 1234 beside "1,234,567") or the file's ("541.685" hồ sơ beside "73.6%"),
        // or one turned whole when nothing told.
        // (against the mark the column's other numbers follow: a count kept whole where "." is
        // the decimal mark, or turned whole where it is "," or nothing tells)
        const against = chosen ?? ownMark ?? countMarkOf(col) ?? restMark;
        // Whole either way ("2,000": 2 or 2000), where "," groups thousands — the column's counts
        // say so ("1,234,567"), else the counts read whole just now ("1,268"), else the file's other
        // counts: as English-locale Excel writes them — the thousands (round 83 stored 2 for "2,000"
        // and 15 for "15,000" beside "1,234,567", 1 for "1,000" above "1,268").
        const thousands =
          against ??
          markFrom(
            db
              .prepare(
                `SELECT COALESCE(SUM(instr(a.raw, '.') > 0 AND instr(a.raw, ',') = 0), 0) AS comma,
                        COALESCE(SUM(instr(a.raw, ',') > 0 AND instr(a.raw, '.') = 0), 0) AS dot
                 FROM ${amb} a JOIN ${t.obs} o ON o.row = a.row AND o.value_col = a.col
                 WHERE a.col = ? ${whole.replace('a.value <> CAST', 'o.value = a.other AND a.value <> CAST')}`,
              )
              .get(col) as { dot: number; comma: number },
          ) ??
          countMarkOf();
        // (…and where nothing tells at all: "2,000" giao dịch is two thousand — nobody writes a
        // count of 2 with three zero decimals; round 84 stored 2 and 5 for "2,000", "5,000")
        if (thousands !== ',')
          flipped += flip(
            col,
            'AND a.count_kpi IS NOT NULL AND a.other = CAST(a.other AS INTEGER) AND a.value = CAST(a.value AS INTEGER) AND a.other > a.value',
          ).changes;
        const tell =
          against === '.'
            ? (db
                .prepare(
                  `SELECT a.row, a.raw, o.value FROM ${amb} a JOIN ${t.obs} o ON o.row = a.row AND o.value_col = a.col
                   WHERE a.col = ? AND a.count_kpi IS NOT NULL AND o.value = a.value AND a.value <> a.other ORDER BY a.row LIMIT 1`,
                )
                .get(col) as { row: number; raw: string; value: number } | undefined)
            : flipped > 0
              ? firstFlipped('AND o.value = a.other')
              : undefined;
        if (tell)
          report(
            problemSaying(
              'warning',
              'countReadWhole',
              // (the mark chosen for the column — --decimal-mark, the preview's choice — is its other numbers')
              chosen ? 'problem.countReadWholeMarkChosen' : 'problem.countReadWhole',
              where(tell.row, col, tell.raw),
              {
                unit: count,
                n: { reading: tell.value },
                ...(chosen ? { mark: chosen } : {}),
              },
            ),
          );
      }
      const tellPercentsInRange = () => {
        if (flip(col, `${inRange} ${others}`).changes === 0) return;
        const pct = firstFlipped(`AND a.percent = 1 AND o.value = a.other ${others}`);
        if (pct)
          report(
            problem('warning', 'percentReadInRange', where(pct.row, col, pct.raw), {
              n: { number: pct.value },
            }),
          );
      };
      if (mark === '.') flip(col, others);
      else if (mark === ',' && !chosen) tellPercentsInRange();
      // Decided by the file's other columns alone ("912.687" tài khoản beside "99.5" %): a guess
      // the analyst is told of, with the column's choice offered (round 75: stored without a word).
      const byRest = !chosen && ownMark === null && restMark === '.' && mark === '.';
      const firstByRest = byRest ? firstFlipped(`${others} AND NOT (${inRange.slice(4)})`) : undefined;
      if (byRest && firstByRest)
        report(
          problemSaying(
            'warning',
            'ambiguousNumber',
            'problem.ambiguousNumberByFile',
            where(firstByRest.row, col, firstByRest.raw),
            { n: { reading: firstByRest.value } },
          ),
        );
      if (chosen) {
        // Said, so that a mark remembered with the layout never decides unseen.
        const first = firstFlipped(others);
        if (first)
          report(
            problem('warning', 'decimalMarkApplied', where(first.row, col, first.raw), {
              mark: chosen,
              n: { reading: first.value },
            }),
          );
      } else if (mark === null) {
        // Nothing tells: the Vietnamese reading (but percentages in range), said once per column.
        // (a percentage read in range was told so: not told again as unclear)
        tellPercentsInRange();
        const first = firstFlipped(`${others} AND NOT (${inRange.slice(4)})`);
        // (a column whose own numbers write decimals both ways, "1,234,567" and "2,5", is not one
        // where "no number reads one way only" — round 84)
        const mixed = (own?.dot ?? 0) > 0 && (own?.comma ?? 0) > 0;
        if (first)
          report(
            problemSaying(
              'warning',
              'ambiguousNumber',
              mixed ? 'problem.ambiguousNumberMixed' : 'problem.ambiguousNumber',
              where(first.row, col, first.raw),
              { n: { reading: first.value } },
            ),
          );
      }
    }
    // Percentages still outside 0–100 once settled (checked here, not while reading).
    for (const a of db
      .prepare(
        `SELECT a.row, a.col, a.raw FROM ${amb} a JOIN ${t.obs} o ON o.row = a.row AND o.value_col = a.col
         WHERE a.percent = 1 AND (o.value < 0 OR o.value > 100) ORDER BY a.row LIMIT ${MAX_PROBLEMS}`,
      )
      .all() as { row: number; col: number; raw: string }[])
      report(problem('warning', 'percentRange', where(a.row, a.col, a.raw)));
    db.exec(`DROP TABLE ${amb}`);
  };

  type Staged = {
    row: number;
    code: string | null;
    label: string | null;
    key: string | null;
    indicatorId: number | null;
    period: string;
    year: number;
    group: number;
    hasValue: number;
    value: number | null;
    valueCol: number | null;
    hasRank: number;
    rank: number | null;
    rankCol: number | null;
    rankOf: number | null;
    uom: string | null;
  };
  const stagedIds = new Set<number>();
  const stage = (p: Staged, note: string | null) => {
    if (p.indicatorId !== null) stagedIds.add(p.indicatorId);
    // (a score and its rank in one cell, "0,6234 (12)": that cell once; a rank cell left empty is
    // no source of the value — round 74 named "D4, E4" for D4's value alone)
    const valueCol = p.valueCol !== null && (p.hasValue || !p.hasRank) ? p.valueCol : null;
    const rankCol = p.rankCol !== null && (p.hasRank || !p.hasValue) ? p.rankCol : null;
    const cell =
      valueCol !== null && rankCol !== null && rankCol !== valueCol
        ? `${cellRef(p.row, valueCol)}, ${cellRef(p.row, rankCol)}`
        : valueCol !== null || rankCol !== null
          ? cellRef(p.row, (valueCol ?? rankCol)!)
          : null;
    insObs.add([
      p.row,
      p.code,
      p.label,
      p.key,
      p.indicatorId,
      p.period,
      p.year,
      p.group,
      p.hasValue,
      p.value,
      p.valueCol,
      p.hasRank,
      p.rank,
      p.rankCol,
      p.rankOf,
      p.uom,
      cell,
      note,
    ]);
  };

  // A ranking column or sheet headed with another year ("Xếp hạng 2022" in a 2023 import, sheet
  // "DTI 2021") holds another year's ranking: said once, at its header, never stored as this year.
  if (target.kind === 'ranking' && target.year !== null) {
    const otherYear = (text: string | null | undefined, covered = yearsNamedIn) => {
      const years = covered(text);
      return years.length && !years.includes(target.year!) ? years[0]! : null;
    };
    for (const c of cols) {
      const y = isNumericField(c.mapping) ? otherYear(c.header) : null;
      if (y !== null)
        report(
          problem('error', 'columnYearContradicts', where(mapping.headerRow, c.col, c.header), {
            column: y,
            year: target.year,
          }),
        );
    }
    // (a sheet named for when the ranking was published, "Công bố 2025", names no year of it: round 78)
    // (a sheet of several years, "DTI 2021-2023", holds each of them)
    const named = sheet !== null ? withoutDates(sheet) : sheet;
    const y = otherYear(named, yearsCoveredBy);
    // (said as the span it names: "2021–2023", not its first year — round 80)
    const span = yearsCoveredBy(named);
    // (and the sheet of that year named, when there is one — a hidden one said so: round 83 chose
    // the visible sheet of another year, the hidden "DTI 2023" unsaid)
    const other = ctx.sheetOfYear;
    if (y !== null)
      report(
        problemSaying(
          'error',
          'sheetYearContradicts',
          !other
            ? 'problem.sheetYearContradicts'
            : other.hidden
              ? 'problem.sheetYearContradictsHidden'
              : 'problem.sheetYearContradictsOther',
          { file, sheet },
          {
            sheetYear: span.length > yearsNamedIn(named).length ? `${span[0]}–${span.at(-1)}` : y,
            year: target.year,
            ...(other ? { other: other.name } : {}),
          },
        ),
      );
  }

  // Values in columns the header does not reach. Digits as text there are the mark of decimal
  // commas in a comma-separated file ("Đà Nẵng,0,8002" is three fields): an error, or the score
  // would be stored as 0. Anything else is said once per column and not imported.
  const headerWidth = Math.max(
    0,
    ...mapping.columns.filter((c) => c.header.trim() !== '').map((c) => c.col),
    ...cols.map((c) => c.col),
  );
  const hasNumericColumn = cols.some((c) => isNumericField(c.mapping));
  const yearlessHeaders = new Set(
    mapping.columns.flatMap((c) =>
      c.mapping.field === 'kpi.valueForPeriod' && isYearlessPeriod(c.mapping.period)
        ? [c.mapping.period]
        : [],
    ),
  );
  const toldExtra = new Set<number>();
  // (a second block beside the table, its header row empty, is refused as such: validate.ts sideBySide)
  const sideBlock =
    mapping.columns.find((c) => c.note?.startsWith('another block beside column'))?.col ?? Infinity;
  const extraCells = (cells: RawCell[], row: number): boolean => {
    const extra: { col: number; c: RawCell }[] = [];
    for (let i = headerWidth; i < Math.min(cells.length, sideBlock - 1); i++) {
      const c = cells[i] ?? null;
      if (c !== null && !(typeof c === 'string' && c.trim() === '')) extra.push({ col: i + 1, c });
    }
    if (!extra.length) return false;
    // (a row read from a spreadsheet has typed numbers: the comma-split mark is a text file's)
    const textRow = cells.every((c) => c === null || typeof c === 'string');
    if (
      hasNumericColumn &&
      textRow &&
      extra.every((e) => typeof e.c === 'string' && /^\s*\d+\s*$/.test(e.c))
    ) {
      report(
        problem('error', 'splitDecimal', where(row, extra[0]!.col, extra[0]!.c), {
          fields: extra[extra.length - 1]!.col,
          header: headerWidth,
        }),
      );
      return true;
    }
    for (const e of extra)
      if (!toldExtra.has(e.col)) {
        toldExtra.add(e.col);
        report(problem('warning', 'valueWithoutHeader', where(row, e.col, e.c)));
      }
    return false;
  };

  const colOf = (field: string) => cols.find((c) => c.mapping.field === field)?.col;
  /** The pillars whose score or rank the table's columns hold ("cqs.score": cqs). */
  const tablePillars = new Set(cols.map((c) => c.mapping.field.split('.')[0]!));
  /**
   * The unit of a column's values when not the row's (its "ĐVT" cell): the one its header gives
   * ("Tỷ lệ (%)"); a rate's, %, whatever the row says of its count ("ĐVT | hồ sơ" beside "Số lượng
   * | Tỷ lệ"); and a count none, where the row's unit is the rate's % ("Tỷ lệ cơ quan … | % |
   * Số lượng | Tỷ lệ"). Undefined: the row's.
   */
  // (what a header says is read once per header, not per cell of a wide table)
  const headerUnit = memo((indicator: string) => ({
    own: splitIndicatorName(indicator.split(' / ').at(-1)!).unit,
    measure: measureOf(indicator),
  }));
  const unitOfColumn = (indicator: string, rowUnit: string | null): string | null | undefined => {
    const { own, measure } = headerUnit(indicator);
    if (own !== null) return own;
    if (measure === 'rate') return '%';
    if (measure === 'count' && rowUnit !== null && isPercentUnit(rowUnit)) return null;
    return undefined;
  };
  const indicatorCol = colOf('kpi.indicator');
  const sttCol = colOf('stt');
  // The item a sub-item belongs to: "1 | Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ" over
  // "1.1 | Cấp tỉnh", "1.2 | Cấp huyện", "a) | Chi nhánh …" (see itemName).
  // (`figure`: whether the item's own row gives a figure, or only its sub-rows do; `units`: the
  // units its sub-rows are in, by uomKey, as written)
  let item: { number: string; name: string; figure: boolean; units: Map<string, string> } | null = null;
  /** This row's label, a total ("Tổng cộng") of nothing it can be stored as: skipped and said (itemName). */
  let totalAside: string | null = null;
  /** Why, when it sums rows in different units (theirs and its own, listed): said with it. */
  let totalAsideUnits: string | null = null;
  const summaryOfRow = memo(summaryOf);
  /** A total of a span ("Cộng quý I", "Tổng cộng 6 tháng") that is the table's own period. */
  // (its unit in brackets aside, "Cộng 6 tháng (hồ sơ)"; "Cộng năm" in a year's report)
  const ownSpanTotal = memo((label: string): boolean => {
    const m = /^\s*(?:tổng cộng|tổng số|tổng|cộng)\s+(.+)$/iu.exec(
      label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''),
    );
    if (!m || tablePeriod === '') return false;
    if (/^(?:cả\s+)?năm$/iu.test(m[1]!.trim())) return /^\d{4}$/.test(tablePeriod);
    return normalisePeriod(m[1]!, target.year) === tablePeriod;
  });
  const skipToldRow = new Set<number>();
  /**
   * The period a row's KPI name ends with ("Hồ sơ trực tuyến toàn trình năm 2023", "… (2023)",
   * "… 6 tháng đầu năm 2024", "… quý I/2024", "… tháng 6/2024"; a span of years, "… giai đoạn
   * 2021-2025", as ''), and where the name's own part ends; the brackets of a unit and a year it
   * is compared with aside. Null when none.
   */
  const trailingPeriod = memo((label: string): { period: string; name: string; joined: boolean } | null => {
    // ("Tỷ lệ tăng … so với năm 2024": the year it is compared with, not its own)
    // (a span in brackets, "… (giai đoạn 2021-2025)", "… [2021-2025]", is read as one after the
    // name — before its unit's brackets too, "… (giai đoạn 2021-2025) (%)")
    const name = withoutComparedYear(label)
      .replace(SPAN_IN_BRACKETS, ' $1')
      .replace(/\s*\((?!\s*(?:19|20)\d{2}\s*\))[^()]*\)\s*$/u, '')
      .replace(SPAN_IN_BRACKETS, ' $1')
      .replace(/\s*\[\s*((?:19|20)\d{2})\s*\]$/u, ' ($1)')
      .trim();
    if (!/(?:19|20)\d{2}\)?$/.test(name)) return null;
    // (not a document's year, "theo Quyết định số 1234/QĐ-UBND năm 2023", "Đề án 06 năm 2022",
    // "Luật Giao dịch điện tử năm 2023": names, not periods)
    if (DOCUMENT_NAMED.test(name)) return null;
    const own = (at: number) => name.slice(0, at).replace(/[\s,:;–—-]+$/u, '');
    const years =
      /(?:^|\s)(?:giai đoạn|giai doan|thời kỳ|thoi ky)?\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/iu.exec(
        name,
      );
    // (a row of the span alone, "- Giai đoạn 2021-2025" under a KPI, is that span's; a school year,
    // "… năm học 2023-2024", or a standard's or plan's span, "… theo chuẩn nghèo giai đoạn
    // 2022-2025", is part of the name)
    // ("Số hồ sơ … (giai đoạn) 2021-2025", the span's own figure, is that span's too)
    if (years)
      return !own(years.index) ||
        (!/(?:năm học|nam hoc)$/iu.test(own(years.index)) &&
          !/(?:^|\s)(?:theo|chuẩn|chuan)(?:\s|$)/iu.test(own(years.index)))
        ? { period: '', name: own(years.index), joined: false }
        : null;
    const bracket = /\s*\(\s*((?:19|20)\d{2})\s*\)$/u.exec(name);
    if (bracket)
      return own(bracket.index) ? { period: bracket[1]!, name: own(bracket.index), joined: false } : null;
    // (the longest tail of words read as a period, led by a period's word)
    const words = name.split(/\s+/);
    for (let k = Math.min(6, words.length - 1); k >= 2; k--) {
      const phrase = words.slice(-k).join(' ');
      if (!/^(?:năm|nam|quý|quy|tháng|thang|\d{1,2} (?:tháng|thang))(?:\s|\/|$)/iu.test(phrase)) continue;
      const before = words.slice(0, -k).join(' ');
      // (not a horizon: "… đến năm 2025", "… trước năm 2030"; nor the end of a longer period, "6
      // tháng đầu | năm 2024", which is the whole label's)
      if (
        /(?:^|\s)(?:đến|tới|den|toi|trước|truoc|sau|từ|tu|đạt|dat|\d+|tháng|thang|đầu|dau|cuối|cuoi)$/iu.test(
          before,
        )
      )
        return null;
      const p = normalisePeriod(phrase, target.year);
      // (`joined`: the name runs into the period, "… lũy kế đến hết năm 2024", "… trong năm 2024":
      // without it the name would end mid-phrase)
      if (p !== null && isCanonicalPeriod(p))
        return own(before.length)
          ? {
              period: p,
              name: own(before.length),
              joined:
                /(?:^|\s)(?:hết|het|trong|của|cua|vào|vao|tại|tai|cuối|cuoi|đầu|dau|lũy kế|luy ke)$/iu.test(
                  before,
                ),
            }
          : null;
    }
    return null;
  });
  // (a title naming a KPI, "SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN …": its total is that KPI; not a
  // report's subject, "BÁO CÁO KẾT QUẢ … CHUYỂN ĐỔI SỐ", nor a sheet's name, "Bao cao")
  const titleNamesKpi =
    !!ctx.titleKpi && namesKpi(ctx.titleKpi, normalizeHeader(splitIndicatorName(ctx.titleKpi).name));
  /**
   * A row's indicator with its item's name when the row is a sub-item ("1.1", "a)") whose own
   * name is no KPI by itself ("Cấp tỉnh"): "Tỷ lệ … phát sinh hồ sơ – Cấp tỉnh". Headings in
   * capitals ("I | CHÍNH QUYỀN SỐ") and named KPIs stay as they are.
   */
  // Under a title that names a KPI and its unit, a row of that KPI takes the unit, and a row
  // naming no KPI of its own is a part of it ("Phí, lệ phí" under "SỐ GIAO DỊCH THANH TOÁN TRỰC
  // TUYẾN NĂM 2025 (giao dịch)": "Số giao dịch thanh toán trực tuyến – Phí, lệ phí (giao dịch)").
  const titled = ctx.titleKpi ? splitIndicatorName(ctx.titleKpi) : null;
  const underTitle = memo((name: string): string => {
    if (!titled || !name) return name;
    const own = splitIndicatorName(name);
    // ("Tổng số", "Tổng cộng": the title's KPI as a whole, its unit stated or not)
    if (TOTAL_ROW.test(own.name.trim())) return ctx.titleKpi!;
    // ("Số giao dịch" under "SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN PHÍ, LỆ PHÍ (giao dịch)": the
    // title's KPI cut short, as a column headed so is — named so, it would be another KPI)
    // (a short label, up to four syllables: a longer one, "Số hồ sơ trực tuyến" under "… TOÀN
    // TRÌNH", may be a KPI of its own, kept apart rather than merged)
    const ownKey = normalizeHeader(own.name);
    if (
      ownKey.includes(' ') &&
      ownKey.split(' ').length <= 4 &&
      normalizeHeader(titled.name).startsWith(`${ownKey} `) &&
      (own.unit === null || own.unit === titled.unit)
    )
      return ctx.titleKpi!;
    if (!titled.unit || own.unit !== null) return name;
    if (indicatorKey(own.name) === indicatorKey(titled.name)) return ctx.titleKpi!;
    return namesKpi(name, normalizeHeader(name)) || rankingIndex(name) ? name : qualify(ctx.titleKpi!, name);
  });
  /** A row's unit of measure (its unit column's, else its name's brackets'), and its key (uomKey). */
  const rowUom = (cell: string | null, name: string): { key: string; written: string } | null => {
    const u = cell?.trim() || splitIndicatorName(name).unit;
    return u ? { key: uomKey(u), written: u } : null;
  };
  const itemName = (stt: string, written: string, figure: boolean, uom: string | null): string => {
    // A sub-item's mark may open its name instead of sitting in the STT column: "- Phí, lệ phí",
    // "a) Cấp tỉnh", "(a) Cấp tỉnh", "+ …", "• …"
    const lead = SUB_ITEM_MARK.exec(written);
    const name = lead && (stt === '' || SUB_ITEM.test(stt)) ? written.slice(lead[0].length) : written;
    // A total's row ("Tổng cộng", "Cộng", "- Tổng số", "Toàn tỉnh") under an item whose own row
    // gives no figure: the item's whole, the KPI itself ("1 | Hồ sơ tiếp nhận trực tuyến" over "-
    // Cấp tỉnh | - Cấp xã | Tổng cộng"). Under a title that names a KPI, with no such item, a total
    // or a grand total ("Tổng cộng toàn tỉnh") is the title's KPI. Otherwise — a total numbered as
    // an item, under an item with a figure of its own, a section's or a quarter's subtotal ("Cộng
    // mục I", "Cộng quý I"), an average ("Trung bình") — it is the total of nothing that can be
    // stored: skipped and said, never a KPI of its name nor one named after the report's title or
    // its sheet ("Chuyển đổi số", "Bao cao"). (With no title and no item, a total of no KPI
    // refuses the file: see emit.)
    const summary = summaryOfRow(name);
    // ("Cộng quý I" in the first quarter's report: the report's own span, its whole)
    const total = summary === 'other' && ownSpanTotal(name) ? 'whole' : summary;
    if (total !== null) {
      const numbered = /^(\d{1,3}|[IVXLC]+)\.?$/.test(stt);
      if (total === 'whole' && !numbered && item && !item.figure) {
        // (…but not a sum of rows in different units, "800 dịch vụ" and "55,5 %", nor one in a unit
        // of its own, "% | 100" under levels in hồ sơ: no whole of the item — skipped, said why)
        const own = rowUom(uom, name);
        const units = new Map(item.units);
        if (own !== null && units.size > 0 && !units.has(own.key)) units.set(own.key, own.written);
        if (units.size < 2) return underTitle(item.name);
        totalAside = name;
        totalAsideUnits = [...units.values()].join(', ');
        return name;
      }
      if (total !== 'other' && titleNamesKpi) return ctx.titleKpi!;
      if (item || titled || numbered || total === 'other') {
        totalAside = name;
        return name;
      }
      return underTitle(name);
    }
    if (/^\d{1,3}\.?$/.test(stt)) {
      item =
        name && !isAllCaps(name) ? { number: stt.replace('.', ''), name, figure, units: new Map() } : null;
      return underTitle(name);
    }
    if (/^[IVXLC]+\.?$/.test(stt)) item = null;
    // (a level or a rank row right under an item with no mark at all, "| Cấp tỉnh |", "| Thứ hạng
    // toàn quốc |": the item's too — a level alone or a rank alone names no KPI of its own)
    const unmarked =
      stt === '' &&
      !lead &&
      item !== null &&
      (qualifierOnly(name) || BARE_RANK_ROW.test(normalizeHeader(name)));
    const sub = SUB_ITEM.exec(lead && stt === '' ? '-' : stt) ?? (unmarked ? SUB_ITEM.exec('-') : null);
    // (a part's unit, for a total of the parts to be their whole — a sub-item's, or an unnumbered
    // KPI's row under the item: "| Số hồ sơ trực tuyến (hồ sơ) | 5000" — not a rank's nor a change's)
    if (
      item &&
      name &&
      (sub || stt === '') &&
      !BARE_RANK_ROW.test(normalizeHeader(name)) &&
      !changeRate(name)
    ) {
      const part = rowUom(uom, name);
      if (part !== null && !item.units.has(part.key)) item.units.set(part.key, part.written);
    }
    if (!sub || !item || !name || (sub[1] !== undefined && sub[1] !== item.number)) return underTitle(name);
    if (qualifierOnly(name)) return qualify(item.name, name); // "… – cấp tỉnh", as a level column names it
    // ("- Xếp hạng | Hạng | 12" under a KPI: that KPI's rank, as a rank row naming it is —
    // "Xếp hạng tỷ lệ thanh toán trực tuyến", never a value of a KPI "… – Xếp hạng")
    if (BARE_RANK_ROW.test(normalizeHeader(name))) {
      const kpi = splitIndicatorName(item.name).name;
      // ("Thứ hạng toàn quốc", "Hạng": one rank KPI whatever the row's words, as a KPI is one)
      return `Xếp hạng ${kpi.charAt(0).toLocaleLowerCase('vi')}${kpi.slice(1)}`;
    }
    // (joined so that the item's unit stays at the end: "Tỷ lệ DVCTT – Toàn trình (%)"; a change of
    // the item's, "- So với cùng kỳ (%)", is the item's too, never a KPI "So với cùng kỳ" of all items)
    return namesKpi(name, normalizeHeader(name)) && !changeRate(name) ? name : qualify(item.name, name);
  };
  const periodCol = colOf('kpi.period');
  const valueCol = colOf('kpi.value');
  // The unit a long table's value column gives in its header ("Giá trị (%)"), if any.
  const valueHeaderUnit = valueCol
    ? splitIndicatorName(mapping.columns.find((c) => c.col === valueCol)?.header ?? '').unit
    : null;
  const rankOfCol = colOf('kpi.rankOf');
  const uomCol = colOf('kpi.unitOfMeasure');
  // "KPI | Xếp hạng" in a table with one column per indicator: the rank is that KPI's (see
  // rankPartners: one per KPI group, or per period).
  const rankOfIndicator = valueCol ? new Map<number, number>() : rankPartners(cols);
  let toldNoIndicator = false;
  /** Periods given for the table or a column that are no period, said (once each). */
  const toldPeriods = new Set<string>();
  // Named once for the whole table (validation reports a missing one once, not per cell).
  const tableIndicator = target.indicator?.trim() ?? '';
  const tablePeriod = target.period?.trim() || (target.year !== null ? String(target.year) : '');
  // A column whose cells print the rank in brackets after each value ("0,6234 (12)", "73.6% (31)"),
  // as layout detection found from most of its cells: a few "(1)" are footnote marks, not ranks
  const withItsRank = (col: number) => mapping.columns.find((c) => c.col === col)?.note === 'with its rank';
  // (a column of its own period, "Năm 2024" over a KPI's figures: a row's name ending with a period
  // is then not the table's own)
  const columnsWithPeriod = cols.some(
    (c) =>
      c.mapping.field === 'kpi.valueForPeriod' ||
      (c.mapping.field === 'kpi.valueForIndicator' && c.mapping.period !== undefined),
  );
  const periodColumns = cols.filter(
    (c) => c.mapping.field === 'kpi.valueForPeriod' || c.mapping.field === 'kpi.valueForIndicator',
  );
  // The whole year's column beside the report's own in a report of a part of it ("Năm 2025" over
  // the levels beside "Quý I/2025" in the first quarter's): written before the year ended, a plan
  // or an estimate, not the year's result — set aside and said.
  const partOfYear = (monthSpan(tablePeriod)?.to ?? 12) < 12;
  const periodOfWide = (c: (typeof cols)[number]) =>
    c.mapping.field === 'kpi.valueForPeriod' || c.mapping.field === 'kpi.valueForIndicator'
      ? (c.mapping.period ?? tablePeriod)
      : null;
  const yearBesidePart = partOfYear
    ? periodColumns.filter(
        (c) =>
          periodOfWide(c) === tablePeriod.slice(0, 4) &&
          periodColumns.some((o) => periodOfWide(o) === tablePeriod),
      )
    : [];
  for (const c of yearBesidePart)
    report(
      problemSaying('warning', 'unknownColumn', 'problem.yearInPartReport', where(mapping.headerRow, c.col), {
        header: c.header,
        year: tablePeriod.slice(0, 4),
        period: tablePeriod,
      }),
    );
  const wideColumns = periodColumns.filter((c) => !yearBesidePart.includes(c));
  // A KPI column whose header says its cells carry the rank in brackets ("… (%) (xếp hạng)":
  // "73.6% (31)"): the column is its own rank's, each cell read for both
  const withRankCols = new Set(
    wideColumns
      .filter(
        (c) => !rankOfIndicator.has(c.col) && withItsRank(c.col) && RANK_IN_BRACKETS_HEADER.test(c.header),
      )
      .map((c) => c.col),
  );
  for (const col of withRankCols) rankOfIndicator.set(col, col);
  // The rank of a KPI the table has no column of ("Tỷ lệ hồ sơ trực tuyến (xếp hạng)" beside other
  // KPIs): that KPI's rank alone, never another column's
  const partnered = new Set(rankOfIndicator.values());
  const loneRanks = valueCol
    ? []
    : cols
        .filter(
          (c) =>
            c.mapping.field === 'kpi.rank' && !partnered.has(c.col) && RANK_IN_BRACKETS_HEADER.test(c.header),
        )
        .map((c) => ({ col: c.col, indicator: c.header.replace(RANK_IN_BRACKETS_HEADER, '').trim() }));
  // A rank naming a KPI no column of the table holds ("Xếp hạng PCI" beside "Phổ cập Internet
  // (%)"): it ranks nothing here — said, never put on the column before it
  const naming = namingRanks(cols);
  const unpairedRanks = valueCol
    ? []
    : cols.filter(
        (c) => naming.has(c.col) && !partnered.has(c.col) && !loneRanks.some((l) => l.col === c.col),
      );
  for (const c of unpairedRanks)
    report(
      problemSaying('warning', 'unknownColumn', 'problem.rankOfNoColumn', where(mapping.headerRow, c.col), {
        header: c.header,
      }),
    );
  const rankCol = cols.find(
    (c) =>
      c.mapping.field === 'kpi.rank' && !loneRanks.some((l) => l.col === c.col) && !unpairedRanks.includes(c),
  )?.col;
  // (a level alone, or named with the title's KPI under a header of a level alone: "Cấp tỉnh"
  // read as "Tỷ lệ … – cấp tỉnh (%)" in a table of units)
  const headerLast = (c: (typeof cols)[number]) => c.header.split(' / ').at(-1)!;
  const levelCols = wideColumns.filter(
    (c) =>
      c.mapping.field === 'kpi.valueForIndicator' &&
      (levelOnly(c.mapping.indicator) || levelOnly(headerLast(c))),
  );
  const numberIn = (cells: RawCell[], col: number): number | null => {
    const n = parseCellNumber(cells[col - 1] ?? null);
    return 'value' in n ? n.value : null;
  };
  /**
   * Whether the whole's cell of a rate's row reads as the rate of its levels together: between
   * theirs (give or take a rounding) when two are given.
   */
  const rateOfLevels = (cells: RawCell[], whole: (typeof cols)[number]): boolean => {
    const v = numberIn(cells, whole.col);
    if (v === null) return true;
    // (its own period's levels: "Năm 2024" and "Năm 2025" each over "Toàn tỉnh | Cấp tỉnh | Cấp xã")
    const levels = levelCols
      .filter((l) => periodOfWide(l) === periodOfWide(whole))
      .map((l) => numberIn(cells, l.col))
      .filter((x): x is number => x !== null);
    // (with one level or none, the whole is the row's figure: a growth or a completion past 100%)
    return levels.length < 2 || (v >= Math.min(...levels) - 1 && v <= Math.max(...levels) + 1);
  };
  /** The columns of a KPI row's figures (none written: a heading over its periods' rows). */
  const figureCols = [
    ...(valueCol ? [valueCol] : []),
    ...(rankCol ? [rankCol] : []),
    ...loneRanks.map((l) => l.col),
    ...wideColumns.map((c) => c.col),
  ];
  // Which headline or main index each ranking column holds: worked out once, not per row.
  const rankingCols = cols.flatMap((c) => {
    const f = c.mapping.field;
    const m = /^(dti|cqs|kts|xhs)\.(score|rank)$/.exec(f);
    if (m)
      return [
        { col: c.col, indicator: m[1]!, part: m[2] === 'rank' ? ('rank' as const) : ('value' as const) },
      ];
    return f.startsWith('idx.') ? [{ col: c.col, indicator: f.slice(4), part: 'value' as const }] : [];
  });
  // What a unit label is (footnote, summary row, or a unit and which one) is decided once per spelling.
  let signed = false;
  /** Rows below a heading that names districts or communes ("Các xã, phường:"): no province's. */
  let subUnitsBelow: false | 'heading' | 'bullets' = false;
  /** A unit label's prefix ("Tỉnh", "Thành phố"), per spelling. */
  const prefixOf = memo((l: string) => labelParts(l).prefix);
  /** The last row not bulleted was a province's own ("Tỉnh Lào Cai"). */
  let underProvince = false;
  const kindOfLabel = memo((key): 'footnote' | 'summary' | 'data' => {
    const [first = '', label = first] = key.split('\u0001');
    return isFootnote(first) ? 'footnote' : isSummaryLabel(label) ? 'summary' : 'data';
  });
  const labelKind = (first: string, label: string) =>
    kindOfLabel(first === label ? label : `${first}\u0001${label}`);
  const yearOf = memo(yearOfPeriod);
  /** A row label that is a period, not a KPI (see periodRow), per spelling: a long table repeats them. */
  const isPeriodRow = memo((label) => periodRow(label, target.year));
  /** Rows of a ranking by year that are of other years than the import's (see onRow). */
  const otherYearRows: { years: Set<number>; first: number | null } = { years: new Set(), first: null };
  const yearsUnchosen: { years: Set<number>; first: number | null; row: number | null } = {
    years: new Set(),
    first: null,
    row: null,
  };
  const listOfPeriod = memo(codeListOfPeriod);
  // ("Quý I", "T1" without a year are periods of the import's year)
  const period = memo((raw) => normalisePeriod(raw, target.year));
  // A period column headed "Tháng" or "Quý" may hold the month's or quarter's number alone
  // ("1", "III"), of the title's year. A date of a period column written month first is read so;
  // one that cannot be ("31/1/2024" there) is kept as written: refused.
  const periodHeader = periodCol
    ? normalizeHeader(mapping.columns.find((c) => c.col === periodCol)?.header ?? '')
    : '';
  const periodWord = /^(thang|month)/.test(periodHeader)
    ? 'Tháng'
    : /^(quy|quarter)/.test(periodHeader)
      ? 'Quý'
      : null;
  const monthOfYearCol = monthOfYearColumn(mapping);
  /** A period that would be one with the table's year ("Quý I", "T3", "3" read as "Tháng 3"). */
  const yearlessCell = memo(isYearlessPeriod);
  let toldNeedsYear = false;
  const columnPeriod = memo((raw) => {
    if (periodWord && /^\s*(\d{1,2}|[ivx]{1,4})\s*$/i.test(raw))
      return normalisePeriod(`${periodWord} ${raw.trim()}`, target.year);
    if (!ctx.periodMonthFirst) return period(raw);
    const p = normalisePeriod(dayFirstDate(raw), target.year);
    return isCanonicalPeriod(p) ? p : raw.trim();
  });
  const textOf = memo(cellText);
  // Texts are made only for the cells that need one (this runs a million times for big files).
  const textAt = (cells: RawCell[], col: number) => {
    const c = cells[col - 1] ?? null;
    return typeof c === 'string' ? textOf(c) : cellText(c);
  };
  // The header printed again over each block of a long table ("STT | Tỉnh, thành phố | Điểm DTI |
  // Xếp hạng" every 20 rows): each of its cells is its column's header, or a part of a two-row
  // one ("Chính quyền số / Điểm"). Compared on the header key, so case and marks do not matter.
  const headerKey = memo(normalizeHeader);
  const headerParts = new Map<number, Set<string>>();
  for (const c of mapping.columns) {
    const parts = [c.header, ...c.header.split(' / ')].map(headerKey).filter((h) => h !== '');
    if (parts.length) headerParts.set(c.col, new Set(parts));
  }
  const allHeaderParts = new Set([...headerParts.values()].flatMap((p) => [...p]));
  /** The row's non-empty cells joined " | " when they repeat the header (two at least), else null. */
  const repeatedHeader = (cells: RawCell[], firstText: string): string | null => {
    if (!allHeaderParts.has(headerKey(firstText))) return null;
    const texts: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] ?? null;
      if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
      if (typeof c !== 'string' || !headerParts.get(i + 1)?.has(headerKey(c))) return null;
      texts.push(textOf(c));
    }
    return texts.length >= 2 ? texts.join(' | ') : null;
  };
  /**
   * The column numbers printed under the header, repeated with it ("1 | 2 | 3 | 4", "(1) | (2)"):
   * every cell a number that goes up by one from column to column, the unit cell among them.
   */
  const columnNumbers = (cells: RawCell[]): string | null => {
    if (unitCol === null) return null;
    const texts: string[] = [];
    let offset: number | null = null;
    let unitSeen = false;
    for (let i = 0; i < cells.length; i++) {
      const t = cellText(cells[i] ?? null);
      if (t === '') continue;
      const m = /^\(?(\d{1,2})\)?$/.exec(t);
      if (!m || (offset !== null && Number(m[1]) - i !== offset)) return null;
      offset = Number(m[1]) - i;
      if (i + 1 === unitCol) unitSeen = true;
      texts.push(t);
    }
    return texts.length >= 3 && unitSeen ? texts.join(' | ') : null;
  };
  const isRegion = regionMatcher(db);
  /** A Roman-numbered heading ("II | NHÓM KHÁ", "III. Nhóm trung bình"): in the STT cell or before the text. */
  const romanHeading = (stt: string, label: string) =>
    /^[IVX]+[.)]?$/.test(stt) || /^[IVX]+[.)]\s*\p{L}/u.test(label);
  const noNumbers = (cells: RawCell[]) =>
    cols.every((c) => {
      if (!isNumericField(c.mapping) || c.mapping.field === 'stt') return true;
      const t = textAt(cells, c.col);
      return t === '' || isNoValueText(t);
    });
  // "Bình Phước (cũ)" under the 34 units of 2025: a unit that merged on 01/07/2025, marked as the
  // former one on purpose (an informational row beside its successor). Found on the 63-unit list.
  let formerMatch: ((label: string) => ReturnType<typeof matchUnit>) | null = null;
  const formerUnit = memo((label: string): { unit: string; successor: string } | null => {
    if (codeList !== '2025' || !FORMER_MARK.test(label.normalize('NFC'))) return null;
    formerMatch ??= buildUnitMatcher(new UnitRepository(db).list('gso2004'));
    const m = formerMatch(label.normalize('NFC').replace(FORMER_MARK, ''));
    if (m.kind !== 'matched') return null;
    const s = db
      .prepare(
        `SELECT u.name_vi AS unit, su.name_vi AS successor FROM unit_succession s JOIN unit u ON u.id = s.predecessor_id
         JOIN unit su ON su.id = s.successor_id WHERE s.predecessor_id = ? AND s.change = 'merged'`,
      )
      .get(m.id) as { unit: string; successor: string } | undefined;
    return s ?? null;
  });
  // Scores out of 100 under a header that says so ("Điểm DTI (%)") are percentages. Elsewhere a
  // score outside 0–1 is an error; when most of its column lies in 1–100 or 100–1000 the error
  // says what the scores look like (percentages, points of 1000): nothing is converted unasked.
  // So are points under a header that gives their maximum ("Hoạt động chính quyền số (200 điểm)",
  // QĐ 922's weights): divided by it.
  const percentScoreCols = new Set(
    rankingCols
      .filter(
        (c) =>
          c.part === 'value' && isPercentUnit(mapping.columns.find((m) => m.col === c.col)?.header ?? ''),
      )
      .map((c) => c.col),
  );
  const pointScoreCols = new Map(
    rankingCols.flatMap((c) => {
      const max =
        c.part === 'value' ? pointsMaximum(mapping.columns.find((m) => m.col === c.col)?.header ?? '') : null;
      return max !== null && !percentScoreCols.has(c.col) ? [[c.col, max] as const] : [];
    }),
  );
  const toldScale = new Set<number>();
  // Headline score columns without a rank column of their indicator: a "(12)" after a score is its rank
  const rankInBrackets = new Set(
    rankingCols
      .filter(
        (c) =>
          c.part === 'value' &&
          HEADLINE.has(c.indicator) &&
          withItsRank(c.col) &&
          !rankingCols.some((r) => r.part === 'rank' && r.indicator === c.indicator),
      )
      .map((c) => c.col),
  );
  const scoreScale = new Map<number, { n: number; percent: number; points: number; ranks: number }>();
  const badScores: { row: number; col: number; raw: RawCell; value: number }[] = [];
  // Scores of 0–1 in a column that gives them in percent: kept as they are, said when the column
  // holds percentages too ("0,7012" among "80,02" under "Điểm DTI (%)")
  const ratiosInPercent: { row: number; col: number; raw: RawCell; value: number }[] = [];
  const tellBadScores = () => {
    for (const b of ratiosInPercent)
      if (toldScale.has(b.col))
        report(
          problemSaying('warning', 'scoreRange', 'problem.scoreRatioInPercent', where(b.row, b.col, b.raw), {
            value: { number: b.value },
          }),
        );
    for (const b of badScores) {
      const scale = scoreScale.get(b.col)!;
      const most = (k: number) => k >= 2 && k >= scale.n / 2;
      const w = where(b.row, b.col, b.raw);
      // (whole numbers 1 to the units ranked, nearly every cell: the column holds ranks — mapped
      // as a score by hand, say, its rank beside it mapped as the score: round 81 told each rank
      // to be a percentage)
      if (scale.n >= 5 && scale.ranks >= 0.9 * scale.n && Number.isInteger(b.value))
        report(
          problemSaying('error', 'scoreRange', 'problem.scoreLooksRank', w, {
            value: { number: b.value },
            n: { number: rankOf ?? 63 },
          }),
        );
      else if (most(scale.percent) && b.value > 1 && b.value <= 100)
        report(
          problemSaying('error', 'scoreRange', 'problem.scoreLooksPercent', w, {
            value: { number: b.value },
            score: { score: b.value / 100 },
            percent: { number: b.value },
          }),
        );
      else if (most(scale.points) && b.value > 100 && b.value <= 1000)
        report(
          problemSaying('error', 'scoreRange', 'problem.scoreLooksPoints', w, {
            value: { number: b.value },
            score: { score: b.value / 1000 },
          }),
        );
      else report(problem('error', 'scoreRange', w));
    }
  };
  const onRow = (cells: RawCell[], row: number, hidden: boolean) => {
    if (row < mapping.dataStartRow || (mapping.dataEndRow !== null && row > mapping.dataEndRow)) return;
    const text = (col: number) => textAt(cells, col);
    let firstText = '';
    let firstIsText = false;
    let firstCol = 0;
    let alone = true;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] ?? null;
      if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
      if (firstText !== '') {
        alone = false;
        break;
      }
      firstIsText = typeof c === 'string';
      firstText = firstIsText ? text(i + 1) : cellText(c);
      firstCol = i + 1;
    }
    if (firstText === '') return; // blank row
    // The signing block under a report's table ("Đồng Nai, ngày 05 tháng 01 năm 2026", "GIÁM
    // ĐỐC", the signer's name, "Nơi nhận:"): it and everything after it are not data.
    // (its titles side by side too: "Người lập biểu | … | Thủ trưởng đơn vị", each cell one)
    if (!signed && firstIsText && stats.dataRows > 0 && isSigningRow(cells)) signed = true;
    if (signed) {
      stats.skippedRows++;
      return;
    }
    const label = unitCol !== null ? text(unitCol) : (fixedUnit?.name ?? '');
    const code = codeCol !== null ? text(codeCol) : (fixedUnit?.code ?? '');
    // (units given by their codes alone: a total's words stand in the code column)
    const kind = labelKind(firstIsText ? firstText : '', unitCol === null && codeCol !== null ? code : label);
    // A line alone in its row that starts "Nguồn …" below the data is a source line too.
    if (
      kind === 'footnote' ||
      (alone &&
        firstIsText &&
        (isLoneFootnote(firstText) || (stats.dataRows > 0 && isNumberedNote(firstText)))) ||
      (!alone && firstIsText && stats.dataRows > 0 && isSplitNote(cells, firstCol, firstText))
    ) {
      stats.skippedRows++;
      return;
    }
    // A page's number alone in its row ("Trang 1/3", "Page 2 of 3", "- 2 -"), left by a report
    // printed to PDF and copied back: no row of the table, nothing to say (round 79: said as a
    // heading between groups of rows).
    if (alone && firstIsText && PAGE_NUMBER.test(firstText.trim())) {
      stats.skippedRows++;
      return;
    }
    // The header again over the next block, or its column numbers: neither is data.
    const again = firstIsText ? repeatedHeader(cells, firstText) : null;
    const numbers = again === null && /^\(?\d{1,2}\)?$/.test(label) ? columnNumbers(cells) : null;
    if (again !== null || numbers !== null) {
      report(
        problemSaying(
          'warning',
          'sectionRow',
          again !== null ? 'problem.repeatedHeader' : 'problem.repeatedColumnNumbers',
          where(row, firstCol),
          { text: again ?? numbers! },
        ),
      );
      stats.skippedRows++;
      return;
    }
    if (label === '' && code === '') {
      const hasValues = cols.some((c) => isNumericField(c.mapping) && text(c.col) !== '');
      if (firstIsText && isSummaryLabel(firstText)) {
        // "Cả nước" written in the STT column, the unit cell merged into it or left empty.
        report(problem('warning', 'summaryRow', where(row, unitCol, firstText), { unit: firstText }));
        stats.skippedRows++;
        return;
      } else if (
        hasValues &&
        alone &&
        firstIsText &&
        // ("10 ĐỊA PHƯƠNG CUỐI BẢNG" over the second part of one list, "10 ĐỊA PHƯƠNG DẪN ĐẦU VỀ …")
        (isSectionHeading(firstText) || PART_OF_LIST.test(firstText) || PART_OF_LIST_LEAD.test(firstText))
      ) {
        // A line of text alone across the table ("Nhóm các tỉnh từ hạng 21 đến 63", often merged
        // over the row): a heading between groups of rows, not a row with a value and no unit.
        // (the message quotes the text: no "value …" after it)
        // A heading naming a pillar or another year in a ranking ("10 ĐỊA PHƯƠNG DẪN ĐẦU VỀ XÃ HỘI
        // SỐ", "TOP 10 NĂM 2021" under "Điểm DTI"): the rows below are another list's, not this
        // one's — refused (round 80: stored as the 2022 DTI).
        const otherPart =
          target.kind === 'ranking' &&
          ([...pillarsNamedIn(firstText)].some((p) => !tablePillars.has(p)) ||
            yearsNamedIn(firstText).some((y) => target.year !== null && y !== target.year));
        if (otherPart) {
          report(
            problemSaying('error', 'sectionRow', 'problem.sectionOtherPart', where(row, firstCol), {
              text: firstText,
            }),
          );
          stats.skippedRows++;
          return;
        }
        report(problem('warning', 'sectionRow', where(row, firstCol), { text: firstText }));
        stats.skippedRows++;
        return;
      } else if (alone && firstIsText && unitCol !== null && namesSubProvincialKind(firstText)) {
        // "Quận Ba Đình", "Địa bàn cấp xã", "I. HUYỆN BÙ ĐĂNG" alone in its row: the rows below
        // are districts or communes, whose names may be provinces' — refused, never skipped unsaid
        subUnitsBelow = 'heading';
        report(
          problemSaying(
            'error',
            'unitUnmatched',
            'problem.subProvincialUnit',
            where(row, firstCol, firstText),
            {
              unit: firstText,
            },
          ),
        );
        stats.skippedRows++;
        return;
      } else if (!hasValues || (unitCol === null && codeCol === null)) {
        // (without any unit column the table's problem is said once by validation, not per row)
        stats.skippedRows++;
        return;
      }
      // An empty unit cell in a row with values: the lower part of a merged cell ("Bình Phước"
      // over three rows), settled in finish() once the merged ranges are known, or an error.
      emptyUnitRows.push(row);
    }
    // The same heading in the unit column ("Các xã, phường:" alone in its row), and the rows under
    // either: districts or communes ("Bình Phước", a ward of Đồng Xoài, is no province), each
    // refused as one — not matched as provinces, nor offered as the province they merged into —
    // until a province's own row ("Tỉnh Đồng Nai") ends them
    // (names bulleted under a province's row are its wards and communes too — "Tỉnh Lào Cai" over
    // "- Lào Cai", "- Cam Đường"; "Tỉnh Quảng Trị" over "- Quảng Ninh", a commune of it since 2025
    // and a province's name too: which one the rows are, their names cannot tell, so refused, never
    // stored on the province — round 36 found "- Quảng Ninh" stored on Quảng Ninh)
    if (label !== '' && unitCol !== null) {
      if (!/^\s*[-–—+•*]\s*\S/u.test(label)) {
        underProvince = prefixOf(label) === 'province';
        // (a name not bulleted ends the bulleted ones)
        if (subUnitsBelow === 'bullets') subUnitsBelow = false;
      } else if (underProvince) subUnitsBelow = 'bullets';
    }
    // (the rows of provinces again end them: a province's or centrally-run city's own row, a total,
    // a heading "Các tỉnh, thành phố:")
    const provincesHeading = alone && /^(các|cac)\s+(tỉnh|tinh)\b/iu.test(label);
    if (
      subUnitsBelow &&
      (kind === 'summary' ||
        provincesHeading ||
        (prefixOf(label) !== null && resolveUnit(label, '') !== null))
    ) {
      subUnitsBelow = false;
      if (provincesHeading) {
        report(problem('warning', 'sectionRow', where(row, unitCol), { text: label }));
        stats.skippedRows++;
        return;
      }
    }
    if (label !== '' && unitCol !== null && (subUnitsBelow || (alone && namesSubProvincialKind(label)))) {
      subUnitsBelow ||= 'heading';
      report(
        problemSaying('error', 'unitUnmatched', 'problem.subProvincialUnit', where(row, unitCol, label), {
          unit: label,
        }),
      );
      stats.skippedRows++;
      return;
    }
    if (kind === 'summary') {
      const said =
        unitCol === null && codeCol !== null ? { col: codeCol, text: code } : { col: unitCol, text: label };
      report(problem('warning', 'summaryRow', where(row, said.col, said.text), { unit: said.text }));
      stats.skippedRows++;
      return;
    }
    if (label !== '' && unitCol !== null) {
      // A region over its units ("I | Đồng bằng sông Hồng", "VÙNG ĐÔNG NAM BỘ") or a Roman-numbered
      // group heading that names no unit, without numbers: a heading. A region with numbers is its
      // average, skipped like "Cả nước". (Unit names are never taken for either.)
      const region = isRegion(label);
      if (region || romanHeading(sttCol ? text(sttCol) : '', label)) {
        const heading = noNumbers(cells);
        if (region && !heading) {
          report(
            problemSaying('warning', 'summaryRow', 'problem.regionRow', where(row, unitCol, label), {
              unit: label,
            }),
          );
          stats.skippedRows++;
          return;
        }
        if (heading && (region || (resolveUnit(label, code) === null && !namesSubProvincialKind(label)))) {
          report(
            problemSaying(
              'warning',
              'sectionRow',
              region ? 'problem.regionHeading' : 'problem.sectionRow',
              where(row, unitCol),
              { text: label },
            ),
          );
          stats.skippedRows++;
          return;
        }
      }
      // A line of text alone in the unit column that names no unit ("Nhóm I: dẫn đầu (hạng 1 -
      // 10)", "(tiếp theo)"): a heading between rows, not a unit to ask about.
      if (
        alone &&
        isSectionHeading(label) &&
        // ("Tinh Binh Phuocc": a province misspelt, asked about — not a heading)
        prefixOf(label) === null &&
        noNumbers(cells) &&
        resolveUnit(label, code) === null
      ) {
        report(problem('warning', 'sectionRow', where(row, unitCol), { text: label }));
        stats.skippedRows++;
        return;
      }
      // "Bình Phước (cũ)" in a table of the 34 units: said and skipped, not a unit to ask about.
      const former = formerUnit(label);
      if (former && resolveUnit(label, code) === null) {
        report(
          problemSaying('warning', 'unitMerged', 'problem.formerUnitSkipped', where(row, unitCol, label), {
            unit: label,
            successor: former.successor,
          }),
        );
        stats.skippedRows++;
        return;
      }
    }
    // A province's own ranking over the years ("Năm 2020 | … " down a column, the province in the
    // title): an import is one year's ranking — the row of its year; the others are set aside,
    // said once with their years (import them year by year).
    if (target.kind === 'ranking' && periodCol !== undefined && target.year !== null) {
      const y = yearOf(normalisePeriod(text(periodCol)));
      if (y !== null && y !== target.year) {
        otherYearRows.years.add(y);
        otherYearRows.first ??= row;
        stats.skippedRows++;
        return;
      }
    }
    // (no year chosen yet: the rows of the years after the first one's are no repeats of its
    // unit — said once, with the years to choose from)
    if (target.kind === 'ranking' && periodCol !== undefined && target.year === null) {
      const y = yearOf(normalisePeriod(text(periodCol)));
      if (y !== null) {
        yearsUnchosen.years.add(y);
        yearsUnchosen.first ??= y;
        if (y !== yearsUnchosen.first) {
          yearsUnchosen.row ??= row;
          stats.skippedRows++;
          return;
        }
      }
    }
    stats.dataRows++;
    let rowError = false;
    if (cells.length > headerWidth && extraCells(cells, row)) rowError = true;
    const rowObs: Staged[] = [];
    if (target.kind === 'ranking') {
      const byIndicator = new Map<string, Staged>();
      for (const c of rankingCols) {
        const { indicator, part } = c;
        const n = readNumber(cells, c.col, row, part === 'value' ? 'score' : 'rank');
        if (!n.ok) {
          rowError = true;
          continue;
        }
        // An empty cell says nothing: it neither clears nor changes what the store holds (validation
        // tells the cells the store has a value for: a corrected copy may have emptied them).
        if (n.value === null) {
          if (empty.length < MAX_EMPTY_CELLS) empty.push({ row, col: c.col, indicator, part });
          continue;
        }
        if (part === 'rank') {
          const bad = rankProblem(where(row, c.col, cells[c.col - 1]), n.value, n.of, rankOf, rankOf);
          if (bad) {
            report(bad);
            rowError = true;
          }
        } else {
          // "(200 điểm)" with 185,7: 185.7 of 200 points, 0.9285; "Điểm DTI (%)" with 80,02: a
          // percentage, 0.8002 — said once for the column
          const percent = percentScoreCols.has(c.col);
          const max = percent ? 100 : pointScoreCols.get(c.col);
          const raw = cells[c.col - 1];
          // "69,33%" typed as a score: read as 0.6933 — said once for the column (round 81: silently)
          const typedPercent = typeof raw === 'string' && raw.includes('%');
          if (typedPercent && n.value <= 1) {
            if (!toldScale.has(c.col)) {
              toldScale.add(c.col);
              report(
                problemSaying('warning', 'scoreRange', 'problem.scorePercentCell', where(row, c.col, raw), {
                  score: { score: n.value },
                }),
              );
            }
          } else if (percent && n.value > 0 && n.value <= 1) {
            if (ratiosInPercent.length < MAX_PROBLEMS)
              ratiosInPercent.push({ row, col: c.col, raw: raw ?? null, value: n.value });
          } else if (max !== undefined && n.value > 1 && n.value <= max) {
            const raw = n.value;
            n.value = Number((raw / max).toPrecision(12));
            if (!toldScale.has(c.col)) {
              toldScale.add(c.col);
              report(
                problemSaying(
                  'warning',
                  'scoreRange',
                  percent ? 'problem.scorePercentHeader' : 'problem.scorePointsHeader',
                  where(row, c.col, raw),
                  { max: { number: max }, value: { number: raw }, score: { score: n.value } },
                ),
              );
            }
          }
          const scale = scoreScale.get(c.col) ?? { n: 0, percent: 0, points: 0, ranks: 0 };
          scoreScale.set(c.col, scale);
          scale.n++;
          if (Number.isInteger(n.value) && n.value >= 1 && n.value <= (rankOf ?? 63)) scale.ranks++;
          if (n.value > 1 && n.value <= 100) scale.percent++;
          else if (n.value > 100 && n.value <= 1000) scale.points++;
          if (!isValidScore(n.value)) {
            // said in finish(), with what the column's scores look like
            if (badScores.length < MAX_PROBLEMS)
              badScores.push({ row, col: c.col, raw: raw ?? null, value: n.value });
            else report(problem('error', 'scoreRange', where(row, c.col, raw)));
            rowError = true;
          }
        }
        let o = byIndicator.get(indicator);
        if (!o) {
          const isHeadline = HEADLINE.has(indicator);
          o = {
            row,
            code: indicator,
            label: null,
            key: null,
            indicatorId: isHeadline
              ? (headlineIds.get(indicator) ?? null)
              : (mainIndexIds.get(indicator) ?? null),
            period: rankingPeriod ?? '',
            year: target.year ?? 0,
            group,
            hasValue: 0,
            value: null,
            valueCol: null,
            hasRank: 0,
            rank: null,
            rankCol: null,
            rankOf,
            uom: 'score',
          };
          byIndicator.set(indicator, o);
        }
        if (part === 'rank') Object.assign(o, { hasRank: 1, rank: n.value, rankCol: c.col });
        else {
          Object.assign(o, { hasValue: 1, value: n.value, valueCol: c.col });
          // "0,6234 (12)", as the ministry's report prints a score with its rank (or "12 (0,6234)"):
          // the rank, when the table has no column of it (not a footnote mark)
          const ranked = rankInBrackets.has(c.col) ? scoreWithRank(textAt(cells, c.col)) : null;
          if (ranked && o.hasRank === 0) {
            const bad = rankProblem(
              where(row, c.col, cells[c.col - 1]),
              ranked.rank,
              undefined,
              rankOf,
              rankOf,
            );
            if (bad) {
              report(bad);
              rowError = true;
            } else Object.assign(o, { hasRank: 1, rank: ranked.rank, rankCol: c.col });
          }
        }
      }
      rowObs.push(...byIndicator.values());
    } else {
      // ("Chỉ tiêu" merged down over its levels, "Cấp tỉnh" then "Cấp xã" below it, or left blank
      // under the KPI as a merged cell shows it: the KPI of the row above — the merged ranges are
      // known only once the sheet is read)
      const continues =
        indicatorCol !== undefined &&
        levelCol !== null &&
        text(indicatorCol) === '' &&
        text(levelCol) !== '' &&
        (sttCol === undefined || text(sttCol) === '');
      const continued = continues ? levelKpiAbove : null;
      // A row named by a period ("Quý III/2025", "Lũy kế 9 tháng" under a KPI in a month's report):
      // a figure of another period than the report's, of the KPI above perhaps — no KPI named
      // so. Skipped and said (it was stored as a KPI "Quý III/2025"), numbered or not (the whole
      // label a period: "Lũy kế số hồ sơ …" is a KPI), with the rows its cell is merged over.
      const periodLabel = indicatorCol !== undefined && isPeriodRow(text(indicatorCol));
      // …but under a KPI's row without a figure, the row of the table's own period ("Năm 2025"
      // below "Số hồ sơ trực tuyến | hồ sơ | (blank)" in the report of 2025, beside "Năm 2024")
      // is that KPI's figure.
      const ofKpiAbove =
        periodLabel &&
        kpiAboveWithout !== null &&
        !periodCol &&
        tablePeriod !== '' &&
        // (not an estimate: "Ước thực hiện năm 2025" is said and skipped)
        !/^\s*ước/iu.test(text(indicatorCol!)) &&
        (normalisePeriod(withoutResultLead(text(indicatorCol!)).replace(/[:：]\s*$/u, ''), target.year) ===
          tablePeriod ||
          ownPeriodOf(normalizeHeader(text(indicatorCol!)), tablePeriod));
      // …and under any KPI's row, "Lũy kế từ đầu năm" in a month's or a quarter's report is that
      // KPI of the year to the report's end
      const runningOfKpiAbove =
        periodLabel &&
        !ofKpiAbove &&
        kpiAboveAny !== null &&
        !periodCol &&
        /^\d{4}-\d{2}/.test(tablePeriod) &&
        runningToTableEnd(normalizeHeader(text(indicatorCol!)), tablePeriod);
      const ownPeriodRow = periodLabel && !ofKpiAbove && !runningOfKpiAbove;
      totalAside = null;
      totalAsideUnits = null;
      /**
       * The row's number and name as itemName reads them: a total's label merged over both cells
       * ("Tổng cộng" across STT and Chỉ tiêu) is its name; the report's own period ending the name
       * ("Số hồ sơ trực tuyến năm 2024" in the report of 2024) is no part of the KPI's.
       */
      const rowNamed = (): [string, string] => {
        const stt = sttCol ? text(sttCol) : '';
        const written = text(indicatorCol!);
        if (written === '' && summaryOfRow(stt) !== null) return ['', stt];
        const tail = !periodCol && !columnsWithPeriod ? trailingPeriod(written) : null;
        return [stt, tail && !tail.joined && tail.period === tablePeriod ? tail.name : written];
      };
      const rowIndicator = ofKpiAbove
        ? kpiAboveWithout!
        : runningOfKpiAbove
          ? kpiAboveAny!
          : (continued ??
            (indicatorCol
              ? itemName(
                  ...rowNamed(),
                  figureCols.some((c) => text(c) !== ''),
                  uomCol ? text(uomCol) || null : null,
                )
              : tableIndicator));
      // (a table with a period column has no such rows: nothing to keep for them)
      if (!periodLabel && !periodCol) {
        kpiAboveWithout =
          indicatorCol !== undefined && text(indicatorCol) !== '' && figureCols.every((c) => text(c) === '')
            ? rowIndicator
            : null;
        // (not a total's row: "Tổng cộng" names no KPI a running total could be of)
        kpiAboveAny =
          indicatorCol !== undefined && text(indicatorCol) !== '' && !bareTotal(text(indicatorCol))
            ? rowIndicator
            : null;
      }
      // Level rows ("+ | Cấp tỉnh", "- Cấp xã") under a period's row without a figure of its own,
      // itself under a KPI ("Lũy kế từ 01/01/2025" over them): that period's — the KPI to date, or
      // another period's (skipped, said). Any other row ends the block.
      // (a table with a period column has no such rows: nothing to look at, row by row)
      const rowName = indicatorCol !== undefined && !periodCol ? text(indicatorCol) : '';
      const levelSubRow = rowName !== '' && qualifierOnly(rowName.replace(SUB_ITEM_MARK, ''));
      if (periodLabel && !periodCol && figureCols.every((c) => text(c) === ''))
        headingAbove = runningOfKpiAbove ? 'running' : ownPeriodRow ? 'other' : null;
      else if (!levelSubRow) headingAbove = null;
      const underHeading = levelSubRow && !periodLabel ? headingAbove : null;
      const periodNamed = ownPeriodRow || (continues && levelAboveIsPeriod) || underHeading === 'other';
      const runningRow = runningOfKpiAbove || (continues && levelAboveRunning) || underHeading === 'running';
      if (indicatorCol !== undefined && levelCol !== null) {
        // (not a section's heading, "I | CHÍNH QUYỀN SỐ": the rows under it name no KPI)
        const section = /^[IVXLC]+\.?$/.test(sttCol ? text(sttCol) : '');
        levelKpiAbove = (text(indicatorCol) !== '' && !section) || continued ? rowIndicator : null;
        levelAboveIsPeriod = ownPeriodRow || (continues && levelAboveIsPeriod);
        levelAboveRunning = runningRow;
      }
      // ("Năm | Tháng": the month's number beside the year's, read together as "Tháng 1/2024")
      const rowPeriodRaw = periodCol
        ? monthOfYearCol !== null && text(monthOfYearCol.col)
          ? `${monthOfYearCol.word} ${text(monthOfYearCol.col)}/${text(periodCol)}`
          : text(periodCol)
        : '';
      // ("Lũy kế số tài khoản …" in a quarter's report: that KPI, of the year to the quarter's end)
      const running =
        runningRow ||
        (!rowPeriodRaw &&
          RUNNING_LEAD.test(normalizeHeader(rowIndicator)) &&
          /^\d{4}-\d{2}/.test(tablePeriod));
      const rowPeriod = rowPeriodRaw
        ? columnPeriod(rowPeriodRaw)
        : running
          ? yearToDate(tablePeriod)
          : tablePeriod;
      const rowKpi = running ? withoutRunningLead(rowIndicator) : rowIndicator;
      const uomCell = uomCol ? text(uomCol) || null : null;
      /** Said of a row named by another period than the table's (a KPI's column is there): skipped. */
      const sayPeriodRow = () =>
        report(
          problemSaying(
            'warning',
            'summaryRow',
            'problem.periodRow',
            where(row, indicatorCol!, text(indicatorCol!)),
            { text: text(indicatorCol!) },
          ),
        );
      if (ownPeriodRow || underHeading === 'other') sayPeriodRow();
      // "Bình Phước | Cấp huyện | 90,1": the row's KPI at that level
      const level = levelCol !== null ? text(levelCol) : '';
      const emit = (
        label: string,
        period: string,
        vCol: number | null,
        rCol: number | null,
        rOfCol: number | null,
        // (the unit a column gives its values, whatever the row's unit column says: see unitOfColumn;
        // undefined: the row's)
        columnUnit?: string | null,
      ) => {
        const uom = columnUnit !== undefined ? columnUnit : uomCell;
        // ("a | Cấp tỉnh" with no item above it: the table's KPI at that level, else asked)
        // ("Tổng số" beside its parts, "Trực tuyến | Trực tiếp", under the table's KPI: that KPI whole)
        const named =
          label && qualifierOnly(label) && tableIndicator
            ? qualify(tableIndicator, label)
            : label && tableIndicator && bareTotal(label)
              ? tableIndicator
              : label;
        // (a level "Tổng" / "Tổng cộng" is the KPI over all its levels)
        const indicatorLabel =
          level && named && !TOTAL_ROW.test(level.trim()) ? qualify(named, level) : named;
        if (periodNamed) return;
        if (totalAside !== null) {
          if (!skipToldRow.has(row)) {
            skipToldRow.add(row);
            // (at the label's cell: the STT column's when it is merged over both)
            const at = text(indicatorCol!) === '' && sttCol ? sttCol : (indicatorCol ?? null);
            report(
              totalAsideUnits === null
                ? problem('warning', 'summaryRow', where(row, at, totalAside), { unit: totalAside })
                : problemSaying(
                    'warning',
                    'summaryRow',
                    'problem.summaryRowUnits',
                    where(row, at, totalAside),
                    {
                      unit: totalAside,
                      units: totalAsideUnits,
                    },
                  ),
            );
          }
          return;
        }
        // A row of a report named for another period than its figures' ("Hồ sơ trực tuyến toàn
        // trình năm 2023" in the report of 2024): that period's figure, no KPI of this one — skipped,
        // said
        // (…"… 6 tháng đầu năm 2024" or "… năm 2024" in the second quarter's; a span of years,
        // "… giai đoạn 2021-2025", in any — the figure of the row's own period, a column's
        // aside, "Năm 2023 | Năm 2024" over it)
        const namedFor =
          !periodCol && !periodLabel && indicatorCol !== undefined && period === rowPeriod
            ? trailingPeriod(text(indicatorCol))
            : null;
        if (namedFor && namedFor.period !== period) {
          if (!skipToldRow.has(row)) {
            skipToldRow.add(row);
            sayPeriodRow();
          }
          return;
        }
        // A KPI's rank as a row of its own ("Xếp hạng thanh toán trực tuyến toàn quốc | hạng |
        // 12/34"): its figure is a rank, "12/34" the 12th of 34 — stored as the row's rank
        // (a row's own name: the table's KPI, "XẾP HẠNG CÁC XÃ NÔNG THÔN MỚI" over "Tỷ lệ (%)", is not)
        // ("5/34" is a rank whatever the name says)
        // (its unit says a movement: "Bậc")
        if (
          vCol !== null &&
          rCol === null &&
          indicatorCol !== undefined &&
          (namesARank(label) ||
            (/^\s*\d{1,2}\s*\/\s*(34|63)\s*$/.test(textAt(cells, vCol)) && ledByRank(label))) &&
          !stepsUnit(uom ?? '')
        ) {
          // (another year's rank, "… năm 2024" in the report of 2025: no figure of this period)
          if (rankOfOtherYear(label)) {
            sayPeriodRow();
            return;
          }
          rCol = vCol;
          vCol = null;
        }
        const none = { value: null, ok: true } as const;
        let v: ReturnType<typeof readNumber> = vCol ? readNumber(cells, vCol, row, 'kpiValue') : none;
        const r: ReturnType<typeof readNumber> = rCol ? readNumber(cells, rCol, row, 'rank') : none;
        const rOf: ReturnType<typeof readNumber> = rOfCol ? readNumber(cells, rOfCol, row) : none;
        if (!v.ok || !r.ok || !rOf.ok) {
          rowError = true;
          return;
        }
        if (v.value === null && r.value === null) return;
        // A name that is no KPI's, refused at its cell: a level alone ("a | Cấp tỉnh" with no item
        // above it and no table KPI; a column so named is asked about once, by validation:
        // needsTableIndicator), or an index of the ranking ("DTI | 0,6565 | xếp thứ 12/63", a
        // province's DTI result read as a KPI table: user KPIs named as the official indices).
        const refuseName = (code: ProblemCode, text: MessageKey, params: Record<string, MessageParam>) => {
          report(
            problemSaying('error', code, text, where(row, indicatorCol ?? vCol, indicatorLabel), params),
          );
          rowError = true;
        };
        if (indicatorLabel && levelOnly(indicatorLabel)) {
          if (!toldBareRow && !needsTableIndicator(mapping))
            refuseName('noTableIndicator', 'problem.noLevelIndicatorRow', { level: indicatorLabel });
          toldBareRow = true;
          rowError = true;
          return;
        }
        if (indicatorLabel && rankingIndex(indicatorLabel)) {
          refuseName('kpiNamedAsIndex', 'problem.kpiNamedAsIndex', { name: indicatorLabel });
          return;
        }
        // "Tổng số" with no KPI above it or in the title: a total of nothing named (two such files
        // would write one KPI "Tổng số", the second over the first)
        if (indicatorLabel && bareTotal(indicatorLabel)) {
          refuseName('noTableIndicator', 'problem.kpiGenericName', { name: indicatorLabel });
          return;
        }
        // A KPI's rank among the provinces: a whole number from 1 to the provinces ranked (the
        // denominator written, else the import's 63 or 34); "12/63" in a table of the 34 is not
        // this import's ranking. A rank of a span that ends after 1 July 2025 (the year 2025, "9
        // tháng 2025") was published after the rearrangement: among the 34, unless written out of
        // the 63 ("Xếp hạng … | 12/63" in the year's report). (A table of units ranks them
        // itself: among the import's.)
        const list = listOfPeriod(period);
        const acrossMerger = !!fixedUnit && list === null && /^(19|20)\d{2}/.test(period);
        // (a province's own report's rank of a period before July 2025 was published among the
        // 63, whatever list its later periods take it to: round 74)
        const bareOf =
          list === '2025' || acrossMerger ? 34 : fixedUnit && list === 'gso2004' ? 63 : target.group;
        if (r.value !== null && rCol !== null) {
          const of = acrossMerger && (r.of === 34 || r.of === 63) ? r.of : bareOf;
          const bad = rankProblem(
            where(row, rCol, cells[rCol - 1]),
            r.value,
            r.of,
            of,
            rOf.value ?? r.of ?? of,
            period,
          );
          if (bad) {
            report(bad);
            rowError = true;
            return;
          }
        }
        if (!indicatorLabel) {
          // Without an indicator column the table's indicator is missing: said once, by
          // validation when the table needs one name, else here (a rank column of no KPI).
          if (indicatorCol) report(problem('error', 'noIndicator', where(row, indicatorCol)));
          else if (!toldNoIndicator && !needsTableIndicator(mapping)) {
            toldNoIndicator = true;
            report(problem('error', 'noIndicator', where(row, vCol ?? rCol)));
          }
          rowError = true;
          return;
        }
        // (a column headed "Tháng 1" with no year anywhere: validate asks the table's year once —
        // not also "not understood" at each of its cells, round 79's 60 errors beside the one)
        if (period && !periodCol && target.year === null && yearlessHeaders.has(period)) {
          rowError = true;
          return;
        }
        if (
          period &&
          !isCanonicalPeriod(period) &&
          target.year === null &&
          periodCol &&
          yearlessCell(period)
        ) {
          // "Quý I", "T3", "3" under "Tháng" with no year anywhere: the table's year is asked,
          // once (not a "not understood" per cell)
          if (!toldNeedsYear) {
            toldNeedsYear = true;
            report(
              problem('error', 'periodNeedsYear', where(row, periodCol, period), {
                periods: mapping.columns.find((c) => c.col === periodCol)?.header ?? '',
              }),
            );
          }
          rowError = true;
          return;
        }
        if (period && !isCanonicalPeriod(period) && !periodCol) {
          // The period given for the table or for a column (typed in the wizard: session.stage read
          // what it could) is no period: said once for it — not at every value cell as the cell's
          if (!toldPeriods.has(period)) {
            toldPeriods.add(period);
            report(
              period === tablePeriod
                ? problemSaying('error', 'badPeriod', 'problem.badTablePeriod', { file, sheet }, { period })
                : problemSaying('error', 'badPeriod', 'problem.badColumnPeriod', where(row, vCol ?? rCol), {
                    period,
                  }),
            );
          }
          rowError = true;
          return;
        }
        if (period && !isCanonicalPeriod(period)) {
          // "Lũy kế đến 30/9/2022", "2021-2022", "2022 (ước)": said, never stored as written.
          // A date written month first ("1/31/2024", from an English-locale export) says so.
          // (a day over 12 in the second place gives it away)
          const us = slashDateParts(period);
          // (a month cell that lost its date format shows Excel's serial number: "45292")
          const serial = excelDateOfSerial(period);
          report(
            us && !ctx.periodMonthFirst && Number(us.first) <= 12 && Number(us.second) > 12
              ? problemSaying(
                  'error',
                  'badPeriod',
                  'problem.badPeriodMonthFirst',
                  where(row, periodCol ?? vCol, period),
                  { day: us.second, month: us.first.padStart(2, '0'), year: us.year },
                )
              : serial !== null
                ? problemSaying(
                    'error',
                    'badPeriod',
                    'problem.badPeriodSerial',
                    where(row, periodCol ?? vCol, period),
                    {
                      date: serial,
                    },
                  )
                : problem('error', 'badPeriod', where(row, periodCol ?? vCol, period)),
          );
          rowError = true;
          return;
        }
        const year = yearOf(period);
        if (!period || year === null) {
          // An empty period cell is this row's problem; no period at all is the table's (said once).
          if (periodCol || period)
            report(problem('error', 'noPeriod', where(row, periodCol ?? vCol, period)));
          rowError = true;
          return;
        }
        if (r.value !== null && !Number.isInteger(r.value)) {
          report(problem('error', 'rankNotInteger', where(row, rCol, cells[(rCol ?? 1) - 1])));
          rowError = true;
          return;
        }
        // (a long table's "Giá trị (%)": the unit of the KPIs whose names give none)
        const rowUom =
          uom ??
          (valueHeaderUnit && splitIndicatorName(indicatorLabel).unit === null ? valueHeaderUnit : null);
        let ind = kpiIndicator(indicatorLabel, rowUom);
        if ((v.unit !== undefined || v.percent) && vCol !== null) {
          // "12 tổ", "85%": the unit must be the indicator's; an indicator without one takes a
          // unit reports use (not a scale: "12,5 nghìn" next to "8.500" would be 1000× off).
          const expected = rowUom ?? ind.uom ?? (ind.id !== null ? (storedUom.get(ind.id) ?? null) : null);
          const written = v.unit?.unit ?? '%';
          const fits =
            expected === null ? null : v.unit ? sameUnit(expected, v.unit.unit) : isPercentUnit(expected);
          const refuse = (code: 'unitInCellMismatch' | 'unitInCellScale' | 'notANumber') => {
            report(
              problem('error', code, where(row, vCol, cells[vCol - 1]), {
                unit: written,
                expected: expected ?? '',
              }),
            );
            rowError = true;
          };
          // Another scale of the indicator's unit ("213.000 triệu đồng" of a KPI in tỷ đồng) is
          // converted to it, said once per column.
          const factor =
            fits === false && v.unit && expected !== null && v.value !== null
              ? scaleBetween(v.unit.unit, expected)
              : null;
          if (factor !== null) {
            v = { ...v, value: scaledBy(v.value!, factor), scaled: factor };
            if (!unitInCellTold.has(vCol)) {
              unitInCellTold.add(vCol);
              report(
                problem('warning', 'unitInCellScaled', where(row, vCol, cells[vCol - 1]), {
                  unit: written,
                  expected: expected ?? '',
                  converted: { number: v.value! },
                }),
              );
            }
          }
          // A word that is no unit ("120 ước") is not a number; a scale ("12,5 nghìn") is read
          // only in the indicator's own unit; then another unit is the indicator's or an error.
          else if (fits !== true && v.unit && !v.unit.known) return refuse('notANumber');
          else if (fits !== true && v.unit?.scale) return refuse('unitInCellScale');
          else if (fits === false) return refuse('unitInCellMismatch');
          if (fits === null && v.unit) {
            ind = kpiIndicator(indicatorLabel, v.unit.unit);
            if (!unitInCellTold.has(vCol)) {
              unitInCellTold.add(vCol);
              report(
                problem('warning', 'unitInCell', where(row, vCol, cells[vCol - 1]), { unit: v.unit.unit }),
              );
            }
          } else if (fits === null) {
            // "85%" makes a KPI without a unit one in percent (then "12 tổ" for it is refused,
            // whichever row comes first); nothing to tell: the sign says it.
            ind = kpiIndicator(indicatorLabel, '%');
          }
        }
        // A KPI of a name the store (or the file) has in another unit is another KPI, named with
        // its unit ("Số giao dịch … (lượt)" beside the stored one in giao dịch): said once, at its
        // first value — a corrected copy that writes the unit differently would double the figures.
        if (ind.otherUnit && !otherUnitTold.has(ind.key)) {
          otherUnitTold.add(ind.key);
          report(
            problem(
              'warning',
              'kpiOtherUnit',
              where(row, vCol ?? indicatorCol ?? null, cells[(vCol ?? indicatorCol ?? 1) - 1]),
              {
                indicator: ind.label,
                name: splitIndicatorName(ind.label).name,
                unit: ind.uom ?? '',
                other: ind.otherUnit,
              },
            ),
          );
        }
        const unitOfValue = rowUom ?? ind.uom;
        const percent = v.percent === true || (unitOfValue !== null && isPercentUnit(unitOfValue));
        // (a growth rate may be below 0 or over 100%)
        const inRange = percent && !changeRate(indicatorLabel);
        // What the value counts, when it counts things: its unit ("(hồ sơ)", "12 tổ"), or with no
        // unit the KPI's name ("Số hồ sơ trực tuyến"); such a value is whole.
        const counts =
          vCol === null || percent
            ? null
            : unitOfValue !== null
              ? COUNT_UNIT.test(unitOfValue.trim())
                ? unitOfValue.trim()
                : null
              : countOf(indicatorLabel);
        if (v.mark && counts === null) voteMark(vCol!, v.mark);
        else if (v.mark) {
          // (kept aside: they count for the column if the KPI turns out to be no count)
          let byCol = countMarks.get(ind.key);
          if (!byCol) countMarks.set(ind.key, (byCol = new Map()));
          let m = byCol.get(vCol!);
          if (!m) byCol.set(vCol!, (m = { dot: 0, comma: 0 }));
          m[v.mark === '.' ? 'dot' : 'comma']++;
        }
        // A count converted from its own unit ("38.143 người" in nghìn người) is a whole number
        // as written: that reading, nothing to ask.
        if (v.ambiguous && vCol !== null && v.scaled && v.unit && COUNT_UNIT.test(v.unit.unit)) {
          const asRead = scaledBy(v.value!, 1 / v.scaled);
          v = { ...v, value: scaledBy(Number.isInteger(asRead) ? asRead : otherReading(v.text!), v.scaled) };
        }
        // (a converted cell is quoted whole: "101.000 triệu đồng", read as 101 tỷ đồng)
        else if (v.ambiguous && vCol !== null)
          addAmbiguous(
            row,
            vCol,
            v.text!,
            v.value!,
            inRange,
            v.scaled,
            v.scaled ? cellText(cells[vCol - 1]) : v.text!,
            counts !== null ? ind.key : null,
          );
        else if (inRange && v.value !== null && (v.value < 0 || v.value > 100)) {
          // (ten times its most, with its sign: the figure typed into a cell formatted as a
          // percentage, which shows it a hundred times over — 78,5 shown "7850%": refused, not
          // stored as 7850, round 74)
          if (v.percent && v.value > 1000 && vCol !== null) {
            report(
              problemSaying(
                'error',
                'percentRange',
                'problem.percentFormatted',
                where(row, vCol, cells[vCol - 1]),
                {
                  typed: { number: v.value / 100 },
                },
              ),
            );
            rowError = true;
            return;
          }
          report(problem('warning', 'percentRange', where(row, vCol, cells[(vCol ?? 1) - 1])));
        }
        if (percent && v.value !== null && vCol !== null) {
          const key = `${vCol}|${indicatorLabel}`;
          let p = percentSpread.get(key);
          if (!p)
            percentSpread.set(
              key,
              (p = {
                n: 0,
                above1: 0,
                frac: 0,
                row,
                col: vCol,
                raw: cells[vCol - 1] ?? null,
                min: Infinity,
                max: -Infinity,
                fracs: [],
              }),
            );
          // ("99,5%" written with its sign is a percentage whatever its size)
          if (!v.percent) p.n++;
          if (Math.abs(v.value) > 1) {
            if (!v.percent) p.above1++;
            p.min = Math.min(p.min, v.value);
            p.max = Math.max(p.max, v.value);
          } else if (v.value > 0 && !v.percent) {
            // (1 may be 1% or 100%: only the values around it tell — percentFractionAmong)
            if (v.value !== 1) p.frac++;
            if (p.fracs.length < MAX_PROBLEMS)
              p.fracs.push({ row, raw: cells[vCol - 1] ?? null, value: v.value });
          }
        }
        // A count ("tổ", "người", "hồ sơ") below zero or with a fraction: "-1.234" or "12,5" tổ
        // cannot be; said once per column, at the first (the value is read as written).
        if (counts !== null && vCol !== null && !countColumns.has(vCol)) countColumns.set(vCol, counts);
        // (a number that reads two ways is settled at the end: a count takes its whole reading,
        // unless the KPI has fractions written as text that read one way — a number cell's
        // fraction says nothing of how the text ones write decimals)
        if (
          counts !== null &&
          vCol !== null &&
          typeof cells[vCol - 1] === 'string' &&
          v.value !== null &&
          !v.ambiguous &&
          !Number.isInteger(v.value)
        )
          fractionalCounts.add(ind.key);
        if (
          counts !== null &&
          vCol !== null &&
          v.value !== null &&
          !v.ambiguous &&
          (v.value < 0 || !Number.isInteger(v.value)) &&
          !countToldFor.has(vCol)
        ) {
          countToldFor.add(vCol);
          report(
            problemSaying(
              'warning',
              'countNotWhole',
              'problem.countNotWhole',
              where(row, vCol, cells[vCol - 1]),
              {
                unit: counts,
              },
            ),
          );
        }
        // The same figure of the same KPI and span in two columns of the row ("Lũy kế từ đầu năm"
        // beside "Quý I/2025" in the first quarter's report, one maybe rounded to fewer decimals:
        // 55,9 and 55,92): read once, from the first.
        if (
          rowObs.some(
            (o) =>
              o.key === ind.key &&
              o.period === period &&
              o.valueCol !== vCol &&
              sameFigure(o.value, v.value) &&
              (r.value === null || o.rank === r.value),
          )
        )
          return;
        rowObs.push({
          row,
          code: null,
          label: indicatorLabel,
          key: ind.key,
          indicatorId: ind.id,
          period,
          year,
          group: 0,
          hasValue: v.value !== null ? 1 : 0,
          value: v.value,
          valueCol: vCol,
          hasRank: r.value !== null ? 1 : 0,
          rank: r.value,
          rankCol: rCol,
          // "5/63" in the rank column says the denominator when no column does; else a rank
          // among the provinces is among the import's 63 or 34 (DESIGN: 9/63, x/34) — for a
          // period ending after June 2025 among the 34 whatever the import's group
          rankOf: rOf.value ?? r.of ?? (r.value !== null ? bareOf : null),
          uom: uom ?? (v.unit !== undefined || v.percent ? ind.uom : null),
        });
      };
      if (valueCol || (rankCol && rankOfIndicator.size === 0))
        emit(rowKpi, rowPeriod, valueCol ?? null, rankCol ?? null, rankOfCol ?? null);
      for (const l of loneRanks) emit(l.indicator, rowPeriod, null, l.col, rankOfCol ?? null);
      for (const c of wideColumns) {
        const f: ColumnField = c.mapping;
        const rankHere = rankOfIndicator.get(c.col) ?? null;
        if (f.field === 'kpi.valueForPeriod')
          emit(
            rowIndicator,
            period(f.period),
            c.col,
            rankHere,
            rankHere !== null ? (rankOfCol ?? null) : null,
          );
        else if (f.field === 'kpi.valueForIndicator') {
          // "Cấp tỉnh" alone: the row's KPI ("Chỉ tiêu | Cấp tỉnh | Cấp xã"), else the table's (the
          // title's or the user's), at that level
          // ("Toàn tỉnh" beside "Cấp tỉnh | Cấp xã": the row's KPI itself, for the whole province)
          const kpiOfRow = indicatorCol ? rowKpi : tableIndicator;
          // (a "Tổng số" beside a rate's levels that is no rate of the whole — past 100, or outside
          // its levels' rates, which the whole's lies between: "Tỷ lệ TTHC … | 1850 | 78,5 | 65"
          // counts what the rate is of — set aside, said once per column and KPI: each KPI's row
          // in a province's report, once for a table of units)
          // (in a table of units, "Tổng số" beside levels is read as the title's KPI itself)
          const wholeKpi =
            kpiOfRow && wholeOfLevels(f.indicator)
              ? kpiOfRow
              : wholeOfLevels(headerLast(c)) && levelCols.length > 0
                ? f.indicator
                : null;
          const colPeriod = f.period !== undefined ? period(f.period) : rowPeriod;
          if (wholeKpi && rateKpi(wholeKpi, uomCell) && !rateOfLevels(cells, c)) {
            const told = `${c.col}\u0000${wholeKpi}`;
            if (!totalOfRateTold.has(told) && textAt(cells, c.col) !== '') {
              totalOfRateTold.add(told);
              report(
                problemSaying(
                  'warning',
                  'unknownColumn',
                  'problem.totalOfRate',
                  where(row, c.col, cells[c.col - 1]),
                  {
                    header: c.header,
                    kpi: wholeKpi,
                  },
                ),
              );
            }
            // (its rank, beside it, is still the KPI's: only the figure is no rate of the whole)
            if (rankHere !== null) emit(wholeKpi, colPeriod, null, rankHere, rankOfCol ?? null);
            continue;
          }
          const indicator =
            wholeKpi ??
            (kpiOfRow && qualifierOnly(f.indicator) ? qualify(kpiOfRow, f.indicator) : f.indicator);
          emit(
            indicator,
            colPeriod,
            c.col,
            rankHere,
            rankHere !== null ? (rankOfCol ?? null) : null,
            unitOfColumn(f.indicator, uomCell),
          );
        }
      }
    }
    const unitId = resolveUnit(label, code);
    // (looked at once per name: a million rows of a few names pay a set lookup each)
    if (unitId !== null && remembered.size > 0 && !rememberedSeen.has(label)) {
      rememberedSeen.add(label);
      if (remembered.get(compactKey(label)) === unitId)
        report(
          problem('warning', 'unitByRememberedAnswer', where(row, unitCol, label), {
            unit: label,
            name: listUnits.find((u) => u.id === unitId)?.name ?? '',
          }),
        );
    }
    // ("1. Đà Nẵng", "3 - Cao Bằng" beside STT 3: the row's number, not a code)
    const prefix =
      unitCol !== null && codeCol === null ? /^\s*(\d{1,3})\s*[-–:]\s*(?=\p{L})/u.exec(label) : null;
    const rowNumber = prefix !== null && sttCol !== undefined && Number(text(sttCol)) === Number(prefix[1]);
    const named =
      prefix && !rowNumber && unitId !== null ? listUnits.find((u) => u.id === unitId) : undefined;
    if (named && named.code !== prefix![1]!.padStart(2, '0')) {
      if (otherPrefixCode) otherPrefixCode.n++;
      else otherPrefixCode = { row, code: prefix![1]!, unit: named.name, unitCode: named.code, n: 1 };
    }
    // (a code the file writes: the table's unit, from its title, carries the app's own)
    if (code && codeCol !== null && unitId !== null && codesUnknown.has(`${label}\u0000${code}`)) {
      if (unknownCode) unknownCode.n++;
      else unknownCode = { row, code, unit: label, n: 1 };
    }
    const conflict = code ? codeConflicts.get(`${label}\u0000${code}`) : undefined;
    if (conflict !== undefined) {
      report(
        problem('error', 'unitCodeConflict', where(row, codeCol, code), {
          code,
          codeUnit: conflict,
          unit: label,
        }),
      );
      rowError = true;
    }
    // (one unit's report, a row per KPI: the preview names each row by its KPI, not the unit again)
    const rowLabel = fixedUnit && indicatorCol ? text(indicatorCol) || null : null;
    insRow.add([row, label || code, code || null, unitId, hidden ? 1 : 0, rowError ? 1 : 0, rowLabel]);
    // (said once, at the first, with how many: a filter may hide most of a table)
    if (hidden && hiddenRows.n++ === 0) hiddenRows.first = row;
    // The row's note ("Ghi chú") goes with each of its values, as the value's source note.
    const note = noteCol !== null ? text(noteCol).slice(0, 1000) || null : null;
    for (const o of rowObs) stage(o, note);
  };
  return {
    onRow,
    finish(merges = [], hiddenColumns = []) {
      // A column hidden in Excel is imported like the others, but the analyst may not know it is there.
      for (const c of cols)
        if (hiddenColumns.includes(c.col))
          report(problem('warning', 'hiddenColumn', where(mapping.headerRow, c.col, c.header)));
      insObs.finishBatch();
      insRow.finishBatch();
      settleEmptyUnits(merges);
      settleMergedValues(merges);
      settleAmbiguousNumbers();
      tellBadScores();
      // (with the cells, ten at most: the others are framed in the preview, round 81 found them
      // named nowhere)
      for (const [col, w] of noData)
        report(
          problem('warning', 'noDataCells', where(w.cells.first!.row, col, w.raw), {
            n: { number: w.cells.n },
            cells: w.cells.listed(),
          }),
        );
      for (const [col, w] of valueMarks)
        report(problem('warning', 'valueMark', where(w.row, col, w.raw), { n: { number: w.n } }));
      if (hiddenRows.n > 0)
        report(
          problem('warning', 'hiddenRow', where(hiddenRows.first, null), { count: { number: hiddenRows.n } }),
        );
      if (yearsUnchosen.row !== null)
        report(
          problemSaying(
            'warning',
            'rowsOfOtherYears',
            'problem.rowsOfYearsChoose',
            where(yearsUnchosen.row, periodCol ?? null),
            {
              years: [...yearsUnchosen.years].sort().join(', '),
            },
          ),
        );
      if (otherYearRows.first !== null)
        report(
          problem('warning', 'rowsOfOtherYears', where(otherYearRows.first, periodCol ?? null), {
            years: [...otherYearRows.years].sort().join(', '),
            year: target.year ?? '',
          }),
        );
      if (otherPrefixCode)
        report(
          problemSaying(
            'warning',
            'unitCodeUnknown',
            'problem.unitCodePrefix',
            where(otherPrefixCode.row, unitCol, otherPrefixCode.code),
            {
              code: otherPrefixCode.code,
              unit: otherPrefixCode.unit,
              unitCode: otherPrefixCode.unitCode,
              count: { number: otherPrefixCode.n },
            },
          ),
        );
      if (unknownCode)
        report(
          problem('warning', 'unitCodeUnknown', where(unknownCode.row, codeCol, unknownCode.code), {
            code: unknownCode.code,
            unit: unknownCode.unit,
            n: target.group ?? (codeList === '2025' ? 34 : 63),
            count: { number: unknownCode.n },
          }),
        );
      for (const p of percentSpread.values()) {
        if (p.above1 === 0 && p.max === -Infinity && p.frac > 0) {
          report(problem('warning', 'percentFraction', where(p.row, p.col, p.raw), { n: { number: p.n } }));
          continue;
        }
        // (the others high on the 0–100 scale — coverage, completion rates: none below 20 — and
        // the fraction's hundredfold among them: 0,4965 among 40–99; 0,5 among 12,5–99,52 may
        // well be 0,5%)
        const typed =
          p.min >= 20
            ? p.fracs.filter((f) => f.value * 100 >= p.min * 0.8 && f.value * 100 <= Math.max(p.max, 100))
            : [];
        if (typed.length > 0)
          report(
            problemSaying(
              'warning',
              'percentFraction',
              // (one other value: "khác là 95,75", not "từ 95,75 đến 95,75")
              p.min === p.max ? 'problem.percentFractionAmongOne' : 'problem.percentFractionAmong',
              where(typed[0]!.row, p.col, typed[0]!.raw),
              {
                count: { number: typed.length },
                min: { number: p.min },
                max: { number: p.max },
              },
            ),
          );
      }
    },
    stats,
    emptyCells: () => empty,
    newKpiLabels: () =>
      [...byName.values()]
        .flat()
        .filter((v) => v.id === null)
        .map((v) => ({ label: v.label, uom: v.uom })),
    indicatorIds: () => [...stagedIds],
    kpiUnits: () =>
      [...byName.values()]
        .flat()
        .filter((v) => v.id !== null && v.uom !== null && !storedUom.has(v.id))
        .map((v) => ({ id: v.id!, uom: v.uom! })),
  };
}

/** Main-index indicator ids of the methodology in force for the year. */
function mainIndexIdsOf(db: Database, year: number | null): Map<string, number> {
  if (year === null) return new Map();
  const rows = db
    .prepare(
      `SELECT i.code, i.id FROM indicator i JOIN methodology_year my ON my.methodology_id = i.methodology_id WHERE my.year = ?`,
    )
    .all(year) as { code: string; id: number }[];
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  // QĐ 405 (2024) codes its activity indices without "hd_" (chinh_quyen_so): the same index as
  // QĐ 922's hd_chinh_quyen_so, which is how the mapping names it.
  for (const code of ['chinh_quyen_so', 'kinh_te_so', 'xa_hoi_so'])
    if (ids.has(code) && !ids.has(`hd_${code}`)) ids.set(`hd_${code}`, ids.get(code)!);
  return ids;
}
