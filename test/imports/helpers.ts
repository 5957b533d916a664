import path from 'node:path';
import { ImportSession, type ImportSource } from '../../src/main/imports/pipeline/session';
import type { Store } from '../../src/main/store';
import type { ImportPreview, ImportTarget } from '../../src/shared/importSession';

export const FIXTURE_DIR = path.join(__dirname, '../fixtures/files');
export const fixture = (name: string) => path.join(FIXTURE_DIR, name);

/** The bundled reference files, as the store reads them. */
export { referenceCsv } from '../../src/main/store/referenceFiles';

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
