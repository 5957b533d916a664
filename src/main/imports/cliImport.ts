// `dti-desk import FILE [--year Y] [--group 63|34] [--sheet NAME] [--indicator NAME]
//                       [--decimal-mark dot|comma] [--unit NAME|CODE] [--dry-run] [--json]`
// Exit 0: committed (or, with --dry-run, valid). Exit 2: validation failed or a unit name needs an
// answer (nothing written; problems listed), or an argument is wrong (a usage error, see cli.ts).
// Exit 1: the file cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import type { Language, RankingGroup } from '../../shared/domain';
import type { DecimalMark } from '../../shared/imports/layout';
import { AppError } from '../../shared/result';
import { formatDateTime, formatNumber } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import type { ImportPreview, ImportProblem, ImportTarget } from '../../shared/importSession';
import {
  fieldFitsKind,
  isNumericField,
  isSubProvincialColumn,
  needsTableIndicator,
  type ColumnField,
} from '../../shared/imports/fields';
import { columnLetters } from '../../shared/imports/cellAddress';
import { namesRankingIndex } from './layout/headerVocabulary';
import { previewValueLabel } from '../../shared/imports/previewLabels';
import { decimalMarkFlag, groupFlag, UsageError, yearFlag } from '../cliUsage';
import type { Io, ParsedArgs } from '../cli';
import type { Store } from '../store';
import { listBatches, undoImport, type UndoResult } from './pipeline/batches';
import { ImportSession } from './pipeline/session';
import { mappingForYear } from '../../shared/imports/yearColumns';
import { isImportReadError } from './readers';
import { ImportReadError } from './safety/errors';
import { sniffContainer } from './safety/sniff';
import { detectEncoding } from './readers/text/encoding';
import { decodeWhole } from './readers/text/decodeStream';
import { MAX_PASTE_CHARS } from '../../shared/contract';
import { UnitRepository } from '../store/units';
import { problem } from './pipeline/problems';

/**
 * `--unit NAME|CODE`: the unit of a table without a unit column (a sheet per province), on the
 * group's list — its code ("70", "01") or its name however spelled ("Bình Phước", "binh phuoc").
 */
function unitFlag(store: Store, value: string, group: RankingGroup | null): number {
  const units = new UnitRepository(store.db);
  const unit = units.find(value, group === 34 ? '2025' : 'gso2004');
  if (unit) return unit.id;
  // (a unit of the 63 that merged, named for a period of the 34: the unit it became part of is
  // said — round 83's "--unit 70" was told only "one of the 34")
  const old = group === 34 ? units.find(value, 'gso2004') : null;
  const successor = old?.successorId ? units.byId(old.successorId) : null;
  if (old && successor && successor.name !== old.name)
    throw new UsageError('cli.usage.unitMerged', { value, unit: old.name, successor: successor.name });
  throw new UsageError('cli.usage.unit', { value, group: group ?? 63 });
}

/**
 * A `--unit` code that names another unit in the other list ("15": Yên Bái among the 63, Lào Cai
 * among the 34): a warning naming both, at the head of the preview's problems (round 83: the
 * reuse went unsaid).
 */
function codeOfOtherUnit(
  store: Store,
  value: string,
  unitId: number,
  where: { file: string; sheet: string | null },
): ImportProblem | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const units = new UnitRepository(store.db);
  const used = units.byId(unitId);
  if (!used) return null;
  const other = units.find(value, used.codeList === '2025' ? 'gso2004' : '2025');
  // (the unit of the 63 that became part of the one used is no other: "15" for July 2025 is Lào
  // Cai, which Yên Bái — 15 among the 63 — became part of)
  if (!other || other.name === used.name || other.successorId === used.id) return null;
  return problem('warning', 'unitCodeOtherList', where, {
    code: value.trim(),
    unit: used.name,
    n: used.codeList === '2025' ? 34 : 63,
    other: other.name,
    otherN: other.codeList === '2025' ? 34 : 63,
  });
}

const flag = (a: ParsedArgs, k: string): string | undefined => {
  const v = a.flags.get(k);
  return typeof v === 'string' ? v : undefined;
};

/** `import`'s arguments, checked before any database is opened (a usage error writes nothing). */
export interface ImportOptions {
  file: string;
  year: number | undefined;
  group: RankingGroup | undefined;
  sheet: string | undefined;
  indicator: string | undefined;
  decimalMark: DecimalMark | undefined;
  /** Checked against the group's list once the database is open (unitFlag). */
  unit: string | undefined;
  dryRun: boolean;
  json: boolean;
}

/** Throws UsageError for a missing FILE or a value an option does not take. */
export function importOptions(args: ParsedArgs): ImportOptions {
  const file = args.positional[0];
  if (!file) throw new UsageError('cli.usage.importFile');
  return {
    file,
    year: yearFlag(flag(args, '--year')),
    group: groupFlag(flag(args, '--group')),
    sheet: flag(args, '--sheet'),
    indicator: flag(args, '--indicator'),
    decimalMark: decimalMarkFlag(flag(args, '--decimal-mark')),
    unit: flag(args, '--unit')?.trim() || undefined,
    dryRun: args.flags.has('--dry-run'),
    json: args.flags.has('--json'),
  };
}

function changes(p: ImportPreview) {
  return p.rows.flatMap((r) =>
    r.cells
      .filter((c) => c.status !== 'unchanged')
      .map((c) => ({
        row: r.row,
        unit: r.unitName ?? r.unitLabel,
        indicator: c.indicator,
        field: c.field,
        period: c.period,
        old: c.old,
        new: c.new,
        status: c.status,
      })),
  );
}

/**
 * The changes listed (the preview keeps its first rows) and how many more there are: a script
 * building a report knows the list is not the whole (round 81: 1,000 of 20,000, unsaid).
 */
function changeList(p: ImportPreview) {
  const listed = changes(p);
  return { changes: listed, changesNotListed: Math.max(0, p.counts.new + p.counts.changed - listed.length) };
}

function summary(p: ImportPreview) {
  return {
    file: p.file,
    sheet: p.sheet,
    target: p.target,
    counts: p.counts,
    problems: p.problems.map((x) => ({
      severity: x.severity,
      code: x.code,
      file: x.file,
      sheet: x.sheet,
      row: x.row,
      col: x.col,
      cell: x.cell,
      header: x.header,
      value: x.value,
      message: x.messageEn,
      messageVi: x.messageVi,
    })),
    questions: p.questions.map((q) => ({
      label: q.label,
      kind: q.kind,
      rows: q.rows,
      candidates: q.kind === 'ambiguous' ? q.candidates : undefined,
    })),
    unknownColumns: p.unknownColumns,
    // (the list stops at MAX_PROBLEMS: how many more the counts hold)
    problemsNotListed: notListed(p),
  };
}

/** Errors and warnings counted but not in the preview's list (it stops at MAX_PROBLEMS). */
const notListed = (p: ImportPreview): number =>
  Math.max(0, p.counts.errors + p.counts.warnings - p.problems.length);

/** The flag that answers a table-level problem. */
const CLI_HINTS: Record<string, string> = {
  noYear: ' (--year)',
  noGroup: ' (--group 63|34)',
  noTablePeriod: ' (--year)',
  noTableIndicator: ' (--indicator NAME)',
  ambiguousNumber: ' (--decimal-mark dot|comma)',
  noUnitColumn: ' (--unit NAME|CODE)',
};

/** The flags that answer a problem: CLI_HINTS, or the sheets a workbook's problem names. */
function cliHint(p: ImportPreview['problems'][number], session: ImportSession): string {
  const sheets = (names: string[]) => ` (${names.map((x) => `--sheet "${x}"`).join(', ')})`;
  if (p.code === 'tableOnHiddenSheet' && session.hiddenTableSheet) return sheets([session.hiddenTableSheet]);
  if ((p.code === 'excerpt' || p.code === 'missingUnits') && session.restSheet)
    return sheets(
      session.sheetGiven || !session.sheet ? [session.restSheet] : [session.sheet, session.restSheet],
    );
  // (the sheets the warning names: round 77's said one sheet and offered two)
  if (p.code === 'otherSheetsWithTables') return sheets(session.otherSheetsSaid);
  if (p.code === 'groupYearContradicts' && session.target?.group)
    return ` (--group ${session.target.group === 63 ? 34 : 63})`;
  const hint = CLI_HINTS[p.code] ?? '';
  // (a message that already names the flag with its value, "(--year 2022)", is not told it again)
  const flag = /--[a-z-]+/.exec(hint)?.[0];
  return flag && `${p.messageVi} ${p.messageEn}`.includes(`${flag} `) ? '' : hint;
}

/**
 * The period of an import for `year` (--year; undefined: the analysis's year): a finer period the
 * title gives for that year ("6 tháng đầu năm 2024"), or a part of the year the title names without
 * one ("… QUÝ II" with --year 2026); else the year.
 */
export function periodForYear(
  session: ImportSession,
  titled: string | null,
  year: number | undefined,
): string | null {
  if (year === undefined) {
    const y = session.target?.year ?? null;
    return titled ?? (y !== null ? String(y) : null);
  }
  return titled?.startsWith(String(year)) && titled.includes('-')
    ? titled
    : (session.spanOf(year) ?? String(year));
}

/**
 * The sheet `given` names: the one of that exact name, else the one it is once both are NFC, trimmed
 * and of one case (when only one is); else `given` as it is (then refused, naming the sheets).
 */
export function sheetNamed(
  given: string,
  names: readonly string[],
  titled: readonly { name: string; title?: string }[] = [],
): string {
  if (names.includes(given)) return given;
  const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const same = names.filter((n) => key(n) === key(given));
  if (same.length === 1) return same[0]!;
  // (a web page's table by its heading, as the page shows it: "Bảng 2. Xếp hạng DTI năm 2022")
  const headed = titled.filter((s) => s.title !== undefined && key(s.title) === key(given));
  return headed.length === 1 ? headed[0]!.name : given;
}

/** `import -`: the table comes on standard input, as a pasted one does (tab-separated, or a web page's). */
const STDIN = '-';
const STDIN_LABEL = 'stdin';

/**
 * Standard input as the text of a pasted table, sniffed and decoded as a text file is (safety/sniff,
 * readers/text/encoding: UTF-8 with or without BOM, UTF-16, Windows-1258): refused when empty,
 * larger than a paste may be, anything but text (a workbook: import it by its name) or of bytes no
 * encoding reads.
 */
function stdinText(io: Io): string {
  const bytes = io.stdin?.() ?? Buffer.alloc(0);
  if (bytes.length === 0) throw new ImportReadError('FILE_EMPTY', STDIN_LABEL);
  if (bytes.length > MAX_PASTE_CHARS * 4) throw new ImportReadError('FILE_TOO_LARGE', STDIN_LABEL);
  const head = bytes.subarray(0, 8192);
  if (sniffContainer(head).kind !== 'text')
    throw new ImportReadError(
      'UNSUPPORTED_FORMAT',
      STDIN_LABEL,
      {},
      {
        en: 'only a table as text can come on standard input: import a workbook by its file name',
        vi: 'qua đầu vào chuẩn chỉ nhập được bảng dạng văn bản: hãy nhập bảng tính theo tên tệp',
      },
    );
  const guess = detectEncoding(bytes, STDIN_LABEL, true);
  const text = decodeWhole(bytes, STDIN_LABEL, guess.encoding, guess.bomLength);
  if (text.length > MAX_PASTE_CHARS) throw new ImportReadError('FILE_TOO_LARGE', STDIN_LABEL);
  return text;
}

/**
 * `--indicator NAME` says the table is that indicator's (round 81: ignored whenever a column looked
 * like the DTI's — "Vietnam ICT Index 2020" stored as the DTI of 2020): a table read as a ranking
 * of one score and its rank ("Điểm | Xếp hạng", "Điểm DTI" in another index's file, "Hạ tầng số
 * (tỷ lệ phủ sóng 4G)") is read as the indicator's values and ranks; one of several of the
 * ranking's figures is no one indicator's (said: leave --indicator out to import the ranking); an
 * indicator table of one value column named by its header ("Chỉ số") takes the name given. A name
 * of the ranking's own indices ("DTI", "Chỉ số Hạ tầng số") is refused at the import's rows.
 */
function asIndicatorTable<A extends Awaited<ReturnType<ImportSession['analyze']>>>(
  analysis: A,
  flag: string | undefined,
): A {
  const name = flag?.trim();
  if (!name || namesRankingIndex(name)) return analysis;
  const cols = analysis.mapping.columns;
  // (a bare "Xếp hạng" beside a main index's column is set aside as the index's rank: its rank;
  // the ranking's columns read so in a table said to be an indicator's too — a layout remembered
  // from the DTI's ranking of the same headers)
  const figures = cols.filter(
    (c) => !fieldFitsKind(c.mapping.field, 'kpi') || c.note === 'rank of a main index',
  );
  if (figures.length === 0) {
    const byHeader = cols.filter((c) => c.mapping.field === 'kpi.valueForIndicator');
    if (byHeader.length !== 1 || cols.some((c) => c.mapping.field === 'kpi.indicator')) return analysis;
    const only = byHeader[0]!.mapping as Extract<ColumnField, { field: 'kpi.valueForIndicator' }>;
    return {
      ...analysis,
      mapping: {
        ...analysis.mapping,
        columns: cols.map((c) => (c === byHeader[0] ? { ...c, mapping: { ...only, indicator: name } } : c)),
      },
    };
  }
  const ranks = figures.filter((c) => c.mapping.field.endsWith('.rank') || c.note === 'rank of a main index');
  if (figures.length - ranks.length > 1 || ranks.length > 1)
    throw new UsageError('cli.usage.indicatorOverRanking', {
      columns: figures.map((c) => `${columnLetters(c.col)} "${c.header}"`).join(', '),
    });
  return {
    ...analysis,
    target: { ...analysis.target, kind: 'kpi', indicator: name },
    mapping: {
      ...analysis.mapping,
      columns: cols.map((c) =>
        !figures.includes(c)
          ? c
          : {
              ...c,
              mapping: { field: ranks.includes(c) ? ('kpi.rank' as const) : ('kpi.value' as const) },
              note: undefined,
            },
      ),
    },
  };
}

/**
 * A path as typed, or in the other Unicode form when only that one exists: a name with Vietnamese
 * letters typed composed (NFC) for a file stored decomposed (NFD, as macOS and some unzip tools
 * write names), or the other way round (round 81: "not found"). Sheet names are matched so too.
 */
function inEitherForm(p: string): string {
  if (fs.existsSync(p)) return p;
  for (const form of ['NFC', 'NFD'] as const) {
    const other = p.normalize(form);
    if (other !== p && fs.existsSync(other)) return other;
  }
  return p;
}

export async function runImportCommand(store: Store, opts: ImportOptions, io: Io): Promise<number> {
  const { file, json, year, group, decimalMark } = opts;
  const indicatorFlag = opts.indicator;
  const unitArg = opts.unit;
  const lang: Language = store.settings.language();
  const msg = (x: { messageVi: string; messageEn: string }) => (lang === 'vi' ? x.messageVi : x.messageEn);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const n = (v: number) => formatNumber(v, lang, 0);
  const unreadable = (e: ImportReadError): number => {
    io.err(`dti-desk: ${msg(e)}`);
    if (json)
      io.out(
        JSON.stringify(
          {
            status: 'unreadable',
            file: file === STDIN ? STDIN_LABEL : path.basename(file),
            error: { code: e.code, message: e.messageEn, messageVi: e.messageVi },
          },
          null,
          2,
        ),
      );
    return 1;
  };

  let session: ImportSession;
  try {
    session = new ImportSession(
      store.db,
      file === STDIN
        ? { kind: 'paste', text: stdinText(io), label: STDIN_LABEL }
        : { kind: 'file', path: inEitherForm(path.resolve(file)) },
    );
  } catch (e) {
    if (!isImportReadError(e)) throw e;
    return unreadable(e);
  }
  try {
    let preview: ImportPreview;
    // The indicator of a one-column-per-period table when only its title or sheet named it.
    let assumedIndicator: string | null = null;
    try {
      const info = await session.open();
      // (as typed: "DTI 2022" names the sheet "DTI 2022 " too, and a name in the other Unicode form)
      const sheet =
        opts.sheet === undefined
          ? undefined
          : sheetNamed(
              opts.sheet,
              info.sheets.map((s) => s.name),
              info.sheets,
            );
      if (sheet !== undefined && !info.sheets.some((s) => s.name === sheet)) {
        // (a chart sheet is a sheet to the user: said to be one, not to be missing)
        const chart = sheetNamed(opts.sheet!, info.chartSheets ?? []);
        const isChart = info.chartSheets?.includes(chart) ?? false;
        const noSheet = (l: Language) =>
          translate(l, isChart ? 'cli.import.chartSheet' : 'cli.import.noSheet', {
            file: info.fileName,
            sheet: isChart ? chart : sheet,
            names:
              info.sheets.map((s) => `"${s.name}"${s.title ? ` (${s.title})` : ''}`).join(', ') ||
              translate(l, 'cli.import.noSheets'),
          });
        io.err(`dti-desk: ${noSheet(lang)}`);
        if (json)
          io.out(
            JSON.stringify(
              {
                status: 'unreadable',
                file: info.fileName,
                error: { code: 'NO_SUCH_SHEET', message: noSheet('en'), messageVi: noSheet('vi') },
              },
              null,
              2,
            ),
          );
        return 1;
      }
      // Without --sheet: the sheet that looks most like a table (not a cover or instructions sheet),
      // for --year the one that names that year ("DTI 2022", not "DTI 2021").
      const analysis = asIndicatorTable(
        await session.analyze(sheet ?? (await session.suggestSheet(year ?? null))),
        indicatorFlag,
      );
      // Picked by the app, not by --sheet: one sheet of a ranking split over two is not committed alone.
      session.sheetGiven = sheet !== undefined;
      const y = year ?? analysis.target.year;
      const period = periodForYear(session, analysis.target.period ?? null, year);
      // Without --group the analysis decides (title, year, what the file shows) for the year and
      // period given here; when it cannot tell (2024 was published for 63 and for 34 units) the
      // group stays empty and the problem asks for --group.
      const g = group ?? session.groupFor({ kind: analysis.target.kind, year: y, period }, unitArg);
      // The unit the title or sheet name gives a table without a unit column.
      const named = (g === analysis.target.group ? analysis.target.unitId : session.tableUnit(g)) ?? null;
      const given = unitArg ? unitFlag(store, unitArg, g) : null;
      if (given !== null) {
        const units = new UnitRepository(store.db);
        // (a column of districts or communes, set aside, is a unit column all the same)
        const unitField = analysis.mapping.columns.find(
          (c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode' || isSubProvincialColumn(c),
        );
        if (unitField) throw new UsageError('cli.usage.unitWithColumn', { header: unitField.header });
        if (named !== null && named !== given)
          throw new UsageError('cli.usage.unitContradicts', {
            value: unitArg!,
            named: units.byId(named)?.name ?? '',
          });
      }
      const target: ImportTarget = {
        ...analysis.target,
        year: y,
        group: g,
        period,
        // A sheet per province: its unit is one of the group's list (--unit names it).
        unitId: given ?? named,
        // A table with one column per period and no indicator column: the KPI it holds.
        indicator: indicatorFlag?.trim() || analysis.target.indicator || null,
      };
      if (!indicatorFlag?.trim() && needsTableIndicator(analysis.mapping))
        assumedIndicator = target.indicator ?? null;
      // "Xếp hạng 2022 | Xếp hạng 2023": the column headed with the import's year is the one read.
      let mapping = mappingForYear(analysis.mapping, y);
      // --decimal-mark: the value columns' numbers that read both ways ("1.234") are read so.
      if (decimalMark) {
        mapping = {
          ...mapping,
          columns: mapping.columns.map((c) => (isNumericField(c.mapping) ? { ...c, decimalMark } : c)),
        };
      }
      preview = await session.stage(mapping, target);
      const reused =
        given !== null
          ? codeOfOtherUnit(store, unitArg!, given, { file: session.fileName, sheet: session.sheet })
          : null;
      if (reused)
        preview = {
          ...preview,
          problems: [reused, ...preview.problems],
          counts: { ...preview.counts, warnings: preview.counts.warnings + 1 },
        };
    } catch (e) {
      if (isImportReadError(e)) return unreadable(e);
      throw e;
    }

    const blocked = !preview.canCommit;
    if (blocked || opts.dryRun) {
      const status = blocked ? 'invalid' : 'dry-run';
      if (json) io.out(JSON.stringify({ status, ...summary(preview), ...changeList(preview) }, null, 2));
      else {
        const c = preview.counts;
        io.out(
          t('cli.import.summary', {
            file: preview.file,
            sheet: preview.sheet ? ` [${preview.sheet}]` : '',
            rows: n(c.rows),
            values: n(c.observations),
            new: n(c.new),
            changed: n(c.changed),
            unchanged: n(c.unchanged),
            errors: n(c.errors),
            warnings: n(c.warnings),
          }),
        );
        if (assumedIndicator) io.out(t('cli.import.tableIndicator', { name: assumedIndicator }));
        for (const p of preview.problems) {
          const hint = cliHint(p, session);
          io.out(`${t(p.severity === 'error' ? 'cli.import.error' : 'cli.import.warning')} ${msg(p)}${hint}`);
        }
        if (notListed(preview) > 0)
          io.out(
            t('cli.import.moreProblems', { n: n(notListed(preview)), shown: n(preview.problems.length) }),
          );
        for (const q of preview.questions) {
          // A unit that merged on 01/07/2025: the unit it became part of is the answer to give.
          const merged = preview.problems.some((p) => p.code === 'unitMerged' && p.value === q.label);
          io.out(
            t(q.kind === 'ambiguous' || merged ? 'cli.import.unitAmbiguous' : 'cli.import.unitUnknown', {
              label: q.label,
              rows: q.rows.join(', '),
              names: (merged ? q.candidates.slice(0, 1) : q.candidates).map((x) => x.name).join(' / '),
            }),
          );
        }
        if (!blocked) {
          const value = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, 4));
          const { changes: listed, changesNotListed } = changeList(preview);
          for (const ch of listed.slice(0, 200))
            io.out(
              t('cli.import.change', {
                row: ch.row,
                unit: ch.unit,
                // (what the value is, as the wizard's preview names it)
                key: previewValueLabel(ch, preview.target.kind, t),
                old: value(ch.old),
                new: value(ch.new),
              }),
            );
          const more = changesNotListed + Math.max(0, listed.length - 200);
          if (more > 0) io.out(t('cli.import.moreChanges', { n: n(more) }));
          io.out(t('cli.import.dryRun'));
        }
      }
      if (blocked)
        io.err(
          `dti-desk: ${t('cli.import.blocked', { file: preview.file, errors: n(preview.counts.errors), questions: n(preview.questions.length) })}`,
        );
      return blocked ? 2 : 0;
    }
    const r = session.commit();
    if (json)
      io.out(
        JSON.stringify(
          { status: 'committed', batchId: r.batchId, ...summary(preview), ...changeList(preview) },
          null,
          2,
        ),
      );
    else {
      if (assumedIndicator) io.out(t('cli.import.tableIndicator', { name: assumedIndicator }));
      io.out(
        t('cli.import.done', {
          // what the import wrote, as the wizard says it (values it found unchanged are counted apart)
          values: n(r.counts.new + r.counts.changed),
          // The sheet read: a workbook may hold other tables (said as warnings in a dry run).
          file: `${preview.file}${preview.sheet ? ` [${preview.sheet}]` : ''}`,
          id: r.batchId,
          new: n(r.counts.new),
          changed: n(r.counts.changed),
          unchanged: n(r.counts.unchanged),
          warnings: n(r.counts.warnings),
        }),
      );
      // What the import left out (other sheets, the rest of a ranking, columns set aside) is said here too.
      for (const p of preview.problems) io.out(`${t('cli.import.warning')} ${msg(p)}${cliHint(p, session)}`);
      if (notListed(preview) > 0)
        io.out(t('cli.import.moreProblems', { n: n(notListed(preview)), shown: n(preview.problems.length) }));
    }
    return 0;
  } finally {
    session.dispose();
  }
}

export function runImportsList(store: Store, json: boolean, io: Io): number {
  const batches = listBatches(store.db);
  const lang = store.settings.language();
  if (json) io.out(JSON.stringify(batches, null, 2));
  else
    for (const b of batches)
      io.out(
        translate(lang, 'cli.imports.row', {
          id: b.id,
          time: formatDateTime(b.createdAt, lang),
          file: `${b.fileName ?? b.kind}${b.sheet ? ` [${b.sheet}]` : ''}`,
          values: formatNumber(b.observations, lang, 0),
          undone: b.undoneAt ? translate(lang, 'cli.imports.undoneMark') : '',
        }),
      );
  return 0;
}

/** `undo-import ID`: the import's number, checked before any database is opened. */
export function undoId(id: string | undefined): number {
  const n = Number(id);
  if (!id || !/^\d+$/.test(id) || !Number.isSafeInteger(n) || n < 1) throw new UsageError('cli.usage.undoId');
  return n;
}

export function runUndoImport(store: Store, id: number, json: boolean, io: Io): number {
  let r: UndoResult;
  try {
    r = undoImport(store.db, id);
  } catch (e) {
    // No such import: said in the app's language (cli.ts translates errors that carry a key).
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', e.message, { key: 'cli.undo.notFound', params: { id } });
    throw e;
  }
  const lang = store.settings.language();
  // Cells (unit × indicator × period) as before, and the same in values, as the import counted them.
  if (json)
    io.out(
      JSON.stringify(
        { status: 'undone', batchId: id, restored: r.restored, removed: r.removed, values: r.values },
        null,
        2,
      ),
    );
  else {
    const n = (v: number) => formatNumber(v, lang, 0);
    const kept = r.values.keptBy.map((k) =>
      translate(lang, 'cli.undo.kept', { n: n(k.values), later: k.id }),
    );
    io.out(
      [
        translate(lang, 'cli.undo.done', {
          id,
          restored: n(r.values.restored),
          removed: n(r.values.removed),
        }),
        ...kept,
      ].join(' '),
    );
  }
  return 0;
}
