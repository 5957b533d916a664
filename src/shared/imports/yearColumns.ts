// Which of a table's columns for several years an import of one year reads (pure, shared: the
// command line applies it to --year, the wizard to the year the analyst types).
import type { ImportMapping } from '../importSession';
import { yearsNamedIn } from '../domain';

/** How layout detection notes a column set aside for another of the same field. */
export const DUPLICATE_NOTE = /^duplicate of column (\d+) \((.+)\)$/;
/** A column without a year set aside in an import of an earlier year (see mappingForYear). */
export const OTHER_YEAR_NOTE = 'another year';

/** The years a column is for: its own (a bare "Hạng" after "Điểm DTI 2021"), else its header's. */
const yearsOf = (c: { header: string; year?: number }) =>
  c.year !== undefined ? [c.year] : yearsNamedIn(c.header);

/** Scores, ranks and indices: the columns that are a year's values (not the unit, STT, notes). */
const YEARLY_FIELD = /^(dti|cqs|kts|xhs)\.(score|rank)$|^idx\./;

/**
 * The mapping for an import of `year` when a table holds the same column for two years
 * ("Xếp hạng 2022 | Xếp hạng 2023"): layout detection maps the latest year and sets the other
 * aside as its duplicate; for an import of the other year the column headed with that year takes
 * the field and the latest one is set aside; a column headed with no year beside ones headed with
 * earlier years is this year's. Unchanged when no column is headed with another year.
 * When a column headed with the year takes a field from a column headed with none, the columns
 * headed with none are the table's latest year, not this one: their scores and ranks are set
 * aside too ("Điểm DTI | Xếp hạng | Hạng 2021" for 2021 imports the 2021 rank alone).
 */
export function mappingForYear(mapping: ImportMapping, year: number | null): ImportMapping {
  if (year === null) return mapping;
  const columns = mapping.columns.map((c) => ({ ...c }));
  let changed = false;
  // First a column headed with the year; else one headed with no year beside columns headed
  // with earlier years ("Điểm DTI 2021 | Điểm DTI" for 2022: last year's score, then this
  // year's). For 2020 neither is: the mapping stays, and validation says the year contradicts.
  const headedWithYear = (c: { header: string; year?: number }) => yearsOf(c).includes(year);
  const candidates = [...columns.filter(headedWithYear), ...columns.filter((c) => yearsOf(c).length === 0)];
  let yearlessAreAnother = false;
  for (const aside of candidates) {
    const dup = aside.mapping.field === 'ignore' ? DUPLICATE_NOTE.exec(aside.note ?? '') : null;
    if (!dup) continue;
    const field = dup[2]!;
    const kept = columns.find((c) => c.mapping.field === field);
    const keptYears = kept ? yearsOf(kept) : [];
    if (!kept || keptYears.includes(year)) continue;
    if (!headedWithYear(aside) && (keptYears.length === 0 || keptYears.some((y) => y >= year))) continue;
    const note = `duplicate of column ${aside.col} (${field})`;
    for (const c of columns)
      if (c.mapping.field === 'ignore' && c.note === `duplicate of column ${kept.col} (${field})`)
        c.note = note;
    aside.mapping = kept.mapping;
    aside.confidence = kept.confidence;
    delete aside.note;
    kept.mapping = { field: 'ignore' };
    kept.confidence = 0;
    kept.note = note;
    changed = true;
    if (headedWithYear(aside) && keptYears.length === 0) yearlessAreAnother = true;
  }
  if (yearlessAreAnother)
    for (const c of columns)
      if (YEARLY_FIELD.test(c.mapping.field) && yearsOf(c).length === 0) {
        c.mapping = { field: 'ignore' };
        c.confidence = 0;
        c.note = OTHER_YEAR_NOTE;
      }
  return changed ? { ...mapping, columns } : mapping;
}

/**
 * "so với năm 2023", "so với cùng kỳ năm 2023", "so với số liệu năm 2021", "cao hơn dữ liệu năm 2021",
 * "compared with data for 2021", "up from 2021 data", "vs 2023": a baseline's year. Only the year
 * the comparison names: "… SO VỚI NĂM TRƯỚC NĂM 2025" keeps the table's 2025 (round 80).
 */
const COMPARED_WITH_YEAR = new RegExp(
  String.raw`\s*(?<!\p{L})(?:so với|so voi|so sánh(?:\s+với)?|so sanh(?:\s+voi)?|đối chiếu(?:\s+với)?|doi chieu(?:\s+voi)?|cao hơn|thấp hơn|compared\s+(?:with|to)|up\s+from|down\s+from|than|vs\.?|versus)\s+` +
    String.raw`(?:(?:cùng kỳ|cung ky|same period|số liệu|so lieu|dữ liệu|du lieu|kết quả|ket qua|data(?:\s+(?:for|of))?|the\s+year)\s+)?(?:(?:của\s+)?(?:năm|nam|of)\s+)?(?:19|20)\d{2}(?!\d)(?:\s+data)?`,
  'giu',
);
/** `text` without the year it compares with ("Tỷ lệ giảm … so với năm 2023 (%)": not its own year). */
export const withoutComparedYear = (text: string): string => text.replace(COMPARED_WITH_YEAR, '');
