// Validation over the staged rows: units (matched, asked, answered), duplicates, coverage, rank
// consistency, the methodology formula, title contradictions; then the preview diff against the
// values the store holds now. Errors block the commit; warnings inform.
import type {
  ImportPreview,
  ImportProblem,
  PreviewCell,
  PreviewRow,
  UnitQuestion,
} from '../../../shared/importSession';
import { isNumericField, needsTableIndicator, needsTablePeriod } from '../../../shared/imports/fields';
import { codeListOfPeriod, HEADLINE_INDICATORS, type CodeList } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';
import { placedMessage, type MessageParam } from '../../../shared/imports/place';
import { inconsistentRanks } from '../../../shared/rank';
import { buildUnitMatcher, type NearMiss } from '../../../shared/unitNames';
import { UnitRepository } from '../../store/units';
import { MAX_PROBLEMS, problem, type ProblemCode, type Where } from './problems';
import type { ImportSession } from './session';

export interface StageStats {
  parseProblems: ImportProblem[];
  parseErrors: number;
  parseWarnings: number;
  skippedRows: number;
  dataRows: number;
  newKpiLabels: { label: string; uom: string | null }[];
}

const MAX_PREVIEW_ROWS = 500;
const FORMULA_TOLERANCE = 0.0015;

/** A problem under an existing code whose text says more than the code's own (why a name is refused). */
function problemSaying(
  severity: ImportProblem['severity'],
  code: ProblemCode,
  text: MessageKey,
  where: Where,
  params: Record<string, MessageParam>,
): ImportProblem {
  const p = problem(severity, code, where, params);
  return {
    ...p,
    messageVi: placedMessage('vi', where, text, params, p.value),
    messageEn: placedMessage('en', where, text, params, p.value),
  };
}

/** The text for a name whose bare name is a unit of the list but whose prefix or mark says otherwise. */
const NEAR_MISS_TEXT: Record<NearMiss, MessageKey> = {
  prefixCity: 'problem.unitNotCity',
  prefixProvince: 'problem.unitNotProvince',
  eraNew: 'problem.unitNewInOldList',
  eraOld: 'problem.unitOldInNewList',
};

/**
 * The code of such a name: a prefix that contradicts the unit's kind has its own code (the UI and
 * the JSON tell it from a name not recognised at all); a (cũ)/(mới) mark stays "not recognised"
 * for this list.
 */
const NEAR_MISS_CODE: Record<NearMiss, ProblemCode> = {
  prefixCity: 'unitPrefixMismatch',
  prefixProvince: 'unitPrefixMismatch',
  eraNew: 'unitUnmatched',
  eraOld: 'unitUnmatched',
};

export function validateStaged(
  s: ImportSession,
  t: { rows: string; obs: string },
  stats: StageStats,
): ImportPreview {
  const db = s.db;
  const target = s.target!;
  const mapping = s.mapping!;
  const file = s.fileName;
  const sheet = s.sheet;
  const problems: ImportProblem[] = [...stats.parseProblems];
  let errors = stats.parseErrors;
  let warnings = stats.parseWarnings;
  const add = (p: ImportProblem) => {
    if (p.severity === 'error') errors++;
    else warnings++;
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const unitCol = mapping.columns.find((c) => c.mapping.field === 'unit')?.col ?? null;
  const header = (col: number | null) =>
    col === null ? null : (mapping.columns.find((c) => c.col === col)?.header ?? null);

  // Mapping-level checks.
  const noUnit =
    !target.unitId &&
    !mapping.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
  if (noUnit) add(problem('error', 'noUnitColumn', { file, sheet }));
  const valueCols = mapping.columns.filter((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
  if (valueCols.length === 0) add(problem('error', 'noValueColumn', { file, sheet }));
  // A workbook whose table sits on a hidden sheet (behind a chart or a cover): say which one.
  if ((noUnit || valueCols.length === 0) && s.hiddenTableSheet && s.hiddenTableSheet !== sheet)
    add(problem('warning', 'tableOnHiddenSheet', { file, sheet }, { hidden: s.hiddenTableSheet }));
  if (target.kind === 'ranking') {
    if (target.year === null) add(problem('error', 'noYear', { file, sheet }));
    if (target.group === null) add(problem('error', 'noGroup', { file, sheet }));
  } else if (valueCols.length > 0) {
    if (needsTableIndicator(mapping) && !target.indicator?.trim())
      add(problem('error', 'noTableIndicator', { file, sheet }));
    if (needsTablePeriod(mapping) && !target.period?.trim() && target.year === null)
      add(problem('error', 'noTablePeriod', { file, sheet }));
  }
  for (const c of mapping.columns.filter((x) => x.mapping.field === 'ignore' && x.header.trim() !== '')) {
    add(
      problem(
        'warning',
        // Plan targets ("Kế hoạch năm 2024") are recognised, only not imported yet.
        c.note === 'target' ? 'planTargetColumn' : 'unknownColumn',
        { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
        { header: c.header },
      ),
    );
  }
  // A year given for the import (--year, the wizard's field) that the title contradicts: rankings
  // and KPI tables alike (a KPI table's year is the period of its values).
  if (s.titleHints.year !== null && target.year !== null && s.titleHints.year !== target.year) {
    add(
      problem(
        'error',
        'yearContradicts',
        { file, sheet, row: null, value: s.titleHints.text },
        { title: s.titleHints.year, year: target.year },
      ),
    );
  }
  if (s.titleHints.group !== null && target.group !== null && s.titleHints.group !== target.group) {
    add(
      problem(
        'error',
        'groupContradicts',
        { file, sheet, value: s.titleHints.text },
        { title: s.titleHints.group, group: target.group, found: s.titleHints.group },
      ),
    );
  }

  // Units were matched while reading (session.stage). Here: apply the user's answers, then ask
  // about every spelling still unmatched or ambiguous.
  const codeList = s.codeList();
  const units = new UnitRepository(db).list(codeList);
  const byId = new Map(units.map((u) => [u.id, u]));
  const match = buildUnitMatcher(units);
  const questions: UnitQuestion[] = [];
  const otherMatch = buildUnitMatcher(
    new UnitRepository(db).list(codeList === 'gso2004' ? '2025' : 'gso2004'),
  );
  let otherListHits = 0;
  s.timed('validate: units', () => {
    const answer = db.prepare(
      `UPDATE ${t.rows} SET unit_id = ?, by_answer = 1 WHERE unit_label = ? AND (unit_id IS NULL OR by_answer = 1)`,
    );
    db.transaction(() => {
      for (const [label, unitId] of s.answers) answer.run(unitId, label);
    })();
    const open = db
      .prepare(
        `SELECT unit_label AS label, MIN(unit_code) AS code FROM ${t.rows} WHERE unit_id IS NULL AND by_answer = 0 GROUP BY unit_label`,
      )
      .all() as { label: string; code: string | null }[];
    const rowsOf = db.prepare(
      `SELECT row FROM ${t.rows} WHERE unit_label = ? AND unit_id IS NULL AND by_answer = 0 ORDER BY row LIMIT 50`,
    );
    for (const l of open) {
      const rows = (rowsOf.all(l.label) as { row: number }[]).map((r) => r.row);
      const m = match(l.label);
      const kind = m.kind === 'ambiguous' ? 'ambiguous' : 'unmatched';
      if (otherMatch(l.label).kind === 'matched') otherListHits++;
      const candidates = (m.kind === 'ambiguous' ? m.ids.map((id) => byId.get(id)!) : units).map((u) => ({
        unitId: u.id,
        code: u.code,
        name: u.name,
      }));
      questions.push({ label: l.label, kind, rows, candidates });
      const where = { file, sheet, row: rows[0]!, col: unitCol, header: header(unitCol), value: l.label };
      if (m.kind === 'unmatched' && m.near) {
        // "Thành phố Hà Tĩnh" (the provincial city), "TP. Hải Phòng (mới)" on the 63-unit list: the
        // bare name is a unit, the label is not; say why instead of "not recognised".
        const names = m.near.ids.map((id) => byId.get(id)?.name ?? '').join(', ');
        add(
          problemSaying('error', NEAR_MISS_CODE[m.near.reason], NEAR_MISS_TEXT[m.near.reason], where, {
            unit: l.label,
            names,
          }),
        );
      } else
        add(
          problem('error', kind === 'ambiguous' ? 'unitAmbiguous' : 'unitUnmatched', where, {
            unit: l.label,
            names: kind === 'ambiguous' ? candidates.map((c) => c.name).join(', ') : '',
          }),
        );
    }
  });
  if (otherListHits > 0 && otherListHits >= questions.length / 2 && target.group) {
    const other = target.group === 63 ? 34 : 63;
    add(
      problem(
        'error',
        'groupContradicts',
        { file, sheet },
        { title: other, group: target.group, found: otherListHits },
      ),
    );
  }

  // Main-index values of a year whose methodology is not known cannot be placed: say so.
  if (target.kind === 'ranking') {
    const orphan = db
      .prepare(
        `SELECT indicator_code AS code, COUNT(*) AS n FROM ${t.obs} WHERE indicator_id IS NULL AND indicator_code IS NOT NULL GROUP BY indicator_code`,
      )
      .all() as { code: string; n: number }[];
    for (const o of orphan) {
      add(
        problem(
          'warning',
          'noMethodology',
          { file, sheet },
          { index: o.code, count: o.n, year: target.year ?? '?' },
        ),
      );
    }
  }

  // Rows the user chose to skip (answer: none) leave the import.
  const skipped = (
    db.prepare(`SELECT COUNT(*) AS n FROM ${t.rows} WHERE unit_id IS NULL AND by_answer = 1`).get() as {
      n: number;
    }
  ).n;

  // Duplicates.
  const dups = () =>
    db
      .prepare(
        `SELECT unit_id, group_concat(row) AS rows, MIN(unit_label) AS label FROM ${t.rows} WHERE unit_id IS NOT NULL GROUP BY unit_id HAVING COUNT(*) > 1`,
      )
      .all() as { unit_id: number; rows: string; label: string }[];
  if (target.kind === 'ranking') {
    for (const d of dups()) {
      const rows = d.rows
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      for (const r of rows.slice(1)) {
        add(
          problem(
            'error',
            'duplicateUnit',
            { file, sheet, row: r, col: unitCol, header: header(unitCol), value: d.label },
            { unit: byId.get(d.unit_id)?.name ?? d.label, first: rows[0]! },
          ),
        );
      }
    }
  } else {
    const kdups = db
      .prepare(
        `SELECT r.unit_id, o.indicator_key, o.period, group_concat(o.row) AS rows, MIN(o.indicator_label) AS label
         FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row WHERE r.unit_id IS NOT NULL
         GROUP BY r.unit_id, o.indicator_key, o.period HAVING COUNT(*) > 1 LIMIT 200`,
      )
      .all() as { unit_id: number; indicator_key: string; period: string; rows: string; label: string }[];
    for (const d of kdups) {
      const rows = d.rows
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      add(
        problem(
          'error',
          'duplicateKpi',
          { file, sheet, row: rows[1]!, col: unitCol, header: header(unitCol) },
          { unit: byId.get(d.unit_id)?.name ?? '', indicator: d.label, period: d.period, first: rows[0]! },
        ),
      );
    }
  }

  if (target.kind === 'kpi') {
    // add() counts the errors it reports; these are the ones past them (a whole column can be
    // wrong). Two statements: `errors += f()` would read `errors` before f's own add() calls.
    const unreported = checkPeriodsAgainstList(s, t, codeList, add, header);
    errors += unreported;
  }

  if (target.kind === 'ranking' && target.group) {
    // Coverage: a ranking lists every unit of its group.
    if (questions.length === 0) {
      const present = new Set(
        (
          db.prepare(`SELECT DISTINCT unit_id FROM ${t.rows} WHERE unit_id IS NOT NULL`).all() as {
            unit_id: number;
          }[]
        ).map((r) => r.unit_id),
      );
      const missing = units.filter((u) => !present.has(u.id));
      // A table holding most units but not all is a copy that lost rows: that blocks. A short
      // excerpt (a top 10, the few units a press article gives) is imported as what it is, with a warning.
      if (missing.length > 0 && stats.dataRows > 0) {
        const excerpt = present.size < units.length / 2;
        add(
          problem(
            excerpt ? 'warning' : 'error',
            excerpt ? 'excerpt' : 'missingUnits',
            { file, sheet },
            {
              n: target.group,
              count: missing.length,
              present: present.size,
              names:
                missing
                  .slice(0, 10)
                  .map((u) => u.name)
                  .join(', ') + (missing.length > 10 ? '…' : ''),
            },
          ),
        );
      }
    }
    // Ranks consistent with scores, per indicator (ties allowed).
    const scoredRanks = db.prepare(
      `SELECT row, value, rank, rank_col FROM ${t.obs} WHERE indicator_code = ? AND has_value = 1 AND has_rank = 1 AND value IS NOT NULL AND rank IS NOT NULL ORDER BY row`,
    );
    for (const ind of HEADLINE_INDICATORS) {
      const rows = scoredRanks.all(ind) as { row: number; value: number; rank: number; rank_col: number }[];
      if (rows.length < 2) continue;
      for (const i of inconsistentRanks(rows.map((r) => ({ score: r.value, rank: r.rank })))) {
        const r = rows[i]!;
        add(
          problem(
            'error',
            'rankInconsistent',
            { file, sheet, row: r.row, col: r.rank_col, header: header(r.rank_col), value: r.rank },
            { indicator: ind.toUpperCase(), score: { score: r.value } },
          ),
        );
      }
    }
    checkCompetitionRanks(s, t, add, header);
    checkFormula(s, t, add, header);
  }

  // Preview diff against the effective values in the store (the user's layer over the reference).
  const joined = `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
       LEFT JOIN observation u ON u.layer = 'user' AND u.indicator_id = o.indicator_id AND u.unit_id = r.unit_id
            AND u.period = o.period AND u.ranking_group = o.ranking_group
       LEFT JOIN observation ref ON ref.layer = 'reference' AND ref.indicator_id = o.indicator_id AND ref.unit_id = r.unit_id
            AND ref.period = o.period AND ref.ranking_group = o.ranking_group`;
  const oldValue = `CASE WHEN u.id IS NOT NULL THEN u.value ELSE ref.value END`;
  const oldRank = `CASE WHEN u.id IS NOT NULL THEN u.rank ELSE ref.rank END`;
  const status = (nv: string, ov: string) =>
    `CASE WHEN ${ov} IS NULL THEN (CASE WHEN ${nv} IS NULL THEN 'unchanged' ELSE 'new' END) WHEN ${ov} = ${nv} THEN 'unchanged' ELSE 'changed' END`;
  const counted = s.timed(
    'validate: diff counts',
    () =>
      db
        .prepare(
          `SELECT st, COUNT(*) AS n FROM (
         SELECT ${status('o.value', oldValue)} AS st ${joined} WHERE o.has_value = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0
         UNION ALL
         SELECT ${status('o.rank', oldRank)} AS st ${joined} WHERE o.has_rank = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0
       ) GROUP BY st`,
        )
        .all() as { st: 'new' | 'changed' | 'unchanged'; n: number }[],
  );
  const counts = { new: 0, changed: 0, unchanged: 0, observations: 0 };
  for (const c of counted) {
    counts[c.st] += c.n;
    counts.observations += c.n;
  }
  const totalRows = (db.prepare(`SELECT COUNT(*) AS n FROM ${t.rows}`).get() as { n: number }).n;
  const rowsTruncated = totalRows > MAX_PREVIEW_ROWS;
  const diff = db
    .prepare(
      `SELECT o.row, o.indicator_code, o.indicator_label, o.period, o.has_value, o.value, o.has_rank, o.rank,
              r.row AS staged_row, r.unit_id, r.unit_label, r.has_error, ${oldValue} AS old_value, ${oldRank} AS old_rank
       ${joined.replace(`FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row`, `FROM ${t.rows} r LEFT JOIN ${t.obs} o ON o.row = r.row`)}
       -- every staged row is shown, also one whose cells all failed to parse (status 'error')
       WHERE r.row IN (SELECT row FROM ${t.rows} ORDER BY row LIMIT ${MAX_PREVIEW_ROWS})
       ORDER BY r.row, o.seq`,
    )
    .all() as {
    row: number | null;
    staged_row: number;
    indicator_code: string | null;
    indicator_label: string | null;
    period: string;
    has_value: number;
    value: number | null;
    has_rank: number;
    rank: number | null;
    unit_id: number | null;
    unit_label: string;
    has_error: number;
    old_value: number | null;
    old_rank: number | null;
  }[];
  const previewRows: PreviewRow[] = [];
  let current: PreviewRow | null = null;
  const cellStatus = (nv: number | null, ov: number | null) =>
    ov === null ? (nv === null ? 'unchanged' : 'new') : ov === nv ? 'unchanged' : 'changed';
  for (const d of diff) {
    if (!current || current.row !== d.staged_row) {
      if (current) previewRows.push(finishRow(current));
      current = {
        row: d.staged_row,
        unitLabel: d.unit_label,
        unitId: d.unit_id,
        unitName: d.unit_id !== null ? (byId.get(d.unit_id)?.name ?? null) : null,
        status: d.has_error
          ? 'error'
          : d.unit_id === null
            ? s.answers.get(d.unit_label) === null
              ? 'skipped'
              : 'error'
            : 'unchanged',
        cells: [],
      };
    }
    if (d.row === null) continue; // a row without any readable value
    const indicator = d.indicator_code ?? d.indicator_label ?? '';
    const push = (field: 'value' | 'rank', nv: number | null, ov: number | null): PreviewCell => ({
      key: `${indicator}.${field}`,
      indicator,
      field,
      period: d.period,
      old: ov,
      new: nv,
      status: cellStatus(nv, ov),
    });
    if (d.has_value) current.cells.push(push('value', d.value, d.old_value));
    if (d.has_rank) current.cells.push(push('rank', d.rank, d.old_rank));
  }
  if (current) previewRows.push(finishRow(current));

  const newIndicators = target.kind === 'kpi' ? stats.newKpiLabels.slice(0, 100).map((k) => k.label) : [];

  return {
    file,
    sheet,
    target,
    counts: {
      rows: stats.dataRows,
      skippedRows: stats.skippedRows + skipped,
      observations: counts.observations,
      new: counts.new,
      changed: counts.changed,
      unchanged: counts.unchanged,
      errors,
      warnings,
    },
    problems: problems.sort((a, b) =>
      a.severity === b.severity ? (a.row ?? 0) - (b.row ?? 0) : a.severity === 'error' ? -1 : 1,
    ),
    problemsTruncated: errors + warnings > problems.length,
    questions,
    rows: previewRows,
    rowsTruncated,
    unknownColumns: mapping.columns
      .filter((c) => c.mapping.field === 'ignore' && c.header.trim() !== '')
      .map((c) => ({ col: c.col, header: c.header })),
    newIndicators,
    canCommit: errors === 0 && questions.length === 0 && counts.observations > 0,
  };
}

/**
 * KPI values whose period the code list cannot hold: a unit of the 63-unit list after June 2025
 * (it no longer exists), one of the 34-unit list before July 2025 (it did not exist yet). Each is
 * an error naming the value's cell; returns how many errors were counted beyond those reported.
 */
function checkPeriodsAgainstList(
  s: ImportSession,
  t: { rows: string; obs: string },
  codeList: CodeList,
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): number {
  const periods = (s.db.prepare(`SELECT DISTINCT period FROM ${t.obs}`).all() as { period: string }[]).map(
    (r) => r.period,
  );
  const wrong = codeList === 'gso2004' ? '2025' : 'gso2004';
  const bad = periods.filter((p) => codeListOfPeriod(p) === wrong);
  if (bad.length === 0) return 0;
  const inBad = `o.period IN (${bad.map(() => '?').join(',')})`;
  const from = `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row WHERE r.unit_id IS NOT NULL AND ${inBad}`;
  const total = (s.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...bad) as { n: number }).n;
  const rows = s.db
    .prepare(
      `SELECT o.row, o.period, o.value_col, o.rank_col, o.value, o.rank, r.unit_id ${from} ORDER BY o.row, o.seq LIMIT ${MAX_PROBLEMS}`,
    )
    .all(...bad) as {
    row: number;
    period: string;
    value_col: number | null;
    rank_col: number | null;
    value: number | null;
    rank: number | null;
    unit_id: number;
  }[];
  const names = new Map(new UnitRepository(s.db).brief(codeList).map((u) => [u.id, u.name]));
  const text: MessageKey =
    codeList === 'gso2004' ? 'problem.periodAfterOldList' : 'problem.periodBeforeNewList';
  for (const r of rows) {
    const col = r.value !== null ? r.value_col : (r.rank_col ?? r.value_col);
    const where = {
      file: s.fileName,
      sheet: s.sheet,
      row: r.row,
      col,
      header: header(col),
      value: r.value ?? r.rank,
    };
    add(
      problemSaying('error', 'periodOutsideList', text, where, {
        unit: names.get(r.unit_id) ?? '',
        period: r.period,
      }),
    );
  }
  return total - rows.length;
}

/**
 * The first place a rank column breaks the competition rule: a rank after a tie that does not skip
 * (15, 15, 16 — the ministry's tables go 15, 15, 17). Holds for excerpts too: whatever rows are
 * left out, the next rank after k units tied at r is at least r + k. Null when the ranks keep the rule.
 */
export function firstDenseRank<T extends { rank: number }>(
  rows: readonly T[],
): { at: T; tie: number; count: number; expected: number } | null {
  const count = new Map<number, number>();
  for (const r of rows) count.set(r.rank, (count.get(r.rank) ?? 0) + 1);
  const ranks = [...count.keys()].sort((a, b) => a - b);
  for (let i = 1; i < ranks.length; i++) {
    const tie = ranks[i - 1]!;
    const n = count.get(tie)!;
    const next = ranks[i]!;
    if (n > 1 && next < tie + n) {
      const at = rows.find((r) => r.rank === next)!;
      return { at, tie, count: n, expected: tie + n };
    }
  }
  return null;
}

/** Ranks that do not skip after a tie, per indicator: a warning at the first offending cell. */
function checkCompetitionRanks(
  s: ImportSession,
  t: { rows: string; obs: string },
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): void {
  const rows = s.db
    .prepare(
      `SELECT o.indicator_code AS code, o.row, o.rank, o.rank_col FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
       WHERE o.has_rank = 1 AND o.rank IS NOT NULL AND o.indicator_code IS NOT NULL AND r.has_error = 0
       ORDER BY o.row, o.seq`,
    )
    .all() as { code: string; row: number; rank: number; rank_col: number | null }[];
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byCode.get(r.code) ?? [];
    list.push(r);
    byCode.set(r.code, list);
  }
  for (const [code, list] of byCode) {
    const dense = firstDenseRank(list);
    if (!dense) continue;
    const r = dense.at;
    add(
      problem(
        'warning',
        'rankNotCompetition',
        {
          file: s.fileName,
          sheet: s.sheet,
          row: r.row,
          col: r.rank_col,
          header: header(r.rank_col),
          value: r.rank,
        },
        {
          indicator: code.toUpperCase(),
          tie: dense.tie,
          count: dense.count,
          expected: dense.expected,
          rank: r.rank,
        },
      ),
    );
  }
}

function finishRow(r: PreviewRow): PreviewRow {
  if (r.status === 'error' || r.status === 'skipped') return r;
  const st = r.cells.some((c) => c.status === 'changed')
    ? 'changed'
    : r.cells.some((c) => c.status === 'new')
      ? 'new'
      : 'unchanged';
  return { ...r, status: st };
}

/** The overall score against the methodology's formula (a warning: published data can be rounded). */
function checkFormula(
  s: ImportSession,
  t: { rows: string; obs: string },
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): void {
  const year = s.target!.year;
  if (year === null) return;
  const m = s.db
    .prepare(
      `SELECT m.id, m.definition_json FROM methodology_year my JOIN methodology m ON m.id = my.methodology_id WHERE my.year = ?`,
    )
    .get(year) as { id: string; definition_json: string } | undefined;
  if (!m) return;
  const def = JSON.parse(m.definition_json) as {
    pillars?: { code: string; points: number }[];
    main_indices?: { code: string; points?: number }[];
    total_points?: number;
  };
  const rows = s.db
    .prepare(
      `SELECT row, indicator_code AS code, value, value_col FROM ${t.obs} WHERE has_value = 1 AND value IS NOT NULL`,
    )
    .all() as {
    row: number;
    code: string;
    value: number;
    value_col: number;
  }[];
  const byRow = new Map<number, Map<string, { value: number; col: number }>>();
  for (const r of rows) {
    const m2 = byRow.get(r.row) ?? new Map();
    m2.set(r.code, { value: r.value, col: r.value_col });
    byRow.set(r.row, m2);
  }
  const total = def.total_points ?? 1000;
  for (const [row, vals] of byRow) {
    const dti = vals.get('dti');
    if (!dti) continue;
    let expected: number | null = null;
    if (def.pillars && def.pillars.every((p) => vals.has(p.code))) {
      expected = def.pillars.reduce((a, p) => a + (p.points / total) * vals.get(p.code)!.value, 0);
    } else if (
      def.main_indices &&
      def.main_indices.filter((i) => (i.points ?? 0) > 0).every((i) => vals.has(i.code))
    ) {
      const scored = def.main_indices.filter((i) => (i.points ?? 0) > 0);
      if (scored.length > 0)
        expected = scored.reduce((a, i) => a + ((i.points ?? 0) / total) * vals.get(i.code)!.value, 0);
    }
    if (expected !== null && Math.abs(expected - dti.value) > FORMULA_TOLERANCE) {
      add(
        problem(
          'warning',
          'formulaMismatch',
          { file: s.fileName, sheet: s.sheet, row, col: dti.col, header: header(dti.col), value: dti.value },
          {
            score: { score: dti.value },
            method: m.id,
            expected: { score: expected },
          },
        ),
      );
    }
  }
}
