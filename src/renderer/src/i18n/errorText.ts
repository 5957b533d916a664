// Turns any failure into a translated sentence: `errors.<code>` with the error's details as
// placeholders, falling back to the message main sent when the code has no translation.
import type { Language } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { ApiError } from '../api/unwrap';

/** The details' text and number params; a number with decimals written the language's way (0,7024). */
function primitiveParams(details: unknown, lang: Language): Record<string, string | number> {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number') out[k] = Number.isInteger(v) ? v : formatNumber(v, lang, 4);
  }
  return out;
}

export function errorText(lang: Language, err: unknown): string {
  if (!(err instanceof ApiError)) {
    const detail = err instanceof Error ? err.message : String(err);
    return translate(lang, 'errors.INTERNAL', { detail });
  }
  const { code, message, details } = err.shape;
  // Main may name a more precise message in details.key (e.g. validation.rankRange with
  // details.params {of: 63}); prefer it when this build knows that key.
  if (details && typeof details === 'object' && 'key' in details && typeof details.key === 'string') {
    const params = 'params' in details ? primitiveParams(details.params, lang) : {};
    const precise = translate(lang, details.key, params);
    if (precise !== details.key) return precise;
  }
  const key = `errors.${code}`;
  const text = translate(lang, key, { detail: message, ...primitiveParams(details, lang) });
  // translate() hands back the key itself when there is no such message.
  return text === key ? message : text;
}
