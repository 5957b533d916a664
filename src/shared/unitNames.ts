// Unit names arrive in many spellings ("TP. Hồ Chí Minh", "TP HCM", "Thừa Thiên - Huế",
// "Hoà Bình"/"Hòa Bình", "Bà Rịa – Vũng Tàu", with or without "Tỉnh"). We match on a normalised
// key plus aliases, never on the raw label; an unmatched or ambiguous name goes to the user.

// Old-style tone placement (hoà, thuý, khoẻ) → new style (hòa, thúy, khỏe): the tone mark sits on
// the vowel of the nucleus. Applied after NFD so marks are separate code points.
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, NFC, modern tone placement, collapsed spaces, unified dashes. Keeps diacritics. */
export function canonicalName(raw: string): string {
  let s = raw.normalize('NFC').toLowerCase();
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*-\s*/g, ' - ');
  s = s.replace(/\s+/g, ' ').trim();
  // oà/oá/oả/oã/oạ, oè…, uý… → put the mark on the second vowel (modern placement)
  s = s.replace(/([oòóỏõọ])([aăe])/g, (_m, o: string, v: string) => moveTone(o, v));
  s = s.replace(/([uùúủũụ])(y)/g, (_m, u: string, y: string) => moveTone(u, y));
  return s.normalize('NFC');
}

function moveTone(first: string, second: string): string {
  const d = first.normalize('NFD');
  const tone = d.slice(1).match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0];
  if (!tone) return first + second;
  const base = d[0];
  return base + (second.normalize('NFD') + tone).normalize('NFC');
}

/** Strips diacritics (đ → d) for a diacritic-insensitive key. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const PREFIXES = ['thanh pho truc thuoc trung uong', 'thanh pho', 'tinh', 'tp', 't p'];

/**
 * The matching key: no diacritics, no punctuation, no administrative prefix, no "(cũ)/(mới)"
 * suffix, single spaces. "TP. Hồ Chí Minh" → "ho chi minh"; "Thừa Thiên - Huế" → "thua thien hue".
 */
export function unitKey(raw: string): string {
  let s = stripDiacritics(canonicalName(raw));
  s = s.replace(/\((cu|moi|old|new)\)/g, ' ');
  s = s
    .replace(/[.,;:()'"“”‘’_/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const p of PREFIXES) {
    if (s.startsWith(p + ' ')) {
      s = s.slice(p.length + 1);
      break;
    }
  }
  // "TP.HCM" style glued prefix: "tphcm", "tp.hcm" already split by the dot.
  if (/^tp[a-z]/.test(s) && !/^tp\s/.test(s)) s = s.replace(/^tp/, '');
  return s.replace(/\s+/g, ' ').trim();
}

/** Compact key without spaces, so "Bà Rịa Vũng Tàu", "BàRịa-VũngTàu" and "Ba Ria - Vung Tau" agree. */
export const compactKey = (raw: string): string => unitKey(raw).replace(/\s/g, '');

export interface MatchCandidate {
  id: number;
  code: string;
  name: string;
  aliases: readonly string[];
}

export type MatchResult =
  | { kind: 'matched'; id: number; via: 'name' | 'alias' | 'code' }
  | { kind: 'ambiguous'; ids: number[] }
  | { kind: 'unmatched' };

/** Builds a matcher over one code list. Names and aliases are indexed by compact key. */
export function buildUnitMatcher(candidates: readonly MatchCandidate[]): (label: string) => MatchResult {
  const byName = new Map<string, Set<number>>();
  const byAlias = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, k: string, id: number) => {
    if (!k) return;
    const set = m.get(k) ?? new Set<number>();
    set.add(id);
    m.set(k, set);
  };
  for (const c of candidates) {
    add(byName, compactKey(c.name), c.id);
    for (const a of c.aliases) add(byAlias, compactKey(a), c.id);
  }
  return (label: string) => {
    const k = compactKey(label);
    if (!k) return { kind: 'unmatched' };
    const exact = byName.get(k);
    if (exact && exact.size === 1) return { kind: 'matched', id: [...exact][0]!, via: 'name' };
    const alias = byAlias.get(k);
    const ids = new Set<number>([...(exact ?? []), ...(alias ?? [])]);
    if (ids.size === 1) return { kind: 'matched', id: [...ids][0]!, via: exact ? 'name' : 'alias' };
    if (ids.size > 1) return { kind: 'ambiguous', ids: [...ids].sort((a, b) => a - b) };
    return { kind: 'unmatched' };
  };
}
