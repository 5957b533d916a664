// Import history and undo. Undo puts back exactly what each touched cell held before the import
// (hand-edited values included) and removes cells the import created — in one transaction.
import type { Database } from 'better-sqlite3';
import type { ImportBatchInfo, KeptByLater, UndoValues } from '../../../shared/importSession';
import { AppError } from '../../../shared/result';

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
 * A score and a rank are two values, as the import's preview counts them (new, changed,
 * unchanged). What undo does to a cell the batch holds is counted per value against what the cell
 * showed before the import — the batch's snapshot of it, else the published (reference) value:
 * a value where there was none is removed; a value that differs from the one before goes back to
 * it; a value equal to the one before (unchanged by the import, or a field the file did not map)
 * stays as it is and is not counted. So undo's counts and the import's new + changed add up.
 * (Aliases: o the user cell, p the batch's snapshot of it, ref the published cell.)
 */
const VALUE_FIELDS = ['value', 'rank'] as const;
const before = (f: string) => `CASE WHEN p.batch_id IS NOT NULL THEN p.${f} ELSE ref.${f} END`;
const REMOVED_VALUES = VALUE_FIELDS.map((f) => `(${before(f)} IS NULL AND o.${f} IS NOT NULL)`).join(' + ');
const RESTORED_VALUES = VALUE_FIELDS.map(
  (f) => `(${before(f)} IS NOT NULL AND ${before(f)} IS NOT o.${f})`,
).join(' + ');
const cellOf = (a: string, b: string) =>
  `${a}.indicator_id = ${b}.indicator_id AND ${a}.unit_id = ${b}.unit_id AND ${a}.period = ${b}.period AND ${a}.ranking_group = ${b}.ranking_group`;

export interface UndoResult {
  /** Cells (unit × indicator × period) given back their snapshot, and cells deleted. */
  restored: number;
  removed: number;
  /** The same in values, as the wizard and the history count an import. */
  values: UndoValues;
}

/**
 * For every import in effect, the values that undoing it now would leave to a later import (the
 * same cells undoBatch hands over), so the confirmation can say so before anything is done. One
 * pass over the snapshots that point at an earlier import (usually few).
 */
function keptByLater(db: Database): Map<number, KeptByLater[]> {
  const rows = db
    .prepare(
      `WITH handed AS (
         SELECT p.prior_batch_id AS id, p.indicator_id, p.unit_id, p.period, p.ranking_group, MIN(p.batch_id) AS later
         FROM import_batch_prior p JOIN import_batch b2 ON b2.id = p.batch_id AND b2.undone_at IS NULL
         JOIN observation o ON o.layer = 'user' AND o.batch_id = p.prior_batch_id AND ${cellOf('o', 'p')}
         WHERE p.prior_batch_id IS NOT NULL AND p.batch_id > p.prior_batch_id
         GROUP BY p.prior_batch_id, p.indicator_id, p.unit_id, p.period, p.ranking_group)
       SELECT h.id, h.later, SUM(${REMOVED_VALUES} + ${RESTORED_VALUES}) AS n
       FROM handed h
       JOIN observation o ON o.layer = 'user' AND ${cellOf('o', 'h')}
       LEFT JOIN import_batch_prior p ON p.batch_id = h.id AND ${cellOf('p', 'h')}
       LEFT JOIN observation ref ON ref.layer = 'reference' AND ${cellOf('ref', 'h')}
       GROUP BY h.id, h.later ORDER BY h.id, h.later`,
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
  const kept = keptByLater(db);
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
  if (!json) return;
  const done = JSON.parse(json) as BatchIndicators;
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
       AND NOT EXISTS (SELECT 1 FROM import_batch_prior WHERE indicator_id = @id)`,
  );
  for (const id of done.created) drop.run({ id });
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
    const b = db.prepare(`SELECT id, kind, undone_at FROM import_batch WHERE id = ?`).get(batchId) as
      { id: number; kind: string; undone_at: string | null } | undefined;
    if (!b) throw new AppError('NOT_FOUND', `Import ${batchId} not found`);
    if (b.kind === 'reference')
      throw new AppError('VALIDATION', `Import ${batchId} is the published reference data`, {
        key: 'imports.undoReference',
      });
    if (b.undone_at)
      throw new AppError('VALIDATION', `Import ${batchId} is already undone`, {
        key: 'imports.alreadyUndone',
      });
    // A later import that found this batch in a cell recorded it as the cell's prior batch. If the
    // cell has changed hands since (that import, or one after it, wrote other values), undoing
    // this one now would put back values over theirs: they are undone first. (An import that only
    // found the same values left the cell to this batch: it does not block, see below.)
    const later = db
      .prepare(
        `SELECT MIN(p.batch_id) AS id FROM import_batch_prior p JOIN import_batch b2 ON b2.id = p.batch_id
         JOIN observation o ON o.layer = 'user' AND ${cellOf('o', 'p')}
         WHERE p.prior_batch_id = ? AND p.batch_id > ? AND b2.undone_at IS NULL AND o.batch_id IS NOT ?`,
      )
      .get(batchId, batchId, batchId) as { id: number | null };
    if (later.id !== null) {
      throw new AppError('VALIDATION', `Undo import ${later.id} first: it changed the same cells later`, {
        key: 'imports.undoLaterFirst',
        params: { id: later.id },
      });
    }
    // A cell of this batch edited by hand after it: undoing would throw the edit away unseen.
    const edited = db
      .prepare(
        `SELECT COUNT(DISTINCT c.indicator_id || '|' || c.unit_id || '|' || c.period || '|' || c.ranking_group) AS n,
           MIN(u.name_vi) AS unit
         FROM change_log c
         JOIN observation o ON o.layer = 'user' AND o.batch_id = ? AND ${cellOf('o', 'c')}
         JOIN unit u ON u.id = c.unit_id
         WHERE c.kind = 'edit' AND c.undone_at IS NULL
           AND c.changed_at >= (SELECT created_at FROM import_batch WHERE id = ?)`,
      )
      .get(batchId, batchId) as { n: number; unit: string | null };
    if (edited.n > 0) {
      throw new AppError(
        'VALIDATION',
        `Import ${batchId} cannot be undone: ${edited.n} of its values were edited by hand afterwards (${edited.unit}); undo those edits first`,
        { key: 'imports.undoAfterEdits', params: { id: batchId, n: edited.n, unit: edited.unit ?? '' } },
      );
    }
    // Cells a later import found with the same values stay: they pass to the earliest such import,
    // with this batch's snapshot (what was there before both) if it had one, as if this one had
    // never run; that import's own snapshot of them (this batch's values) goes. Set-based: a
    // batch can hold a million cells.
    db.exec(`DROP TABLE IF EXISTS temp.handed;
      CREATE TEMP TABLE handed (indicator_id INTEGER, unit_id INTEGER, period TEXT, ranking_group INTEGER, later INTEGER,
        PRIMARY KEY (indicator_id, unit_id, period, ranking_group));`);
    db.prepare(
      `INSERT INTO temp.handed SELECT p.indicator_id, p.unit_id, p.period, p.ranking_group, MIN(p.batch_id)
       FROM import_batch_prior p JOIN import_batch b2 ON b2.id = p.batch_id AND b2.undone_at IS NULL
       JOIN observation o ON o.layer = 'user' AND o.batch_id = ? AND ${cellOf('o', 'p')}
       WHERE p.prior_batch_id = ? AND p.batch_id > ?
       GROUP BY p.indicator_id, p.unit_id, p.period, p.ranking_group`,
    ).run(batchId, batchId, batchId);
    // What the undo does, in values, counted before anything changes: per later import that
    // takes cells over (kept), or else removed / restored (see VALUE_FIELDS).
    const tally = db
      .prepare(
        `SELECT h.later AS later, SUM(${REMOVED_VALUES}) AS removed, SUM(${RESTORED_VALUES}) AS restored
         FROM observation o
         LEFT JOIN import_batch_prior p ON p.batch_id = @batch AND ${cellOf('p', 'o')}
         LEFT JOIN observation ref ON ref.layer = 'reference' AND ${cellOf('ref', 'o')}
         LEFT JOIN temp.handed h ON ${cellOf('h', 'o')}
         WHERE o.layer = 'user' AND o.batch_id = @batch AND (p.batch_id IS NULL OR p.existed = 1 OR h.later IS NOT NULL)
         GROUP BY h.later ORDER BY h.later`,
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
    db.prepare(
      `UPDATE observation SET batch_id = h.later,
         source_sheet = (SELECT b3.sheet FROM import_batch b3 WHERE b3.id = h.later), source_cell = NULL
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
         WHERE p.batch_id = ? AND p.existed = 1 AND observation.layer = 'user' AND observation.indicator_id = p.indicator_id
           AND observation.unit_id = p.unit_id AND observation.period = p.period AND observation.ranking_group = p.ranking_group
           -- only cells it holds: one it found unchanged stayed its earlier batch's (and may carry an edit since)
           AND observation.batch_id = ?`,
      )
      .run(batchId, batchId).changes;
    undoIndicators(db, batchId);
    // (what it did, in values, kept with the batch for the history: counts.undo)
    db.prepare(
      `UPDATE import_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
         counts_json = json_set(COALESCE(counts_json, '{}'), '$.undo', json(?)) WHERE id = ?`,
    ).run(JSON.stringify(values), batchId);
    return { restored, removed, values };
  })();
}
