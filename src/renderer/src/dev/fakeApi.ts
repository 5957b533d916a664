// In-memory stand-in for window.api, loaded only when the renderer runs without the preload (a
// plain browser during development and screenshot checks). It follows the main side's rules
// closely enough to exercise the UI: units from the shipped reference CSVs, the published
// results on "load reference", edits with a change log, undo/redo by the id of the original
// edit, and a null change when the value did not change. State survives a reload through
// localStorage so the "edit, reload, still there" flow can be tried by hand.
import { apiName, CHANNELS } from '../../../shared/channels';
import type { Api } from '../../../shared/contract';
import type {
  AppInfo,
  ChangeEntry,
  EditableField,
  HeadlineIndicator,
  RankingGroup,
  RankingRow,
  RankingYear,
  Settings,
  Unit,
} from '../../../shared/domain';
import { HEADLINE_INDICATORS, codeListOfGroup, groupOfYear } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { isValidRank, isValidScore } from '../../../shared/rank';
import provincesCsv from '../../../../resources/reference/provinces_63.csv?raw';
import units2025Csv from '../../../../resources/reference/units_2025.csv?raw';
import mergerCsv from '../../../../resources/reference/merger_2025.csv?raw';
import published2022Csv from '../../../../resources/reference/dti_2022_published.csv?raw';
import knownCsv from '../../../../resources/reference/dti_results_known.csv?raw';
import { readCsv } from './csv';
import type {
  ImportBatchInfo,
  ImportMapping,
  ImportPreview,
  ImportProblem,
  ImportTarget,
  PreviewRow,
  UnitQuestion,
} from '../../../shared/importSession';
import type { ColumnField, SimpleField } from '../../../shared/imports/fields';
import { cellRef } from '../../../shared/imports/cellAddress';
import { parseLocaleNumber } from '../../../shared/format';
import { buildUnitMatcher, stripDiacritics } from '../../../shared/unitNames';

interface Cell {
  score: number | null;
  rank: number | null;
  source: string | null;
}
interface State {
  settings: Settings;
  referenceLoaded: boolean;
  reference: Record<string, Cell>; // key: year|group|unitId|indicator
  user: Record<string, Cell>;
  changes: ChangeEntry[];
  /** Committed imports with what each touched cell held before (absent in older saved states). */
  imports?: { info: ImportBatchInfo; priors: [string, Cell | null][] }[];
}

const STORAGE_KEY = 'dti-desk-fake-api';
const ACTOR = 'chuyenvien';
const METHODOLOGY: Record<number, string> = {
  2020: 'QD-1726-2020',
  2021: 'QD-922-2022',
  2022: 'QD-922-2022',
  2023: 'QD-922-2022',
  2024: 'QD-405-2025',
};

function buildUnits(): Unit[] {
  const merger = new Map(readCsv(mergerCsv).map((m) => [m.old_gso_code!, m.new_code_2025!]));
  const current = readCsv(units2025Csv).map((r, i): Unit => ({
    id: 101 + i,
    codeList: '2025',
    code: r.code_2025!,
    name: r.name_vi!,
    nameAscii: r
      .name_vi!.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D'),
    type: r.type === 'thanh_pho' ? 'thanh_pho' : 'tinh',
    region: null,
    validFrom: '2025-07-01',
    validTo: null,
    successorId: null,
    successorCode: null,
    predecessorCodes: r.predecessor_gso_codes!.split('|'),
    codeVerified: r.code_verified === 'yes',
    aliases: [],
  }));
  const former = readCsv(provincesCsv).map((r, i): Unit => {
    const successor = current.find((c) => c.code === merger.get(r.gso_code!));
    return {
      id: i + 1,
      codeList: 'gso2004',
      code: r.gso_code!,
      name: r.name_vi!,
      nameAscii: r.name_ascii!,
      type: r.type === 'thanh_pho' ? 'thanh_pho' : 'tinh',
      region: r.region || null,
      validFrom: null,
      validTo: '2025-06-30',
      successorId: successor?.id ?? null,
      successorCode: successor?.code ?? null,
      predecessorCodes: [],
      codeVerified: true,
      aliases: r.aliases ? r.aliases.split('|') : [],
    };
  });
  return [...former, ...current];
}

const num = (s: string | undefined): number | null => (s ? Number(s) : null);
const key = (year: number, group: number, unitId: number, ind: string) => `${year}|${group}|${unitId}|${ind}`;

function publishedCells(units: Unit[]): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const unitOf = (list: 'gso2004' | '2025', code: string) =>
    units.find((u) => u.codeList === list && u.code === code);
  for (const r of readCsv(published2022Csv)) {
    const u = unitOf('gso2004', r.gso_code!);
    if (!u) continue;
    const source = 'Cổng DTI của Bộ, bảng xếp hạng 2022';
    out[key(2022, 63, u.id, 'dti')] = { score: num(r.pdti), rank: num(r.dti_rank), source };
    for (const p of ['cqs', 'kts', 'xhs']) {
      if (r[`pillar_${p}`] || r[`rank_${p}`])
        out[key(2022, 63, u.id, p)] = { score: num(r[`pillar_${p}`]), rank: num(r[`rank_${p}`]), source };
    }
  }
  for (const r of readCsv(knownCsv)) {
    const group = Number(r.ranking_group) as RankingGroup;
    const u = unitOf(codeListOfGroup(group), r.gso_code!);
    if (!u) continue;
    const year = Number(r.year);
    const source = r.source!.split(';')[0]!.trim();
    out[key(year, group, u.id, 'dti')] = { score: num(r.dti), rank: num(r.dti_rank), source };
    for (const p of ['cqs', 'kts', 'xhs']) {
      if (r[`pillar_${p}`] || r[`rank_${p}`])
        out[key(year, group, u.id, p)] = { score: num(r[`pillar_${p}`]), rank: num(r[`rank_${p}`]), source };
    }
  }
  return out;
}

function loadState(): State {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved) return JSON.parse(saved) as State;
  } catch {
    // a corrupt or blocked storage just means a fresh start
  }
  return {
    settings: { language: 'vi', homeUnitId: null, peerGroups: [] },
    referenceLoaded: false,
    reference: {},
    user: {},
    changes: [],
  };
}

export function createFakeApi(): Api {
  const units = buildUnits();
  const state = loadState();
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  const wait = <T>(r: Result<T>): Promise<Result<T>> => new Promise((res) => setTimeout(() => res(r), 60));

  const cell = (k: string): { cell: Cell | null; layer: 'user' | 'reference' } =>
    state.user[k]
      ? { cell: state.user[k]!, layer: 'user' }
      : { cell: state.reference[k] ?? null, layer: 'reference' };

  const edited = (year: number, group: number, unitId: number) =>
    state.changes
      .filter(
        (c) => c.kind === 'edit' && !c.undone && c.year === year && c.group === group && c.unitId === unitId,
      )
      .map((c) => `${c.indicator}.${c.field}`);

  // The home unit in either list: the unit itself, the 2025 unit it merged into, or (for a 2025
  // home) its predecessors.
  function isHome(u: Unit): boolean {
    const home = units.find((x) => x.id === state.settings.homeUnitId);
    if (!home) return false;
    return u.id === home.id || u.id === home.successorId || u.successorId === home.id;
  }

  function row(year: number, group: RankingGroup, u: Unit): RankingRow {
    const get = (ind: string) => cell(key(year, group, u.id, ind));
    const provenance: RankingRow['provenance'] = {};
    const editedCells = [...new Set(edited(year, group, u.id))];
    for (const ind of HEADLINE_INDICATORS) {
      const { cell: c, layer } = get(ind);
      for (const f of ['score', 'rank'] as const) {
        if (c?.[f] == null) continue;
        const isEdited = editedCells.includes(`${ind}.${f}`);
        provenance[`${ind}.${f}`] = {
          layer,
          status: isEdited ? 'edited' : 'published',
          source: isEdited ? null : c.source, // as main: a hand edit has no source, its status says so
          edited: isEdited,
        };
      }
    }
    const sr = (ind: string) => ({ score: get(ind).cell?.score ?? null, rank: get(ind).cell?.rank ?? null });
    const dti = sr('dti');
    const previousRank = cell(key(year - 1, group, u.id, 'dti')).cell?.rank ?? null;
    return {
      year,
      group,
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      region: u.region,
      isHome: isHome(u),
      score: dti.score,
      rank: dti.rank,
      rankOf: group,
      rankChange: previousRank != null && dti.rank != null ? previousRank - dti.rank : null,
      previousRank,
      pillars: { cqs: sr('cqs'), kts: sr('kts'), xhs: sr('xhs') },
      provenance,
      editedCells,
      annotation: null,
    };
  }

  function rankings(year: number, group: RankingGroup): RankingRow[] {
    const list = units.filter((u) => u.codeList === codeListOfGroup(group));
    return list
      .map((u) => row(year, group, u))
      .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.unitName.localeCompare(b.unitName, 'vi'));
  }

  function setValue(
    year: number,
    group: RankingGroup,
    unitId: number,
    ind: string,
    field: EditableField,
    v: number | null,
  ) {
    const k = key(year, group, unitId, ind);
    const base = cell(k).cell ?? { score: null, rank: null, source: null };
    state.user[k] = { ...base, [field]: v };
  }

  const unitById = (id: number) => units.find((u) => u.id === id)!;

  function toggle(changeId: number, kind: 'undo' | 'redo') {
    const c = state.changes.find((x) => x.id === changeId && x.kind === 'edit');
    if (!c) return fail('NOT_FOUND', `Change ${changeId} not found`);
    if ((kind === 'undo') === c.undone)
      return fail('VALIDATION', `Change ${changeId} cannot be ${kind}ne now`);
    c.undone = kind === 'undo';
    const [from, to] = kind === 'undo' ? [c.newValue, c.oldValue] : [c.oldValue, c.newValue];
    setValue(c.year, c.group, c.unitId, c.indicator, c.field, to);
    const entry: ChangeEntry = {
      ...c,
      id: state.changes.length + 1,
      oldValue: from,
      newValue: to,
      kind,
      undone: false,
      changedAt: new Date().toISOString(),
    };
    state.changes.push(entry);
    save();
    return ok({ row: row(c.year, c.group, unitById(c.unitId)), change: entry });
  }

  const info = (): AppInfo => ({
    version: '0.1.0',
    dbPath: '/home/chuyenvien/.config/DTI Desk/dti-desk.db',
    dataDir: '/home/chuyenvien/.config/DTI Desk',
    schemaVersion: 1,
    referenceLoaded: state.referenceLoaded,
    integrity: 'ok',
  });

  // ---- imports: a small model of main's import session for a CSV or pasted ranking table (the
  // open dialog answers with a canned copy of the 2022 ranking that has one unknown spelling) ----
  interface FakeSession {
    name: string;
    size: number;
    rows: string[][];
    mapping: ImportMapping | null;
    target: ImportTarget | null;
    answers: Map<string, number | null>;
    polls: number;
    cancelled: boolean;
    preview: ImportPreview | null;
  }
  const sessions = new Map<string, FakeSession>();
  const demoFile = () =>
    [
      'Xếp hạng DTI,"Tỉnh, thành phố",Điểm DTI',
      ...readCsv(published2022Csv).map(
        (r) =>
          `${r.dti_rank},"${r.gso_code === '70' ? 'Binh Phuoc (tinh cu)' : r.label_as_published}",${r.pdti}`,
      ),
    ].join('\r\n');
  /** One delimited line; quoted fields may hold the delimiter ("Tỉnh, thành phố") and "" quotes. */
  function splitLine(line: string, d: string): string[] {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) {
        out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    return [...out, cur.trim()];
  }
  function parseTable(text: string): string[][] {
    if (/^\s*</.test(text)) {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      return [...doc.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('td,th')].map((c) => c.textContent?.trim() ?? ''),
      );
    }
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim());
    const d = lines[0]?.includes('\t') ? '\t' : lines[0]?.includes(';') ? ';' : ',';
    return lines.map((l) => splitLine(l, d));
  }
  function guessField(header: string): { mapping: ColumnField; confidence: number } {
    const k = stripDiacritics(header).toLowerCase();
    if (/tinh|thanh pho|province|don vi/.test(k)) return { mapping: { field: 'unit' }, confidence: 0.95 };
    if (/^stt$/.test(k.trim())) return { mapping: { field: 'stt' }, confidence: 0.95 };
    const pillar = /chinh quyen|cqs/.test(k)
      ? 'cqs'
      : /kinh te|kts/.test(k)
        ? 'kts'
        : /xa hoi|xhs/.test(k)
          ? 'xhs'
          : /dti/.test(k)
            ? 'dti'
            : null;
    if (pillar && /hang|rank/.test(k))
      return { mapping: { field: `${pillar}.rank` as SimpleField }, confidence: 0.9 };
    if (pillar && /diem|score|chi so/.test(k))
      return { mapping: { field: `${pillar}.score` as SimpleField }, confidence: 0.9 };
    return { mapping: { field: 'ignore' }, confidence: 0 };
  }
  function problem(
    s: FakeSession,
    row: number,
    col: number,
    value: string,
    vi: string,
    en: string,
  ): ImportProblem {
    const where = (w: string, c: string) =>
      `${s.name}, ${w} ${row}, ${c} ${cellRef(row, col).replace(/\d+$/, '')}`;
    return {
      severity: 'error',
      code: 'fake',
      file: s.name,
      sheet: null,
      row,
      col,
      cell: cellRef(row, col),
      header: s.mapping?.columns.find((c) => c.col === col)?.header ?? null,
      value,
      messageVi: `${where('dòng', 'cột')}: ${vi} "${value}"`,
      messageEn: `${where('row', 'column')}: ${en} "${value}"`,
      textVi: `${vi} "${value}"`,
      textEn: `${en} "${value}"`,
    };
  }
  function buildPreview(s: FakeSession): ImportPreview {
    const m = s.mapping!;
    const target = s.target!;
    const year = target.year ?? 0;
    const group: RankingGroup = target.group ?? 63;
    const list = units.filter((u) => u.codeList === codeListOfGroup(group));
    const match = buildUnitMatcher(list);
    const unitCol = m.columns.find((c) => c.mapping.field === 'unit')?.col ?? null;
    const valueCols = m.columns.filter((c) => /^(dti|cqs|kts|xhs)\.(score|rank)$/.test(c.mapping.field));
    const problems: ImportProblem[] = [];
    const questions = new Map<string, UnitQuestion>();
    const rows: PreviewRow[] = [];
    const counts = {
      rows: 0,
      skippedRows: 0,
      observations: 0,
      new: 0,
      changed: 0,
      unchanged: 0,
      errors: 0,
      warnings: 0,
    };
    const last = Math.min(m.dataEndRow ?? Infinity, s.rows.length);
    for (let r = m.dataStartRow; r <= last; r++) {
      const cells = s.rows[r - 1] ?? [];
      const label = unitCol ? (cells[unitCol - 1] ?? '') : '';
      if (!label) continue;
      counts.rows++;
      const found = match(label);
      const answered = s.answers.get(label);
      const unitId = found.kind === 'matched' ? found.id : (answered ?? null);
      if (found.kind !== 'matched' && answered === undefined) {
        const q = questions.get(label) ?? {
          label,
          kind: found.kind,
          rows: [],
          candidates: list.map((u) => ({ unitId: u.id, code: u.code, name: u.name })),
          // (as main does: the first row's other mapped values)
          values: m.columns
            .filter((c) => !['ignore', 'unit', 'stt'].includes(c.mapping.field) && cells[c.col - 1])
            .slice(0, 6)
            .map((c) => ({ col: c.col, header: c.header, value: cells[c.col - 1]! })),
        };
        q.rows.push(r);
        questions.set(label, q);
        problems.push(
          problem(s, r, unitCol!, label, 'không nhận ra tên đơn vị', 'unit name is not recognised'),
        );
      }
      let error = false;
      const out: PreviewRow['cells'] = [];
      for (const c of valueCols) {
        const raw = cells[c.col - 1] ?? '';
        const v = parseLocaleNumber(raw);
        if (v === null) continue;
        if (Number.isNaN(v)) {
          error = true;
          problems.push(problem(s, r, c.col, raw, 'không phải là số', 'is not a number'));
          continue;
        }
        const [indicator, f] = c.mapping.field.split('.') as [string, 'score' | 'rank'];
        const old = unitId !== null ? (cell(key(year, group, unitId, indicator)).cell?.[f] ?? null) : null;
        const status = old === null ? 'new' : old === v ? 'unchanged' : 'changed';
        out.push({
          key: `${indicator}.${f === 'rank' ? 'rank' : 'value'}`,
          indicator,
          field: f === 'rank' ? 'rank' : 'value',
          period: String(year),
          old,
          new: v,
          status,
        });
        if (unitId !== null) {
          counts.observations++;
          counts[status]++;
        }
      }
      const skipped = unitId === null && answered === null;
      if (skipped) counts.skippedRows++;
      const status =
        error || (unitId === null && !skipped)
          ? 'error'
          : skipped
            ? 'skipped'
            : out.some((x) => x.status === 'changed')
              ? 'changed'
              : out.some((x) => x.status === 'new')
                ? 'new'
                : 'unchanged';
      rows.push({
        row: r,
        unitLabel: label,
        unitId,
        unitName: unitId !== null ? unitById(unitId).name : null,
        status,
        cells: out,
      });
    }
    counts.errors = problems.length;
    return {
      file: s.name,
      sheet: null,
      target,
      counts,
      problems,
      problemsTruncated: false,
      questions: [...questions.values()],
      rows,
      rowsTruncated: false,
      unknownColumns: m.columns
        .filter((c) => c.mapping.field === 'ignore' && c.header)
        .map((c) => ({ col: c.col, header: c.header })),
      newIndicators: [],
      newIndicatorCount: 0,
      canCommit: problems.length === 0 && questions.size === 0 && counts.observations > 0 && year > 0,
    };
  }
  const session = (id: string) => sessions.get(id);
  const noSession = () => fail('NOT_FOUND', 'Import session is not open');

  const modelled = {
    appInfo: () => wait(ok(info())),
    settingsGet: () => wait(ok(state.settings)),
    settingsUpdate: (patch) => {
      state.settings = {
        ...state.settings,
        ...(patch.language ? { language: patch.language } : {}),
        ...(patch.homeUnitId !== undefined ? { homeUnitId: patch.homeUnitId } : {}),
        ...(patch.peerGroups ? { peerGroups: patch.peerGroups } : {}),
      };
      save();
      return wait(ok(state.settings));
    },
    unitsList: ({ codeList }) => wait(ok(units.filter((u) => !codeList || u.codeList === codeList))),
    referenceLoad: () => {
      if (state.referenceLoaded) return wait(ok({ observations: 0, batches: 0, alreadyLoaded: true }));
      state.reference = publishedCells(units);
      state.referenceLoaded = true;
      save();
      return wait(
        ok({ observations: Object.keys(state.reference).length, batches: 3, alreadyLoaded: false }),
      );
    },
    rankingsYears: () => {
      const unitsByYear = new Map<string, Set<number>>();
      for (const [k, c] of [...Object.entries(state.reference), ...Object.entries(state.user)]) {
        if (c.score == null && c.rank == null) continue;
        const [y, g, unitId] = k.split('|').map(Number) as [number, number, number];
        const set = unitsByYear.get(`${y}|${g}`) ?? new Set<number>();
        unitsByYear.set(`${y}|${g}`, set.add(unitId));
      }
      const years = [...unitsByYear].map(([yg, set]): RankingYear => {
        const [year, group] = yg.split('|').map(Number) as [number, RankingGroup];
        return { year, group, units: set.size, methodology: METHODOLOGY[year] ?? null };
      });
      return wait(ok(years.sort((a, b) => b.year - a.year || b.group - a.group)));
    },
    rankingsGet: ({ year, group }) => wait(ok(rankings(year, group))),
    rankingsEdit: (req) => {
      const u = units.find((x) => x.id === req.unitId);
      if (!u || u.codeList !== codeListOfGroup(req.group))
        return wait(fail('VALIDATION', 'unit not in group', { key: 'validation.unitNotInGroup' }));
      if (req.value != null && req.field === 'score' && !isValidScore(req.value))
        return wait(fail('VALIDATION', 'score', { key: 'validation.scoreRange' }));
      if (req.value != null && req.field === 'rank' && !isValidRank(req.value, req.group))
        return wait(fail('VALIDATION', 'rank', { key: 'validation.rankRange', params: { of: req.group } }));
      const ind = req.indicator as HeadlineIndicator;
      const old = cell(key(req.year, req.group, u.id, ind)).cell?.[req.field] ?? null;
      if (old === req.value) return wait(ok({ row: row(req.year, req.group, u), change: null }));
      setValue(req.year, req.group, u.id, ind, req.field, req.value);
      const change: ChangeEntry = {
        id: state.changes.length + 1,
        unitId: u.id,
        unitName: u.name,
        year: req.year,
        group: req.group,
        indicator: ind,
        field: req.field,
        oldValue: old,
        newValue: req.value,
        reason: req.reason?.trim() || null,
        actor: ACTOR,
        changedAt: new Date().toISOString(),
        undone: false,
        kind: 'edit',
      };
      state.changes.push(change);
      save();
      return wait(ok({ row: row(req.year, req.group, u), change }));
    },
    rankingsExport: ({ year, group, format }) =>
      wait(
        ok({
          path: `/home/chuyenvien/Tài liệu/xep-hang-dti-${year}-${group}.${format}`,
          rows: rankings(year, group).length,
        }),
      ),
    changesList: (f) =>
      wait(
        ok(
          state.changes
            .filter(
              (c) =>
                (f.year === undefined || c.year === f.year) &&
                (f.group === undefined || c.group === f.group) &&
                (f.unitId === undefined || c.unitId === f.unitId) &&
                (f.indicator === undefined || c.indicator === f.indicator) &&
                (f.field === undefined || c.field === f.field),
            )
            .slice()
            .reverse()
            .slice(0, f.limit ?? 200),
        ),
      ),
    changesUndo: ({ changeId }) => wait(toggle(changeId, 'undo')),
    changesRedo: ({ changeId }) => wait(toggle(changeId, 'redo')),
    dataOpenFolder: () => wait(ok({ path: info().dataDir })),
    backupCreate: () =>
      wait(ok({ path: `${info().dataDir}/sao-luu/dti-desk-${new Date().toISOString().slice(0, 10)}.db` })),
    backupRestore: () => wait(ok({ restoredFrom: null, safetyBackup: null })),
    importsChooseFile: () => wait(ok({ path: '/home/chuyenvien/Tải xuống/xep-hang-dti-2022.csv' })),
    importsOpen: ({ source }) => {
      const text =
        source.kind === 'paste'
          ? source.text
          : source.kind === 'bytes'
            ? new TextDecoder().decode(source.data)
            : demoFile();
      const name =
        source.kind === 'paste'
          ? 'clipboard'
          : source.kind === 'bytes'
            ? source.name
            : source.path.split('/').pop()!;
      const rows = parseTable(text);
      if (rows.length === 0)
        return wait(
          fail('IMPORT_UNREADABLE', `${name}: the file is empty`, { messageVi: `${name}: tệp trống` }),
        );
      const id = `demo-${sessions.size + 1}`;
      const size = new TextEncoder().encode(text).length;
      sessions.set(id, {
        name,
        size,
        rows,
        mapping: null,
        target: null,
        answers: new Map(),
        polls: 0,
        cancelled: false,
        preview: null,
      });
      const format = source.kind === 'paste' ? 'paste' : name.endsWith('.tsv') ? 'tsv' : 'csv';
      return wait(
        ok({
          sessionId: id,
          inspection: {
            fileName: name,
            size,
            sha256: '',
            format,
            reader: format === 'paste' ? 'paste/text' : 'csv (demo)',
            ...(format === 'paste'
              ? {}
              : { encoding: 'utf-8' as const, bom: false, delimiter: text.includes('\t') ? '\t' : ',' }),
            sheets: [],
          },
          suggestedSheet: null,
        }),
      );
    },
    importsAnalyze: ({ sessionId }) => {
      const s = session(sessionId);
      if (!s) return wait(noSession());
      const header = s.rows[0] ?? [];
      const mapping: ImportMapping = {
        headerRow: 1,
        dataStartRow: 2,
        dataEndRow: null,
        columns: header.map((h, i) => ({ col: i + 1, header: h, ...guessField(h) })),
      };
      const title = s.rows.slice(0, 3).flat().join(' ');
      const year = Number(/\b(20[12]\d)\b/.exec(title)?.[1]) || null;
      const target: ImportTarget = {
        kind: 'ranking',
        year,
        group: year ? groupOfYear(year) : null,
        period: null,
        unitId: null,
      };
      s.mapping = mapping;
      s.target = target;
      return wait(
        ok({
          sheet: null,
          rows: s.rows.slice(0, 60),
          merges: [],
          totalRows: s.rows.length,
          mapping,
          remembered: false,
          titleHints: { year: null, group: null, kind: null, text: null },
          target,
        }),
      );
    },
    importsStage: ({ sessionId, mapping, target }) => {
      const s = session(sessionId);
      if (!s) return wait(noSession());
      Object.assign(s, { mapping, target, polls: 0, cancelled: false, preview: null });
      return wait(ok({ started: true }));
    },
    importsProgress: ({ sessionId }) => {
      const s = session(sessionId);
      if (!s) return wait(noSession());
      if (s.cancelled)
        return wait(
          ok({
            state: 'cancelled' as const,
            done: 0,
            total: 0,
            message: null,
            preview: null,
            error: { code: 'CANCELLED' as const, message: 'Cancelled' },
          }),
        );
      // A few polls of "reading" so the progress bar shows, then the preview.
      s.polls++;
      if (s.polls < 4)
        return wait(
          ok({
            state: 'reading' as const,
            done: Math.round((s.size * s.polls) / 4),
            total: s.size,
            message: null,
            preview: null,
            error: null,
          }),
        );
      s.preview ??= buildPreview(s);
      return wait(
        ok({
          state: 'ready' as const,
          done: s.size,
          total: s.size,
          message: null,
          preview: s.preview,
          error: null,
        }),
      );
    },
    importsAnswer: ({ sessionId, answers }) => {
      const s = session(sessionId);
      if (!s) return wait(noSession());
      for (const a of answers) s.answers.set(a.label, a.unitId);
      s.preview = buildPreview(s);
      return wait(ok(s.preview));
    },
    importsCommit: ({ sessionId }) => {
      const s = session(sessionId);
      const p = s && buildPreview(s);
      if (!s || !p) return wait(noSession());
      if (!p.canCommit) return wait(fail('IMPORT_INVALID', 'The import has errors; nothing was written'));
      const year = p.target.year!;
      const group: RankingGroup = p.target.group ?? 63;
      const priors: [string, Cell | null][] = [];
      for (const r of p.rows) {
        if (r.unitId === null) continue;
        for (const c of r.cells) {
          const k = key(year, group, r.unitId, c.indicator);
          if (!priors.some(([x]) => x === k)) priors.push([k, state.user[k] ? { ...state.user[k]! } : null]);
          setValue(year, group, r.unitId, c.indicator, c.field === 'rank' ? 'rank' : 'score', c.new);
          state.user[k]!.source = s.name;
        }
      }
      state.imports ??= [];
      const id = state.imports.length + 1;
      state.imports.push({
        info: {
          id,
          kind: s.name === 'clipboard' ? 'paste' : 'file',
          fileName: s.name,
          fileSize: s.size,
          sha256: null,
          sheet: null,
          reader: 'csv (demo)',
          year,
          group,
          counts: p.counts,
          createdAt: new Date().toISOString(),
          undoneAt: null,
          observations: p.counts.observations,
        },
        priors,
      });
      save();
      return wait(ok({ batchId: id, counts: p.counts }));
    },
    importsCancel: ({ sessionId }) => {
      const s = session(sessionId);
      if (s && !s.preview) s.cancelled = true;
      return wait(s ? ok({ cancelled: true }) : noSession());
    },
    importsClose: ({ sessionId }) => wait(ok({ closed: sessions.delete(sessionId) })),
    importsHistory: () => wait(ok((state.imports ?? []).map((b) => b.info).reverse())),
    importsUndoCheck: () => wait(ok({ blocked: null })),
    importsUndo: ({ batchId }) => {
      const b = state.imports?.find((x) => x.info.id === batchId);
      if (!b) return wait(fail('NOT_FOUND', `Import ${batchId} not found`));
      if (b.info.undoneAt)
        return wait(fail('VALIDATION', 'already undone', { key: 'imports.alreadyUndone' }));
      for (const [k, prior] of b.priors) {
        if (prior) state.user[k] = prior;
        else delete state.user[k];
      }
      b.info.undoneAt = new Date().toISOString();
      save();
      return wait(
        ok({
          restored: b.priors.filter(([, p]) => p).length,
          removed: b.priors.filter(([, p]) => !p).length,
        }),
      );
    },
  } satisfies Partial<Api>;

  // Channels the fake does not model (the import wizard's, and any added later) answer the way
  // main answers a channel it does not know, so the fake never has to grow with the contract.
  // fromEntries loses the key types; CHANNELS holds every channel, which is what the cast says.
  const notModelled = Object.fromEntries(
    CHANNELS.map(apiName).map((name) => [
      name,
      () => wait(fail('UNKNOWN_CHANNEL', `${name} is not available in demo mode`)),
    ]),
  ) as Record<keyof Api, () => Promise<Result<never>>>;
  return { ...notModelled, ...modelled };
}
