// One import, from a file or pasted text to a committed batch:
// open → analyze (layout + proposed mapping) → stage (read every row, map, parse) → validate and
// ask about units → preview diff → commit in one transaction. The same class runs inline (CLI,
// tests) and inside the import worker (the app), always on its own better-sqlite3 connection.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import {
  codeListOfGroup,
  codeListOfPeriod,
  groupOfYear,
  onlyYearNamedIn,
  rankingGroupOfYear,
  yearsNamedIn,
  type CodeList,
  type RankingGroup,
} from '../../../shared/domain';
import {
  isNumericField,
  isSubProvincialColumn,
  kpiRanksNeedGroup,
  needsTableIndicator,
  needsTablePeriod,
  type ColumnField,
} from '../../../shared/imports/fields';
import { indicatorKey, splitIndicatorName } from '../../../shared/imports/indicatorNames';
import { mappingForYear, withoutComparedYear } from '../../../shared/imports/yearColumns';
import type { CellRange, FileInspection, RawCell, RawTable } from '../../../shared/imports/types';
import type {
  ImportKind,
  ImportMapping,
  ImportPreview,
  ImportProblem,
  ImportProgress,
  ImportTarget,
  SheetPreview,
  UnitAnswer,
} from '../../../shared/importSession';
import { buildUnitMatcher, labelParts, stripDiacritics, unitsNamedIn } from '../../../shared/unitNames';
import { UnitRepository } from '../../store/units';
import { inspectFile, isImportReadError, readPasted, streamRows, streamRowsAside } from '../readers';
import { ImportReadError } from '../safety/errors';
import { readAhead, releaseReadAhead } from '../readers/readerThread';
import { commitStaged, type CommitResult } from './commit';
import { joinSplitHeader, type JoinedHeader } from '../layout/splitHeader';
import {
  proposeLayout,
  rememberLayout,
  rememberedLayout,
  withFileOwn,
  type DetectedRows,
  type Proposal,
} from './layoutAdapter';
import { MAX_PROBLEMS, messages, problem, problemSaying } from './problems';
import { indicatorFromTitle } from '../layout';
import {
  otherIndexOfFile,
  periodFromTitle,
  subProvincialNamedIn,
  subProvincialRowsSaid,
  withoutDates,
  withoutPeriodTail,
  withoutSigningDate,
  yearlessPeriodInTitle,
} from '../layout/titleHints';
import {
  dayFirstDate,
  isCanonicalPeriod,
  isSlashDate,
  isYearlessPeriod,
  monthFirstDates,
  sheetNamePeriod,
  yearToDate,
} from '../layout/periods';
import { cellText, isFootnote, isSummaryLabel, normalisePeriod } from './cells';
import { createFirstRows, type FirstRows } from './questionValues';
import { createRowMapper, regionMatcher, type EmptyCell } from './rowMapper';
import { createStaging, dropStaging } from './staging';
import { normalizeHeader } from '../layout/normalizeHeader';
import { PLAN_SHEET } from '../layout/headerVocabulary';
import { validateStaged } from './validate';

/** The top of a sheet; `joined`: CSV header cells joined back where an unquoted delimiter split them. */
type Head = { table: RawTable; total: number | null; complete: boolean; joined: JoinedHeader[] };

export type ImportSource =
  | { kind: 'file'; path: string }
  // (`label`: what messages call it — "clipboard", or "stdin" for the command line's `import -`)
  | { kind: 'paste'; text: string; label?: string };

/**
 * What the top of the file says about its code list when neither the title nor the analyst does:
 * names only one list knows ("Hải Phòng (mới)" → 34; "Hà Giang" → 63), a complete table of the
 * 34 units, and the periods of a KPI table.
 */
export interface GroupEvidence {
  names: RankingGroup | null;
  complete34: boolean;
  /**
   * The whole table names (nearly) all 34 units and, besides, a few former ones only the 63 have
   * ("Bình Dương" in a 2025 table of the 34): the 34's, the former ones refused at their cells.
   */
  near34: boolean;
  /** A long table whose top, all the analysis read, names units of the 34 only. */
  top34: boolean;
  /** The list a ranking's ranks are written out of ("12/34"), when they all say one. */
  ranksOf: RankingGroup | null;
  /**
   * The same for the rows of each year of a table a row per year ("Năm 2024 | 0,55 | 55/63"): the
   * year chosen is read from its own row.
   */
  ranksOfYear: ReadonlyMap<string, RankingGroup>;
  /**
   * The whole table was read and names more than 34 different units (by name or by code): no table
   * of the 34 (round 77: a 2024 ranking of the 63 by codes alone asked for its group).
   */
  over34: boolean;
  /** Periods the file gives (period column, one column per period); empty when the table has none. */
  periods: string[];
}

/** The list ranks are written out of ("12/34"), when they all say the same one. */
const oneGroup = (outOf: ReadonlySet<string>): RankingGroup | null =>
  outOf.size === 1 && (outOf.has('34') || outOf.has('63')) ? (Number([...outOf][0]) as RankingGroup) : null;

/**
 * How many of the 34 units a table must name to be "the 34-unit table" (one that lost a few rows
 * is still said to miss them, against 34 rather than 63).
 */
const ROWS_34_MIN = 30;
/** Former units (of the 63 only) a table of the 34 may name besides them and still be theirs. */
const NEAR_34_FORMER = 3;

export interface StageOptions {
  signal?: AbortSignal;
  /** Set by a Cancel the importer's thread cannot hear while it is busy (see ReadOptions.cancelled). */
  cancelled?: () => boolean;
  onProgress?: (p: ImportProgress) => void;
}

/** Rows read to find the table (a header can sit below 30 empty or title rows). */
const HEAD_ROWS = 250;
/** Rows of the top of the sheet sent to the wizard's sample. */
const SAMPLE_ROWS = 60;

/** Hidden sheets looked at for a table the chosen sheet lacks (as many as visible ones are scored). */
const MAX_SHEETS_SCORED = 12;

/** "… năm 2023" at the end of an indicator name (before its unit of measure in brackets). */
const NAME_YEAR = /\s+(?:năm|nam)\s+((?:19|20)\d{2})(?=\s*(?:\([^()]*\))?\s*$)/i;

/**
 * The year every value column of a table by indicator is headed with ("Tỷ lệ DVCTT toàn trình năm
 * 2023 (%)", "Số Tổ công nghệ số năm 2023 (tổ)"): the period of its values; null when the headers
 * name no year or different ones.
 */
function headerYear(
  mapping: ImportMapping,
  value: (field: string) => boolean = (f) => f === 'kpi.valueForIndicator',
): number | null {
  const cols = mapping.columns.filter((c) => value(c.mapping.field));
  if (cols.length === 0) return null;
  const years = cols.map((c) => c.year ?? onlyYearNamedIn(withoutComparedYear(c.header)));
  return years.every((y) => y !== null && y === years[0]) ? years[0]! : null;
}

/**
 * The year every headline score column of a ranking names ("Điểm DTI 2024 (34 đơn vị)"), when its
 * other columns name it too or no year ("Xếp hạng", "Nhận thức số"); null otherwise.
 */
function scoresYear(mapping: ImportMapping): number | null {
  // ("… | Xã hội số | DTI 2024": the DTI's score names the year, its main indices none)
  const cols = mapping.columns.filter((c) =>
    /^(dti|cqs|kts|xhs)\.(score|rank)$|^idx\./.test(c.mapping.field),
  );
  const named = cols.map((c) => yearsNamedIn(withoutComparedYear(c.header)));
  if (named.some((n) => n.length > 1)) return null;
  const headline = cols.filter((c) => /^(dti|cqs|kts|xhs)\.score$/.test(c.mapping.field));
  const yearOf = (c: (typeof cols)[number]) => named[cols.indexOf(c)]![0];
  const naming = headline.filter((c) => yearOf(c) !== undefined);
  const year = naming.length > 0 ? yearOf(naming[0]!) : undefined;
  if (year === undefined || !naming.every((c) => yearOf(c) === year)) return null;
  // (pillar scores without a year beside the DTI's that names it — "Điểm DTI 2022 | Chính quyền
  // số": the DTI's year, round 76; a pillar's year alone beside others without says no one year)
  if (naming.length < headline.length && !naming.some((c) => c.mapping.field === 'dti.score')) return null;
  const years = new Set(named.flat());
  // ("Điểm DTI 2025 | Xếp hạng 2025 | Xếp hạng 2024": the scores' year has its ranks too; the other
  // year's are set aside as such. "Điểm DTI 2024 | Xếp hạng 2023" alone says no one year.)
  const ranked = cols.some((c, i) => /\.rank$/.test(c.mapping.field) && named[i]![0] === year);
  return years.size === 1 || ranked ? year : null;
}

/**
 * The finer period every value column of a table by indicator is headed with, as a title would
 * say it ("Tỷ lệ hồ sơ trực tuyến Quý III/2025 (%)" over "Cấp tỉnh | Cấp xã": 2025-07..2025-09);
 * null when one of them names none or they differ.
 */
function headerPeriod(mapping: ImportMapping): string | null {
  const cols = mapping.columns.filter((c) => c.mapping.field === 'kpi.valueForIndicator');
  if (cols.length === 0) return null;
  const periods = cols.map((c) => periodFromTitle([c.header]));
  return periods.every((p) => p !== null && p === periods[0]) ? periods[0]! : null;
}

/**
 * A table by indicator whose headers name the year of their values: the indicator is the name
 * without it ("Tỷ lệ DVCTT toàn trình (%)"), the same KPI as next year's file; the year is the
 * period (headerYear), checked against the import's by validation, which reads it in the header.
 * A finer period in the header ("… H1 2024 (%)") becomes the column's period, likewise out of the name.
 */
function withoutHeaderPeriods(given: ImportMapping): ImportMapping {
  const mapping = yearsAcross(given);
  let changed = mapping !== given;
  // (the year all of them end with, bare or "in 2025", is the table's period as "năm 2025" is:
  // "Tỷ lệ phủ sóng 4G 2025 (%)" is the KPI "Tỷ lệ phủ sóng 4G (%)" — round 77 found a KPI a year)
  const tableYear = headerYear(mapping);
  const columns = mapping.columns.map((c) => {
    if (c.mapping.field !== 'kpi.valueForIndicator') return c;
    const indicator = c.mapping.indicator;
    // A finer period ending the header ("… tháng 3/2024 (%)", "… H1 2024 (%)", "… (%) March
    // 2024"): the column's period, out of the name, which is then the KPI's own.
    const finer = c.mapping.period === undefined ? periodFromTitle([c.header]) : null;
    if (finer) {
      const { name, unit } = splitIndicatorName(indicator);
      const named = unit !== null ? name : indicator;
      const cut = withoutPeriodTail(named);
      if (cut && cut !== named) {
        changed = true;
        const kpi = unit !== null ? `${cut} (${unit})` : cut;
        return { ...c, mapping: { ...c.mapping, indicator: kpi, period: finer } };
      }
    }
    // (not a name with the year it compares with: "Tỷ lệ giảm … so với năm 2023")
    if (withoutComparedYear(indicator) !== indicator) return c;
    const tail = NAME_YEAR.test(indicator)
      ? NAME_YEAR
      : tableYear !== null &&
          TAIL_YEAR.exec(indicator)?.[1] === String(tableYear) &&
          // (a programme's or a plan's year is its name's: "Số người học trong Chương trình 2024")
          !NAMED_FOR_YEAR.test(indicator)
        ? TAIL_YEAR
        : null;
    if (!tail) return c;
    changed = true;
    return { ...c, mapping: { ...c.mapping, indicator: indicator.replace(tail, '') } };
  });
  return changed ? { ...mapping, columns } : mapping;
}

/**
 * A year ending a KPI's name, before its unit: "… năm 2023 (%)", "… 2023 (%)", "… in 2023", "… đến
 * 2024" (the count to that year: round 78 left "… đến" hanging).
 */
const TAIL_YEAR =
  /\s+(?:(?:năm|nam|in|for|year|đến|den|tới|toi|by|until)\s+(?:(?:năm|nam)\s+)?)?((?:19|20)\d{2})(?=\s*(?:\([^()]*\))?\s*$)/i;
/** A name whose year is a programme's, plan's or document's own: "Chương trình 2024", "Đề án 2030". */
const NAMED_FOR_YEAR =
  /(?:chương trình|chuong trinh|đề án|de an|kế hoạch|ke hoach|chiến lược|chien luoc|nghị quyết|nghi quyet|quyết định|quyet dinh|dự án|du an|tầm nhìn|tam nhin|program(?:me)?|plan|strategy|vision|project)\s+(?:(?:năm|nam)\s+)?(?:19|20)\d{2}(?=\s*(?:\([^()]*\))?\s*$)/iu;

/**
 * One KPI over years, a column each ("Tỷ lệ … năm 2023 (%) | Tỷ lệ … năm 2024 (%)", "Online
 * payment rate 2023 (%) | … 2024 (%)"): each column headed with a year holds that year's values,
 * under the KPI's name without the year (was: the table asked for one year, and with it both
 * columns collided).
 */
function yearsAcross(mapping: ImportMapping): ImportMapping {
  const tailYear = (m: ColumnField) =>
    m.field === 'kpi.valueForIndicator' &&
    m.period === undefined &&
    // (not the year a rate compares with: "… so với năm 2023 (%)")
    withoutComparedYear(m.indicator) === m.indicator
      ? { name: m.indicator.replace(TAIL_YEAR, ''), year: TAIL_YEAR.exec(m.indicator)?.[1] }
      : null;
  const years = new Map<string, Set<string>>();
  for (const c of mapping.columns) {
    const t = tailYear(c.mapping);
    if (!t?.year) continue;
    const key = indicatorKey(t.name);
    years.set(key, (years.get(key) ?? new Set()).add(t.year));
  }
  if (![...years.values()].some((y) => y.size > 1)) return mapping;
  // (and then every KPI column headed with its year is that year's: "… năm 2023 (tổ) | … năm 2024
  // (tổ) | Tỷ lệ … năm 2024 (%)")
  return {
    ...mapping,
    columns: mapping.columns.map((c) => {
      const t = tailYear(c.mapping);
      if (!t?.year || c.mapping.field !== 'kpi.valueForIndicator') return c;
      return { ...c, mapping: { ...c.mapping, indicator: t.name, period: t.year } };
    }),
  };
}

/** How much a sheet's top looks like a table to import: a unit column first, then value columns. */
function tableScore(table: RawTable): { isTable: boolean; score: number; titleYear: number | null } {
  if (table.rows.length === 0) return { isTable: false, score: 0, titleYear: null };
  const proposal = proposeLayout(table);
  const cols = proposal.mapping.columns;
  const hasUnit = cols.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
  const values = cols.filter((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
  // (rows count as much as columns: the 63-row ranking before a 6-row excerpt of more columns)
  const rows = table.rows
    .slice(Math.max(0, proposal.mapping.dataStartRow - 1))
    .filter((r) => r.some((c) => c !== null && c !== '')).length;
  return {
    isTable: hasUnit && values.length > 0,
    score:
      (hasUnit ? 100 : 0) +
      values.length * 10 +
      values.reduce((a, c) => a + c.confidence, 0) +
      (hasUnit && values.length > 0 ? Math.min(rows, 100) * 2 : 0),
    titleYear: proposal.titleHints.year,
  };
}

/** The part of the year a sheet is named for ("T7", "Tỷ lệ TTTT T12-2026": periods.ts), else its name. */
const monthOfSheet = (sheet: string): string => sheetNamePeriod(sheet).period ?? sheet.trim();

export class ImportSession {
  readonly id = randomUUID().replace(/-/g, '').slice(0, 16);
  inspection: FileInspection | null = null;
  sheet: string | null = null;
  mapping: ImportMapping | null = null;
  target: ImportTarget | null = null;
  titleHints: SheetPreview['titleHints'] = { year: null, group: null, kind: null, text: null };
  /** The group a sheet names beside its year ("DTI 2024 (63)", "DTI 2024 - 34 tỉnh"). */
  private sheetGroup: RankingGroup | null = null;
  /** What the file says about its code list (see groupFor). */
  evidence: GroupEvidence = {
    names: null,
    complete34: false,
    near34: false,
    top34: false,
    ranksOf: null,
    ranksOfYear: new Map(),
    over34: false,
    periods: [],
  };
  /** A hidden sheet that holds a table when the analyzed sheet has none (said by validation). */
  hiddenTableSheet: string | null = null;
  /**
   * The other visible sheets whose top holds a table (a workbook with one table per indicator,
   * province or year), with the unit names their tops give: validation names them, and the sheet
   * that holds the rest of a ranking split over two sheets. With the year its title or name gives
   * and the fields it maps (another year, another pillar: another table, whatever its units).
   */
  otherTables: { name: string; units: string[]; year: number | null; fields: string[] }[] = [];
  /** The last validation gave some staged values a unit of their own (VALUE_UNIT; validate.ts). */
  valueUnitsSet = false;
  /** The other sheets the last validation said hold tables not read (otherSheetsWithTables). */
  otherSheetsSaid: string[] = [];
  /**
   * The analyst chose the sheet (the wizard's sheet step, --sheet): a part of a ranking split over
   * sheets is then imported as a part; picked by the app (no --sheet), the part is refused, naming
   * the sheet with the rest, so one half is never committed by accident.
   */
  sheetGiven = true;
  /** The sheet validation found holding the rest of a ranking split over sheets (for the CLI's hint). */
  restSheet: string | null = null;
  /** What detection saw besides the mapping: a second table below, a transposed table. */
  layoutNotes: Pick<Proposal, 'nextTableRow' | 'unitsAcross'> = { nextTableRow: null, unitsAcross: null };
  /** The sheet name and title lines, which name the unit of a table without a unit column. */
  private unitTexts: string[] = [];
  signature: string | null = null;
  /** Where detection put the table in this file (a remembered layout is placed relative to it). */
  private detectedRows: DetectedRows | null = null;
  /** Milliseconds per phase of the last stage/validate/commit (printed by `npm run bench`). */
  readonly timings: Record<string, number> = {};

  /**
   * While stage() checks what it read (seconds on a long file over a full store): throws when the
   * analyst cancelled, between the checks' steps (each a statement SQLite runs whole).
   */
  cancelPoint: (() => void) | null = null;

  /** Runs `fn`, adding its duration to timings[name] (a cancel point first: see cancelPoint). */
  timed<T>(name: string, fn: () => T): T {
    this.cancelPoint?.();
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.timings[name] = (this.timings[name] ?? 0) + performance.now() - t;
    }
  }
  readonly answers = new Map<string, number | null>();
  private pasted: RawTable | null = null;
  private tables: { rows: string; obs: string } | null = null;
  private parseProblems: ImportProblem[] = [];
  private parseErrors = 0;
  private parseWarnings = 0;
  private skippedRows = 0;
  private dataRows = 0;
  private preview: ImportPreview | null = null;
  /** KPI indicators named in the file that the store does not know yet (created at commit). */
  newKpiLabels: { label: string; uom: string | null }[] = [];
  /** Known KPIs without a unit of measure that the file gives one (written at commit). */
  kpiUnits: { id: number; uom: string }[] = [];
  /** Empty cells of the ranking columns (see RowMapper.emptyCells). */
  emptyCells: EmptyCell[] = [];
  /** The stored indicators the staged values are of (see RowMapper.indicatorIds). */
  indicatorIds: number[] = [];
  /** The first row of each unit name as read, shown with its unit question (see questionValues). */
  firstRows: FirstRows | null = null;

  constructor(
    readonly db: Database,
    readonly source: ImportSource,
  ) {}

  get fileName(): string {
    return this.inspection?.fileName ?? (this.source.kind === 'file' ? this.source.path : 'clipboard');
  }

  async open(): Promise<FileInspection> {
    const t = performance.now();
    try {
      return await this.openSource();
    } finally {
      this.timings['open'] = performance.now() - t;
    }
  }

  private async openSource(): Promise<FileInspection> {
    if (this.source.kind === 'file') {
      // A large file is read on a thread of its own: its first sheet starts now, while the file is
      // looked at and analysed (the import worker may have started it already, see worker.ts);
      // analyze() moves it to another sheet if that is the one chosen.
      readAhead(this.source.path, null);
      this.inspection = await inspectFile(this.source.path);
    } else {
      this.pasted = readPasted(this.source.text, this.source.label);
      this.inspection = {
        fileName: this.pasted.file,
        size: Buffer.byteLength(this.source.text, 'utf8'),
        sha256: createHash('sha256').update(this.source.text).digest('hex'),
        format: 'paste',
        reader: `paste/${(this.pasted as RawTable & { kind?: string }).kind ?? 'text'}`,
        sheets: [],
      };
    }
    return this.inspection;
  }

  /**
   * Default sheet: the first visible one that is not empty — for an import of a known year, first
   * the one whose name gives that year ("DTI 2022" rather than "DTI 2021").
   */
  defaultSheet(year: number | null = null): string | null {
    const sheets = this.inspection?.sheets ?? [];
    const usable = sheets.filter((s) => !s.hidden && (s.rowCount ?? 1) > 0);
    const ofYear = year !== null ? usable.find((s) => yearsNamedIn(s.name).includes(year)) : undefined;
    return (ofYear ?? usable[0] ?? sheets[0])?.name ?? null;
  }

  /** Tops of sheets already read: suggestSheet() reads them, analyze() of the chosen one reuses it. */
  private heads = new Map<string | null, Promise<Head>>();

  private head(sheet: string | null): Promise<Head> {
    let h = this.heads.get(sheet);
    if (!h) {
      h = this.readHead(sheet);
      this.heads.set(sheet, h);
      h.catch(() => this.heads.delete(sheet));
    }
    return h;
  }

  private async readHead(sheet: string | null): Promise<Head> {
    if (this.pasted)
      return { table: this.pasted, total: this.pasted.rows.length, complete: true, joined: [] };
    if (this.source.kind !== 'file') throw new Error('unreachable');
    const rows: RawCell[][] = [];
    const hiddenRows: number[] = [];
    // Merged ranges of the top: they help find a two-row header and are marked in the sample.
    // (An .xlsx lists them after its rows: a long sheet read only to its top does not know them.)
    const merges: CellRange[] = [];
    let hiddenColumns: number[] = [];
    let sheetName = sheet;
    let heading: string | undefined;
    let pageTitle: string | undefined;
    // Only the top of the sheet is needed: stop the reader (it checks the signal) once we have it.
    const enough = new AbortController();
    try {
      const r = await streamRows(
        this.source.path,
        sheet,
        (cells, n, hidden) => {
          if (n > HEAD_ROWS) {
            enough.abort();
            return;
          }
          while (rows.length < n - 1) rows.push([]);
          rows[n - 1] = cells;
          if (hidden) hiddenRows.push(n);
        },
        {
          signal: enough.signal,
          onMerge: (m) => m.fromRow <= HEAD_ROWS && merges.push(m),
          onHiddenColumns: (cols) => (hiddenColumns = cols),
        },
      );
      sheetName = r.sheet;
      heading = r.heading;
      pageTitle = r.pageTitle;
    } catch (e) {
      if (!(enough.signal.aborted && isImportReadError(e) && e.code === 'CANCELLED')) throw e;
    }
    // A CSV header with its delimiter unquoted inside a name: joined back (said when staged).
    const format = this.inspection?.format;
    const joined =
      format === 'csv' || format === 'tsv' ? joinSplitHeader(rows, this.inspection?.delimiter ?? ',') : [];
    const info = this.inspection?.sheets.find((s) => s.name === (sheetName ?? sheet));
    return {
      table: {
        file: this.fileName,
        sheet: sheetName ?? sheet,
        hidden: info?.hidden ?? false,
        rows,
        hiddenRows,
        merges,
        ...(hiddenColumns.length ? { hiddenColumns } : {}),
        ...(heading ? { heading } : {}),
        ...(pageTitle ? { pageTitle } : {}),
      },
      total: info?.rowCount ?? null,
      // False when the reader stopped at the head: more rows follow, so the head's rows are not a count.
      complete: !enough.signal.aborted,
      joined,
    };
  }

  /**
   * The sheet that most looks like a table to import: workbooks often open on an instructions or
   * cover sheet. Each visible sheet's top is read (cheap: the reader stops after a few rows) and
   * scored by what layout detection recognises: a unit column first, then the value columns.
   * For an import of a known year (--year, the wizard's year) a sheet whose name (else title)
   * gives that year comes first, one that gives another year last: "DTI 2022", not "DTI 2021".
   */
  async suggestSheet(year: number | null = null): Promise<string | null> {
    if (!this.inspection) await this.open();
    const started = performance.now();
    try {
      return await this.pickSheet(year);
    } finally {
      this.timings['suggest sheet'] = performance.now() - started;
    }
  }

  private async pickSheet(year: number | null): Promise<string | null> {
    const visible = this.inspection!.sheets.filter((x) => !x.hidden).slice(0, MAX_SHEETS_SCORED);
    if (visible.length <= 1) return this.defaultSheet(year);
    let best: { name: string; score: number } | null = null;
    for (const sh of visible) {
      const { table } = await this.head(sh.name);
      if (table.rows.length === 0) continue;
      const t = tableScore(table);
      let score = t.score;
      if (year !== null) {
        const named = yearsNamedIn(sh.name);
        const years = named.length > 0 ? named : t.titleYear !== null ? [t.titleYear] : [];
        if (years.includes(year)) score += 1000;
        else if (years.length > 0) score -= 1000;
      }
      if (!best || score > best.score) best = { name: sh.name, score };
    }
    return best?.name ?? this.defaultSheet(year);
  }

  /**
   * A hidden sheet whose top looks like a table (a unit column and value columns), for a workbook
   * whose visible sheets hold a chart or notes only; null when none does.
   */
  private async findHiddenTable(): Promise<string | null> {
    const hidden = (this.inspection?.sheets ?? [])
      .filter((x) => x.hidden && x.name !== this.sheet)
      .slice(0, MAX_SHEETS_SCORED);
    for (const sh of hidden) {
      try {
        if (tableScore((await this.head(sh.name)).table).isTable) return sh.name;
      } catch (e) {
        // A hidden sheet that cannot be read is no suggestion; the chosen sheet's problems stand.
        if (!isImportReadError(e)) throw e;
      }
    }
    return null;
  }

  /** The other visible sheets whose top looks like a table (see otherTables). */
  private async findOtherTables(): Promise<ImportSession['otherTables']> {
    const sheets = (this.inspection?.sheets ?? []).filter(
      (x) => !x.hidden && x.name !== this.sheet && (x.rowCount ?? 1) > 0,
    );
    const found: ImportSession['otherTables'] = [];
    const repo = new UnitRepository(this.db);
    let allUnits: ReturnType<UnitRepository['list']> | undefined;
    for (const sh of sheets.slice(0, MAX_SHEETS_SCORED)) {
      try {
        const { table } = await this.head(sh.name);
        if (table.rows.length === 0) continue;
        const proposal = proposeLayout(table);
        const cols = proposal.mapping.columns;
        const unitCol = cols.find((c) => c.mapping.field === 'unit')?.col ?? null;
        const values = cols.some((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
        const hasUnit = unitCol !== null || cols.some((c) => c.mapping.field === 'unitCode');
        // A sheet per province has no unit column: its name is the unit, or its title ("BÁO CÁO …
        // THÀNH PHỐ CẦN THƠ NĂM 2026" on sheets "Tháng 1", "Tháng 2", …).
        const namesUnit = (t: string) => unitsNamedIn(t, (allUnits ??= repo.list())).length > 0;
        // (or its layout is the chosen sheet's: "Tháng 7", "Tháng 8", … of one province, untitled)
        const sameLayout = this.signature !== null && proposal.signature === this.signature;
        if (
          !values ||
          (!hasUnit && !sameLayout && !namesUnit(sh.name) && !namesUnit(proposal.titleHints.text ?? ''))
        )
          continue;
        const units: string[] = [];
        if (unitCol !== null)
          for (const cells of table.rows.slice(Math.max(0, proposal.mapping.dataStartRow - 1))) {
            const label = cellText(cells[unitCol - 1] ?? null);
            if (label && !isFootnote(label) && !isSummaryLabel(label)) units.push(label);
          }
        found.push({
          name: sh.name,
          units,
          year: proposal.titleHints.year ?? onlyYearNamedIn(sh.name),
          fields: cols
            .filter((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt')
            .map((c) => c.mapping.field),
        });
      } catch (e) {
        // A sheet that cannot be read is no suggestion; the chosen sheet's import goes on.
        if (!isImportReadError(e)) throw e;
      }
    }
    return found;
  }

  /** Reads the top of a sheet and proposes a mapping (or the one remembered for this layout). */
  async analyze(sheet: string | null = this.defaultSheet()): Promise<SheetPreview> {
    if (!this.inspection) await this.open();
    // A large file's sheet is read ahead on its own thread while it is analysed and its mapping
    // confirmed; stage() takes that read if it reads the same (see readerThread.ts readAhead).
    if (this.source.kind === 'file') readAhead(this.source.path, this.readSheet(sheet));
    const started = performance.now();
    const { table, total, complete } = await this.head(sheet);
    this.timings['analyze'] = performance.now() - started;
    this.sheet = table.sheet ?? (this.inspection!.sheets.length ? (sheet ?? this.defaultSheet()) : null);
    table.sheet = this.sheet;
    const proposal = proposeLayout(table);
    this.signature = proposal.signature;
    this.detectedRows = {
      headerRow: proposal.mapping.headerRow,
      dataStartRow: proposal.mapping.dataStartRow,
      kind: kindOfTable(proposal.titleHints.kind, proposal.mapping),
    };
    const remembered = rememberedLayout(this.db, proposal.signature, this.detectedRows);
    // A table with the same column for two years: the title's year picks the column.
    const sheetYear = onlyYearNamedIn(this.sheet);
    // (for a ranking, a sheet named for when it was published, "Công bố 2025", names no year of it)
    const rankingSheet = this.sheet !== null ? withoutDates(this.sheet) : null;
    // A sheet named for a year and nothing else numeric: "DTI 2022", "Năm 2024", not "Cập nhật
    // 06-2023" (a date) or "So sánh 2021-2022".
    // ("DTI 2024 (63)", "DTI 2024 - 63 tỉnh": its group beside it is no other number)
    const sheetNumbers = rankingSheet?.match(/\d+/g) ?? [];
    const namedForYear =
      sheetNumbers.filter((n) => n !== '63' && n !== '34').length === 1
        ? onlyYearNamedIn(rankingSheet)
        : null;
    this.sheetGroup =
      namedForYear !== null && sheetNumbers.length === 2
        ? ((sheetNumbers.map(Number).find((n) => n === 63 || n === 34) as RankingGroup | undefined) ?? null)
        : null;
    const mapping = this.withSubProvincialRows(
      withoutHeaderPeriods(
        mappingForYear(
          remembered ? withFileOwn(remembered, proposal.mapping) : proposal.mapping,
          proposal.titleHints.year ?? namedForYear,
        ),
      ),
      table,
      proposal.titleHints.text?.split(' | ') ?? [],
    );
    this.mapping = mapping;
    this.titleHints = proposal.titleHints;
    this.layoutNotes = { nextTableRow: proposal.nextTableRow, unitsAcross: proposal.unitsAcross };
    const kind = kindOfTable(proposal.titleHints.kind, mapping);
    // The year comes from the title, else from a sheet named for one year ("DTI 2022", "Năm
    // 2024"; a ranking read from it must be of that year anyway: rowMapper sheetYearContradicts).
    // A KPI table needs one only without a period column, and then also takes it from value
    // columns all headed with one year ("Tỷ lệ DVCTT toàn trình năm 2023 (%)").
    const year =
      proposal.titleHints.year ??
      (kind === 'ranking'
        ? // ("Điểm DTI 2023 | Xếp hạng DTI 2023": every mapped ranking column names one year;
          // "Xếp hạng | Điểm DTI 2024 (34 đơn vị)": every score column does, the ranks none)
          (namedForYear ??
          headerYear(mapping, (f) => /^(dti|cqs|kts|xhs|idx)\./.test(f)) ??
          scoresYear(mapping))
        : needsTablePeriod(mapping)
          ? (sheetYear ?? headerYear(mapping))
          : // ("Tháng 1 … Tháng 12" on a sheet "Năm 2025": that year's months — round 79 asked for it;
            // not on a plan's sheet, "KH 2026": its months are targets — round 80 stored them)
            !PLAN_SHEET.test(normalizeHeader(this.sheet ?? '')) &&
              mapping.columns.some(
                (c) => c.mapping.field === 'kpi.valueForPeriod' && isYearlessPeriod(c.mapping.period),
              )
            ? namedForYear
            : null);
    // A KPI table's title may name a finer period than its year ("6 THÁNG ĐẦU NĂM 2024"), else
    // the headers of its value columns may ("… Quý III/2025 (%)" over its levels).
    const titled =
      kind === 'kpi'
        ? (periodFromTitle(proposal.titleHints.text?.split(' | ') ?? []) ??
          (needsTablePeriod(mapping) ? headerPeriod(mapping) : null))
        : null;
    // …else a sheet named for a part of the year ("Tháng 5", "Quý II", "T5/2026": a workbook of
    // one sheet per month, each titled with the year)
    const sheetPeriod =
      kind === 'kpi' && !titled && needsTablePeriod(mapping) && this.sheet
        ? normalisePeriod(monthOfSheet(this.sheet), year)
        : null;
    const ofSheet =
      sheetPeriod !== null &&
      isCanonicalPeriod(sheetPeriod) &&
      sheetPeriod.includes('-') &&
      (year === null || sheetPeriod.startsWith(String(year)))
        ? this.toDateIfRunning(sheetPeriod)
        : null;
    // …else a part of the year the title names without it ("… QUÝ II (hồ sơ)"), once a year is known
    const ofTitleSpan = kind === 'kpi' && year !== null ? this.spanOf(year) : null;
    const period = titled ?? ofSheet ?? ofTitleSpan ?? (year !== null ? String(year) : null);
    this.evidence = this.groupEvidence(table, mapping, complete);
    this.unitTexts = [
      this.sheet ?? '',
      ...(proposal.titleHints.text ?? '').split(' | ').map(withoutSigningDate),
    ];
    const group = this.groupFor({ kind, year, period });
    this.target = {
      kind,
      year,
      group,
      period,
      unitId: this.tableUnit(group),
      indicator: needsTableIndicator(mapping)
        ? (indicatorFromTitle(proposal.titleHints.text?.split(' | ') ?? [], this.sheet) ??
          otherIndexOfFile(this.fileName))
        : null,
    };
    const hasUnit = mapping.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
    const hasValues = mapping.columns.some((c) => isNumericField(c.mapping) && c.mapping.field !== 'stt');
    this.hiddenTableSheet =
      (!hasUnit && this.target.unitId === null) || !hasValues ? await this.findHiddenTable() : null;
    this.otherTables = await this.findOtherTables();
    return {
      sheet: table.sheet,
      rows: table.rows.slice(0, SAMPLE_ROWS),
      merges: table.merges.filter(
        (m) => m.fromRow <= SAMPLE_ROWS && m.fromRow <= m.toRow && m.fromCol <= m.toCol,
      ),
      totalRows: total,
      mapping,
      remembered: remembered !== null,
      titleHints: proposal.titleHints,
      target: this.target,
    };
  }

  private addParseProblem(p: ImportProblem): void {
    if (p.severity === 'error') this.parseErrors++;
    else this.parseWarnings++;
    if (this.parseProblems.length < MAX_PROBLEMS) this.parseProblems.push(p);
  }

  /**
   * The sheet to ask a reader for: null for the one a workbook reader reads when none is named
   * (the first visible sheet), so the read started ahead at open() serves it.
   */
  private readSheet(sheet: string | null): string | null {
    const sheets = this.inspection?.sheets ?? [];
    if (this.inspection?.format !== 'xlsx' && this.inspection?.format !== 'xls') return sheet;
    return sheet !== null && sheet === (sheets.find((x) => !x.hidden) ?? sheets[0])?.name ? null : sheet;
  }

  /** Reads every row with the confirmed mapping into staging, then validates and builds the preview. */
  async stage(mapping: ImportMapping, given: ImportTarget, opts: StageOptions = {}): Promise<ImportPreview> {
    if (!this.inspection) await this.open();
    // A year typed for a title that names a part of it ("… QUÝ II (hồ sơ)"): that part of the year
    const span =
      given.kind === 'kpi' && !given.period?.trim() && given.year !== null ? this.spanOf(given.year) : null;
    const target = span ? { ...given, period: span } : { ...given, period: typedPeriod(given) };
    this.mapping = mapping;
    this.target = target;
    this.parseProblems = [];
    this.parseErrors = this.parseWarnings = this.skippedRows = this.dataRows = 0;
    if (this.tables) dropStaging(this.db, this.tables);
    const periodMonthFirst = await this.periodMonthFirst(mapping);
    // A sheet hidden in Excel (chosen by name): read, and said — it is often an old draft.
    if (this.inspection?.sheets.find((x) => x.name === this.sheet)?.hidden)
      this.addParseProblem(problem('warning', 'hiddenSheet', { file: this.fileName, sheet: this.sheet }));
    const joined = this.source.kind === 'file' ? (await this.head(this.sheet)).joined : [];
    for (const j of joined)
      this.addParseProblem(
        problem(
          'warning',
          'headerSplit',
          {
            file: this.fileName,
            sheet: this.sheet,
            row: j.row,
            col: j.col,
            header: j.header,
            value: j.header,
          },
          { header: j.header, delimiter: this.inspection?.delimiter ?? ',' },
        ),
      );
    this.tables = createStaging(this.db, this.id);
    const t = this.tables;

    const mapper = createRowMapper({
      db: this.db,
      tables: t,
      file: this.fileName,
      sheet: this.sheet,
      mapping,
      target,
      codeList: this.codeList(),
      periodMonthFirst,
      titleKpi: mapping.columns.some((c) => c.mapping.field === 'kpi.indicator')
        ? indicatorFromTitle(this.titleHints.text?.split(' | ') ?? [], this.sheet)
        : null,
      titleText: this.titleHints.text,
      sheetOfYear:
        target.year === null
          ? null
          : (this.inspection?.sheets.find(
              (x) => x.name !== this.sheet && yearsNamedIn(x.name).includes(target.year!),
            ) ?? null),
      report: (p) => this.addParseProblem(p),
    });
    const firstRows = createFirstRows(mapping);
    this.firstRows = firstRows;
    const onRow = (cells: RawCell[], row: number, hidden: boolean) => {
      mapper.onRow(cells, row, hidden);
      firstRows.onRow(cells, row);
    };
    const progress = (done: number, total: number) =>
      opts.onProgress?.({ state: 'reading', done, total, message: null });
    const readStart = performance.now();
    this.db.exec('BEGIN');
    try {
      let merges: CellRange[] = [];
      let hiddenColumns: number[] = [];
      if (this.pasted) {
        this.pasted.rows.forEach((cells, i) => onRow(cells, i + 1, false));
        merges = this.pasted.merges;
      } else if (this.source.kind === 'file') {
        // (on a reader thread of its own in the app and the command line: see readerThread.ts)
        const read = await streamRowsAside(this.source.path, this.readSheet(this.sheet), onRow, {
          signal: opts.signal,
          ...(opts.cancelled ? { cancelled: opts.cancelled } : {}),
          onProgress: progress,
        });
        merges = read.merges;
        hiddenColumns = read.hiddenColumns ?? [];
        if (read.unterminated) this.tellCutLastRow(read.unterminated, mapping);
      }
      // The last byte is read; what follows (the merged cells, the checks, the comparison with
      // the store) takes seconds on a long file: said, so the bar at 100% is not taken for stuck.
      opts.onProgress?.({ state: 'checking', done: 0, total: 0, message: null });
      mapper.finish(merges, hiddenColumns);
      this.checkSubProvincial(target);
      this.db.exec('COMMIT');
      this.dataRows = mapper.stats.dataRows;
      this.skippedRows = mapper.stats.skippedRows;
      this.newKpiLabels = mapper.newKpiLabels();
      this.kpiUnits = mapper.kpiUnits();
      this.emptyCells = mapper.emptyCells();
      this.indicatorIds = mapper.indicatorIds();
      this.timings['read + stage'] = performance.now() - readStart;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
    this.groupOfStaged34();
    // A Cancel while the file is checked stops the checks too (round 72: it was heard only once
    // they ended, 70 s later, and the preview opened as if nothing had been asked).
    this.cancelPoint = () => {
      if (opts.signal?.aborted || opts.cancelled?.()) throw new ImportReadError('CANCELLED', this.fileName);
    };
    try {
      return this.validate();
    } finally {
      this.cancelPoint = null;
    }
  }

  /**
   * A text file that ends inside a data row short of its header's cells, no line break after it:
   * most likely cut while it was copied or downloaded — its last cell may be cut too ("12,3" read
   * as "1"). Said at that cell, a warning (round 81: imported as it was, said only as an excerpt).
   */
  private tellCutLastRow(cut: { row: number; cells: number }, mapping: ImportMapping): void {
    const width = Math.max(
      0,
      ...mapping.columns.filter((c) => c.header.trim() || c.mapping.field !== 'ignore').map((c) => c.col),
    );
    if (cut.row < mapping.dataStartRow || cut.cells >= width) return;
    const col = Math.max(1, cut.cells);
    this.addParseProblem(
      problemSaying(
        'warning',
        'fileEndsMidRow',
        'problem.fileEndsMidRow',
        {
          file: this.fileName,
          sheet: this.sheet,
          row: cut.row,
          col,
          header: mapping.columns.find((c) => c.col === col)?.header ?? null,
        },
        { cells: cut.cells, width },
      ),
    );
  }

  /**
   * Whether the period column writes its dates month first ("1/31/2024", an English-locale
   * export), as the top of the sheet shows (monthFirstDates); said once, at its first date.
   */
  private async periodMonthFirst(mapping: ImportMapping): Promise<boolean> {
    const tell = (
      order: 'certain' | 'likely',
      at: { row: number; col: number; header: string; value: string },
      period: string,
    ) => {
      const [year, month] = period.split('-');
      this.addParseProblem(
        problemSaying(
          'warning',
          'periodMonthFirst',
          order === 'likely' ? 'problem.periodMonthFirstLikely' : 'problem.periodMonthFirst',
          { file: this.fileName, sheet: this.sheet, ...at },
          { month: month ?? '', year: year ?? '' },
        ),
      );
    };
    const column = mapping.columns.find((c) => c.mapping.field === 'kpi.period');
    if (!column) {
      // (dates as column headers, read month first by layout detection: said at the first)
      const dated = mapping.columns.filter((c) => c.mapping.field === 'kpi.valueForPeriod' && c.header);
      const order = monthFirstDates(dated.map((c) => c.header));
      const first = order ? dated.find((c) => isSlashDate(c.header)) : undefined;
      if (order && first?.mapping.field === 'kpi.valueForPeriod')
        tell(
          order,
          { row: mapping.headerRow, col: first.col, header: first.header, value: first.header },
          first.mapping.period,
        );
      return false;
    }
    const table = this.pasted ?? (this.source.kind === 'file' ? (await this.head(this.sheet)).table : null);
    if (!table) return false;
    const cells = table.rows
      .slice(mapping.dataStartRow - 1, mapping.dataEndRow ?? undefined)
      .map((r, i) => ({ row: mapping.dataStartRow + i, cell: r[column.col - 1] }))
      .flatMap((c) => (typeof c.cell === 'string' && c.cell.trim() ? [{ row: c.row, text: c.cell }] : []));
    const order = monthFirstDates(cells.map((c) => c.text));
    if (!order) return false;
    const first = cells
      .map((c) => ({ ...c, period: normalisePeriod(dayFirstDate(c.text)) }))
      .find((c) => isCanonicalPeriod(c.period));
    if (first)
      tell(
        order,
        { row: first.row, col: column.col, header: column.header, value: first.text },
        first.period,
      );
    return true;
  }

  /**
   * A table without a unit column (one sheet per province) belongs to the unit its sheet name or
   * title names — only when exactly one unit matches; otherwise the user picks it. Null for a
   * table with a unit column. The unit is one of the group's list: ask again when the group changes.
   */
  tableUnit(group: RankingGroup | null): number | null {
    if (
      this.mapping?.columns.some(
        (c) =>
          c.mapping.field === 'unit' ||
          c.mapping.field === 'unitCode' ||
          // (a column of districts or communes set aside: its rows are not the province the title names)
          isSubProvincialColumn(c),
      )
    )
      return null;
    // A district's or commune's report names its province too ("HUYỆN ĐỒNG PHÚ, TỈNH BÌNH
    // PHƯỚC", "UBND TỈNH BÌNH PHƯỚC" above "UBND HUYỆN ĐỒNG PHÚ"): its figures are not the
    // province's, and no unit is proposed (stage says why).
    if (this.subProvincialSubject(group) !== null) return null;
    const units = new UnitRepository(this.db).list(group === 34 ? '2025' : 'gso2004');
    const match = buildUnitMatcher(units);
    const found = new Set<number>();
    for (const t of this.unitTexts) {
      const m = match(t);
      if (m.kind === 'matched') found.add(m.id);
      // "Kết quả của tỉnh Bình Phước năm 2022": look for a unit name inside the title.
      else for (const id of unitsNamedIn(t, units)) found.add(id);
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * The list a table's own unit (its title's or sheet's: "CHỈ SỐ DTI TỈNH SÓC TRĂNG NĂM 2024") is on
   * alone: Sóc Trăng is on the 63 only; null for a unit on both lists (or none found).
   */
  private listOfTableUnit(): RankingGroup | null {
    const on63 = this.tableUnit(63) !== null;
    const on34 = this.tableUnit(34) !== null;
    return on63 === on34 ? null : on63 ? 63 : 34;
  }

  /**
   * A month's sheet under a title of running totals ("BÁO CÁO LŨY KẾ TỪ ĐẦU NĂM 2025" over sheets
   * "Tháng 7", …): the year to that month ("2025-01..2025-07"), else the period as it is.
   */
  toDateIfRunning(p: string): string {
    const running =
      /(?<!\p{L})(?:lũy kế|luỹ kế|luy ke|cộng dồn|cong don|từ đầu năm|tu dau nam)(?!\p{L})/iu.test(
        this.titleHints.text ?? '',
      );
    return running && /^\d{4}-\d{2}$/.test(p) ? yearToDate(p) : p;
  }

  /**
   * The part of the year the title names without its year ("QUÝ II", "THÁNG 5"), in `year`
   * ("2026-04..2026-06"); null when it names none.
   */
  spanOf(year: number): string | null {
    // (a KPI table's: a ranking is of a year)
    if (this.target?.kind === 'ranking') return null;
    // (or the sheet's name, "Tháng 7" in a workbook of one sheet per month with no title)
    const span =
      yearlessPeriodInTitle(this.titleHints.text?.split(' | ') ?? []) ??
      (this.sheet
        ? (sheetNamePeriod(this.sheet).period ?? yearlessPeriodInTitle([this.sheet.trim()]))
        : null);
    if (!span) return null;
    const p = normalisePeriod(span, year);
    return isCanonicalPeriod(p) && p.includes('-') ? this.toDateIfRunning(p) : null;
  }

  /**
   * Whether the table's unit (the analyst's --unit by name, else its title's or sheet's, no unit
   * column) is one of the 34. (A code is not looked up: the 34's codes are the 63's for other units.)
   */
  private tableUnitOf34(unitGiven?: string): boolean {
    if (unitGiven)
      return !/^\d+$/.test(unitGiven.trim()) && new UnitRepository(this.db).find(unitGiven, '2025') !== null;
    return this.tableUnit(34) !== null;
  }

  /**
   * A long KPI table whose group nothing told (its top all names of the 34, which the 63 also
   * have), every row staged naming one of the 34 and (nearly) all of them there: a portal's export
   * of the 34, month by month across 1 July 2025 — the 34's, its earlier months as restated (said
   * by the validation). Its rows are matched again on the 34-unit list. (Round 74: its months before
   * July went to the former units, "Lào Cai" of January to the Lào Cai of before the merger.)
   */
  private groupOfStaged34(): void {
    const t = this.target!;
    const longTable = this.mapping!.columns.some((c) => c.mapping.field === 'kpi.period');
    if (t.kind !== 'kpi' || t.group !== null || !longTable || !this.evidence.top34) return;
    const rows = this.tables!.rows;
    if (
      this.db.prepare(`SELECT 1 FROM ${rows} WHERE unit_code IS NOT NULL AND unit_code <> '' LIMIT 1`).get()
    )
      return;
    const labels = this.db
      .prepare(`SELECT DISTINCT unit_label FROM ${rows} WHERE unit_label <> '' AND by_answer = 0`)
      .pluck()
      .all() as string[];
    if (!this.namesOfLists(labels).all34) return;
    this.target = { ...t, group: 34 };
    const match = buildUnitMatcher(new UnitRepository(this.db).list('2025'));
    const set = this.db.prepare(`UPDATE ${rows} SET unit_id = ? WHERE unit_label = ? AND by_answer = 0`);
    this.db.transaction(() => {
      for (const label of labels) {
        const m = match(label);
        set.run(m.kind === 'matched' ? m.id : null, label);
      }
    })();
  }

  /** Whether the table's unit (its title's or sheet's, no unit column) is one 1 July 2025 left as it was. */
  private unchangedTableUnit(unitGiven?: string): boolean {
    // (the unit the analyst names for the table — --unit — else its title's or sheet's)
    // (by name or by its code: "--unit 22")
    const id = unitGiven
      ? (new UnitRepository(this.db).find(unitGiven, 'gso2004')?.id ?? null)
      : this.tableUnit(63);
    return (
      id !== null &&
      this.db
        .prepare(`SELECT 1 FROM unit_succession WHERE predecessor_id = ? AND change = 'unchanged'`)
        .get(id) !== undefined
    );
  }

  /**
   * A unit column under a title or sheet that says its rows are units below the province ("… CỦA
   * CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2024", "TỈNH BÌNH PHƯỚC - KẾT QUẢ THEO ĐƠN VỊ", a sheet "Xã,
   * phường"): set aside as such, whatever its names — a commune "Hòa Bình" is not the province
   * (the analyst may still map it as the unit in the wizard). Rows written as provinces ("Tỉnh
   * Hòa Bình") keep the column.
   */
  /**
   * The words by which the sheet's name or a title line says the rows are units below the province
   * ("các xã, phường", "THEO ĐƠN VỊ" under one province's title), and whether the sheet said it;
   * null when nothing says so. (Validation quotes them in its message.)
   */
  subProvincialWords(
    titles: string[] = this.titleHints.text?.split(' | ') ?? [],
  ): { said: string; bySheet: boolean } | null {
    const lines = titles.map(withoutSigningDate);
    // (a sheet "Xã" beside sheets "Tỉnh", "Huyện" names a level of the figures, not its rows)
    // (nor does it under a title naming that level of a KPI: "TỶ LỆ HỒ SƠ TRỰC TUYẾN CẤP XÃ")
    const levels =
      (this.inspection?.sheets ?? []).some((x) =>
        /^(cấp )?tỉnh$|^tinh$|cấp tỉnh|cap tinh/iu.test(x.name.trim()),
      ) || lines.some((t) => /(?<![\p{L}\p{M}])(cấp|cap) (xã|huyện|xa|huyen)(?![\p{L}\p{M}])/iu.test(t));
    const bySheet = this.sheet && !levels ? subProvincialRowsSaid(this.sheet, true) : null;
    if (bySheet !== null) return { said: bySheet, bySheet: true };
    for (const t of lines) {
      const said = subProvincialRowsSaid(t);
      if (said !== null) return { said, bySheet: false };
    }
    // "TỈNH BÌNH PHƯỚC - KẾT QUẢ THEO ĐƠN VỊ": the units of the one province the title is about
    // (not "THEO ĐỊA PHƯƠNG VÙNG …", "SO SÁNH …": a region's provinces)
    for (const t of lines) {
      const by = /(?<![\p{L}\p{M}])theo (đơn vị|đơn vị hành chính)(?![\p{L}\p{M}])/iu.exec(t);
      if (
        by &&
        /(?<![\p{L}\p{M}])(tỉnh|thành phố|tp\.?)\s/iu.test(t) &&
        !/so sánh|so với(?! (?:năm|cùng kỳ|kỳ|kế hoạch))|vùng|khu vực|lân cận|các tỉnh|các địa phương/iu.test(
          t,
        ) &&
        this.namesOneProvince(t)
      )
        return { said: by[0], bySheet: false };
    }
    return null;
  }

  /** Whether a text names one province, of either list ("Tỉnh Phú Thọ" is on both). */
  private namesOneProvince(t: string): boolean {
    const units = new UnitRepository(this.db).list();
    return new Set(unitsNamedIn(t, units).map((id) => units.find((u) => u.id === id)?.name)).size === 1;
  }

  private withSubProvincialRows(mapping: ImportMapping, table: RawTable, titles: string[]): ImportMapping {
    const unit = mapping.columns.find((c) => c.mapping.field === 'unit');
    if (!unit) return mapping;
    const words = this.subProvincialWords(titles);
    if (words === null) return mapping;
    const lines = titles.map(withoutSigningDate);
    const repo = new UnitRepository(this.db);
    const labels = table.rows
      .slice(Math.max(0, mapping.dataStartRow - 1))
      .map((r) => cellText(r[unit.col - 1] ?? null))
      .filter(Boolean);
    // (a province of either list: one on both lists is no match on the two together)
    const lists = [buildUnitMatcher(repo.list('gso2004')), buildUnitMatcher(repo.list('2025'))];
    const isProvince = (l: string) => lists.some((m) => m(l).kind === 'matched');
    // (rows written "Tỉnh X" — most of them: a province's total over its communes is one row)
    const written = labels.filter((l) => labelParts(l).prefix !== null && isProvince(l)).length;
    if (written > 0 && written >= labels.length / 2) return mapping;
    // A unit column headed "Tỉnh", "Tỉnh, thành phố" says its rows are provinces, whatever the
    // title says of communes (a sheet's name does not outweigh it either way)
    if (
      !words.bySheet &&
      /^(tinh|tinh thanh pho|tinh tp|province|provinces)$/.test(normalizeHeader(unit.header))
    )
      return mapping;
    // A list of the provinces is not a coincidence of commune names: a province has a few
    // communes named like another province, not ten.
    const provinces = new Set(
      labels.flatMap((l) => (isProvince(l) ? [stripDiacritics(l).toLowerCase()] : [])),
    );
    // (not under a title of one province's communes: "… CỦA CÁC XÃ, PHƯỜNG TỈNH PHÚ THỌ")
    const ofOneProvince = lines.some((t) => subProvincialRowsSaid(t) !== null && this.namesOneProvince(t));
    if (!ofOneProvince && provinces.size >= 10 && provinces.size >= 0.8 * labels.length) return mapping;
    return {
      ...mapping,
      columns: mapping.columns.map((c) =>
        c === unit ? { ...c, mapping: { field: 'ignore' }, confidence: 0, note: 'sub-provincial rows' } : c,
      ),
    };
  }

  /**
   * The unit below the province ("huyện Đồng Phú", "phường Bình Phước") the sheet name or a title
   * line of a table without a unit column says it is about; null when none does, or when the
   * table has a unit column (its rows say whose figures they are).
   */
  subProvincialSubject(group: RankingGroup | null): string | null {
    if (this.mapping?.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode'))
      return null;
    let isProvince: ((label: string) => boolean) | undefined;
    const province = (label: string) => {
      if (!isProvince) {
        const units = new UnitRepository(this.db).list(group === 34 ? '2025' : 'gso2004');
        const match = buildUnitMatcher(units);
        isProvince = (l) => match(l).kind === 'matched' || unitsNamedIn(l, units).length > 0;
      }
      return isProvince(label);
    };
    for (const t of this.unitTexts) {
      const found = subProvincialNamedIn(t, province);
      if (found !== null) return found;
    }
    return null;
  }

  /**
   * A table without a unit column whose title or sheet is about a district or a commune, with no
   * unit chosen for it: refused, naming the unit, rather than stored as the province it also
   * names (DTI Desk keeps provincial figures). A unit the analyst chose (the wizard, --unit) says
   * the figures are that province's.
   */
  private checkSubProvincial(target: ImportTarget): void {
    if (target.unitId) return;
    const subject = this.subProvincialSubject(target.group);
    if (subject === null) return;
    const where = { file: this.fileName, sheet: this.sheet };
    const p = problem('error', 'noUnitColumn', where, { subject });
    this.addParseProblem({
      ...p,
      ...messages(where, 'problem.subProvincialTable', () => ({ subject }), p.value),
    });
  }

  /**
   * The group (code list) of an import when the analyst has not chosen one: the title's, else
   * for a ranking the year's (63 until 2023, 34 from 2025), else — 2024 was published for both,
   * or no year is known — what the file shows (names one list only knows, a complete table of
   * the 34); for a KPI table the names, else its periods (all by June 2025 → 63, all from July
   * 2025 → 34), else a complete table of the 34. Null when none of these tells: a ranking's group
   * is asked, nothing is guessed.
   */
  groupFor(t: Pick<ImportTarget, 'kind' | 'year' | 'period'>, unitGiven?: string): RankingGroup | null {
    if (this.titleHints.group !== null) return this.titleHints.group;
    const e = this.evidence;
    if (t.kind === 'ranking') {
      const byYear = t.year !== null ? rankingGroupOfYear(t.year) : null;
      // (2024 was published for both lists: the names, else ranks written "12/34", else a whole table of the 34)
      const ofYear = t.year !== null ? e.ranksOfYear.get(String(t.year)) : undefined;
      return (
        byYear ??
        this.sheetGroup ??
        e.names ??
        this.listOfTableUnit() ??
        ofYear ??
        e.ranksOf ??
        (e.complete34 ? 34 : e.over34 ? 63 : null)
      );
    }
    // (names only the 63 have, but a few beside all the 34: the 34's unless its periods say 63)
    if (e.names !== null && !(e.names === 63 && e.near34)) return e.names;
    // (ranks all written out of one list — "16/34" — say which the table ranks its units on:
    // round 74, a hidden "Năm 2024" column beside "Năm 2025" made a table of the 34 the 63's, and
    // each "x/34" an error under it)
    if (e.ranksOf !== null) return e.ranksOf;
    const tablePeriod = t.period?.trim() || (t.year !== null ? String(t.year) : '');
    // (the table's own period, when it is on one side of 01/07/2025 — "THÁNG 11/2025" over "Tháng
    // này | Lũy kế từ đầu năm" — says it too: the sum from January alone runs across)
    const periods =
      e.periods.length > 0
        ? [...e.periods, ...(tablePeriod && codeListOfPeriod(tablePeriod) !== null ? [tablePeriod] : [])]
        : tablePeriod
          ? [tablePeriod]
          : [];
    // (a period across 01/07/2025 — "9 tháng", "Cả năm 2025" — is on neither side: the others decide)
    const lists = new Set(periods.map(codeListOfPeriod).filter((l) => l !== null));
    const only = lists.size === 1 ? [...lists][0] : null;
    // A province's own report (no unit column) with a period that ends after 30/06/2025 ("Quý
    // III/2025", "9 tháng", "Năm 2025") was written for the unit as it has been since: its unit of
    // the 34, the earlier periods as restated for it (said) — a former unit has no figure beyond
    // that date. (Round 74: a merged province's own quarters were refused, the group left to choose.)
    const reachesPast = periods.some((p) => codeListOfPeriod(p) !== 'gso2004' && yearsNamedIn(p).length > 0);
    if (reachesPast && this.tableUnitOf34(unitGiven)) return 34;
    if (only === '2025') return 34;
    if (only === 'gso2004') return 63;
    if (e.complete34 || e.near34) return 34;
    // A province's own report over both sides of 01/07/2025 (Quý I … Quý IV 2025) for a province
    // the rearrangement left as it was: one territory throughout, so all its figures go to its
    // unit of the 34 (the earlier ones said to be imported so: listFollowsPeriod)
    if (lists.size === 2 && this.unchangedTableUnit(unitGiven)) return 34;
    // Only periods across it ("Năm 2025"): the 63-unit list, as each row of a long table takes it
    // (an unchanged unit's figure said, a merged one's refused; the 34's with group 34) — unless
    // the table ranks its units, among the 63 or the 34: then asked (kpiRanksNeedGroup)
    const across =
      periods.length > 0 && periods.every((p) => codeListOfPeriod(p) === null && yearsNamedIn(p).length > 0);
    // (a province's own report, "Kết quả | Xếp hạng", ranks no units of its own: its national
    // ranks are of the list of their period, rowMapper)
    const ofUnits = this.mapping?.columns.some(
      (c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode',
    );
    const ranked =
      this.mapping && ofUnits ? kpiRanksNeedGroup(this.mapping, { kind: 'kpi', group: null }) : false;
    return across && !ranked ? 63 : null;
  }

  /**
   * Which list unit names belong to: how many only to the 63's or only to the 34's, and whether
   * every one is one of the 34 with (nearly) all 34 there (the validation asks it again of every
   * row staged, when the analysis saw the top of a long table only).
   */
  namesOfLists(labels: readonly string[]): {
    only63: number;
    only34: number;
    every34: boolean;
    all34: boolean;
    near34: boolean;
  } {
    const repo = new UnitRepository(this.db);
    const match63 = buildUnitMatcher(repo.list('gso2004'));
    const match34 = buildUnitMatcher(repo.list('2025'));
    let only63 = 0;
    let only34 = 0;
    let in34 = 0;
    const units34 = new Set<number>();
    for (const label of labels) {
      const is63 = match63(label).kind === 'matched';
      const m34 = match34(label);
      if (m34.kind === 'matched') {
        in34++;
        units34.add(m34.id);
      }
      if (is63 && m34.kind !== 'matched') only63++;
      if (!is63 && m34.kind === 'matched') only34++;
    }
    const every34 = labels.length > 0 && in34 === labels.length;
    return {
      only63,
      only34,
      every34,
      all34: every34 && units34.size >= ROWS_34_MIN,
      near34:
        units34.size >= ROWS_34_MIN &&
        only63 > 0 &&
        only63 <= NEAR_34_FORMER &&
        in34 + only63 === labels.length,
    };
  }

  /** Reads the group evidence off the top of the sheet (see GroupEvidence). */
  private groupEvidence(table: RawTable, mapping: ImportMapping, complete: boolean): GroupEvidence {
    const regionNamed = regionMatcher(this.db);
    const colOf = (field: string) => mapping.columns.find((c) => c.mapping.field === field)?.col ?? null;
    const unitCol = colOf('unit');
    const codeCol = colOf('unitCode');
    const periodCol = colOf('kpi.period');
    const labels: string[] = [];
    const named = new Set<string>();
    const periods: string[] = [];
    const rankCols = mapping.columns.filter((c) => /\.rank$/.test(c.mapping.field)).map((c) => c.col);
    const outOf = new Set<string>();
    const outOfYear = new Map<string, Set<string>>();
    const last = Math.min(table.rows.length, mapping.dataEndRow ?? Number.MAX_SAFE_INTEGER);
    for (let r = Math.max(1, mapping.dataStartRow); r <= last; r++) {
      const cells = table.rows[r - 1] ?? [];
      const rowYear =
        periodCol !== null
          ? /^(?:19|20)\d{2}$/.exec(normalisePeriod(cellText(cells[periodCol - 1] ?? null)))?.[0]
          : undefined;
      for (const col of rankCols) {
        const of = /\/\s*(\d{2})\s*$/.exec(cellText(cells[col - 1] ?? null))?.[1];
        if (!of) continue;
        outOf.add(of);
        if (rowYear) outOfYear.set(rowYear, (outOfYear.get(rowYear) ?? new Set()).add(of));
      }
      const label = unitCol !== null ? cellText(cells[unitCol - 1] ?? null) : '';
      // (a region's row — "Trung du và miền núi phía Bắc" over its provinces — names no unit)
      const isUnit = label !== '' && !isFootnote(label) && !isSummaryLabel(label) && !regionNamed(label);
      if (isUnit) labels.push(label);
      const code = codeCol !== null ? cellText(cells[codeCol - 1] ?? null) : '';
      if (code) named.add(`#${code}`);
      else if (isUnit) named.add(label);
      const p = periodCol !== null ? cellText(cells[periodCol - 1] ?? null) : '';
      if (p) periods.push(normalisePeriod(p));
    }
    for (const c of mapping.columns)
      if (
        c.mapping.field === 'kpi.valueForPeriod' ||
        (c.mapping.field === 'kpi.valueForIndicator' && c.mapping.period)
      )
        periods.push(normalisePeriod(c.mapping.period!));

    const { only63, only34, every34, all34, near34 } = this.namesOfLists(labels);
    return {
      names: only34 > 0 && only63 === 0 ? 34 : only63 > 0 && only34 === 0 ? 63 : null,
      // The whole table was read, every name is one of the 34 and (nearly) all 34 are there.
      complete34: complete && all34,
      near34: complete && near34,
      // (…or its top only, every name there one of the 34: the rows staged will tell)
      top34: !complete && every34,
      ranksOf: oneGroup(outOf),
      ranksOfYear: new Map(
        [...outOfYear].flatMap(([year, of]) => {
          const g = oneGroup(of);
          return g ? [[year, g] as const] : [];
        }),
      ),
      over34: complete && named.size > 34,
      periods,
    };
  }

  codeList(): CodeList {
    const t = this.target!;
    if (t.group) return codeListOfGroup(t.group);
    return codeListOfGroup(groupOfYear(t.year ?? 0));
  }

  answer(answers: UnitAnswer[]): ImportPreview {
    for (const a of answers) this.answers.set(a.label, a.unitId);
    return this.validate();
  }

  validate(): ImportPreview {
    if (!this.tables || !this.mapping || !this.target) throw new Error('stage() first');
    this.preview = this.timed('validate', () =>
      validateStaged(this, this.tables!, {
        parseProblems: this.parseProblems,
        parseErrors: this.parseErrors,
        parseWarnings: this.parseWarnings,
        skippedRows: this.skippedRows,
        dataRows: this.dataRows,
        newKpiLabels: this.newKpiLabels,
      }),
    );
    this.previewStamp = this.storeStamp();
    return this.preview;
  }

  /**
   * What changes when the store may have: SQLite's data_version (another connection committed:
   * the window's edits) and this connection's total_changes() (an undo or another import run on
   * it). commit() counts again only when it differs from the preview's.
   */
  storeStamp(): string {
    const v = this.db.pragma('data_version', { simple: true }) as number;
    const c = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    return `${v}:${c}`;
  }
  previewStamp: string | null = null;

  commit(): CommitResult {
    if (!this.preview || !this.tables || !this.mapping || !this.target || !this.inspection)
      throw new Error('stage() first');
    // The preview was computed after the last change to staging or answers: it is what the user saw.
    const result = this.timed('commit', () => commitStaged(this, this.tables!, this.preview!));
    result.timings = { ...this.timings };
    if (this.signature && this.detectedRows)
      rememberLayout(this.db, this.signature, this.mapping, this.target.kind, this.detectedRows);
    return result;
  }

  dispose(): void {
    releaseReadAhead();
    if (this.tables) dropStaging(this.db, this.tables);
    this.tables = null;
  }
}

/**
 * The table's period as the analyst typed it in the wizard — "09/2024", "Quý III/2024", "6 tháng
 * đầu năm 2024", "Quý 3" with the year chosen — in the store's form ("2024-09", "2024-07..2024-09");
 * as typed when it is no period (the import then says so once: rowMapper). Before, only the
 * store's own form was understood, and "09/2024" — the form the refusal itself suggests — was
 * refused at every cell. (A column's period is read so by the row mapper, with the cells'.)
 */
function typedPeriod(target: ImportTarget): string | null {
  const typed = target.period?.trim() || null;
  if (typed === null) return null;
  const period = normalisePeriod(typed, target.year);
  return isCanonicalPeriod(period) ? period : typed;
}

/** The kind of table a mapping reads: the title's word for it, else a KPI table when a column is a KPI's. */
const kindOfTable = (titled: ImportKind | null | undefined, mapping: ImportMapping): ImportKind =>
  titled ?? (mapping.columns.some((c) => c.mapping.field.startsWith('kpi.')) ? 'kpi' : 'ranking');
