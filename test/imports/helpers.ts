import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { ImportSession, type ImportSource } from '../../src/main/imports/pipeline/session';
import { periodForYear } from '../../src/main/imports/cliImport';
import type { Store } from '../../src/main/store';
import type { ImportMapping, ImportPreview, ImportTarget } from '../../src/shared/importSession';
import { mappingForYear } from '../../src/shared/imports/yearColumns';
import { isNumericField, MAIN_INDEX_CODES } from '../../src/shared/imports/fields';
import { tempDir } from '../store/helpers';
import { expect } from 'vitest';
import { readSheet } from '../../src/main/imports/readers';
import type { ImportReadError } from '../../src/main/imports/safety/errors';
import { referenceCsv } from '../../src/main/store/referenceFiles';
import { DETAIL_HEADERS_2022, published2022 } from '../fixtures/generate';

export const FIXTURE_DIR = path.join(__dirname, '../fixtures/files');
export const fixture = (name: string) => path.join(FIXTURE_DIR, name);

/** The bundled reference files, as the store reads them. */
export { referenceCsv };

/** Runs the whole import as the wizard would: analyze, override the target where given, stage. */
export async function stageFile(
  store: Store,
  source: ImportSource,
  override: Partial<ImportTarget> = {},
  sheet?: string | null,
): Promise<{ session: ImportSession; preview: ImportPreview }> {
  const session = new ImportSession(store.db, source);
  const analysis = await session.analyze(sheet === undefined ? undefined : sheet);
  const preview = await session.stage(analysis.mapping, { ...analysis.target, ...override });
  return { session, preview };
}

/**
 * Imports a KPI FILE of the 63-unit list as the wizard does once the analyst chose `mark` as the
 * decimal mark of its value column (`kpi.value`) — or of each numeric column, as `--decimal-mark`
 * does (`columns: 'numeric'`): the preview (committed).
 */
export async function importWithDecimalMark(
  store: Store,
  file: string,
  mark: '.' | ',',
  columns: 'value' | 'numeric' = 'value',
): Promise<ImportPreview> {
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  const a = await session.analyze();
  const chosen = (c: ImportMapping['columns'][number]) =>
    columns === 'value' ? c.mapping.field === 'kpi.value' : isNumericField(c.mapping);
  const preview = await session.stage(
    { ...a.mapping, columns: a.mapping.columns.map((c) => (chosen(c) ? { ...c, decimalMark: mark } : c)) },
    { ...a.target, year: a.target.year ?? 2024, kind: 'kpi', group: 63 },
  );
  session.commit();
  session.dispose();
  return preview;
}

/** Stages FILE (the proposed mapping, `override` on the target) and commits when it can: the preview. */
export async function importFileInto(store: Store, file: string, override: Partial<ImportTarget> = {}) {
  const { session, preview } = await stageFile(store, { kind: 'file', path: file }, override);
  if (preview.canCommit) session.commit();
  session.dispose();
  return preview;
}

/**
 * The import as `dti-desk import FILE [--year Y] [--sheet S]` runs it: the sheet suggested for the
 * year, the year (else the proposed one), its group, and the columns for that year.
 */
export async function importLikeCli(store: Store, file: string, year?: number, sheet?: string) {
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  await session.open();
  const analysis = await session.analyze(sheet ?? (await session.suggestSheet(year ?? null)));
  const y = year ?? analysis.target.year;
  const period = periodForYear(session, analysis.target.period ?? null, year);
  const target: ImportTarget = {
    ...analysis.target,
    year: y,
    period,
    group: session.groupFor({ kind: analysis.target.kind, year: y, period }),
  };
  const mapping = mappingForYear(analysis.mapping, y);
  const preview = await session.stage(mapping, target);
  return { session, analysis, mapping, preview };
}

/** Imports FILE as `dti-desk import FILE [--year Y]` does: committed when it can be; the preview. */
export async function importCommitted(store: Store, file: string, year?: number): Promise<ImportPreview> {
  const { session, preview } = await importLikeCli(store, file, year);
  if (preview.canCommit) session.commit();
  session.dispose();
  return preview;
}

/** Stored user-layer values of the headline indicators for a year/group, keyed "code:indicator". */
export function storedRanking(
  store: Store,
  year: number,
  group: number,
): Map<string, { value: number | null; rank: number | null }> {
  const rows = store.db
    .prepare(
      `SELECT u.code, i.code AS ind, o.value, o.rank FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
       WHERE o.layer = 'user' AND o.year = ? AND o.ranking_group = ? AND o.period = ?`,
    )
    .all(year, group, String(year)) as {
    code: string;
    ind: string;
    value: number | null;
    rank: number | null;
  }[];
  return new Map(rows.map((r) => [`${r.code}:${r.ind}`, { value: r.value, rank: r.rank }]));
}

/** Writes NAME with BODY into a fresh temp folder; returns its path. */
export function writeTemp(name: string, body: string | Buffer): string {
  const f = path.join(tempDir('dti-import-file-'), name);
  fs.writeFileSync(f, body);
  return f;
}

/** A number cell with its Excel number format (`z`), as a TestSheet row may hold. */
export interface FormattedCell {
  t: 'n';
  v: number;
  z: string;
}
export const formatted = (v: number, z: string): FormattedCell => ({ t: 'n', v, z });

export interface TestSheet {
  name: string;
  rows: (string | number | boolean | null | FormattedCell)[][];
  hidden?: boolean;
  merges?: XLSX.Range[];
}

/** An .xlsx workbook of SHEETS (hidden and merged where told) written to a temp file. */
export function writeWorkbook(name: string, sheets: TestSheet[]): string {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.merges?.length) ws['!merges'] = s.merges;
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  if (sheets.some((s) => s.hidden))
    wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return writeTemp(name, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** The codes of a preview's errors, in order. */
export const errorCodes = (p: { problems: { severity: string; code: string }[] }): string[] =>
  p.problems.filter((x) => x.severity === 'error').map((x) => x.code);

/** How many user values the store holds of the indicators with these codes ("dti", "cqs", …). */
export const userValuesOf = (store: Store, codes: string[]): number =>
  (
    store.db
      .prepare(
        `SELECT COUNT(*) AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.code IN (SELECT value FROM json_each(?))`,
      )
      .get(JSON.stringify(codes)) as { n: number }
  ).n;

/** A CSV of the 63 or the 34: title lines (a blank line after them), a header, then `cells(i)` after "STT,Tỉnh". */
export const unitsCsv = (
  name: string,
  titles: string[],
  header: string,
  units: string[],
  cells: (i: number) => string,
): string =>
  writeTemp(
    name,
    [
      ...titles,
      ...(titles.length ? [''] : []),
      header,
      ...units.map((u, i) => `${i + 1},"${u}",${cells(i)}`),
    ].join('\n'),
  );

/** The fields detection maps the ministry's 2022 detail table to (rank, unit, main indices, PDTI). */
export const DETAIL_FIELDS_2022 = [
  'dti.rank',
  'unit',
  // the eight main indices, in the ministry's column order
  ...MAIN_INDEX_CODES.map((c) => `idx.${c}`),
  'dti.score',
];

/** Reading FILE whole is refused with an ImportReadError naming the file in both languages. */
export async function refusal(p: string, sheet: string | null = null): Promise<ImportReadError> {
  const err = (await readSheet(p, sheet).then(
    () => null,
    (e: unknown) => e,
  )) as ImportReadError | null;
  expect(err, `${path.basename(p)} was not refused`).not.toBeNull();
  expect(err!.name).toBe('ImportReadError');
  expect(err!.file).toBe(path.basename(p));
  expect(err!.messageVi).toContain(path.basename(p));
  expect(err!.messageEn).toContain(path.basename(p));
  return err!;
}

/**
 * What the store holds from imports, a line per cell: "unit | KPI | period | value | rank", in
 * `order` (an ORDER BY over o, u and i).
 */
export function storedLines(store: Store, order = 'o.source_cell'): string[] {
  return (
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, o.period, o.value, o.rank
         FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' ORDER BY ${order}`,
      )
      .all() as { unit: string; kpi: string; period: string; value: number | null; rank: number | null }[]
  ).map((r) => `${r.unit} | ${r.kpi} | ${r.period} | ${r.value} | ${r.rank}`);
}

/**
 * The unit lists ('gso2004', '2025') the user's values are stored on, one each — of one unit's
 * values when `unit` names it; with `named`, "<unit> <list>" per unit.
 */
export function storedUnitLists(store: Store, opts: { unit?: string; named?: boolean } = {}): string[] {
  return store.db
    .prepare(
      `SELECT DISTINCT ${opts.named ? `u.name_vi || ' ' || ` : ''}u.code_list FROM observation o JOIN unit u ON u.id = o.unit_id
       WHERE o.layer = 'user' ${opts.unit ? 'AND u.name_vi = ?' : ''} ORDER BY MIN(o.source_cell) OVER (PARTITION BY u.id)`,
    )
    .pluck()
    .all(...(opts.unit ? [opts.unit] : [])) as string[];
}

/** The 34 units' names in the 2025 list's order. */
export const units34Names = (): string[] => referenceCsv('units_2025.csv').map((r) => r.name_vi!);

/**
 * Stores a whole 2025 DTI ranking of the 34 units (scores 0.8, 0.79, … in the list's order, ranks
 * 1…34) and returns it as storedRanking reads it.
 */
export async function storeDti2025(store: Store): Promise<ReturnType<typeof storedRanking>> {
  const f = unitsCsv(
    'dti-2025.csv',
    ['XẾP HẠNG CHỈ SỐ DTI NĂM 2025'],
    'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI',
    units34Names(),
    (i) => `${(0.8 - i / 100).toFixed(4)},${i + 1}`,
  );
  const p = await importFileInto(store, f);
  if (errorCodes(p).length) throw new Error(`the 2025 ranking was refused: ${errorCodes(p).join(', ')}`);
  return storedRanking(store, 2025, 34);
}

/**
 * A ministry's table of the 34 under "TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III NĂM 2025 (%)": the
 * quarter and its year to date ("Lũy kế từ đầu năm") each over "Tổng số | Cấp tỉnh | Cấp xã", then
 * "Xếp hạng" 1…34 in the list's order, which the quarter's whole follows; the year to date's whole
 * is `ytd(i)`.
 */
export const quarterAndYearToDate34 = (name: string, ytd: (i: number) => number): string =>
  writeWorkbook(name, [
    {
      name: 'Bieu 01',
      rows: [
        ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III NĂM 2025 (%)'],
        ['STT', 'Tỉnh, thành phố', 'Quý III/2025', null, null, 'Lũy kế từ đầu năm', null, null, 'Xếp hạng'],
        [null, null, 'Tổng số', 'Cấp tỉnh', 'Cấp xã', 'Tổng số', 'Cấp tỉnh', 'Cấp xã', null],
        ...units34Names().map((u, i) => [
          i + 1,
          u,
          90 - i / 2,
          95 - i / 2,
          85 - i / 2,
          ytd(i),
          95,
          50,
          i + 1,
        ]),
      ],
      merges: [
        { s: { r: 1, c: 2 }, e: { r: 1, c: 4 } },
        { s: { r: 1, c: 5 }, e: { r: 1, c: 7 } },
        { s: { r: 1, c: 8 }, e: { r: 2, c: 8 } },
      ],
    },
  ]);

/**
 * `expr` over the user's stored values (o) and their units (u), one per value — or per group with
 * `group` — in `order` (the file's cells by default): "Hà Nội 2025-04..2025-06 gso2004".
 */
export function storedAs(
  store: Store,
  expr: string,
  opts: { order?: string; where?: string; group?: string } = {},
): unknown[] {
  return store.db
    .prepare(
      `SELECT ${expr} FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user'${
        opts.where ? ` AND ${opts.where}` : ''
      }${opts.group ? ` GROUP BY ${opts.group}` : ''} ORDER BY ${opts.order ?? 'o.source_cell'}`,
    )
    .pluck()
    .all();
}

/** The ministry's 2022 detail table under TITLES, its eight main indices headed by INDEX_HEADERS. */
export const detail2022Workbook = (
  name: string,
  titles: string[],
  indexHeaders?: string[],
  sheet = 'Sheet1',
) =>
  writeWorkbook(name, [
    {
      name: sheet,
      rows: [
        ...titles.map((t) => [t]),
        indexHeaders
          ? [...DETAIL_HEADERS_2022.slice(0, 2), ...indexHeaders, DETAIL_HEADERS_2022.at(-1)!]
          : DETAIL_HEADERS_2022,
        ...published2022().map((r) => [r.rank, r.label, ...r.idx, r.pdti]),
      ],
    },
  ]);

/** The year the import proposes for FILE (as the command line reads it, no year given). */
export async function proposedYear(store: Store, file: string): Promise<number | null> {
  const { analysis, session } = await importLikeCli(store, file);
  session.dispose();
  return analysis.target.year;
}
