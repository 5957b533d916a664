// Import history and undo. Undo puts back exactly what each touched cell held before the import
// (hand-edited values included) and removes cells the import created — in one transaction.
import type { Database } from 'better-sqlite3';
import type { ImportBatchInfo, KeptByLater, UndoValues } from '../../../shared/importSession';
import { AppError } from '../../../shared/result';
import { changeAfterBatch, shownSql } from '../../store/rankings';

interface BatchRow {
  id: number;
  kind: ImportBatchInfo['kind'];
  file_name: string | null;
  file_size: number | null;
  sha256: string | null;
  sheet: string | null;
  reader: string | null;
  year: number | null;
  ranking_group: number | null;
  counts_json: string | null;
  created_at: string;
  undone_at: string | null;
  observations: number;
}

/**
 * import_batch_prior.existed is a set of flags: 1, the cell existed before the import (every
 * snapshot has it: a cell the import created has none). Since the undo guards were reworked a
 * snapshot also records which fields the file carried for the cell: 8 says so, 2 the score and
 * 4 the rank. A snapshot with 1 alone (written before) counts as carrying both, as it did.
 */
export const SNAPSHOT_EXISTED = 1;
export const CARRIED_VALUE = 2;
export const CARRIED_RANK = 4;
export const CARRIED_KNOWN = 8;
const carries = (p: string, f: 'value' | 'rank') =>
  `((${p}.existed & ${CARRIED_KNOWN}) = 0 OR (${p}.existed & ${f === 'value' ? CARRIED_VALUE : CARRIED_RANK}) <> 0)`;

/**
 * A score and a rank are two values, as the import's preview counts them (new, changed,
 * unchanged). What undo does to a cell the batch holds is counted per value against what the cell
 * showed before the import — the batch's snapshot of it, else the published (reference) value,
 * a blank field showing the published one as the Rankings page does: a value where there was
 * none is removed; a value that differs from the one before goes back to it; a value equal to the
 * one before (unchanged by the import, or a field the file did not map) stays as it is and is not
 * counted. So undo's counts and the import's new + changed add up.
 * (Aliases: o the user cell, p the batch's snapshot of it, ref the published cell.)
 */
type Field = 'value' | 'rank';
const before = (f: Field) => shownSql(`p.${f}`, `ref.${f}`, 'ref', f);
const now = (f: Field) => shownSql(`o.${f}`, `ref.${f}`, 'ref', f);
const REMOVED = (f: Field) => `(${before(f)} IS NULL AND ${now(f)} IS NOT NULL)`;
const RESTORED = (f: Field) => `(${before(f)} IS NOT NULL AND ${before(f)} IS NOT ${now(f)})`;
const cellOf = (a: string, b: string) =>
  `${a}.indicator_id = ${b}.indicator_id AND ${a}.unit_id = ${b}.unit_id AND ${a}.period = ${b}.period AND ${a}.ranking_group = ${b}.ranking_group`;

/**
 * SQL: the cells of the batches `batchIs` picks ("= ?", "IN (3,4)": said of prior_batch_id) that later imports in effect found with the
 * same values (their snapshot points at it, while it still holds the cell), with the earliest of
 * them (`later`, who takes the cell over) and, per field, the earliest that carried it
 * (`value_by`, `rank_by`: NULL when none did — that field goes back to the batch's snapshot).
 */
const handedSql = (batchIs: string) =>
  `SELECT p.prior_batch_id AS id, p.indicator_id, p.unit_id, p.period, p.ranking_group, MIN(p.batch_id) AS later,
     MIN(CASE WHEN ${carries('p', 'value')} THEN p.batch_id END) AS value_by,
     MIN(CASE WHEN ${carries('p', 'rank')} THEN p.batch_id END) AS rank_by
   FROM import_batch_prior p JOIN import_batch b2 ON b2.id = p.batch_id AND b2.undone_at IS NULL
   JOIN observation o ON o.layer = 'user' AND o.batch_id = p.prior_batch_id AND ${cellOf('o', 'p')}
   WHERE p.prior_batch_id ${batchIs} AND p.batch_id > p.prior_batch_id
   GROUP BY p.prior_batch_id, p.indicator_id, p.unit_id, p.period, p.ranking_group`;

export interface UndoResult {
  /** Cells (unit × indicator × period) given back their snapshot, and cells deleted. */
  restored: number;
  removed: number;
  /** The same in values, as the wizard and the history count an import. */
  values: UndoValues;
}

/**
 * For every import in effect, the values that undoing it now would leave to a later import (the
 * same cells undoBatch hands over), so the confirmation can say so before anything is done. Reads
 * the snapshots that point at the imports `ids` (by the prior_batch_id index, migration 5).
 */
function keptByLater(db: Database, ids: readonly number[]): Map<number, KeptByLater[]> {
  if (ids.length === 0) return new Map();
  // per field: the later import that carried it keeps it (counted when it differs from before)
  const kept = (f: Field) =>
    `SELECT h.id, h.${f}_by AS later, (${before(f)} IS NOT ${now(f)}) AS n
     FROM handed h JOIN observation o ON o.layer = 'user' AND ${cellOf('o', 'h')}
     LEFT JOIN import_batch_prior p ON p.batch_id = h.id AND ${cellOf('p', 'h')}
     LEFT JOIN observation ref ON ref.layer = 'reference' AND ${cellOf('ref', 'h')}
     WHERE h.${f}_by IS NOT NULL`;
  const rows = db
    .prepare(
      `WITH handed AS (${handedSql(`IN (${ids.map(Number).join(',')})`)})
       SELECT id, later, SUM(n) AS n FROM (${kept('value')} UNION ALL ${kept('rank')})
       GROUP BY id, later ORDER BY id, later`,
    )
    .all() as { id: number; later: number; n: number }[];
  const out = new Map<number, KeptByLater[]>();
  for (const r of rows) {
    if (r.n <= 0) continue;
    const list = out.get(r.id) ?? [];
    list.push({ id: r.later, values: r.n });
    out.set(r.id, list);
  }
  return out;
}

export function listBatches(db: Database, limit = 200): ImportBatchInfo[] {
  const rows = db
    .prepare(
      `SELECT b.*, (SELECT COUNT(*) FROM observation o WHERE o.batch_id = b.id) AS observations
       FROM import_batch b ORDER BY b.id DESC LIMIT ?`,
    )
    .all(limit) as BatchRow[];
  // (only the listed imports still in effect: the snapshots of the others are not read)
  const kept = keptByLater(
    db,
    rows.filter((r) => !r.undone_at).map((r) => r.id),
  );
  return rows.map((r) => {
    const counts = r.counts_json ? (JSON.parse(r.counts_json) as ImportBatchInfo['counts']) : null;
    return {
      id: r.id,
      kind: r.kind,
      fileName: r.file_name,
      fileSize: r.file_size,
      sha256: r.sha256,
      sheet: r.sheet,
      reader: r.reader,
      year: r.year,
      group: r.ranking_group,
      counts,
      createdAt: r.created_at,
      undoneAt: r.undone_at,
      // the cells the batch wrote, as its commit counted them (the cells it still holds drop when a
      // later import takes some over); the live count only for batches from before that count
      observations: (counts as { written?: number } | null)?.written ?? r.observations,
      ...(!r.undone_at && kept.has(r.id) ? { keptBy: kept.get(r.id)! } : {}),
    };
  });
}

/** What an import did to KPI indicators (kept in its batch's mapping_json, taken back by undo). */
export interface BatchIndicators {
  /** KPIs it created (named in the file, new to the store). */
  created: number[];
  /** KPIs stored without a unit of measure that took the file's. */
  unitsSet: { id: number; uom: string }[];
}

/**
 * Takes back what an undone import did to indicators: a unit it gave a KPI (while still that
 * unit), a KPI it created (while nothing else refers to it: values, targets, notes, edits).
 */
function undoIndicators(db: Database, batchId: number): void {
  const json = db
    .prepare(`SELECT json_extract(mapping_json, '$.indicators') FROM import_batch WHERE id = ?`)
    .pluck()
    .get(batchId) as string | null;
  // KPIs an import undone before created, kept then by this one's values (undone oldest first: round
  // 79 left a KPI with no import and no value), go now as its own do.
  const earlier = (
    db
      .prepare(
        `SELECT json_extract(mapping_json, '$.indicators') FROM import_batch
          WHERE undone_at IS NOT NULL AND json_extract(mapping_json, '$.indicators') IS NOT NULL`,
      )
      .pluck()
      .all() as string[]
  ).flatMap((j) => (JSON.parse(j) as BatchIndicators).created);
  if (!json && earlier.length === 0) return;
  const own = json ? (JSON.parse(json) as BatchIndicators) : { created: [], unitsSet: [] };
  const done: BatchIndicators = { created: [...own.created, ...earlier], unitsSet: own.unitsSet };
  // (not while values written since in that unit, by a later import or by hand, stay)
  const clearUnit = db.prepare(
    `UPDATE indicator SET unit_of_measure = NULL WHERE id = @id AND unit_of_measure = @uom
       AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.indicator_id = @id AND o.layer = 'user'
                         AND (o.batch_id IS NULL OR o.batch_id > @batch))`,
  );
  for (const u of done.unitsSet) clearUnit.run({ id: u.id, uom: u.uom, batch: batchId });
  const drop = db.prepare(
    `DELETE FROM indicator WHERE id = @id
       AND NOT EXISTS (SELECT 1 FROM observation WHERE indicator_id = @id)
       AND NOT EXISTS (SELECT 1 FROM target WHERE indicator_id = @id)
       AND NOT EXISTS (SELECT 1 FROM annotation WHERE indicator_id = @id)
       AND NOT EXISTS (SELECT 1 FROM change_log WHERE indicator_id = @id)
       AND NOT EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = @id)
       AND NOT EXISTS (SELECT 1 FROM import_batch_prior p JOIN import_batch b ON b.id = p.batch_id
                       WHERE p.indicator_id = @id AND p.batch_id <> @batch AND b.undone_at IS NULL)`,
  );
  // (the snapshots of imports taken back — this one, a later one that read the same file again —
  // go with the KPI: nothing is ever restored from them)
  const dropSnapshots = db.prepare(
    `DELETE FROM import_batch_prior WHERE indicator_id = @id
       AND batch_id IN (SELECT id FROM import_batch WHERE id = @batch OR undone_at IS NOT NULL)`,
  );
  for (const id of done.created)
    if (drop.run({ id, batch: batchId }).changes > 0) dropSnapshots.run({ id, batch: batchId });
}

/** A unit name an import's answers gave (kept in its batch's mapping_json, forgotten by undo). */
export interface BatchAlias {
  unitId: number;
  alias: string;
  /** Whether this import taught it (false: remembered already; absent in batches of before: true). */
  created?: boolean;
}

/**
 * Forgets the names an undone import's answers gave (a name answered wrongly goes with it), unless
 * another import in effect gave the same answer, or no import taught it (it was remembered before).
 */
function undoAliases(db: Database, batchId: number): void {
  const json = db
    .prepare(`SELECT json_extract(mapping_json, '$.aliases') FROM import_batch WHERE id = ?`)
    .pluck()
    .get(batchId) as string | null;
  if (!json) return;
  const given = (inEffectOnly: boolean) =>
    db.prepare(
      `SELECT 1 FROM import_batch b, json_each(b.mapping_json, '$.aliases') a
       WHERE json_extract(a.value, '$.unitId') = @unitId AND json_extract(a.value, '$.alias') = @alias
         AND ${inEffectOnly ? 'b.id <> @batch AND b.undone_at IS NULL' : `COALESCE(json_extract(a.value, '$.created'), 1) = 1`}
       LIMIT 1`,
    );
  const stillGiven = given(true);
  const taught = given(false);
  const forget = db.prepare(`DELETE FROM unit_alias WHERE origin = 'user' AND unit_id = ? AND alias = ?`);
  for (const a of JSON.parse(json) as BatchAlias[]) {
    const at = { unitId: a.unitId, alias: a.alias, batch: batchId };
    if (!stillGiven.get(at) && taught.get(at)) forget.run(a.unitId, a.alias);
  }
}

/**
 * undoImport as the IPC contract, the import worker and the CLI give its result: cells restored
 * and removed. The counts in values are kept with the batch (counts_json.undo), where the history
 * reads them to say what the undo did.
 */
export function undoBatch(db: Database, batchId: number): { restored: number; removed: number } {
  const { restored, removed } = undoImport(db, batchId);
  return { restored, removed };
}

export function undoImport(db: Database, batchId: number): UndoResult {
  return db.transaction(() => {
    const blocked = undoBlocker(db, batchId);
    if (blocked) throw blocked;
    // Cells a later import found with the same values stay: they pass to the earliest such import,
    // as if this one had never run. Only the fields a later import carried keep their values; the
    // others go back to this batch's snapshot (blank if it created the cell: the published value
    // shows). The later import's own snapshot of them (this batch's values) goes, this batch's
    // (what was there before both) becomes its. Set-based: a batch can hold a million cells.
    db.exec(`DROP TABLE IF EXISTS temp.handed;
      CREATE TEMP TABLE handed (id INTEGER, indicator_id INTEGER, unit_id INTEGER, period TEXT, ranking_group INTEGER,
        later INTEGER, value_by INTEGER, rank_by INTEGER, own_cell TEXT, own_note TEXT,
        PRIMARY KEY (indicator_id, unit_id, period, ranking_group));`);
    db.prepare(
      `INSERT INTO temp.handed (id, indicator_id, unit_id, period, ranking_group, later, value_by, rank_by) ${handedSql('= ?')}`,
    ).run(batchId);
    // Where the later import's file has the cell (its snapshot says, from migration 6 on).
    db.prepare(
      `UPDATE temp.handed SET (own_cell, own_note) = (SELECT s.own_cell, s.own_note FROM import_batch_prior s
         WHERE s.batch_id = handed.later AND ${cellOf('s', 'handed')})`,
    ).run();
    // What the undo does, in values, counted before anything changes: per later import that
    // keeps a value (kept), or else removed / restored (see the counting rule above).
    const perField = (f: Field) =>
      `SELECT h.${f}_by AS later, ${REMOVED(f)} AS removed, ${RESTORED(f)} AS restored
       FROM observation o
       LEFT JOIN import_batch_prior p ON p.batch_id = @batch AND ${cellOf('p', 'o')}
       LEFT JOIN observation ref ON ref.layer = 'reference' AND ${cellOf('ref', 'o')}
       LEFT JOIN temp.handed h ON ${cellOf('h', 'o')}
       WHERE o.layer = 'user' AND o.batch_id = @batch`;
    const tally = db
      .prepare(
        `SELECT later, SUM(removed) AS removed, SUM(restored) AS restored
         FROM (${perField('value')} UNION ALL ${perField('rank')}) GROUP BY later ORDER BY later`,
      )
      .all({ batch: batchId }) as { later: number | null; removed: number; restored: number }[];
    const values: UndoValues = { restored: 0, removed: 0, keptBy: [] };
    for (const r of tally) {
      if (r.later === null) {
        values.removed = r.removed;
        values.restored = r.restored;
      } else if (r.removed + r.restored > 0)
        values.keptBy.push({ id: r.later, values: r.removed + r.restored });
    }
    const h = (t: string) => `SELECT 1 FROM temp.handed h WHERE ${cellOf('h', t)}`;
    db.prepare(
      `DELETE FROM import_batch_prior WHERE EXISTS (${h('import_batch_prior')} AND h.later = import_batch_prior.batch_id)`,
    ).run();
    db.prepare(
      `UPDATE import_batch_prior SET batch_id = h.later FROM temp.handed h
       WHERE import_batch_prior.batch_id = ? AND ${cellOf('import_batch_prior', 'h')}`,
    ).run(batchId);
    db.prepare(
      `UPDATE import_batch_prior SET prior_batch_id = h.later FROM temp.handed h
       WHERE import_batch_prior.prior_batch_id = ? AND import_batch_prior.batch_id > h.later AND ${cellOf('import_batch_prior', 'h')}`,
    ).run(batchId);
    // (the snapshot the cell's new holder now has is this batch's: the fields no later import
    // carried take its values, or blank where there was none)
    const snap = (f: Field) =>
      `CASE WHEN h.${f}_by IS NOT NULL THEN observation.${f} ELSE (SELECT s.${f} FROM import_batch_prior s
         WHERE s.batch_id = h.later AND ${cellOf('s', 'h')}) END`;
    db.prepare(
      `UPDATE observation SET batch_id = h.later, value = ${snap('value')}, rank = ${snap('rank')},
         source_sheet = (SELECT b3.sheet FROM import_batch b3 WHERE b3.id = h.later), source_cell = h.own_cell,
         source_note = CASE WHEN h.own_cell IS NULL THEN observation.source_note ELSE h.own_note END
       FROM temp.handed h WHERE observation.layer = 'user' AND ${cellOf('observation', 'h')}`,
    ).run();
    db.exec(`DROP TABLE temp.handed`);
    // Cells the batch created: written by it, with no snapshot of an earlier value.
    const removed = db
      .prepare(
        `DELETE FROM observation WHERE layer = 'user' AND batch_id = ? AND NOT EXISTS (
           SELECT 1 FROM import_batch_prior p WHERE p.batch_id = ? AND p.indicator_id = observation.indicator_id
             AND p.unit_id = observation.unit_id AND p.period = observation.period AND p.ranking_group = observation.ranking_group)`,
      )
      .run(batchId, batchId).changes;
    const restored = db
      .prepare(
        `UPDATE observation SET value = p.value, rank = p.rank, rank_of = p.rank_of, status = p.status, batch_id = p.prior_batch_id,
           source_sheet = p.source_sheet, source_cell = p.source_cell, source_note = p.source_note, updated_at = p.updated_at
         FROM import_batch_prior p
         WHERE p.batch_id = ? AND (p.existed & ${SNAPSHOT_EXISTED}) <> 0 AND observation.layer = 'user' AND observation.indicator_id = p.indicator_id
           AND observation.unit_id = p.unit_id AND observation.period = p.period AND observation.ranking_group = p.ranking_group
           -- only cells it holds: one it found unchanged stayed its earlier batch's (and may carry an edit since)
           AND observation.batch_id = ?`,
      )
      .run(batchId, batchId).changes;
    undoIndicators(db, batchId);
    undoAliases(db, batchId);
    // (what it did, in values, kept with the batch for the history: counts.undo)
    db.prepare(
      `UPDATE import_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
         counts_json = json_set(COALESCE(counts_json, '{}'), '$.undo', json(?)) WHERE id = ?`,
    ).run(JSON.stringify(values), batchId);
    return { restored, removed, values };
  })();
}

/**
 * Why undoing an import now would not restore exactly what was there before it, if so: a later
 * import changed its cells since, two later ones each repeat a part of it, or a hand change came
 * after it. undoImport refuses with it; the history says it before its confirmation (round 76: the
 * dialog promised what the undo then refused).
 */
export function undoBlocker(db: Database, batchId: number): AppError | null {
  const b = db
    .prepare(
      `SELECT id, kind, undone_at, json_extract(mapping_json, '$.target.kind') AS tableKind FROM import_batch WHERE id = ?`,
    )
    .get(batchId) as
    { id: number; kind: string; undone_at: string | null; tableKind: string | null } | undefined;
  if (!b) return new AppError('NOT_FOUND', `Import ${batchId} not found`);
  if (b.kind === 'reference')
    return new AppError('VALIDATION', `Import ${batchId} is the published reference data`, {
      key: 'imports.undoReference',
    });
  if (b.undone_at)
    return new AppError('VALIDATION', `Import ${batchId} is already undone`, {
      key: 'imports.alreadyUndone',
    });
  // A later import that found this batch in a cell recorded it as the cell's prior batch. If the
  // cell has changed hands since (that import, or one after it, wrote other values), undoing
  // this one now would put back values over theirs: they are undone first. (An import that only
  // found the same values left the cell to this batch: it does not block, see below.)
  const later = db
    .prepare(
      // (named: the import that holds such a cell now, not one that only found the same values)
      `SELECT COALESCE(MIN(CASE WHEN o.batch_id > ? THEN o.batch_id END), MIN(p.batch_id)) AS id
       FROM import_batch_prior p JOIN import_batch b2 ON b2.id = p.batch_id
       JOIN observation o ON o.layer = 'user' AND ${cellOf('o', 'p')}
       WHERE p.prior_batch_id = ? AND p.batch_id > ? AND b2.undone_at IS NULL AND o.batch_id IS NOT ?`,
    )
    .get(batchId, batchId, batchId, batchId) as { id: number | null };
  if (later.id !== null) {
    return new AppError('VALIDATION', `Undo import ${later.id} first: it changed the same cells later`, {
      // (a KPI table's values have no score beside them: round 83's monthly values were told so)
      key: b.tableKind === 'kpi' ? 'imports.undoLaterFirstKpi' : 'imports.undoLaterFirst',
      params: { id: later.id },
    });
  }
  // A cell of this batch that later imports found unchanged, each carrying a part of it (one the
  // rank, "Xếp hạng" alone; another the score too, the same ministry table saved as a web page):
  // the cell passes to one of them, and the other's part would be left to an import that does
  // not hold it (undoing that one later would leave values no import holds). The later carrier
  // is undone first; then the cell passes whole.
  const split = db
    .prepare(
      `SELECT h.later, CASE WHEN h.value_by IS NOT NULL AND h.value_by <> h.later THEN h.value_by ELSE h.rank_by END AS other
       FROM (${handedSql('= ?')}) h
       WHERE (h.value_by IS NOT NULL AND h.value_by <> h.later) OR (h.rank_by IS NOT NULL AND h.rank_by <> h.later)
       ORDER BY other DESC LIMIT 1`,
    )
    .get(batchId) as { later: number; other: number } | undefined;
  if (split)
    return new AppError(
      'VALIDATION',
      `Undo import ${split.other} first: it and import ${split.later} each repeat a part of this import's values`,
      {
        key: 'imports.undoSplitFirst',
        params: { id: split.other, other: split.later },
      },
    );
  // A cell of this batch changed by hand after it — an edit, an undo or a redo, in the order of
  // the change log (changeAfterBatch), whenever the edit itself was made: undoing would put the
  // import's snapshot back over that change unseen (or bring back an edit undone since). An edit
  // made after the import and undone since left nothing behind: it does not block.
  const handChange = db
    .prepare(
      // (n: the cells with a hand change in effect, as the first refusal says; any: with either kind)
      `SELECT COUNT(DISTINCT CASE WHEN e.undone_at IS NULL THEN c.indicator_id || '|' || c.unit_id || '|' || c.period || '|' || c.ranking_group END) AS n,
         COUNT(*) AS any,
         MIN(u.name_vi) AS unit, MAX(CASE WHEN e.undone_at IS NULL THEN e.id END) AS active,
         MAX(CASE WHEN e.undone_at IS NOT NULL THEN e.id END) AS undone
       FROM import_batch b
       JOIN observation o ON o.layer = 'user' AND o.batch_id = b.id
       JOIN change_log c ON ${cellOf('c', 'o')}
       JOIN change_log e ON e.id = COALESCE(c.reverts_id, c.id)
       JOIN unit u ON u.id = c.unit_id
       WHERE b.id = ? AND ${changeAfterBatch('c.id', 'c.changed_at', 'b')}
         AND NOT (e.undone_at IS NOT NULL AND ${changeAfterBatch('e.id', 'e.changed_at', 'b')})`,
    )
    .get(batchId) as {
    n: number;
    any: number;
    unit: string | null;
    active: number | null;
    undone: number | null;
  };
  if (handChange.active !== null) {
    return new AppError(
      'VALIDATION',
      `Import ${batchId} cannot be undone: ${handChange.n} of its values were edited by hand afterwards (${handChange.unit}); undo those edits first`,
      {
        key: 'imports.undoAfterEdits',
        params: { id: batchId, n: handChange.n, unit: handChange.unit ?? '' },
      },
    );
  }
  if (handChange.any > 0) {
    // only edits made before the import and undone after it: its snapshot holds their values
    return new AppError(
      'VALIDATION',
      `Import ${batchId} cannot be undone: change ${handChange.undone} (${handChange.unit}), made before it, was undone after it; redo that change first`,
      {
        key: 'imports.undoAfterHandUndo',
        params: { id: batchId, change: handChange.undone ?? 0, unit: handChange.unit ?? '' },
      },
    );
  }
  return null;
}
