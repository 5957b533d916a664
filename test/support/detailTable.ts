// A detail table of the ministry's 2022 layout for all 63 units (made up: each PDTI the QĐ 922
// formula of its row, ranked by it), optionally with one main-index column copied a row off — as
// happens when a column is pasted one row too high or too low.
import { DETAIL_HEADERS_2022, published2022 } from '../fixtures/generate';

/** QĐ 922's points of the eight main indices, in the ministry's column order. */
const POINTS = [100, 100, 100, 100, 100, 200, 150, 150];

/**
 * Header and rows: rank, unit, the eight main indices, PDTI. `shift` moves column `col` (0-based;
 * 4 is "Chỉ số Hạ tầng số") a row down (each figure beside the next unit) or up, from its data row
 * `from` (0: the whole column; a cell deleted or inserted midway shifts only the rows below it).
 */
export function detailTable2022(
  shift: 'down' | 'up' | null = null,
  col = 4,
  from = 0,
): (string | number | null)[][] {
  const rows = published2022().map((r, i) => {
    // (scattered, so that neighbours differ: a shifted column is then off in every row)
    const scatter = (x: number) => x - Math.floor(x);
    const idx = POINTS.map(
      (_, k) =>
        Math.round(
          (0.3 + 0.65 * scatter(Math.sin((i + 1) * 12.9898 + (k + 1) * 78.233) * 43758.5453)) * 10000,
        ) / 10000,
    );
    const pdti = Math.round(POINTS.reduce((a, w, k) => a + (w / 1000) * idx[k]!, 0) * 10000) / 10000;
    return { label: r.label, idx, pdti };
  });
  rows.sort((a, b) => b.pdti - a.pdti);
  const table = rows.map(
    (r) =>
      [1 + rows.filter((o) => o.pdti > r.pdti).length, r.label, ...r.idx, r.pdti] as (
        string | number | null
      )[],
  );
  if (shift) {
    const values = table.map((r) => r[col]!);
    table.forEach((r, i) => {
      if (i >= from) r[col] = shift === 'down' ? (values[i - 1] ?? null) : (values[i + 1] ?? null);
    });
  }
  return [DETAIL_HEADERS_2022, ...table];
}
