// The Rankings view and hand edits of its cells: query, edit, undo, redo, change history.
import type { Database } from 'better-sqlite3';
import {
  codeListOfGroup,
  HEADLINE_INDICATORS,
  PILLARS,
  type CellProvenance,
  type ChangeEntry,
  type EditableField,
  type HeadlineIndicator,
  type MainIndexColumn,
  type MainIndexTable,
  type Pillar,
  type RankingGroup,
  type RankingRow,
  type RankingYear,
} from '../../shared/domain';
import { rankChange, isValidRank, isValidScore } from '../../shared/rank';
import { AppError } from '../../shared/result';
import type { UnitRepository } from './units';

interface ObsRow {
  id: number;
  unit_id: number;
  indicator_id: number;
  layer: 'reference' | 'user';
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  status: CellProvenance['status'];
  batch_id: number | null;
  source_sheet: string | null;
  source_cell: string | null;
  source_note: string | null;
  source_label: string | null;
  file_name: string | null;
}

/** A cell's effective values and the row each comes from (the user's or the published). */
interface EffCell {
  value: number | null;
  rank: number | null;
  from: { value: ObsRow; rank: ObsRow };
}

interface ChangeRow {
  id: number;
  indicator_id: number;
  unit_id: number;
  unit_name: string;
  indicator_code: string;
  period: string;
  year: number;
  ranking_group: RankingGroup;
  field: 'value' | 'rank';
  old_value: number | null;
  new_value: number | null;
  reason: string | null;
  actor: string;
  kind: ChangeEntry['kind'];
  reverts_id: number | null;
  created_user_row: number;
  undone_at: string | null;
  changed_at: string;
}

export interface EditRequest {
  year: number;
  group: RankingGroup;
  unitId: number;
  indicator: HeadlineIndicator;
  field: EditableField;
  value: number | null;
  reason?: string | undefined;
}

const column = (field: EditableField): 'value' | 'rank' => (field === 'score' ? 'value' : 'rank');
const fieldOf = (col: 'value' | 'rank'): EditableField => (col === 'value' ? 'score' : 'rank');
const nowIso = () => new Date().toISOString();

/**
 * SQL: whether a hand edit in effect set a cell's field to blank (the rule of
 * RankingRepository.handNulls). `cell` is an alias with indicator_id, unit_id, period and
 * ranking_group; hand edits are of ranking cells, whose period is their year.
 */
export const handNullSql = (cell: string, col: 'value' | 'rank'): string =>
  `COALESCE((SELECT e.new_value IS NULL FROM change_log e
     WHERE e.kind = 'edit' AND e.undone_at IS NULL AND e.year = CAST(${cell}.period AS INTEGER)
       AND e.ranking_group = ${cell}.ranking_group AND e.unit_id = ${cell}.unit_id AND e.indicator_id = ${cell}.indicator_id
       AND e.period = ${cell}.period AND e.field = '${col}'
     ORDER BY (SELECT MAX(s.id) FROM change_log s WHERE s.id = e.id OR (s.reverts_id = e.id AND s.kind = 'redo')) DESC
     LIMIT 1), 0)`;

/**
 * SQL: what a cell's field shows (RankingRepository.effective) from the user's stored field
 * (NULL without a row) and the published one; `cell` names the cell for handNullSql (the
 * published row's alias will do: the question only arises when it has the field).
 */
export const shownSql = (stored: string, published: string, cell: string, col: 'value' | 'rank'): string =>
  `(CASE WHEN ${stored} IS NOT NULL OR ${published} IS NULL THEN ${stored}
     WHEN ${handNullSql(cell, col)} THEN NULL ELSE ${published} END)`;

/**
 * SQL: whether a change-log entry (id and time given as SQL expressions) came after import batch
 * `b`. An import records the last change id when it commits (mapping_json $.changeSeq), so the
 * order is exact; for an import committed before it recorded that, the times are compared (a
 * change in the same millisecond counts as after: the cautious side for both guards).
 */
export const changeAfterBatch = (id: string, at: string, b: string): string =>
  `(CASE WHEN json_extract(${b}.mapping_json, '$.changeSeq') IS NOT NULL
     THEN ${id} > json_extract(${b}.mapping_json, '$.changeSeq') ELSE ${at} >= ${b}.created_at END)`;

/**
 * SQL: whether the hand edit `e` is still what the user's cell `u` holds — made on a value never
 * imported, or after the import that wrote the cell (`b`: that import's batch, LEFT JOINed on
 * u.batch_id); an import since has replaced it otherwise. The Rankings page's "edited" mark and
 * the import preview's "sửa tay" ask the same.
 */
export const editOutlivesImportSql = (e: string, u: string, b: string): string =>
  `(${u}.batch_id IS NULL OR ${changeAfterBatch(`${e}.id`, `${e}.changed_at`, b)})`;

export class RankingRepository {
  private headlineIds: Map<HeadlineIndicator, number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly units: UnitRepository,
  ) {}

  /** Ids of the global DTI and pillar indicators. */
  indicatorIds(): Map<HeadlineIndicator, number> {
    if (!this.headlineIds) {
      const rows = this.db
        .prepare(
          `SELECT id, code FROM indicator WHERE methodology_id IS NULL AND code IN ('dti','cqs','kts','xhs')`,
        )
        .all() as { id: number; code: HeadlineIndicator }[];
      this.headlineIds = new Map(rows.map((r) => [r.code, r.id]));
    }
    return this.headlineIds;
  }

  years(): RankingYear[] {
    const ids = [...this.indicatorIds().values()];
    return (
      this.db
        .prepare(
          `SELECT o.year, o.ranking_group AS grp, COUNT(DISTINCT o.unit_id) AS units, my.methodology_id AS methodology
           FROM observation o LEFT JOIN methodology_year my ON my.year = o.year
           WHERE o.ranking_group IN (34, 63) AND o.indicator_id IN (${ids.map(() => '?').join(',')})
           GROUP BY o.year, o.ranking_group ORDER BY o.year DESC, o.ranking_group ASC`,
        )
        .all(...ids) as { year: number; grp: RankingGroup; units: number; methodology: string | null }[]
    ).map((r) => ({ year: r.year, group: r.grp, units: r.units, methodology: r.methodology }));
  }

  private observations(year: number, group: RankingGroup, onlyIndicators?: number[]): ObsRow[] {
    const ids = onlyIndicators ?? [...this.indicatorIds().values()];
    return this.db
      .prepare(
        `SELECT o.id, o.unit_id, o.indicator_id, o.layer, o.value, o.rank, o.rank_of, o.status, o.batch_id,
                o.source_sheet, o.source_cell, o.source_note, b.source_label, b.file_name
         FROM observation o LEFT JOIN import_batch b ON b.id = o.batch_id
         WHERE o.year = ? AND o.ranking_group = ? AND o.period = ? AND o.indicator_id IN (${ids.map(() => '?').join(',')})`,
      )
      .all(year, group, String(year), ...ids) as ObsRow[];
  }

  /**
   * Effective value per unit, indicator and field. The user's layer wins over the reference field
   * by field: a user row's field that is NULL shows the published value, unless a hand edit in
   * effect set that field to blank (`handNull`). A NULL there was not a choice of the user: an
   * import that did not carry the field (imports never write a blank), an edit of the other
   * field, or a row made before the published data was loaded — which must not hide it.
   */
  private effective(rows: ObsRow[], handNull: Set<string>): Map<string, EffCell> {
    const user = new Map<string, ObsRow>();
    const ref = new Map<string, ObsRow>();
    for (const r of rows) (r.layer === 'user' ? user : ref).set(`${r.unit_id}:${r.indicator_id}`, r);
    const out = new Map<string, EffCell>();
    for (const key of new Set([...user.keys(), ...ref.keys()])) {
      const u = user.get(key);
      const p = ref.get(key);
      const pick = (col: 'value' | 'rank'): ObsRow =>
        u && (u[col] !== null || !p || p[col] === null || handNull.has(`${key}:${col}`)) ? u : p!;
      const value = pick('value');
      const rank = pick('rank');
      out.set(key, { value: value.value, rank: rank.rank, from: { value, rank } });
    }
    return out;
  }

  /**
   * Cells (`unit:indicator:field`) a hand edit in effect set to blank: of the edits in effect on
   * a field, the one applied last (made or redone) decides.
   */
  private handNulls(
    year: number,
    group: RankingGroup,
    only?: { unitId: number; indicatorId: number },
  ): Set<string> {
    const rows = this.db
      .prepare(
        `SELECT c.id, c.unit_id, c.indicator_id, c.field, c.new_value,
           (SELECT MAX(r.id) FROM change_log r WHERE r.reverts_id = c.id AND r.kind = 'redo') AS redo_id
         FROM change_log c WHERE c.year = ? AND c.ranking_group = ? AND c.period = ? AND c.kind = 'edit'
           AND c.undone_at IS NULL ${only ? 'AND c.unit_id = ? AND c.indicator_id = ?' : ''}`,
      )
      .all(year, group, String(year), ...(only ? [only.unitId, only.indicatorId] : [])) as {
      id: number;
      unit_id: number;
      indicator_id: number;
      field: 'value' | 'rank';
      new_value: number | null;
      redo_id: number | null;
    }[];
    const last = new Map<string, { at: number; blank: boolean }>();
    for (const r of rows) {
      const key = `${r.unit_id}:${r.indicator_id}:${r.field}`;
      const at = Math.max(r.id, r.redo_id ?? 0);
      if ((last.get(key)?.at ?? -1) < at) last.set(key, { at, blank: r.new_value === null });
    }
    return new Set([...last].filter(([, v]) => v.blank).map(([k]) => k));
  }

  /** The main indices of a year's methodology, in the methodology's order. */
  private mainIndexDefs(year: number): (MainIndexColumn & { id: number })[] {
    return (
      this.db
        .prepare(
          `SELECT i.id, i.code, i.name_vi, i.name_en, i.pillar FROM indicator i
           JOIN methodology_year my ON my.methodology_id = i.methodology_id
           WHERE my.year = ? AND i.kind = 'main_index' ORDER BY i.sort_order, i.id`,
        )
        .all(year) as {
        id: number;
        code: string;
        name_vi: string;
        name_en: string | null;
        pillar: string | null;
      }[]
    ).map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name_vi,
      nameEn: i.name_en,
      pillar: (PILLARS as readonly string[]).includes(i.pillar ?? '') ? (i.pillar as Pillar) : null,
    }));
  }

  /**
   * The main-index values of a year and group by unit id, keyed by the year's methodology codes
   * ("nhan_thuc_so", "chinh_quyen_so"…): every index of the methodology, null where none is stored.
   * The effective value: the user's where the user imported or edited one, else the published one.
   */
  mainIndices(year: number, group: RankingGroup): Map<number, Record<string, number | null>> {
    return this.mainIndexValues(year, group, this.mainIndexDefs(year));
  }

  /** The year's main indices with every unit's values, for the Rankings page. */
  mainIndexTable(year: number, group: RankingGroup): MainIndexTable {
    const defs = this.mainIndexDefs(year);
    const values: MainIndexTable['values'] = {};
    for (const [unitId, v] of this.mainIndexValues(year, group, defs)) values[String(unitId)] = v;
    return { indices: defs.map(({ id: _id, ...c }) => c), values };
  }

  private mainIndexValues(
    year: number,
    group: RankingGroup,
    indices: { id: number; code: string }[],
  ): Map<number, Record<string, number | null>> {
    const out = new Map<number, Record<string, number | null>>();
    if (indices.length === 0) return out;
    const eff = this.effective(
      this.observations(
        year,
        group,
        indices.map((i) => i.id),
      ),
      this.handNulls(year, group),
    );
    for (const u of this.units.brief(codeListOfGroup(group)))
      out.set(
        u.id,
        Object.fromEntries(indices.map((i) => [i.code, eff.get(`${u.id}:${i.id}`)?.value ?? null])),
      );
    return out;
  }

  /** The ranking of a year and group; `onlyUnitId` computes one unit's row (after an edit). */
  get(year: number, group: RankingGroup, homeUnitId: number | null, onlyUnitId?: number): RankingRow[] {
    const ids = this.indicatorIds();
    const all = this.units.brief(codeListOfGroup(group));
    const units = onlyUnitId === undefined ? all : all.filter((u) => u.id === onlyUnitId);
    const home = new Set(homeUnitId ? this.units.counterparts(homeUnitId, codeListOfGroup(group)) : []);
    const eff = this.effective(this.observations(year, group), this.handNulls(year, group));
    const dtiId = ids.get('dti')!;
    const prev = this.effective(this.observations(year - 1, group, [dtiId]), this.handNulls(year - 1, group));
    const edited = this.activeEdits(year, group);
    const notes = this.annotations(year, group);

    const rows = units.map((u): RankingRow => {
      const cell = (ind: HeadlineIndicator) => eff.get(`${u.id}:${ids.get(ind)}`);
      const provenance: Record<string, CellProvenance> = {};
      for (const ind of HEADLINE_INDICATORS) {
        const o = cell(ind);
        if (!o) continue;
        for (const f of ['score', 'rank'] as const) {
          const key = `${ind}.${f}`;
          const src = o.from[column(f)];
          provenance[key] = {
            layer: src.layer,
            status: src.status,
            source: describeSource(src),
            edited: edited.has(`${u.id}:${key}`),
          };
        }
      }
      const dti = cell('dti');
      const previousRank = prev.get(`${u.id}:${dtiId}`)?.rank ?? null;
      const pillars = Object.fromEntries(
        PILLARS.map((p) => [p, { score: cell(p)?.value ?? null, rank: cell(p)?.rank ?? null }]),
      ) as RankingRow['pillars'];
      return {
        year,
        group,
        unitId: u.id,
        unitCode: u.code,
        unitName: u.name,
        region: u.region,
        isHome: home.has(u.id),
        score: dti?.value ?? null,
        rank: dti?.rank ?? null,
        rankOf: group,
        rankChange: rankChange(previousRank, dti?.rank ?? null),
        previousRank,
        pillars,
        provenance,
        editedCells: HEADLINE_INDICATORS.flatMap((ind) =>
          (['score', 'rank'] as const).map((f) => `${ind}.${f}`).filter((k) => edited.has(`${u.id}:${k}`)),
        ),
        annotation: notes.get(u.id) ?? null,
      };
    });
    // Ranked units first by rank, then the rest by name (Vietnamese collation).
    const collator = new Intl.Collator('vi');
    return rows.sort((a, b) => {
      if (a.rank !== null && b.rank !== null)
        return a.rank - b.rank || collator.compare(a.unitName, b.unitName);
      if (a.rank !== null) return -1;
      if (b.rank !== null) return 1;
      return collator.compare(a.unitName, b.unitName);
    });
  }

  row(year: number, group: RankingGroup, unitId: number, homeUnitId: number | null): RankingRow {
    const r = this.get(year, group, homeUnitId, unitId)[0];
    if (!r) throw new AppError('NOT_FOUND', `unit ${unitId} is not in the ${group}-unit ranking`);
    return r;
  }

  private activeEdits(year: number, group: RankingGroup): Set<string> {
    // (an edit in effect that an import made since has replaced — the user's value now the file's
    // — marks the cell no more: undoing that import would bring it back, and the mark with it)
    const rows = this.db
      .prepare(
        `SELECT DISTINCT c.unit_id, i.code, c.field FROM change_log c JOIN indicator i ON i.id = c.indicator_id
         LEFT JOIN observation u ON u.layer = 'user' AND u.indicator_id = c.indicator_id AND u.unit_id = c.unit_id
              AND u.period = c.period AND u.ranking_group = c.ranking_group
         LEFT JOIN import_batch b ON b.id = u.batch_id
         WHERE c.year = ? AND c.ranking_group = ? AND c.kind = 'edit' AND c.undone_at IS NULL
           AND ${editOutlivesImportSql('c', 'u', 'b')}`,
      )
      .all(year, group) as { unit_id: number; code: string; field: 'value' | 'rank' }[];
    return new Set(rows.map((r) => `${r.unit_id}:${r.code}.${fieldOf(r.field)}`));
  }

  private annotations(year: number, group: RankingGroup): Map<number, string> {
    const rows = this.db
      .prepare(
        `SELECT unit_id, text FROM annotation WHERE year = ? AND (ranking_group = ? OR ranking_group IS NULL)
         AND unit_id IS NOT NULL ORDER BY updated_at`,
      )
      .all(year, group) as { unit_id: number; text: string }[];
    return new Map(rows.map((r) => [r.unit_id, r.text]));
  }

  validate(req: EditRequest): void {
    const unit = this.units.byId(req.unitId);
    if (!unit || unit.codeList !== codeListOfGroup(req.group)) {
      throw new AppError('VALIDATION', `Unit ${req.unitId} is not one of the ${req.group} units`, {
        key: 'validation.unitNotInGroup',
      });
    }
    if (req.value === null) return;
    if (req.field === 'score' && !isValidScore(req.value)) {
      throw new AppError('VALIDATION', `A score must be between 0 and 1 (got ${req.value})`, {
        key: 'validation.scoreRange',
        value: req.value,
      });
    }
    if (req.field === 'rank' && !isValidRank(req.value, req.group)) {
      throw new AppError(
        'VALIDATION',
        `A rank must be a whole number from 1 to ${req.group} (got ${req.value})`,
        {
          key: 'validation.rankRange',
          params: { of: req.group },
          value: req.value,
        },
      );
    }
  }

  private cellRows(unitId: number, indicatorId: number, period: string, group: number) {
    const q = this.db.prepare(
      `SELECT * FROM observation WHERE unit_id = ? AND indicator_id = ? AND period = ? AND ranking_group = ? AND layer = ?`,
    );
    return {
      user: q.get(unitId, indicatorId, period, group, 'user') as ObsRow | undefined,
      ref: q.get(unitId, indicatorId, period, group, 'reference') as ObsRow | undefined,
    };
  }

  /** Makes sure the user's layer has a row for the cell (copying the reference values); returns whether it created one. */
  private ensureUserRow(unitId: number, indicatorId: number, year: number, group: RankingGroup): boolean {
    const { user, ref } = this.cellRows(unitId, indicatorId, String(year), group);
    if (user) return false;
    this.db
      .prepare(
        `INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, rank, rank_of, status)
         VALUES (?, ?, ?, ?, ?, 'user', ?, ?, ?, 'edited')`,
      )
      .run(indicatorId, unitId, String(year), year, group, ref?.value ?? null, ref?.rank ?? null, group);
    return true;
  }

  private setCell(
    unitId: number,
    indicatorId: number,
    year: number,
    group: RankingGroup,
    col: 'value' | 'rank',
    v: number | null,
  ) {
    this.db
      .prepare(
        `UPDATE observation SET ${col} = ?, status = CASE WHEN batch_id IS NULL THEN 'edited' ELSE status END,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
         WHERE unit_id = ? AND indicator_id = ? AND period = ? AND ranking_group = ? AND layer = 'user'`,
      )
      .run(v, unitId, indicatorId, String(year), group);
  }

  /** What a cell's field holds in the user's layer (null without a row) and what it shows. */
  private fieldNow(
    unitId: number,
    indicatorId: number,
    year: number,
    group: RankingGroup,
    col: 'value' | 'rank',
  ): { stored: number | null; shown: number | null } {
    const { user, ref } = this.cellRows(unitId, indicatorId, String(year), group);
    const rows = [user, ref].filter((r): r is ObsRow => r !== undefined);
    const cell = this.effective(rows, this.handNulls(year, group, { unitId, indicatorId })).get(
      `${unitId}:${indicatorId}`,
    );
    return { stored: user?.[col] ?? null, shown: cell?.[col] ?? null };
  }

  edit(
    req: EditRequest,
    actor: string,
    homeUnitId: number | null,
  ): { row: RankingRow; change: ChangeEntry | null } {
    this.validate(req);
    const indicatorId = this.indicatorIds().get(req.indicator)!;
    const col = column(req.field);
    const changeId = this.db.transaction((): number | null => {
      // the value the analyst saw and replaced (a blank field of the user's row shows the published one)
      const oldValue = this.fieldNow(req.unitId, indicatorId, req.year, req.group, col).shown;
      if (oldValue === req.value) return null;
      const created = this.ensureUserRow(req.unitId, indicatorId, req.year, req.group);
      this.setCell(req.unitId, indicatorId, req.year, req.group, col, req.value);
      return this.log({
        indicatorId,
        unitId: req.unitId,
        year: req.year,
        group: req.group,
        col,
        oldValue,
        newValue: req.value,
        reason: req.reason?.trim() || null,
        actor,
        kind: 'edit',
        revertsId: null,
        created,
      });
    })();
    return {
      row: this.row(req.year, req.group, req.unitId, homeUnitId),
      change: changeId === null ? null : this.change(changeId),
    };
  }

  undo(changeId: number, actor: string, homeUnitId: number | null): { row: RankingRow; change: ChangeEntry } {
    return this.replay(changeId, 'undo', actor, homeUnitId);
  }

  redo(changeId: number, actor: string, homeUnitId: number | null): { row: RankingRow; change: ChangeEntry } {
    return this.replay(changeId, 'redo', actor, homeUnitId);
  }

  /**
   * Undo puts the edit's old value back, redo its new value; both are logged against the edit.
   * Either applies only to the value the edit (or its last undo/redo) left in the cell: when
   * something changed the cell since, it is refused with what to undo first, so that no value
   * is lost unseen (see ensureUnchangedSince).
   */
  private replay(
    changeId: number,
    kind: 'undo' | 'redo',
    actor: string,
    homeUnitId: number | null,
  ): { row: RankingRow; change: ChangeEntry } {
    const c = this.changeRow(changeId);
    if (c.kind !== 'edit')
      throw new AppError('VALIDATION', `Change ${changeId} is not an edit`, { key: 'validation.notAnEdit' });
    if (kind === 'undo' && c.undone_at)
      throw new AppError('VALIDATION', `Change ${changeId} is already undone`, {
        key: 'validation.alreadyUndone',
      });
    if (kind === 'redo' && !c.undone_at)
      throw new AppError('VALIDATION', `Change ${changeId} is not undone`, { key: 'validation.notUndone' });
    const [from, to] = kind === 'undo' ? [c.new_value, c.old_value] : [c.old_value, c.new_value];
    const id = this.db.transaction(() => {
      this.ensureUnchangedSince(c, kind, from);
      this.ensureUserRow(c.unit_id, c.indicator_id, c.year, c.ranking_group);
      this.setCell(c.unit_id, c.indicator_id, c.year, c.ranking_group, c.field, to);
      this.db
        .prepare(`UPDATE change_log SET undone_at = ? WHERE id = ?`)
        .run(kind === 'undo' ? nowIso() : null, c.id);
      if (kind === 'undo') this.dropPristineUserRow(c);
      return this.log({
        indicatorId: c.indicator_id,
        unitId: c.unit_id,
        year: c.year,
        group: c.ranking_group,
        col: c.field,
        oldValue: from,
        newValue: to,
        reason: c.reason,
        actor,
        kind,
        revertsId: c.id,
        created: false,
      });
    })();
    return { row: this.row(c.year, c.ranking_group, c.unit_id, homeUnitId), change: this.change(id) };
  }

  /**
   * An undo (redo) of edit c applies only to the value c (its last undo) left, so it refuses, in
   * this order:
   * 1. another hand edit of the same field applied after c's last step and still in effect:
   *    undo that one first (the usual undo order; for a redo, one made after c: redoing edits
   *    undone together goes back in their own order);
   * 2. an import in effect that wrote the cell (either field) after c's last step — even with
   *    the same value, or only the other field: the file now says what the cell holds, and its
   *    undo puts back the cell as it found it (c's value included), so it is undone first and
   *    the two undos stay exact (undo the import, then the edit);
   * 3. any other difference between what the cell holds and what c left (an undone import put
   *    back older values, data from before these checks): the value now is named.
   * "After" is by the change log's sequence: an import records the last change id when it
   * commits (changeSeq); imports from before that are ordered by their time.
   */
  private ensureUnchangedSince(c: ChangeRow, kind: 'undo' | 'redo', from: number | null): void {
    const step = this.db
      .prepare(
        `SELECT id, changed_at FROM change_log WHERE id = ? OR reverts_id = ? ORDER BY id DESC LIMIT 1`,
      )
      .get(c.id, c.id) as { id: number; changed_at: string };
    const action = kind === 'undo' ? 'undone' : 'redone';
    const later = this.db
      .prepare(
        `SELECT e.id, e.new_value FROM change_log e
         WHERE e.kind = 'edit' AND e.id <> ? AND e.undone_at IS NULL AND e.unit_id = ? AND e.indicator_id = ?
           AND e.period = ? AND e.ranking_group = ? AND e.field = ?
           AND (SELECT MAX(s.id) FROM change_log s WHERE s.id = e.id OR (s.reverts_id = e.id AND s.kind = 'redo')) > ?
           AND (? = 'undo' OR e.id > ?)
         ORDER BY e.id DESC LIMIT 1`,
      )
      .get(c.id, c.unit_id, c.indicator_id, c.period, c.ranking_group, c.field, step.id, kind, c.id) as
      { id: number; new_value: number | null } | undefined;
    if (later)
      throw new AppError(
        'VALIDATION',
        `Change ${c.id} cannot be ${action}: change ${later.id} changed the same value afterwards; undo it first`,
        { key: 'validation.undoLaterEditFirst', params: { id: later.id, change: c.id } },
      );
    const imp = this.db
      .prepare(
        `SELECT b.id, COALESCE(b.file_name, b.source_label, '') AS file FROM import_batch b
         WHERE b.layer = 'user' AND b.undone_at IS NULL AND NOT (${changeAfterBatch('@step', '@at', 'b')})
           AND (EXISTS (SELECT 1 FROM import_batch_prior p WHERE p.batch_id = b.id AND p.indicator_id = @ind
                          AND p.unit_id = @unit AND p.period = @period AND p.ranking_group = @grp)
             OR EXISTS (SELECT 1 FROM observation o WHERE o.batch_id = b.id AND o.layer = 'user' AND o.indicator_id = @ind
                          AND o.unit_id = @unit AND o.period = @period AND o.ranking_group = @grp))
         ORDER BY b.id DESC LIMIT 1`,
      )
      .get({
        step: step.id,
        at: step.changed_at,
        ind: c.indicator_id,
        unit: c.unit_id,
        period: c.period,
        grp: c.ranking_group,
      }) as { id: number; file: string } | undefined;
    if (imp)
      throw new AppError(
        'VALIDATION',
        `Change ${c.id} cannot be ${action}: import ${imp.id} (${imp.file}) wrote this cell afterwards; undo that import first`,
        { key: 'validation.undoImportFirst', params: { id: imp.id, file: imp.file, change: c.id } },
      );
    const now = this.fieldNow(c.unit_id, c.indicator_id, c.year, c.ranking_group, c.field);
    if (now.stored !== from && now.shown !== from)
      throw new AppError(
        'VALIDATION',
        `Change ${c.id} cannot be ${action}: the value has changed since (now ${now.shown ?? 'blank'})`,
        { key: 'validation.changedSince', params: { change: c.id, now: now.shown ?? '—' } },
      );
  }

  /**
   * After an undo, a user-layer row that only existed for hand edits and now shows what the
   * reference shows (each field blank or the published value) is removed, so the cell is exactly
   * as it was before the first edit.
   */
  private dropPristineUserRow(c: ChangeRow): void {
    const { user, ref } = this.cellRows(c.unit_id, c.indicator_id, c.period, c.ranking_group);
    if (!user || user.batch_id !== null || user.status !== 'edited') return;
    const stillEdited = this.db
      .prepare(
        `SELECT 1 FROM change_log WHERE unit_id = ? AND indicator_id = ? AND period = ? AND ranking_group = ?
         AND kind = 'edit' AND undone_at IS NULL LIMIT 1`,
      )
      .get(c.unit_id, c.indicator_id, c.period, c.ranking_group);
    if (stillEdited) return;
    const pristine = (f: 'value' | 'rank') => user[f] === null || user[f] === (ref?.[f] ?? null);
    if (pristine('value') && pristine('rank')) {
      this.db.prepare(`DELETE FROM observation WHERE id = ?`).run(user.id);
    }
  }

  private log(e: {
    indicatorId: number;
    unitId: number;
    year: number;
    group: RankingGroup;
    col: 'value' | 'rank';
    oldValue: number | null;
    newValue: number | null;
    reason: string | null;
    actor: string;
    kind: ChangeEntry['kind'];
    revertsId: number | null;
    created: boolean;
  }): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO change_log (indicator_id, unit_id, period, year, ranking_group, field, old_value, new_value, reason,
             actor, kind, reverts_id, created_user_row, changed_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
        )
        .run(
          e.indicatorId,
          e.unitId,
          String(e.year),
          e.year,
          e.group,
          e.col,
          e.oldValue,
          e.newValue,
          e.reason,
          e.actor,
          e.kind,
          e.revertsId,
          e.created ? 1 : 0,
          nowIso(),
        ).lastInsertRowid,
    );
  }

  private changeRow(id: number): ChangeRow {
    const r = this.db
      .prepare(
        `SELECT c.*, u.name_vi AS unit_name, i.code AS indicator_code FROM change_log c
         JOIN unit u ON u.id = c.unit_id JOIN indicator i ON i.id = c.indicator_id WHERE c.id = ?`,
      )
      .get(id) as ChangeRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', `Change ${id} not found`);
    return r;
  }

  change(id: number): ChangeEntry {
    return toChange(this.changeRow(id));
  }

  changes(filter: {
    year?: number | undefined;
    group?: RankingGroup | undefined;
    unitId?: number | undefined;
    indicator?: HeadlineIndicator | undefined;
    field?: EditableField | undefined;
    limit?: number | undefined;
  }): ChangeEntry[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.year !== undefined) {
      where.push('c.year = ?');
      args.push(filter.year);
    }
    if (filter.group !== undefined) {
      where.push('c.ranking_group = ?');
      args.push(filter.group);
    }
    if (filter.unitId !== undefined) {
      where.push('c.unit_id = ?');
      args.push(filter.unitId);
    }
    if (filter.indicator !== undefined) {
      where.push('c.indicator_id = ?');
      args.push(this.indicatorIds().get(filter.indicator)!);
    }
    if (filter.field !== undefined) {
      where.push('c.field = ?');
      args.push(column(filter.field));
    }
    const rows = this.db
      .prepare(
        `SELECT c.*, u.name_vi AS unit_name, i.code AS indicator_code FROM change_log c
         JOIN unit u ON u.id = c.unit_id JOIN indicator i ON i.id = c.indicator_id
         ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY c.id DESC LIMIT ?`,
      )
      .all(...args, filter.limit ?? 200) as ChangeRow[];
    return rows.map(toChange);
  }
}

function toChange(r: ChangeRow): ChangeEntry {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    year: r.year,
    group: r.ranking_group,
    indicator: r.indicator_code,
    field: fieldOf(r.field),
    oldValue: r.old_value,
    newValue: r.new_value,
    reason: r.reason,
    actor: r.actor,
    changedAt: r.changed_at,
    undone: r.undone_at !== null,
    kind: r.kind,
  };
}

function describeSource(o: ObsRow): string | null {
  if (o.layer === 'reference') {
    const where = [o.file_name, o.source_cell].filter(Boolean).join(', ');
    return [o.source_label, o.source_note].filter(Boolean).join(' — ') + (where ? ` (${where})` : '');
  }
  if (o.batch_id !== null) {
    const where = [o.source_sheet, o.source_cell].filter(Boolean).join('!');
    return [o.file_name ?? o.source_label, where].filter(Boolean).join(' ');
  }
  // A hand edit has no source: its status ("sửa tay") says so in the user's language. Databases
  // written before this kept an English note ("edited by hand") here, which must not show.
  return null;
}
