// What the command line says about how it was called (its help and its argument errors), in the
// app's language like the rest of its output for people. The language lives in the database,
// which may not exist yet when the arguments are wrong: it is peeked at read-only, never created.
import fs from 'node:fs';
import { readingConnection } from './store/db';
import type { Language, RankingGroup } from '../shared/domain';
import type { DecimalMark } from '../shared/imports/layout';
import { translate, type MessageKey } from '../shared/i18n';
import { SettingsRepository } from './store/settings';

export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(translate('en', key, params));
    this.name = 'UsageError';
  }

  /** For people (stderr): the message in their language, with the pointer to --help. */
  text(lang: Language): string {
    return `${translate(lang, this.key, this.params)} ${translate(lang, 'cli.usage.seeHelp')}`;
  }

  /** For --json: the message in each language, without the pointer. */
  messageIn(lang: Language): string {
    return translate(lang, this.key, this.params);
  }
}

/** The language the database's settings say ('vi' when there is no readable database yet). */
export function peekLanguage(dbPath: string): Language {
  if (!fs.existsSync(dbPath)) return 'vi';
  // (on a connection that leaves no -wal and -shm beside it: round 81, after a mistyped option)
  try {
    const db = readingConnection(dbPath);
    try {
      return new SettingsRepository(db).language();
    } finally {
      db.close();
    }
  } catch {
    return 'vi';
  }
}

/** --year Y: a year 2000–2100. */
export function yearFlag(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  // (four digits: Number() also reads "0x7E6", "2e3", "2022.0" and " 2022" as years, round 81)
  const y = /^\d{4}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new UsageError('cli.usage.year', { value: v });
  return y;
}

/** `--decimal-mark dot|comma` (or "." / ","): how the numbers that read both ways are read. */
export function decimalMarkFlag(v: string | undefined): DecimalMark | undefined {
  if (v === undefined) return undefined;
  if (v === 'dot' || v === '.') return '.';
  if (v === 'comma' || v === ',') return ',';
  throw new UsageError('cli.usage.decimalMark', { value: v });
}

/** --group 63|34. */
export function groupFlag(v: string | undefined): RankingGroup | undefined {
  if (v === undefined) return undefined;
  if (v === '63' || v === '34') return Number(v) as RankingGroup;
  throw new UsageError('cli.usage.group', { value: v });
}
