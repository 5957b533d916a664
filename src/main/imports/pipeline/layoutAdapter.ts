// Between layout detection (which looks at the top of a sheet) and the session: the proposed
// mapping in the session's terms, and the mapping a user confirmed for the same layout before.
import type { Database } from 'better-sqlite3';
import type { ImportKind, ImportMapping, SheetPreview } from '../../../shared/importSession';
import type { RawTable } from '../../../shared/imports/types';
import { detectLayout } from '../layout';
import { DUPLICATE_NOTE, OTHER_YEAR_NOTE } from '../../../shared/imports/yearColumns';
import { rankedColumnOf } from '../../../shared/imports/fields';

export interface Proposal {
  mapping: ImportMapping;
  titleHints: SheetPreview['titleHints'];
  signature: string;
  /** Where a second table on the sheet starts (not read); null when none follows. */
  nextTableRow: number | null;
  /** A row of unit names across the top: a transposed table, which is not read. */
  unitsAcross: { row: number; units: number } | null;
}

export function proposeLayout(table: RawTable): Proposal {
  const p = detectLayout(table);
  const headerRow = p.headerRows.length ? Math.max(...p.headerRows) : 0;
  const kind: ImportKind | null = p.kind === 'ranking' ? 'ranking' : p.kind.startsWith('kpi') ? 'kpi' : null;
  return {
    mapping: {
      headerRow,
      dataStartRow: p.dataRows[0] ?? headerRow + 1,
      // The data block runs to the end of the sheet (footnotes and blank rows are skipped as
      // read), or to the end of the table when another one follows ("Bảng 2 …").
      dataEndRow: p.dataEndRow,
      columns: p.columns,
    },
    titleHints: {
      year: p.titleHints.year ?? null,
      group: p.titleHints.group ?? null,
      kind,
      text: p.titleHints.titles.join(' | ') || null,
      // (or, for a ranking whose title gives none, the year it says it was published)
      ...cellNaming(table, p.titleRows, 'yearAt', p.titleHints.year ?? p.titleHints.publishedYear),
      ...cellNaming(table, p.titleRows, 'groupAt', p.titleHints.group),
      ...(p.titleHints.publishedYear !== undefined ? { publishedYear: p.titleHints.publishedYear } : {}),
    },
    signature: p.signature,
    nextTableRow: p.nextTableRow,
    unitsAcross: p.unitsAcross,
  };
}

/** The first title cell writing `n` ("NĂM 2022", "63 TỈNH"), as { [key]: its place }; {} if none. */
function cellNaming<K extends string>(
  table: RawTable,
  rows: number[],
  key: K,
  n: number | undefined,
): Partial<Record<K, { row: number; col: number }>> {
  if (n === undefined) return {};
  const re = new RegExp(`(^|\\D)${n}(\\D|$)`);
  for (const row of rows) {
    const cells = table.rows[row - 1] ?? [];
    for (let i = 0; i < cells.length; i++)
      if (re.test(String(cells[i] ?? '')))
        return { [key]: { row, col: i + 1 } } as Partial<Record<K, { row: number; col: number }>>;
  }
  return {};
}

/**
 * Where detection put the header and the first data row (what the user's rows are relative to),
 * and the kind of table it read the file as (a ranking, a KPI table): what the file itself said.
 */
export type DetectedRows = Pick<ImportMapping, 'headerRow' | 'dataStartRow'> & { kind?: ImportKind };

/**
 * The mapping the user confirmed for this layout, placed on this file: the columns mean what
 * the user said; the rows move with the table (the same headers come with or without title rows
 * above them), keeping any correction the user made to detection's rows.
 *
 * Not for a file that reads as another kind of table than the file the layout was confirmed for
 * did ("PCI 2023.xlsx", an indicator table by its name, after the DTI's ranking of the same
 * headers: round 81 read its columns as the DTI's and imported nothing): its own evidence wins.
 * A kind the user chose over detection's is kept for files detection reads as it read that one.
 * (Layouts remembered before the detected kind was kept: kept for files of their own kind.)
 */
export function rememberedLayout(
  db: Database,
  signature: string,
  detected: DetectedRows,
): ImportMapping | null {
  const r = db.prepare(`SELECT mapping_json, kind FROM import_layout WHERE signature = ?`).get(signature) as
    { mapping_json: string; kind: ImportKind } | undefined;
  if (!r) return null;
  const saved = JSON.parse(r.mapping_json) as ImportMapping & { detected?: DetectedRows };
  const { detected: then, ...mapping } = saved;
  if (detected.kind !== undefined && (then?.kind ?? r.kind) !== detected.kind) return null;
  // Layouts remembered before the rows were stored relative to detection: detection's rows.
  const shift = (field: 'headerRow' | 'dataStartRow') =>
    detected[field] + (then ? mapping[field] - then[field] : 0);
  return {
    ...mapping,
    // (one saved by an earlier build is not used)
    columns: withoutDecimalMarks(mapping.columns),
    headerRow: Math.max(0, shift('headerRow')),
    dataStartRow: Math.max(1, shift('dataStartRow')),
    // The last data row is this file's own (another year has another length).
    dataEndRow: null,
  };
}

/**
 * A note layout detection reads from a column's cells, not its header: the file's own ("with its
 * rank"; "ranks column 6", the column whose order a bare rank follows, or none it clearly does).
 */
const cellNote = (note: string): boolean =>
  note === 'with its rank' || note === 'rank of several columns' || rankedColumnOf(note) !== null;

/**
 * A remembered mapping with what this file gives of its own: the notes its cells give (a score
 * printed with its rank in most cells of its column is read so in this file whatever the last file
 * of these headers held — and a few "(1)" here are footnote marks even if the last file's brackets
 * were ranks), and its columns' periods (the same headers come every quarter: "Lũy kế từ đầu năm"
 * runs to the quarter this file's title names, not to the last file's).
 */
export function withFileOwn(remembered: ImportMapping, detected: ImportMapping): ImportMapping {
  return {
    ...remembered,
    columns: remembered.columns.map(({ note, ...c }) => {
      const detectedColumn = detected.columns.find((d) => d.col === c.col);
      // Which year's columns a table of several years is read for is this import's (its title's
      // year, or --year), not the last file's: "Điểm DTI 2020 | … | Điểm DTI 2021" remembered
      // from an import of 2020 would read a corrected copy titled 2021 as 2020 again.
      if (detectedColumn && (yearChoice(note) || yearChoice(detectedColumn.note)))
        return { ...detectedColumn, header: c.header };
      const fresh = detectedColumn?.note;
      const kept = note !== undefined && !cellNote(note) ? note : undefined;
      const own = fresh !== undefined && cellNote(fresh) ? fresh : kept;
      const mapping = detectedColumn ? withPeriodOf(c.mapping, detectedColumn.mapping) : c.mapping;
      return own !== undefined ? { ...c, mapping, note: own } : { ...c, mapping };
    }),
  };
}

/** A column set aside for the same field of another year, or taking it (yearColumns.ts). */
const yearChoice = (note: string | undefined): boolean =>
  note !== undefined && (DUPLICATE_NOTE.test(note) || note === OTHER_YEAR_NOTE);

/** A column's remembered field with the period detection gives it in this file, for a field of one. */
function withPeriodOf(
  remembered: ImportMapping['columns'][number]['mapping'],
  detected: ImportMapping['columns'][number]['mapping'],
): ImportMapping['columns'][number]['mapping'] {
  if (remembered.field === 'kpi.valueForPeriod' && detected.field === 'kpi.valueForPeriod')
    return { ...remembered, period: detected.period };
  if (remembered.field === 'kpi.valueForIndicator' && detected.field === 'kpi.valueForIndicator') {
    const { period: _then, ...rest } = remembered;
    return detected.period !== undefined ? { ...rest, period: detected.period } : rest;
  }
  return remembered;
}

/**
 * A decimal mark chosen for a column is the file's, not its layout's: the next file of the same
 * headers may hold another indicator ("Đơn vị, Chỉ tiêu, Kỳ, Giá trị" is most KPI files).
 */
const withoutDecimalMarks = (columns: ImportMapping['columns']) =>
  columns.map(({ decimalMark: _fileOnly, ...c }) => c);

export function rememberLayout(
  db: Database,
  signature: string,
  mapping: ImportMapping,
  kind: ImportKind,
  detected: DetectedRows,
): void {
  db.prepare(
    `INSERT INTO import_layout (signature, mapping_json, kind) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping_json = excluded.mapping_json, kind = excluded.kind,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  ).run(
    signature,
    JSON.stringify({ ...mapping, columns: withoutDecimalMarks(mapping.columns), detected }),
    kind,
  );
}
