// Unit names arrive in many spellings ("TP. Hồ Chí Minh", "TP HCM", "Thừa Thiên - Huế",
// "Hoà Bình"/"Hòa Bình", "Bà Rịa – Vũng Tàu", with or without "Tỉnh"). We match on a normalised
// key plus aliases, never on the raw label; an unmatched or ambiguous name goes to the user.
import type { CodeList } from './domain';

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

// Administrative prefixes, longest first. "Thành phố"/"TP" names a centrally-run city, "Tỉnh" a
// province: "Thành phố Hà Tĩnh" is the provincial city inside Hà Tĩnh province, not the province.
const PREFIXES: readonly (readonly [string, UnitPrefix])[] = [
  ['thanh pho truc thuoc trung uong', 'city'],
  ['thanh pho', 'city'],
  // "Thủ đô Hà Nội" (the capital: a centrally-run city)
  ['thu do', 'city'],
  ['tinh', 'province'],
  ['tp', 'city'],
  ['t p', 'city'],
  // "T. Quảng Ninh": Tỉnh abbreviated
  ['t', 'province'],
];

/** The kind of unit an administrative prefix names. */
export type UnitPrefix = 'city' | 'province';
/** "(cũ)" marks a unit of before the 2025 rearrangement, "(mới)" one of after. */
export type UnitEra = 'old' | 'new';

const ERA_MARK = /\((cu|moi|old|new)\)/g;

// The kind written in brackets after the name: "Hà Nội (TP)", "Cần Thơ (Thành phố)", "Quảng Ninh
// (tỉnh)" say what the "TP."/"Tỉnh" prefixes say (matched on the diacritic-free text; the last
// bracket only, before or after a (cũ)/(mới) mark).
const KIND_MARK =
  /\(\s*(thanh pho|tp\.?|t\.\s*p\.?|tinh|city|province)\s*\)\s*(?=(?:\((?:cu|moi|old|new)\)\s*)?$)/;

// English suffixes, as in the ministry's English tables: "Da Nang City" names a centrally-run
// city and "Binh Phuoc Province" a province, like the "Thành phố"/"Tỉnh" prefixes do.
const SUFFIXES: readonly (readonly [string, UnitPrefix])[] = [
  ['city', 'city'],
  ['province', 'province'],
];

// Footnote markers after a name: "Thanh Hóa (*)", "Yên Bái*", "Hà Nội (1)", "Lào Cai **", "Huế¹".
// Only asterisks, daggers and small numbers are markers: no unit name ends in them. One marker at
// the very end, matched on the last characters only, so a hostile cell cannot make it backtrack.
const FOOTNOTE_MARK = /(?:\(\s*(?:\*+|\d{1,2})\s*\)|\[\s*(?:\*+|\d{1,2})\s*\]|\*+|[†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u;
const FOOTNOTE_TAIL = 12;

/** A label without the footnote markers after it. */
export function withoutFootnoteMark(raw: string): string {
  let s = raw.trimEnd();
  for (;;) {
    const m = FOOTNOTE_MARK.exec(s.slice(-FOOTNOTE_TAIL));
    if (!m) return s;
    s = s.slice(0, s.length - m[0].length).trimEnd();
  }
}

/**
 * Punctuation-free, single-spaced text with its letters as written (ă, â, ê, ô, ơ, ư, đ) and
 * without tone marks.
 */
const letterKey = (raw: string): string =>
  canonicalName(raw)
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .replace(/[.,;:()'"“”‘’_/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Diacritic-free, punctuation-free, single-spaced text; prefixes and marks kept. */
function plainKey(raw: string): string {
  return stripDiacritics(canonicalName(raw))
    .replace(/[.,;:()'"“”‘’_/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a label says besides the name: its administrative prefix and its (cũ)/(mới) mark. */
export function labelParts(raw: string): { key: string; prefix: UnitPrefix | null; era: UnitEra | null } {
  let s = stripDiacritics(canonicalName(withoutFootnoteMark(raw.trim())));
  const mark = /\((cu|moi|old|new)\)/.exec(s)?.[1];
  const era: UnitEra | null = mark === undefined ? null : mark === 'cu' || mark === 'old' ? 'old' : 'new';
  const kindMark = KIND_MARK.exec(s);
  if (kindMark) s = `${s.slice(0, kindMark.index)} ${s.slice(kindMark.index + kindMark[0].length)}`;
  s = s
    .replace(ERA_MARK, ' ')
    .replace(/[.,;:()'"“”‘’_/\\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "48 - Đà Nẵng": the GSO code written before the name (the name says the unit)
  s = s.replace(/^\d{1,3} (?=[a-z])/, '');
  // "T.T.Huế": "TT Huế" with its dots (not "T." for Tỉnh before "T Huế")
  s = s.replace(/^t t (?=hue$)/, 'tt ');
  let prefix: UnitPrefix | null = null;
  for (const [p, kind] of PREFIXES) {
    if (s.startsWith(p + ' ')) {
      s = s.slice(p.length + 1);
      prefix = kind;
      break;
    }
  }
  // "TP.HCM" style glued prefix: "tphcm", "tp.hcm" already split by the dot.
  if (/^tp[a-z]/.test(s) && !/^tp\s/.test(s)) {
    s = s.replace(/^tp/, '');
    prefix = 'city';
  }
  // "Hà Nội (TP)": the kind in brackets, as a prefix (one that contradicts the prefix, "Tỉnh Hà
  // Nội (TP)", leaves the prefix, as a suffix does)
  if (kindMark) prefix ??= /^(?:tinh|province)$/.test(kindMark[1]!) ? 'province' : 'city';
  // "Da Nang City", "Binh Phuoc Province": a suffix names the kind as a prefix does. A suffix
  // that contradicts the prefix ("Tỉnh Đà Nẵng City") leaves the prefix, which is then refused
  // or accepted by the same rule.
  for (const [p, kind] of SUFFIXES) {
    if (s.endsWith(' ' + p) && s.length > p.length + 1) {
      s = s.slice(0, -(p.length + 1)).trimEnd();
      prefix ??= kind;
      break;
    }
  }
  return { key: s.replace(/\s+/g, ' ').trim(), prefix, era };
}

/**
 * The matching key: no diacritics, no punctuation, no administrative prefix, no "(cũ)/(mới)"
 * suffix, single spaces. "TP. Hồ Chí Minh" → "ho chi minh"; "Thừa Thiên - Huế" → "thua thien hue".
 */
export const unitKey = (raw: string): string => labelParts(raw).key;

/** Compact key without spaces, so "Bà Rịa Vũng Tàu", "BàRịa-VũngTàu" and "Ba Ria - Vung Tau" agree. */
export const compactKey = (raw: string): string => unitKey(raw).replace(/\s/g, '');

export interface MatchCandidate {
  id: number;
  code: string;
  name: string;
  aliases: readonly string[];
  /** Province or centrally-run city: checked against a "Tỉnh"/"Thành phố" prefix when known. */
  type?: 'tinh' | 'thanh_pho';
  /** The code list the unit belongs to: a "(mới)" label never names a unit of the 63-unit list. */
  codeList?: CodeList;
}

/** Why a label that names a unit of the list is still not that unit. */
export type NearMiss = 'prefixCity' | 'prefixProvince' | 'eraNew' | 'eraOld';

export type MatchResult =
  | { kind: 'matched'; id: number; via: 'name' | 'alias' | 'code' }
  | { kind: 'ambiguous'; ids: number[] }
  /** `near`: units the bare name matches, refused because the prefix or the (cũ)/(mới) mark says otherwise. */
  | { kind: 'unmatched'; near?: { ids: number[]; reason: NearMiss } };

const typeOfPrefix = (p: UnitPrefix): 'tinh' | 'thanh_pho' => (p === 'city' ? 'thanh_pho' : 'tinh');

/**
 * Whether a label's prefix and mark allow candidate `c`; the reason when they do not. A prefix that
 * contradicts the unit's type is allowed only when the unit has an alias written with that very
 * prefix ("Tỉnh Thừa Thiên Huế" for the city of Huế; an analyst's remembered answer).
 */
function refusal(
  c: MatchCandidate,
  parts: { key: string; prefix: UnitPrefix | null; era: UnitEra | null },
  prefixedAliases: ReadonlySet<string>,
): NearMiss | null {
  if (parts.era === 'new' && c.codeList === 'gso2004') return 'eraNew';
  if (parts.era === 'old' && c.codeList === '2025') return 'eraOld';
  if (parts.prefix && c.type && c.type !== typeOfPrefix(parts.prefix)) {
    if (prefixedAliases.has(`${c.id}|${parts.prefix}|${parts.key.replace(/\s/g, '')}`)) return null;
    return parts.prefix === 'city' ? 'prefixCity' : 'prefixProvince';
  }
  return null;
}

/** Builds a matcher over one code list. Names and aliases are indexed by compact key. */
export function buildUnitMatcher(candidates: readonly MatchCandidate[]): (label: string) => MatchResult {
  const byName = new Map<string, Set<number>>();
  const byAlias = new Map<string, Set<number>>();
  const byId = new Map<number, MatchCandidate>();
  const prefixedAliases = new Set<string>();
  const add = (m: Map<string, Set<number>>, k: string, id: number) => {
    if (!k) return;
    const set = m.get(k) ?? new Set<number>();
    set.add(id);
    m.set(k, set);
  };
  for (const c of candidates) {
    byId.set(c.id, c);
    add(byName, compactKey(c.name), c.id);
    for (const a of c.aliases) {
      const parts = labelParts(a);
      const k = parts.key.replace(/\s/g, '');
      add(byAlias, k, c.id);
      if (parts.prefix) prefixedAliases.add(`${c.id}|${parts.prefix}|${k}`);
    }
  }
  return (label: string) => {
    const parts = labelParts(label);
    const k = parts.key.replace(/\s/g, '');
    if (!k) return { kind: 'unmatched' };
    const refused = new Map<number, NearMiss>();
    const allowed = (ids: Set<number> | undefined): number[] =>
      [...(ids ?? [])].filter((id) => {
        const why = refusal(byId.get(id)!, parts, prefixedAliases);
        if (why) refused.set(id, why);
        return why === null;
      });
    const exact = allowed(byName.get(k));
    if (exact.length === 1) return { kind: 'matched', id: exact[0]!, via: 'name' };
    const ids = new Set<number>([...exact, ...allowed(byAlias.get(k))]);
    if (ids.size === 1) return { kind: 'matched', id: [...ids][0]!, via: exact.length ? 'name' : 'alias' };
    if (ids.size > 1) return { kind: 'ambiguous', ids: [...ids].sort((a, b) => a - b) };
    if (refused.size > 0)
      return {
        kind: 'unmatched',
        near: { ids: [...refused.keys()].sort((a, b) => a - b), reason: [...refused.values()][0]! },
      };
    return { kind: 'unmatched' };
  };
}

const NO_ALIASES: ReadonlySet<string> = new Set();

/**
 * Units named inside a free text such as a title or a sheet name ("Kết quả của tỉnh Bình Phước
 * năm 2022"), by their official name, with the same prefix and (cũ)/(mới) rules as the matcher:
 * "Báo cáo của thành phố Hà Tĩnh" does not name the province Hà Tĩnh.
 */
export function unitsNamedIn(text: string, candidates: readonly MatchCandidate[]): number[] {
  const plain = ` ${plainKey(text)} `;
  // A text written with its marks names a unit with its letters: "TUYÊN QUANG NĂM 2025" holds
  // "quang nam" only once the marks are gone (not Quảng Nam: "ă" is another letter). Tones aside,
  // which are placed and typed many ways ("Đăk Lăk", "Hoà Bình").
  const withMarks = stripDiacritics(text) !== text ? ` ${letterKey(text)} ` : null;
  const found: number[] = [];
  for (const c of candidates) {
    const name = unitKey(c.name);
    if (!name) continue;
    if (withMarks !== null && !withMarks.includes(` ${letterKey(c.name)} `)) continue;
    const needle = ` ${name} `;
    for (let at = plain.indexOf(needle); at >= 0; at = plain.indexOf(needle, at + 1)) {
      const before = plain.slice(0, at + 1);
      const after = plain.slice(at + needle.length - 1);
      const prefix = PREFIXES.find(([p]) => before.endsWith(` ${p} `))?.[1] ?? null;
      const era = /^ (cu|old) /.test(after) ? 'old' : /^ (moi|new) /.test(after) ? 'new' : null;
      if (refusal(c, { key: name, prefix, era }, NO_ALIASES) === null) {
        found.push(c.id);
        break;
      }
    }
  }
  return found;
}
