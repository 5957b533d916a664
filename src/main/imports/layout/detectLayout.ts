// Finds the header row(s) and the data block of a table read from any source, and proposes what
// each column means. Real files have title rows above the header, two-row or merged headers,
// blank rows, and "Nguồn:" footnotes below; we look at shapes (text vs numbers, recognised
// header words, merged ranges), never at fixed row numbers.
import type { ColumnMapping, LayoutProposal, TableKind } from '../../../shared/imports/layout';
import type { RawCell, RawTable } from '../../../shared/imports/types';
import { parseCellNumber } from './cellNumber';
import { classifyHeader, type HeaderGuess } from './headerVocabulary';
import { cellText, isFootnoteText, isLoneFootnoteText, normalizeHeader } from './normalizeHeader';
import { layoutSignature } from './signature';
import { readTitleHints } from './titleHints';

/** Header search stops here: titles are a few rows, not pages. */
const HEADER_SEARCH_ROWS = 30;

const nonEmpty = (row: readonly RawCell[] | undefined) => (row ?? []).filter((c) => cellText(c) !== '');
const isBlank = (row: readonly RawCell[] | undefined) => nonEmpty(row).length === 0;

function isNumberLike(c: RawCell): boolean {
  if (typeof c === 'number') return true;
  if (typeof c !== 'string' || c.trim() === '') return false;
  const p = parseCellNumber(c);
  return 'value' in p && p.value !== null;
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

function headerScore(row: readonly RawCell[]): number {
  let score = 0;
  let textCells = 0;
  for (const c of row) {
    const t = cellText(c);
    if (!t) continue;
    if (typeof c === 'string' && !isNumberLike(c)) textCells++;
    const g = classifyHeader(t, normalizeHeader(t), false);
    if (g.mapping.field === 'ignore') continue;
    // Periods ("2021") also appear as data in KPI tables; they count a little.
    score += g.mapping.field === 'kpi.valueForPeriod' ? 0.3 : g.confidence;
  }
  return textCells >= 1 ? score : 0;
}

function mergedTopLeft(table: RawTable, row: number, col: number): RawCell {
  for (const m of table.merges) {
    if (row >= m.fromRow && row <= m.toRow && col >= m.fromCol && col <= m.toCol) {
      return table.rows[m.fromRow - 1]?.[m.fromCol - 1] ?? null;
    }
  }
  return null;
}

/** Headers per column, joining a group row and a sub-header row ("Chính quyền số / Điểm"). */
function buildHeaders(table: RawTable, headerRows: number[], width: number): string[] {
  const headers: string[] = [];
  const [top, sub] = headerRows;
  let lastTop = '';
  for (let c = 1; c <= width; c++) {
    const own = cellText(table.rows[top! - 1]?.[c - 1]);
    let topText = own || cellText(mergedTopLeft(table, top!, c));
    if (sub !== undefined) {
      const subText = cellText(table.rows[sub - 1]?.[c - 1]);
      // A group header typed once over several sub-headers without a real merge (pasted HTML
      // with colspan lost, or hand-made sheets): carry it right while sub-headers continue.
      if (
        !topText &&
        subText &&
        lastTop &&
        !table.merges.some((m) => m.fromRow === top && m.toRow > top && c >= m.fromCol && c <= m.toCol)
      )
        topText = lastTop;
      if (own) lastTop = own;
      else if (!subText) lastTop = '';
      headers.push(
        topText && subText && topText !== subText ? `${topText} / ${subText}` : topText || subText,
      );
    } else headers.push(topText);
  }
  return headers;
}

function findHeaderRows(table: RawTable): number[] {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r]!;
    if (nonEmpty(row).length < 2) continue;
    const s = headerScore(row);
    if (s > bestScore + 1e-9) [best, bestScore] = [r, s];
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
  if (best < 0) return [];
  const top = best + 1;
  const next = table.rows[best + 1];
  const spansDown = table.merges.some((m) => m.fromRow === top && m.toRow > top);
  const hasGaps = (table.rows[best] ?? []).some((c, i) => cellText(c) === '' && cellText(next?.[i]) !== '');
  // A second header row: text only, followed by data, and either merged cells reach into it
  // or it fills gaps under group headers.
  const afterNext = table.rows[best + 2];
  if (
    isTextRow(next) &&
    !isNumberingRow(next) &&
    (!isTextRow(afterNext) || isNumberingRow(afterNext)) &&
    (spansDown || hasGaps || table.merges.some((m) => m.fromRow === top && m.toCol > m.fromCol))
  ) {
    return [top, top + 1];
  }
  if (best > 0 && isGroupRowAbove(table, best)) return [top - 1, top];
  return [top];
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
function isGroupRowAbove(table: RawTable, header0: number): boolean {
  const above = table.rows[header0 - 1] ?? [];
  const header = table.rows[header0] ?? [];
  const groups = nonEmpty(above).map(cellText);
  if (groups.length < 2 || !isTextRow(above)) return false;
  const firstGroup = above.findIndex((c) => cellText(c) !== '');
  if (!header.slice(0, firstGroup).some((c) => cellText(c) !== '')) return false;
  if (above.some((c, i) => cellText(c) !== '' && cellText(header[i]) === '')) return false;
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

export function detectLayout(table: RawTable): LayoutProposal {
  const headerRows = findHeaderRows(table);
  const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const headerEnd = headerRows.length ? headerRows[headerRows.length - 1]! : 0;
  const titleRows: number[] = [];
  for (let r = 1; r < (headerRows[0] ?? 1); r++) if (!isBlank(table.rows[r - 1])) titleRows.push(r);

  const dataRows: number[] = [];
  const blankRows: number[] = [];
  const footnoteRows: number[] = [];
  let inFootnotes = false;
  let firstAfterHeader = headerRows.length > 0;
  for (let r = headerEnd + 1; r <= table.rows.length; r++) {
    const row = table.rows[r - 1]!;
    if (isBlank(row)) {
      blankRows.push(r);
      continue;
    }
    // Column numbers printed under the header are neither header nor data.
    const numbering = firstAfterHeader && isNumberingRow(row);
    firstAfterHeader = false;
    if (numbering) continue;
    if (
      inFootnotes ||
      (isFootnote(row) && dataRows.length > 0) ||
      (isFootnoteText(cellText(nonEmpty(row)[0])) && nonEmpty(row).length === 1)
    ) {
      inFootnotes = true;
      footnoteRows.push(r);
      continue;
    }
    dataRows.push(r);
  }
  // Blank rows after the last data row are not "inside" the data.
  const lastData = dataRows[dataRows.length - 1] ?? headerEnd;
  const innerBlank = blankRows.filter((r) => r < lastData);

  const headers = headerRows.length
    ? buildHeaders(table, headerRows, width)
    : Array.from({ length: width }, () => '');
  const columns = mapColumns(table, headers, dataRows);
  const kind = tableKind(columns);
  const mapped = columns.filter((c) => c.mapping.field !== 'ignore');
  const text = (r: number) =>
    nonEmpty(table.rows[r - 1])
      .map(cellText)
      .join(' ');

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
    titleHints: readTitleHints(titleRows.map(text), footnoteRows.map(text)),
    signature: layoutSignature(headers),
    confidence: mapped.length
      ? Math.round((mapped.reduce((s, c) => s + c.confidence, 0) / mapped.length) * 100) / 100
      : 0,
  };
}

function columnHasData(table: RawTable, col: number, dataRows: number[]): boolean {
  return dataRows.some((r) => cellText(table.rows[r - 1]?.[col - 1]) !== '');
}

/**
 * Share of numbers among a column's cells that say something: "N/A", "-", "x" (analysts' "no data")
 * count neither way, so a KPI column with gaps is still a KPI column.
 */
function numericShare(table: RawTable, col: number, dataRows: number[]): number {
  let n = 0;
  let num = 0;
  for (const r of dataRows) {
    const c = table.rows[r - 1]?.[col - 1] ?? null;
    if (cellText(c) === '' || isNoData(c)) continue;
    n++;
    if (isNumberLike(c)) num++;
  }
  return n ? num / n : 0;
}

/**
 * Words of a score or rank column the vocabulary did not place ("Điểm tổng hợp", "Hạng chung"):
 * outside a KPI table such a column is set aside for the user, never taken for an indicator.
 */
const RANKING_WORDS =
  /(^| )(diem|hang|xep hang|thu hang|xep thu|vi tri|chi so|score|rank|ranking|index|dti|pdti)( |$)/;

/** Proposes a mapping per column; duplicates keep the most confident column, the rest are set aside. */
export function mapColumns(table: RawTable, headers: string[], dataRows: number[]): ColumnMapping[] {
  const keys = headers.map(normalizeHeader);
  const first: HeaderGuess[] = headers.map((h, i) => classifyHeader(h, keys[i]!, false));
  const kpiContext = first.some((g) =>
    ['kpi.indicator', 'kpi.period', 'kpi.value', 'kpi.valueForPeriod'].includes(g.mapping.field),
  );
  const guesses = kpiContext ? headers.map((h, i) => classifyHeader(h, keys[i]!, true)) : first;
  // "Điểm DTI | Hạng | Điểm CQS | Hạng …": a bare rank right after a score is that score's rank
  // (a main index has no rank in the vocabulary: reported, as when its header says so).
  if (!kpiContext) {
    guesses.forEach((g, i) => {
      const prev = guesses[i - 1];
      if (g.bare !== 'rank' || !prev || prev.bare) return;
      const m = /^(dti|cqs|kts|xhs)\.score$/.exec(prev.mapping.field);
      if (m)
        guesses[i] = { mapping: { field: `${m[1] as 'dti' | 'cqs' | 'kts' | 'xhs'}.rank` }, confidence: 0.8 };
      else if (prev.mapping.field.startsWith('idx.'))
        guesses[i] = { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of a main index' };
    });
  }

  // Wide by indicator: a KPI table with a unit or period column but no indicator/value column,
  // where the remaining named numeric columns are indicators ("Tỷ lệ DVC trực tuyến (%)"). A
  // table with no KPI header at all is one too when nothing in it reads as a ranking column: its
  // period then comes from the title or the user.
  const hasIndicatorCol = guesses.some(
    (g) => g.mapping.field === 'kpi.indicator' || g.mapping.field === 'kpi.value',
  );
  const hasUnitOrPeriod = guesses.some((g) => g.mapping.field === 'kpi.period' || g.mapping.field === 'unit');
  const hasRankingColumn = guesses.some((g) => /^(dti|cqs|kts|xhs)\.|^idx\./.test(g.mapping.field));
  const wideIndicatorContext = kpiContext || (!hasRankingColumn && hasUnitOrPeriod);
  const columns: ColumnMapping[] = guesses.map((g, i) => {
    const col = i + 1;
    let { mapping, confidence } = g;
    let note = g.note;
    if (
      mapping.field === 'ignore' &&
      note === 'unknown' &&
      (kpiContext || (wideIndicatorContext && !RANKING_WORDS.test(keys[i]!))) &&
      !hasIndicatorCol &&
      hasUnitOrPeriod &&
      headers[i] &&
      numericShare(table, col, dataRows) >= 0.8
    ) {
      mapping = { field: 'kpi.valueForIndicator', indicator: headers[i]!.trim() };
      confidence = 0.6;
      note = undefined;
    }
    // Content check: a "score" column full of integers > 1 or a "rank" full of fractions is suspect.
    if (mapping.field.endsWith('.score') || mapping.field.startsWith('idx.')) {
      if (numericShare(table, col, dataRows) < 0.5 && columnHasData(table, col, dataRows)) confidence *= 0.5;
    }
    const out: ColumnMapping = {
      col,
      header: headers[i] ?? '',
      mapping,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (note) out.note = note;
    return out;
  });

  const byField = new Map<string, ColumnMapping>();
  for (const c of columns) {
    if (
      c.mapping.field === 'ignore' ||
      c.mapping.field === 'kpi.valueForPeriod' ||
      c.mapping.field === 'kpi.valueForIndicator'
    )
      continue;
    const prev = byField.get(c.mapping.field);
    if (!prev) {
      byField.set(c.mapping.field, c);
      continue;
    }
    const [keep, drop] = preferLaterYear(prev, c) ?? (c.confidence > prev.confidence ? [c, prev] : [prev, c]);
    byField.set(c.mapping.field, keep);
    drop.note = `duplicate of column ${keep.col} (${keep.mapping.field})`;
    drop.mapping = { field: 'ignore' };
    drop.confidence = 0;
  }
  return columns;
}

/**
 * "Xếp hạng 2022 | Xếp hạng 2023": the same column for two years. A comparison table is about its
 * latest year; the earlier one is set aside.
 */
function preferLaterYear(a: ColumnMapping, b: ColumnMapping): [ColumnMapping, ColumnMapping] | null {
  const year = (h: string) => /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(h)?.[1];
  const ya = year(a.header);
  const yb = year(b.header);
  if (!ya || !yb || ya === yb) return null;
  const rest = (h: string, y: string) => normalizeHeader(h.replace(y, ''));
  if (rest(a.header, ya) !== rest(b.header, yb)) return null;
  return ya > yb ? [a, b] : [b, a];
}

function tableKind(columns: ColumnMapping[]): TableKind {
  const f = new Set(columns.map((c) => c.mapping.field));
  if (f.has('kpi.valueForPeriod') && (f.has('kpi.indicator') || f.has('unit'))) return 'kpi-wide-period';
  if (f.has('kpi.valueForIndicator')) return 'kpi-wide-indicator';
  if (f.has('kpi.indicator') || f.has('kpi.value')) return 'kpi-long';
  if ([...f].some((x) => /^(dti|cqs|kts|xhs)\.|^idx\./.test(x))) return 'ranking';
  return 'unknown';
}
