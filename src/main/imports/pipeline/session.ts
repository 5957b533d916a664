// One import, from a file or pasted text to a committed batch:
// open → analyze (layout + proposed mapping) → stage (read every row, map, parse) → validate and
// ask about units → preview diff → commit in one transaction. The same class runs inline (CLI,
// tests) and inside the import worker (the app), always on its own better-sqlite3 connection.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { codeListOfGroup, type CodeList } from '../../../shared/domain';
import { cellRef } from '../../../shared/imports/cellAddress';
import { isNumericField, type ColumnField } from '../../../shared/imports/fields';
import type { FileInspection, RawCell, RawTable } from '../../../shared/imports/types';
import type {
  ImportMapping,
  ImportPreview,
  ImportProblem,
  ImportProgress,
  ImportTarget,
  SheetPreview,
  UnitAnswer,
} from '../../../shared/importSession';
import { isValidRank, isValidScore } from '../../../shared/rank';
import { buildUnitMatcher, compactKey, unitKey } from '../../../shared/unitNames';
import { UnitRepository } from '../../store/units';
import { inspectFile, isImportReadError, readPasted, streamRows } from '../readers';
import { cellNumber, cellText, isFootnote, isSummaryLabel, normalisePeriod, yearOfPeriod } from './cells';
import { commitStaged, type CommitResult } from './commit';
import { proposeLayout, rememberLayout, rememberedLayout } from './layoutAdapter';
import { problem, type Where } from './problems';
import { BatchInsert, createStaging, dropStaging } from './staging';
import { validateStaged } from './validate';

export type ImportSource = { kind: 'file'; path: string } | { kind: 'paste'; text: string };

export interface StageOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/** Problems kept for display; counting goes on past this. */
export const MAX_PROBLEMS = 500;
const HEAD_ROWS = 60;
const HEADLINE = new Set(['dti', 'cqs', 'kts', 'xhs']);

export class ImportSession {
  readonly id = randomUUID().replace(/-/g, '').slice(0, 16);
  inspection: FileInspection | null = null;
  sheet: string | null = null;
  mapping: ImportMapping | null = null;
  target: ImportTarget | null = null;
  titleHints: SheetPreview['titleHints'] = { year: null, group: null, kind: null, text: null };
  signature: string | null = null;
  /** Milliseconds per phase of the last stage/validate/commit (printed by `npm run bench`). */
  readonly timings: Record<string, number> = {};

  /** Runs `fn`, adding its duration to timings[name]. */
  timed<T>(name: string, fn: () => T): T {
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
      this.inspection = await inspectFile(this.source.path);
    } else {
      this.pasted = readPasted(this.source.text);
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

  /** Default sheet: the first visible one that is not empty. */
  defaultSheet(): string | null {
    const sheets = this.inspection?.sheets ?? [];
    return (sheets.find((s) => !s.hidden && (s.rowCount ?? 1) > 0) ?? sheets[0])?.name ?? null;
  }

  private async head(sheet: string | null): Promise<{ table: RawTable; total: number | null }> {
    if (this.pasted) return { table: this.pasted, total: this.pasted.rows.length };
    if (this.source.kind !== 'file') throw new Error('unreachable');
    const rows: RawCell[][] = [];
    const hiddenRows: number[] = [];
    let sheetName = sheet;
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
        { signal: enough.signal },
      );
      sheetName = r.sheet;
    } catch (e) {
      if (!(enough.signal.aborted && isImportReadError(e) && e.code === 'CANCELLED')) throw e;
    }
    const info = this.inspection?.sheets.find((s) => s.name === (sheetName ?? sheet));
    return {
      table: {
        file: this.fileName,
        sheet: sheetName ?? sheet,
        hidden: info?.hidden ?? false,
        rows,
        hiddenRows,
        merges: [],
      },
      total: info?.rowCount ?? null,
    };
  }

  /**
   * The sheet that most looks like a table to import: workbooks often open on an instructions or
   * cover sheet. Each visible sheet's top is read (cheap: the reader stops after a few rows) and
   * scored by what layout detection recognises: a unit column first, then the value columns.
   */
  async suggestSheet(): Promise<string | null> {
    if (!this.inspection) await this.open();
    const started = performance.now();
    try {
      return await this.pickSheet();
    } finally {
      this.timings['suggest sheet'] = performance.now() - started;
    }
  }

  private async pickSheet(): Promise<string | null> {
    const visible = this.inspection!.sheets.filter((x) => !x.hidden).slice(0, 12);
    if (visible.length <= 1) return this.defaultSheet();
    let best: { name: string; score: number } | null = null;
    for (const sh of visible) {
      const { table } = await this.head(sh.name);
      if (table.rows.length === 0) continue;
      const cols = proposeLayout(table).mapping.columns;
      const hasUnit = cols.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');
      const values = cols.filter(
        (c) => c.mapping.field !== 'ignore' && isNumericField(c.mapping) && c.mapping.field !== 'stt',
      );
      const score = (hasUnit ? 100 : 0) + values.length * 10 + values.reduce((a, c) => a + c.confidence, 0);
      if (!best || score > best.score) best = { name: sh.name, score };
    }
    return best?.name ?? this.defaultSheet();
  }

  /** Reads the top of a sheet and proposes a mapping (or the one remembered for this layout). */
  async analyze(sheet: string | null = this.defaultSheet()): Promise<SheetPreview> {
    if (!this.inspection) await this.open();
    const started = performance.now();
    const { table, total } = await this.head(sheet);
    this.timings['analyze'] = performance.now() - started;
    this.sheet = table.sheet ?? (this.inspection!.sheets.length ? (sheet ?? this.defaultSheet()) : null);
    table.sheet = this.sheet;
    const proposal = proposeLayout(table);
    this.signature = proposal.signature;
    const remembered = rememberedLayout(this.db, proposal.signature);
    const mapping = remembered ?? proposal.mapping;
    this.mapping = mapping;
    this.titleHints = proposal.titleHints;
    const kind =
      proposal.titleHints.kind ??
      (mapping.columns.some((c) => c.mapping.field.startsWith('kpi.')) ? 'kpi' : 'ranking');
    const year = proposal.titleHints.year;
    const group = proposal.titleHints.group ?? (year !== null ? (year >= 2025 ? 34 : 63) : null);
    this.target = {
      kind,
      year,
      group,
      period: year !== null ? String(year) : null,
      unitId: mapping.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode')
        ? null
        : this.unitNamedBy([this.sheet ?? '', ...(proposal.titleHints.text ?? '').split(' | ')], group),
    };
    return {
      sheet: table.sheet,
      rows: table.rows.slice(0, HEAD_ROWS),
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

  /** Reads every row with the confirmed mapping into staging, then validates and builds the preview. */
  async stage(mapping: ImportMapping, target: ImportTarget, opts: StageOptions = {}): Promise<ImportPreview> {
    if (!this.inspection) await this.open();
    this.mapping = mapping;
    this.target = target;
    this.parseProblems = [];
    this.parseErrors = this.parseWarnings = this.skippedRows = this.dataRows = 0;
    if (this.tables) dropStaging(this.db, this.tables);
    this.tables = createStaging(this.db, this.id);
    const t = this.tables;
    const file = this.fileName;
    const sheet = this.sheet;

    const cols = mapping.columns.filter((c) => c.mapping.field !== 'ignore');
    const unitCol = cols.find((c) => c.mapping.field === 'unit')?.col ?? null;
    const codeCol = cols.find((c) => c.mapping.field === 'unitCode')?.col ?? null;
    // No unit column: every row belongs to the unit chosen for the whole table.
    const fixedUnit =
      unitCol === null && codeCol === null && target.unitId
        ? new UnitRepository(this.db).byId(target.unitId)
        : null;
    const group = target.group ?? 0;
    const rankOf = target.kind === 'ranking' ? target.group : null;
    const rankingPeriod = target.year !== null ? String(target.year) : null;
    const mainIndexIds = this.mainIndexIds(target.year);

    // Units are matched as rows stream in, once per distinct spelling: code column first (codes
    // mean something only with their list), then names and aliases. Unmatched or ambiguous
    // spellings stay NULL and become questions; nothing is guessed.
    const listUnits = new UnitRepository(this.db).list(this.codeList());
    const unitByCode = new Map(listUnits.map((u) => [u.code, u.id]));
    const matchUnit = buildUnitMatcher(listUnits);
    const resolved = new Map<string, number | null>();
    const resolveUnit = (label: string, code: string): number | null => {
      const key = code ? `${label}\u0000${code}` : label;
      let id = resolved.get(key);
      if (id === undefined) {
        const m = code ? null : matchUnit(label);
        id =
          code && unitByCode.has(code.padStart(2, '0'))
            ? unitByCode.get(code.padStart(2, '0'))!
            : m?.kind === 'matched'
              ? m.id
              : null;
        if (code && id === null) {
          const byName = matchUnit(label);
          id = byName.kind === 'matched' ? byName.id : null;
        }
        resolved.set(key, id);
      }
      return id;
    };

    const insRow = new BatchInsert(
      this.db,
      `INSERT OR REPLACE INTO ${t.rows} (row, unit_label, unit_code, unit_id, hidden, has_error)`,
      6,
    );
    const insObs = new BatchInsert(
      this.db,
      `INSERT INTO ${t.obs} (row, indicator_code, indicator_label, indicator_key, indicator_id, period, year, ranking_group,
         has_value, value, value_col, has_rank, rank, rank_col, rank_of, unit_of_measure, cell)`,
      17,
    );
    // Indicator ids are resolved once per distinct label, not per row: headline and main indices
    // from the methodology, KPIs by code or name (a new KPI stays null until commit creates it).
    const headlineIds = new Map(
      (
        this.db
          .prepare(
            `SELECT code, id FROM indicator WHERE methodology_id IS NULL AND code IN ('dti','cqs','kts','xhs')`,
          )
          .all() as { code: string; id: number }[]
      ).map((r) => [r.code, r.id]),
    );
    const findKpi = this.db.prepare(
      `SELECT id FROM indicator WHERE methodology_id IS NULL AND kind = 'kpi' AND (code = ? OR name_vi = ? OR name_en = ?) LIMIT 1`,
    );
    const kpiIds = new Map<string, { id: number | null; key: string; uom: string | null }>();
    const kpiIndicator = (label: string, uom: string | null) => {
      let k = kpiIds.get(label);
      if (!k) {
        k = {
          id: (findKpi.get(label, label, label) as { id: number } | undefined)?.id ?? null,
          key: compactKey(label),
          uom,
        };
        kpiIds.set(label, k);
      } else if (k.uom === null && uom !== null) k.uom = uom;
      return k;
    };

    const where = (row: number, col: number | null, value?: unknown): Where => ({
      file,
      sheet,
      row,
      col,
      header: col !== null ? (mapping.columns.find((c) => c.col === col)?.header ?? null) : null,
      value,
    });

    const readNumber = (
      cells: RawCell[],
      col: number,
      row: number,
      kind: 'score' | 'other' = 'other',
    ): { value: number | null; ok: boolean } => {
      const raw = cells[col - 1] ?? null;
      const n = cellNumber(raw, kind);
      if ('error' in n) {
        this.addParseProblem(problem('error', 'notANumber', where(row, col, raw)));
        return { value: null, ok: false };
      }
      return { value: n.value, ok: true };
    };

    type Staged = {
      row: number;
      code: string | null;
      label: string | null;
      key: string | null;
      indicatorId: number | null;
      period: string;
      year: number;
      group: number;
      hasValue: number;
      value: number | null;
      valueCol: number | null;
      hasRank: number;
      rank: number | null;
      rankCol: number | null;
      rankOf: number | null;
      uom: string | null;
    };
    let pending: Staged[] = [];
    const flush = () => {
      for (const p of pending) {
        const cell =
          p.valueCol !== null && p.rankCol !== null
            ? `${cellRef(p.row, p.valueCol)}, ${cellRef(p.row, p.rankCol)}`
            : p.valueCol !== null || p.rankCol !== null
              ? cellRef(p.row, (p.valueCol ?? p.rankCol)!)
              : null;
        insObs.add([
          p.row,
          p.code,
          p.label,
          p.key,
          p.indicatorId,
          p.period,
          p.year,
          p.group,
          p.hasValue,
          p.value,
          p.valueCol,
          p.hasRank,
          p.rank,
          p.rankCol,
          p.rankOf,
          p.uom,
          cell,
        ]);
      }
      pending = [];
    };

    const colOf = (field: string) => cols.find((c) => c.mapping.field === field)?.col;
    const indicatorCol = colOf('kpi.indicator');
    const periodCol = colOf('kpi.period');
    const valueCol = colOf('kpi.value');
    const rankCol = colOf('kpi.rank');
    const rankOfCol = colOf('kpi.rankOf');
    const uomCol = colOf('kpi.unitOfMeasure');
    const wideColumns = cols.filter(
      (c) => c.mapping.field === 'kpi.valueForPeriod' || c.mapping.field === 'kpi.valueForIndicator',
    );
    // What a unit label is (footnote, summary row, or a unit and which one) is decided once per spelling.
    const labelKinds = new Map<string, 'footnote' | 'summary' | 'data'>();
    const labelKind = (first: string, label: string): 'footnote' | 'summary' | 'data' => {
      const key = first === label ? label : `${first}\u0001${label}`;
      let k = labelKinds.get(key);
      if (k === undefined) {
        k = isFootnote(first) ? 'footnote' : isSummaryLabel(label) ? 'summary' : 'data';
        if (labelKinds.size < 50_000) labelKinds.set(key, k);
      }
      return k;
    };
    const years = new Map<string, number | null>();
    const yearOf = (p: string) => {
      let y = years.get(p);
      if (y === undefined) {
        y = yearOfPeriod(p);
        if (years.size < 50_000) years.set(p, y);
      }
      return y;
    };
    const textCache = new Map<string, string>();
    const periodCache = new Map<string, string>();
    const period = (raw: string) => {
      let p = periodCache.get(raw);
      if (p === undefined) {
        p = normalisePeriod(raw);
        if (periodCache.size < 50_000) periodCache.set(raw, p);
      }
      return p;
    };
    const onRow = (cells: RawCell[], row: number, hidden: boolean) => {
      if (row < mapping.dataStartRow || (mapping.dataEndRow !== null && row > mapping.dataEndRow)) return;
      // Texts are made only for the cells that need one (this runs a million times for big files).
      const text = (col: number) => {
        const c = cells[col - 1] ?? null;
        if (typeof c !== 'string') return cellText(c);
        // Labels, indicators and periods repeat thousands of times in a big table.
        let t = textCache.get(c);
        if (t === undefined) {
          t = cellText(c);
          if (textCache.size < 50_000) textCache.set(c, t);
        }
        return t;
      };
      let firstText = '';
      let firstIsText = false;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i] ?? null;
        if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
        firstIsText = typeof c === 'string';
        firstText = firstIsText ? text(i + 1) : cellText(c);
        break;
      }
      if (firstText === '') return; // blank row
      const label = unitCol !== null ? text(unitCol) : (fixedUnit?.name ?? '');
      const code = codeCol !== null ? text(codeCol) : (fixedUnit?.code ?? '');
      const kind = labelKind(firstIsText ? firstText : '', label);
      if (kind === 'footnote') {
        this.skippedRows++;
        return;
      }
      if (label === '' && code === '') {
        const hasValues = cols.some((c) => isNumericField(c.mapping) && text(c.col) !== '');
        if (hasValues)
          this.addParseProblem(problem('error', 'unitUnmatched', where(row, unitCol, ''), { unit: '' }));
        else this.skippedRows++;
        return;
      }
      if (kind === 'summary') {
        this.addParseProblem(problem('warning', 'summaryRow', where(row, unitCol, label), { unit: label }));
        this.skippedRows++;
        return;
      }
      this.dataRows++;
      let rowError = false;
      const rowObs: Staged[] = [];
      if (target.kind === 'ranking') {
        const byIndicator = new Map<string, Staged>();
        for (const c of cols) {
          const f = c.mapping.field;
          let indicator: string | null = null;
          let part: 'value' | 'rank' = 'value';
          if (/^(dti|cqs|kts|xhs)\.(score|rank)$/.test(f)) {
            indicator = f.split('.')[0]!;
            part = f.endsWith('.rank') ? 'rank' : 'value';
          } else if (f.startsWith('idx.')) indicator = f.slice(4);
          if (!indicator) continue;
          const n = readNumber(cells, c.col, row, part === 'value' ? 'score' : 'other');
          if (!n.ok) {
            rowError = true;
            continue;
          }
          // An empty cell says nothing: it neither clears nor changes what the store holds.
          if (n.value === null) continue;
          {
            if (part === 'rank') {
              if (!Number.isInteger(n.value)) {
                this.addParseProblem(problem('error', 'rankNotInteger', where(row, c.col, cells[c.col - 1])));
                rowError = true;
              } else if (rankOf !== null && !isValidRank(n.value, rankOf)) {
                this.addParseProblem(
                  problem('error', 'rankRange', where(row, c.col, cells[c.col - 1]), { n: rankOf }),
                );
                rowError = true;
              }
            } else if (!isValidScore(n.value)) {
              this.addParseProblem(problem('error', 'scoreRange', where(row, c.col, cells[c.col - 1])));
              rowError = true;
            }
          }
          let o = byIndicator.get(indicator);
          if (!o) {
            const isHeadline = HEADLINE.has(indicator);
            o = {
              row,
              code: indicator,
              label: null,
              key: null,
              indicatorId: isHeadline
                ? (headlineIds.get(indicator) ?? null)
                : (mainIndexIds.get(indicator) ?? null),
              period: rankingPeriod ?? '',
              year: target.year ?? 0,
              group,
              hasValue: 0,
              value: null,
              valueCol: null,
              hasRank: 0,
              rank: null,
              rankCol: null,
              rankOf,
              uom: 'score',
            };
            byIndicator.set(indicator, o);
          }
          if (part === 'rank') Object.assign(o, { hasRank: 1, rank: n.value, rankCol: c.col });
          else Object.assign(o, { hasValue: 1, value: n.value, valueCol: c.col });
        }
        rowObs.push(...byIndicator.values());
      } else {
        const rowIndicator = indicatorCol ? text(indicatorCol) : '';
        const rowPeriodRaw = periodCol ? text(periodCol) : '';
        const rowPeriod = rowPeriodRaw
          ? period(rowPeriodRaw)
          : (target.period ?? (target.year !== null ? String(target.year) : ''));
        const uom = uomCol ? text(uomCol) || null : null;
        const emit = (
          indicatorLabel: string,
          period: string,
          vCol: number | null,
          rCol: number | null,
          rOfCol: number | null,
        ) => {
          const v = vCol ? readNumber(cells, vCol, row) : { value: null, ok: true };
          const r = rCol ? readNumber(cells, rCol, row) : { value: null, ok: true };
          const rOf = rOfCol ? readNumber(cells, rOfCol, row) : { value: null, ok: true };
          if (!v.ok || !r.ok || !rOf.ok) {
            rowError = true;
            return;
          }
          if (v.value === null && r.value === null) return;
          if (!indicatorLabel) {
            this.addParseProblem(problem('error', 'noIndicator', where(row, indicatorCol ?? vCol)));
            rowError = true;
            return;
          }
          const year = yearOf(period);
          if (!period || year === null) {
            this.addParseProblem(problem('error', 'noPeriod', where(row, periodCol ?? vCol, period)));
            rowError = true;
            return;
          }
          if (r.value !== null && !Number.isInteger(r.value)) {
            this.addParseProblem(
              problem('error', 'rankNotInteger', where(row, rCol, cells[(rCol ?? 1) - 1])),
            );
            rowError = true;
            return;
          }
          if (uom && /%|phần trăm|percent/i.test(uom) && v.value !== null && (v.value < 0 || v.value > 100)) {
            this.addParseProblem(
              problem('warning', 'percentRange', where(row, vCol, cells[(vCol ?? 1) - 1])),
            );
          }
          const ind = kpiIndicator(indicatorLabel, uom);
          rowObs.push({
            row,
            code: null,
            label: indicatorLabel,
            key: ind.key,
            indicatorId: ind.id,
            period,
            year,
            group: 0,
            hasValue: v.value !== null ? 1 : 0,
            value: v.value,
            valueCol: vCol,
            hasRank: r.value !== null ? 1 : 0,
            rank: r.value,
            rankCol: rCol,
            rankOf: rOf.value,
            uom,
          });
        };
        if (valueCol || rankCol)
          emit(rowIndicator, rowPeriod, valueCol ?? null, rankCol ?? null, rankOfCol ?? null);
        for (const c of wideColumns) {
          const f: ColumnField = c.mapping;
          if (f.field === 'kpi.valueForPeriod') emit(rowIndicator, period(f.period), c.col, null, null);
          else if (f.field === 'kpi.valueForIndicator') emit(f.indicator, rowPeriod, c.col, null, null);
        }
      }
      insRow.add([
        row,
        label || code,
        code || null,
        resolveUnit(label, code),
        hidden ? 1 : 0,
        rowError ? 1 : 0,
      ]);
      if (hidden) this.addParseProblem(problem('warning', 'hiddenRow', where(row, null)));
      for (const o of rowObs) pending.push(o);
      if (pending.length >= 5000) flush();
    };

    const progress = (done: number, total: number) =>
      opts.onProgress?.({ state: 'reading', done, total, message: null });
    const readStart = performance.now();
    this.db.exec('BEGIN');
    try {
      if (this.pasted) {
        this.pasted.rows.forEach((cells, i) => onRow(cells, i + 1, false));
      } else if (this.source.kind === 'file') {
        await streamRows(this.source.path, sheet, onRow, { signal: opts.signal, onProgress: progress });
      }
      flush();
      insObs.flush();
      insRow.flush();
      this.db.exec('COMMIT');
      this.newKpiLabels = [...kpiIds]
        .filter(([, v]) => v.id === null)
        .map(([label, v]) => ({ label, uom: v.uom }));
      this.timings['read + stage'] = performance.now() - readStart;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
    return this.validate();
  }

  /**
   * A table without a unit column (one sheet per province) belongs to the unit its sheet name or
   * title names — only when exactly one unit matches; otherwise the user picks it.
   */
  private unitNamedBy(texts: string[], group: 63 | 34 | null): number | null {
    const units = new UnitRepository(this.db).list(group === 34 ? '2025' : 'gso2004');
    const match = buildUnitMatcher(units);
    const found = new Set<number>();
    for (const t of texts) {
      const m = match(t);
      if (m.kind === 'matched') found.add(m.id);
      else {
        // "Kết quả của tỉnh Bình Phước năm 2022": look for a unit name inside the title.
        const key = ` ${compactKey(t) ? unitKey(t) : ''} `;
        for (const u of units) if (key.includes(` ${unitKey(u.name)} `)) found.add(u.id);
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /** Main-index indicator ids of the methodology in force for the year. */
  private mainIndexIds(year: number | null): Map<string, number> {
    if (year === null) return new Map();
    const rows = this.db
      .prepare(
        `SELECT i.code, i.id FROM indicator i JOIN methodology_year my ON my.methodology_id = i.methodology_id WHERE my.year = ?`,
      )
      .all(year) as { code: string; id: number }[];
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  codeList(): CodeList {
    const t = this.target!;
    if (t.group) return codeListOfGroup(t.group);
    return (t.year ?? 0) >= 2025 ? '2025' : 'gso2004';
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
    return this.preview;
  }

  currentPreview(): ImportPreview | null {
    return this.preview;
  }

  commit(): CommitResult {
    if (!this.preview || !this.tables || !this.mapping || !this.target || !this.inspection)
      throw new Error('stage() first');
    // The preview was computed after the last change to staging or answers: it is what the user saw.
    const result = this.timed('commit', () => commitStaged(this, this.tables!, this.preview!));
    result.timings = { ...this.timings };
    if (this.signature) rememberLayout(this.db, this.signature, this.mapping, this.target.kind);
    return result;
  }

  dispose(): void {
    if (this.tables) dropStaging(this.db, this.tables);
    this.tables = null;
  }
}
