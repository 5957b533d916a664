// Finds the header row(s) and the data block of a table read from any source, and proposes what
// each column means. Real files have title rows above the header, two-row or merged headers,
// blank rows, and "Nguồn:" footnotes below; we look at shapes (text vs numbers, recognised
// header words, merged ranges), never at fixed row numbers.
import type { ColumnMapping, LayoutProposal, TableKind } from '../../../shared/imports/layout';
import { isFormulaText, type RawCell, type RawTable } from '../../../shared/imports/types';
import { onlyYearNamedIn, yearsNamedIn } from '../../../shared/domain';
import {
  indicatorKey,
  isChangeRate,
  isQualifierOnly,
  measureOf,
  qualifiedKpi,
  splitIndicatorName,
  UNIT_LABEL,
} from '../../../shared/imports/indicatorNames';
import { parseCellNumber, scoreWithRank, valueWithRank } from './cellNumber';
import {
  namesDti,
  NAMES_THE_INDEX,
  OTHER_INDEX_TITLE,
  otherIndexNamed,
  otherIndicesNamed,
  pillarNamedBy,
  pillarsNamedIn,
} from './indexNames';
import { isPercentUnit, splitValueUnit } from './valueUnit';
import { PART_OF_LIST } from './listParts';
import {
  classifyHeader,
  cumulativeEnd,
  index2020Of,
  namesKpi,
  namesRankingIndex,
  parsePeriodHeader,
  RESULT_ONLY,
  planOrResultGroup,
  subjectsNamedIn,
  WHOLE_OF_LEVELS,
  withoutEstimateMark,
  withResultTailApart,
  type HeaderGuess,
} from './headerVocabulary';
import {
  dayFirstDate,
  isCanonicalPeriod,
  isSlashDate,
  isYearlessPeriod,
  monthFirstDates,
  monthSpan,
  monthsPeriod,
  mayAmongMonthNames,
  normalisePeriod,
  type YearMonths,
} from './periods';
import {
  isNumericField,
  RANK_IN_BRACKETS_HEADER,
  rankPartners,
  ranksKpi,
  type SimpleField,
  wholesBeside,
} from '../../../shared/imports/fields';
import {
  cellText,
  isFootnoteText,
  isLoneFootnoteText,
  isSigningRow,
  normalizeHeader,
} from './normalizeHeader';
import { layoutSignature } from './signature';
import {
  fileStem,
  indicatorFromTitle,
  periodFromTitle,
  readTitleHints,
  unitStatedIn,
  withoutPeriodTail,
} from './titleHints';
import { isUnitName, namesOtherUnits, unitColumnByContent, unitNamesIn } from './unitsAcross';

/**
 * What detection finds besides the proposal the wizard shows: where the table's data ends when
 * another table follows it on the sheet, and a table laid out with the units across a row.
 */
export interface LayoutDetection extends LayoutProposal {
  /** The last data row when another table follows on the sheet ("Bảng 2 …"); null: to the end. */
  dataEndRow: number | null;
  /** Where that next table starts (its title or header row), for a note; null when none follows. */
  nextTableRow: number | null;
  /**
   * A row near the top whose cells are mostly unit names ("TP. Đà Nẵng | TP. Hồ Chí Minh | …"): the
   * table is transposed (one column per unit), which the importer does not read. Null otherwise.
   */
  unitsAcross: { row: number; units: number } | null;
}

/** "Trong tháng", "Trong kỳ": the figures of the title's period alone. */
const IN_THE_PERIOD =
  /^(trong thang|trong ky|trong quy|thuc hien trong thang|thuc hien trong ky|th trong thang)$/;
/** A header that says only "total": "Tổng cộng", "Tổng", "Cộng", "Total". */
const BARE_TOTAL = /^(tong cong|tong|cong|total|tong so|ca ky|cong ca nam|tong ca nam)$/;
/** A quarter's total after its months: "Cộng quý", "Tổng quý III", "Tổng cộng quý 3". */
const QUARTER_TOTAL = /^(?:tong cong|tong|cong|tong so) (?:ca )?quy(?: (i{1,3}|iv|[1-4]))?$/;
const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Averages of the columns before it: "Bình quân quý", "Trung bình 6 tháng". */
const BARE_AVERAGE = /^(binh quan|trung binh|bq|tb)( (quy|thang|nam|ky|6 thang|9 thang)( [ivx]+| \d+)?)?$/;

/** A header (or its part under a group) that is an average ("Bình quân quý"). */
const isAverage = (header: string): boolean =>
  BARE_AVERAGE.test(normalizeHeader(header.split(' / ').pop() ?? ''));

/** A header (or its part under a group) that is a total or an average, naming no KPI. */
function namesNoKpi(header: string): boolean {
  const parts = header.split(' / ');
  const key = normalizeHeader(parts[parts.length - 1]!);
  return BARE_TOTAL.test(key) || QUARTER_TOTAL.test(key) || BARE_AVERAGE.test(key);
}

/** "Quý III/2026 / Cộng quý": a sub-header under a period group header, with the group's text. */
function periodGroupOf(
  header: string | undefined,
  year?: number | null,
): { top: string; sub: string } | null {
  const parts = header?.split(' / ') ?? [];
  if (parts.length !== 2 || !parsePeriodHeader(parts[0]!, year)) return null;
  return { top: parts[0]!, sub: parts[1]! };
}
/** A running total said to start with the year. */
const FROM_YEAR_START = /(^| )(tu dau nam|ytd|year to date)( |$)/;
/** A header that says only "cumulative": "Lũy kế", "Lũy kế từ đầu năm", "Cộng dồn", "YTD". */
const BARE_CUMULATIVE =
  /^(luy ke|lk|luy ke tu dau nam|tu dau nam den nay|tu dau nam|luy ke den nay|luy ke den thoi diem bao cao|luy ke nam|luy ke trong nam|cong don|cong don tu dau nam|cumulative|ytd|year to date)$/;

/**
 * Header search looks at this many non-empty rows: a table may sit under a long block of notes or
 * far down a sheet, but a header is not hundreds of rows down.
 */
const HEADER_SEARCH_ROWS = 200;
/** …or this many non-empty cells (a sheet of dense text above any table). */
const HEADER_SEARCH_CELLS = 10_000;
/** Search stops once this many rows with numbers follow a header that reads well. */
const DATA_ROWS_SEEN = 3;

const nonEmpty = (row: readonly RawCell[] | undefined) => (row ?? []).filter((c) => cellText(c) !== '');
const isBlank = (row: readonly RawCell[] | undefined) => nonEmpty(row).length === 0;

function isNumberLike(c: RawCell): boolean {
  if (typeof c === 'number') return true;
  if (typeof c !== 'string' || c.trim() === '') return false;
  const p = parseCellNumber(c);
  if ('value' in p) return p.value !== null;
  // "1.012 (ước)", "99,1a": a number with a remark is a cell of a number column (the importer
  // says at the cell that it cannot read it); the column stays what its other cells are.
  if (/^\s*\d[\d.,\s]*%?\s*(?:\([^()]{1,20}\)|[a-zđ]{1,2})\s*$/iu.test(c)) return true;
  // "12 tổ", "1.234 hồ sơ": a value written with its unit is a number of its column too.
  const u = splitValueUnit(c);
  if (!u?.known) return false;
  const n = parseCellNumber(u.number);
  return 'value' in n && n.value !== null;
}

/** "N/A", "-", "x", "không có": a cell that says "no data" (cellNumber's list), neither number nor text. */
function isNoData(c: RawCell): boolean {
  if (typeof c !== 'string') return false;
  const p = parseCellNumber(c);
  return 'value' in p && p.value === null;
}

// The row of column numbers official tables print under the header: "(1) (2) (3)", "A B 1 2 3".
const COLUMN_MARKER = /^[([]?\s*(\d{1,2}|[a-zđ]|[ivx]{1,4})\s*[)\]]?$/i;

function isNumberingRow(row: readonly RawCell[] | undefined): boolean {
  const cells = nonEmpty(row).map(cellText);
  if (cells.length < 3 || !cells.every((t) => COLUMN_MARKER.test(t))) return false;
  const numbers = cells.filter((t) => /\d/.test(t)).map((t) => Number(t.replace(/\D/g, '')));
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** A row that reads as headers: ≥2 cells, all text, none a plain number. */
function isTextRow(row: readonly RawCell[] | undefined): boolean {
  const cells = nonEmpty(row);
  return cells.length >= 2 && cells.every((c) => typeof c === 'string' && !isNumberLike(c));
}

/**
 * A second header row of years under a group header ("Năm" merged over "2021 | 2022"): text or
 * years only, at least one year typed as a number.
 */
function isYearRow(row: readonly RawCell[] | undefined): boolean {
  const cells = nonEmpty(row);
  // 2024 as a number, or typed as text ("2024" in a text-formatted header cell).
  const isYear = (c: RawCell) =>
    (typeof c === 'number' && Number.isInteger(c) && c >= 1900 && c <= 2100) ||
    (typeof c === 'string' && /^\s*(19|20)\d{2}\s*$/.test(c));
  return (
    cells.length >= 1 &&
    cells.some(isYear) &&
    cells.every((c) => isYear(c) || (typeof c === 'string' && !isNumberLike(c)))
  );
}

/**
 * A unit row's cell without its wrapping: "(%)", "(ĐVT: %)", "ĐVT: tổ" are "%", "%", "tổ" (the
 * brackets would otherwise be read as data, or carried into the KPI's name twice).
 */
const UNIT_CELL_WRAP =
  /^[(（]\s*(?:(?:đơn vị tính|đơn vị|đvt|dvt|unit)\s*[:：]\s*)?([^()（）]+?)\s*[)）]$|^(?:đơn vị tính|đvt|dvt)\s*[:：]\s*(.+)$/iu;
function unitCellText(cell: RawCell | undefined): string {
  const t = cellText(cell);
  const m = UNIT_CELL_WRAP.exec(t);
  return m ? (m[1] ?? m[2] ?? t).trim() : t;
}

/** What one text cell adds to its row's header score. */
function cellScore(t: string): number {
  // "(ĐVT: %)", "(%)": a unit row's cell, not a column's name (see isUnitRow)
  if (UNIT_CELL_WRAP.test(t)) return 0;
  const key = normalizeHeader(t);
  const g = classifyHeader(t, key, false);
  // "Tỷ lệ DVCTT toàn trình (%)": a KPI's name reads as a header too.
  // ("Điểm PAPI", "Điểm DTI trung bình": figures of their own, set aside, headers all the same)
  if (g.note === 'another index' || g.note === 'not the DTI') return 0.9;
  if (g.mapping.field === 'ignore') return g.note === 'unknown' && namesKpi(t, key) ? 0.3 : 0;
  // Periods ("2021") also appear as data in KPI tables; they count a little.
  return g.mapping.field === 'kpi.valueForPeriod' ? 0.3 : g.confidence;
}

/** `memo`: scores of texts already met in this search (data rows repeat names, units, periods). */
function headerScore(row: readonly RawCell[], memo?: Map<string, number>): number {
  let score = 0;
  let textCells = 0;
  for (const c of row) {
    // A number cell is a header only as a year ("2021 | 2022"); others are data, not looked up.
    if (typeof c === 'number') {
      if (Number.isInteger(c) && c >= 1900 && c <= 2099) score += 0.3;
      continue;
    }
    const t = cellText(c);
    if (!t) continue;
    if (typeof c === 'string' && !isNumberLike(c)) textCells++;
    let s = memo?.get(t);
    if (s === undefined) {
      s = cellScore(t);
      memo?.set(t, s);
    }
    score += s;
  }
  return textCells >= 1 ? score : 0;
}

const hasNumber = (row: readonly RawCell[] | undefined) =>
  (row ?? []).some((c) => c !== null && isNumberLike(c));

// Units of measure a unit row under KPI headers gives besides those KPI names carry in brackets.
const MORE_UNITS =
  /^(cai|chiec|bo|may|van ban|he thong|nen tang|ung dung|co so du lieu|csdl|hoc vien|nguoi hoc|luot tai|tin nhan|san pham|trang|cong|so|phan tram|percent|ty|trieu|nghin|gb|tb|mbps|ha|m2|lan|nam|thang)$/;
// The first cell of a labelled unit row.
const UNIT_ROW_LABEL = /^(don vi tinh|dvt|dv tinh|don vi do|unit of measure|uom|units? of measure|unit)$/;

/** A unit of measure as a cell of a unit row: "%", "tổ", "người", "giao dịch", "tỷ đồng". */
function isUnitOfMeasure(text: string): boolean {
  if (text.length > 30 || isNumberLike(text)) return false;
  return splitIndicatorName(`x (${text})`).unit !== null || MORE_UNITS.test(normalizeHeader(text));
}

/**
 * The unit row's cells without their wrapping (unitCellText), and without the column numbers
 * some print in the same row under the leading columns ("(1) | (2) | (%) | (%) | (tổ)").
 */
function unitRowTexts(row: readonly RawCell[] | undefined): string[] {
  const texts = (row ?? []).map(unitCellText);
  const raw = (row ?? []).map(cellText);
  const firstUnit = raw.findIndex((t) => t !== '' && !COLUMN_MARKER.test(t));
  return firstUnit < 0 ? texts : texts.map((t, i) => (i < firstUnit ? '' : t));
}

/**
 * A row under the header giving each column's unit of measure ("| % | giao dịch | tổ", or labelled
 * "Đơn vị tính | % | …"): part of the header, not data. Its unit-column cell is empty (a data row
 * names a unit there) unless it holds the label, and data follows it.
 */
function isUnitRow(table: RawTable, r: number, headerRows: number[]): boolean {
  const row = table.rows[r - 1];
  const cells = nonEmpty(row);
  if (cells.length === 0 || !cells.every((c) => typeof c === 'string')) return false;
  const texts = unitRowTexts(row);
  const first = texts.findIndex((t) => t !== '');
  const labelled = UNIT_ROW_LABEL.test(normalizeHeader(texts[first]!));
  const units = texts.filter((t, i) => t !== '' && !(labelled && i === first));
  const shortText = (t: string) => t.length <= 30 && !isNumberLike(t);
  if (units.length === 0 || !units.every(labelled ? shortText : isUnitOfMeasure)) return false;
  // "Điểm | Điểm | Điểm" under pillars is a score's sub-header, not units.
  if (!labelled && units.every((t) => /^(điểm|diem)$/i.test(t))) return false;
  // Unlabelled, its cells sit under headers only, right of the first header column.
  const headed = (i: number) =>
    headerRows.some(
      (h) => cellText(table.rows[h - 1]?.[i]) !== '' || cellText(mergedTopLeft(table, h, i + 1)) !== '',
    );
  const firstHeader = Math.min(
    ...headerRows.map((h) => {
      const i = (table.rows[h - 1] ?? []).findIndex((c) => cellText(c) !== '');
      return i < 0 ? Infinity : i;
    }),
  );
  if (!labelled && (first <= firstHeader || texts.some((t, i) => t !== '' && !headed(i)))) return false;
  for (let n = r + 1; n <= Math.min(table.rows.length, r + 3); n++) {
    if (isBlank(table.rows[n - 1])) continue;
    return hasNumber(table.rows[n - 1]);
  }
  return false;
}

function mergedTopLeft(table: RawTable, row: number, col: number): RawCell {
  for (const m of table.merges) {
    if (row >= m.fromRow && row <= m.toRow && col >= m.fromCol && col <= m.toCol) {
      return table.rows[m.fromRow - 1]?.[m.fromCol - 1] ?? null;
    }
  }
  return null;
}

/**
 * Headers per column, joining a group row and its sub-header rows ("Chính quyền số / Điểm", "Năm
 * 2023 / Tỷ lệ hồ sơ trực tuyến (%) / Cấp tỉnh"). A cell merged over several rows or columns
 * counts once.
 */
function buildHeaders(table: RawTable, headerRows: number[], width: number): string[] {
  const own = headerRows.map((r) =>
    Array.from({ length: width }, (_, i) => cellText(table.rows[r - 1]?.[i])),
  );
  const levels = headerRows.map((r, k) => {
    const texts: string[] = [];
    let last = '';
    for (let c = 1; c <= width; c++) {
      const mine = own[k]![c - 1]!;
      let text = mine || cellText(mergedTopLeft(table, r, c));
      const below = own.slice(k + 1).some((l) => l[c - 1] !== '');
      // (a group of the row above starting here ends the carry)
      if (k > 0 && own[k - 1]![c - 1] !== '') last = '';
      // A group header typed once over several sub-headers without a real merge (pasted HTML
      // with colspan lost, or hand-made sheets): carry it right while sub-headers continue.
      if (
        !text &&
        below &&
        last &&
        !table.merges.some((m) => m.fromRow === r && m.toRow > r && c >= m.fromCol && c <= m.toCol)
      )
        text = last;
      if (mine) last = mine;
      else if (!below) last = '';
      texts.push(text);
    }
    return texts;
  });
  return Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (const l of levels) if (l[i] && l[i] !== parts[parts.length - 1]) parts.push(l[i]!);
    return parts.join(' / ');
  });
}

/** The header rows (1-based) and, when one is under them, the unit-of-measure row among them. */
interface HeaderRows {
  rows: number[];
  unitRow: number | null;
}

/** 0-based indexes of the rows the header search looks at: the first HEADER_SEARCH_ROWS non-empty ones. */
function searchedRows(table: RawTable): number {
  let seen = 0;
  for (let r = 0; r < table.rows.length; r++) {
    if (isBlank(table.rows[r])) continue;
    if (++seen >= HEADER_SEARCH_ROWS) return r + 1;
  }
  return table.rows.length;
}

function findHeaderRows(table: RawTable): HeaderRows {
  let best = -1;
  let bestScore = 0;
  let dataSeen = 0;
  let cells = 0;
  const memo = new Map<string, number>();
  const limit = searchedRows(table);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r]!;
    // A header that reads well with data under it: the table is found (a later one is another table).
    if (best >= 0 && bestScore >= 1.5 && hasNumber(row) && ++dataSeen >= DATA_ROWS_SEEN) break;
    const filled = nonEmpty(row).length;
    if (filled < 2) continue;
    // Pages of dense text above any table: stop looking rather than read them all.
    if ((cells += filled) > HEADER_SEARCH_CELLS) break;
    const s = headerScore(row, memo);
    if (s > bestScore + 1e-9) [best, bestScore, dataSeen] = [r, s, 0];
  }
  if (best < 0) {
    // Nothing recognised: take the first text row that is followed by data.
    for (let r = 0; r < limit; r++) {
      if (isTextRow(table.rows[r]) && !isTextRow(table.rows[r + 1])) {
        best = r;
        break;
      }
    }
  }
  if (best < 0) return { rows: [], unitRow: null };
  const top = best + 1;
  const next = table.rows[best + 1];
  const spansDown = table.merges.some((m) => m.fromRow === top && m.toRow > top);
  // Rows are as long as their last cell: "Năm 2024" typed once over four quarters ends early.
  const topRow = table.rows[best] ?? [];
  const hasGaps = Array.from(
    { length: Math.max(topRow.length, next?.length ?? 0) },
    (_, i) => cellText(topRow[i]) === '' && cellText(next?.[i]) !== '',
  ).some(Boolean);
  // A second header row: text only, followed by data, and either merged cells reach into it
  // or it fills gaps under group headers. (Header cells merged down into it say so even when a
  // group heading, "I | CHÍNH QUYỀN SỐ", comes next instead of data.)
  const afterNext = table.rows[best + 2];
  // Three rows: a third header row under the second, filling the first row's gaps too.
  const third =
    (isTextRow(next) || isMergedGroupRow(table, top + 1, top)) &&
    !isNumberingRow(next) &&
    isThirdHeaderRow(table, top) &&
    (spansDown ||
      table.merges.some((m) => m.fromRow === top && m.toCol > m.fromCol) ||
      // (a row is as long as its last cell: the gaps after it count too)
      Array.from({ length: afterNext?.length ?? 0 }, (_, i) => i).some(
        (i) => cellText(topRow[i]) === '' && cellText(afterNext?.[i]) !== '',
      ));
  let rows = [top];
  if (third) rows = [top, top + 1, top + 2];
  else if (
    (isTextRow(next) ||
      (isYearRow(next) && (hasGaps || table.merges.some((m) => m.fromRow === top && m.toCol > m.fromCol)))) &&
    !isNumberingRow(next) &&
    (spansDown ||
      !isTextRow(afterNext) ||
      isNumberingRow(afterNext) ||
      isUnitRow(table, top + 2, [top, top + 1])) &&
    (spansDown || hasGaps || table.merges.some((m) => m.fromRow === top && m.toCol > m.fromCol))
  ) {
    // ("Tỉnh | Bình Phước", "Tỉnh | BÁO CÁO … NĂM 2026" over the real header: a letterhead)
    rows = isLetterhead(topRow) ? [top + 1] : [top, top + 1];
  } else if (best > 0 && isGroupRowAbove(table, best)) rows = [top - 1, top];
  // The best row may be the last of a header merged down from above: "STT" and the unit merged
  // over three rows, "Giá trị (%) | Thứ hạng" (which read best) under the levels and the KPI.
  // (a merge of a header's text within the table's columns, over rows of headers: never a title
  // row or a blank one, nor an empty merge beside the table)
  if (rows[rows.length - 1] === top) {
    const starts = table.merges
      .filter(
        (m) =>
          m.toRow === top &&
          m.fromRow < top &&
          m.fromRow >= top - 2 &&
          m.fromCol === m.toCol &&
          m.fromCol <= topRow.length &&
          cellText(table.rows[m.fromRow - 1]?.[m.fromCol - 1]) !== '',
      )
      .map((m) => m.fromRow);
    const first = Math.min(rows[0]!, ...starts);
    const headerLike = (r: number) => nonEmpty(table.rows[r - 1]).length >= 2 && isTextRow(table.rows[r - 1]);
    if (first < rows[0]! && Array.from({ length: rows[0]! - first }, (_, i) => first + i).every(headerLike))
      rows = Array.from({ length: top - first + 1 }, (_, i) => first + i);
  }
  // Group labels merged across the columns under them, in rows above the best one and nothing
  // else there ("Quý III/2025" over "Tỷ lệ hồ sơ trực tuyến (%)" over "STT | Tỉnh | Toàn trình |
  // Một phần"): rows of the header too.
  while (rows[0]! > 1 && rows[0]! >= top - 2 && isMergedGroupRow(table, rows[0]! - 1, top))
    rows = [rows[0]! - 1, ...rows];
  // A unit row under the header ("% | tổ | người") is the header's last row.
  const last = rows[rows.length - 1]!;
  if (rows.length === 2 && isUnitRow(table, last, [rows[0]!])) return { rows, unitRow: last };
  if (isUnitRow(table, last + 1, rows)) return { rows: [...rows, last + 1], unitRow: last + 1 };
  return { rows, unitRow: null };
}

/**
 * A row of group labels only, each merged across two or more columns right of the header row
 * `header`'s leading columns (its first two: STT, the unit) — "Quý III/2025" over C:D. A title
 * merged across the table covers them, and is not one.
 */
function isMergedGroupRow(table: RawTable, r: number, header: number): boolean {
  const row = table.rows[r - 1];
  const filled = (row ?? []).flatMap((c, i) => (cellText(c) !== '' ? [i + 1] : []));
  const lead = (table.rows[header - 1] ?? [])
    .flatMap((c, i) => (cellText(c) !== '' ? [i + 1] : []))
    .slice(0, 2);
  const afterLead = Math.max(1, ...lead);
  return (
    filled.length > 0 &&
    lead.length === 2 &&
    filled.every(
      (col) =>
        col > afterLead &&
        typeof row![col - 1] === 'string' &&
        !isNumberLike(row![col - 1]!) &&
        table.merges.some((m) => m.fromRow === r && m.toRow === r && m.fromCol === col && m.toCol > col),
    )
  );
}

/**
 * A third header row under a two-row header ("Năm 2023" over "Tỷ lệ hồ sơ trực tuyến (%)" over
 * "Cấp tỉnh | Cấp xã"): text only, under the second row's groups (nothing left of them: a region
 * heading "I | Đồng bằng sông Hồng" is data), and either the leading headers are merged down
 * through it, or the second row's groups are merged across it or leave gaps it fills, with data
 * after it.
 */
function isThirdHeaderRow(table: RawTable, top: number): boolean {
  const second = table.rows[top] ?? [];
  const third = table.rows[top + 1];
  if (!isTextRow(third) || isNumberingRow(third) || isUnitRow(table, top + 2, [top, top + 1])) return false;
  const firstFilled = (row: readonly RawCell[]) => row.findIndex((c) => cellText(c) !== '');
  if (firstFilled(third!) < firstFilled(second)) return false;
  if (table.merges.some((m) => m.fromRow === top && m.toRow >= top + 2)) return true;
  const groups =
    table.merges.some((m) => m.fromRow === top + 1 && m.toRow === top + 1 && m.toCol > m.fromCol) ||
    third!.some((c, i) => cellText(c) !== '' && cellText(second[i]) === '' && i > firstFilled(second));
  const after = table.rows[top + 2];
  return groups && (!isTextRow(after) || isNumberingRow(after));
}

// Sub-headers that name no subject of their own ("Điểm", "Xếp hạng", "Thực hiện"): their group is
// the row above.
const BARE_SUBHEADER =
  /^(diem|diem so|xep hang|hang|thu hang|score|rank|gia tri|value|ke hoach|kh|thuc hien|th|muc tieu)$/;

/**
 * A group row above the best header row ("Chỉ số DTI" over "Điểm | Xếp hạng"), blank above the
 * leading "STT | Tỉnh, thành phố": every group sits over a sub-header, the sub-headers are bare,
 * and at least one group names something the vocabulary knows.
 */
/** A report's or table's title, never a group of columns: "BÁO CÁO …", "TỔNG HỢP …", "BIỂU 2 …". */
const REPORT_TITLE =
  /^(báo cáo|bao cao|tổng hợp|tong hop|danh sách|danh sach|biểu|bieu|bảng|bang|phụ lục|phu luc)\s+\S+(\s+\S+){2,}/iu;

/**
 * A row whose one cell after the first names a province ("Tỉnh | Bình Phước") or is a report's
 * title ("Tỉnh | BÁO CÁO SỐ LIỆU … NĂM 2026"): a letterhead above the header, not a group over its
 * columns.
 */
/** "Đơn vị tính: %", "ĐVT: hồ sơ": a table's unit note. */
const UNIT_NOTE = new RegExp(`^(?:${UNIT_LABEL})\\s*:`, 'iu');

function isLetterhead(row: readonly RawCell[]): boolean {
  // (one text beside it: two or more are groups, whatever their words — "Danh sách chỉ tiêu khu
  // vực thành thị | Danh sách chỉ tiêu khu vực nông thôn")
  // ("Đơn vị tính: %, hồ sơ" beside the title is the table's unit note: no group either)
  const texts = row.slice(1).map(cellText).filter(Boolean);
  const rest = texts.filter((t) => !UNIT_NOTE.test(t.normalize('NFC').trim()));
  if (rest.length === 0) return texts.length > 0;
  return rest.length === 1 && (isUnitName(rest[0]!) || REPORT_TITLE.test(rest[0]!.normalize('NFC').trim()));
}

function isGroupRowAbove(table: RawTable, header0: number): boolean {
  const above = table.rows[header0 - 1] ?? [];
  const header = table.rows[header0] ?? [];
  // "STT | Tỉnh" merged down over both rows: header cells written in the row above.
  const mergedDown = (i: number) =>
    table.merges.some(
      (m) => m.fromRow === header0 && m.toRow >= header0 + 1 && m.fromCol <= i + 1 && i + 1 <= m.toCol,
    );
  // …or written in the row above with nothing under them, unmerged: the leading cells only.
  let lead = 0;
  while (lead < above.length && cellText(above[lead]) !== '' && cellText(header[lead]) === '') lead++;
  const isGroup = (c: RawCell, i: number) => i >= lead && cellText(c) !== '' && !mergedDown(i);
  const groups = above.filter(isGroup).map(cellText);
  // (years over the sub-headers may be number cells: "2020 | 2021 | 2022")
  const textOrYears = above.every(
    (c) => cellText(c) === '' || !isNumberLike(c) || /^(19|20)\d{2}$/.test(cellText(c)),
  );
  if (groups.length === 0 || !textOrYears) return false;
  if (isLetterhead(above)) return false;
  const firstGroup = above.findIndex(isGroup);
  if (lead === 0 && !header.slice(0, firstGroup).some((c, i) => cellText(c) !== '' || mergedDown(i)))
    return false;
  if (above.some((c, i) => isGroup(c, i) && cellText(header[i]) === '')) return false;
  // The unit's header written in the row above, unmerged ("Tỉnh | Dịch vụ công trực tuyến | |
  // Thanh toán trực tuyến" over " | Số hồ sơ | Tỷ lệ (%) | Số giao dịch | …"): no title starts so —
  // read as one, the groups were lost and "Tỉnh …" named the table's KPI
  const namesUnit = (c: RawCell) =>
    ['unit', 'unitCode', 'stt'].includes(
      classifyHeader(cellText(c), normalizeHeader(cellText(c)), false).mapping.field,
    );
  if (lead > 0 && above.slice(0, lead).some(namesUnit)) return true;
  if (groups.length < 2) return false;
  const bare = header.filter((c) => BARE_SUBHEADER.test(normalizeHeader(cellText(c)))).length;
  const named = groups.some((g) => classifyHeader(g, normalizeHeader(g), false).mapping.field !== 'ignore');
  return named && bare >= 2;
}

/** A row below the data holding one text only: a source or note line, or a long sentence. */
function isFootnote(row: readonly RawCell[]): boolean {
  const cells = nonEmpty(row);
  if (cells.length !== 1 || typeof cells[0] !== 'string') return false;
  const t = cells[0].trim();
  return isLoneFootnoteText(t) || t.length > 60;
}

// A numbered table title: "Bảng 2. …", "Biểu 3:", "Phụ lục II -", "Table 2".
const TABLE_TITLE =
  /^(bảng|bang|biểu|bieu|phụ lục|phu luc|table)\s+(số\s*)?(\d+|[ivx]+)[a-z]?(?=$|[\s:.\-–—])/iu;

/** The row's cells as one normalised key, to tell a repeated header from another table's. */
const rowKey = (row: readonly RawCell[] | undefined) =>
  nonEmpty(row).map(cellText).map(normalizeHeader).join('|');

/**
 * A row's names as one key ('' for none): its text cells (a unit, a KPI, a period written) and
 * whatever stands under a header of a period ("Năm | 2024" as a number: a long table in blocks of
 * its years names the same units again, each block another year's).
 */
const textsOf = (row: readonly RawCell[] | undefined, periodCols: ReadonlySet<number>): string =>
  (row ?? [])
    .flatMap((c, i) =>
      typeof c === 'string' && c.trim() !== ''
        ? [c.trim()]
        : periodCols.has(i) && c !== null && c !== undefined
          ? [String(c)]
          : [],
    )
    .join('\u0000');
/** A header naming a period ("Năm", "Tháng", "Kỳ báo cáo", "Year"): its column's numbers are periods. */
const PERIOD_HEADER = /^(nam|thang|quy|ky|ky bao cao|thoi gian|thoi ky|year|month|quarter|period)( |$)/;

/**
 * Row r starts another table below this one: a numbered title ("Bảng 2. …"), or after a blank row a
 * header of other columns (or a one-line title over one) with data under it. The same header
 * again (a table printed in blocks) is not another table, unless its rows start over with names
 * read already.
 */
function startsAnotherTable(
  table: RawTable,
  r: number,
  headerKey: string,
  afterBlank: boolean,
  /** The name keys (textsOf) of the data rows above (made when first needed). */
  seen: () => ReadonlySet<string>,
  periodCols: ReadonlySet<number>,
): boolean {
  const row = table.rows[r - 1];
  const cells = nonEmpty(row);
  if (cells.length === 1 && typeof cells[0] === 'string' && TABLE_TITLE.test(cells[0].trim())) return true;
  if (!afterBlank) return false;
  // Header words worth a recognised column or more, no "N/A" (a data row of text only has those).
  // `titled`: a title line of its own comes first ("TỶ LỆ … QUÝ III/2025" over the same header as
  // the Quý II table above): another table even with the same columns.
  // (the same header again after blank rows is a table printed in blocks — unless the rows under it
  // start over with names already read: "TP. Đà Nẵng" again, a second table of the same units)
  const restarts = (n: number) => {
    for (let d = n + 1; d <= Math.min(table.rows.length, n + 3); d++) {
      const below = table.rows[d - 1];
      if (isBlank(below)) continue;
      const key = textsOf(below, periodCols);
      return key !== '' && hasNumber(below) && seen().has(key);
    }
    return false;
  };
  const isOtherHeader = (n: number, titled = false) => {
    const h = table.rows[n - 1];
    if (!isTextRow(h) || (!titled && rowKey(h) === headerKey && !restarts(n)) || nonEmpty(h).some(isNoData))
      return false;
    if (headerScore(h ?? []) < 1) return false;
    for (let d = n + 1; d <= Math.min(table.rows.length, n + 3); d++) {
      const below = table.rows[d - 1];
      if (hasNumber(below)) return true;
      // a blank row or a second header row may come first
      if (!isBlank(below) && !isTextRow(below)) return false;
    }
    return false;
  };
  if (cells.length >= 2) return isOtherHeader(r) || isLegend(table, r, seen);
  if (cells.length !== 1 || typeof cells[0] !== 'string' || isFootnoteText(cellText(cells[0]))) return false;
  for (let n = r + 1; n <= Math.min(table.rows.length, r + 3); n++)
    if (!isBlank(table.rows[n - 1])) return isOtherHeader(n, !PART_OF_LIST.test(cells[0]));
  return false;
}

/**
 * A small table of its own after a blank row below a table of units: a legend of grades ("Xếp loại
 * | Khoảng điểm", "Tốt | ≥ 0,7"), the pillars' averages ("Trụ cột | Điểm trung bình"). Its header is
 * text only and none of its rows names a unit, where the data above did (round 79: its rows were
 * read as units — "Tốt", "Khá" asked about, "0,7" refused as a rank — and the file refused).
 */
function isLegend(table: RawTable, r: number, seen: () => ReadonlySet<string>): boolean {
  if (!isTextRow(table.rows[r - 1])) return false;
  const namesUnit = (row: readonly RawCell[] | undefined) =>
    nonEmpty(row).some((c) => typeof c === 'string' && isUnitName(c.trim()));
  let units = 0;
  for (const key of seen()) if (key.split('\u0000').some((t) => isUnitName(t)) && ++units >= 3) break;
  if (units < 3) return false;
  for (let n = r; n <= table.rows.length && !isBlank(table.rows[n - 1]); n++)
    if (namesUnit(table.rows[n - 1])) return false;
  return true;
}

/** Headers with the unit row's units carried into them: "Tỷ lệ DVCTT toàn trình (%)". */
function withUnits(table: RawTable, headers: string[], unitRow: number): string[] {
  const units = unitRowTexts(table.rows[unitRow - 1]);
  const first = units.findIndex((t) => t !== '');
  const labelled = first >= 0 && UNIT_ROW_LABEL.test(normalizeHeader(units[first]!));
  return headers.map((h, i) => {
    const u = units[i] ?? '';
    if (!h || !u || (labelled && i === first) || splitIndicatorName(h).unit !== null) return h;
    // A unit the name splitter knows goes in brackets as is; another one says what it is.
    return splitIndicatorName(`${h} (${u})`).unit === u ? `${h} (${u})` : `${h} (ĐVT: ${u})`;
  });
}

/**
 * A KPI column named as the title names its KPI, without the unit the title gives ("DOANH THU
 * THƯƠNG MẠI ĐIỆN TỬ NĂM 2024 (tỷ đồng)" over "Doanh thu thương mại điện tử"): the title's unit is
 * the column's, as a units row's would be ("135 tỷ đồng" cells are then read).
 */
function withTitleUnit(columns: ColumnMapping[], titles: string[]): ColumnMapping[] {
  const titled = indicatorFromTitle(titles, null);
  const { name, unit } = titled ? splitIndicatorName(titled) : { name: '', unit: null };
  const tableUnit = unitStatedIn(titles);
  if (!unit && !tableUnit) return columns;
  const key = indicatorKey(name);
  // The one KPI column headed short of the title's KPI, without a unit ("Số giao dịch" under "SỐ
  // GIAO DỊCH THANH TOÁN TRỰC TUYẾN THÁNG 6/2026 (giao dịch)", beside a rate or not): that KPI, as
  // the title names it, with its unit. (A column with its own unit names its KPI itself.)
  const short = (c: ColumnMapping) => {
    if (c.mapping.field !== 'kpi.valueForIndicator' || c.mapping.period !== undefined) return false;
    const own = splitIndicatorName(c.mapping.indicator);
    return own.unit === null && normalizeHeader(name).startsWith(`${normalizeHeader(own.name)} `);
  };
  const shortOnes = unit ? columns.filter(short) : [];
  return columns.map((c) => {
    if (c.mapping.field !== 'kpi.valueForIndicator') return c;
    const own = splitIndicatorName(c.mapping.indicator);
    if (shortOnes.length === 1 && shortOnes[0] === c)
      return { ...c, mapping: { ...c.mapping, indicator: `${name} (${unit})` } };
    if (own.unit !== null) return c;
    // (a table's unit is not a rate's: "ĐVT: hồ sơ" over "Số hồ sơ | Tỷ lệ")
    const given =
      unit && indicatorKey(own.name) === key
        ? unit
        : tableUnit && (isPercentUnit(tableUnit) || !RATE_NAME.test(own.name))
          ? tableUnit
          : null;
    return given ? { ...c, mapping: { ...c.mapping, indicator: `${c.mapping.indicator} (${given})` } } : c;
  });
}

const RATE_NAME = /^(tỷ lệ|tỉ lệ|ty le|ti le|tỷ trọng|tỉ trọng|ty trong)(\s|$)|\b(rate|percentage|share)\b/iu;

export function detectLayout(table: RawTable): LayoutDetection {
  const { rows: headerRows, unitRow } = findHeaderRows(table);
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const headerEnd = headerRows.length ? headerRows[headerRows.length - 1]! : 0;
  const titleRows: number[] = [];
  for (let r = 1; r < (headerRows[0] ?? 1); r++) if (!isBlank(table.rows[r - 1])) titleRows.push(r);

  const dataRows: number[] = [];
  const blankRows: number[] = [];
  const footnoteRows: number[] = [];
  let inFootnotes = false;
  let firstAfterHeader = headerRows.length > 0;
  let afterBlank = false;
  let nextTableRow: number | null = null;
  const headerKey = headerRows.length ? rowKey(table.rows[headerRows[0]! - 1]) : '';
  const periodCols = new Set(
    (headerRows.length ? (table.rows[headerRows[0]! - 1] ?? []) : []).flatMap((c, i) =>
      PERIOD_HEADER.test(normalizeHeader(cellText(c ?? null))) ? [i] : [],
    ),
  );
  let seenTexts = null as Set<string> | null;
  const seen = () => (seenTexts ??= new Set(dataRows.map((d) => textsOf(table.rows[d - 1], periodCols))));
  for (let r = headerEnd + 1; r <= table.rows.length; r++) {
    const row = table.rows[r - 1]!;
    if (isBlank(row)) {
      blankRows.push(r);
      afterBlank = dataRows.length > 0;
      continue;
    }
    // Column numbers printed under the header are neither header nor data.
    const numbering = firstAfterHeader && isNumberingRow(row);
    firstAfterHeader = false;
    if (numbering) continue;
    // "Bảng 2. …" and its header below the data: the next table, not rows of this one.
    if (dataRows.length > 0 && startsAnotherTable(table, r, headerKey, afterBlank, seen, periodCols)) {
      nextTableRow = r;
      break;
    }
    afterBlank = false;
    // ("10 ĐỊA PHƯƠNG CUỐI BẢNG" over the second part of one list: its title, not a row of it)
    const only = nonEmpty(row);
    if (dataRows.length > 0 && only.length === 1 && typeof only[0] === 'string' && PART_OF_LIST.test(only[0]))
      continue;
    if (
      inFootnotes ||
      (isFootnote(row) && dataRows.length > 0) ||
      // the signing block's titles side by side ("Người lập biểu | Thủ trưởng đơn vị")
      (dataRows.length > 0 && isSigningRow(row)) ||
      (isFootnoteText(cellText(nonEmpty(row)[0])) && nonEmpty(row).length === 1)
    ) {
      inFootnotes = true;
      footnoteRows.push(r);
      continue;
    }
    dataRows.push(r);
    seenTexts?.add(textsOf(row, periodCols));
  }
  // Blank rows after the last data row are not "inside" the data.
  const lastData = dataRows[dataRows.length - 1] ?? headerEnd;
  const innerBlank = blankRows.filter((r) => r < lastData);

  // (a date cell beside "Tính đến ngày" reads as the analyst sees it, 30/09/2025: the reader gives
  // it as an ISO date, which no title's wording is written with — round 74: read as the year; a
  // date cell alone over the table is the date its figures are as of, as "Tính đến ngày" says)
  const ISO_DATE = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/;
  const text = (r: number) => {
    const cells = nonEmpty(table.rows[r - 1]).map(cellText);
    if (cells.length === 1 && ISO_DATE.test(cells[0]!))
      return cells[0]!.replace(ISO_DATE, 'tính đến ngày $3/$2/$1');
    return cells.map((c) => c.replace(ISO_DATE, '$3/$2/$1')).join(' ');
  };
  // (a web page says it above its table: its heading comes first; its title, a portal's name as
  // often as the table's, gives a year or a group at most)
  const titleHints = readTitleHints(
    [...(table.heading ? table.heading.split('\n') : []), ...titleRows.map(text)],
    footnoteRows.map(text),
  );
  if (table.pageTitle) {
    const page = readTitleHints([table.pageTitle], []);
    titleHints.year ??= page.year;
    titleHints.rankingYear ??= page.rankingYear;
    titleHints.group ??= page.group;
  }
  const named = headerRows.filter((r) => r !== unitRow);
  let headers = named.length ? buildHeaders(table, named, width) : Array.from({ length: width }, () => '');
  if (unitRow !== null) headers = withUnits(table, headers, unitRow);
  const subject = subjectNamedBy(titleHints.titles, table.sheet);
  const mapAll = () =>
    withTitleUnit(
      mapColumns(table, headers, dataRows, titleHints.year, titleHints.titles, subject),
      titleHints.titles,
    );
  let columns = mapAll();
  let kind = tableKind(columns);
  // A ranking's year is not the date its title says it was published on (titleHints.rankingYear).
  if (kind === 'ranking' && titleHints.rankingYear !== titleHints.year) {
    if (titleHints.year !== undefined) titleHints.publishedYear = titleHints.year;
    if (titleHints.rankingYear === undefined) delete titleHints.year;
    else titleHints.year = titleHints.rankingYear;
    columns = mapAll();
    kind = tableKind(columns);
  }
  const mapped = columns.filter((c) => c.mapping.field !== 'ignore');

  return {
    headerRows,
    titleRows,
    dataRows,
    blankRows: innerBlank,
    footnoteRows,
    columns,
    ignored: columns
      .filter((c) => c.mapping.field === 'ignore' && (c.header || columnHasData(table, c.col, dataRows)))
      .map((c) => ({ col: c.col, header: c.header, note: c.note ?? 'unknown' })),
    kind,
    titleHints,
    // The pillar a sheet or title names is part of the layout: "Điểm | Xếp hạng" on the sheet
    // "Chính quyền số" must not reuse the mapping confirmed for the same headers on "Tổng hợp DTI";
    // so is a KPI the title names for its columns ("TỶ LỆ THANH TOÁN …" over "Cấp tỉnh | Cấp xã"):
    // the next file of these headers under another title is another KPI, not this one's again.
    signature: layoutSignature([
      ...headers,
      ...(subject ? [`#${subject}`] : []),
      ...columns.flatMap((c) =>
        c.mapping.field === 'kpi.valueForIndicator' &&
        indicatorKey(c.mapping.indicator) !== indicatorKey(c.header)
          ? [`=${c.mapping.indicator}`]
          : [],
      ),
    ]),
    confidence: mapped.length
      ? Math.round((mapped.reduce((s, c) => s + c.confidence, 0) / mapped.length) * 100) / 100
      : 0,
    dataEndRow: nextTableRow !== null ? (dataRows[dataRows.length - 1] ?? null) : null,
    nextTableRow,
    unitsAcross: unitNamesIn(table),
  };
}

/** A KPI's name without the number of the list it is in: "Chỉ tiêu 1: Tỷ lệ …" → "Tỷ lệ …". */
const withoutItemNumber = (name: string): string =>
  name.replace(/^(?:chỉ tiêu|chi tieu|tiêu chí|tieu chi|kpi)\s*\d{1,2}[a-z]?\s*[:.)\-–]\s*(?=\S)/iu, '');

/**
 * Whether column `total`'s numbers are the sums of columns `parts` on the rows that have them all
 * (most of them, and some): a total of those columns, whatever its header's group says.
 */
function addsUp(table: RawTable, dataRows: number[], total: number, parts: number[]): boolean {
  const num = (r: number, c: number) => {
    const n = parseCellNumber(table.rows[r - 1]?.[c - 1] ?? null);
    return 'value' in n && n.value !== null ? n.value : null;
  };
  let rows = 0;
  let sums = 0;
  for (const r of dataRows) {
    const t = num(r, total);
    const ps = parts.map((c) => num(r, c));
    if (t === null || ps.some((p) => p === null)) continue;
    rows++;
    const sum = (ps as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - t) <= 0.005 * Math.max(1, Math.abs(t))) sums++;
  }
  return rows > 0 && sums >= 0.8 * rows;
}

/**
 * How far a rank column orders its rows by a score column: the share of steps from one rank to
 * the next (rows with both numbers) where the score does not rise. 1: the ranks rank that score.
 */
function rankOrderShare(table: RawTable, rankCol: number, scoreCol: number, dataRows: number[]): number {
  const num = (r: number, c: number) => {
    const n = parseCellNumber(table.rows[r - 1]?.[c - 1] ?? null);
    return 'value' in n && n.value !== null ? n.value : null;
  };
  const pairs: [number, number][] = [];
  for (const r of dataRows) {
    const rank = num(r, rankCol);
    const score = num(r, scoreCol);
    if (rank !== null && score !== null) pairs.push([rank, score]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  let steps = 0;
  let down = 0;
  for (let k = 1; k < pairs.length; k++) {
    if (pairs[k]![0] === pairs[k - 1]![0]) continue;
    steps++;
    if (pairs[k]![1] <= pairs[k - 1]![1]) down++;
  }
  return steps >= 3 ? down / steps : 0;
}

/** Whether a column's texts repeat down its rows (one name on several rows). */
function repeats(table: RawTable, col: number, dataRows: number[]): boolean {
  const seen = new Set<string>();
  for (const r of dataRows) {
    const t = normalizeHeader(cellText(table.rows[r - 1]?.[col - 1]));
    if (!t) continue;
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return false;
}

/** Headers a column of row numbers may have besides "STT". */
const ROW_NUMBER_HEADER = /^(so|tt|so tt|so thu tu|thu tu|no|nr|#)$/;

/** Whether a column's numbers are 1, 2, 3… down its rows (a row number, not figures). */
function countsRows(table: RawTable, col: number, dataRows: number[]): boolean {
  let next = 1;
  for (const r of dataRows) {
    const t = cellText(table.rows[r - 1]?.[col - 1]);
    if (t === '') continue;
    if (t !== String(next)) return false;
    next++;
  }
  return next > 3;
}

/**
 * Whether a column's ranks run from 1 to at most its rows, fewer than any list's units: the ranks
 * of the rows among themselves ("1…14" for a region's 14 provinces), not among 63 or 34.
 */
function ranksAmongRows(table: RawTable, col: number, dataRows: number[]): boolean {
  const ranks = dataRows.map((r) => cellText(table.rows[r - 1]?.[col - 1])).filter((t) => t !== '');
  if (ranks.length < 2 || !ranks.every((t) => /^\d{1,2}$/.test(t))) return false;
  const n = ranks.map(Number);
  // (the whole country ranked region by region: 1, 2, … again in each region's rows — "1" three
  // times or more and no rank past half the rows, which a national ranking's ties never give)
  if (ranks.length >= 34) return n.filter((r) => r === 1).length >= 3 && Math.max(...n) <= ranks.length / 2;
  return n.includes(1) && Math.max(...n) <= ranks.length;
}

/** A KPI of the community digital-technology teams, by its key ("Số tổ CNSCĐ", "Tổ công nghệ số cộng đồng"). */
const TEAMS_NAMED = /tocongnghesocongdong/;

/** Whether a column's figures are all whole numbers from 1 to 63, some past 1 (ranks, not scores). */
function wholeRanksOnly(table: RawTable, col: number, dataRows: number[]): boolean {
  const texts = dataRows.map((r) => cellText(table.rows[r - 1]?.[col - 1])).filter((t) => t !== '');
  if (texts.length < 5 || !texts.every((t) => /^\d{1,2}$/.test(t))) return false;
  const n = texts.map(Number);
  return n.every((r) => r >= 1 && r <= 63) && n.filter((r) => r > 1).length >= texts.length / 2;
}

/** Whether a column holds only 0 and 1 (a yes/no flag, not figures). */
function flagsOnly(table: RawTable, col: number, dataRows: number[]): boolean {
  const texts = dataRows.map((r) => cellText(table.rows[r - 1]?.[col - 1])).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => t === '0' || t === '1');
}

/** Whether a column's numbers are all years ("2024": a period column, not figures). */
function yearsOnly(table: RawTable, col: number, dataRows: number[]): boolean {
  const nums = dataRows.map((r) => cellText(table.rows[r - 1]?.[col - 1])).filter((t) => /^\d+$/.test(t));
  return nums.length > 0 && nums.every((t) => Number(t) >= 1990 && Number(t) <= 2100);
}

function columnHasData(table: RawTable, col: number, dataRows: number[]): boolean {
  return dataRows.some((r) => cellText(table.rows[r - 1]?.[col - 1]) !== '');
}

/** A month and its year as a period column writes them: "07/2025", "7-2025", "07.2025". */
const MONTH_OF_YEAR_CELL = /^\s*(0?[1-9]|1[0-2])\s*[/.-]\s*(19|20)\d{2}\s*$/;

/**
 * Share of numbers among a column's cells that say something: "N/A", "-", "x" (analysts' "no data")
 * count neither way, so a KPI column with gaps is still a KPI column.
 */
function numericShare(table: RawTable, col: number, dataRows: number[]): number {
  // (a formula saved without its value stands for a number: the import says it has none)
  return shareOf(table, col, dataRows, (_, c) => isNumberLike(c) || isFormulaText(c));
}

/** The share of a column's data cells with a value (not empty, not "no data") that `test` accepts. */
function shareOf(
  table: RawTable,
  col: number,
  dataRows: number[],
  test: (text: string, cell: RawCell) => boolean,
): number {
  let n = 0;
  let yes = 0;
  for (const r of dataRows) {
    const c = table.rows[r - 1]?.[col - 1] ?? null;
    const t = cellText(c);
    if (t === '' || isNoData(c)) continue;
    n++;
    if (test(t, c)) yes++;
  }
  return n ? yes / n : 0;
}

/**
 * Words of a score or rank column the vocabulary did not place ("Điểm tổng hợp", "Hạng chung"):
 * outside a KPI table such a column is set aside for the user, never taken for an indicator.
 */
const RANKING_WORDS =
  /(^| )(diem|hang|xep hang|thu hang|xep thu|vi tri|chi so|score|rank|ranking|index|dti|pdti)( |$)/;

const FOUNDATION_INDEX = /^idx\.(nhan_thuc_so|the_che_so|ha_tang_so|nhan_luc_so|an_toan_thong_tin_mang)$/;
const ACTIVITY_INDEX = {
  cqs: 'idx.hd_chinh_quyen_so',
  kts: 'idx.hd_kinh_te_so',
  xhs: 'idx.hd_xa_hoi_so',
} as const;

const isScoreField = (f: string) => /^(cqs|kts|xhs)\.score$|^idx\./.test(f);

/**
 * Columns only a ranking has: the DTI's score or rank, a pillar's rank, a bare "Điểm"/"Hạng", or a
 * header that starts with a score or rank word ("Điểm CQS", "Xếp hạng …").
 */
const isRankingOnly = (g: HeaderGuess, key: string) =>
  /^dti\.|^(cqs|kts|xhs)\.rank$/.test(g.mapping.field) ||
  g.bare !== undefined ||
  g.note === 'rank of a main index' ||
  (/^(diem|diem so|xep hang|hang|thu hang|xh|score|rank|ranking)( |$)/.test(key) && !ranksAKpi(key));

/** An index's score under its group header ("SIPAS / Điểm"): the index's name ("SIPAS"). */
function indexScoreName(header: string): string {
  const parts = header.split(' / ');
  return parts.length === 2 && NAMELESS_FIGURE.test(normalizeHeader(parts[1]!)) ? parts[0]!.trim() : header;
}

/** A rank's header alone ("Xếp hạng", "Thứ hạng", "Hạng"). */
const bareRankKey = (key: string) => /^(xep hang|thu hang|hang)$/.test(key);

/** A header that names a rank ("Xếp hạng PAPI", "Thứ hạng"). */
const RANK_KEY = /(^| )(xep hang|hang|thu hang|xh|rank|ranking)( |$)/;

/** A header of points alone ("Điểm", "Tổng điểm"): whose points, it does not say. */
const SCORE_WORD = /^(diem|tong diem|diem so|so diem)$/;

/** A title naming an index that is not the DTI ("Bộ chỉ số phục vụ …", "Chỉ số PAR INDEX"). */
function otherIndexTitle(titles: string[]): boolean {
  const key = ` ${normalizeHeader(titles.join(' '))} `;
  // (or points of something named: "ĐIỂM HÀI LÒNG CỦA NGƯỜI DÂN …", not "ĐIỂM VÀ XẾP HẠNG CÁC TỈNH")
  const points = titles.some((t) =>
    /^diem (?!va |xep hang|cac tinh|so |cua cac tinh|nam |\d)[a-z]/.test(normalizeHeader(t)),
  );
  // (or names one: "PCI 2025", "KẾT QUẢ SIPAS 2025")
  return (/ (chi so|bo chi so|index) /.test(key) || points || OTHER_INDEX_TITLE.test(key)) && !namesDti(key);
}

/** A change or a gap, said in a title: CHANGE_OF_DTI's words, a part of DERIVED_FROM_DTI's. */
const CHANGE_WORDS = 'muc tang|muc giam|tang giam|chenh lech|thay doi|bien dong|increase|change in|gap';

/**
 * A title naming a figure worked out from the DTI, or a part of it: an average ("ĐIỂM TRUNG BÌNH
 * CÁC CHỈ SỐ THÀNH PHẦN DTI", "ĐIỂM TRUNG BÌNH DTI CỦA NHÓM TỈNH"), a change or a gap ("MỨC TĂNG
 * ĐIỂM DTI SO VỚI NĂM TRƯỚC", "CHÊNH LỆCH ĐIỂM DTI …"), one indicator's points ("ĐIỂM CHỈ TIÊU …
 * TRONG BỘ CHỈ SỐ DTI"; a pillar's "ĐIỂM THÀNH PHẦN …" is the pillar's). A figure of its own — a KPI the title names — never the DTI's score,
 * even though it names the DTI.
 */
const DERIVED_FROM_DTI = new RegExp(
  ` (trung binh|binh quan|average|mean|${CHANGE_WORDS}|tang them|giam di|tang so voi|giam so voi|toc do tang|tang truong|khoang cach|growth|diem chi tieu) `,
);
const derivedFromDtiTitle = (titles: string[], keys: string[], readAsDti: boolean[]) => {
  // (a column of its own holds the figure the title speaks of: "Chênh lệch xếp hạng", "Mức tăng")
  const figureColumn = keys.some((k) => DERIVED_FROM_DTI.test(` ${k} `));
  // (and the DTI's own columns say so by name: "Điểm DTI 2025 | Xếp hạng 2025", not a bare "Điểm")
  const namedDti = keys.some((k, i) => readAsDti[i] && k !== 'diem' && k !== 'xep hang' && k !== 'hang');
  return titles.some((t) => {
    // The title's own subject, before an aside ("BẢNG XẾP HẠNG DTI 2024 VÀ ĐIỂM TRUNG BÌNH CẢ
    // NƯỚC", "KẾT QUẢ DTI 2024 (THAY ĐỔI SO VỚI 2023)" are the ranking)…
    const main = t.split(/\s(?:và|va|kèm theo|kèm)\s|[(（]/iu)[0]!;
    // ("CHỈ SỐ DTI 2025: KHOẢNG CÁCH GIỮA CÁC ĐỊA PHƯƠNG …": what follows a colon is said aside too)
    const head = ` ${normalizeHeader(main.split(/[,;:]|\s[-–—]\s/u)[0]!)} `;
    // …naming the figure: the table's, unless its columns are the ranking's by name beside a
    // column of that figure ("CHÊNH LỆCH XẾP HẠNG DTI" over "Điểm DTI 2025 | Xếp hạng 2025 |
    // Chênh lệch xếp hạng")
    if (DERIVED_FROM_DTI.test(head)) return !(figureColumn && namedDti);
    // (a ranking's own title first, "XẾP HẠNG DTI NĂM 2025: MỨC TĂNG CAO NHẤT": a remark after it)
    if (/^ (bang )?(xep hang|ket qua xep hang) /.test(head)) return false;
    // …or a change after a comma or a dash ("DTI NĂM 2025 – CHÊNH LỆCH SO VỚI TỈNH THẤP NHẤT"),
    // unless a column of its own holds it ("…, MỨC TĂNG SO VỚI 2024" over a "Mức tăng"); an
    // average there is a reference given aside ("CHỈ SỐ DTI NĂM 2025 - ĐIỂM BÌNH QUÂN CẢ NƯỚC 0,61")
    // (what follows a colon is a remark: "CHỈ SỐ … NĂM 2025: MỨC TĂNG CAO NHẤT")
    return CHANGE_OF_DTI.test(` ${normalizeHeader(main.split(':')[0]!)} `) && !figureColumn;
  });
};
/**
 * The figure a derived title names, one word per figure ("bình quân" is an average as "trung
 * bình" is), or null: "ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG" → "average".
 */
function derivedFigure(key: string): string | null {
  const m = DERIVED_FROM_DTI.exec(` ${key} `);
  if (!m) return null;
  if (/^(trung binh|binh quan|average|mean)$/.test(m[1]!)) return 'average';
  if (/^(chenh lech|khoang cach|gap)$/.test(m[1]!)) return 'gap';
  return m[1] === 'diem chi tieu' ? m[1] : 'change';
}
/** The change and gap words of DERIVED_FROM_DTI (an average said aside is no figure of the table). */
const CHANGE_OF_DTI = new RegExp(` (${CHANGE_WORDS}) `);

/**
 * A title about the ranking's points ("SỐ ĐIỂM VÀ XẾP HẠNG CHỈ SỐ …", "TỶ LỆ ĐIỂM ĐẠT ĐƯỢC …",
 * "TỔNG SỐ ĐIỂM CHỈ SỐ DTI"): its lead is a KPI's, its subject the scores. ("TỶ LỆ HỒ SƠ ĐẠT ĐIỂM
 * …", "TỶ LỆ … ĐƯỢC ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ" are KPIs.)
 */
const POINTS_TITLE =
  /^(so diem|tong so diem|tong diem|ty le diem|ti le diem|diem|diem so|so thu hang|so xep hang|thu hang|xep hang)( |$)/;

/** The leads of a count alone: under a title naming a count ("SỐ …"), its number whatever words follow. */
const COUNT_LEAD = /^(so luong|tong so)$/;

/** KPI leads that head a column alone under a title naming the KPI ("Tỷ lệ", "Số lượng"). */
const BARE_KPI_LEAD = /^(ty le|ti le|ty trong|ti trong|so luong|tong so|so)$/;

/**
 * The KPI the title names, when its name starts as KPI names do ("TỶ LỆ HỒ SƠ …"), else null. (A
 * title row only: a sheet's name, "So sánh", is too short to tell.)
 */
function titleKpiName(titles: string[]): string | null {
  const titled = titles.length ? indicatorFromTitle(titles, null) : null;
  if (!titled) return null;
  const name = splitIndicatorName(titled).name;
  const key = normalizeHeader(name);
  // (points of the DTI: "điểm" is also a place, "SỐ ĐIỂM BƯU ĐIỆN VĂN HÓA XÃ", a KPI)
  const ofRanking = POINTS_TITLE.test(key) && namesDti(normalizeHeader(titles.join(' ')));
  // ("25 DỊCH VỤ CÔNG THIẾT YẾU: TỶ LỆ …": a KPI after what it is of)
  return (namesKpi(name, key) || kpiAfterSection(name)) && !namesRankingIndex(name) && !ofRanking
    ? titled
    : null;
}

/**
 * Columns (by index) headed by a KPI's lead alone ("Tỷ lệ"; "Tỷ lệ (%)" names a KPI's value
 * column already) under a title naming a KPI that starts with it: the title's KPI.
 */
function titleLeadColumns(
  headers: string[],
  titled: string | null,
  rowNumbers: (col: number) => boolean,
): Map<number, { indicator: string; onlyAlone: boolean }> {
  const out = new Map<number, { indicator: string; onlyAlone: boolean }>();
  if (!titled) return out;
  const tKey = normalizeHeader(splitIndicatorName(titled).name);
  headers.forEach((h, i) => {
    if (!h || h.includes(' / ') || splitIndicatorName(h).unit !== null) return;
    const k = normalizeHeader(h);
    // ("Số" over 1, 2, 3…: the row's number, as "STT" would be)
    // ("Tổng số", "Số lượng" under a count's title, "SỐ ĐIỂM BƯU ĐIỆN VĂN HÓA XÃ …": how many)
    const lead = BARE_KPI_LEAD.test(k) && tKey.startsWith(`${k} `);
    const count = COUNT_LEAD.test(k) && /^(so|tong so) /.test(tKey);
    // (or the title's KPI cut short: "Số hồ sơ" under "SỐ HỒ SƠ TIẾP NHẬN …", "Số tổ" under "SỐ
    // TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG" — named so, two tables of two KPIs would be one. Only as the
    // table's one column of figures: beside "Trong đó: trực tuyến" a "Số hồ sơ tiếp nhận" under
    // "SỐ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN" is the whole, a KPI of its own; "Tổng số" beside its parts is
    // the title's KPI whole)
    const cutShort =
      k.includes(' ') && k.split(' ').length <= 5 && namesKpi(h, k) && tKey.startsWith(`${k} `);
    if ((lead || count || cutShort) && !rowNumbers(i + 1))
      out.set(i, { indicator: titled, onlyAlone: !lead && !count });
  });
  return out;
}

/** "Xếp hạng tỷ lệ hồ sơ trực tuyến": the rank of a KPI it names, no ranking's column. */
function ranksAKpi(key: string): boolean {
  const rest = key.replace(/^(xep hang|thu hang|hang|xh|rank|ranking)( of| theo| ve| cua)? /, '');
  return rest !== key && subjectsNamedIn(rest).length === 0 && namesKpi(rest, rest);
}

/**
 * Proposes a mapping per column; duplicates keep the most confident column, the rest are set aside.
 * `year`: the year the title states, for period headers written without one ("Quý I", "T1").
 */
export function mapColumns(
  table: RawTable,
  shownHeaders: string[],
  dataRows: number[],
  year?: number | null,
  titles: string[] = [],
  subject: string | null = null,
): ColumnMapping[] {
  // ("2024 (est.)", "Năm 2024 (ước)": the period's column, read without its mark; validation says
  // the column holds estimates, under its header as written)
  // ("<KPI> - Kế hoạch 2024" in one row is read as the two rows "<KPI> / Kế hoạch 2024")
  const headers = mayAmongMonthNames(
    shownHeaders.map((h) => (h ? withResultTailApart(withoutEstimateMark(h), year) : h)),
  );
  const keys = headers.map(normalizeHeader);
  const first: HeaderGuess[] = headers.map((h, i) => classifyHeader(h, keys[i]!, false, year));
  // No header the vocabulary knows for the units: the one column of unit names under a header it
  // does not know is the unit column ("Địa bàn báo cáo", "Tỉnh/TP (theo NQ 202)").
  // (beside a column of the units' codes too: "STT | Mã | Tên | Tỷ lệ … (%)")
  const unitByContent = first.some((g) => g.mapping.field === 'unit')
    ? null
    : unitColumnByContent(
        table,
        dataRows,
        first.flatMap((g, i) =>
          g.mapping.field === 'ignore' && (g.note === 'unknown' || g.note === 'no header') ? [i + 1] : [],
        ),
      );
  const asUnit: HeaderGuess = { mapping: { field: 'unit' }, confidence: 0.7 };
  if (unitByContent !== null) first[unitByContent - 1] = asUnit;
  // A column "Số" (or "TT", "No.") over 1, 2, 3…: the row's number, as "STT" is.
  const rowNumbers = (guesses: HeaderGuess[]) =>
    guesses.forEach((g, i) => {
      if (g.mapping.field !== 'stt' && ROW_NUMBER_HEADER.test(keys[i]!) && countsRows(table, i + 1, dataRows))
        guesses[i] = { mapping: { field: 'stt' }, confidence: 0.8 };
    });
  // A column headed by a KPI's lead alone ("Tỷ lệ", "Số lượng") under a title naming a KPI that
  // starts so ("TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026"): that KPI, as the title names it.
  // (It makes the table a KPI table: a bare "Xếp hạng" beside it is that KPI's rank.)
  const titleKpi = titleKpiName(titles);
  const leadOfTitle = titleLeadColumns(headers, titleKpi, (col) => countsRows(table, col, dataRows));
  // A title naming another index ("BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP", "CHỈ SỐ CẢI CÁCH
  // HÀNH CHÍNH"): its "Tổng điểm", "Điểm" and "Xếp hạng" are that index's — a KPI of the title's
  // name and its rank — never the DTI's (they were stored over a year's DTI ranking).
  // (with no title, a sheet named for the index says it: "PCI 2025", "SIPAS 2025")
  const ownTitles = titles.length ? titles : table.sheet ? [table.sheet] : [];
  // (or a table of such an index's columns alone, "Tỉnh | Điểm PAPI | Xếp hạng PAPI", no title)
  // (or of a figure that names the DTI and is not its score: "Điểm DTI của chỉ tiêu …")
  const notTheDti = (g: HeaderGuess) => g.note === 'another index' || g.note === 'not the DTI';
  // A bare "Xếp hạng" right after another index's score ("PCI | Xếp hạng | DTI | Xếp hạng", "Chỉ
  // số hài lòng | Xếp hạng") ranks that index, not the DTI — unless it is the table's one rank and
  // ranks its rows in the order of the DTI's score and not that index's ("Điểm DTI | Chỉ số PCI
  // 2024 (tham khảo) | Xếp hạng").
  const dtiScore = first.findIndex((g) => g.mapping.field === 'dti.score' && g.bare === undefined);
  const ranksTheDti = (i: number) =>
    dtiScore >= 0 &&
    first.filter((g) => g.mapping.field === 'dti.rank').length === 1 &&
    rankOrderShare(table, i + 1, dtiScore + 1, dataRows) >= 0.9 &&
    // (an index that rises and falls with the DTI leaves the rank its own)
    rankOrderShare(table, i + 1, i, dataRows) <= 0.75;
  first.forEach((g, i) => {
    if (
      g.bare === 'rank' &&
      i > 0 &&
      first[i - 1]!.note === 'another index' &&
      !RANK_KEY.test(keys[i - 1]!) &&
      !ranksTheDti(i)
    )
      first[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'another index' };
  });
  // Under a title naming another index ("PCI 2024"), bare "Điểm | Xếp hạng" beside the DTI's
  // columns named as such ("Điểm DTI | Xếp hạng DTI") are that index's: set aside, the DTI read.
  // (a bare rank beside "Điểm DTI" alone stays the DTI's)
  if (
    otherIndexTitle(ownTitles) &&
    first.some((g) => g.bare === 'score' && g.mapping.field === 'dti.score') &&
    first.some((g) => g.bare === undefined && /^dti\.(score|rank)$/.test(g.mapping.field))
  )
    first.forEach((g, i) => {
      if ((g.bare === 'score' || g.bare === 'rank') && /^dti\./.test(g.mapping.field))
        first[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'another index' };
    });
  // (columns alone say it when no bare score beside them is the ranking's — "Tỉnh | Điểm | Xếp
  // hạng | Điểm PAPI" is the DTI's ranking with PAPI beside it — and no title names the DTI)
  const titleKey = ` ${normalizeHeader(titles.join(' '))} `;
  // (a title naming the DTI and another index, "KẾT QUẢ CHỈ SỐ DTI VÀ CHỈ SỐ HÀI LÒNG (SIPAS)",
  // over that index's columns alone is that index's table)
  const byColumns =
    first.some(notTheDti) &&
    !first.some((g) => g.bare === 'score') &&
    (!namesDti(titleKey) || OTHER_INDEX_TITLE.test(titleKey));
  // (a sheet named for another index under a title that names none: "PCI 2024" under "KẾT QUẢ NĂM
  // 2024" — the index's own names only, not a generic "Chỉ số")
  const sheetKey = ` ${normalizeHeader(table.sheet ?? '')} `;
  // (under a title naming the DTI only as the topic, "CHUYỂN ĐỔI SỐ NĂM 2025", or naming both it and
  // the sheet's index, "CHỈ SỐ DTI VÀ ICT INDEX NĂM 2024" over a sheet "ICT Index 2024", too)
  const sheetIndex = otherIndexNamed(normalizeHeader(table.sheet ?? ''));
  const bySheet =
    OTHER_INDEX_TITLE.test(sheetKey) &&
    !namesDti(sheetKey) &&
    (!namesDti(titleKey) ||
      (sheetIndex !== null && otherIndexNamed(titleKey.trim()) === sheetIndex) ||
      !(NAMES_THE_INDEX.test(titleKey) || / xep hang /.test(titleKey)));
  // (a file named for another index — "Vietnam ICT Index 2020.xlsx", "PCI 2023.xlsx" — with no
  // title or sheet naming the DTI: round 81 stored its "Điểm | Xếp hạng" as the DTI of that year)
  const fileKey = ` ${normalizeHeader(fileStem(table.file))} `;
  // (not over columns naming an index themselves, "Chỉ số hài lòng" in "hai-long.csv": theirs)
  const byFile =
    !byColumns &&
    OTHER_INDEX_TITLE.test(fileKey) &&
    !namesDti(fileKey) &&
    !namesDti(titleKey) &&
    !namesDti(sheetKey);
  // (the DTI's own columns as first read: the readings below change `first` in place)
  const readAsDti = first.map((g) => /^dti\./.test(g.mapping.field));
  // (a sheet named so, with no title: "Chênh lệch DTI")
  const derived = derivedFromDtiTitle(ownTitles, keys, readAsDti);
  // (a column of the figure the derived title names is that figure: "Điểm trung bình vùng" under
  // "ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG"; a reference beside it is not — "Trung bình cả nước"
  // under "CHÊNH LỆCH ĐIỂM DTI …")
  const titleFigure = derived ? derivedFigure(normalizeHeader(ownTitles.join(' '))) : null;
  const ofTitleFigure = (i: number) =>
    titleFigure !== null &&
    /^(diem|chi so|muc|ty le|trung binh|binh quan|chenh lech)( |$)/.test(keys[i]!) &&
    // (a short header: a longer one names its own figure, "Mức tăng tỷ lệ thanh toán trực tuyến")
    keys[i]!.split(' ').length <= 5 &&
    derivedFigure(keys[i]!) === titleFigure &&
    numericShare(table, i + 1, dataRows) >= 0.8;
  const ofOtherIndex =
    (derived || (subject === null && (otherIndexTitle(ownTitles) || byColumns || bySheet || byFile))) &&
    // ("Điểm DTI | Xếp hạng" under "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH": the headers say the DTI; beside
    // the DTI's columns another index's are set aside, said so. Under a title naming a figure
    // derived from the DTI, "Điểm DTI" is that figure — a pillar's or an index's column is not.)
    !keys.some((k, i) => namesDti(k) && !notTheDti(first[i]!) && !(derived && readAsDti[i]));
  const asOtherIndex = (guesses: HeaderGuess[]) => {
    if (!ofOtherIndex) return;
    // (one score column is the table's KPI, named by the title — or, under no title naming one,
    // by its header; two or more name their KPIs, "Điểm PAPI | Điểm PCI")
    // (read from the first reading: a KPI table's reading has no such note)
    // (a column naming an index other than the one the title names — "Điểm PCI" under "CHỈ SỐ
    // PAPI" — is that index's own KPI, never the title's: the bare "Điểm | Xếp hạng" are the title's)
    const titleIndices = otherIndicesNamed(normalizeHeader(ownTitles.join(' ')));
    const foreign = (i: number) => {
      const own = titleIndices.size === 0 ? null : otherIndexNamed(keys[i]!);
      return own !== null && !titleIndices.has(own);
    };
    const aside = (i: number) => notTheDti(first[i]!) && !foreign(i);
    // ("Xếp hạng PAPI", "PAPI / Xếp hạng")
    const ranks = (i: number) => RANK_KEY.test(keys[i]!);
    const figure = (g: HeaderGuess, i: number) =>
      (g.mapping.field === 'ignore' || g.mapping.field === 'kpi.valueForIndicator') && ofTitleFigure(i);
    const scores = guesses.filter(
      (g, i) => (g.mapping.field === 'dti.score' && !aside(i)) || (aside(i) && !ranks(i)) || figure(g, i),
    ).length;
    const named = otherIndexTitle(ownTitles) || bySheet || byFile || derived;
    const rankChange =
      derived &&
      /( (thay doi|bien dong|chenh lech|tang|giam|muc tang|muc giam) (thu hang|xep hang|hang|vi tri)| so bac )/.test(
        ` ${normalizeHeader(ownTitles.join(' '))} `,
      );
    guesses.forEach((g, i) => {
      if (foreign(i)) {
        // (its score is its own KPI, by its header; its rank ranks nothing this table holds)
        guesses[i] = ranks(i)
          ? { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of another index' }
          : {
              mapping: { field: 'kpi.valueForIndicator', indicator: indexScoreName(headers[i]!) },
              confidence: 0.7,
            };
        return;
      }
      if (namesDti(keys[i]!) && !aside(i) && !(derived && readAsDti[i])) return;
      const rank = (g.mapping.field === 'dti.rank' && !aside(i)) || (aside(i) && ranks(i));
      // (also the index named as a column: "Chỉ số CCHC" under "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH")
      const score =
        !rank &&
        (g.mapping.field === 'dti.score' ||
          aside(i) ||
          figure(g, i) ||
          ((g.mapping.field === 'kpi.valueForIndicator' || g.mapping.field === 'ignore') &&
            (SCORE_WORD.test(keys[i]!) || /^(chi so|bo chi so)( |$)/.test(keys[i]!))) ||
          // ("Chỉ số" heads a column of KPI names elsewhere: here, over numbers, the index's value)
          (g.mapping.field === 'kpi.indicator' &&
            /^chi so$/.test(keys[i]!) &&
            numericShare(table, i + 1, dataRows) >= 0.8));
      if (score)
        guesses[i] =
          named && scores <= 1
            ? { mapping: { field: 'kpi.value' }, confidence: 0.7 }
            : {
                mapping: { field: 'kpi.valueForIndicator', indicator: indexScoreName(headers[i]!) },
                confidence: 0.7,
              };
      // (under a title naming a change of rank, "THAY ĐỔI THỨ HẠNG DTI … (SỐ BẬC)", a lone bare
      // "Xếp hạng" holds the change, the title's figure: no rank, and it may be negative)
      else if (
        rankChange &&
        scores === 0 &&
        bareRankKey(keys[i]!) &&
        (g.mapping.field === 'dti.rank' || g.mapping.field === 'kpi.rank')
      )
        guesses[i] = { mapping: { field: 'kpi.value' }, confidence: 0.7 };
      else if (rank) guesses[i] = { mapping: { field: 'kpi.rank' }, confidence: 0.7 };
    });
  };
  // (one such column is the table's value column: its KPI is the table's, the title's unless the
  // analyst names another, --indicator; with others beside it, each names its KPI)
  const asTitleKpi = (guesses: HeaderGuess[]) => {
    // (rows that name their KPIs, "Nội dung | Số giao dịch" over "Tổng số", "Phí, lệ phí": the
    // column is each row's value, not the title's KPI)
    if (guesses.some((g) => g.mapping.field === 'kpi.indicator')) return;
    // (not beside another column of figures that is no unit, rank or row number: "Tỷ lệ | Số
    // lượng" are two KPIs)
    const alone =
      leadOfTitle.size === 1 &&
      !guesses.some(
        (g, i) =>
          !leadOfTitle.has(i) &&
          (/^kpi\.(value|valueForIndicator|indicator)$/.test(g.mapping.field) ||
            (g.mapping.field === 'ignore' && !!headers[i] && numericShare(table, i + 1, dataRows) >= 0.5)),
      );
    leadOfTitle.forEach(({ indicator, onlyAlone }, i) => {
      const g = guesses[i]!.mapping;
      if (onlyAlone && !alone) return;
      if (g.field === 'ignore' || (g.field === 'kpi.valueForIndicator' && g.indicator === headers[i]))
        guesses[i] = alone
          ? { mapping: { field: 'kpi.value' }, confidence: 0.7 }
          : { mapping: { field: 'kpi.valueForIndicator', indicator }, confidence: 0.7 };
    });
  };
  // (the guesses without and with a KPI table's reading are settled alike)
  const settle = (guesses: HeaderGuess[]) => {
    rowNumbers(guesses);
    asOtherIndex(guesses);
    asTitleKpi(guesses);
  };
  settle(first);
  // A bare "Xếp hạng" beside one column of figures the vocabulary does not know ("Tỷ lệ" under
  // "MỨC ĐỘ HOÀN THÀNH MỤC TIÊU … (%)", "(1) TỶ LỆ …"), with no score beside it and nothing in the
  // titles or the sheet's name naming the DTI: that figure's rank, a KPI's — the title's, else
  // asked — never the DTI's (its ranks were written over a year's DTI ranks).
  const bareRanks = first.flatMap((g, i) => (g.bare === 'rank' ? [i] : []));
  const figureOfRank = (() => {
    // (the index named, not the topic: "MỨC ĐỘ HOÀN THÀNH MỤC TIÊU CHUYỂN ĐỔI SỐ" names no ranking)
    // (a pillar's name as the section of a KPI's title, "CHÍNH QUYỀN SỐ - TỶ LỆ …", names no ranking)
    const kpiTitled = titles.some((t) => namesKpi(t, normalizeHeader(t)) || kpiAfterSection(t));
    if (bareRanks.length === 0) return null;
    if (first.some((g) => g.bare === 'score')) return null;
    if (first.some((g) => g.bare === undefined && /^(dti|cqs|kts|xhs)\.|^idx\./.test(g.mapping.field)))
      return null;
    // (a header naming its KPI, "Số giao dịch thanh toán trực tuyến", is that KPI: the KPI reading's)
    const figures = first.flatMap((g, i) =>
      g.mapping.field === 'ignore' &&
      g.note === 'unknown' &&
      headers[i] &&
      (!namesKpi(headers[i]!, keys[i]!) || BARE_KPI_LEAD.test(keys[i]!)) &&
      // (points of something, "Điểm chung cuộc": the ranking's own, set aside)
      !/(^| )(diem|chi so|score|index)( |$)/.test(keys[i]!) &&
      numericShare(table, i + 1, dataRows) >= 0.8
        ? [i]
        : [],
    );
    if (figures.length !== 1) return null;
    // (a KPI's lead, "Tỷ lệ", "Tỷ trọng", is never the index's score, whatever the sheet is named)
    const lead = BARE_KPI_LEAD.test(keys[figures[0]!]!);
    // (a title naming the index over "Tổng số | Xếp hạng" is the index's: only a sheet's name gives
    // way to a KPI's lead)
    if (!kpiTitled && (NAMES_THE_INDEX.test(titleKey) || (!lead && NAMES_THE_INDEX.test(sheetKey))))
      return null;
    return figures[0]!;
  })();
  const asFigureRank = (gs: HeaderGuess[]) => {
    if (figureOfRank === null) return;
    gs[figureOfRank] = { mapping: { field: 'kpi.value' }, confidence: 0.6 };
    for (const i of bareRanks) gs[i] = { mapping: { field: 'kpi.rank' }, confidence: 0.6 };
  };
  // Under a title naming a KPI, a table whose only ranking columns are bare ranks ("Tỉnh | Xếp
  // hạng") ranks that KPI: it is no DTI ranking — nor, with nothing naming the DTI in the title
  // or the sheet's name, with a bare score beside them ("TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025" over
  // "Điểm | Xếp hạng": the KPI's points, written over the DTI's).
  const kpiTitled =
    titleKpi !== null &&
    first.some((g) => g.bare === 'rank') &&
    (!first.some((g) => g.bare === 'score') || (!namesDti(titleKey) && !namesDti(sheetKey))) &&
    !first.some((g, i) => g.bare === undefined && isRankingOnly(g, keys[i]!));
  // "XẾP HẠNG CHÍNH QUYỀN SỐ NĂM 2022" over "Tỉnh | Điểm | Xếp hạng", or a sheet named "Kinh tế
  // số" in a workbook of one sheet per pillar: bare scores and ranks are that pillar's, not the DTI's.
  if (subject && !first.some((g) => /^(dti|cqs|kts|xhs)\.|^idx\./.test(g.mapping.field) && !g.bare))
    first.forEach((g, i) => {
      const m = /^dti\.(score|rank)$/.exec(g.mapping.field);
      if (!g.bare || !m) return;
      if (subject.startsWith('idx.'))
        first[i] =
          m[1] === 'score'
            ? { mapping: { field: subject as SimpleField }, confidence: 0.7 }
            : { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of a main index' };
      else
        first[i] = {
          ...g,
          mapping: { field: `${subject as 'cqs' | 'kts' | 'xhs'}.${m[1] as 'score' | 'rank'}` },
        };
    });
  // "KẾT QUẢ CHỈ SỐ DTI NĂM 2025 VÀ TRỤ CỘT KINH TẾ SỐ" over "Điểm DTI | Xếp hạng DTI | Điểm |
  // Xếp hạng": the DTI's named columns, and the bare pair the one pillar the title names beside it.
  const pillarBeside = titles.map(pillarNamedBy).find((p) => p !== null) ?? null;
  if (
    pillarBeside &&
    first.some((g) => !g.bare && /^dti\./.test(g.mapping.field)) &&
    !first.some((g) => g.mapping.field.startsWith(`${pillarBeside}.`))
  )
    first.forEach((g, i) => {
      const m = /^dti\.(score|rank)$/.exec(g.mapping.field);
      if (g.bare && m) first[i] = { ...g, mapping: { field: `${pillarBeside}.${m[1] as 'score' | 'rank'}` } };
    });
  // The 2020 main indices on the sheet of one pillar ("CHỈ SỐ CHÍNH QUYỀN SỐ … 2020" over
  // "Chuyển đổi nhận thức | Kiến tạo thể chế …"): that pillar's.
  if (subject === 'cqs' || subject === 'kts' || subject === 'xhs')
    first.forEach((g, i) => {
      const index = g.mapping.field === 'ignore' && g.note === 'unknown' ? index2020Of(keys[i]!) : null;
      if (index && index.pillar === null)
        first[i] = { mapping: { field: `idx.${subject}.${index.code}` }, confidence: 0.8 };
    });
  // "Xếp hạng | Tỉnh | <its main indices> | Chính quyền số" (the ministry's table of one pillar):
  // a bare rank in a table that scores one pillar and not the DTI ranks that pillar.
  const pillarsScored = new Set(
    first.flatMap((g) =>
      /^(cqs|kts|xhs)\.score$/.test(g.mapping.field) ? [g.mapping.field.slice(0, 3)] : [],
    ),
  );
  const [onlyPillar] = pillarsScored;
  if (
    pillarsScored.size === 1 &&
    !first.some((g) => g.mapping.field === 'dti.score' || g.mapping.field === `${onlyPillar}.rank`)
  )
    first.forEach((g, i) => {
      if (g.bare === 'rank' && g.mapping.field === 'dti.rank')
        first[i] = { ...g, mapping: { field: `${onlyPillar as 'cqs' | 'kts' | 'xhs'}.rank` } };
    });
  // (or a title naming a region over ranks of its rows among themselves: "XẾP HẠNG DTI CÁC TỈNH
  // VÙNG TRUNG DU VÀ MIỀN NÚI PHÍA BẮC" over 1…14 — an excerpt of the national ranking keeps
  // its national ranks)
  // (or "… THEO VÙNG", or a column of the rows' regions: "STT | Vùng | Tỉnh | Điểm DTI | Xếp hạng")
  const regionNamed =
    [...titles, table.sheet ?? ''].some((t) => REGION_NAMED.test(` ${normalizeHeader(t)} `)) ||
    keys.some((k) => /^(vung|khu vuc|mien|vung kinh te( xa hoi)?|region)$/.test(k));
  const regional = regionalByTitle(titles, table.sheet);
  // (a bare rank read as a KPI's — "Xếp hạng" beside a region's average under "ĐIỂM TRUNG BÌNH
  // CHỈ SỐ DTI THEO VÙNG" — is as regional)
  // (and a rank named, "Xếp hạng DTI", "Xếp hạng CQS" under "… CÁC TỈNH VÙNG ĐBSCL" over 1…5)
  const bareRank = (g: HeaderGuess, i: number) =>
    g.bare === 'rank' ||
    (/^(dti|cqs|kts|xhs)\.rank$/.test(g.mapping.field) && RANK_KEY.test(keys[i]!)) ||
    (g.mapping.field === 'kpi.rank' && bareRankKey(keys[i]!));
  const regionalRanks = (gs: HeaderGuess[]) => {
    if (regional || regionNamed)
      gs.forEach((g, i) => {
        if (bareRank(g, i) && (regional || ranksAmongRows(table, i + 1, dataRows)))
          gs[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'regional rank' };
      });
  };
  regionalRanks(first);
  // "ĐIỂM CHỈ SỐ DTI CÁC TỈNH GIAI ĐOẠN 2021–2022" over "Tỉnh | 2021 | 2022": one column per year
  // of the title's score or rank, not a KPI named after the title.
  const titled = rankingNamedBy(
    titles,
    subject && !subject.startsWith('idx.') ? (subject as 'cqs' | 'kts' | 'xhs') : null,
  );
  if (titled && !first.some((g) => /^kpi\.(indicator|value|period)$/.test(g.mapping.field)))
    first.forEach((g, i) => {
      if (g.mapping.field === 'kpi.valueForPeriod' && /^(19|20)\d{2}$/.test(g.mapping.period))
        first[i] = { mapping: { field: titled }, confidence: 0.7 };
    });
  // A KPI table says so with a KPI column (indicator, period, value), or with a unit column and
  // headers that name KPIs ("Tỷ lệ …", "… (%)"), at least as many as pillar or index headers, and
  // nothing only a ranking has. There a header with a pillar's words is a KPI's name.
  const kpiNamed = headers.filter((h, i) => h && (namesKpi(h, keys[i]!) || leadOfTitle.has(i))).length;
  // A bare "Xếp hạng" beside named KPIs ("Số giao dịch thanh toán trực tuyến | Xếp hạng") is
  // their rank among the provinces, not the DTI's: it does not make the table a ranking.
  const namedKpiTable =
    kpiNamed > 0 &&
    kpiNamed >= first.filter((g) => isScoreField(g.mapping.field)).length &&
    first.some((g) => g.mapping.field === 'unit' || g.mapping.field === 'unitCode') &&
    !first.some((g, i) => g.bare !== 'rank' && isRankingOnly(g, keys[i]!));
  // ("Năm | Điểm DTI | Xếp hạng", a province's DTI over the years: a year column beside the
  // DTI's score is the ranking's, its bare rank the DTI's)
  const rankingHeadline = first.some(
    (g) => /^(dti|cqs|kts|xhs)\.score$/.test(g.mapping.field) && g.bare === undefined,
  );
  const kpiContext =
    namedKpiTable ||
    kpiTitled ||
    first.some(
      (g) =>
        ['kpi.indicator', 'kpi.value', 'kpi.valueForPeriod'].includes(g.mapping.field) ||
        (g.mapping.field === 'kpi.period' && !rankingHeadline),
    );
  // (read as the DTI's ranking so far: a bare rank beside a figure of its own is not, see figureOfRank)
  if (!kpiContext) asFigureRank(first);
  const guesses = kpiContext ? headers.map((h, i) => classifyHeader(h, keys[i]!, true, year)) : first;
  if (unitByContent !== null) guesses[unitByContent - 1] = asUnit;
  if (guesses !== first) {
    settle(guesses);
    regionalRanks(guesses);
  }
  // A KPI import reads no score: in a table of named KPIs a pillar's or an index's column
  // ("Chỉ số xã hội số của tỉnh") is one more KPI, or is reported.
  if (namedKpiTable)
    guesses.forEach((g, i) => {
      if (isScoreField(g.mapping.field))
        guesses[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'unknown' };
    });
  // QĐ 405 (2024) names its three activity main indices as the pillars are named: beside the
  // foundation indices ("Nhận thức số" … "An toàn thông tin mạng") and with no "Hoạt động …"
  // index, a bare "Chính quyền số" is that index, not the pillar's score — and so is a bare "CQS"
  // or "Digital government" there (round 77: the 2022 activity indices, so headed, were stored
  // as the pillars' scores).
  // (not in a 2020 table: QĐ 1726 has no foundation indices, its bare pillar names are the pillars)
  if (
    (year ?? onlyYearNamedIn(table.sheet) ?? 2022) >= 2021 &&
    guesses.some((g) => FOUNDATION_INDEX.test(g.mapping.field)) &&
    !guesses.some((g) => g.mapping.field.startsWith('idx.hd_'))
  )
    guesses.forEach((g, i) => {
      const m = /^(cqs|kts|xhs)\.score$/.exec(g.mapping.field);
      if (
        m &&
        /^(chi so )?(chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs|digital (government|economy|society))( index)?$/.test(
          keys[i]!,
        )
      )
        guesses[i] = { mapping: { field: ACTIVITY_INDEX[m[1] as 'cqs' | 'kts' | 'xhs'] }, confidence: 0.8 };
    });
  // "Điểm DTI | Hạng | Điểm CQS | Hạng …": a bare rank right after a score is that score's rank
  // (a main index has no rank in the vocabulary: reported, as when its header says so), and for
  // the year the score's header names ("Điểm DTI 2021 | Hạng": the 2021 rank).
  const yearOf: (number | undefined)[] = [];
  if (!kpiContext) {
    guesses.forEach((g, i) => {
      const prev = guesses[i - 1];
      if (g.bare !== 'rank' || !prev || prev.bare) return;
      const m = /^(dti|cqs|kts|xhs)\.score$/.exec(prev.mapping.field);
      if (m) {
        guesses[i] = { mapping: { field: `${m[1] as 'dti' | 'cqs' | 'kts' | 'xhs'}.rank` }, confidence: 0.8 };
        const years = yearsNamedIn(headers[i - 1]);
        if (years.length === 1 && yearsNamedIn(headers[i]).length === 0) yearOf[i] = years[0];
      } else if (prev.mapping.field.startsWith('idx.'))
        guesses[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of a main index' };
    });
  }
  // "1/1/2024 | 2/1/2024 | 3/1/2024", "1/31/2024 | 2/29/2024": dates written month first as
  // column headers (an English-locale export), read so (the import says it: monthFirstDates)
  if (
    headers.filter((h) => h && isSlashDate(h)).length >= 2 &&
    monthFirstDates(headers.filter((h): h is string => !!h))
  )
    headers.forEach((h, i) => {
      if (!h || !isSlashDate(h)) return;
      const p = normalisePeriod(dayFirstDate(h), year);
      if (isCanonicalPeriod(p))
        guesses[i] = { mapping: { field: 'kpi.valueForPeriod', period: p }, confidence: 0.85 };
    });
  // "Tháng 3/2024 | Lũy kế 3 tháng" with no year in the title: a period written without its year
  // is of the year every dated period column names.
  const datedYears = new Set(
    guesses.flatMap((g) =>
      g.mapping.field === 'kpi.valueForPeriod' && isCanonicalPeriod(g.mapping.period)
        ? [g.mapping.period.slice(0, 4)]
        : [],
    ),
  );
  if (kpiContext && !year && datedYears.size === 1)
    guesses.forEach((g, i) => {
      if (g.mapping.field !== 'kpi.valueForPeriod' || isCanonicalPeriod(g.mapping.period)) return;
      const p = normalisePeriod(g.mapping.period, Number([...datedYears][0]));
      if (isCanonicalPeriod(p)) guesses[i] = { ...g, mapping: { field: 'kpi.valueForPeriod', period: p } };
    });
  // "Quý I/2024 | Quý II/2024 | Lũy kế", "Tháng 3 | Lũy kế từ đầu năm": the sum from January to
  // the end of the latest period column before it; "Quý I | … | Quý IV | Tổng cộng": the sum of
  // those periods, when they follow one another. Not a KPI named "Lũy kế" or "Tổng cộng". With no
  // such columns of one year before it, set aside saying why.
  // Under a title of one period ("… THÁNG 9/2025"): "Trong tháng" is that period; a cumulative
  // column with no period column before it runs from January to it.
  const titlePeriod = periodFromTitle(titles);
  // "Tháng này", "Quý này", "Năm nay" are the title's period only when it is one of that length
  // (under "… NĂM 2022" a "Tháng này" says no month): else set aside, not stored as the year.
  const titleSpan =
    !titlePeriod || !isCanonicalPeriod(titlePeriod)
      ? 'year'
      : /^\d{4}-\d{2}$/.test(titlePeriod)
        ? 'month'
        : monthSpan(titlePeriod)?.to === (monthSpan(titlePeriod)?.from ?? 0) + 2
          ? 'quarter'
          : titlePeriod.length === 4
            ? 'year'
            : 'other';
  keys.forEach((key, i) => {
    const m =
      /(thang nay|this month|current month)|(quy nay|this quarter|current quarter)|(nam nay|this year|current year)$/.exec(
        key,
      );
    if (!m || guesses[i]!.mapping.field !== 'kpi.value') return;
    const wants = m[1] ? 'month' : m[2] ? 'quarter' : 'year';
    if (wants !== titleSpan)
      guesses[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'this period untold' };
  });
  if (titlePeriod && isCanonicalPeriod(titlePeriod) && titlePeriod.length > 4)
    keys.forEach((key, i) => {
      if (IN_THE_PERIOD.test(key))
        guesses[i] = { mapping: { field: 'kpi.valueForPeriod', period: titlePeriod }, confidence: 0.7 };
    });
  // A total of a rate (the title's KPI is one: "TỶ LỆ …", "… (%)") is no rate of the span: the
  // rates of three months do not add up to the quarter's.
  const rateTitle =
    (titleKpi !== null &&
      (RATE_NAME.test(splitIndicatorName(titleKpi).name) ||
        isPercentUnit(splitIndicatorName(titleKpi).unit ?? ''))) ||
    // ("Đơn vị tính: %" under the title: the table's figures are rates)
    isPercentUnit(unitStatedIn(titles) ?? '');
  /** Where the periods a total sums start: after the last total before it. */
  let since = 0;
  if (kpiContext || titlePeriod)
    keys.forEach((whole, i) => {
      // Under a period ("Quý III/2026" over "Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý"): the total
      // of the periods under it before this column.
      // ("Tổng số" under "TỔNG SỐ TÀI KHOẢN …" with no periods before it: the title's KPI)
      if (leadOfTitle.has(i) && !guesses.slice(0, i).some((g) => g.mapping.field === 'kpi.valueForPeriod'))
        return;
      const group = periodGroupOf(headers[i], year);
      const key = group ? normalizeHeader(group.sub) : whole;
      // ("Lũy kế đến T9/2025": a running total naming its end — January to it where the months
      // before it, or the title, end there; one said to run from January is read already)
      const toEnd = cumulativeEnd(key);
      if (toEnd && guesses[i]!.mapping.field === 'kpi.valueForPeriod') return;
      const cumulative = BARE_CUMULATIVE.test(key) || toEnd !== null;
      const quarterTotal = QUARTER_TOTAL.exec(key);
      if (!cumulative && !BARE_TOTAL.test(key) && !quarterTotal) return;
      const spanOf = (j: number) => {
        const p = guesses[j]!.mapping;
        return monthSpan(normalisePeriod(p.field === 'kpi.valueForPeriod' ? p.period : '', year));
      };
      // (the period columns it may sum, by their index: those under its group, else since the last
      // total — for one naming its end, not the months after it left blank: a full year's template
      // "T1 … T12" filled to "Lũy kế đến T9/2025" holds nothing yet in T10–T12)
      const summedCols = guesses.flatMap((p, j) =>
        j >= (group ? 0 : since) &&
        j < i &&
        p.mapping.field === 'kpi.valueForPeriod' &&
        (!group || periodGroupOf(headers[j], year)?.top === group.top) &&
        !(toEnd && (spanOf(j)?.from ?? 0) > toEnd.end && !columnHasData(table, j + 1, dataRows))
          ? [j]
          : [],
      );
      const before = summedCols.map(spanOf);
      if (!cumulative) since = i + 1;
      // ("Tổng số" first, its parts after it: no total of columns before it — left as it was read)
      if (!cumulative && summedCols.length === 0) return;
      // (no periods before it: the title's period — a part of the year, or for one said to run
      // from January, "Lũy kế từ đầu năm", the year itself, "NĂM 2025"; a bare "Lũy kế" in a
      // year's table may run since any start)
      const titleSpanOf = titlePeriod ?? (year && FROM_YEAR_START.test(key) ? String(year) : null);
      if (before.length === 0 && cumulative && titleSpanOf) before.push(monthSpan(titleSpanOf));
      const ok = before.length > 0 && before.every((p) => p !== null && p.year === before[0]!.year);
      const spans = ok ? (before as YearMonths[]).sort((a, b) => a.from - b.from) : [];
      const end = spans.length ? Math.max(...spans.map((p) => p.to)) : 0;
      const follow = spans.every((p, k) => k === 0 || p.from === spans[k - 1]!.to + 1);
      const summed = follow && spans.length >= 2 ? monthsPeriod(spans[0]!.year, spans[0]!.from, end) : null;
      // A quarter's total ("Cộng quý", "Tổng quý III") sums a whole quarter — the one it names —
      // not "Tháng 7 | Tháng 8" alone; under a group, the group's period.
      const named = quarterTotal?.[1] ? QUARTER_NUMBER[quarterTotal[1]]! : null;
      const quarter =
        quarterTotal && spans.length > 0 && spans[0]!.from % 3 === 1 && end === spans[0]!.from + 2
          ? (spans[0]!.from + 2) / 3
          : null;
      const groupPeriod = group ? parsePeriodHeader(group.top, year) : null;
      const period =
        !ok ||
        (rateTitle && !cumulative) ||
        (toEnd !== null &&
          (end !== toEnd.end || (toEnd.year !== null && String(toEnd.year) !== spans[0]!.year)))
          ? null
          : cumulative
            ? monthsPeriod(spans[0]!.year, 1, end)
            : quarterTotal && (quarter === null || (named !== null && named !== quarter))
              ? null
              : groupPeriod && isCanonicalPeriod(groupPeriod) && summed !== groupPeriod
                ? // ("Năm 2026" over "Quý I | Quý II | Cộng": the half year, when its cells add up so)
                  !quarterTotal &&
                  addsUp(
                    table,
                    dataRows,
                    i + 1,
                    summedCols.map((j) => j + 1),
                  )
                  ? summed
                  : null
                : summed;
      // (said by why: of rates, of a part of the period it names, or of no period at all)
      const partOf =
        ok && (quarterTotal !== null || (groupPeriod !== null && isCanonicalPeriod(groupPeriod)));
      guesses[i] = period
        ? { mapping: { field: 'kpi.valueForPeriod', period }, confidence: 0.7 }
        : {
            mapping: { field: 'ignore' },
            confidence: 0,
            note: cumulative
              ? 'period to a date'
              : ok && rateTitle
                ? 'total of rates'
                : partOf
                  ? 'total of part of a period'
                  : 'total of no known span',
          };
    });
  // "Province | Indicator | Unit | Value": beside a column of the provinces, an English "Unit" is
  // the unit of measure, not a second column of unit names.
  // So is one beside a KPI column whose cells are no province's name ("%", "accounts": a
  // province's own table, the province in its title).
  const kpiBeside = guesses.some((g) => g.mapping.field === 'kpi.indicator');
  guesses.forEach((g, i) => {
    if (g.mapping.field !== 'unit' || !/^units?$/.test(keys[i]!)) return;
    const measures =
      kpiBeside &&
      shareOf(table, i + 1, dataRows, (t) => isUnitName(t)) < 0.5 &&
      columnHasData(table, i + 1, dataRows);
    if (guesses.filter((x) => x.mapping.field === 'unit').length > 1 || measures)
      guesses[i] = { mapping: { field: 'kpi.unitOfMeasure' }, confidence: 0.8 };
  });
  // Only the former units' names ("Tỉnh (cũ)"), no column of the new ones: those are the units.
  // So they are beside the new ones when each row has a former unit of its own and the new ones
  // repeat ("Tỉnh mới | Tỉnh cũ" over the 63 grouped by the 34 they became): a table of the 63.
  const unitAt = guesses.findIndex((g) => g.mapping.field === 'unit');
  const former = guesses.findIndex((g) => g.note === 'former units');
  if (
    former >= 0 &&
    (unitAt < 0 || (repeats(table, unitAt + 1, dataRows) && !repeats(table, former + 1, dataRows)))
  ) {
    if (unitAt >= 0)
      guesses[unitAt] = { mapping: { field: 'ignore' }, confidence: 0, note: 'units merged into' };
    guesses[former] = { mapping: { field: 'unit' }, confidence: 0.8 };
  }

  // Wide by indicator: a KPI table with a unit or period column but no indicator/value column,
  // where the remaining named numeric columns are indicators ("Tỷ lệ DVC trực tuyến (%)"). A
  // table with no KPI header at all is one too when nothing in it reads as a ranking column: its
  // period then comes from the title or the user.
  // "Kỳ báo cáo" holding figures, not periods, under a title of the KPI and its period: the figure
  // of that period (a long table's period column holds "Quý I/2024", "2024": periods)
  guesses.forEach((g, i) => {
    if (
      g.mapping.field === 'kpi.period' &&
      /^(ky|ky bao cao|ky so lieu)$/.test(keys[i]!) &&
      // (beside a column of its own span, "Lũy kế từ đầu năm", still the period's figure)
      !guesses.some((v) => /^kpi\.value(ForIndicator)?$/.test(v.mapping.field)) &&
      numericShare(table, i + 1, dataRows) >= 0.8 &&
      !yearsOnly(table, i + 1, dataRows) &&
      // (months written "07/2025" read as numbers too: a portal's period column)
      shareOf(table, i + 1, dataRows, (t) => MONTH_OF_YEAR_CELL.test(t)) < 0.8
    )
      guesses[i] = { mapping: { field: 'kpi.value' }, confidence: 0.75 };
  });
  // "Chỉ tiêu | Đạt | Tỷ lệ đạt (%)": beside the plan's figure, "Đạt" is what was achieved
  const targetBeside = guesses.some(
    (g, i) =>
      g.note === 'target' ||
      (g.mapping.field === 'kpi.indicator' && numericShare(table, i + 1, dataRows) >= 0.8),
  );
  // (only when no other column holds figures: beside "Tỷ lệ (%)", "Đạt" says whether the plan was met)
  const otherFigures = (i: number) =>
    guesses.some(
      (g, j) =>
        j !== i &&
        g.mapping.field === 'ignore' &&
        g.note === 'unknown' &&
        !!headers[j] &&
        numericShare(table, j + 1, dataRows) >= 0.8,
    );
  keys.forEach((key, i) => {
    if (
      targetBeside &&
      /^(dat|da dat|ket qua dat|achieved)$/.test(key) &&
      !otherFigures(i) &&
      !flagsOnly(table, i + 1, dataRows) &&
      // ("Đạt (%)" beside "Thực hiện 6 tháng": the share of the plan achieved)
      !isPercentUnit(splitIndicatorName(headers[i] ?? '').unit ?? '') &&
      numericShare(table, i + 1, dataRows) >= 0.8 &&
      !guesses.some((v) => /^kpi\.value/.test(v.mapping.field))
    )
      guesses[i] = { mapping: { field: 'kpi.value' }, confidence: 0.75 };
  });
  // "Chỉ tiêu | Thực hiện" holding numbers: "Chỉ tiêu" is the plan's figure (a target), not a
  // column of KPI names (which would make a KPI of each number)
  // ("Chỉ tiêu" holding numbers is the plan wherever it stands: "Tỷ lệ (%) | Chỉ tiêu | Đạt", or alone)
  guesses.forEach((g, i) => {
    if (g.mapping.field === 'kpi.indicator' && numericShare(table, i + 1, dataRows) >= 0.8)
      guesses[i] = {
        mapping: { field: 'ignore' },
        confidence: 0,
        note:
          guesses.some((v) => v.mapping.field === 'kpi.value') || /^chi tieu/.test(keys[i]!)
            ? 'target'
            : 'unknown',
      };
  });
  // A long table ("Tỉnh | Chỉ tiêu | Kỳ báo cáo | Tỷ lệ (%)", the period a column's or the
  // title's) whose figures' column is headed with what they measure: its one numeric column left
  // is the value.
  if (
    guesses.some((g) => g.mapping.field === 'kpi.indicator') &&
    !guesses.some((g) => /^kpi\.value/.test(g.mapping.field))
  ) {
    const left = guesses.flatMap((g, i) =>
      g.mapping.field === 'ignore' &&
      g.note === 'unknown' &&
      headers[i] &&
      numericShare(table, i + 1, dataRows) >= 0.8
        ? [i]
        : [],
    );
    if (left.length === 1) guesses[left[0]!] = { mapping: { field: 'kpi.value' }, confidence: 0.7 };
  }
  // What a column under a province's levels is headed with: the header, or under a period merged
  // over the levels ("Quý I/2025" over "Toàn thành phố | Cấp thành phố | Cấp xã", "Năm 2024" and
  // "Năm 2025" each over "Toàn tỉnh | Cấp tỉnh | Cấp xã") its own part and that period — or under
  // a result, an estimate or the report's period in words: "Thực hiện Quý I/2025", "Ước thực hiện
  // năm 2025", "Thực hiện", "Kỳ báo cáo", "Lũy kế từ đầu năm" (from January to the title's end);
  // three rows, "Kết quả thực hiện" over "Quý II/2025" over the levels. A plan's group, "Kế hoạch
  // 2025", is none.
  const titleMonths = monthSpan(titlePeriod ?? (year ? String(year) : ''));
  const toTitleEnd = titleMonths ? monthsPeriod(titleMonths.year, 1, titleMonths.to) : null;
  const groupPeriod = (parts: string[]): { period: string | undefined } | null => {
    let period: string | undefined;
    const take = (p: string) => {
      if (period !== undefined && period !== p) return false;
      period = p;
      return true;
    };
    for (const part of parts) {
      const key = normalizeHeader(part);
      const own = parsePeriodHeader(part, year) ?? (isYearlessPeriod(part) ? part.trim() : null);
      if (own !== null) {
        if (!take(own)) return null;
      } else if (BARE_CUMULATIVE.test(key)) {
        // (in a year's table only one said to run from January: see the single column's)
        if (!toTitleEnd || (!titlePeriod && !FROM_YEAR_START.test(key)) || !take(toTitleEnd)) return null;
      } else if (!RESULT_ONLY.test(key) && !/^(ky bao cao|ky nay)$/.test(key)) {
        const lead = planOrResultGroup(part, year);
        if (lead?.kind !== 'result' || (lead.period !== null && !take(lead.period))) return null;
      }
    }
    return { period };
  };
  const levelHeads = headers.map((h) => {
    if (!h) return null;
    if (!h.includes(' / ')) return { name: h, key: normalizeHeader(h), period: undefined };
    const parts = h.split(' / ');
    const name = parts[parts.length - 1]!.trim();
    const group = groupPeriod(parts.slice(0, -1));
    return group && name ? { name, key: normalizeHeader(name), period: group.period } : null;
  });
  /** A column headed by a level alone ("Cấp tỉnh", "Cấp xã (%)"), of numbers. */
  const levelOnly = (i: number) =>
    !!levelHeads[i] &&
    LEVEL.test(levelHeads[i]!.key) &&
    isQualifierOnly(levelHeads[i]!.name) &&
    numericShare(table, i + 1, dataRows) >= 0.5;
  // A column of KPI names beside columns headed only by a level ("STT | Chỉ tiêu | Cấp tỉnh | Cấp
  // xã", a province's report): each row's KPI at each level — and beside them a column of the
  // whole province ("Toàn tỉnh", "Tổng số", "Kết quả"), the row's KPI itself (rowMapper: a
  // whole's column names no level), where KPIs reported at no level have their figure.
  // (of figures: "1 | 0" for "Đạt | Không đạt" is no KPI's figure)
  const whole = (i: number) =>
    !!levelHeads[i] &&
    WHOLE_OF_LEVELS.test(levelHeads[i]!.key) &&
    numericShare(table, i + 1, dataRows) >= 0.5 &&
    !flagsOnly(table, i + 1, dataRows);
  const levels = guesses.flatMap((g, i) =>
    (g.mapping.field === 'ignore' && g.note === 'unknown') || g.mapping.field === 'kpi.valueForIndicator'
      ? levelOnly(i)
        ? [i]
        : []
      : [],
  );
  // ("Kết quả" of 1 and 0 — reached or not — beside the levels: set aside, the levels read)
  if (levels.length > 0 && guesses.some((g) => g.mapping.field === 'kpi.indicator'))
    guesses.forEach((g, i) => {
      if (
        g.mapping.field === 'kpi.value' &&
        WHOLE_OF_LEVELS.test(keys[i]!) &&
        flagsOnly(table, i + 1, dataRows)
      )
        guesses[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'unknown' };
    });
  const valueCols = guesses.flatMap((g, i) => (/^kpi\.value/.test(g.mapping.field) ? [i] : []));
  // (beside a column of another span — "Lũy kế từ đầu năm", the year to date beside the quarter's
  // levels — which keeps its own)
  if (
    guesses.some((g) => g.mapping.field === 'kpi.indicator') &&
    valueCols.every(
      (i) =>
        levels.length > 0 &&
        ((whole(i) && guesses[i]!.mapping.field === 'kpi.value') ||
          guesses[i]!.mapping.field === 'kpi.valueForPeriod'),
    )
  )
    guesses.forEach((g, i) => {
      const head = levelHeads[i];
      if (!head) return;
      const asColumn = {
        field: 'kpi.valueForIndicator' as const,
        indicator: splitIndicatorName(head.name).name.trim(),
        ...(head.period !== undefined ? { period: head.period } : {}),
      };
      if (g.mapping.field === 'ignore' && g.note === 'unknown' && levelOnly(i))
        guesses[i] = { mapping: asColumn, confidence: 0.6 };
      else if (
        levels.length > 0 &&
        (g.mapping.field === 'kpi.value' || (g.mapping.field === 'ignore' && g.note === 'unknown')) &&
        whole(i)
      )
        guesses[i] = { mapping: asColumn, confidence: 0.6 };
    });
  // Measures beside a column of KPI names, and no value column ("STT | Chỉ tiêu | Số lượng | Tỷ lệ
  // (%)", a province's report), each maybe under a level or a period ("Cấp tỉnh / Số lượng",
  // "Năm 2024 / Tỷ lệ (%)", "Năm 2025 / Cấp xã / Số lượng"): each row's KPI in that measure ("Hồ
  // sơ trực tuyến – số lượng"; "Tỷ lệ hồ sơ trực tuyến" in "Tỷ lệ (%)" is that KPI), at that
  // level, of that period. (One such column alone is the value, above; two of them were "not
  // recognised" and the file refused as having no value column.)
  if (
    guesses.some((g) => g.mapping.field === 'kpi.indicator') &&
    valueCols.length === 0 &&
    levels.length === 0
  ) {
    const measured = guesses.flatMap((g, i) => {
      const h = headers[i];
      if (g.mapping.field !== 'ignore' || g.note !== 'unknown' || !h) return [];
      if (numericShare(table, i + 1, dataRows) < 0.5) return [];
      // (the period's and the level's rows in either order: "Năm 2024 / Cấp tỉnh / Số lượng",
      // "Cấp tỉnh / Năm 2024 / Số lượng")
      const parts = h.split(' / ').map((p) => p.trim());
      const named = parts.filter((p) => isQualifierOnly(p));
      const periodParts = parts.filter((p) => !isQualifierOnly(p));
      // (levels alone are read above; a measure must be among them, and last)
      if (!isQualifierOnly(parts[parts.length - 1]!) || measureOf(named.join(' / ')) === null) return [];
      const group = periodParts.length > 0 ? groupPeriod(periodParts) : { period: undefined };
      return group ? [{ i, indicator: named.join(' / '), period: group.period }] : [];
    });
    // (beside a plan's column, "Kế hoạch năm | Số lượng | Tỷ lệ (%)": the count is what was done,
    // the row's KPI itself, as under "Thực hiện", and the rate the plan's achievement, set aside)
    const counted = measured.filter((m) => m.period === undefined && measureOf(m.indicator) === 'count');
    if (guesses.some((g) => g.note === 'target')) {
      if (counted.length === 1 && !counted[0]!.indicator.includes(' / '))
        guesses[counted[0]!.i] = { mapping: { field: 'kpi.value' }, confidence: 0.7 };
    } else if (measured.length >= 2)
      for (const m of measured)
        guesses[m.i] = {
          mapping: {
            field: 'kpi.valueForIndicator',
            indicator: m.indicator,
            ...(m.period !== undefined ? { period: m.period } : {}),
          },
          confidence: 0.6,
        };
  }
  const hasIndicatorCol = guesses.some(
    (g) => g.mapping.field === 'kpi.indicator' || g.mapping.field === 'kpi.value',
  );
  // (units named by their codes alone — "Mã ĐVHC", a portal's export — are units too)
  const hasUnitOrPeriod = guesses.some((g) => ['kpi.period', 'unit', 'unitCode'].includes(g.mapping.field));
  const hasRankingColumn = guesses.some((g) => /^(dti|cqs|kts|xhs)\.|^idx\./.test(g.mapping.field));
  const wideIndicatorContext = kpiContext || (!hasRankingColumn && hasUnitOrPeriod);
  const columns: ColumnMapping[] = guesses.map((g, i) => {
    const col = i + 1;
    let { mapping, confidence } = g;
    let note = g.note;
    if (
      mapping.field === 'ignore' &&
      note === 'unknown' &&
      // (or a level alone, "Cấp tỉnh | Cấp xã" under a KPI, in a province's own report: its unit
      // is the title's)
      (kpiContext ||
        ((wideIndicatorContext || (!hasRankingColumn && levelOnly(i))) && !RANKING_WORDS.test(keys[i]!))) &&
      !hasIndicatorCol &&
      (hasUnitOrPeriod || (!hasRankingColumn && levelOnly(i))) &&
      headers[i] &&
      // (a KPI with its unit stated is one even with a few words among its figures — "Đạt" —
      // which are then refused at their cells, not the whole column set aside unsaid)
      numericShare(table, col, dataRows) >= (splitIndicatorName(headers[i]!).unit ? 0.5 : 0.8)
    ) {
      // "Năm 2024" over "Số lượng | Tỷ lệ (%)", or a KPI over "Quý I | Quý II": each column is one
      // KPI (or measure) for one period
      // (or a result's, an estimate's or a year to date's group over the levels: "Lũy kế từ đầu
      // năm" over "Tổng số | Cấp tỉnh | Cấp xã" — from January)
      const head = levelHeads[i];
      const split =
        periodAndName(headers[i]!, year) ??
        (head?.period !== undefined && (LEVEL.test(head.key) || WHOLE_OF_LEVELS.test(head.key))
          ? { period: head.period, name: head.name }
          : null);
      if (!periodsOnly(headers[i]!, year)) {
        mapping = split
          ? {
              field: 'kpi.valueForIndicator',
              indicator: levelIndicator(split.name, titles),
              period: split.period,
            }
          : { field: 'kpi.valueForIndicator', indicator: levelIndicator(headers[i]!, titles) };
        confidence = 0.6;
        note = undefined;
      }
    }
    // "Quý III/2024 / Tháng 10": periods only, the one outside the other — no KPI, no period
    if (mapping.field === 'ignore' && note === 'unknown' && periodsOnly(headers[i] ?? '', year))
      note = 'period outside its group';
    // A total or an average of the columns before it ("Cộng quý", "Tổng quý III", "Bình quân
    // quý") whose span is not known names no KPI of its own: set aside and said, never a KPI
    // named "Cộng quý".
    // A bare "Điểm" names no KPI either: whose points they are the header does not say.
    if (mapping.field === 'kpi.valueForIndicator' && SCORE_WORD.test(keys[i]!)) {
      mapping = { field: 'ignore' };
      confidence = 0;
      note = 'unknown';
    }
    if (
      mapping.field === 'kpi.valueForIndicator' &&
      namesNoKpi(headers[i] ?? '') &&
      // (of the periods before it: "Tổng số" first, its parts after it, is the table's figure)
      guesses.slice(0, i).some((p) => p.mapping.field === 'kpi.valueForPeriod')
    ) {
      mapping = { field: 'ignore' };
      confidence = 0;
      note = isAverage(headers[i] ?? '') ? 'average of columns' : 'total of no known span';
    }
    // Content check: a "score" column full of integers > 1 or a "rank" full of fractions is suspect.
    if (mapping.field.endsWith('.score') || mapping.field.startsWith('idx.')) {
      if (numericShare(table, col, dataRows) < 0.5 && columnHasData(table, col, dataRows)) confidence *= 0.5;
    }
    const out: ColumnMapping = {
      col,
      header: shownHeaders[i] ?? '',
      mapping,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (note) out.note = note;
    if (yearOf[i] !== undefined) out.year = yearOf[i];
    return out;
  });

  // "Xếp hạng thanh toán trực tuyến" beside KPI columns, wherever it stands: the rank of the one
  // KPI column it names (rankPartners pairs them by that name)
  for (const c of columns) {
    if (c.mapping.field !== 'ignore' || c.note !== 'unknown' || numericShare(table, c.col, dataRows) < 0.8)
      continue;
    const named = columns.filter(
      (v) => v.mapping.field === 'kpi.valueForIndicator' && ranksKpi(c.header, v.mapping.indicator),
    );
    // (naming two, "Xếp hạng thanh toán trực tuyến" beside "Tỷ lệ …" and "Số giao dịch …": whose
    // it is the analyst says, in the mapping step — set aside, said so)
    if (named.length > 1) c.note = 'rank of several columns';
    if (named.length !== 1) continue;
    c.mapping = { field: 'kpi.rank' };
    c.confidence = 0.7;
    delete c.note;
  }
  // A bare "Số thành viên" after the community teams' column ("Số tổ CNSCĐ | Số thành viên"): the
  // teams' members, not a KPI of its own named "Số thành viên" (round 74).
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i]!;
    const before = columns[i - 1]!.mapping;
    if (c.mapping.field !== 'kpi.valueForIndicator' || before.field !== 'kpi.valueForIndicator') continue;
    const { name, unit } = splitIndicatorName(c.mapping.indicator);
    if (!/^số thành viên$/iu.test(name) || !TEAMS_NAMED.test(indicatorKey(before.indicator))) continue;
    const members = 'Số thành viên tổ công nghệ số cộng đồng';
    c.mapping = { ...c.mapping, indicator: unit ? `${members} (${unit})` : members };
  }
  // Bare names over whole numbers from 1 to the units' count ("DTI | CQS | KTS | XHS" under
  // "XẾP HẠNG DTI 2022"): the ranks, which no score can be (round 75: 248 errors, each advising to
  // write a rank of 2 as 2%). A header saying "điểm" or "score" keeps its score.
  for (const c of columns) {
    const m = /^(dti|cqs|kts|xhs)\.score$/.exec(c.mapping.field);
    if (!m || /(^| )(diem|score|chi so|index|gia tri|value)( |$)/.test(keys[c.col - 1] ?? '')) continue;
    const rank = `${m[1] as 'dti' | 'cqs' | 'kts' | 'xhs'}.rank` as const;
    if (columns.some((o) => o.mapping.field === rank) || !wholeRanksOnly(table, c.col, dataRows)) continue;
    c.mapping = { field: rank };
    c.confidence = Math.min(c.confidence, 0.7);
  }
  // "Tổng số" / "Chung" / "Toàn tỉnh" beside levels named from the title's KPI ("TỶ LỆ HỒ SƠ TRỰC
  // TUYẾN TOÀN TRÌNH NĂM 2025 (%)" over "Tỉnh | Tổng số | Cấp tỉnh | Cấp xã"): that KPI itself, for
  // the whole unit (not a KPI named "Tổng số", refused, nor one named "Chung")
  // (under a period too: "Quý III/2025" over "Tổng số | Cấp tỉnh | Cấp xã")
  const headOf = (c: ColumnMapping) => levelHeads[c.col - 1];
  const titleLevels =
    !columns.some((c) => c.mapping.field === 'kpi.indicator') &&
    columns.some(
      (c) =>
        c.mapping.field === 'kpi.valueForIndicator' &&
        !!headOf(c) &&
        LEVEL.test(headOf(c)!.key) &&
        isQualifierOnly(headOf(c)!.name),
    );
  const kpiOfTitle = titleLevels ? kpiOverLevels(titles) : null;
  if (kpiOfTitle) {
    const { name, unit } = splitIndicatorName(kpiOfTitle);
    const base = withoutPeriodTail(name) || name;
    for (const c of columns)
      if (
        c.mapping.field === 'kpi.valueForIndicator' &&
        !!headOf(c) &&
        WHOLE_OF_LEVELS.test(normalizeHeader(splitIndicatorName(headOf(c)!.name).name))
      )
        c.mapping = { ...c.mapping, indicator: unit ? `${base} (${unit})` : base };
  }
  // A bare "Xếp hạng" after two spans' wholes of one KPI ("Quý III/2025" and "Lũy kế từ đầu năm"
  // each over "Tổng số | Cấp tỉnh | Cấp xã"): the one whose order its cells follow (a rank of it:
  // ties aside, 95 steps in 100 or more, and clearly more than the other's), noted for
  // rankPartners; else it is set aside and said.
  const wideValues = columns.filter(
    (c) => c.mapping.field === 'kpi.valueForIndicator' || c.mapping.field === 'kpi.valueForPeriod',
  );
  // (so too a rank after two measures of one group, "Thanh toán trực tuyến" over "Số giao dịch |
  // Giá trị (triệu đồng)", then "Xếp hạng" beside or under it: the one it ranks by its cells)
  // (or of a row's KPI, "Chỉ tiêu | Số lượng | Tỷ lệ (%) | Xếp hạng": bare measures beside a column
  // of KPI names)
  const groupOf = (h: string) => h.split(' / ').slice(0, -1).join(' / ');
  const rowsAreKpis = columns.some((c) => c.mapping.field === 'kpi.indicator');
  const measuresBefore = (r: ColumnMapping): ColumnMapping[] | null => {
    const prev = wideValues.find((v) => v.col === r.col - 1);
    const group = prev ? groupOf(prev.header) : '';
    const bare = (v: ColumnMapping) => rowsAreKpis && !group && isQualifierOnly(v.header);
    if (!prev || (!group && !bare(prev)) || (r.header.includes(' / ') && groupOf(r.header) !== group))
      return null;
    const run: ColumnMapping[] = [];
    for (let col = r.col - 1; ; col--) {
      const v = wideValues.find((w) => w.col === col);
      if (!v || groupOf(v.header) !== group || (!group && !bare(v))) break;
      run.push(v);
    }
    return run.length >= 2 ? run : null;
  };
  for (const r of columns) {
    if (r.mapping.field !== 'kpi.rank' || r.header.split(' / ').length > 2) continue;
    const wholes = wholesBeside(r.col, wideValues);
    const candidates = wholes ? (wholes.length >= 2 ? wholes : null) : measuresBefore(r);
    if (!candidates) continue;
    // (a table whose rows are KPIs: each row's rank is of its own KPI among the provinces — the
    // order of its cells down the rows says nothing of which measure it ranks)
    if (rowsAreKpis) {
      if (!wholes) r.note = 'rank of several columns';
      continue;
    }
    const shares = candidates
      .map((w) => ({ col: w.col, share: rankOrderShare(table, r.col, w.col, dataRows) }))
      .sort((a, b) => b.share - a.share);
    if (shares[0]!.share >= 0.95 && shares[0]!.share - shares[1]!.share >= 0.1)
      r.note = `ranks column ${shares[0]!.col}`;
    // (of measures none of which it clearly follows: set aside and said, never the last one's)
    else if (!wholes) r.note = 'rank of several columns';
  }
  const hiddenCols = new Set(table.hiddenColumns ?? []);
  // A KPI column hidden in Excel beside a visible one of the same KPI and period (last year's
  // figures kept and hidden): the visible one is read.
  const kpiOf = (c: ColumnMapping) =>
    c.mapping.field === 'kpi.valueForIndicator'
      ? `${indicatorKey(splitIndicatorName(c.mapping.indicator).name)}|${c.mapping.period ?? ''}`
      : c.mapping.field === 'kpi.valueForPeriod'
        ? `|${c.mapping.period}`
        : null;
  for (const c of columns) {
    const key = hiddenCols.has(c.col) ? kpiOf(c) : null;
    const shown = key
      ? columns.find((v) => v !== c && !hiddenCols.has(v.col) && kpiOf(v) === key)
      : undefined;
    if (!shown) continue;
    c.note = `duplicate of column ${shown.col} (${shown.mapping.field})`;
    c.mapping = { field: 'ignore' };
    c.confidence = 0;
  }
  // One KPI under two spellings with the same values ("Số tổ CNSCĐ | … | Số tổ công nghệ số cộng
  // đồng (tổ)"): the second is a copy, set aside and said (other values: refused, the analyst chooses)
  for (const c of columns) {
    if (c.mapping.field !== 'kpi.valueForIndicator') continue;
    const key = kpiOf(c);
    const earlier = columns.find(
      (v) => v.col < c.col && v.mapping.field === 'kpi.valueForIndicator' && kpiOf(v) === key,
    );
    if (!earlier || !sameValues(table, dataRows, earlier.col, c.col)) continue;
    c.note = `duplicate of column ${earlier.col} (${earlier.mapping.field})`;
    c.mapping = { field: 'ignore' };
    c.confidence = 0;
  }
  const byField = new Map<string, ColumnMapping>();
  // (a rank that ranks a KPI column of its own is that KPI's: one per KPI group or period, never
  // a duplicate of another)
  const ranking = new Set(rankPartners(columns).values());
  // (…nor one set aside as ranking several, each said as such: "Năm 2024 / Xếp hạng" and "Năm 2025 /
  // Xếp hạng" after their measures, neither "imported for the other")
  const besideKpi = (c: ColumnMapping) =>
    c.mapping.field === 'kpi.rank' && (ranking.has(c.col) || c.note === 'rank of several columns');
  // (…also one without a header: a report's page copied in two halves, the right half's header row
  // left empty — round 79: its 31 units were left out with a warning for its first row's cells)
  const unitCol = columns.find((c) => c.mapping.field === 'unit');
  for (const c of columns) {
    if (
      unitCol &&
      c.col > unitCol.col &&
      c.mapping.field === 'ignore' &&
      !c.header.trim() &&
      namesOtherUnits(table, dataRows, unitCol.col, c.col)
    ) {
      c.note = `another block beside column ${unitCol.col}`;
      continue;
    }
    if (
      c.mapping.field === 'ignore' ||
      c.mapping.field === 'kpi.valueForPeriod' ||
      c.mapping.field === 'kpi.valueForIndicator' ||
      besideKpi(c)
    )
      continue;
    const prev = byField.get(c.mapping.field);
    if (!prev) {
      byField.set(c.mapping.field, c);
      continue;
    }
    // A second column of other units' names: the table's second block, side by side (said so).
    if (c.mapping.field === 'unit' && namesOtherUnits(table, dataRows, prev.col, c.col)) {
      c.note = `another block beside column ${prev.col}`;
      c.mapping = { field: 'ignore' };
      c.confidence = 0;
      continue;
    }
    // A column hidden in Excel is not the one meant when a visible one says the same: last year's
    // scores kept and hidden beside this year's.
    const byVisibility: [ColumnMapping, ColumnMapping] | null =
      hiddenCols.has(prev.col) !== hiddenCols.has(c.col)
        ? hiddenCols.has(prev.col)
          ? [c, prev]
          : [prev, c]
        : null;
    const byYear = byVisibility ? null : preferLaterYear(prev, c);
    const [keep, drop] = byVisibility ?? byYear ?? (c.confidence > prev.confidence ? [c, prev] : [prev, c]);
    byField.set(c.mapping.field, keep);
    // Two columns that say the same and hold other values: which one is meant is the analyst's
    // call, never the first one's by default (validation refuses until one is set aside by hand).
    // (figures only: a second column of the units' names, spelt otherwise, names the same units)
    // (a score under two names — "Chỉ số DTI | Điểm DTI" — is as ambiguous as under one)
    const ambiguous =
      /^(dti|cqs|kts|xhs)\.|^idx\.|^kpi\.(value|rank)$/.test(keep.mapping.field) &&
      !byVisibility &&
      !byYear &&
      (normalizeHeader(keep.header) === normalizeHeader(drop.header) ||
        // (a column headed with a year beside one without is another year's: mappingForYear)
        (/\.score$|^idx\./.test(keep.mapping.field) && !namesAYear(keep) && !namesAYear(drop))) &&
      !sameValues(table, dataRows, keep.col, drop.col);
    drop.note = `duplicate of column ${keep.col} (${keep.mapping.field})`;
    drop.mapping = { field: 'ignore' };
    drop.confidence = 0;
    if (ambiguous) drop.differs = true;
  }
  // "Tăng/giảm so với cùng kỳ (%)" beside the figures it is worked out from is set aside; as the
  // table's only figures (a report of growth rates), it is the change of what the title names —
  // never a KPI named by the header alone, which every such table would share.
  const figures = columns.some((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
  const measured = figures ? null : indicatorFromTitle(titles, null);
  if (measured && columns.some((c) => c.mapping.field === 'unit'))
    for (const c of columns)
      if (
        c.note === 'derived' &&
        isChangeRate(c.header) &&
        !/(^| )(hang|bac|xep hang|rank|ranking)( |$)/.test(normalizeHeader(c.header)) &&
        numericShare(table, c.col, dataRows) >= 0.8
      ) {
        c.mapping = { field: 'kpi.valueForIndicator', indicator: changeOf(measured, c.header) };
        c.confidence = 0.6;
        delete c.note;
      }
  // A headline's score and rank printed in one cell ("0,8237 (1)" under "Chỉ số DTI (Xếp hạng)" or
  // "Điểm (Hạng) DTI", "1 (0,8237)" under "Xếp hạng DTI (điểm)"): the column is the score's, whose
  // bracketed rank the import reads with it — taken for the rank alone, every cell was refused.
  // (said beside the column in the mapping step: "its rank in brackets is read too")
  for (const c of columns) {
    const m = /^(dti|cqs|kts|xhs)\.(rank|score)$/.exec(c.mapping.field);
    if (!m) continue;
    const other = `${m[1]}.${m[2] === 'rank' ? 'score' : 'rank'}`;
    if (columns.some((o) => o !== c && o.mapping.field === other)) continue;
    if (shareOf(table, c.col, dataRows, (t) => scoreWithRank(t) !== null) >= 0.8) {
      c.mapping = { field: `${m[1] as 'dti'}.score` };
      c.note = 'with its rank';
    }
  }
  // "(xếp hạng)" after a KPI's name: its values with the rank in brackets ("73.6% (31)" under
  // "Tỷ lệ … (%) (xếp hạng)": the KPI is the header's without the word, the import reads the rank
  // with each value), or its ranks alone ("31" under "Tỷ lệ … (xếp hạng)": the rank of that KPI's
  // column, rankedSubject) — either way no KPI named "(xếp hạng)"
  for (const c of columns) {
    if (c.mapping.field !== 'kpi.valueForIndicator' || !RANK_IN_BRACKETS_HEADER.test(c.mapping.indicator))
      continue;
    if (shareOf(table, c.col, dataRows, (t) => valueWithRank(t) !== null) >= 0.5) {
      c.mapping = { ...c.mapping, indicator: c.mapping.indicator.replace(RANK_IN_BRACKETS_HEADER, '') };
      c.note = 'with its rank';
    } else if (shareOf(table, c.col, dataRows, (t) => /^\d{1,3}(\s*\/\s*\d{1,3})?$/.test(t.trim())) >= 0.8)
      c.mapping = { field: 'kpi.rank' };
  }
  // Under a title naming a KPI ("TỶ LỆ PHỦ SÓNG 4G THEO TỈNH NĂM 2023", "TỶ TRỌNG KINH TẾ SỐ TRONG
  // GRDP …"), a lone column headed by a pillar's or main index's name ("Hạ tầng số", "Kinh tế số")
  // and its rank are the title's KPI's: its subject, not the index's score (round 81: stored as
  // the index's).
  const subjectCols = columns.filter((c) => /^(cqs|kts|xhs)\.score$|^idx\./.test(c.mapping.field));
  if (
    subjectCols.length === 1 &&
    !columns.some((c) => /^dti\./.test(c.mapping.field)) &&
    titles.some((t) => KPI_TITLE_LEAD.test(normalizeHeader(t)))
  ) {
    const own = subjectCols[0]!.mapping.field.replace(/\.score$/, '.rank');
    subjectCols[0]!.mapping = { field: 'kpi.value' };
    for (const c of columns)
      if (c.mapping.field === own || c.note === 'rank of a main index') {
        c.mapping = { field: 'kpi.rank' };
        c.note = undefined;
      }
  }
  // A pillar's rank with no score of any index beside it, next to a KPI named with that pillar's
  // words ("Tỷ trọng kinh tế số/GRDP (%) | Xếp hạng kinh tế số"): the KPI's value and its rank —
  // not the pillar's ranks with the KPI set aside as a ranking's unknown column (round 81).
  const pillarRanks = columns.filter((c) => /^(cqs|kts|xhs)\.rank$/.test(c.mapping.field));
  if (
    pillarRanks.length === 1 &&
    !columns.some((c) => /^dti\.|^(cqs|kts|xhs)\.score$|^idx\./.test(c.mapping.field))
  ) {
    const pillar = pillarRanks[0]!.mapping.field.slice(0, 3) as 'cqs' | 'kts' | 'xhs';
    const measures = columns.filter(
      (c) =>
        c.mapping.field === 'ignore' &&
        pillarsNamedIn(c.header).has(pillar) &&
        namesKpi(c.header, normalizeHeader(c.header)) &&
        numericShare(table, c.col, dataRows) >= 0.8,
    );
    if (measures.length === 1) {
      measures[0]!.mapping = { field: 'kpi.valueForIndicator', indicator: measures[0]!.header.trim() };
      measures[0]!.confidence = 0.6;
      delete measures[0]!.note;
      pillarRanks[0]!.mapping = { field: 'kpi.rank' };
    }
  }
  // A lone column of figures under a header that names nothing ("Chỉ số", "Điểm", "Giá trị") is
  // no KPI of that name: the table's one value, named by its title, sheet or file, else asked
  // (round 81: the PAR INDEX's and the SIPAS's files each stored as the KPI "Chỉ số", the second
  // over the first).
  const byHeader = columns.filter((c) => c.mapping.field === 'kpi.valueForIndicator');
  if (
    byHeader.length === 1 &&
    byHeader[0]!.mapping.field === 'kpi.valueForIndicator' &&
    byHeader[0]!.mapping.period === undefined &&
    NAMELESS_FIGURE.test(normalizeHeader(byHeader[0]!.mapping.indicator)) &&
    !columns.some((c) => c.mapping.field === 'kpi.indicator' || c.mapping.field === 'kpi.value')
  )
    byHeader[0]!.mapping = { field: 'kpi.value' };
  return columns;
}

/** A title naming a KPI by its lead ("TỶ LỆ …", "TỶ TRỌNG …", "SỐ LƯỢNG …"), not a table of scores. */
const KPI_TITLE_LEAD = /^(ty le|ti le|ty trong|ti trong|so luong|tong so) [a-z0-9]/;

/** A header of a figure that says nothing of whose ("Chỉ số", "Điểm", "Giá trị", "Index"). */
const NAMELESS_FIGURE = /^(chi so|bo chi so|diem|diem so|tong diem|gia tri|score|value|index)$/;

/**
 * The KPI a change column measures, from the title's subject: the subject itself when it is a
 * change already ("Tăng trưởng thanh toán trực tuyến", with the column's unit), else the column's
 * change of it ("Tăng/giảm so với cùng kỳ – số hồ sơ trực tuyến (%)").
 */
function changeOf(subject: string, header: string): string {
  const own = splitIndicatorName(header);
  const titled = splitIndicatorName(subject);
  const unit = own.unit ?? titled.unit;
  const name = isChangeRate(titled.name)
    ? titled.name
    : `${own.name} – ${titled.name.charAt(0).toLocaleLowerCase('vi')}${titled.name.slice(1)}`;
  return unit ? `${name} (${unit})` : name;
}

/**
 * "Xếp hạng 2022 | Xếp hạng 2023": the same column for two years. A comparison table is about its
 * latest year; the earlier one is set aside.
 */
const namesAYear = (c: ColumnMapping) => c.year !== undefined || yearsNamedIn(c.header).length > 0;

/** Whether two columns hold the same values in every data row (a copied column: "0,8002" is 0.8002). */
function sameValues(table: RawTable, dataRows: number[], a: number, b: number): boolean {
  const num = (t: string) => Number(t.replace(/\s/g, '').replace(',', '.'));
  return dataRows.every((r) => {
    const [x, y] = [cellText(table.rows[r - 1]?.[a - 1]), cellText(table.rows[r - 1]?.[b - 1])];
    return x === y || (x !== '' && y !== '' && num(x) === num(y));
  });
}

function preferLaterYear(a: ColumnMapping, b: ColumnMapping): [ColumnMapping, ColumnMapping] | null {
  const year = (h: string) => /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(h)?.[1];
  const ya = a.year !== undefined ? String(a.year) : year(a.header);
  const yb = b.year !== undefined ? String(b.year) : year(b.header);
  if (!ya || !yb || ya === yb) return null;
  const rest = (h: string, y: string) => normalizeHeader(h.replace(y, ''));
  if (rest(a.header, ya) !== rest(b.header, yb)) return null;
  return ya > yb ? [a, b] : [b, a];
}

/** A header of two or three parts that are all periods ("Quý III/2024 / Tháng 10"). */
const periodsOnly = (header: string, year?: number | null): boolean => {
  const parts = header.split(' / ');
  return parts.length > 1 && parts.every((p) => parsePeriodHeader(p, year) !== null || isYearlessPeriod(p));
};

/**
 * A header of two or three rows whose one part is a period and the others a KPI, a level or a
 * measure ("Năm 2024 / Số lượng", "Tỷ lệ hồ sơ trực tuyến (%) / Quý I", "Năm 2023 / Tỷ lệ hồ sơ
 * trực tuyến (%) / Cấp tỉnh"): the period (in the store's form; a
 * "Quý I" with no year anywhere as written, its year asked) and the name. Null otherwise.
 */
function periodAndName(header: string, year?: number | null): { period: string; name: string } | null {
  const parts = header.split(' / ');
  if (parts.length < 2) return null;
  // (a result's period is that period: "… / Thực hiện 2024", "… / TH năm 2024", beside its plan)
  const periodOf = (p: string) =>
    parsePeriodHeader(p, year) ??
    (isYearlessPeriod(p) ? p.trim() : null) ??
    (planOrResultGroup(p, year)?.kind === 'result' ? (planOrResultGroup(p, year)?.period ?? null) : null);
  const periods = parts.map(periodOf);
  const at = periods.findIndex((p) => p !== null);
  if (at < 0 || periods.some((p, i) => i !== at && p !== null)) return null;
  const name = parts.filter((_, i) => i !== at).map((p) => p.trim());
  return name.every(Boolean) ? { period: periods[at]!, name: name.join(' / ') } : null;
}

// The levels a KPI is reported at ("Cấp tỉnh | Cấp huyện | Cấp xã" under "Tỷ lệ DVCTT phát sinh hồ
// sơ (%)"): each is the KPI at that level, not an indicator named "Cấp tỉnh".
// (also a body at a level: "Bộ phận một cửa cấp huyện", "Chi nhánh VPĐKĐĐ cấp huyện")
// ("Cấp thành phố" in a centrally-run city's report: its provincial level)
const LEVEL = /(^| )cap (tinh|huyen|xa|thanh pho)( |$)|^(provincial|district|commune)( level)?( .*)?$/;

/**
 * The indicator of a column by indicator: its header, or for a level ("Cấp tỉnh") the KPI of the
 * group above it or of the title, with the level: "Tỷ lệ DVCTT phát sinh hồ sơ – cấp tỉnh (%)".
 */
function levelIndicator(header: string, titles: string[]): string {
  const parts = header.split(' / ');
  // "… / Cấp tỉnh / Giá trị (%)": the value of the KPI at that level, its unit kept
  const last = splitIndicatorName(parts[parts.length - 1]!);
  if (parts.length > 2 && /^(gia tri|value)$/.test(normalizeHeader(last.name))) {
    const named = levelIndicator(parts.slice(0, -1).join(' / '), titles);
    return last.unit && !splitIndicatorName(named).unit ? `${named} (${last.unit})` : named;
  }
  const sub = parts[parts.length - 1]!.trim();
  // ("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ - cấp tỉnh (%)": a KPI named in full, its level
  // a part of its name, not a level under the title's KPI)
  const fullName = parts.length === 1 && namesKpi(sub, normalizeHeader(splitIndicatorName(sub).name));
  if (!LEVEL.test(normalizeHeader(sub)) || fullName) {
    // "Tỷ lệ hồ sơ trực tuyến (%)" over "Toàn trình", "Thanh toán trực tuyến" over "Số giao
    // dịch": the two names joined as a sub-item's are, the unit kept ("Số lượng" alone under a
    // period is no KPI: periodAndName, and the table's KPI names it)
    const [over, under] = parts;
    if (parts.length !== 2 || isQualifierOnly(header)) return withoutItemNumber(header.trim());
    // "Tỷ lệ hồ sơ có thanh toán trực tuyến" over "Giá trị (%)": the KPI's value, nothing to add
    // but its unit
    const value = splitIndicatorName(under!);
    // "Thực hiện", "Thực hiện năm 2022", "Ước thực hiện" over KPIs (beside "Kế hoạch" over the
    // same): each KPI's own figure
    const resultKey = normalizeHeader(splitIndicatorName(over!).name);
    if (RESULT_ONLY.test(resultKey) || /^(uoc )?(thuc hien|th)( nam)?( (19|20)\d{2})?$/.test(resultKey))
      return withoutItemNumber(under!.trim());
    // (or its result beside its plan: "… (%) / Kế hoạch | … (%) / Thực hiện"; not "Giá trị" under
    // an activity that names no KPI, "Thanh toán trực tuyến" over "Số giao dịch | Giá trị (triệu
    // đồng)": one of its measures)
    const overPlain = splitIndicatorName(over!).name;
    if (
      RESULT_ONLY.test(normalizeHeader(value.name)) &&
      (!/^(gia tri|value)$/.test(normalizeHeader(value.name)) ||
        namesKpi(overPlain, normalizeHeader(overPlain)))
    )
      return value.unit && !splitIndicatorName(over!).unit ? `${over!.trim()} (${value.unit})` : over!.trim();
    // "Tỷ lệ thanh toán trực tuyến" over "Tổng số | Cấp tỉnh | Cấp xã": its whole is the KPI
    // itself, as a plain column of it is ("… – Tổng số" would be a second KPI of the same figures)
    const overName = splitIndicatorName(over!);
    if (
      WHOLE_OF_LEVELS.test(normalizeHeader(value.name)) &&
      namesKpi(overName.name, normalizeHeader(overName.name))
    ) {
      const kpi = withoutPeriodTail(overName.name) || overName.name;
      const unit = overName.unit ?? value.unit;
      return unit ? `${kpi} (${unit})` : kpi;
    }
    // ("CHÍNH QUYỀN SỐ" over KPIs: a pillar groups them, it is no part of their names)
    const overKey = normalizeHeader(over!);
    if (
      subjectsNamedIn(overKey).length > 0 &&
      !namesKpi(over!, overKey) &&
      namesKpi(under!, normalizeHeader(under!))
    )
      return under!.trim();
    return qualifiedKpi(over!, under!);
  }
  // (a group header that starts the title's KPI, "Tỷ lệ thanh toán trực tuyến" under "TỶ LỆ THANH
  // TOÁN TRỰC TUYẾN TRÊN CỔNG DVCQG …": that KPI, as its whole's column is read)
  const titled = parts.length >= 2 ? titleKpiName(titles) : null;
  const group = parts.length >= 2 ? splitIndicatorName(parts[parts.length - 2]!) : null;
  const titledName = titled ? splitIndicatorName(titled) : null;
  const longer =
    group && titledName
      ? indicatorKey(titledName.name) !== indicatorKey(group.name) &&
        indicatorKey(titledName.name).startsWith(indicatorKey(group.name))
      : false;
  const over = group
    ? longer
      ? `${titledName!.name}${(titledName!.unit ?? group.unit) ? ` (${titledName!.unit ?? group.unit})` : ''}`
      : parts[parts.length - 2]!
    : kpiOverLevels(titles);
  if (!over) return header.trim();
  const { name: named, unit } = splitIndicatorName(over);
  const name = withoutPeriodTail(named) || named;
  return qualifiedKpi(unit ? `${name} (${unit})` : name, sub);
}

/**
 * The KPI the titles name over a table's levels: the line right above the table's before an
 * earlier title's ("TỈNH GIA LAI - KẾT QUẢ DỊCH VỤ CÔNG TRỰC TUYẾN THÁNG 9/2026" over "Tỷ lệ … (%)").
 */
function kpiOverLevels(titles: string[]): string | null {
  const nearest = titles.length ? titles[titles.length - 1]! : '';
  return (
    (namesKpi(nearest, normalizeHeader(splitIndicatorName(nearest).name))
      ? indicatorFromTitle([nearest], null)
      : null) ?? indicatorFromTitle(titles, null)
  );
}

// A rank within a region the title or sheet says the table is ("XẾP HẠNG DTI TRONG VÙNG ĐÔNG NAM
// BỘ", a sheet "Hạng trong vùng"): its bare ranks are not the national ones. ("VÙNG ĐÔNG NAM BỘ"
// alone may be an excerpt of the national ranking, and is left to it.)
/**
 * A region of the country named ("VÙNG TÂY NGUYÊN", "ĐBSH", a sheet "Tây Nguyên"; not "vùng sâu, vùng
 * xa", "miễn phí").
 */
const REGION_NAMED =
  / ((vung|khu vuc|mien|region) (?!sau |xa |kho |phi )[a-z]+|theo (vung|khu vuc|mien)|tay bac|dong bac|bien gioi|ven bien|nam bo|bac bo|trung bo|dbsh|dbscl|tdmnpb|dhmt|dnb|tay nguyen|dong nam bo|tay nam bo|bac trung bo|nam trung bo|duyen hai|dong bang song (hong|cuu long)|trung du|mien nui phia bac) /;

const REGIONAL_TITLE =
  / (trong vung|trong khu vuc|hang vung|hang khu vuc|xep hang vung|xep hang khu vuc|thu hang vung|thu hang trong vung|regional rank(ing)?|within the region) /;

/**
 * The subject a table's titles (or else its sheet's name) give its bare "Điểm | Xếp hạng": one
 * pillar ("XẾP HẠNG CHÍNH QUYỀN SỐ", a sheet "Digital Economy") or one main index ("Hạ tầng số");
 * null when they name the DTI (a title naming the DTI wins over a sheet named for a pillar), an
 * activity index, more than one subject, or none.
 */
/** A title naming a KPI after a section's name: "CHÍNH QUYỀN SỐ - TỶ LỆ HỒ SƠ …", "KINH TẾ SỐ: TỶ TRỌNG …". */
const kpiAfterSection = (text: string): boolean =>
  text
    .split(/\s[-–—]\s|:\s/u)
    .slice(1)
    .some((p) => namesKpi(p.trim(), normalizeHeader(p)));

/** A part of a title that is one pillar and nothing else ("TRỤ CỘT KTS", "KINH TẾ SỐ NĂM 2025"). */
const PILLAR_ALONE =
  /^((tru cot|thanh phan|linh vuc|ve|xep hang|diem|chi so) )*(chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs)( nam \d{4}| \d{4})?$/;

function subjectNamedBy(titles: string[], sheet: string | null): string | null {
  // (a KPI named after the pillar, "CHÍNH QUYỀN SỐ - TỶ LỆ HỒ SƠ …", "KINH TẾ SỐ: TỶ TRỌNG …": the
  // pillar is the report's section, the KPI the table's subject — also over a sheet so named)
  let kpiTitle = false;
  for (const text of [...titles, sheet ?? '']) {
    const key = normalizeHeader(text);
    const isSheet = text === (sheet ?? '') && !titles.includes(text);
    if (namesKpi(text, key) || kpiAfterSection(text)) {
      kpiTitle ||= !isSheet;
      continue;
    }
    if (isSheet && kpiTitle) return null;
    const named = subjectsNamedIn(key);
    // ("ĐIỂM THÀNH PHẦN CHÍNH QUYỀN SỐ TRONG CHỈ SỐ DTI", "XẾP HẠNG TRỤ CỘT KINH TẾ SỐ TRONG CHỈ
    // SỐ DTI", "DTI 2025 (KINH TẾ SỐ)": the pillar, a part of the DTI it names)
    const part = pillarNamedBy(text);
    if (part && !isSheet) return part;
    // ("CHỈ SỐ DTI NĂM 2025: TRỤ CỘT CHÍNH QUYỀN SỐ": the pillar named after the DTI, the table's)
    // (outside brackets: "(NỔI BẬT: CHÍNH QUYỀN SỐ)" is a remark)
    const after = text
      .replace(/[(（][^()（）]*[)）]/gu, ' ')
      .split(/:\s|\s[-–—]\s/u)
      .slice(1)
      .join(' ');
    // (the pillar alone, or said as the table's part — "TRỤ CỘT …", "VỀ …": not a remark that names
    // one, "… - TĂNG TRƯỞNG MẠNH Ở KHỐI KINH TẾ SỐ", which leaves the DTI the DTI's)
    const afterKey = normalizeHeader(after);
    const pillarAfter =
      after &&
      (PILLAR_ALONE.test(afterKey) ||
        / (ve|tru cot|thanh phan|linh vuc) (chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs)( nam \d{4}| \d{4})?$/.test(
          ` ${afterKey}`,
        ))
        ? subjectsNamedIn(afterKey).filter((f) => f === 'cqs' || f === 'kts' || f === 'xhs')
        : [];
    if (named.includes('dti') && pillarAfter.length === 1) return pillarAfter[0]!;
    // (the DTI named with no part of it, on a sheet named for one pillar — "CHỈ SỐ DTI NĂM 2025" on
    // a sheet "Kinh tế số" of a workbook of one sheet per pillar: that pillar's; the DTI named as
    // the whole, "XẾP HẠNG DTI TỔNG THỂ", is the DTI's whatever the sheet)
    if (named.includes('dti'))
      return !isSheet && sheet && !/ (tong the|tong hop|chung|tong diem|overall|toan bo) /.test(` ${key} `)
        ? pillarNamedBy(sheet)
        : null;
    // ("CHỈ SỐ HOẠT ĐỘNG CHÍNH QUYỀN SỐ": the activity index, whose name holds the pillar's — its
    // score that index's, never the DTI's)
    const activity = named.filter((f) => f.startsWith('idx.hd_'));
    if (activity.length > 0) return activity.length === 1 ? activity[0]! : null;
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
  }
  return null;
}

/** Whether the titles or the sheet's name say the table's ranks are within a region. */
const regionalByTitle = (titles: string[], sheet: string | null): boolean =>
  [...titles, sheet ?? ''].some((t) => REGIONAL_TITLE.test(` ${normalizeHeader(t)} `));

/**
 * The score or rank a table's titles name ("ĐIỂM CHỈ SỐ DTI CÁC TỈNH", "THỨ HẠNG DTI CÁC NĂM"),
 * for columns headed only with years. Null when the titles name no DTI or pillar, or both a
 * score and a rank.
 */
function rankingNamedBy(
  titles: string[],
  pillar: 'cqs' | 'kts' | 'xhs' | null,
): `${'dti' | 'cqs' | 'kts' | 'xhs'}.${'score' | 'rank'}` | null {
  for (const text of titles) {
    const key = ` ${normalizeHeader(text)} `;
    if (namesKpi(text, key.trim())) continue;
    // (the DTI named as such: "tổng hợp" alone heads many a KPI report)
    const subject = / (dti|pdti|chuyen doi so cap tinh|chi so chuyen doi so) /.test(key) ? 'dti' : pillar;
    if (!subject) continue;
    const rank = / (xep hang|thu hang|hang|rank|ranking) /.test(key);
    const score = / (diem|score) /.test(key);
    if (rank && score) return null;
    // A pillar's title must say score or rank ("ĐIỂM CHÍNH QUYỀN SỐ"); the DTI's values are scores.
    if (subject !== 'dti' && !rank && !score) continue;
    return `${subject}.${rank ? 'rank' : 'score'}`;
  }
  return null;
}

function tableKind(columns: ColumnMapping[]): TableKind {
  const f = new Set(columns.map((c) => c.mapping.field));
  if (f.has('kpi.valueForPeriod') && (f.has('kpi.indicator') || f.has('unit'))) return 'kpi-wide-period';
  if (f.has('kpi.valueForIndicator')) return 'kpi-wide-indicator';
  if (f.has('kpi.indicator') || f.has('kpi.value')) return 'kpi-long';
  if ([...f].some((x) => /^(dti|cqs|kts|xhs)\.|^idx\./.test(x))) return 'ranking';
  return 'unknown';
}
