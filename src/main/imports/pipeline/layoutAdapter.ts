// Between layout detection (which looks at the top of a sheet) and the session: the proposed
// mapping in the session's terms, and the mapping a user confirmed for the same layout before.
import type { Database } from 'better-sqlite3';
import type { ImportKind, ImportMapping, SheetPreview } from '../../../shared/importSession';
import type { RawTable } from '../../../shared/imports/types';
import { detectLayout } from '../layout';

export interface Proposal {
  mapping: ImportMapping;
  titleHints: SheetPreview['titleHints'];
  signature: string;
}

export function proposeLayout(table: RawTable): Proposal {
  const p = detectLayout(table);
  const headerRow = p.headerRows.length ? Math.max(...p.headerRows) : 0;
  const kind: ImportKind | null = p.kind === 'ranking' ? 'ranking' : p.kind.startsWith('kpi') ? 'kpi' : null;
  return {
    mapping: {
      headerRow,
      dataStartRow: p.dataRows[0] ?? headerRow + 1,
      // The data block runs to the end of the sheet: footnotes and blank rows are skipped as read.
      dataEndRow: null,
      columns: p.columns,
    },
    titleHints: {
      year: p.titleHints.year ?? null,
      group: p.titleHints.group ?? null,
      kind,
      text: p.titleHints.titles.join(' | ') || null,
    },
    signature: p.signature,
  };
}

export function rememberedLayout(db: Database, signature: string): ImportMapping | null {
  const r = db.prepare(`SELECT mapping_json FROM import_layout WHERE signature = ?`).get(signature) as
    { mapping_json: string } | undefined;
  return r ? (JSON.parse(r.mapping_json) as ImportMapping) : null;
}

export function rememberLayout(
  db: Database,
  signature: string,
  mapping: ImportMapping,
  kind: ImportKind,
): void {
  db.prepare(
    `INSERT INTO import_layout (signature, mapping_json, kind) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping_json = excluded.mapping_json, kind = excluded.kind,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  ).run(signature, JSON.stringify(mapping), kind);
}
