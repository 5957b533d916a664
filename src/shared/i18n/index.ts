import type { Language } from '../domain';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Translates a key, filling {placeholders} from params. Unknown keys come back as the key. */
export function translate(
  lang: Language,
  key: MessageKey | string,
  params?: Record<string, string | number>,
): string {
  const table = MESSAGES[lang] as Record<string, string>;
  const template = table[key] ?? (MESSAGES.vi as Record<string, string>)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The key of a message about `n` things: its "…One" form for one ("1 new value removed"), English
 * having a singular; the Vietnamese catalogue holds the same words under both.
 */
export const countKey = (key: MessageKey, n: number): MessageKey =>
  n === 1 && `${key}One` in MESSAGES.en ? (`${key}One` as MessageKey) : key;
