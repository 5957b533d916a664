#!/usr/bin/env node
// The headless command line over the same modules as the app. Runs under plain Node after
// `npm run build` (node out/main/cli.js …); it never loads Electron.
import { codeListOfGroup, groupOfYear, type CodeList, type Language } from '../shared/domain';
import { formatNumber, formatScore, rankChangeShort } from '../shared/format';
import { translate } from '../shared/i18n';
import { AppError } from '../shared/result';
import { groupFlag, peekLanguage, UsageError, yearFlag } from './cliUsage';
import { resolveDbPath } from './paths';
import { Store } from './store';
import { runImportCommand, runImportsList, runUndoImport } from './imports/cliImport';

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

export function parseArgs(argv: string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      const [name, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      if (VALUE_FLAGS.has(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError('cli.usage.needsValue', { name });
        flags.set(name, v);
      } else if (BOOL_FLAGS.has(name)) flags.set(name, true);
      else throw new UsageError('cli.usage.unknownOption', { name });
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

const str = (f: ParsedArgs['flags'], k: string): string | undefined => {
  const v = f.get(k);
  return typeof v === 'string' ? v : undefined;
};

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export async function main(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Help and argument errors speak the app's language, read from the database if there is one.
  const lang = () => {
    const at = argv.indexOf('--db');
    const flag = argv.find((a) => a.startsWith('--db='))?.slice(5) ?? (at >= 0 ? argv[at + 1] : undefined);
    return peekLanguage(resolveDbPath({ flag, env }));
  };
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`dti-desk: ${e instanceof UsageError ? e.text(lang()) : (e as Error).message}`);
    return 1;
  }
  if (!args.command || args.flags.has('--help') || args.flags.has('-h')) {
    io.out(translate(lang(), 'cli.usage.text'));
    // Asked-for help succeeds; a run without a command (even with --db) is a usage error.
    return args.flags.has('--help') || args.flags.has('-h') ? 0 : 1;
  }
  let store: Store | undefined;
  try {
    const dbPath = resolveDbPath({ flag: str(args.flags, '--db'), env });
    const json = args.flags.has('--json');
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
        io.out(
          r.alreadyLoaded
            ? translate(lang, 'cli.reference.already')
            : translate(lang, 'cli.reference.loaded', {
                observations: formatNumber(r.observations, lang, 0),
                batches: r.batches,
              }),
        );
        return 0;
      }
      case 'rankings': {
        const year = yearFlag(str(args.flags, '--year'));
        if (year === undefined) throw new UsageError('cli.usage.yearRequired');
        const group = groupFlag(str(args.flags, '--group')) ?? groupOfYear(year);
        store = new Store(dbPath);
        const rows = store.rankingRows(year, group);
        if (json) {
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
                edited: r.editedCells,
              })),
              null,
              2,
            ),
          );
        } else {
          const lang = store.settings.language();
          io.out(translate(lang, 'cli.rankings.title', { year, group }));
          for (const r of rows) {
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
        io.out(
          translate(store.settings.language(), 'cli.check.ok', {
            db: dbPath,
            version: r.userVersion,
            journal: r.journalMode,
            foreignKeys: r.foreignKeys ? 'on' : 'off',
            busy: r.busyTimeout,
            integrity: r.integrity ?? '',
          }),
        );
        return 0;
      }
      case 'backup': {
        const out = str(args.flags, '--out');
        if (!out) throw new UsageError('cli.usage.backupOut');
        store = new Store(dbPath);
        io.out(translate(store.settings.language(), 'cli.backup.done', { path: store.backup(out) }));
        return 0;
      }
      case 'restore': {
        const from = args.positional[0];
        if (!from) throw new UsageError('cli.usage.restoreFile');
        store = new Store(dbPath);
        const r = store.restore(from);
        io.out(
          translate(store.settings.language(), 'cli.restore.done', {
            db: dbPath,
            from: r.restoredFrom,
            safety: r.safetyBackup,
          }),
        );
        return 0;
      }
      case 'import': {
        store = new Store(dbPath);
        return await runImportCommand(store, args, io);
      }
      case 'imports': {
        store = new Store(dbPath);
        return runImportsList(store, json, io);
      }
      case 'undo-import': {
        store = new Store(dbPath);
        return runUndoImport(store, args.positional[0], io);
      }
      default:
        throw new UsageError('cli.usage.unknownCommand', { command: args.command });
    }
  } catch (e) {
    if (e instanceof UsageError) io.err(`dti-desk: ${e.text(lang())}`);
    else if (e instanceof AppError) io.err(`dti-desk: ${appErrorText(e, store, lang)}`);
    else io.err(`dti-desk: ${(e as Error)?.message ?? String(e)}`);
    return e instanceof AppError && (e.code === 'IMPORT_INVALID' || e.code === 'IMPORT_NEEDS_ANSWERS')
      ? 2
      : 1;
  } finally {
    store?.close();
  }
}

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
  // `dti-desk rankings … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s.replace(/\s*\n\s*/g, ' ') + '\n'),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`dti-desk: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
