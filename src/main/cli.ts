#!/usr/bin/env node
// The headless command line over the same modules as the app. Runs under plain Node after
// `npm run build` (node out/main/cli.js …); it never loads Electron.
//
// Exit codes: 0 success; 2 the arguments are wrong (a usage error: unknown command or option, a
// value an option does not take) or an import fails validation or needs a unit name confirmed —
// nothing is written either way; 1 anything else (a file that cannot be read, no such import, a
// damaged or newer database…). Every failure is one line on stderr and, with --json (wherever it
// is on the command line), one JSON document on stdout and nothing else:
//   { "status": "error", "error": { "code": "USAGE" | AppError code, "message", "messageVi" } }
// (the import command's own outcomes, 'invalid' and 'unreadable', keep their shapes). With --json
// every command prints its result as one JSON document: units, rankings and imports a list;
// import and undo-import their outcome; load-reference, check, backup and restore
// { "status": "ok", … } with what they did; --help { "status": "ok", "usage": text }.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import {
  codeListOfGroup,
  groupOfYear,
  rankingGroupOfYear,
  type CodeList,
  type Language,
} from '../shared/domain';
import { formatNumber, formatScore, rankChangeShort } from '../shared/format';
import { translate } from '../shared/i18n';
import { AppError } from '../shared/result';
import { groupFlag, peekLanguage, UsageError, yearFlag } from './cliUsage';
import { resolveDbPath } from './paths';
import { Store } from './store';
import { copyDatabase, removeUnusedDatabase } from './store/db';
import { useReaderThread } from './imports/readers/readerThread';
import { importOptions, runImportCommand, runImportsList, runUndoImport, undoId } from './imports/cliImport';

export { UsageError } from './cliUsage';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set([
  '--db',
  '--year',
  '--group',
  '--out',
  '--sheet',
  '--list',
  '--indicator',
  '--decimal-mark',
  '--unit',
]);
const BOOL_FLAGS = new Set(['--json', '--dry-run', '--help', '-h']);
const flagName = (a: string) => (a.includes('=') ? a.slice(0, a.indexOf('=')) : a);
const isKnownFlag = (a: string) => VALUE_FLAGS.has(flagName(a)) || BOOL_FLAGS.has(flagName(a));

/**
 * What each command takes beside --db, --json and --help: its options and how many words (a file,
 * an import's number). An option another command takes, or a word too many, is a usage error, not
 * ignored (round 81: `undo-import 3 --dry-run` undid the import; `import a.csv b.csv` imported
 * a.csv alone, both exiting 0).
 */
const COMMAND_WORDS: Record<string, { flags: string[]; words: number }> = {
  units: { flags: ['--list'], words: 0 },
  'load-reference': { flags: [], words: 0 },
  rankings: { flags: ['--year', '--group'], words: 0 },
  check: { flags: [], words: 0 },
  backup: { flags: ['--out'], words: 0 },
  restore: { flags: [], words: 1 },
  import: {
    flags: ['--year', '--group', '--sheet', '--indicator', '--decimal-mark', '--unit', '--dry-run'],
    words: 1,
  },
  imports: { flags: [], words: 0 },
  'undo-import': { flags: [], words: 1 },
};
const EVERY_COMMAND = ['--db', '--json', '--help', '-h'];

function checkCommandWords(args: ParsedArgs): void {
  const takes = COMMAND_WORDS[args.command!];
  if (!takes) return; // (said as an unknown command)
  for (const name of args.flags.keys())
    if (!EVERY_COMMAND.includes(name) && !takes.flags.includes(name))
      throw new UsageError('cli.usage.optionNotFor', { name, command: args.command! });
  if (args.positional.length > takes.words)
    throw new UsageError('cli.usage.extraWords', {
      command: args.command!,
      extra: args.positional.slice(takes.words).join(' '),
    });
}

export function parseArgs(argv: string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // ("--" ends the options, as getopt's: a file named "-2022.csv" after it is a file)
    if (options && a === '--') {
      options = false;
      continue;
    }
    // ("-" alone is a file: standard input)
    if (options && a.startsWith('-') && a !== '-') {
      const [name, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      if (VALUE_FLAGS.has(name)) {
        const v = inline ?? argv[++i];
        // `--year --json`: the option's value is missing, not "--json" (--sheet=--x still names one).
        if (v === undefined || (inline === undefined && isKnownFlag(v)))
          throw new UsageError('cli.usage.needsValue', { name });
        flags.set(name, v);
      } else if (BOOL_FLAGS.has(name)) {
        // (`--json=no`, `--dry-run=false`: a switch is on by being there; a value it cannot take
        // is refused rather than read as "on", round 81)
        if (inline !== undefined) throw new UsageError('cli.usage.takesNoValue', { name, value: inline });
        flags.set(name, true);
      } else throw new UsageError('cli.usage.unknownOption', { name });
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

/**
 * Whether --json is on the command line, wherever it is: read from the words themselves, so that
 * an error in the arguments before or after it still answers in JSON. (parseArgs never takes
 * "--json" as another option's value, so this agrees with it when it succeeds.)
 */
export function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => flagName(a) === '--json');
}

/** The JSON document of a failure that has no shape of its own (all but import's outcomes). */
export function errorJson(code: string, message: string, messageVi: string): string {
  return JSON.stringify({ status: 'error', error: { code, message, messageVi } }, null, 2);
}

const str = (f: ParsedArgs['flags'], k: string): string | undefined => {
  const v = f.get(k);
  return typeof v === 'string' ? v : undefined;
};

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Standard input, read whole (`import -`: a table pasted or piped in). */
  stdin?(): Buffer;
}

export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Help and argument errors speak the app's language, read from the database if there is one.
  // (the last --db, in either form, before any "--": the one parseArgs keeps — round 81: help
  // spoke the first one's language, the command used the second)
  const dbFlag = () => {
    let db: string | undefined;
    for (let i = 0; i < argv.length && argv[i] !== '--'; i++)
      if (argv[i] === '--db') db = argv[++i];
      else if (argv[i]!.startsWith('--db=')) db = argv[i]!.slice(5);
    return db;
  };
  const lang = () => peekLanguage(resolveDbPath({ flag: dbFlag(), env }));
  const json = wantsJson(argv);
  /** A command's success: `{"status":"ok", …result}` with --json, else its sentence. Exit 0. */
  const done = (result: object, text: () => string): 0 => {
    io.out(json ? JSON.stringify({ status: 'ok', ...result }, null, 2) : text());
    return 0;
  };
  let store: Store | undefined;
  let dryRunAside: string | null = null;
  try {
    const args = parseArgs(argv);
    const help = args.flags.has('--help') || args.flags.has('-h');
    if (help || (!args.command && !json)) {
      const usage = translate(lang(), 'cli.usage.text');
      io.out(help && json ? JSON.stringify({ status: 'ok', usage }, null, 2) : usage);
      // Asked-for help succeeds; a run without a command (even with --db) is a usage error.
      return help ? 0 : 2;
    }
    if (!args.command) throw new UsageError('cli.usage.noCommand');
    checkCommandWords(args);
    // (`--db "$UNSET"` in a script: never the app's own database)
    if (args.flags.get('--db') === '') throw new UsageError('cli.usage.needsValue', { name: '--db' });
    const dbPath = resolveDbPath({ flag: str(args.flags, '--db'), env });
    switch (args.command) {
      case 'units': {
        const list = str(args.flags, '--list');
        if (list !== undefined && list !== 'gso2004' && list !== '2025')
          throw new UsageError('cli.usage.list', { value: list });
        store = new Store(dbPath);
        const units = store.units.list(list as CodeList | undefined);
        if (json) {
          io.out(
            JSON.stringify(
              units.map((u) => ({
                code: u.code,
                codeList: u.codeList,
                name: u.name,
                type: u.type,
                region: u.region,
                validFrom: u.validFrom,
                validTo: u.validTo,
                successorCode: u.successorCode,
                predecessorCodes: u.predecessorCodes,
                codeVerified: u.codeVerified,
                aliases: u.aliases,
              })),
              null,
              2,
            ),
          );
        } else {
          for (const u of units) {
            const succ = u.successorCode
              ? ` → ${u.successorCode}`
              : u.predecessorCodes.length
                ? ` ← ${u.predecessorCodes.join(',')}`
                : '';
            io.out(`${u.codeList.padEnd(7)} ${u.code}  ${u.name}${succ}`);
          }
        }
        return 0;
      }
      case 'load-reference': {
        store = new Store(dbPath);
        const r = store.loadReference();
        const lang = store.settings.language();
        return done(r, () =>
          r.alreadyLoaded
            ? translate(lang, 'cli.reference.already')
            : translate(lang, 'cli.reference.loaded', {
                observations: formatNumber(r.observations, lang, 0),
                batches: r.batches,
              }),
        );
      }
      case 'rankings': {
        const year = yearFlag(str(args.flags, '--year'));
        if (year === undefined) throw new UsageError('cli.usage.yearRequired');
        const group = groupFlag(str(args.flags, '--group')) ?? groupOfYear(year);
        store = new Store(dbPath);
        const rows = store.rankingRows(year, group);
        if (json) {
          const indices = store.rankings.mainIndices(year, group);
          io.out(
            JSON.stringify(
              rows.map((r) => ({
                year: r.year,
                group: r.group,
                unitCode: r.unitCode,
                unitName: r.unitName,
                codeList: codeListOfGroup(r.group),
                score: r.score,
                rank: r.rank,
                rankOf: r.rankOf,
                rankChange: r.rankChange,
                previousRank: r.previousRank,
                pillars: r.pillars,
                // the year's methodology's main indices (QĐ 922: nhan_thuc_so … hd_xa_hoi_so)
                mainIndices: indices.get(r.unitId) ?? {},
                edited: r.editedCells,
              })),
              null,
              2,
            ),
          );
        } else {
          const lang = store.settings.language();
          io.out(translate(lang, 'cli.rankings.title', { year, group }));
          // (a year or group with nothing stored is said so, not listed as a table of dashes — round 83)
          const held = rows.some(
            (r) =>
              r.score !== null ||
              r.rank !== null ||
              (['cqs', 'kts', 'xhs'] as const).some(
                (k) => r.pillars[k].rank !== null || r.pillars[k].score !== null,
              ),
          );
          // (a group the year was not ranked in names the one it was: 2022 among 63, 2025 among 34)
          const ranked = rankingGroupOfYear(year);
          if (!held)
            io.out(
              ranked !== null && ranked !== group
                ? translate(lang, 'cli.rankings.otherGroup', { year, group, ranked })
                : translate(lang, 'cli.rankings.none', { year, group }),
            );
          for (const r of held ? rows : []) {
            const p = (k: 'cqs' | 'kts' | 'xhs') => `${r.pillars[k].rank ?? '-'}`.padStart(3);
            io.out(
              `${String(r.rank ?? '-').padStart(3)}/${r.rankOf}  ${r.unitName.padEnd(22)} ${(formatScore(r.score, lang) || '-').padStart(6)}  ${rankChangeShort(r.rankChange).padEnd(4)} CQS ${p('cqs')} KTS ${p('kts')} XHS ${p('xhs')}`,
            );
          }
        }
        return 0;
      }
      case 'check': {
        // check() runs the full integrity check (once: not also when opening) and throws on damage.
        store = new Store(dbPath);
        const r = store.check();
        const lang = store.settings.language();
        return done({ db: dbPath, ...r }, () =>
          translate(lang, 'cli.check.ok', {
            db: dbPath,
            version: r.userVersion,
            journal: r.journalMode,
            foreignKeys: r.foreignKeys ? 'on' : 'off',
            busy: r.busyTimeout,
            integrity: r.integrity ?? '',
          }),
        );
      }
      case 'backup': {
        const out = str(args.flags, '--out');
        if (!out) throw new UsageError('cli.usage.backupOut');
        store = new Store(dbPath);
        const file = store.backup(out);
        const lang = store.settings.language();
        return done({ path: file }, () => translate(lang, 'cli.backup.done', { path: file }));
      }
      case 'restore': {
        const from = args.positional[0];
        if (!from) throw new UsageError('cli.usage.restoreFile');
        store = new Store(dbPath);
        const r = store.restore(from);
        const lang = store.settings.language();
        return done({ db: dbPath, ...r }, () =>
          translate(lang, 'cli.restore.done', { db: dbPath, from: r.restoredFrom, safety: r.safetyBackup }),
        );
      }
      case 'import': {
        const opts = importOptions(args);
        // A dry run writes nothing, not even a new database: with none yet at that path (or an
        // empty file there, which SQLite would make one of) the file is checked against a new one
        // made aside, removed after (round 79: the file was created; an empty one was filled).
        // An existing one is copied aside and the file checked against the copy: opening it to
        // write would migrate an older schema, turn a rollback journal into WAL, checkpoint a
        // left-over WAL — each a change of its bytes (round 81).
        // An import that fails leaves no database where there was none (round 81: a file
        // refused, or unreadable, made an empty one at a new --db path).
        const made = !opts.dryRun && !fs.existsSync(dbPath);
        if (opts.dryRun) {
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-desk-dry-run-'));
          dryRunAside = dir;
          // (removed on SIGTERM, SIGINT or SIGHUP too: a script's timeout left it in the temp folder)
          removeOnSignal.add(dir);
          const copy = path.join(dir, 'dti-desk.db');
          if (!noDatabaseYet(dbPath)) await copyDatabase(dbPath, copy);
          store = asIfAt(dbPath, copy, () => new Store(copy));
        } else store = new Store(dbPath);
        // The file's rows are read on a thread of their own while they are staged (built beside cli.js).
        useReaderThread(path.join(__dirname, 'readerWorker.js'));
        let exit = 1;
        try {
          exit = await runImportCommand(store, opts, io);
          return exit;
        } finally {
          if (made && exit !== 0) {
            store.close();
            store = undefined;
            removeUnusedDatabase(dbPath);
          }
        }
      }
      case 'imports': {
        store = new Store(dbPath);
        return runImportsList(store, json, io);
      }
      case 'undo-import': {
        const id = undoId(args.positional[0]);
        store = new Store(dbPath);
        return runUndoImport(store, id, json, io);
      }
      default:
        throw new UsageError('cli.usage.unknownCommand', { command: args.command });
    }
  } catch (e) {
    const failure =
      databaseFailure(e, resolveDbPath({ flag: dbFlag(), env }), lang) ?? describeFailure(e, store, lang);
    io.err(`dti-desk: ${failure.text}`);
    if (json) io.out(errorJson(failure.code, failure.message, failure.messageVi));
    return failure.exit;
  } finally {
    store?.close();
    if (dryRunAside) {
      fs.rmSync(dryRunAside, { recursive: true, force: true });
      removeOnSignal.delete(dryRunAside);
    }
  }
}

/** Folders a run made aside, removed if it is stopped by a signal (see the end of this file). */
const removeOnSignal = new Set<string>();

/** `open()`, its failures said of the database at `real` (a dry run's copy of it is at `copy`). */
function asIfAt<T>(real: string, copy: string, open: () => T): T {
  try {
    return open();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const details = e.details as { path?: unknown } | undefined;
    throw new AppError(
      e.code,
      e.message.split(copy).join(real),
      details?.path === copy ? { ...details, path: real } : e.details,
    );
  }
}

/** Whether `file` holds no database yet: absent, or an empty file with no write-ahead log beside it. */
function noDatabaseYet(file: string): boolean {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return !st || (st.isFile() && st.size === 0 && !fs.existsSync(`${file}-wal`));
}

interface Failure {
  /** For people, in the app's language. */
  text: string;
  /** For --json. */
  code: string;
  message: string;
  messageVi: string;
  exit: number;
}

/** What the command line says about an error, on stderr and (with --json) on stdout. */
export function describeFailure(e: unknown, store: Store | undefined, lang: () => Language): Failure {
  if (e instanceof UsageError)
    return {
      text: e.text(lang()),
      code: 'USAGE',
      message: e.messageIn('en'),
      messageVi: e.messageIn('vi'),
      exit: 2,
    };
  if (e instanceof AppError) {
    const exit = e.code === 'IMPORT_INVALID' || e.code === 'IMPORT_NEEDS_ANSWERS' ? 2 : 1;
    return {
      text: appErrorText(e, store, lang),
      code: e.code,
      message: appErrorText(e, undefined, () => 'en'),
      messageVi: appErrorText(e, undefined, () => 'vi'),
      exit,
    };
  }
  // Never a stack trace: the message only.
  const message = oneLine(e);
  return { text: message, code: 'INTERNAL', message, messageVi: message, exit: 1 };
}

/**
 * A failure of the database itself — locked by another program's write, read-only, not a
 * database or damaged, not openable — said in words and with a code a script can act on
 * (DB_LOCKED: try again later; DB_READONLY, DB_DAMAGED, DB_OPEN_FAILED: a person is needed);
 * null for any other failure. (Round 81: SQLite's English words in both languages, the same
 * cause under INTERNAL or DB_OPEN_FAILED by where it happened.)
 */
function databaseFailure(e: unknown, dbPath: string, lang: () => Language): Failure | null {
  const detail =
    e instanceof AppError && e.code === 'DB_OPEN_FAILED'
      ? String((e.details as { detail?: unknown } | undefined)?.detail ?? e.message)
      : e instanceof Error && /^SQLITE_/.test(String((e as { code?: unknown }).code))
        ? `${String((e as { code?: unknown }).code)} ${e.message}`
        : null;
  if (detail === null) return null;
  const [code, key] = /database is locked|SQLITE_BUSY|SQLITE_LOCKED/i.test(detail)
    ? (['DB_LOCKED', 'cli.db.locked'] as const)
    : /readonly|read-only|SQLITE_READONLY/i.test(detail)
      ? (['DB_READONLY', 'cli.db.readonly'] as const)
      : /not a database|malformed|SQLITE_NOTADB|SQLITE_CORRUPT/i.test(detail)
        ? (['DB_DAMAGED', 'cli.db.damaged'] as const)
        : /unable to open|SQLITE_CANTOPEN|SQLITE_PERM|EACCES/i.test(detail)
          ? (['DB_OPEN_FAILED', 'cli.db.cannotOpen'] as const)
          : [null, null];
  if (code === null) return null;
  // (the file the failure is of, when it says: asIfAt gives a dry run's copy as the database)
  const said = e instanceof AppError ? (e.details as { path?: unknown } | undefined)?.path : undefined;
  const where = typeof said === 'string' ? said : dbPath;
  const say = (l: Language) => translate(l, key, { path: where, detail: oneLine(detail) });
  return { text: say(lang()), code, message: say('en'), messageVi: say('vi'), exit: 1 };
}

const oneLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ').trim() || String(e);

/**
 * An error's text in the app's language: errors that carry a message key (undo refusals:
 * imports.undoLaterFirst, imports.alreadyUndone …) are translated; others keep their message.
 */
function appErrorText(e: AppError, store: Store | undefined, lang: () => Language): string {
  const d = e.details as { key?: unknown; params?: unknown } | undefined;
  if (!d || typeof d.key !== 'string') return e.message;
  let language: Language;
  try {
    language = store ? store.settings.language() : lang();
  } catch {
    language = lang();
  }
  const params =
    d.params && typeof d.params === 'object' ? (d.params as Record<string, string | number>) : undefined;
  const text = translate(language, d.key, params);
  return text === d.key ? e.message : text;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  let wroteOut = false;
  // The last resort (main catches what it runs into): one line, JSON if asked for and nothing was
  // written yet, exit 1 — never Node's stack trace.
  const crash = (e: unknown) => {
    const message = oneLine(e);
    process.stderr.write(`dti-desk: ${message}\n`);
    if (wantsJson(argv) && !wroteOut) process.stdout.write(errorJson('INTERNAL', message, message) + '\n');
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  // Stopped (a script's timeout, Ctrl-C): what was made aside goes, and the exit says the signal
  // as a shell does (128 + its number). An import's transaction not committed is SQLite's to undo.
  for (const [signal, n] of [
    ['SIGTERM', 15],
    ['SIGINT', 2],
    ['SIGHUP', 1],
  ] as const)
    process.on(signal, () => {
      for (const dir of removeOnSignal) fs.rmSync(dir, { recursive: true, force: true });
      process.exit(128 + n);
    });
  process.on('unhandledRejection', crash);
  // `dti-desk rankings … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    wroteOut = true;
    crash(e);
  });
  main(argv, {
    out: (s) => {
      wroteOut = true;
      process.stdout.write(s + '\n');
    },
    err: (s) => process.stderr.write(s.replace(/\s*\n\s*/g, ' ') + '\n'),
    stdin: () => fs.readFileSync(0),
  }).then((code) => {
    process.exitCode = code;
  }, crash);
}
