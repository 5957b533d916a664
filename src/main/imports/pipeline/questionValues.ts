// What a unit question shows besides the name: the other mapped values of the name's first row
// ("Điểm DTI: 0,6123 · Hạng DTI: 12"), so the analyst can tell which unit "TP. X" is. Kept while
// the rows stream in, for the first row of each spelling only; memory is bounded by MAX_LABELS
// whatever the file holds (a file of a million distinct names keeps the first thousand).
import type { ImportMapping, QuestionValue } from '../../../shared/importSession';
import type { RawCell } from '../../../shared/imports/types';
import { cellText } from './cells';

/** Values kept per row. */
export const MAX_QUESTION_VALUES = 6;
/** Characters kept of a text value or a header (longer ones end in "…"). */
export const MAX_VALUE_CHARS = 40;
/** Spellings whose first row is kept; a table of units has fewer than a hundred. */
const MAX_LABELS = 1000;
/** Raw unit cells looked at (the same name written with other spaces counts once per spelling). */
const MAX_RAW = 4 * MAX_LABELS;

/** Columns that say nothing about which unit a row is (the unit itself, the row's number). */
const NOT_SHOWN = new Set(['ignore', 'unit', 'stt']);

const cut = (s: string): string => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s);

/**
 * A two-row header without the group it shares with other shown columns ("XẾP HẠNG THEO TRỤ CỘT /
 * XẾP HẠNG CHÍNH QUYỀN SỐ" → "XẾP HẠNG CHÍNH QUYỀN SỐ"): cut to its length, the words that tell
 * the columns apart would be lost. A group only it has stays ("Năm 2024 / TH").
 */
function withoutSharedGroup(header: string, columns: readonly { header: string }[]): string {
  const text = header.replace(/\s+/g, ' ').trim();
  const parts = text.split(' / ');
  if (parts.length < 2) return text;
  const group = parts.slice(0, -1).join(' / ');
  const shared =
    columns.filter((c) => c.header.replace(/\s+/g, ' ').trim().startsWith(`${group} / `)).length > 1;
  return shared ? parts[parts.length - 1]! : text;
}

export interface FirstRows {
  onRow(cells: RawCell[], row: number): void;
  /** The first row read with this unit label (as the row mapper reads it: cellText). */
  get(label: string): { row: number; values: QuestionValue[] } | undefined;
}

export function createFirstRows(mapping: ImportMapping): FirstRows {
  const unitCol = mapping.columns.find((c) => c.mapping.field === 'unit')?.col ?? null;
  const columns = mapping.columns
    .filter((c) => !NOT_SHOWN.has(c.mapping.field))
    .sort((a, b) => a.col - b.col);
  const shown = columns.map((c) => ({ col: c.col, header: cut(withoutSharedGroup(c.header, columns)) }));
  const first = new Map<string, { row: number; values: QuestionValue[] }>();
  // Raw cells already seen: a million rows of 63 names cost one Set lookup each.
  const seen = new Set<string | number | boolean>();
  return {
    onRow(cells, row) {
      if (unitCol === null || seen.size >= MAX_RAW || first.size >= MAX_LABELS) return;
      if (row < mapping.dataStartRow || (mapping.dataEndRow !== null && row > mapping.dataEndRow)) return;
      const raw = cells[unitCol - 1] ?? null;
      if (raw === null || seen.has(raw)) return;
      seen.add(raw);
      const label = cellText(raw);
      if (label === '' || first.has(label)) return;
      const values: QuestionValue[] = [];
      for (const c of shown) {
        const v = cells[c.col - 1] ?? null;
        if (v === null) continue;
        const value = typeof v === 'string' ? cut(cellText(v)) : v;
        if (value === '') continue;
        values.push({ col: c.col, header: c.header, value });
        if (values.length === MAX_QUESTION_VALUES) break;
      }
      first.set(label, { row, values });
    },
    get: (label) => first.get(label),
  };
}
