// Commit: one transaction writes the import batch, the prior state of every cell it touches (for
// an exact undo), the observations (user layer, each pointing to its batch and source cell), the
// aliases the user taught us and any new KPI indicators. Either all of it lands or none.
import type { ImportCounts, ImportPreview } from '../../../shared/importSession';
import {
  CARRIED_KNOWN,
  CARRIED_RANK,
  CARRIED_VALUE,
  SNAPSHOT_EXISTED,
  type BatchAlias,
  type BatchIndicators,
} from './batches';
import { indicatorKey } from '../../../shared/imports/indicatorNames';
import { AppError } from '../../../shared/result';
import { countDiff, storedLayers } from './validate';
import { VALUE_UNIT } from './staging';
import { UnitRepository } from '../../store/units';
import type { ImportSession } from './session';

export interface CommitResult {
  batchId: number;
  counts: ImportCounts;
  /** Milliseconds per phase of this import (see ImportSession.timings). */
  timings?: Record<string, number>;
}

export function commitStaged(
  s: ImportSession,
  t: { rows: string; obs: string },
  preview: ImportPreview,
): CommitResult {
  if (!preview.canCommit) {
    throw new AppError(
      preview.questions.length ? 'IMPORT_NEEDS_ANSWERS' : 'IMPORT_INVALID',
      preview.questions.length
        ? `${preview.questions.length} unit name(s) need an answer before the import`
        : `The import has ${preview.counts.errors} error(s); nothing was written`,
      { problems: preview.problems.slice(0, 50) },
    );
  }
  const db = s.db;
  const info = s.inspection!;
  const target = s.target!;
  const kind = info.format === 'paste' ? 'paste' : 'file';
  // BEGIN IMMEDIATE: the store's write lock first (waiting for another import's commit to end),
  // then what the store is — taken before this transaction writes (its own inserts count in
  // total_changes()), after any other's commit (round 81: two imports overlapping, the second
  // said "20.000 mới" of values the first had just written: its stamp was read before waiting).
  const run = db.transaction((): CommitResult => {
    const stampAtStart = s.storeStamp();
    // A KPI the file was read against has gone since (an undo took back the import that created
    // it): the preview no longer says what would be written.
    const gone = db
      .prepare(
        `SELECT 1 FROM ${t.obs} o WHERE o.indicator_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.id = o.indicator_id) LIMIT 1`,
      )
      .get();
    if (gone)
      throw new AppError('VALIDATION', 'The database changed since the file was read: read it again', {
        key: 'imports.staleStage',
      });
    const changeSeq = db.prepare(`SELECT COALESCE(MAX(id), 0) FROM change_log`).pluck().get() as number;
    const batchId = Number(
      db
        .prepare(
          `INSERT INTO import_batch (kind, layer, file_name, file_size, sha256, sheet, reader, mapping_json, counts_json, year, ranking_group, source_label)
           VALUES (?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          kind,
          info.fileName,
          info.size,
          info.sha256,
          s.sheet,
          info.reader +
            (info.encoding
              ? ` (${info.encoding}${info.delimiter ? `, "${info.delimiter === '\t' ? '\\t' : info.delimiter}"` : ''})`
              : ''),
          // changeSeq: the last hand change before this import, which orders the two for the
          // undo guards (store/rankings.ts changeAfterBatch)
          JSON.stringify({ mapping: s.mapping, target, changeSeq }),
          JSON.stringify(preview.counts),
          target.year,
          target.group,
          `${info.fileName}${s.sheet ? ` — ${s.sheet}` : ''}`,
        ).lastInsertRowid,
    );

    // KPI indicators named in the file that the store does not know yet.
    const newIds: number[] = [];
    if (target.kind === 'kpi') {
      const insInd = db.prepare(
        `INSERT INTO indicator (methodology_id, code, kind, name_vi, unit_of_measure, sort_order) VALUES (NULL, ?, 'kpi', ?, ?, 200)
         ON CONFLICT DO NOTHING`,
      );
      // KPIs the store did not know when the file was read (collected while staging).
      const labels = s.newKpiLabels;
      const find = db.prepare(
        `SELECT id FROM indicator WHERE methodology_id IS NULL AND kind = 'kpi' AND (code = ? OR name_vi = ? OR name_en = ?) LIMIT 1`,
      );
      // key → id in a small keyed table, then one pass over the staged values; keyed like them
      // (indicatorKey), so every spelling of a KPI gets the one id.
      db.exec(
        `DROP TABLE IF EXISTS temp.new_kpi_ids; CREATE TEMP TABLE new_kpi_ids (key TEXT PRIMARY KEY, id INTEGER NOT NULL);`,
      );
      const map = db.prepare(`INSERT OR REPLACE INTO new_kpi_ids (key, id) VALUES (?, ?)`);
      // What the import does to indicators, kept with the batch so that undo takes it back.
      const indicators: BatchIndicators = { created: [], unitsSet: [] };
      for (const l of labels) {
        let row = find.get(l.label, l.label, l.label) as { id: number } | undefined;
        if (!row) {
          insInd.run(`user.${l.label}`, l.label, l.uom);
          row = find.get(`user.${l.label}`, l.label, l.label) as { id: number };
          indicators.created.push(row.id);
        }
        map.run(indicatorKey(l.label), row.id);
        newIds.push(row.id);
      }
      // A KPI the store knew without a unit takes the one the file gives ("(tổ)", "12 tổ").
      const setUnit = db.prepare(
        `UPDATE indicator SET unit_of_measure = ? WHERE id = ? AND unit_of_measure IS NULL`,
      );
      for (const k of s.kpiUnits)
        if (setUnit.run(k.uom, k.id).changes > 0) indicators.unitsSet.push({ id: k.id, uom: k.uom });
      if (indicators.created.length + indicators.unitsSet.length > 0)
        db.prepare(
          `UPDATE import_batch SET mapping_json = json_set(mapping_json, '$.indicators', json(?)) WHERE id = ?`,
        ).run(JSON.stringify(indicators), batchId);
    }
    // Indicator ids were resolved while staging; a KPI new to the store gets its id from
    // new_kpi_ids here (a keyed join per value instead of another pass over the staging table;
    // joined rather than a subquery per value, which the insert's ORDER BY evaluated again).
    const kpi = target.kind === 'kpi';
    const ind = kpi ? `COALESCE(o.indicator_id, m.id)` : 'o.indicator_id';
    const live = `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row ${kpi ? 'LEFT JOIN temp.new_kpi_ids m ON m.key = o.indicator_key' : ''}
      WHERE r.unit_id IS NOT NULL AND r.has_error = 0 AND ${ind} IS NOT NULL`;
    // What the store holds of these indicators: nothing in a layer, nothing there to look up.
    const stored = storedLayers(db, [...s.indicatorIds, ...newIds]);
    const sameCell = (a: string) =>
      `${a}.indicator_id = ${ind} AND ${a}.unit_id = ${VALUE_UNIT} AND ${a}.period = o.period AND ${a}.ranking_group = o.ranking_group`;

    // A user cell the file holds the same values for is left alone: it stays its earlier batch's,
    // so an import that changes nothing takes nothing over (and blocks no undo of an earlier one).
    // It still gets a snapshot: undoing the earlier batch then hands the cell to this one (batches.ts).
    const differs = (u: string, s: string) =>
      `((${s}.has_value AND ${u}.value IS NOT ${s}.value) OR (${s}.has_rank AND ${u}.rank IS NOT CAST(${s}.rank AS INTEGER))
        OR (${s}.rank_of IS NOT NULL AND ${u}.rank_of IS NOT ${s}.rank_of) OR (${s}.note IS NOT NULL AND ${u}.source_note IS NOT ${s}.note))`;

    // The preview counted new, changed and unchanged values against the store as it was then;
    // an undo or an edit since would leave the history with stale counts. Counted again here,
    // against what each cell shows now (the user's field, else the published one), in the same
    // transaction as the writes: one pass over the staged values, like the preview's.
    // (Nothing else written since the preview — the usual case — leaves its counts true.)
    const unchangedSince = s.previewStamp !== null && s.previewStamp === stampAtStart;
    const counts = unchangedSince
      ? preview.counts
      : s.timed('commit: recount', () => ({
          ...preview.counts,
          ...countDiff(
            db,
            live.replace(
              'WHERE',
              `LEFT JOIN observation u ON u.layer = 'user' AND ${sameCell('u')}
               LEFT JOIN observation ref ON ref.layer = 'reference' AND ${sameCell('ref')} WHERE`,
            ),
          ),
        }));

    // Only cells that already had a user value need a snapshot: a cell the batch creates is known
    // by its batch_id and the absence of a snapshot, and undo removes it.
    const snapshot = !stored.user
      ? { changes: 0 }
      : s.timed('commit: snapshot', () =>
          db
            .prepare(
              `INSERT INTO import_batch_prior (batch_id, indicator_id, unit_id, period, ranking_group, existed, value, rank, rank_of, status,
         prior_batch_id, source_sheet, source_cell, source_note, updated_at, own_cell, own_note)
       SELECT ?, ${ind}, ${VALUE_UNIT}, o.period, o.ranking_group, ${SNAPSHOT_EXISTED | CARRIED_KNOWN} | (CASE WHEN o.has_value THEN ${CARRIED_VALUE} ELSE 0 END)
         | (CASE WHEN o.has_rank THEN ${CARRIED_RANK} ELSE 0 END), u.value, u.rank, u.rank_of, u.status,
         u.batch_id, u.source_sheet, u.source_cell, u.source_note, u.updated_at, o.cell, o.note
       ${live.replace('WHERE', `JOIN observation u ON u.layer = 'user' AND ${sameCell('u')} WHERE`)}
       -- in key order, as the insert below: a re-import of 1M values wrote its snapshot page by
       -- page at random (9.5 s, round 72)
       ORDER BY 2, 3, o.period, o.ranking_group`,
            )
            .run(batchId),
        );

    // Existing user cells: only the fields the file maps change.
    const updated = !stored.user
      ? { changes: 0 }
      : s.timed('commit: update', () =>
          db
            .prepare(
              `UPDATE observation SET
         value = CASE WHEN s.has_value THEN s.value ELSE observation.value END,
         rank = CASE WHEN s.has_rank THEN CAST(s.rank AS INTEGER) ELSE observation.rank END,
         rank_of = COALESCE(s.rank_of, observation.rank_of),
         status = 'imported', batch_id = ?, source_sheet = ?, source_cell = s.cell, source_note = s.note,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
       FROM (SELECT ${ind} AS indicator_id, ${VALUE_UNIT} AS unit_id, o.period, o.ranking_group, o.has_value, o.value, o.has_rank, o.rank, o.rank_of,
               o.cell, o.note ${live}) AS s
       WHERE observation.layer = 'user' AND observation.indicator_id = s.indicator_id AND observation.unit_id = s.unit_id
         AND observation.period = s.period AND observation.ranking_group = s.ranking_group AND ${differs('observation', 's')}`,
            )
            .run(batchId, s.sheet),
        );

    // New user cells hold what the file gives: a field it does not map stays blank, and the
    // Rankings page shows the published one there, said to come from its publication (a score
    // copied from the reference would be said to come from the file's rank cell).
    const ref = (col: string) => (stored.reference ? `ref.${col}` : 'NULL');
    // Every staged cell had a user row (a corrected copy of what the store holds: each has its
    // snapshot): nothing to insert, and the pass that would look each up again is skipped — 4.6 s
    // of a corrected copy of 1M values (bench), for a count of the staged cells.
    const toInsert = !stored.user
      ? 1
      : (db.prepare(`SELECT COUNT(*) ${live}`).pluck().get() as number) - snapshot.changes;
    const inserted =
      toInsert <= 0
        ? { changes: 0 }
        : s.timed('commit: insert', () =>
            db
              .prepare(
                `INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, rank, rank_of, status, batch_id, source_sheet, source_cell, source_note, updated_at)
       SELECT ${ind}, ${VALUE_UNIT}, o.period, o.year, o.ranking_group, 'user',
         CASE WHEN o.has_value THEN o.value END,
         CASE WHEN o.has_rank THEN CAST(o.rank AS INTEGER) END,
         CASE WHEN o.has_rank THEN COALESCE(o.rank_of, ${ref('rank_of')}) ELSE o.rank_of END, 'imported', ?, ?, o.cell, o.note, ?
       ${stored.reference ? live.replace('WHERE', `LEFT JOIN observation ref ON ref.layer = 'reference' AND ${sameCell('ref')} WHERE`) : live}
         ${stored.user ? `AND NOT EXISTS (SELECT 1 FROM observation u WHERE u.layer = 'user' AND ${sameCell('u')})` : ''}
       -- in index order: the unique index grows at its end instead of being rewritten page by page
       ORDER BY 1, 2, o.period, o.ranking_group`,
              )
              // One timestamp for the whole batch (the column default would compute it per row).
              .run(batchId, s.sheet, new Date().toISOString()),
          );

    // Names the user matched by hand become aliases for next time (kept with the batch, taught
    // now or given again: undo forgets what no import in effect gives, a slip of the answer included).
    const units = new UnitRepository(db);
    const aliases: BatchAlias[] = [];
    for (const [label, unitId] of s.answers)
      if (unitId !== null && label.trim())
        aliases.push({ unitId, alias: label.trim(), created: units.addUserAlias(unitId, label) });
    if (aliases.length > 0)
      db.prepare(
        `UPDATE import_batch SET mapping_json = json_set(mapping_json, '$.aliases', json(?)) WHERE id = ?`,
      ).run(JSON.stringify(aliases), batchId);

    // The cells the batch wrote (each a unit × indicator × period: value and rank together), as
    // the history shows them; the preview's counts count values and ranks one by one.
    db.prepare(`UPDATE import_batch SET counts_json = json_set(json(?), '$.written', ?) WHERE id = ?`).run(
      JSON.stringify(counts),
      updated.changes + inserted.changes,
      batchId,
    );
    return { batchId, counts };
  });
  return run.immediate();
}
