// A table turned on its side: one column per unit ("Chỉ tiêu | TP. Đà Nẵng | TP. Hồ Chí Minh | …")
// and one row per indicator. The importer reads units down a column; such a table is named once
// for what it is instead of as dozens of columns "1", "2", … it does not know.
import { referenceCsv } from '../../store/referenceFiles';
import type { RawTable } from '../../../shared/imports/types';
import { unitKey } from '../../../shared/unitNames';
import { cellText } from './normalizeHeader';

/** Rows near the top looked at: titles, a two-row header and the first rows under it. */
const ROWS_LOOKED_AT = 12;
/** A row of unit names has at least this many, and they are most of its cells. */
const MIN_UNITS = 5;
const MIN_SHARE = 0.6;
/** Cells of a row looked at. */
const MAX_CELLS = 80;

let keys: Set<string> | null = null;

/** Keys of every unit name and alias of both code lists (63 units and the 34 after 2025). */
function unitKeys(): Set<string> {
  if (keys) return keys;
  keys = new Set<string>();
  for (const r of referenceCsv('provinces_63.csv'))
    for (const n of [r['name_vi'], r['name_ascii'], r['dti_label_2022'], ...(r['aliases'] ?? '').split('|')])
      if (n?.trim()) keys.add(unitKey(n));
  for (const r of referenceCsv('units_2025.csv')) if (r['name_vi']?.trim()) keys.add(unitKey(r['name_vi']));
  keys.delete('');
  return keys;
}

/** The first of the top rows whose cells are mostly unit names; null when none is. */
export function unitNamesIn(table: RawTable): { row: number; units: number } | null {
  let seen = 0;
  for (let r = 1; r <= table.rows.length && seen < ROWS_LOOKED_AT; r++) {
    const cells = (table.rows[r - 1] ?? []).map(cellText).filter((t) => t !== '');
    if (cells.length === 0) continue;
    seen++;
    if (cells.length < MIN_UNITS) continue;
    // The first cells tell (63 units and a label fit); a long row is not read to its end.
    const known = unitKeys();
    const looked = cells.slice(0, MAX_CELLS);
    const units = looked.filter((t) => t.length <= 40 && known.has(unitKey(t))).length;
    if (units >= MIN_UNITS && units >= MIN_SHARE * looked.length) return { row: r, units };
  }
  return null;
}

/**
 * The column (1-based) of a table whose data cells are mostly unit names, for a header the
 * vocabulary does not know ("Địa bàn báo cáo", "Vùng/Tỉnh"): at least two names and 60% of the
 * column's text cells. Null when no column, or more than one, reads so.
 */
export function unitColumnByContent(
  table: RawTable,
  dataRows: number[],
  candidates: number[],
): number | null {
  const known = unitKeys();
  const found = candidates.filter((col) => {
    let text = 0;
    let units = 0;
    for (const r of dataRows.slice(0, 200)) {
      const t = cellText(table.rows[r - 1]?.[col - 1] ?? null);
      if (t === '' || /^[\d.,\s%-]+$/.test(t)) continue;
      text++;
      if (t.length <= 40 && known.has(unitKey(t))) units++;
    }
    return units >= 2 && units >= MIN_SHARE * text;
  });
  return found.length === 1 ? found[0]! : null;
}

let ids: Map<string, Set<string>> | null = null;

/** The units (of either list) a name's key may be: "TP HCM" and "Hồ Chí Minh" are one unit. */
function unitIdsOfKey(): Map<string, Set<string>> {
  if (ids) return ids;
  ids = new Map();
  const put = (name: string | undefined, id: string) => {
    if (!name?.trim()) return;
    const k = unitKey(name);
    if (!ids!.has(k)) ids!.set(k, new Set());
    ids!.get(k)!.add(id);
  };
  for (const r of referenceCsv('provinces_63.csv'))
    for (const n of [r['name_vi'], r['name_ascii'], r['dti_label_2022'], ...(r['aliases'] ?? '').split('|')])
      put(n, `63:${r['gso_code']}`);
  // (a unit of the 34 that kept its predecessor's name is that unit too)
  for (const r of referenceCsv('units_2025.csv')) {
    put(r['name_vi'], `34:${r['code_2025']}`);
    for (const g of (r['predecessor_gso_codes'] ?? '').split('|'))
      if (ids.get(unitKey(r['name_vi'] ?? ''))?.has(`63:${g}`))
        ids.get(unitKey(r['name_vi']!))!.add(`34:${r['code_2025']}`);
  }
  return ids;
}

/**
 * Two columns of unit names that name other units on (nearly) every row: two blocks of the table
 * side by side ("Tỉnh | Năm 2023 | Tỉnh | Năm 2024", a two-column page of a report), not one unit
 * column written twice ("Tỉnh, thành phố | Province").
 */
export function namesOtherUnits(table: RawTable, dataRows: number[], a: number, b: number): boolean {
  const known = unitIdsOfKey();
  let both = 0;
  let differ = 0;
  for (const r of dataRows.slice(0, 200)) {
    const x = known.get(unitKey(cellText(table.rows[r - 1]?.[a - 1] ?? null)));
    const y = known.get(unitKey(cellText(table.rows[r - 1]?.[b - 1] ?? null)));
    if (!x || !y) continue;
    both++;
    if (![...x].some((id) => y.has(id))) differ++;
  }
  return both >= 2 && differ >= 0.8 * both;
}

/** Whether `text` is the name of a unit of either list ("Tỉnh Bình Phước", "TP. Hồ Chí Minh"). */
export const isUnitName = (text: string): boolean => text.length <= 40 && unitKeys().has(unitKey(text));
