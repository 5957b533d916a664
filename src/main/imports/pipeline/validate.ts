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
import { columnLetters } from '../../../shared/imports/cellAddress';
import { DUPLICATE_NOTE, withoutComparedYear } from '../../../shared/imports/yearColumns';
import {
  isNumericField,
  isSubProvincialColumn,
  kpiRanksNeedGroup,
  needsTableIndicator,
  needsTablePeriod,
  fieldFitsKind,
} from '../../../shared/imports/fields';
import {
  codeListOfPeriod,
  HEADLINE_INDICATORS,
  rankingGroupOfYear,
  yearOfFileName,
  yearsCoveredBy,
  yearsNamedIn,
  type CodeList,
  type Language,
} from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n';
import { formatParams, type MessageParam } from '../../../shared/imports/place';
import { buildUnitMatcher, compactKey, stripDiacritics, type NearMiss } from '../../../shared/unitNames';
import { UnitRepository } from '../../store/units';
import type { Database } from 'better-sqlite3';
import { decimalsOf, rankOrder } from '../../../shared/rank';
import { editOutlivesImportSql, shownSql } from '../../store/rankings';
import { formatDateTime } from '../../../shared/format';
import {
  MAX_PROBLEMS,
  messages,
  problem,
  problemSaying,
  SaidCells,
  type ProblemCode,
  type Where,
} from './problems';
import { isQualifierOnly, looseIndicatorKey } from '../../../shared/imports/indicatorNames';

/** Unit questions asked at once; answering them brings the next ones. */
export const MAX_QUESTIONS = 200;
import { normalisePeriod } from './cells';
import { isCanonicalPeriod, monthSpan, sheetNamePeriod } from '../layout/periods';
import { periodFromTitle, withoutDates } from '../layout/titleHints';
import { isYearlessPeriod } from '../layout';
import type { ImportSession } from './session';
import { VALUE_UNIT } from './staging';
import { normalizeHeader } from '../layout/normalizeHeader';
import { isEstimateHeader, PLAN_SHEET } from '../layout/headerVocabulary';
import { isPercentUnit } from '../layout/valueUnit';
import { namesDti, otherIndexNamed, pillarNamedBy, rankedOtherThanProvinces } from '../layout/indexNames';
import { MAX_EMPTY_CELLS, monthOfYearColumn, type EmptyCell } from './rowMapper';

const VALUE_FIELDS = new Set<string>(['kpi.value', 'kpi.valueForPeriod', 'kpi.valueForIndicator']);

export interface StageStats {
  parseProblems: ImportProblem[];
  parseErrors: number;
  parseWarnings: number;
  skippedRows: number;
  dataRows: number;
  newKpiLabels: { label: string; uom: string | null }[];
}

const MAX_PREVIEW_ROWS = 500;
/** A unit below the province, named with its kind: "Xã …", "Phường …", "Huyện …", "Thị xã …". */
const SUB_PROVINCIAL_LABEL =
  /^(xã|phường|thị trấn|huyện|quận|thị xã|xa|phuong|thi tran|huyen|quan|thi xa)\s+\S/iu;
/** "TP. Đồng Xoài", "Thành phố Biên Hòa": a city; when no unit is named so, a city below a province. */
const CITY_LABEL = /^(thành phố|thanh pho|tp\.?)\s*\S/iu;
/** The centrally-run cities, letters only: "TP. Hà Nộii" is one of them mistyped, not a city below a province. */
const CENTRAL_CITIES = ['hanoi', 'hochiminh', 'haiphong', 'danang', 'cantho'];

/** Whether a city name is a centrally-run city's with a letter or two wrong ("TP. Hà Nộii", TCVN3's "Hå ChÝ Minh"). */
function mistypedCentralCity(label: string): boolean {
  const letters = stripDiacritics(label.normalize('NFC'))
    .toLowerCase()
    .replace(/^(thanh pho|tp\.?)\s*/, '')
    .replace(/[^a-z]/g, '');
  return CENTRAL_CITIES.some((c) => editDistance(letters, c) <= 2);
}

/**
 * Units whose names are closest to a label not recognised, a letter or two away ("Kon Tumm", "Gia
 * Lia", "Ha Tinhh"): at most two edits, and at most one per four letters of the name; the closest
 * ones only.
 */
function nearSpellings<U extends { name: string }>(label: string, units: readonly U[]): U[] {
  const key = compactKey(label);
  if (key.length < 4) return [];
  let best = Infinity;
  let found: U[] = [];
  for (const u of units) {
    const other = compactKey(u.name);
    if (Math.abs(other.length - key.length) > 2) continue;
    const d = editDistance(key, other);
    if (d > 2 || d > Math.floor(other.length / 4)) continue;
    if (d < best) [best, found] = [d, [u]];
    else if (d === best) found.push(u);
  }
  return found.slice(0, 3);
}

/** Levenshtein distance, for short names. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Columns layout detection set aside for a known reason (its note), said with the reason. A column
 * of districts or communes is an error: the table is not one of provinces.
 */
const SET_ASIDE_BECAUSE: Record<string, { severity: ImportProblem['severity']; text: MessageKey }> = {
  derived: { severity: 'warning', text: 'problem.setAside.derived' },
  'total of no known span': { severity: 'warning', text: 'problem.setAside.totalOfNoSpan' },
  'total of part of a period': { severity: 'warning', text: 'problem.setAside.totalOfPart' },
  'total of rates': { severity: 'warning', text: 'problem.setAside.totalOfRates' },
  'average of columns': { severity: 'warning', text: 'problem.setAside.averageOfColumns' },
  'same period last year': { severity: 'warning', text: 'problem.setAside.samePeriodLastYear' },
  'previous period': { severity: 'warning', text: 'problem.setAside.previousPeriod' },
  'this period untold': { severity: 'warning', text: 'problem.setAside.thisPeriodUntold' },
  'regional rank': { severity: 'warning', text: 'problem.setAside.regionalRank' },
  'former units': { severity: 'warning', text: 'problem.setAside.formerUnits' },
  'units merged into': { severity: 'warning', text: 'problem.setAside.unitsMergedInto' },
  'another year': { severity: 'warning', text: 'problem.setAside.otherYear' },
  'period to a date': { severity: 'warning', text: 'problem.setAside.periodToDate' },
  'period outside its group': { severity: 'warning', text: 'problem.setAside.periodOutsideGroup' },
  'rank of a main index': { severity: 'warning', text: 'problem.setAside.mainIndexRank' },
  'another index': { severity: 'warning', text: 'problem.setAside.anotherIndex' },
  'not the DTI': { severity: 'warning', text: 'problem.setAside.notTheDti' },
  'rank of another index': { severity: 'warning', text: 'problem.setAside.otherIndexRank' },
  'rank of several columns': { severity: 'warning', text: 'problem.rankOfNoColumn' },
  'sub-provincial units': { severity: 'error', text: 'problem.setAside.subProvincial' },
  'sub-provincial rows': { severity: 'error', text: 'problem.setAside.subProvincialRows' },
};
const FORMULA_TOLERANCE = 0.0015;

/**
 * How far a DTI may be from its formula with its figures rounded as the file writes them: half a
 * unit of the DTI's last decimal and of each part's, weighted (4 decimals: 0.0001 — the ministry's
 * own rows are within 0.00005; two decimals: 0.01 — round 78's correct two-decimal tables were
 * refused under one tolerance of FORMULA_TOLERANCE for all, under which round 77's 0.3577 for
 * 0.3588, a slip of the third decimal, passed).
 */
function formulaTolerance(dti: number, parts: { weight: number; value: number }[]): number {
  // (the decimals a figure is written with: 0.8002 4, 0.8 1, 0.8002000000000001 from 80.02% 4)
  const half = (v: number) => 0.5 * 10 ** -decimalsOf([v]);
  return half(dti) + parts.reduce((a, p) => a + p.weight * half(p.value), 0) + 1e-9;
}

/** Fields one column at most can hold (a KPI table's values and ranks come a column per KPI or period). */
const ONE_COLUMN_FIELD =
  /^(dti|cqs|kts|xhs)\.(score|rank)$|^idx\.|^(unit|unitCode|kpi\.value|kpi\.indicator)$/;

/** The same, with parameters said in each language (a phrase of the message itself). */
function problemEach(
  severity: ImportProblem['severity'],
  code: ProblemCode,
  text: MessageKey,
  where: Where,
  params: (lang: Language) => Record<string, MessageParam>,
): ImportProblem {
  const p = problem(severity, code, where, params('en'));
  return { ...p, ...messages(where, text, params, p.value) };
}

/** A unit of either list with what the 2025 rearrangement made of it. */
interface UnitFacts {
  name: string;
  codeList: CodeList;
  /** For a 63-list unit: the 34-list unit it became part of, and whether it merged or stayed as it was. */
  successor: string | null;
  merged: boolean;
  /** For a 34-list unit formed by a merger on 01/07/2025: the 63-list units it was formed from. */
  formedFrom: string[];
}

function unitFacts(db: ImportSession['db']): Map<number, UnitFacts> {
  const rows = db
    .prepare(
      `SELECT u.id, u.name_vi AS name, u.code_list AS codeList, su.name_vi AS successor, s.change
       FROM unit u LEFT JOIN unit_succession s ON s.predecessor_id = u.id LEFT JOIN unit su ON su.id = s.successor_id`,
    )
    .all() as {
    id: number;
    name: string;
    codeList: CodeList;
    successor: string | null;
    change: string | null;
  }[];
  const formedFrom = new Map<number, string[]>();
  for (const f of db
    .prepare(
      `SELECT s.successor_id AS id, p.name_vi AS name FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id
       WHERE s.successor_id IN (SELECT successor_id FROM unit_succession WHERE change = 'merged') ORDER BY p.code`,
    )
    .all() as { id: number; name: string }[])
    formedFrom.set(f.id, [...(formedFrom.get(f.id) ?? []), f.name]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: r.name,
        codeList: r.codeList,
        successor: r.successor,
        merged: r.change === 'merged',
        formedFrom: formedFrom.get(r.id) ?? [],
      },
    ]),
  );
}

/** "1726/QĐ-BTTTT" out of "Quyết định 1726/QĐ-BTTTT ngày 12/10/2020". */
const decisionNumber = (decision: string, id: string): string =>
  /\d+\/QĐ-[\p{L}]+/u.exec(decision)?.[0] ?? id;

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

/** Names of the other list that make a table of it (fewer are asked one by one, each with its reason). */
const OTHER_LIST_TABLE = 10;

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
  // The column that names the unit: its name, else its code (problems about units point there).
  const unitCol =
    mapping.columns.find((c) => c.mapping.field === 'unit')?.col ??
    mapping.columns.find((c) => c.mapping.field === 'unitCode')?.col ??
    null;
  const header = (col: number | null) =>
    col === null ? null : (mapping.columns.find((c) => c.col === col)?.header ?? null);

  /** The mapped column `c` was set aside for (a duplicate of the same field), if any. */
  const setAsideFor = (c: { note?: string }) => {
    const dup = DUPLICATE_NOTE.exec(c.note ?? '');
    const kept = dup ? mapping.columns.find((k) => k.col === Number(dup[1])) : undefined;
    return kept && kept.mapping.field !== 'ignore' ? kept : undefined;
  };

  // The same file (bytes, sheet, year, group) imported before and not undone: said, so that an import that
  // changes nothing is not a puzzle ("0 values imported"). Named by the import whose cells hold its
  // values (a second reading of an unchanged file takes nothing over), else the latest.
  if (s.inspection?.sha256) {
    const before = db
      .prepare(
        `SELECT b.id, b.created_at FROM import_batch b WHERE b.layer = 'user' AND b.undone_at IS NULL AND b.sha256 = ?
           AND b.sheet IS ? AND b.year IS ? AND b.ranking_group IS ?
         ORDER BY EXISTS (SELECT 1 FROM observation o WHERE o.batch_id = b.id) DESC, b.id DESC LIMIT 1`,
      )
      .get(s.inspection.sha256, s.sheet, target.year, target.group) as
      { id: number; created_at: string } | undefined;
    if (before)
      add(
        problemEach('warning', 'alreadyImported', 'problem.alreadyImported', { file, sheet }, (lang) => ({
          id: before.id,
          at: formatDateTime(before.created_at, lang),
        })),
      );
  }
  // Mapping-level checks. A sheet without a single cell (an empty sheet, or one a damaged file
  // lost) is said as such, not as "choose the unit column".
  const emptySheet = mapping.columns.length === 0;
  if (emptySheet) add(problem('error', 'emptySheet', { file, sheet }));
  const subProvincial = mapping.columns.some(isSubProvincialColumn);
  const noUnit =
    !emptySheet &&
    !target.unitId &&
    !mapping.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
  if (noUnit) {
    // A sheet per province named for a unit that merged ("Bình Phước" with periods from 07/2025).
    const old = s.codeList() === '2025' ? s.tableUnit(63) : null;
    const merged = old !== null ? new UnitRepository(db).byId(old) : null;
    const successor = merged?.successorId ? new UnitRepository(db).byId(merged.successorId) : null;
    if (merged && successor)
      add(
        problemSaying(
          'error',
          'noUnitColumn',
          'problem.sheetUnitMerged',
          { file, sheet },
          {
            unit: merged.name,
            successor: successor.name,
          },
        ),
      );
    // (a district's or commune's table is said as such: at stage, or at its unit column below)
    else if (s.subProvincialSubject(target.group) === null && !subProvincial)
      add(problem('error', 'noUnitColumn', { file, sheet }));
  }
  const valueCols = mapping.columns.filter((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
  // (columns of figures set aside for a reason — a rank within a region, another index's — are
  // each said with it: the error points to them)
  const asideWhy = mapping.columns.filter(
    (c) => c.mapping.field === 'ignore' && SET_ASIDE_BECAUSE[c.note ?? ''] !== undefined,
  );
  // (…and columns not recognised: the error names them, the first as its cell)
  const unrecognised = mapping.columns.filter((c) => c.mapping.field === 'ignore' && c.note === 'unknown');
  // (a table of districts or communes is refused at its unit column: what else it lacks is no matter)
  if (valueCols.length === 0 && !subProvincial && !emptySheet)
    add(
      asideWhy.length > 0
        ? problemSaying(
            'error',
            'noValueColumn',
            'problem.noValueColumnSetAside',
            { file, sheet, row: mapping.headerRow, col: asideWhy[0]!.col, header: asideWhy[0]!.header },
            { columns: asideWhy.map((c) => `"${c.header}"`).join(', ') },
          )
        : unrecognised.length > 0
          ? problemSaying(
              'error',
              'noValueColumn',
              'problem.noValueColumnUnknown',
              {
                file,
                sheet,
                row: mapping.headerRow,
                col: unrecognised[0]!.col,
                header: unrecognised[0]!.header,
              },
              { columns: unrecognised.map((c) => `"${c.header}"`).join(', ') },
            )
          : problem('error', 'noValueColumn', { file, sheet, row: mapping.headerRow || null, col: null }),
    );
  // A workbook whose table sits on a hidden sheet (behind a chart or a cover): say which one.
  if ((noUnit || valueCols.length === 0) && s.hiddenTableSheet && s.hiddenTableSheet !== sheet)
    add(problem('warning', 'tableOnHiddenSheet', { file, sheet }, { hidden: s.hiddenTableSheet }));
  /** The title's cell that writes its year or its group (the title itself as the value). */
  const titleCell = (at: { row: number; col: number } | undefined): Where => ({
    file,
    sheet,
    row: at?.row ?? null,
    col: at?.col ?? null,
    value: s.titleHints.text,
  });
  if (target.kind === 'ranking' && !subProvincial) {
    if (target.year === null) {
      // (the one year the file's name gives is offered, never taken)
      const named = yearOfFileName(file);
      const published = s.titleHints.publishedYear;
      add(
        named !== null
          ? problemSaying('error', 'noYear', 'problem.noYearFileName', { file, sheet }, { year: named })
          : published !== undefined
            ? problemSaying('error', 'noYear', 'problem.noYearPublished', titleCell(s.titleHints.yearAt), {
                published,
                year: published - 1,
              })
            : problem('error', 'noYear', { file, sheet }),
      );
    }
    if (target.group === null) add(problem('error', 'noGroup', { file, sheet }));
    // A year (chosen, or the title's) other than the one year the file's name gives: said, as that
    // name offers its year when none is chosen (round 77: "xep-hang-2022.csv" --year 2023 stored
    // as 2023, unsaid; round 78: "DTI_2022…" titled with another year).
    const named = yearOfFileName(file);
    if (target.year !== null && named !== null && named !== target.year)
      add(problem('warning', 'yearOtherThanFileName', { file, sheet }, { named, year: target.year }));
  } else if (valueCols.length > 0) {
    if (kpiRanksNeedGroup(mapping, target))
      add(problemSaying('error', 'noGroup', 'problem.noGroupForKpiRanks', { file, sheet }, {}));
    if (needsTableIndicator(mapping) && !target.indicator?.trim()) {
      // "Cấp tỉnh | Cấp xã" with no KPI above them or in the title: said with the columns.
      const levels = mapping.columns.filter(
        (c) => c.mapping.field === 'kpi.valueForIndicator' && isQualifierOnly(c.mapping.indicator),
      );
      add(
        levels.length > 0
          ? problemSaying(
              'error',
              'noTableIndicator',
              'problem.noLevelIndicator',
              { file, sheet, row: mapping.headerRow, col: levels[0]!.col, header: levels[0]!.header },
              { levels: levels.map((c) => `"${c.header}"`).join(', ') },
            )
          : problem('error', 'noTableIndicator', { file, sheet }),
      );
    }
    if (needsTablePeriod(mapping) && !target.period?.trim() && target.year === null)
      add(problem('error', 'noTablePeriod', { file, sheet }));
    // "Quý I", "T1" headers without a year: the year of the import gives it, else it is asked.
    const yearless = mapping.columns.filter(
      (c) => c.mapping.field === 'kpi.valueForPeriod' && isYearlessPeriod(c.mapping.period),
    );
    if (yearless.length > 0 && target.year === null)
      add(
        problem(
          'error',
          'periodNeedsYear',
          { file, sheet },
          { periods: yearless.map((c) => c.header).join(', ') },
        ),
      );
  }
  const { unitsAcross, nextTableRow } = s.layoutNotes;
  if (unitsAcross)
    // One column per unit: one note, not a warning per column.
    add(problem('error', 'unitsAcross', { file, sheet, row: unitsAcross.row }, { n: unitsAcross.units }));
  if (nextTableRow !== null && mapping.dataEndRow !== null)
    add(problem('warning', 'nextTable', { file, sheet, row: nextTableRow }, { end: mapping.dataEndRow }));
  // Two blocks side by side ("Tỉnh | Năm 2023 | Tỉnh | Năm 2024", a two-column page of a report
  // copied as it is): layout detection notes the second column of other units' names (see
  // namesOtherUnits); only the left block would be read — refused, saying where the right one is.
  const secondUnit = mapping.columns.find((c) => ANOTHER_BLOCK.test(c.note ?? ''));
  const firstUnit = secondUnit
    ? mapping.columns.find((c) => c.col === Number(ANOTHER_BLOCK.exec(secondUnit.note!)![1]))
    : undefined;
  const leftStart = Math.min(
    ...mapping.columns.filter((c) => c.mapping.field !== 'ignore').map((c) => c.col),
  );
  const rightFrom =
    secondUnit && firstUnit
      ? Math.max(firstUnit.col + 1, secondUnit.col - (firstUnit.col - leftStart))
      : null;
  if (secondUnit && firstUnit)
    add(
      problem(
        'error',
        'sideBySide',
        { file, sheet, row: mapping.headerRow, col: secondUnit.col, header: secondUnit.header },
        {
          left: columnLetters(firstUnit.col),
          right: columnLetters(secondUnit.col),
          from: columnLetters(rightFrom!),
        },
      ),
    );
  // One column per figure: a second column mapped to a field another column has (by hand in the
  // mapping step) would be read over the first, or the other way round — refused, naming both.
  const firstOf = new Map<string, (typeof mapping.columns)[number]>();
  for (const c of mapping.columns) {
    if (!ONE_COLUMN_FIELD.test(c.mapping.field)) continue;
    const first = firstOf.get(c.mapping.field);
    if (!first) {
      firstOf.set(c.mapping.field, c);
      continue;
    }
    add(
      problemSaying(
        'error',
        'duplicateColumn',
        'problem.sameFieldTwice',
        { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
        { header: c.header, other: columnLetters(first.col), otherHeader: first.header },
      ),
    );
  }
  // A column mapped to a field this kind of table does not read — an indicator's figures in a
  // ranking, a DTI score in an indicator table, by hand or proposed before the kind was changed —
  // is left out: said, with how to import it (round 81: dropped unsaid).
  for (const c of mapping.columns)
    if (!fieldFitsKind(c.mapping.field, target.kind))
      add(
        problemSaying(
          'warning',
          'columnOfOtherKind',
          target.kind === 'ranking' ? 'problem.kpiColumnInRanking' : 'problem.rankingColumnInKpi',
          { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
          { header: c.header },
        ),
      );
  // (the month's number beside the year's: read with it, not set aside)
  const monthOfYear = monthOfYearColumn(mapping)?.col;
  for (const c of mapping.columns.filter(
    (x) => !unitsAcross && x.mapping.field === 'ignore' && x.header.trim() !== '' && x.col !== monthOfYear,
  )) {
    // A column the analyst set to "Ignore" in the mapping step is their choice: not "not
    // recognised", nor any other reason to set it aside (only what still blocks is said).
    if (c.confidence === 1 && SET_ASIDE_BECAUSE[c.note ?? '']?.severity !== 'error') continue;
    // Set aside for a column of the same field (last year's score beside this year's): said so.
    const kept = setAsideFor(c);
    // (the right block of side-by-side ones is said once, above)
    if ((kept && rightFrom !== null && c.col >= rightFrom) || c === secondUnit) continue;
    if (kept) {
      const at = { file, sheet, row: mapping.headerRow, col: c.col, header: c.header };
      // (two columns of one header and other values, neither set aside by the analyst)
      if (c.differs && c.confidence === 0) {
        add(
          problemSaying('error', 'duplicateColumn', 'problem.duplicateColumnDiffers', at, {
            header: c.header,
            other: columnLetters(kept.col),
            otherHeader: kept.header,
          }),
        );
        continue;
      }
      // (another year's column of a comparison table: said to be that year's, not "the same")
      const years = c.year !== undefined ? [c.year] : yearsNamedIn(c.header);
      const other = years.length === 1 && target.year !== null && years[0] !== target.year ? years[0]! : null;
      add(
        other !== null
          ? problemSaying('warning', 'duplicateColumn', 'problem.otherYearColumn', at, {
              header: c.header,
              year: String(other),
              target: String(target.year),
            })
          : problem('warning', 'duplicateColumn', at, {
              header: c.header,
              other: columnLetters(kept.col),
              otherHeader: kept.header,
            }),
      );
      continue;
    }
    const at = { file, sheet, row: mapping.headerRow, col: c.col, header: c.header };
    // A column set aside for a reason layout detection knows says the reason, not "not recognised".
    const why = SET_ASIDE_BECAUSE[c.note ?? ''];
    if (why) {
      add(
        problemSaying(why.severity, 'unknownColumn', why.text, at, {
          header: c.header,
          said: c.note === 'sub-provincial rows' ? (s.subProvincialWords()?.said ?? '') : '',
        }),
      );
      continue;
    }
    // (a third year of a column imported for one — "DTI 2022" beside "DTI 2023 | DTI 2024" read for
    // 2024 — is that year's, as the second one is said to be; round 83: "not recognised")
    const years = yearsNamedIn(c.header);
    const stem = (h: string) => normalizeHeader(h.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ' '));
    if (
      years.length === 1 &&
      target.year !== null &&
      years[0] !== target.year &&
      mapping.columns.some((k) => k.mapping.field !== 'ignore' && stem(k.header) === stem(c.header))
    ) {
      add(
        problemSaying('warning', 'duplicateColumn', 'problem.otherYearColumn', at, {
          header: c.header,
          year: String(years[0]),
          target: String(target.year),
        }),
      );
      continue;
    }
    add(
      problem(
        'warning',
        // Plan targets ("Kế hoạch năm 2024") are recognised, only not imported yet.
        c.note === 'target' ? 'planTargetColumn' : 'unknownColumn',
        at,
        { header: c.header },
      ),
    );
  }
  // Estimates ("Ước thực hiện năm 2024", "Ước TH 6 tháng", "Dự ước", "Estimated") are read as the
  // period's values, as tables mean them; said, so that the final figures are imported later.
  for (const c of mapping.columns)
    if (VALUE_FIELDS.has(c.mapping.field) && isEstimateHeader(c.header))
      add(
        problem(
          'warning',
          'estimateColumn',
          { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
          {
            header: c.header,
          },
        ),
      );
  // A title or sheet naming the DTI of districts, communes or ministries: their rows are no
  // provinces, whatever names they bear (round 81: the 28 provincial cities, "Lào Cai", "Hà
  // Tĩnh", stored as the provinces' DTI of 2023).
  if (target.kind === 'ranking') {
    const lines = [...(s.titleHints.text?.split(' | ') ?? []), s.sheet ?? ''];
    const said = lines
      .map((text) => ({ text, ranked: rankedOtherThanProvinces(text) }))
      .find((x) => x.ranked);
    const unitCol = mapping.columns.find((c) => c.mapping.field === 'unit');
    if (said)
      add(
        problemEach(
          'error',
          'notProvincesRanked',
          'problem.notProvincesRanked',
          { file, sheet, row: mapping.headerRow, col: unitCol?.col ?? null, header: unitCol?.header },
          (lang) => ({ text: said.text, ranked: translate(lang, `problem.ranked.${said.ranked!}`) }),
        ),
      );
  }
  // A title or sheet naming something else than the DTI's own ranking over the columns read as
  // the DTI's: read as headed, said at the DTI's column — its figures would be stored as the
  // DTI's. One pillar ("DTI 2025 (KINH TẾ SỐ)" over "Điểm DTI | Xếp hạng", a sheet "Kinh tế số"
  // under "CHỈ SỐ DTI NĂM 2025"); another index's sheet ("Chỉ số CCHC" under a title naming the
  // DTI); a province's self-assessment ("KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ DTI").
  const dtiCol =
    target.kind === 'ranking' ? mapping.columns.find((c) => /^dti\./.test(c.mapping.field)) : undefined;
  if (dtiCol) {
    const at = { file, sheet, row: mapping.headerRow, col: dtiCol.col, header: dtiCol.header };
    const titles = s.titleHints.text?.split(' | ') ?? [];
    const named = [...titles.map((text) => ({ text, sheet: false })), { text: s.sheet ?? '', sheet: true }]
      .map((n) => ({ ...n, pillar: pillarNamedBy(n.text) }))
      .find((n) => n.pillar !== null);
    const sheetKey = normalizeHeader(s.sheet ?? '');
    const selfAssessed = titles.find((t) =>
      /(?:^| )tu (danh gia|cham diem|cham)( |$)/.test(normalizeHeader(t)),
    );
    if (named && !mapping.columns.some((c) => c.mapping.field.startsWith(`${named.pillar}.`)))
      add(
        problemEach(
          'warning',
          'namedOtherThanDti',
          named.sheet ? 'problem.pillarSheetOverDti' : 'problem.pillarNamedOverDti',
          at,
          (lang) => ({
            text: named.text,
            pillar: translate(lang, `pillar.${named.pillar!}`),
            header: dtiCol.header,
          }),
        ),
      );
    else if (otherIndexNamed(sheetKey) !== null && !namesDti(sheetKey))
      add(
        problemSaying('warning', 'namedOtherThanDti', 'problem.indexSheetOverDti', at, {
          text: s.sheet ?? '',
          header: dtiCol.header,
        }),
      );
    if (selfAssessed)
      add(
        problemSaying('warning', 'namedOtherThanDti', 'problem.selfAssessedDti', at, {
          text: selfAssessed,
        }),
      );
  }
  // A year given for the import (--year, the wizard's field) that the title contradicts: rankings
  // and KPI tables alike (a KPI table's year is the period of its values).
  if (s.titleHints.year !== null && target.year !== null && s.titleHints.year !== target.year) {
    add(
      problem('error', 'yearContradicts', titleCell(s.titleHints.yearAt), {
        title: s.titleHints.year,
        year: target.year,
      }),
    );
  }
  // Every row staged names one of the 34 units, (nearly) all 34 there — asked of a long table
  // whose top alone the analysis saw, all of it names of the 34 (a portal's export of the 34
  // month by month, sorted by unit, whose names the 63 also have): a table of the 34.
  let all34Staged: boolean | null = null;
  const stagedAll34 = (): boolean =>
    (all34Staged ??=
      s.evidence.top34 &&
      s.namesOfLists(
        (
          db.prepare(`SELECT DISTINCT unit_label FROM ${t.rows} WHERE unit_label <> ''`).all() as {
            unit_label: string;
          }[]
        ).map((r) => r.unit_label),
      ).all34);
  if (s.titleHints.group !== null && target.group !== null && s.titleHints.group !== target.group) {
    add(
      problem('error', 'groupContradicts', titleCell(s.titleHints.groupAt), {
        title: s.titleHints.group,
        group: target.group,
      }),
    );
  } else if (target.group === 63 && (s.evidence.complete34 || (target.kind === 'kpi' && stagedAll34()))) {
    // Every name is one of the 34 units after 2025 and (nearly) all 34 are there: the 2024
    // ranking among 34 (published besides the one among 63), not an excerpt of the 63; a KPI
    // table of the 34 (new Đồng Nai is not the Đồng Nai of the 63), whatever its period.
    add(
      target.kind === 'kpi' || target.year === null || target.year === 2024
        ? problemSaying('error', 'groupContradicts', 'problem.complete34As63', { file, sheet }, {})
        : // before 2024 only the 63 were ranked: the year is what to check, not the group
          problemSaying(
            'error',
            'groupContradicts',
            'problem.complete34BeforeList',
            { file, sheet },
            {
              year: target.year,
            },
          ),
    );
  }

  // Rankings are among 63 units until 2023, among 63 and among 34 for 2024, among 34 from 2025:
  // a group the year cannot have is the wrong year or the wrong group, never stored.
  const yearGroup =
    target.kind === 'ranking' && target.year !== null ? rankingGroupOfYear(target.year) : null;
  const groupYearWrong = yearGroup !== null && target.group !== null && target.group !== yearGroup;
  // (a group the title gave, not the analyst: said as the title's, at its cell — round 75)
  const titleGroup = s.titleHints.group !== null && s.titleHints.group === target.group;
  if (groupYearWrong)
    add(
      titleGroup
        ? problemSaying(
            'error',
            'groupYearContradicts',
            'problem.groupYearContradictsTitle',
            titleCell(s.titleHints.groupAt),
            { year: target.year!, expected: yearGroup, group: target.group! },
          )
        : problem(
            'error',
            'groupYearContradicts',
            { file, sheet },
            { year: target.year!, expected: yearGroup, group: target.group! },
          ),
    );
  // A KPI table whose values take the import's period: a sheet named for another year ("2024"
  // imported for 2023) or value columns headed with another year ("… năm 2023 (%)" for 2024)
  // hold another period's values, as for rankings (rowMapper: sheetYearContradicts).
  if (target.kind === 'kpi' && valueCols.length > 0 && needsTablePeriod(mapping)) {
    const period = target.period?.trim() || (target.year !== null ? String(target.year) : '');
    const periodYear = yearsNamedIn(period)[0] ?? null;
    if (periodYear !== null) {
      const sheetYears = yearsCoveredBy(sheet);
      if (sheetYears.length > 0 && !sheetYears.includes(periodYear))
        add(
          problemSaying(
            'error',
            'sheetYearContradicts',
            'problem.kpiSheetYear',
            { file, sheet },
            { sheetYear: sheetYears[0]!, period },
          ),
        );
      // …and a sheet named for another month or quarter than the title's ("T9" under "… THÁNG
      // 8/2026", "T8" under "6 THÁNG ĐẦU NĂM 2026"): the title's period is stored, said — one of
      // them was left from another month's copy.
      const named =
        sheetYears.length === 0 || sheetYears.includes(periodYear)
          ? sheetNamePeriod(sheet ?? '').period
          : null;
      const sheetPeriod = named !== null ? normalisePeriod(named, periodYear) : null;
      if (
        sheetPeriod !== null &&
        isCanonicalPeriod(sheetPeriod) &&
        sheetPeriod.includes('-') &&
        sheetPeriod !== period &&
        s.toDateIfRunning(sheetPeriod) !== period
      )
        add(
          problemSaying(
            'warning',
            'sheetYearContradicts',
            'problem.kpiSheetPeriod',
            { file, sheet },
            { named: named!, sheetPeriod, period },
          ),
        );
      for (const c of mapping.columns) {
        // (a column with its own period: "Năm 2024 / Số lượng" is 2024's)
        if (c.mapping.field !== 'kpi.valueForIndicator' || c.mapping.period !== undefined) continue;
        // (a year it is compared with is not its own: "Tỷ lệ giảm … so với năm 2023 (%)")
        const years = yearsNamedIn(withoutComparedYear(c.header));
        if (years.length > 0 && !years.includes(periodYear))
          add(
            problemSaying(
              'error',
              'columnYearContradicts',
              'problem.kpiColumnYear',
              { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
              { column: years[0]!, period },
            ),
          );
      }
    }
  }

  // Units were matched while reading (session.stage). Here: apply the user's answers, then ask
  // about every spelling still unmatched or ambiguous.
  const codeList = s.codeList();
  const otherList: CodeList = codeList === 'gso2004' ? '2025' : 'gso2004';
  const units = new UnitRepository(db).list(codeList);
  const byId = new Map(units.map((u) => [u.id, u]));
  // Both lists: a KPI row of a period on the other side of 01/07/2025 is matched on that side's.
  const facts = unitFacts(db);
  const nameOf = (id: number) => facts.get(id)?.name ?? '';
  const match = buildUnitMatcher(units);
  const questions: UnitQuestion[] = [];
  const otherUnits = new UnitRepository(db).list(otherList);
  const otherMatch = buildUnitMatcher(otherUnits);
  // The periods of a KPI table (read once: the checks of the unit lists use them).
  const periods =
    target.kind === 'kpi'
      ? (db.prepare(`SELECT DISTINCT period FROM ${t.obs}`).all() as { period: string }[]).map(
          (r) => r.period,
        )
      : [];
  // A KPI table of periods before 01/07/2025 imported for the 34 units (its title says "theo 34
  // đơn vị", or the analyst chose 34): figures restated for the units as they are now, as 2024 is
  // also published for the 34. Each row stays on the 34-unit list; said once.
  // (also beside later period columns: "Quý I/2025 | Quý I/2026" of the 34, or a province's Quý
  // I–IV 2025 imported for the 34 — each row is one unit of the 34 throughout; in a long table each
  // row follows its own period's list instead)
  const before = periods.filter((p) => codeListOfPeriod(p) === 'gso2004');
  const longTable = mapping.columns.some((c) => c.mapping.field === 'kpi.period');
  // (a long table across 01/07/2025 that names the 34 units throughout: restated, too)
  const restated34 =
    target.kind === 'kpi' &&
    target.group === 34 &&
    before.length > 0 &&
    (!longTable || before.length === periods.length || s.evidence.complete34 || stagedAll34());
  // (said when a unit formed by merging is among the rows: for one 1 July 2025 left as it was, the
  // figures before are its own — a province's own report of quarters, imported for the 34)
  const mergedUnitStaged = () =>
    db
      .prepare(
        `SELECT 1 FROM ${t.rows} r WHERE r.unit_id IN (SELECT successor_id FROM unit_succession WHERE change = 'merged') LIMIT 1`,
      )
      .get() !== undefined;
  if (restated34 && (s.target?.unitId == null || mergedUnitStaged()))
    add(
      problemSaying(
        'warning',
        'listFollowsPeriod',
        'problem.restatedFor34',
        { file, sheet },
        {
          period: before.length === 1 ? before[0]! : `${before[0]}…`,
        },
      ),
    );
  // The other way is impossible: a KPI table whose periods all fall after 01/07/2025 is by the 34
  // units. Imported for the 63 (a top 10 of names both lists hold; the whole table of the 34 is
  // refused above), its rows would all be matched on the 34 anyway: the group is refused, not
  // overridden silently. (A row of a unit that merged is its own error, periodOutsideList.)
  const allAfterMerger =
    target.kind === 'kpi' &&
    target.group === 63 &&
    !s.evidence.complete34 &&
    periods.length > 0 &&
    periods.every((p) => codeListOfPeriod(p) === '2025');
  let otherListHits = 0;
  /** The names the other list knows (otherListHits), each a question and an error of its own. */
  const otherListLabels = new Set<string>();
  s.timed('validate: units', () => {
    // (each validation matches the rows again, from the units as read: see keepUnchangedOnTheirPeriodsList)
    db.prepare(
      `UPDATE ${t.rows} SET unit_id = list_unit_id, list_unit_id = NULL WHERE list_unit_id IS NOT NULL`,
    ).run();
    // (values given their own unit by the last validation: a scan of the values only then)
    if (s.valueUnitsSet) {
      db.prepare(`UPDATE ${t.obs} SET unit_id = NULL WHERE unit_id IS NOT NULL`).run();
      s.valueUnitsSet = false;
    }
    db.prepare(`UPDATE ${t.rows} SET has_error = 0 WHERE has_error = 2`).run();
    const answer = db.prepare(
      `UPDATE ${t.rows} SET unit_id = ?, by_answer = 1 WHERE unit_label = ? AND (unit_id IS NULL OR by_answer = 1)`,
    );
    db.transaction(() => {
      for (const [label, unitId] of s.answers) answer.run(unitId, label);
    })();
    if (target.kind === 'kpi' && !restated34) {
      const moved = matchRowsOnTheirPeriodList(s, t, otherList, periods, otherMatch, facts);
      if (allAfterMerger && moved.count > 0)
        add(
          problemSaying(
            'error',
            'groupContradicts',
            'problem.periodAfterMergerAs63',
            { file, sheet },
            { period: periods.length === 1 ? periods[0]! : `${periods[0]}…` },
          ),
        );
      else if (moved.count > 0)
        add(
          problemEach(
            'warning',
            'listFollowsPeriod',
            'problem.listFollowsPeriod',
            {
              file,
              sheet,
              row: moved.first!.row,
              col: unitCol,
              header: header(unitCol),
              value: moved.first!.label,
            },
            (lang) => ({
              count: { number: moved.count },
              side: translate(
                lang,
                otherList === '2025' ? 'problem.sideFromMerger' : 'problem.sideBeforeMerger',
              ),
              list: otherList === '2025' ? 34 : 63,
              group: codeList === '2025' ? 34 : 63,
            }),
          ),
        );
    }
    // Names in the order the file first writes them; more than a screenful of questions means
    // the unit column is not one (a code or note column mapped as the unit): said as one error.
    const open = db
      .prepare(
        `SELECT unit_label AS label, MIN(unit_code) AS code FROM ${t.rows} WHERE unit_id IS NULL AND by_answer = 0
         GROUP BY unit_label ORDER BY MIN(row) LIMIT ${MAX_QUESTIONS + 1}`,
      )
      .all() as { label: string; code: string | null }[];
    if (open.length > MAX_QUESTIONS) {
      const count = db
        .prepare(`SELECT COUNT(DISTINCT unit_label) FROM ${t.rows} WHERE unit_id IS NULL AND by_answer = 0`)
        .pluck()
        .get() as number;
      add(
        problem(
          'error',
          'tooManyUnitQuestions',
          { file, sheet, row: null, col: unitCol, header: header(unitCol) },
          { count: { number: count }, shown: MAX_QUESTIONS },
        ),
      );
      open.length = MAX_QUESTIONS;
    }
    const rowsOf = db.prepare(
      `SELECT row FROM ${t.rows} WHERE unit_label = ? AND unit_id IS NULL AND by_answer = 0 ORDER BY row LIMIT 50`,
    );
    for (const l of open) {
      const rows = (rowsOf.all(l.label) as { row: number }[]).map((r) => r.row);
      const m = match(l.label);
      const kind = m.kind === 'ambiguous' ? 'ambiguous' : 'unmatched';
      const other = otherMatch(l.label);
      // "Bình Phước" on the 34-unit list: it merged into Đồng Nai on 01/07/2025 (unit_succession).
      const merged =
        codeList === '2025' && m.kind === 'unmatched' && other.kind === 'matched'
          ? otherUnits.find((u) => u.id === other.id && u.successorId !== null)
          : undefined;
      // (a KPI row of a merged unit is of a period after the change, or it would have been matched
      // on the 63-unit list above: the name, not the group, is the question)
      if (other.kind === 'matched' && !(merged && target.kind === 'kpi')) {
        otherListHits++;
        otherListLabels.add(l.label);
      }
      const listed = m.kind === 'ambiguous' ? m.ids.map((id) => byId.get(id)!) : units;
      // The unit it became part of is the first answer offered.
      const ordered = merged
        ? [
            ...listed.filter((u) => u.id === merged.successorId),
            ...listed.filter((u) => u.id !== merged.successorId),
          ]
        : listed;
      const candidates = ordered.map((u) => ({
        unitId: u.id,
        code: u.code,
        name: u.name,
      }));
      const question: UnitQuestion = { label: l.label, kind, rows, candidates };
      if (m.kind === 'unmatched' && !merged && !m.near) {
        const near = nearSpellings(l.label, units);
        if (near.length > 0)
          question.suggestions = near.map((u) => ({ unitId: u.id, code: u.code, name: u.name }));
      }
      // A merged unit's: the unit it became part of, offered as a misspelling's nearest is (round
      // 75: the question named it in words only) — an answer only when taken.
      if (merged) question.suggestions = candidates.filter((c) => c.unitId === merged.successorId);
      // What else its first row holds (kept while reading, for the first row of each name).
      const first = s.firstRows?.get(l.label);
      if (first && first.row === rows[0] && first.values.length > 0) question.values = first.values;
      questions.push(question);
      // The question says why too (the wizard shows it next to the name).
      const because = (key: MessageKey, params: Record<string, MessageParam>) => {
        question.reason = {
          vi: translate('vi', key, formatParams('vi', params)),
          en: translate('en', key, formatParams('en', params)),
        };
      };
      const where = { file, sheet, row: rows[0]!, col: unitCol, header: header(unitCol), value: l.label };
      const written = l.label.normalize('NFC').trim();
      if (
        SUB_PROVINCIAL_LABEL.test(written) ||
        (m.kind === 'unmatched' && !m.near && CITY_LABEL.test(written) && !mistypedCentralCity(written))
      ) {
        // "Phường Bình Phước", "Huyện Đồng Phú": a ward or a district, not the province of that name.
        because('problem.subProvincialUnit', { unit: l.label });
        add(problemSaying('error', 'unitUnmatched', 'problem.subProvincialUnit', where, { unit: l.label }));
      } else if (m.kind === 'unmatched' && m.near) {
        because(NEAR_MISS_TEXT[m.near.reason], {
          unit: l.label,
          names: m.near.ids.map((id) => byId.get(id)?.name ?? '').join(', '),
        });
        // "Thành phố Hà Tĩnh" (the provincial city), "TP. Hải Phòng (mới)" on the 63-unit list: the
        // bare name is a unit, the label is not; say why instead of "not recognised".
        const names = m.near.ids.map((id) => byId.get(id)?.name ?? '').join(', ');
        add(
          problemSaying('error', NEAR_MISS_CODE[m.near.reason], NEAR_MISS_TEXT[m.near.reason], where, {
            unit: l.label,
            names,
          }),
        );
      } else if (merged) {
        because('problem.unitMerged', { unit: l.label, successor: nameOf(merged.successorId!) });
        add(
          problem('error', 'unitMerged', where, {
            unit: l.label,
            successor: nameOf(merged.successorId!),
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
      problemSaying(
        'error',
        'groupContradicts',
        'problem.namesOfOtherList',
        { file, sheet },
        { title: other, group: target.group, found: otherListHits },
      ),
    );
    // A table of the other list (not a stray name or two, each asked with its reason): what follows
    // from the group alone is not said again cell by cell — a question and an error for each name
    // of the other list, a "rank from 1 to 34" for each rank of the 63; one change of group answers
    // them all (round 70: 146 errors and 29 questions under the one that says so).
    const followsFromGroup = (p: ImportProblem) =>
      p.code === 'rankRange' ||
      (p.code !== 'groupContradicts' &&
        p.col === unitCol &&
        p.value !== null &&
        otherListLabels.has(p.value));
    const wholeTable = otherListHits >= OTHER_LIST_TABLE;
    for (let i = problems.length - 1; i >= 0 && wholeTable; i--)
      if (followsFromGroup(problems[i]!)) {
        if (problems[i]!.severity === 'error') errors--;
        else warnings--;
        problems.splice(i, 1);
      }
    for (let i = questions.length - 1; i >= 0 && wholeTable; i--)
      if (otherListLabels.has(questions[i]!.label)) questions.splice(i, 1);
  }

  // Units given by their codes alone, every code one of the 34-unit list's (most of them), for the 63-unit list:
  // several codes name other provinces there (15 is Lào Cai after 1 July 2025, Yên Bái before), and
  // with no names beside them nothing tells which — the file is the 34 units' (the year is wrong or
  // the table was restated), refused rather than its figures put on other provinces.
  const codeCol = mapping.columns.find((c) => c.mapping.field === 'unitCode')?.col ?? null;
  if (target.group === 63 && codeCol !== null && !mapping.columns.some((c) => c.mapping.field === 'unit')) {
    const codes = (
      db
        .prepare(`SELECT DISTINCT unit_code FROM ${t.rows} WHERE unit_code IS NOT NULL`)
        .pluck()
        .all() as string[]
    ).map((c) => c.trim().padStart(2, '0'));
    const of34 = new Set(
      db.prepare(`SELECT code FROM unit WHERE code_list = '2025'`).pluck().all() as string[],
    );
    const moved = new Set(
      db
        .prepare(
          `SELECT a.code FROM unit a JOIN unit b ON b.code = a.code AND b.code_list = '2025'
           WHERE a.code_list = 'gso2004' AND a.name_vi <> b.name_vi`,
        )
        .pluck()
        .all() as string[],
    );
    // (most of the 34: a few codes both lists hold may be a part of the 63 — "01 … 22")
    if (codes.length >= 25 && codes.every((c) => of34.has(c)) && codes.some((c) => moved.has(c)))
      add(
        problemSaying(
          'error',
          'groupContradicts',
          'problem.codesOfOtherList',
          { file, sheet, row: null, col: codeCol, header: header(codeCol) },
          { found: codes.length, group: target.group },
        ),
      );
  }

  // "Chỉ số Hoạt động chính quyền số" (QĐ 922's name) in a table of a year under QĐ 405, which
  // names the same activity index "Chính quyền số": read as that index, and said once — a 2023
  // table with a mistyped year would otherwise land in 2024 unnoticed.
  if (target.kind === 'ranking' && target.year !== null) {
    // (only a header that says "Hoạt động": QĐ 405's own "Chính quyền số" maps to the same field)
    const renamed = mapping.columns.filter(
      (c) =>
        /^idx\.hd_/.test(c.mapping.field) &&
        /(^| )(hoat dong|hd|activity|activities)( |$)/.test(normalizeHeader(c.header)),
    );
    const year405 =
      renamed.length > 0 &&
      db
        .prepare(
          `SELECT 1 FROM indicator i JOIN methodology_year my ON my.methodology_id = i.methodology_id
           WHERE my.year = ? AND i.code = 'chinh_quyen_so' AND i.kind = 'main_index'`,
        )
        .get(target.year) !== undefined;
    if (year405) {
      const c = renamed[0]!;
      add(
        problemSaying(
          'warning',
          'noMethodology',
          'problem.activityIndexRenamed',
          { file, sheet, row: mapping.headerRow, col: c.col, header: c.header },
          { year: target.year, columns: renamed.map((x) => `"${x.header}"`).join(', ') },
        ),
      );
    }
  }

  // Main-index values the year's methodology has no place for (the indices of QĐ 922 in a 2020
  // file, whose methodology is QĐ 1726; any index of a year without one): said at their column.
  if (target.kind === 'ranking') {
    const orphan = db
      .prepare(
        `SELECT indicator_code AS code, COUNT(*) AS n, MIN(value_col) AS col FROM ${t.obs}
         WHERE indicator_id IS NULL AND indicator_code IS NOT NULL GROUP BY indicator_code ORDER BY MIN(value_col)`,
      )
      .all() as { code: string; n: number; col: number | null }[];
    const method =
      orphan.length > 0 && target.year !== null
        ? (db
            .prepare(
              `SELECT m.id, m.decision FROM methodology_year my JOIN methodology m ON m.id = my.methodology_id WHERE my.year = ?`,
            )
            .get(target.year) as { id: string; decision: string } | undefined)
        : undefined;
    const elsewhere = db.prepare(
      `SELECT m.id, m.decision, group_concat(my.year, ', ') AS years FROM indicator i
         JOIN methodology m ON m.id = i.methodology_id JOIN methodology_year my ON my.methodology_id = m.id
       WHERE i.code = ? AND m.id <> ? GROUP BY m.id ORDER BY MIN(ABS(my.year - ?)), m.id LIMIT 1`,
    );
    for (const o of method ? orphan.slice(0, MANY_SAME) : orphan) {
      const where = { file, sheet, row: mapping.headerRow, col: o.col, header: header(o.col) };
      if (!method) {
        // (with no year at all the missing year is the problem, said once above)
        if (target.year === null) continue;
        add(
          problemSaying('warning', 'noMethodology', 'problem.noMethodologyColumn', where, {
            count: o.n,
            year: target.year ?? '?',
          }),
        );
        continue;
      }
      // (the methodology of the years nearest the file's: QĐ 922 for a 2020 file with its headers)
      const other = elsewhere.get(o.code, method.id, target.year) as
        { id: string; decision: string; years: string } | undefined;
      add(
        problemEach('warning', 'noMethodology', 'problem.indexNotInMethodology', where, (lang) => ({
          count: o.n,
          year: target.year!,
          decision: decisionNumber(method.decision, method.id),
          elsewhere: other
            ? translate(lang, 'problem.methodologyOf', {
                decision: decisionNumber(other.decision, other.id),
                years: other.years,
              })
            : '',
        })),
      );
    }
    // (the first three said at their columns, the others together: a table of another
    // methodology's indices is one remark, with what to check, not one per column)
    const more = orphan.slice(MANY_SAME);
    if (method && more.length > 0) {
      const o = more[0]!;
      add(
        problemSaying(
          'warning',
          'noMethodology',
          'problem.moreIndicesNotInMethodology',
          { file, sheet, row: mapping.headerRow, col: o.col, header: header(o.col) },
          {
            columns: more.length,
            headers: listed(
              more.map((x) => `"${header(x.col) ?? x.code}"`),
              5,
            ),
            count: more.reduce((n, x) => n + x.n, 0),
            year: target.year!,
          },
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
  // (a table in two blocks side by side, refused above: its right block's values duplicate nothing)
  if (!secondUnit && target.kind === 'ranking') {
    // the repeated row is an error row in the preview, not a change of the unit it repeats
    // (2: flagged by this validation, cleared by the next — an answer changed since: round 76)
    const flag = db.prepare(`UPDATE ${t.rows} SET has_error = 2 WHERE row = ?`);
    // (said in the file's order: the list is cut at MAX_PROBLEMS, and its first ones are the
    // first rows — round 77's list, by unit, began at row 88 and never named row 65)
    const repeats: { row: number; first: number; d: ReturnType<typeof dups>[number] }[] = [];
    for (const d of dups()) {
      const rows = d.rows
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      for (const r of rows.slice(1)) repeats.push({ row: r, first: rows[0]!, d });
    }
    repeats.sort((a, b) => a.row - b.row);
    for (const { row: r, first, d } of repeats) {
      flag.run(r);
      add(
        problem(
          'error',
          'duplicateUnit',
          { file, sheet, row: r, col: unitCol, header: header(unitCol), value: d.label },
          { unit: byId.get(d.unit_id)?.name ?? d.label, first },
        ),
      );
    }
  } else if (!secondUnit) {
    s.cancelPoint?.();
    const kdups = db
      .prepare(
        `SELECT r.unit_id, o.indicator_key, o.period, group_concat(o.row) AS rows, MIN(o.indicator_label) AS label,
           group_concat(o.value_col) AS cols
         FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row WHERE r.unit_id IS NOT NULL
         GROUP BY r.unit_id, o.indicator_key, o.period HAVING COUNT(*) > 1 LIMIT ${KPI_DUPLICATES_SAID}`,
      )
      .all() as {
      unit_id: number;
      indicator_key: string;
      period: string;
      rows: string;
      label: string;
      cols: string;
    }[];
    // (past the ones said, each is an error all the same: counted, the preview says how many are
    // not listed — round 74: "200 errors" for 181,100 duplicate rows)
    if (kdups.length === KPI_DUPLICATES_SAID)
      errors +=
        (db
          .prepare(
            `SELECT COUNT(*) FROM (SELECT 1 FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row WHERE r.unit_id IS NOT NULL
                 GROUP BY r.unit_id, o.indicator_key, o.period HAVING COUNT(*) > 1)`,
          )
          .pluck()
          .get() as number) - KPI_DUPLICATES_SAID;
    let toldColumns = false;
    for (const d of kdups) {
      const rows = d.rows
        .split(',')
        .map(Number)
        .sort((a, b) => a - b);
      // Twice in one row: two columns of the one KPI and period — said once, naming them
      if (rows[0] === rows[1]) {
        if (toldColumns) continue;
        toldColumns = true;
        const cols = [...new Set(d.cols.split(',').map(Number))].sort((a, b) => a - b);
        add(
          problemSaying(
            'error',
            'duplicateColumn',
            'problem.kpiTwoColumns',
            { file, sheet, row: mapping.headerRow, col: cols[1] ?? null, header: header(cols[1] ?? null) },
            {
              indicator: d.label,
              period: d.period,
              columns: cols.map((c) => columnLetters(c)).join(', '),
            },
          ),
        );
        continue;
      }
      add(
        problem(
          'error',
          'duplicateKpi',
          { file, sheet, row: rows[1]!, col: unitCol, header: header(unitCol) },
          { unit: nameOf(d.unit_id), indicator: d.label, period: d.period, first: rows[0]! },
        ),
      );
    }
  }

  if (target.kind === 'kpi') {
    // add() counts the errors it reports; these are the ones past them (a whole column can be
    // wrong). Two statements: `errors += f()` would read `errors` before f's own add() calls.
    const unreported = restated34 ? 0 : checkPeriodsAgainstList(s, t, periods, facts, add, header);
    errors += unreported;
    s.valueUnitsSet = keepUnchangedOnTheirPeriodsList(db, t, periods);
    tellRatiosAgainstStored(s, t, problems, add, header);
    s.cancelPoint?.();
    tellRunningTotalsOffTheirMonths(s, t, add, header);
    tellKeptKpiValues(s, t, add);
    s.cancelPoint?.();
    // A long table (or one per period) whose periods are all of other years than the import's.
    if (target.year !== null && !needsTablePeriod(mapping) && periods.length > 0) {
      const years = new Set(periods.flatMap((p) => yearsNamedIn(p)));
      if (years.size > 0 && !years.has(target.year)) {
        const periodCol = mapping.columns.find((c) => c.mapping.field === 'kpi.period')?.col ?? null;
        const first = db.prepare(`SELECT row, period FROM ${t.obs} ORDER BY row, seq LIMIT 1`).get() as {
          row: number;
          period: string;
        };
        add(
          problem(
            'warning',
            'yearNotInPeriods',
            {
              file,
              sheet,
              row: periodCol !== null ? first.row : mapping.headerRow,
              col: periodCol,
              header: header(periodCol),
              value: periodCol !== null ? first.period : null,
            },
            {
              year: target.year,
              periods: listed(periods, 6),
            },
          ),
        );
      }
    }
    // A KPI sheet named for a plan ("KH 2026"): its figures would be stored as results (round 80).
    if (sheet !== null && PLAN_SHEET.test(normalizeHeader(sheet)))
      add(problemSaying('warning', 'planTargetColumn', 'problem.planSheet', { file, sheet }, {}));
    // A KPI table whose periods are all of other years than the one its sheet is named for ("TTTT 2025"
    // holding 2024's months; round 79: unsaid), also when a year was chosen or titled ("Tháng 1 …"
    // on a sheet "Năm 2025" imported for 2024; round 80): one of the two is another year's copy.
    const sheetYears = yearsCoveredBy(sheet !== null ? withoutDates(sheet) : null);
    if (!needsTablePeriod(mapping) && periods.length > 0 && sheetYears.length > 0) {
      const years = new Set(periods.flatMap((p) => yearsNamedIn(p)));
      if (years.size > 0 && !sheetYears.some((y) => years.has(y)))
        add(
          problemSaying(
            'warning',
            'sheetYearContradicts',
            'problem.kpiSheetYearPeriods',
            { file, sheet },
            { sheetYear: sheetYears.join(', '), periods: listed(periods, 6) },
          ),
        );
    }
    // A title of one period over columns or cells of others ("QUÝ III/2025" over "Tháng 10 |
    // Tháng 11"): the columns' periods are stored; said, as one of the two is wrong. A period
    // ending within the title's (its months, "Lũy kế" from January to them) agrees with it.
    // (a title of a year only: that year, "Tháng 12/2023" under "NĂM 2024" is outside it; all
    // periods of another year are said by yearNotInPeriods)
    const finerTitle = periodFromTitle(s.titleHints.text?.split(' | ') ?? []);
    const titlePeriod = finerTitle ?? (s.titleHints.year !== null ? String(s.titleHints.year) : null);
    const span = titlePeriod !== null ? monthSpan(titlePeriod) : null;
    const outsideAll = span
      ? periods.filter((p) => {
          const q = monthSpan(p);
          return q !== null && (q.year !== span.year || q.to < span.from || q.to > span.to);
        })
      : [];
    const outside = finerTitle !== null || outsideAll.length < periods.length ? outsideAll : [];
    /** The first staged cell of these periods, in the order of the file. */
    const firstStagedCell = (of: string[]) =>
      db
        .prepare(
          `SELECT row, COALESCE(value_col, rank_col) AS col FROM ${t.obs}
           WHERE period IN (SELECT value FROM json_each(?)) ORDER BY row, seq LIMIT 1`,
        )
        .get(JSON.stringify(of)) as { row: number; col: number | null } | undefined;
    // A sheet named for a part of the year ("Quý II") over columns of other periods ("Quý I/2025"
    // over the levels): the columns' periods are stored, said — one of the two was left from
    // another quarter's copy.
    const sheetNamed = !needsTablePeriod(mapping) ? sheetNamePeriod(sheet ?? '').period : null;
    // (its year the import's, else the columns' latest: "Năm 2024 | Năm 2025" under a sheet "T9")
    const sheetYear = target.year ?? Math.max(0, ...periods.flatMap((p) => yearsNamedIn(p)));
    const sheetSpan = sheetNamed !== null && sheetYear > 0 ? normalisePeriod(sheetNamed, sheetYear) : null;
    if (
      sheetSpan !== null &&
      isCanonicalPeriod(sheetSpan) &&
      sheetSpan.includes('-') &&
      periods.length > 0 &&
      // (none within its months: a month's column under a sheet "Quý II" is of it; the years
      // "Năm 2024 | Năm 2025" under a sheet "T9" are not)
      !periods.some((p) => {
        const a = monthSpan(p);
        const b = monthSpan(sheetSpan);
        return a !== null && b !== null && a.year === b.year && a.from >= b.from && a.to <= b.to;
      })
    ) {
      const first = firstStagedCell(periods)!;
      add(
        problemSaying(
          'warning',
          'sheetYearContradicts',
          'problem.kpiSheetPeriodColumns',
          { file, sheet, row: first.row, col: first.col, header: header(first.col) },
          { named: sheetNamed!, sheetPeriod: sheetSpan, periods: listed(periods, 6) },
        ),
      );
    }
    // (said at the first cell of those periods: the column the analyst has to look at)
    const firstOutside = span && outside.length > 0 ? firstStagedCell(outside) : undefined;
    if (span && outside.length > 0 && (target.year === null || Number(span.year) === target.year))
      add(
        problem(
          'warning',
          'periodsOutsideTitle',
          firstOutside
            ? { file, sheet, row: firstOutside.row, col: firstOutside.col, header: header(firstOutside.col) }
            : { file, sheet, row: null, value: s.titleHints.text },
          {
            title: titlePeriod!,
            periods: listed(outside, 6),
          },
        ),
      );
  }

  s.restSheet = null;
  let covered: Set<number> | null = null;
  // (2024, ranked among both: a complete table of the 34 is said as such above, not also as an
  // excerpt of the 63; for another year the missing units say what is wrong)
  const otherListTable =
    target.year === 2024 && target.group === 63 && target.kind === 'ranking' && s.evidence.complete34;
  if (target.kind === 'ranking' && target.group && !groupYearWrong && !otherListTable) {
    // Coverage: a ranking lists every unit of its group — in this table, or already imported for
    // the year and group (a ranking in parts: two sheets, two files one after the other).
    // (a table in two blocks side by side is refused above: not also "an excerpt")
    if (questions.length === 0 && !secondUnit)
      covered = checkCoverage(s, t, units, match, stats.dataRows, add);
    tellEmptyCells(s, t, header, add);
  }
  // Other sheets that hold tables (one per indicator, province or year) are not read: name them —
  // but not the other part of a ranking already imported (nothing of it is missing). A table of
  // another year ("DTI 2021" beside "DTI 2020", "Bảng 2" of a web page headed 2023) or of other
  // columns (the sheet of another pillar) is another table, whatever its units.
  const mine = new Set<string>(mapping.columns.map((c) => c.mapping.field));
  const another = (o: (typeof s.otherTables)[number]) =>
    (o.year !== null && target.year !== null && o.year !== target.year) || o.fields.some((f) => !mine.has(f));
  // (…nor one of this very file imported before and not undone: "Xếp hạng" read, then "Chi tiết")
  const importedSheets = new Set(
    s.inspection?.sha256
      ? (
          db
            .prepare(
              `SELECT DISTINCT sheet FROM import_batch WHERE layer = 'user' AND undone_at IS NULL AND sha256 = ? AND sheet IS NOT NULL`,
            )
            .all(s.inspection.sha256) as { sheet: string }[]
        ).map((b) => b.sheet)
      : [],
  );
  const others = s.otherTables
    .filter((o) => {
      if (o.name === s.restSheet || importedSheets.has(o.name)) return false;
      if (!covered || o.units.length === 0 || another(o)) return true;
      return !o.units.every((l) => {
        const m = match(l);
        return m.kind === 'matched' && covered!.has(m.id);
      });
    })
    .map((o) => o.name);
  s.otherSheetsSaid = others;
  if (others.length > 0)
    add(
      problem(
        'warning',
        'otherSheetsWithTables',
        { file, sheet },
        { count: others.length, sheets: others.map((n) => `"${n}"`).join(', ') },
      ),
    );

  if (target.kind === 'ranking' && target.group) {
    // Ranks consistent with scores, per indicator (ties allowed), among the rows that will be
    // imported: not a row the analyst chose to skip, nor one already in error (no knock-on errors).
    const scoredRanks = db.prepare(
      `${FIRST_ROWS(t)} SELECT o.row, o.value, o.rank, o.rank_col, r.unit_id FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
       JOIN firsts ON firsts.row = r.row
       WHERE o.indicator_code = ? AND o.has_value = 1 AND o.has_rank = 1 AND o.value IS NOT NULL AND o.rank IS NOT NULL
         AND r.unit_id IS NOT NULL AND r.has_error = 0
       ORDER BY o.row`,
    );
    let toldTies = false;
    for (const ind of HEADLINE_INDICATORS) {
      const rows = scoredRanks.all(ind) as {
        row: number;
        value: number;
        rank: number;
        rank_col: number;
        unit_id: number;
      }[];
      if (rows.length < 2) continue;
      // Scores compared, and said, at the precision the file writes them ("0,70", not "0,7000").
      const decimals = decimalsOf(rows.map((r) => r.value));
      const scoreAt = (v: number, lang: Language): MessageParam =>
        decimals === 4
          ? { score: v }
          : lang === 'vi'
            ? v.toFixed(decimals).replace('.', ',')
            : v.toFixed(decimals);
      const order = rankOrder(
        rows.map((r) => ({ score: r.value, rank: r.rank })),
        decimals,
      );
      for (const i of order.inconsistent) {
        const r = rows[i]!;
        // (named with a unit it is out of order with: the analyst sees where the order breaks)
        const o = rows[order.against.get(i)!]!;
        add(
          problemEach(
            'error',
            'rankInconsistent',
            'problem.rankInconsistent',
            { file, sheet, row: r.row, col: r.rank_col, header: header(r.rank_col), value: r.rank },
            (lang) => ({
              indicator: ind.toUpperCase(),
              score: scoreAt(r.value, lang),
              other: nameOf(o.unit_id),
              otherRow: o.row,
              otherScore: scoreAt(o.value, lang),
              otherRank: o.rank,
            }),
          ),
        );
      }
      if (order.tied.length > 0 && !toldTies) {
        // Equal scores ranked apart: the ministry ranks on unrounded scores. Said once for the table.
        toldTies = true;
        const r = rows[order.tied[0]!]!;
        add(
          problemEach(
            'warning',
            'rankInconsistent',
            'problem.scoresTieAtPrecision',
            { file, sheet, row: r.row, col: r.rank_col, header: header(r.rank_col), value: r.rank },
            (lang) => ({
              indicator: ind.toUpperCase(),
              count: order.tied.length,
              decimals,
              score: scoreAt(r.value, lang),
            }),
          ),
        );
      }
    }
    checkCompetitionRanks(s, t, add, header);
    checkFormula(s, t, add, header);
  }

  // Preview diff against the effective values in the store (the user's layer over the reference).
  // Main-index values without a place in the year's methodology are not written: not counted either.
  const placed = `(o.indicator_id IS NOT NULL OR o.indicator_code IS NULL)`;
  const joined = `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row AND ${placed}
       LEFT JOIN observation u ON u.layer = 'user' AND u.indicator_id = o.indicator_id AND u.unit_id = ${VALUE_UNIT}
            AND u.period = o.period AND u.ranking_group = o.ranking_group
       LEFT JOIN observation ref ON ref.layer = 'reference' AND ref.indicator_id = o.indicator_id AND ref.unit_id = ${VALUE_UNIT}
            AND ref.period = o.period AND ref.ranking_group = o.ranking_group`;
  // What the Rankings page shows field by field: a blank user field shows the published value
  // unless a hand edit in effect blanked it (store/rankings.ts).
  const oldValue = shownSql('u.value', 'ref.value', 'ref', 'value');
  const oldRank = shownSql('u.rank', 'ref.rank', 'ref', 'rank');
  const stored = storedLayers(db, s.indicatorIds);
  const anyStored = stored.user || stored.reference;
  const scales = { up: 0, down: 0 };
  const counts = s.timed('validate: diff counts', () =>
    countDiff(
      db,
      `${anyStored ? joined : `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row AND ${placed}`} WHERE r.unit_id IS NOT NULL AND r.has_error = 0`,
      anyStored,
      target.kind === 'kpi' ? scales : undefined,
    ),
  );
  if (scales.up + scales.down > 0)
    add(
      scaleJump(
        s,
        `${joined} WHERE r.unit_id IS NOT NULL AND r.has_error = 0 AND o.has_value = 1`,
        oldValue,
        scales,
        header,
      ),
    );
  const totalRows = (db.prepare(`SELECT COUNT(*) AS n FROM ${t.rows}`).get() as { n: number }).n;
  const rowsTruncated = totalRows > MAX_PREVIEW_ROWS;
  const changed = (v: string, old: string) => `(${old} IS NOT NULL AND ${v} IS NOT ${old})`;
  // The rows the preview shows: the first MAX_PREVIEW_ROWS and, further down a longer file, those
  // that change a stored value or have a problem (MAX_PREVIEW_ROWS of each at most) — the 292
  // values a corrected copy of a million rows changes are what the analyst must see before
  // committing (round 72: the grid showed rows 2–501, all unchanged, and no "Có thay đổi").
  db.exec(`DROP TABLE IF EXISTS temp.preview_rows;
    CREATE TEMP TABLE preview_rows (row INTEGER PRIMARY KEY);
    INSERT INTO temp.preview_rows SELECT row FROM ${t.rows} ORDER BY row LIMIT ${MAX_PREVIEW_ROWS};`);
  let rowsAlsoShown = 0;
  if (rowsTruncated) {
    const firstEnd =
      (db.prepare(`SELECT MAX(row) FROM temp.preview_rows`).pluck().get() as number | null) ?? 0;
    const beyond = `r.row > ${firstEnd}`;
    const also = db.prepare(`INSERT OR IGNORE INTO temp.preview_rows (row) VALUES (?)`);
    const take = (rows: number[]) => {
      for (const r of rows) rowsAlsoShown += also.run(r).changes;
    };
    if (counts.changed > 0)
      take(
        db
          .prepare(
            `SELECT DISTINCT r.row ${joined} WHERE ${beyond} AND r.unit_id IS NOT NULL AND r.has_error = 0
               AND ((o.has_value = 1 AND ${changed('o.value', oldValue)}) OR (o.has_rank = 1 AND ${changed('CAST(o.rank AS INTEGER)', oldRank)}))
             ORDER BY r.row LIMIT ${MAX_PREVIEW_ROWS}`,
          )
          .pluck()
          .all() as number[],
      );
    take(
      db
        .prepare(
          `SELECT r.row FROM ${t.rows} r WHERE ${beyond} AND r.has_error <> 0 ORDER BY r.row LIMIT ${MAX_PREVIEW_ROWS}`,
        )
        .pluck()
        .all() as number[],
    );
    take(
      [...new Set(problems.flatMap((p) => (p.row !== null && p.row > firstEnd ? [p.row] : [])))]
        .sort((a, b) => a - b)
        .slice(0, MAX_PREVIEW_ROWS),
    );
  }
  const diff = db
    .prepare(
      `SELECT o.row, o.indicator_code, o.indicator_label, o.period, o.has_value, o.value, o.has_rank, o.rank,
              o.value_col, o.rank_col, r.row AS staged_row, r.unit_id, r.unit_label, r.row_label, r.has_error, ${oldValue} AS old_value, ${oldRank} AS old_rank,
              ${anyStored ? `${handEditedSql('value')} AS edited_value, ${handEditedSql('rank')} AS edited_rank` : '0 AS edited_value, 0 AS edited_rank'}
       ${joined.replace(`FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row AND ${placed}`, `FROM ${t.rows} r LEFT JOIN ${t.obs} o ON o.row = r.row AND ${placed}`)}
       -- every staged row is shown, also one whose cells all failed to parse (status 'error')
       WHERE r.row IN (SELECT row FROM temp.preview_rows)
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
    value_col: number | null;
    rank_col: number | null;
    unit_id: number | null;
    unit_label: string;
    row_label: string | null;
    has_error: number;
    old_value: number | null;
    old_rank: number | null;
    edited_value: number;
    edited_rank: number;
  }[];
  db.exec('DROP TABLE IF EXISTS temp.preview_rows');
  const previewRows: PreviewRow[] = [];
  /** Values the analyst edited by hand that the import replaces. */
  const handEdits = new SaidCells();
  /** Values (a KPI's, a score) the file changes and gives no rank of: the rank stored ranked the old value. */
  const staleRanks = new SaidCells();
  // Counted over every staged row in one pass, not over the rows the preview shows (500 at most).
  if (anyStored) {
    const editedValue = `(o.has_value = 1 AND ${changed('o.value', oldValue)} AND ${handEditedSql('value')})`;
    const editedRank = `(o.has_rank = 1 AND ${changed('o.rank', oldRank)} AND ${handEditedSql('rank')})`;
    const stale = `(o.has_value = 1 AND o.has_rank = 0 AND ${oldRank} IS NOT NULL AND ${changed('o.value', oldValue)})`;
    for (const c of db
      .prepare(
        `SELECT r.row, o.value_col AS vcol, o.rank_col AS rcol, ${editedValue} AS ev, ${editedRank} AS er, ${stale} AS st
         ${joined} WHERE r.unit_id IS NOT NULL AND r.has_error = 0 AND (${editedValue} OR ${editedRank} OR ${stale})
         ORDER BY r.row, o.seq`,
      )
      .iterate() as IterableIterator<{
      row: number;
      vcol: number | null;
      rcol: number | null;
      ev: number;
      er: number;
      st: number;
    }>) {
      if (c.ev) handEdits.add(c.row, c.vcol);
      if (c.er) handEdits.add(c.row, c.rcol);
      if (c.st) staleRanks.add(c.row, c.vcol);
    }
  }
  // A ranking's excerpt whose ranks other units hold in the stored ranking, with other scores
  // ("XẾP HẠNG … CÁC TỈNH BIÊN GIỚI" over 1…8): ranks within a group, perhaps — said, with the cells.
  const heldByOther = new SaidCells();
  let heldFirst: { rank: number; unit: number; other: number } | null = null;
  /** The excerpt's ranks start again at 1 ("1…6" for six units), most of them held by others. */
  let heldAsGroup = false;
  let listedUnits = 0;
  if (target.kind === 'ranking' && target.group && anyStored) {
    const listed = `SELECT unit_id FROM ${t.rows} WHERE unit_id IS NOT NULL`;
    const staged = `SELECT DISTINCT indicator_id, period, ranking_group FROM ${t.obs} WHERE has_rank = 1 AND indicator_id IS NOT NULL`;
    // (the user's field over the published one, as the Rankings page shows it)
    const eff = `SELECT x.unit_id, x.indicator_id, x.period, x.ranking_group,
        COALESCE(MAX(CASE WHEN x.layer = 'user' THEN x.rank END), MAX(CASE WHEN x.layer = 'reference' THEN x.rank END)) AS rank,
        COALESCE(MAX(CASE WHEN x.layer = 'user' THEN x.value END), MAX(CASE WHEN x.layer = 'reference' THEN x.value END)) AS value
      FROM observation x JOIN (${staged}) k ON k.indicator_id = x.indicator_id AND k.period = x.period AND k.ranking_group = x.ranking_group
      GROUP BY x.unit_id, x.indicator_id, x.period, x.ranking_group`;
    listedUnits = (
      db.prepare(`SELECT COUNT(DISTINCT unit_id) AS n FROM ${t.rows} WHERE unit_id IS NOT NULL`).get() as {
        n: number;
      }
    ).n;
    if (listedUnits < target.group)
      for (const c of db
        .prepare(
          `WITH eff AS (${eff})
           SELECT r.row, o.rank_col AS col, CAST(o.rank AS INTEGER) AS rank, r.unit_id AS unit, e.unit_id AS other
           FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
           JOIN eff e ON e.indicator_id = o.indicator_id AND e.period = o.period AND e.ranking_group = o.ranking_group
             AND e.rank = CAST(o.rank AS INTEGER) AND e.unit_id NOT IN (${listed})
           LEFT JOIN eff me ON me.unit_id = ${VALUE_UNIT} AND me.indicator_id = o.indicator_id AND me.period = o.period
             AND me.ranking_group = o.ranking_group
           WHERE o.has_rank = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0
             -- (a tie: the same score, the same rank)
             AND (CASE WHEN o.has_value = 1 THEN o.value ELSE me.value END) IS NOT e.value
           ORDER BY r.row, o.seq`,
        )
        .iterate() as IterableIterator<{
        row: number;
        col: number | null;
        rank: number;
        unit: number;
        other: number;
      }>) {
        heldFirst ??= c;
        heldByOther.add(c.row, c.col);
      }
    if (heldByOther.n > 0) {
      const r = db
        .prepare(
          // (the file's scores, else those stored for its units: a file of ranks alone)
          `WITH eff AS (${eff})
           SELECT MIN(CAST(o.rank AS INTEGER)) AS lo, MAX(CAST(o.rank AS INTEGER)) AS hi, COUNT(*) AS n,
             MAX(CASE WHEN o.has_value = 1 THEN o.value ELSE me.value END) AS best
           FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
           LEFT JOIN eff me ON me.unit_id = ${VALUE_UNIT} AND me.indicator_id = o.indicator_id AND me.period = o.period
             AND me.ranking_group = o.ranking_group
           WHERE o.has_rank = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0`,
        )
        .get() as { lo: number; hi: number; n: number; best: number | null };
      // (a group's ranks: the file's first scores below units it does not list — a country's
      // top ten, even against a provisional ranking stored, scores above the rest)
      const above =
        r.best === null
          ? 0
          : (
              db
                .prepare(
                  `WITH eff AS (${eff}) SELECT COUNT(*) AS n FROM eff e
                   WHERE e.unit_id NOT IN (${listed}) AND e.value > ? + 1e-9`,
                )
                .get(r.best) as { n: number }
            ).n;
      // (…or, its first the country's first too, two of its units or more ranked above where their
      // stored scores put them among all units: "XẾP HẠNG DTI CÁC THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"
      // ranks Hải Phòng 2nd, 13th in the country — only at the scores stored: a final top ten
      // over a provisional ranking of other scores is another ranking, not to compare)
      const outranked =
        above >= 1
          ? 0
          : (db
              .prepare(
                `WITH eff AS (${eff}),
                   mine AS (
                     SELECT o.indicator_id, o.period, o.ranking_group, CAST(o.rank AS INTEGER) AS k, o.has_value AS hv,
                       CASE WHEN o.has_value = 1 THEN o.value ELSE me.value END AS v
                     FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
                     LEFT JOIN eff me ON me.unit_id = ${VALUE_UNIT} AND me.indicator_id = o.indicator_id
                       AND me.period = o.period AND me.ranking_group = o.ranking_group
                     WHERE o.has_rank = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0
                       AND (o.has_value = 0 OR abs(o.value - me.value) < 1e-9)),
                   placed AS (
                     SELECT m.k, m.hv, 1 + (
                       SELECT COUNT(*) FROM eff e
                       WHERE e.indicator_id = m.indicator_id AND e.period = m.period
                         AND e.ranking_group = m.ranking_group AND e.value > m.v + 1e-9) AS at
                     FROM mine m WHERE m.v IS NOT NULL)
                   -- (ranks alone may reorder a provisional ranking: only when most of them are far
                   -- from their stored place, twice as far down and five places or more, are they a group's)
                   SELECT COALESCE(SUM(hv = 1 AND k < at), 0) AS scored,
                     COALESCE(SUM(hv = 0 AND at >= 2 * k AND at - k >= 5), 0) AS far, COALESCE(SUM(hv = 0), 0) AS bare
                   FROM placed`,
              )
              .get() as { scored: number; far: number; bare: number });
      const outrankedCount =
        outranked === 0
          ? 0
          : outranked.scored +
            (outranked.far >= Math.max(2, Math.ceil(outranked.bare / 2)) ? outranked.far : 0);
      // (ranks 1…n of the n units listed, two of them or more held by others, and either at least
      // half held with units it does not list scoring above its first, or two of its units ranked
      // above their stored scores' place: a group's own ranks would be written over the national
      // ones — refused; map the column to Ignore)
      heldAsGroup =
        r.lo === 1 &&
        r.hi <= listedUnits &&
        heldByOther.n >= 2 &&
        ((heldByOther.n >= Math.ceil(r.n / 2) && above >= 1) || outrankedCount >= 2);
    }
    // An excerpt's score and rank out of order with the stored ranking's units it does not list
    // (round 83: a correction of two rows, Bình Phước typed 0,7196 for 0,6196 at rank 41, stored
    // above Hòa Bình's 0,7185 at 23, unsaid — the whole table with the same slip is refused): a
    // warning at the score, with the nearest in rank it is out of order with.
    if (listedUnits > 0 && listedUnits < target.group && !heldAsGroup) {
      const said = new Set<number>();
      for (const c of db
        .prepare(
          `WITH eff AS (${eff})
           SELECT o.seq, r.row, o.value_col AS col, o.value, CAST(o.rank AS INTEGER) AS rank, o.indicator_code AS ind,
             e.unit_id AS other, e.rank AS otherRank, e.value AS otherValue
           FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
           JOIN eff e ON e.indicator_id = o.indicator_id AND e.period = o.period AND e.ranking_group = o.ranking_group
             AND e.unit_id NOT IN (${listed})
           WHERE o.has_rank = 1 AND o.has_value = 1 AND r.unit_id IS NOT NULL AND r.has_error = 0
             AND e.rank IS NOT NULL AND e.value IS NOT NULL
             -- (at the ministry's four decimals: 0,69243 is the published 0,6924's tie — round 84)
             AND ((e.rank < CAST(o.rank AS INTEGER) AND round(e.value, 4) < round(o.value, 4))
               OR (e.rank > CAST(o.rank AS INTEGER) AND round(e.value, 4) > round(o.value, 4)))
           ORDER BY r.row, o.seq, abs(e.rank - CAST(o.rank AS INTEGER))`,
        )
        .iterate() as IterableIterator<{
        seq: number;
        row: number;
        col: number | null;
        value: number;
        rank: number;
        ind: string | null;
        other: number;
        otherRank: number;
        otherValue: number;
      }>) {
        if (said.has(c.seq)) continue;
        said.add(c.seq);
        add(
          problemSaying(
            'warning',
            'rankInconsistentWithStored',
            'problem.rankInconsistentWithStored',
            { file, sheet, row: c.row, col: c.col, header: header(c.col), value: c.value },
            {
              indicator: (c.ind ?? '').toUpperCase(),
              score: { score: c.value },
              rank: c.rank,
              other: nameOf(c.other),
              otherScore: { score: c.otherValue },
              otherRank: c.otherRank,
            },
          ),
        );
        if (said.size >= MAX_PROBLEMS) break;
      }
    }
  }
  let current: PreviewRow | null = null;
  const cellStatus = (nv: number | null, ov: number | null) =>
    ov === null ? (nv === null ? 'unchanged' : 'new') : ov === nv ? 'unchanged' : 'changed';
  for (const d of diff) {
    if (!current || current.row !== d.staged_row) {
      if (current) previewRows.push(finishRow(current));
      current = {
        row: d.staged_row,
        unitLabel: d.unit_label,
        ...(d.row_label ? { itemLabel: d.row_label } : {}),
        unitId: d.unit_id,
        unitName: d.unit_id !== null ? nameOf(d.unit_id) || null : null,
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
    const push = (
      field: 'value' | 'rank',
      nv: number | null,
      ov: number | null,
      col: number | null,
      edited: number,
    ): PreviewCell => {
      const status = cellStatus(nv, ov);
      // (a hand edit the file's value would replace: marked, counted and said)
      const replacesEdit = status === 'changed' && edited === 1 && current!.status !== 'error';
      return {
        key: `${indicator}.${field}`,
        indicator,
        field,
        period: d.period,
        old: ov,
        new: nv,
        status,
        ...(col !== null ? { col } : {}),
        ...(replacesEdit ? { edited: true } : {}),
      };
    };
    if (d.has_value) current.cells.push(push('value', d.value, d.old_value, d.value_col, d.edited_value));
    if (d.has_rank) current.cells.push(push('rank', d.rank, d.old_rank, d.rank_col, d.edited_rank));
  }
  if (current) previewRows.push(finishRow(current));
  // A unit of the 63 in an import reaching past 01/07/2025 (rows of both lists, or a year or group
  // of the 34): its name may be a unit's of the 34 too — "Đồng Nai" — told apart in the preview
  // (round 77 saw two rows "Đồng Nai", one of each).
  const listOf = (r: PreviewRow) => (r.unitId !== null ? facts.get(r.unitId)?.codeList : undefined);
  if (
    target.group === 34 ||
    (target.year ?? 0) >= 2025 ||
    (previewRows.some((r) => listOf(r) === '2025') && previewRows.some((r) => listOf(r) === 'gso2004'))
  )
    for (const r of previewRows) if (listOf(r) === 'gso2004') r.formerUnit = true;
  // (2024 was ranked twice, among the 63 and, restated, among the 34: its ranks all within 34 read
  // for the 63 may be the other one — said so; round 77 was told only of a region's ranks)
  const ranksOf34In2024 =
    target.year === 2024 &&
    target.group === 63 &&
    heldByOther.first !== null &&
    ((db.prepare(`SELECT MAX(CAST(rank AS INTEGER)) FROM ${t.obs} WHERE has_rank = 1`).pluck().get() as
      number | null) ?? 99) <= 34;
  if (heldByOther.first && heldFirst)
    add(
      problemSaying(
        heldAsGroup ? 'error' : 'warning',
        'rankHeldByOther',
        ranksOf34In2024
          ? 'problem.rankHeldByOther2024'
          : heldAsGroup
            ? 'problem.rankHeldByOtherGroup'
            : 'problem.rankHeldByOther',
        {
          file,
          sheet,
          row: heldByOther.first.row,
          col: heldByOther.first.col,
          header: header(heldByOther.first.col),
        },
        {
          n: { number: heldByOther.n },
          units: { number: listedUnits },
          cells: heldByOther.listed(),
          rank: { number: heldFirst.rank },
          unit: nameOf(heldFirst.unit),
          other: nameOf(heldFirst.other),
        },
      ),
    );

  // New KPIs with the unit of measure they get ("Tỷ lệ hồ sơ trực tuyến (%)").
  const newIndicators =
    target.kind === 'kpi'
      ? stats.newKpiLabels
          .slice(0, 100)
          .map((k) => (k.uom && !k.label.endsWith(`(${k.uom})`) ? `${k.label} (${k.uom})` : k.label))
      : [];

  // A new KPI named as one the store has but for a filler word ("Tỷ lệ diện tích được phủ sóng
  // 4G" beside the stored "Tỷ lệ diện tích phủ sóng 4G"): imported as named, its series apart
  // from the other's — said, with the stored name to write (round 83: split unsaid).
  if (target.kind === 'kpi' && stats.newKpiLabels.length > 0) {
    const stored = new Map<string, string>();
    for (const k of db
      .prepare(`SELECT name_vi FROM indicator WHERE kind = 'kpi'`)
      .pluck()
      .all() as string[]) {
      const key = looseIndicatorKey(k);
      if (!stored.has(key)) stored.set(key, k);
    }
    for (const k of stats.newKpiLabels) {
      const near = stored.get(looseIndicatorKey(k.label));
      if (near !== undefined && near !== k.label)
        add(
          problem('warning', 'kpiNearName', { file, sheet, value: k.label }, { name: k.label, stored: near }),
        );
    }
  }

  // Values the analyst corrected by hand that this file would replace: said once, before the
  // commit (the preview marks each; undoing the import brings them back).
  for (const [said, code] of [
    [handEdits, 'replacesHandEdits'],
    // A rank among the provinces ranked the value it was stored with: a file changing the value
    // (a KPI's, a ranking's score) and giving no rank leaves that rank beside another figure.
    // Kept (a corrected typo may not move it), and said, so the analyst can import the ranks or
    // correct them.
    [staleRanks, 'rankOfOldValue'],
  ] as const)
    if (said.first)
      add(
        problem(
          'warning',
          code,
          { file, sheet, row: said.first.row, col: said.first.col, header: header(said.first.col) },
          { n: { number: said.n }, cells: said.listed() },
        ),
      );

  // Nothing to import and nothing else said why: a table with its header only, or rows whose
  // value cells are all empty ("-", N/A). The commit is refused; say so at the header.
  if (errors === 0 && questions.length === 0 && counts.observations === 0)
    add(
      problemSaying(
        'error',
        'noData',
        stats.dataRows === 0 ? 'problem.noData' : 'problem.noValues',
        { file, sheet, row: mapping.headerRow > 0 ? mapping.headerRow : null },
        { n: { number: stats.dataRows } },
      ),
    );

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
    rowsAlsoShown,
    // (a column set aside for another of the same field is said as such, not as unrecognised)
    unknownColumns: mapping.columns
      .filter(
        (c) =>
          (c.mapping.field === 'ignore' && c.header.trim() !== '' && !setAsideFor(c)) ||
          !fieldFitsKind(c.mapping.field, target.kind),
      )
      .map((c) => ({ col: c.col, header: c.header })),
    newIndicators,
    newIndicatorCount: target.kind === 'kpi' ? stats.newKpiLabels.length : 0,
    canCommit: errors === 0 && questions.length === 0 && counts.observations > 0,
  };
}

/**
 * A KPI table that runs across 01/07/2025 (Quý II/2025 for Bình Phước, Quý III/2025 for the new
 * Đồng Nai): each row's unit is matched on the list of its period. A row whose every value is of
 * a period of the other list is matched there by name — after the change, any name the 34-unit
 * list knows is that unit ("Đồng Nai" in Quý III/2025 can only be the new one); before it, a name
 * the 34-unit list does not know, or a unit the change left as it was ("Lào Cai" in 2024 under
 * the 34-unit list stays a question of which Lào Cai: checkPeriodsAgainstList says it). Rows with
 * a code (codes mean something only with their list), rows the analyst answered and rows whose
 * values straddle the change stay as they are.
 */
function matchRowsOnTheirPeriodList(
  s: ImportSession,
  t: { rows: string; obs: string },
  otherList: CodeList,
  periods: string[],
  otherMatch: (label: string) => ReturnType<ReturnType<typeof buildUnitMatcher>>,
  facts: Map<number, UnitFacts>,
): { count: number; first: { row: number; label: string } | null } {
  const otherPeriods = periods.filter((p) => codeListOfPeriod(p) === otherList);
  if (otherPeriods.length === 0) return { count: 0, first: null };
  const marks = otherPeriods.map(() => '?').join(',');
  // (rows of the unit chosen for a whole table carry its code: theirs to move as well — an
  // unchanged province's months on both sides of 01/07/2025, one per row)
  const fixedUnit =
    s.target?.unitId != null &&
    !s.mapping?.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
  const rowsOfOtherList = `by_answer = 0 AND ${fixedUnit ? '1' : `(unit_code IS NULL OR unit_code = '')`} AND unit_label <> ''
    AND EXISTS (SELECT 1 FROM ${t.obs} o WHERE o.row = ${t.rows.replace('temp.', '')}.row)
    AND NOT EXISTS (SELECT 1 FROM ${t.obs} o WHERE o.row = ${t.rows.replace('temp.', '')}.row AND o.period NOT IN (${marks}))`;
  const labels = s.db
    .prepare(
      `SELECT unit_label AS label, MIN(unit_id) AS unitId, MIN(row) AS row FROM ${t.rows} WHERE ${rowsOfOtherList} GROUP BY unit_label`,
    )
    .all(...otherPeriods) as { label: string; unitId: number | null; row: number }[];
  const move = s.db.prepare(
    `UPDATE ${t.rows} SET unit_id = ? WHERE unit_label = ? AND (unit_id IS NULL OR unit_id <> ?) AND ${rowsOfOtherList}`,
  );
  let count = 0;
  let first: { row: number; label: string } | null = null;
  s.db.transaction(() => {
    for (const l of labels) {
      const m = otherMatch(l.label);
      if (m.kind !== 'matched' || m.id === l.unitId) continue;
      const current = l.unitId !== null ? facts.get(l.unitId) : undefined;
      const allowed =
        otherList === '2025' ||
        l.unitId === null ||
        (facts.get(m.id)?.successor === current?.name && facts.get(m.id)?.merged === false);
      if (!allowed) continue;
      const n = move.run(m.id, l.label, m.id, ...otherPeriods).changes;
      if (n > 0 && (first === null || l.row < first.row)) first = { row: l.row, label: l.label };
      count += n;
    }
  })();
  return { count, first };
}

/**
 * KPI values whose period the unit's list cannot hold: a unit of the 63-unit list after June 2025
 * (it no longer exists; a merged one is said with the unit it became part of), one of the
 * 34-unit list before July 2025 (it did not exist yet). Each is an error naming the value's cell;
 * a table with one column per period on both sides of the change is one error at its header.
 * A period that runs across the change ("9 tháng 2025", "Năm 2025") for a 63-list unit is a
 * warning. Returns how many errors were counted beyond those reported.
 */
function checkPeriodsAgainstList(
  s: ImportSession,
  t: { rows: string; obs: string },
  periods: string[],
  facts: Map<number, UnitFacts>,
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): number {
  const mapping = s.mapping!;
  const listOf = new Map(periods.map((p) => [p, codeListOfPeriod(p)]));
  const before = periods.filter((p) => listOf.get(p) === 'gso2004');
  const after = periods.filter((p) => listOf.get(p) === '2025');
  const across = periods.filter((p) => listOf.get(p) === null && yearsNamedIn(p).length > 0);
  const marks = (ps: string[]) => ps.map(() => '?').join(',');
  const from = `FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row JOIN unit u ON u.id = r.unit_id`;
  const place = (r: {
    row: number;
    value_col: number | null;
    rank_col: number | null;
    value: number | null;
    rank: number | null;
  }) => {
    const col = r.value !== null ? r.value_col : (r.rank_col ?? r.value_col);
    return {
      file: s.fileName,
      sheet: s.sheet,
      row: r.row,
      col,
      header: header(col),
      value: r.value ?? r.rank,
    };
  };
  type Cell = {
    row: number;
    label: string;
    period: string;
    value_col: number | null;
    rank_col: number | null;
    value: number | null;
    rank: number | null;
    unit_id: number;
  };
  const cells = (cond: string, params: string[]) =>
    s.db
      .prepare(
        `SELECT o.row, r.unit_label AS label, o.period, o.value_col, o.rank_col, o.value, o.rank, r.unit_id ${from} WHERE ${cond}
         ORDER BY o.row, o.seq LIMIT ${MAX_PROBLEMS}`,
      )
      .all(...params) as Cell[];

  let unreported = 0;
  const wrong: string[] = [];
  const params: string[] = [];
  if (after.length > 0) {
    wrong.push(`(u.code_list = 'gso2004' AND o.period IN (${marks(after)}))`);
    params.push(...after);
  }
  if (before.length > 0) {
    wrong.push(`(u.code_list = '2025' AND o.period IN (${marks(before)}))`);
    params.push(...before);
  }
  if (wrong.length > 0) {
    // (a province 1 July 2025 left as it was has a unit on each list: each of its values goes to
    // the list of its period, keepUnchangedOnTheirPeriodsList — round 76 refused its Q2 | Q3)
    const cond = `(${wrong.join(' OR ')}) AND u.id NOT IN ${unchangedUnits('predecessor_id')}
      AND u.id NOT IN ${unchangedUnits('successor_id')}`;
    const total = (s.db.prepare(`SELECT COUNT(*) AS n ${from} WHERE ${cond}`).get(...params) as { n: number })
      .n;
    // One column per period, on both sides of 01/07/2025: a row is one unit of one list, so the
    // columns of each side are imported apart — one instruction, not an error per cell.
    const byPeriod = mapping.columns.filter((c) => c.mapping.field === 'kpi.valueForPeriod');
    const sideOf = (c: (typeof byPeriod)[number]) =>
      c.mapping.field === 'kpi.valueForPeriod' ? codeListOfPeriod(normalisePeriod(c.mapping.period)) : null;
    const colsBefore = byPeriod.filter((c) => sideOf(c) === 'gso2004');
    const colsAfter = byPeriod.filter((c) => sideOf(c) === '2025');
    if (total > 0 && colsBefore.length > 0 && colsAfter.length > 0) {
      const c = colsAfter[0]!;
      add(
        problemSaying(
          'error',
          'periodOutsideList',
          'problem.periodsAcrossMergerInRow',
          { file: s.fileName, sheet: s.sheet, row: mapping.headerRow, col: c.col, header: c.header },
          {
            before: colsBefore.map((x) => `"${x.header}"`).join(', '),
            after: colsAfter.map((x) => `"${x.header}"`).join(', '),
          },
        ),
      );
    } else if (total > 0) {
      const rows = cells(cond, params);
      for (const r of rows) {
        const f = facts.get(r.unit_id);
        const unit = f?.name ?? '';
        if (f?.codeList === 'gso2004' && f.merged && f.successor)
          add(
            problemSaying('error', 'periodOutsideList', 'problem.periodAfterMerged', place(r), {
              unit,
              period: r.period,
              successor: f.successor,
            }),
          );
        else
          add(
            problemSaying(
              'error',
              'periodOutsideList',
              f?.codeList === 'gso2004' ? 'problem.periodAfterOldList' : 'problem.periodBeforeNewList',
              place(r),
              { unit, period: r.period },
            ),
          );
      }
      unreported = total - rows.length;
    }
  }
  if (across.length > 0) {
    // Said once per unit and period (at its first value), not for every value of its row.
    const told = new Set<string>();
    const merged = new Map<string, { first: (typeof firsts)[number]; names: string[] }>();
    const firsts = cells(`u.code_list = 'gso2004' AND o.period IN (${marks(across)})`, across).filter((r) => {
      const key = `${r.unit_id} ${r.period}`;
      if (told.has(key)) return false;
      told.add(key);
      return true;
    });
    // Names the file also gives to units of the 34 (rows of periods from 01/07/2025, matched there):
    // for those, a figure across the change could be the old unit's or the new one's.
    const namedNew = new Set(
      s.db
        .prepare(
          `SELECT DISTINCT r.unit_label FROM ${t.rows} r JOIN unit u ON u.id = r.unit_id WHERE u.code_list = '2025'`,
        )
        .pluck()
        .all() as string[],
    );
    for (const r of firsts) {
      const f = facts.get(r.unit_id);
      if (f?.merged && namedNew.has(r.label)) {
        add(
          problemSaying('error', 'periodSpansMerger', 'problem.periodSpansMergerWhich', place(r), {
            unit: f.name,
            period: r.period,
            successor: f.successor ?? '',
          }),
        );
        continue;
      }
      // (a unit 1 July 2025 left as it was is one territory throughout: its figure is its own,
      // kept on its unit of the 34 — keepUnchangedOnTheirPeriodsList — nothing to say)
      if (!f?.merged) continue;
      const g = merged.get(r.period) ?? { first: r, names: [] };
      g.names.push(`${f.name} → ${f.successor ?? ''}`);
      merged.set(r.period, g);
      // (a unit that ended on 30/06/2025, or became part of a larger one, has no figure of its own
      // for a period beyond: whose figure it is — the former unit's or the merged one's — the file
      // does not say; an error, as a figure after that date is)
      if (g.names.length <= MANY_SAME)
        add(
          problemSaying('error', 'periodSpansMerger', 'problem.periodSpansMergerChanged', place(r), {
            unit: f.name,
            period: r.period,
            successor: f.successor ?? '',
          }),
        );
    }
    // A unit of the 34 formed by merging, for a period across its start: the figure is the merged
    // unit's as restated (its parts before 01/07/2025) — said, once per unit and period.
    const toldNew = new Map<string, Cell>();
    const moreNew: string[] = [];
    for (const r of cells(`u.code_list = '2025' AND o.period IN (${marks(across)})`, across)) {
      const f = facts.get(r.unit_id);
      const key = `${r.unit_id} ${r.period}`;
      if (!f || f.formedFrom.length < 2 || toldNew.has(key)) continue;
      toldNew.set(key, r);
      if (toldNew.size > MANY_SAME) moreNew.push(f.name);
      else
        add(
          problemSaying('warning', 'periodSpansMerger', 'problem.periodSpansMergerNew', place(r), {
            unit: f.name,
            period: r.period,
            parts: f.formedFrom.join(', '),
          }),
        );
    }
    if (moreNew.length > 0)
      add(
        problemSaying(
          'warning',
          'periodSpansMerger',
          'problem.periodSpansMergerNewMany',
          place([...toldNew.values()][MANY_SAME]!),
          // (a sentence of its own, as listed after the first ones: round 77's began "và 20 …")
          {
            period: [...toldNew.values()][MANY_SAME]!.period,
            count: { number: moreNew.length },
            names: listed(moreNew, 5),
          },
        ),
      );
    for (const [period, g] of merged)
      if (g.names.length > MANY_SAME) {
        add(
          problemSaying(
            'error',
            'periodSpansMerger',
            'problem.periodSpansMergerChangedMany',
            place(g.first),
            {
              count: { number: g.names.length - MANY_SAME },
              period,
              names: listed(g.names.slice(MANY_SAME), 5),
            },
          ),
        );
        // (one message for the rest: each of them is an error all the same)
        unreported += g.names.length - MANY_SAME - 1;
      }
  }
  return unreported;
}

/**
 * A province 1 July 2025 left as it was is one territory before and after, with a unit on each
 * list: each of its KPI values is kept on the unit of its period's list, whichever list the file's
 * row was matched on — a period that ends before July 2025 on its unit of the 63 (beside its DTI of
 * those years), any other on its unit of the 34. One series either side, whatever the layout: a
 * row of its 2025 report reaching past June keeps its earlier months on the 63's (staged values'
 * own unit_id, VALUE_UNIT), as a long table's rows of those months are. (Round 74: its own report
 * and a table of the 34 for "9 tháng 2025" stored two values of one province, KPI and period;
 * round 75: a 2022 table put Hà Nội's 2022 values on its unit of the 34, its 2022 DTI on the
 * 63's; round 76: a report's T1–T6/2025 went to the 34's, a long table's to the 63's.) Rows keep
 * the unit they were matched to in list_unit_id, for the next validation to start from.
 */
function keepUnchangedOnTheirPeriodsList(
  db: ImportSession['db'],
  t: { rows: string; obs: string },
  periods: string[],
): boolean {
  const rows = t.rows.replace('temp.', '');
  const obs = t.obs.replace('temp.', '');
  const before = JSON.stringify(periods.filter((p) => codeListOfPeriod(p) === 'gso2004'));
  const isBefore = (alias: string) => `${alias}.period IN (SELECT value FROM json_each(?))`;
  const onlyBefore = `NOT EXISTS (SELECT 1 FROM ${t.obs} o WHERE o.row = ${rows}.row AND NOT ${isBefore('o')})`;
  // (a row reaching past June 2025 on the 34's, one of before only on the 63's…)
  db.prepare(
    `UPDATE ${t.rows} SET list_unit_id = unit_id,
       unit_id = (SELECT successor_id FROM unit_succession s WHERE s.predecessor_id = ${rows}.unit_id AND s.change = 'unchanged')
     WHERE unit_id IN ${unchangedUnits('predecessor_id')} AND NOT ${onlyBefore}`,
  ).run(before);
  db.prepare(
    `UPDATE ${t.rows} SET list_unit_id = unit_id,
       unit_id = (SELECT predecessor_id FROM unit_succession s WHERE s.successor_id = ${rows}.unit_id AND s.change = 'unchanged')
     WHERE unit_id IN ${unchangedUnits('successor_id')} AND ${onlyBefore}
       AND EXISTS (SELECT 1 FROM ${t.obs} o WHERE o.row = ${rows}.row)`,
  ).run(before);
  // (…and the months before July of a row on the 34's on the 63's, value by value)
  const split = db
    .prepare(
      `UPDATE ${t.obs} SET unit_id = (SELECT s.predecessor_id FROM ${t.rows} r JOIN unit_succession s
         ON s.successor_id = r.unit_id AND s.change = 'unchanged' WHERE r.row = ${obs}.row)
     WHERE ${isBefore(obs)} AND row IN (SELECT row FROM ${t.rows} WHERE unit_id IN ${unchangedUnits('successor_id')})`,
    )
    .run(before);
  // (whether some values now have a unit of their own: the next validation resets them then only)
  return split.changes > 0;
}

/** SQL: the units of one side of the provinces 1 July 2025 left as they were (a unit on each list). */
const unchangedUnits = (side: 'predecessor_id' | 'successor_id') =>
  `(SELECT ${side} FROM unit_succession WHERE change = 'unchanged')`;

/**
 * A running total beside the months it runs over ("T1 … T9 | Lũy kế đến T9", "Tháng 7 | Tháng 8 |
 * Tháng 9 | Quý III") that is not their sum, for a KPI that adds up (a count: "Số hồ sơ", in "hồ
 * sơ", "lượt", …; not a rate or a score): a warning at the total's cell, with both figures — one of
 * them was mistyped or copied from another row (round 79's leftover: never checked). Each row's own
 * months only; a long table's months on rows of their own are not looked across.
 */
function tellRunningTotalsOffTheirMonths(
  s: ImportSession,
  t: { rows: string; obs: string },
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): void {
  const mapping = s.mapping!;
  const spans =
    mapping.columns.some(
      (c) => c.mapping.field === 'kpi.valueForPeriod' && c.mapping.period.includes('..'),
    ) || (s.target!.period ?? '').includes('..');
  if (!spans) return;
  const off = s.db
    .prepare(
      `SELECT tot.row, tot.value AS total, tot.value_col AS col, tot.period, tot.indicator_label AS label,
              tot.unit_of_measure AS uom, SUM(m.value) AS months, COUNT(*) AS n
         FROM ${t.obs} tot JOIN ${t.obs} m
           ON m.row = tot.row AND m.indicator_key IS tot.indicator_key AND m.has_value = 1 AND m.value IS NOT NULL
          AND length(m.period) = 7 AND m.period BETWEEN substr(tot.period, 1, 7) AND substr(tot.period, 10, 7)
        WHERE tot.has_value = 1 AND tot.value IS NOT NULL AND tot.period GLOB '[12][0-9][0-9][0-9]-[01][0-9]..[12][0-9][0-9][0-9]-[01][0-9]'
          AND substr(tot.period, 1, 4) = substr(tot.period, 10, 4)
        GROUP BY tot.seq
       HAVING n = CAST(substr(tot.period, 15, 2) AS INTEGER) - CAST(substr(tot.period, 6, 2) AS INTEGER) + 1
          AND abs(tot.value - SUM(m.value)) > max(0.5, 0.005 * abs(tot.value))
        ORDER BY tot.row, tot.value_col LIMIT ${MAX_PROBLEMS}`,
    )
    .all() as {
    row: number;
    total: number;
    col: number | null;
    period: string;
    label: string | null;
    uom: string | null;
    months: number;
    n: number;
  }[];
  for (const o of off) {
    if (!addsUp(o.label ?? '', o.uom)) continue;
    add(
      problemSaying(
        'warning',
        'runningTotalOffMonths',
        'problem.runningTotalOffMonths',
        { file: s.fileName, sheet: s.sheet, row: o.row, col: o.col, header: header(o.col), value: o.total },
        { total: { number: o.total }, months: { number: o.months }, n: o.n },
      ),
    );
  }
}

/** A KPI whose months add up to its running total: a count, not a rate, a share, a score or an average. */
function addsUp(label: string, uom: string | null): boolean {
  const key = normalizeHeader(`${label} ${uom ?? ''}`);
  if (
    uom !== null &&
    (uom.includes('%') || /^(phan tram|diem|bac|hang|xep hang)$/.test(normalizeHeader(uom)))
  )
    return false;
  return !/(^| )(ty le|ti le|ty trong|ti trong|binh quan|trung binh|chi so|diem|toc do|tang truong|muc do)( |$)/.test(
    key,
  );
}

/**
 * KPI values a thousand, a million or a billion times the ones they replace (or as many times
 * less): the file and the store count in different units — "(nghìn giao dịch)" over a KPI stored
 * without one, or the other way round (round 83: 378 values replaced by a thousandth of
 * themselves, unsaid, the KPI's unit then "nghìn giao dịch" for its other months too). Said once,
 * at the first such value, with how many; read as written. Counted in the diff's own pass
 * (countDiff): a corrected copy of a million values is not joined to the store twice.
 */
function scaleJump(
  s: ImportSession,
  from: string,
  oldValue: string,
  scales: { up: number; down: number },
  header: (col: number | null) => string | null,
): ImportProblem {
  const e = s.db
    .prepare(
      `SELECT o.row, o.value_col AS col, o.value, ${oldValue} AS old, o.period, COALESCE(o.indicator_label, i.name_vi) AS indicator,
              un.name_vi AS unit
       ${from.replace(' WHERE ', ` LEFT JOIN indicator i ON i.id = o.indicator_id JOIN unit un ON un.id = ${VALUE_UNIT} WHERE `)}
         AND ${scaleSql('o.value', oldValue, 'o.unit_of_measure')} <> 0 LIMIT 1`,
    )
    .get() as {
    row: number;
    col: number | null;
    value: number;
    old: number;
    period: string;
    indicator: string;
    unit: string;
  };
  const up = Math.abs(e.value / e.old) >= 1;
  const factor = 10 ** (3 * Math.round(Math.abs(Math.log10(Math.abs(e.value / e.old))) / 3));
  return problemSaying(
    'warning',
    'scaleJump',
    up ? 'problem.scaleJump' : 'problem.scaleJumpDown',
    { file: s.fileName, sheet: s.sheet, row: e.row, col: e.col, header: header(e.col), value: e.value },
    {
      value: { number: e.value },
      old: { number: e.old },
      factor: { number: factor },
      indicator: e.indicator,
      unit: e.unit,
      period: e.period,
      n: scales.up + scales.down,
    },
  );
}

/**
 * A value of a KPI in % between 0 and 1 where the store's values of that KPI for the same unit (any
 * period) all lie over 5: a ratio typed for a percentage (0,998 for 99,8%), said at its cell, read as
 * written. The column's own spread says it within a table of units (rowMapper); a province's own
 * report has one value per KPI, which only its history can be held against (round 74: 0,998 over a
 * stored 99,8 replaced it without a word).
 */
function tellRatiosAgainstStored(
  s: ImportSession,
  t: { rows: string; obs: string },
  problems: readonly ImportProblem[],
  add: (p: ImportProblem) => void,
  header: (col: number | null) => string | null,
): void {
  const db = s.db;
  const layers = storedLayers(db, s.indicatorIds);
  if (!layers.user && !layers.reference) return;
  // (the file's KPIs in %: usually a few — the values of the others are not looked at)
  const percent = (
    db
      .prepare(
        `SELECT id, unit_of_measure AS uom FROM indicator WHERE id IN (SELECT value FROM json_each(?)) AND unit_of_measure IS NOT NULL`,
      )
      .all(JSON.stringify(s.indicatorIds)) as { id: number; uom: string }[]
  )
    .filter((i) => isPercentUnit(i.uom))
    .map((i) => i.id);
  if (percent.length === 0) return;
  const range = db.prepare(
    `SELECT MIN(value) AS min, MAX(value) AS max FROM observation WHERE indicator_id = ? AND unit_id = ? AND value IS NOT NULL`,
  );
  const rangeOf = new Map<string, { min: number | null; max: number | null }>();
  const said = new Set(problems.filter((p) => p.code === 'percentFraction').map((p) => `${p.row} ${p.col}`));
  // (a column all in 0–1 the row mapper said once for the column is not said again at each of
  // its cells — round 83: 62 warnings after the column's)
  const allFractions = new Set<string>(
    db
      .prepare(
        `SELECT value_col || ' ' || indicator_id FROM ${t.obs}
         WHERE has_value = 1 AND value IS NOT NULL AND value_col IS NOT NULL
           AND indicator_id IN (SELECT value FROM json_each(?))
         GROUP BY value_col, indicator_id HAVING COUNT(*) >= 2 AND MIN(value) >= 0 AND MAX(value) <= 1`,
      )
      .pluck()
      .all(JSON.stringify(percent)) as string[],
  );

  let told = 0;
  // (in the file's order, without sorting: a long table's rows are staged in it)
  for (const f of db
    .prepare(
      `SELECT o.row, o.value_col AS col, o.value, o.indicator_id AS ind, r.unit_id AS unitId, u.name_vi AS unit
       FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row JOIN unit u ON u.id = r.unit_id
       WHERE o.has_value = 1 AND o.value > 0 AND o.value <= 1 AND r.has_error = 0
         AND o.indicator_id IN (SELECT value FROM json_each(?))`,
    )
    .iterate(JSON.stringify(percent)) as Iterable<{
    row: number;
    col: number | null;
    value: number;
    ind: number;
    unitId: number;
    unit: string;
  }>) {
    const key = `${f.ind} ${f.unitId}`;
    let r = rangeOf.get(key);
    if (!r) rangeOf.set(key, (r = range.get(f.ind, f.unitId) as { min: number | null; max: number | null }));
    if (
      r.min === null ||
      r.max === null ||
      r.min <= 5 ||
      said.has(`${f.row} ${f.col}`) ||
      allFractions.has(`${f.col} ${f.ind}`)
    )
      continue;
    add(
      problemSaying(
        'warning',
        'percentFraction',
        // (one value stored: "là 99,03", not "trong khoảng 99,03–99,03")
        r.min === r.max ? 'problem.percentFractionStoredOne' : 'problem.percentFractionStored',
        // (the number as the language writes it, as every other value quoted: not "0.9903" in Vietnamese)
        { file: s.fileName, sheet: s.sheet, row: f.row, col: f.col, header: header(f.col), value: f.value },
        { unit: f.unit, min: { number: r.min }, max: { number: r.max } },
      ),
    );
    if (++told >= MAX_PROBLEMS) break;
  }
}

/**
 * A corrected copy of a KPI table that leaves out a few of the values the store holds for its KPIs
 * and periods (a row taken out, a cell emptied): those stay as they are, said once with the first
 * few — a row left out of a file removes nothing. Only when the file has most of the others (two
 * thirds at least): a file of one province, or of a region, is not a copy of a table of all.
 */
function tellKeptKpiValues(
  s: ImportSession,
  t: { rows: string; obs: string },
  add: (p: ImportProblem) => void,
) {
  const db = s.db;
  // (a first import of these KPIs, the usual case: nothing stored to keep, nothing to look up)
  if (!storedLayers(db, s.indicatorIds).user) return;
  // The cells the file gives, keyed: each stored value is looked up once (not a scan per value).
  db.exec(`DROP TABLE IF EXISTS temp.kpi_filed; DROP TABLE IF EXISTS temp.kpi_periods;
    CREATE TEMP TABLE kpi_filed (ind INTEGER NOT NULL, period TEXT NOT NULL, grp INTEGER NOT NULL,
      unit INTEGER NOT NULL, PRIMARY KEY (ind, period, grp, unit)) WITHOUT ROWID;
    CREATE TEMP TABLE kpi_periods (ind INTEGER NOT NULL, period TEXT NOT NULL, grp INTEGER NOT NULL,
      PRIMARY KEY (ind, period, grp)) WITHOUT ROWID;`);
  try {
    db.prepare(
      `INSERT OR IGNORE INTO temp.kpi_filed SELECT o.indicator_id, o.period, o.ranking_group, ${VALUE_UNIT}
       FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
       WHERE o.indicator_id IS NOT NULL AND r.unit_id IS NOT NULL AND (o.has_value = 1 OR o.has_rank = 1)`,
    ).run();
    db.exec(`INSERT OR IGNORE INTO temp.kpi_periods SELECT ind, period, grp FROM temp.kpi_filed`);
    // (a file of one province, its own report, is not expected to hold the others' figures: only
    // its own left out are said — round 74: a report of Thanh Hóa named Nghệ An's stored value)
    const oneUnit =
      (db
        .prepare(`SELECT COUNT(*) FROM (SELECT DISTINCT unit FROM temp.kpi_filed LIMIT 2)`)
        .pluck()
        .get() as number) === 1;
    // What the store holds of the file's KPIs and periods, and which of it the file leaves out:
    // each stored value of the file's KPIs looked up once by key (CROSS JOIN keeps the store
    // outside — driven from the periods, each would scan its KPI's values, the unique index
    // leading with the unit after the KPI: 72 s for a corrected copy of 1M values, round 72).
    const from = `FROM observation s CROSS JOIN temp.kpi_periods f
        ON f.ind = s.indicator_id AND f.period = s.period AND f.grp = s.ranking_group
      WHERE s.layer = 'user' AND s.indicator_id IN (SELECT DISTINCT ind FROM temp.kpi_periods)
        AND (s.value IS NOT NULL OR s.rank IS NOT NULL)
        ${oneUnit ? 'AND s.unit_id = (SELECT unit FROM temp.kpi_filed LIMIT 1)' : ''}`;
    const left = `NOT EXISTS (SELECT 1 FROM temp.kpi_filed k
      WHERE k.ind = s.indicator_id AND k.period = s.period AND k.grp = s.ranking_group AND k.unit = s.unit_id)`;
    const { total, kept } = db
      .prepare(`SELECT COUNT(*) AS total, COALESCE(SUM(${left}), 0) AS kept ${from}`)
      .get() as { total: number; kept: number };
    // (a third at most: a file of a region, or of one province, after a table of all is no copy)
    if (kept === 0 || kept * 3 > total) return;
    const first = db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, s.period ${from.replace(
          'WHERE',
          'JOIN unit u ON u.id = s.unit_id JOIN indicator i ON i.id = s.indicator_id WHERE',
        )} AND ${left} ORDER BY s.period, i.name_vi, u.code LIMIT 6`,
      )
      .all() as { unit: string; kpi: string; period: string }[];
    add(
      problemSaying(
        'warning',
        'storedNotInFile',
        'problem.storedNotInFileKpi',
        { file: s.fileName, sheet: s.sheet },
        {
          count: { number: kept },
          names: listed(
            first.map((r) => `${r.unit} – ${r.kpi} – ${r.period}`),
            5,
          ),
        },
      ),
    );
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.kpi_filed; DROP TABLE IF EXISTS temp.kpi_periods');
  }
}

/** Layout detection's note on a second column of other units' names (see namesOtherUnits). */
const ANOTHER_BLOCK = /^another block beside column (\d+)$/;

/** Names in a message: the first `max`, "…" for the rest. */
const listed = (names: string[], max = 10): string =>
  names.slice(0, max).join(', ') + (names.length > max ? '…' : '');

/** A few units of a group of `n` (a tenth at most): a copy that lost rows, not a part of the table. */
const isFew = (count: number, n: number): boolean => count <= Math.max(1, Math.floor(n / 10));

/** Duplicates of a KPI table said one by one, up to this; the others are counted. */
const KPI_DUPLICATES_SAID = 200;

/** Units said one by one for a period across the 2025 rearrangement, up to this; then together. */
const MANY_SAME = 3;

/**
 * The first row of each unit (a CTE "firsts"): the rank checks read a unit once, so a row copied
 * twice is said as a duplicate (duplicateUnit), not also as the ties it makes.
 */
const FIRST_ROWS = (t: { rows: string }) =>
  `WITH firsts AS (SELECT MIN(row) AS row FROM ${t.rows} WHERE unit_id IS NOT NULL GROUP BY unit_id)`;

/**
 * Empty cells of a ranking, in one pass, said each kind once at its first cell with a count:
 * - a cell whose unit, index and year the store has a value for: the value stays (an empty cell
 *   neither clears nor changes it) — a corrected copy with a cell emptied must not leave the
 *   analyst thinking the figure is gone (emptyKeepsStored);
 * - a rank cell beside a score the store has no rank for (a tie copied from a merged cell, a rank
 *   left out): the unit is stored without its rank — and when its score is the row above's, as
 *   the tie it likely is ("bằng điểm của dòng 16, hạng 15") (rankMissing).
 */
function tellEmptyCells(
  s: ImportSession,
  t: { rows: string; obs: string },
  header: (col: number | null) => string | null,
  add: (p: ImportProblem) => void,
): void {
  const target = s.target!;
  const unitOf = s.db.prepare(`SELECT unit_id FROM ${t.rows} WHERE row = ? AND has_error = 0`).pluck();
  const storedOf = s.db.prepare(
    `SELECT o.value, o.rank FROM observation o JOIN indicator i ON i.id = o.indicator_id
     WHERE o.layer = 'user' AND o.unit_id = ? AND o.period = ? AND o.ranking_group = ? AND i.code = ? AND i.kind <> 'kpi'`,
  );
  const scoreOf = s.db
    .prepare(
      `SELECT value FROM ${t.obs} WHERE row = ? AND indicator_code = ? AND has_value = 1 AND value IS NOT NULL`,
    )
    .pluck();
  const above = s.db.prepare(
    `SELECT row, value, rank FROM ${t.obs} WHERE indicator_code = ? AND row < ? AND has_value = 1
     ORDER BY row DESC LIMIT 1`,
  );
  let kept: { cell: EmptyCell; stored: number; count: number } | null = null;
  let missing: { cell: EmptyCell; score: number; count: number } | null = null;
  for (const cell of s.emptyCells) {
    const unit = unitOf.get(cell.row) as number | null | undefined;
    if (unit === null || unit === undefined) continue;
    const o =
      target.year !== null
        ? (storedOf.get(unit, String(target.year), target.group, cell.indicator) as
            { value: number | null; rank: number | null } | undefined)
        : undefined;
    const stored = cell.part === 'rank' ? o?.rank : o?.value;
    if (stored !== null && stored !== undefined) {
      kept ??= { cell, stored, count: 0 };
      kept.count++;
      continue;
    }
    if (cell.part !== 'rank') continue;
    const score = scoreOf.get(cell.row, cell.indicator) as number | undefined;
    if (score === undefined) continue;
    missing ??= { cell, score, count: 0 };
    missing.count++;
  }
  // (the cells are counted up to MAX_EMPTY_CELLS: "5.000+")
  const counted = (n: number) => ({
    count: { number: n },
    more: s.emptyCells.length >= MAX_EMPTY_CELLS ? '+' : '',
  });
  const at = (cell: EmptyCell) => ({
    file: s.fileName,
    sheet: s.sheet,
    row: cell.row,
    col: cell.col,
    header: header(cell.col),
  });
  if (kept)
    add(
      problemSaying('warning', 'emptyKeepsStored', 'problem.emptyKeepsStored', at(kept.cell), {
        ...counted(kept.count),
        stored: kept.cell.part === 'rank' ? { number: kept.stored } : { score: kept.stored },
      }),
    );
  if (missing) {
    const { cell, score } = missing;
    const prev = above.get(cell.indicator, cell.row) as
      { row: number; value: number; rank: number | null } | undefined;
    const tie = prev && prev.value === score && prev.rank !== null ? prev : null;
    add(
      problemSaying(
        'warning',
        'rankMissing',
        tie ? 'problem.rankMissingTie' : 'problem.rankMissing',
        at(cell),
        {
          ...counted(missing.count),
          score: { score },
          ...(tie ? { row: tie.row, rank: tie.rank! } : {}),
        },
      ),
    );
  }
}

/**
 * Coverage of a ranking: every unit of its group, in this table or already imported for the year
 * and group (the first part of a ranking in parts). A copy that lost a few rows blocks; a part
 * (a top 10, the units a press article gives, one sheet of two, ranks 1–32 of a table split in
 * two) is imported as what it is, with a warning — whichever half comes first. When the workbook
 * has a sheet with the missing units, it is named; a part the app picked (no sheet given) is
 * refused naming it, so one half is not committed by accident.
 */
function checkCoverage(
  s: ImportSession,
  t: { rows: string; obs: string },
  units: { id: number; name: string }[],
  match: (label: string) => ReturnType<ReturnType<typeof buildUnitMatcher>>,
  dataRows: number,
  add: (p: ImportProblem) => void,
): Set<number> {
  const db = s.db;
  const target = s.target!;
  const present = new Set(
    (
      db.prepare(`SELECT DISTINCT unit_id FROM ${t.rows} WHERE unit_id IS NOT NULL`).all() as {
        unit_id: number;
      }[]
    ).map((r) => r.unit_id),
  );
  const indicators = (
    db.prepare(`SELECT DISTINCT indicator_id AS id FROM ${t.obs} WHERE indicator_id IS NOT NULL`).all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const stored = new Set(
    target.year !== null && indicators.length > 0
      ? (
          db
            .prepare(
              `SELECT DISTINCT unit_id FROM observation WHERE layer = 'user' AND period = ? AND ranking_group = ?
               AND indicator_id IN (${indicators.map(() => '?').join(',')})`,
            )
            .all(String(target.year), target.group, ...indicators) as { unit_id: number }[]
        ).map((r) => r.unit_id)
      : [],
  );
  // A unit whose row has no figure at all (every cell empty, "-", N/A, #N/A) is not in the ranking
  // either: its row is named (the generic message would name a unit the analyst sees in the file).
  const withFigures = new Set(
    db
      .prepare(
        `SELECT DISTINCT r.unit_id FROM ${t.rows} r JOIN ${t.obs} o ON o.row = r.row
         WHERE r.unit_id IS NOT NULL AND (o.has_value = 1 OR o.has_rank = 1)`,
      )
      .pluck()
      .all() as number[],
  );
  // (a few, among units with figures: a table listing every name with the figures of a few
  // — what the press published — is what it is, and a table of no figures has its own error)
  const figureless = units.filter((u) => present.has(u.id) && !withFigures.has(u.id) && !stored.has(u.id));
  if (figureless.length > 0 && withFigures.size > 0 && isFew(figureless.length, units.length)) {
    const rowOf = db.prepare(`SELECT MIN(row) FROM ${t.rows} WHERE unit_id = ?`).pluck();
    for (const u of figureless.slice(0, 5))
      add(
        problemSaying(
          'error',
          'missingUnits',
          'problem.unitWithoutFigures',
          { file: s.fileName, sheet: s.sheet, row: rowOf.get(u.id) as number },
          { unit: u.name, n: target.group!, count: { number: figureless.length } },
        ),
      );
  }
  const covered = new Set([...present, ...stored]);
  const missing = units.filter((u) => !covered.has(u.id));
  // A corrected copy without some rows (a few: many are the other part of a ranking in parts):
  // the units it leaves out keep what the store has, said (a row taken out of a file removes nothing).
  const kept = units.filter((u) => stored.has(u.id) && !present.has(u.id));
  const fewKept = kept.length > 0 && isFew(kept.length, units.length);
  // (not for a later part of a ranking in parts, after a short first one: its ranks start past 1)
  const firstRank = () =>
    db
      .prepare(`SELECT MIN(rank) FROM ${t.obs} WHERE has_rank = 1 AND indicator_code = 'dti'`)
      .pluck()
      .get() as number | null;
  if (missing.length === 0 && fewKept && dataRows > 0 && (firstRank() ?? 1) <= 1)
    add(
      problemSaying(
        'warning',
        'storedNotInFile',
        'problem.storedNotInFile',
        { file: s.fileName, sheet: s.sheet },
        {
          count: kept.length,
          year: target.year ?? '?',
          names: listed(kept.map((u) => u.name)),
        },
      ),
    );
  if (missing.length === 0 || dataRows === 0) return covered;
  const n = units.length;
  const storedOnly = kept.length;
  // The sheet of this workbook whose top names most of the missing units.
  const missingIds = new Set(missing.map((u) => u.id));
  let rest: { name: string; hits: number } | null = null;
  for (const o of s.otherTables) {
    const hits = new Set(
      o.units.flatMap((l) => {
        const m = match(l);
        return m.kind === 'matched' && missingIds.has(m.id) ? [m.id] : [];
      }),
    ).size;
    if (hits > 0 && (!rest || hits > rest.hits)) rest = { name: o.name, hits };
  }
  const where = { file: s.fileName, sheet: s.sheet };
  const params = {
    n: target.group!,
    count: missing.length,
    present: present.size,
    stored: storedOnly,
    year: target.year ?? '?',
    names: listed(missing.map((u) => u.name)),
    sheet: s.sheet ?? '',
  };
  if (rest) {
    s.restSheet = rest.name;
    add(
      s.sheetGiven
        ? problemSaying('warning', 'excerpt', 'problem.excerptRest', where, { ...params, rest: rest.name })
        : problemSaying('error', 'missingUnits', 'problem.missingUnitsRest', where, {
            ...params,
            rest: rest.name,
          }),
    );
    return covered;
  }
  // A few units missing (a tenth of the group at most) is a copy that lost rows. Otherwise a part:
  // under half the group, or one unbroken run of ranks (1–32, 33–63, a top 20).
  const few = isFew(missing.length, n);
  const part = !few && (n - missing.length < n / 2 || ranksInOneRun(db, t));
  // Rows the analyst chose to skip at the unit questions: said with the missing units they leave.
  const skipped = db
    .prepare(
      `SELECT unit_label AS label, MIN(row) AS row FROM ${t.rows} WHERE by_answer = 1 AND unit_id IS NULL
       GROUP BY unit_label ORDER BY MIN(row) LIMIT 5`,
    )
    .all() as { label: string; row: number }[];
  if (!part && skipped.length > 0)
    add(
      // (at the first skipped row: the preview's link leads there)
      problemSaying(
        'error',
        'missingUnits',
        'problem.missingUnitsSkipped',
        { ...where, row: skipped[0]!.row },
        {
          ...params,
          skipped: skipped.map((r) => `“${r.label}”`).join(', '),
          rows: skipped.map((r) => r.row).join(', '),
        },
      ),
    );
  else if (!part)
    // (why it is refused when a top 20 is not: a few missing is a copy that lost rows; many, not
    // in one run of ranks, is no part of the table either — round 75 found the rule unsaid)
    add(
      few
        ? problem('error', 'missingUnits', where, params)
        : problemSaying('error', 'missingUnits', 'problem.missingUnitsScattered', where, params),
    );
  else if (storedOnly > 0) add(problemSaying('warning', 'excerpt', 'problem.excerptStored', where, params));
  else add(problem('warning', 'excerpt', where, params));
  return covered;
}

/**
 * The ranks of a table form one unbroken run of competition ranks (every rank from the first to
 * the last, ties skipping as many as they hold): a slice of the ranking, not a copy that lost rows.
 */
function ranksInOneRun(db: ImportSession['db'], t: { rows: string; obs: string }): boolean {
  for (const ind of HEADLINE_INDICATORS) {
    const ranks = (
      db
        .prepare(
          `SELECT rank FROM ${t.obs} WHERE indicator_code = ? AND has_rank = 1 AND rank IS NOT NULL ORDER BY rank`,
        )
        .all(ind) as { rank: number }[]
    ).map((r) => r.rank);
    if (ranks.length < 2) continue;
    for (let i = 1, tieStart = 0; i < ranks.length; i++) {
      if (ranks[i] === ranks[i - 1]) continue;
      if (ranks[i] !== ranks[tieStart]! + (i - tieStart)) return false;
      tieStart = i;
    }
    return true;
  }
  return false;
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
      `${FIRST_ROWS(t)} SELECT o.indicator_code AS code, o.row, o.rank, o.rank_col FROM ${t.obs} o JOIN ${t.rows} r ON r.row = o.row
       JOIN firsts ON firsts.row = r.row
       WHERE o.has_rank = 1 AND o.rank IS NOT NULL AND o.indicator_code IS NOT NULL AND r.has_error = 0 AND r.unit_id IS NOT NULL
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
  if (r.cells.length === 0) return { ...r, status: 'empty' };
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
  // The formula's parts and their weights: the pillars, else the scored main indices.
  const parts = (vals: Map<string, unknown>): { code: string; weight: number }[] | null => {
    if (def.pillars && def.pillars.every((p) => vals.has(p.code)))
      return def.pillars.map((p) => ({ code: p.code, weight: p.points / total }));
    const scored = def.main_indices?.filter((i) => (i.points ?? 0) > 0) ?? [];
    return scored.length > 0 && scored.every((i) => vals.has(i.code))
      ? scored.map((i) => ({ code: i.code, weight: (i.points ?? 0) / total }))
      : null;
  };
  const checked: FormulaRow[] = [];
  let missed = 0;
  const missedRows = new Set<number>();
  let firstMissed: { row: number; col: number; value: number } | null = null;
  // (a row or two off is a slip, said at each; most rows off is one error, below)
  const slips: ImportProblem[] = [];
  for (const [row, vals] of byRow) {
    const dti = vals.get('dti');
    if (!dti) continue;
    const weights = parts(vals);
    const expected = weights ? weights.reduce((a, p) => a + p.weight * vals.get(p.code)!.value, 0) : null;
    if (weights) checked.push({ row, vals, weights });
    if (
      expected !== null &&
      Math.abs(expected - dti.value) >
        formulaTolerance(
          dti.value,
          weights!.map((p) => ({ weight: p.weight, value: vals.get(p.code)!.value })),
        )
    ) {
      missed++;
      missedRows.add(row);
      firstMissed ??= { row, col: dti.col, value: dti.value };
      slips.push(
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
  // Rows off the formula, each a slip of its own, are said at each. Many of them, all fitting one
  // column read a row up or down (a column shifted while copying, or from a cell deleted or
  // inserted midway), or most rows off without that, are no slips: one error, naming the column
  // and the row it starts at when it is found.
  const shift = missed >= FORMULA_SHIFT_MIN_ROWS ? shiftedColumn(checked, missedRows) : null;
  if (!firstMissed || (!shift && (missed < FORMULA_MOST_MIN_ROWS || missed * 2 < checked.length))) {
    slips.forEach(add);
    return;
  }
  const at = shift
    ? { row: shift.row, col: shift.col, header: header(shift.col), value: shift.value }
    : {
        row: firstMissed.row,
        col: firstMissed.col,
        header: header(firstMissed.col),
        value: firstMissed.value,
      };
  add(
    problemSaying(
      'error',
      'formulaMismatch',
      shift
        ? shift.down
          ? 'problem.formulaColumnShiftedDown'
          : 'problem.formulaColumnShiftedUp'
        : 'problem.formulaMostRows',
      { file: s.fileName, sheet: s.sheet, ...at },
      { count: { number: missed }, total: { number: checked.length }, method: m.id },
    ),
  );
}

/** Rows off the formula, at least, for the error that a column is out of place. */
const FORMULA_SHIFT_MIN_ROWS = 3;
/** Rows off the formula, at least, for the error that most rows are (without a column found). */
const FORMULA_MOST_MIN_ROWS = 5;

type FormulaRow = {
  row: number;
  vals: Map<string, { value: number; col: number }>;
  weights: { code: string; weight: number }[];
};

/**
 * The formula input column whose values, read one row away, give the DTI scores of (nearly) all
 * the rows off the formula: for each such row, the value the column would need (the score less
 * the other parts, over its weight) is looked for in the row above and in the row below. With the
 * first row where it fits (where the shift starts) and that row's own value.
 */
function shiftedColumn(
  checked: FormulaRow[],
  missedRows: Set<number>,
): { col: number; down: boolean; row: number; value: number } | null {
  for (const { code } of checked[0]?.weights ?? []) {
    const down: FormulaRow[] = [];
    const up: FormulaRow[] = [];
    for (let k = 0; k < checked.length; k++) {
      const { row, vals, weights } = checked[k]!;
      const w = weights.find((x) => x.code === code)?.weight;
      if (!w || !missedRows.has(row)) continue;
      const others = weights.reduce(
        (a, p) => (p.code === code ? a : a + p.weight * vals.get(p.code)!.value),
        0,
      );
      const needed = (vals.get('dti')!.value - others) / w;
      const near = (other: FormulaRow | undefined) => {
        const v = other?.vals.get(code)?.value;
        return v !== undefined && Math.abs(v - needed) <= FORMULA_TOLERANCE / w;
      };
      // (copied a row down, the figure a row needs sits in the row below it)
      if (near(checked[k + 1])) down.push(checked[k]!);
      if (near(checked[k - 1])) up.push(checked[k]!);
    }
    const fits = down.length >= up.length ? down : up;
    if (fits.length === 0) continue;
    // The run is one row longer than its fits: moved up from a deleted cell, the row where it was
    // deleted is off too and fits nothing (the shift starts there); moved down, the last row's
    // own figure went past the table (its row is off and fits nothing).
    const k = checked.indexOf(fits[0]!);
    const end = checked.indexOf(fits[fits.length - 1]!);
    const before = fits === up && k > 0 && missedRows.has(checked[k - 1]!.row) ? checked[k - 1]! : null;
    const after = fits === down && end + 1 < checked.length && missedRows.has(checked[end + 1]!.row) ? 1 : 0;
    const run = fits.length + (before ? 1 : 0) + after;
    if (run >= FORMULA_SHIFT_MIN_ROWS && run >= missedRows.size * 0.8) {
      const start = before ?? fits[0]!;
      const first = start.vals.get(code)!;
      return { col: first.col, down: fits === down, row: start.row, value: first.value };
    }
  }
  return null;
}

/**
 * Whether the store holds any value of these indicators in the user's layer, in the published
 * reference layer. Neither (KPIs new to the store, a first import of their values): a staged value
 * has nothing to be compared with or to keep, and the preview and the commit skip the joins that
 * would look for it (measured: a third of a 100k-row commit).
 */
export function storedLayers(db: Database, ids: readonly number[]): { user: boolean; reference: boolean } {
  const any = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM observation WHERE layer = ? AND indicator_id IN (SELECT value FROM json_each(?)))`,
    )
    .pluck();
  const list = JSON.stringify(ids);
  return { user: any.get('user', list) === 1, reference: any.get('reference', list) === 1 };
}

/**
 * SQL (in the preview's diff, aliases o, r and u): whether the field `col` of the cell shows a hand
 * edit in effect made since the user's value was imported (or on a value never imported) — what
 * this import would replace.
 */
const handEditedSql = (col: 'value' | 'rank'): string =>
  `(u.id IS NOT NULL AND EXISTS (SELECT 1 FROM change_log e LEFT JOIN import_batch b ON b.id = u.batch_id
     WHERE e.kind = 'edit' AND e.undone_at IS NULL AND e.field = '${col}' AND e.unit_id = ${VALUE_UNIT}
       AND e.indicator_id = o.indicator_id AND e.period = o.period AND e.ranking_group = o.ranking_group
       AND ${editOutlivesImportSql('e', 'u', 'b')}))`;

/**
 * New, changed and unchanged values (a score and a rank are two) of staged values against what
 * each cell shows (`from`: the staged values `o` with the user's cell `u` and the published `ref`
 * joined, ending in its WHERE conditions). The preview counts so, and the commit again when the
 * store changed since.
 */
export function countDiff(
  db: Database,
  from: string,
  stored = true,
  scales?: { up: number; down: number },
): { new: number; changed: number; unchanged: number; observations: number } {
  const status = (nv: string, ov: string) =>
    `CASE WHEN ${ov} IS NULL THEN (CASE WHEN ${nv} IS NULL THEN 'unchanged' ELSE 'new' END) WHEN ${ov} = ${nv} THEN 'unchanged' ELSE 'changed' END`;
  // (`stored` false: the store holds nothing of these indicators, `from` joins no stored values)
  const old = (col: 'value' | 'rank') => (stored ? shownSql(`u.${col}`, `ref.${col}`, 'ref', col) : 'NULL');
  // (`scales`: values a thousand, a million or a billion times the stored ones, or as many times
  // less, counted in the same pass — see tellScaleJump)
  const scale = scales && stored ? scaleSql('o.value', old('value'), 'o.unit_of_measure') : '0';
  const rows = db
    .prepare(
      `SELECT st, sc, COUNT(*) AS n FROM (
         SELECT ${status('o.value', old('value'))} AS st, ${scale} AS sc ${from} AND o.has_value = 1
         UNION ALL
         SELECT ${status('o.rank', old('rank'))} AS st, 0 AS sc ${from} AND o.has_rank = 1
       ) GROUP BY st, sc`,
    )
    .all() as { st: 'new' | 'changed' | 'unchanged'; sc: number; n: number }[];
  const counts = { new: 0, changed: 0, unchanged: 0, observations: 0 };
  for (const r of rows) {
    counts[r.st] += r.n;
    counts.observations += r.n;
    if (scales && r.st === 'changed' && r.sc !== 0) scales[r.sc > 0 ? 'up' : 'down'] += r.n;
  }
  return counts;
}

/**
 * SQL: 1 when the value `nv` is about a thousand, a million or a billion times `ov` (0,7–1,4 times
 * that: a year's growth on top of the scale), −1 when as many times less, else 0.
 */
function scaleSql(nv: string, ov: string, uom: string): string {
  const near = (r: string, k: number) => `${r} BETWEEN ${0.7 * k} AND ${1.4 * k}`;
  const ratio = `ABS(${nv} / ${ov})`;
  const up = [1e3, 1e6, 1e9].map((k) => near(ratio, k)).join(' OR ');
  const down = [1e3, 1e6, 1e9]
    .map((k) => `${ratio} BETWEEN ${1 / (1.4 * k)} AND ${1 / (0.7 * k)}`)
    .join(' OR ');
  // (a percentage counts in no thousands: 0,08 corrected to 80 is a typo put right — round 84)
  return `(CASE WHEN ${nv} IS NULL OR ${ov} IS NULL OR ${ov} = 0 OR ${nv} = 0 OR instr(COALESCE(${uom}, ''), '%') > 0 THEN 0
    WHEN ${up} THEN 1 WHEN ${down} THEN -1 ELSE 0 END)`;
}
