// KPI names arrive spelled many ways too: "TỶ LỆ DIỆN TÍCH PHỦ SÓNG 4G" and "Tỷ lệ diện tích phủ
// sóng 4G", NFC or decomposed (Windows-1258 files), "Tỷ lệ DVCTT toàn trình (%)" with its unit in
// the name. One indicator is one key; the unit of measure is split off the name.
import { canonicalName, stripDiacritics } from '../unitNames';
import { lookupTable } from '../lookup';

/**
 * The matching key of an indicator name: no case, diacritics, punctuation or spaces, and "y" read
 * as "i" ("Tỷ lệ"/"Tỉ lệ", "kỹ năng"/"kĩ năng" are the same words).
 */
export const indicatorKey = (name: string): string => keyOf(plainName(name));

const plainName = (name: string, withoutFillers = false): string =>
  stripDiacritics(
    canonicalName(
      measureFirst(
        withoutOwnAbbreviation(withoutFillers ? name.normalize('NFC').replace(FILLER_WORDS, ' ') : name),
      ),
    ),
  )
    // ("Tỷ lệ DVCTT …" is "Tỷ lệ dịch vụ công trực tuyến …": the same KPI however it is written)
    .replace(KEY_ABBREVIATIONS, (w) => ABBREVIATED[w]!);

/**
 * Words that change nothing of what a KPI's name says ("được", "của", "các", "những", "đã") —
 * matched with their marks: "dược" (pharmacy), "cửa", "đa", "nhưng" are other words (round 84).
 */
const FILLER_WORDS = /(?<![\p{L}\p{N}])(được|của|các|những|đã)(?![\p{L}\p{N}])/giu;

/**
 * A KPI's name without its filler words: two names of one key here and two keys in indicatorKey
 * are one KPI written two ways ("Tỷ lệ diện tích được phủ sóng 4G", "Tỷ lệ diện tích phủ sóng
 * 4G") — to ask about, not to merge unsaid.
 */
export const looseIndicatorKey = (name: string): string => keyOf(plainName(name, true));

/**
 * A KPI named by a group's header over its measure ("Thanh toán trực tuyến – Số giao dịch", as
 * qualifiedKpi names it) in the order Vietnamese writes it in one header: "Số giao dịch thanh
 * toán trực tuyến" is the same KPI (round 74: they were two). Only for a measure — a count, a
 * value, a rate, a total — after the last dash; a level ("– cấp tỉnh") stays where it is.
 */
const MEASURE = '(?:số|tổng số|giá trị|tỷ lệ|tỉ lệ)(?:\\s+[^\\s–—:()-]+){0,4}';
// (after an en or em dash, a hyphen, a colon — spaced or not, as typed — or in brackets: round 76)
const MEASURE_AFTER_GROUP = new RegExp(
  `^(.+?)\\s*(?:[–—:]|\\s-\\s|(?<=\\p{L})-(?=\\p{L}))\\s*(${MEASURE})(\\s*\\([^()]*\\))?$`,
  'iu',
);
const MEASURE_IN_BRACKETS = new RegExp(`^(.+?)\\s*\\((${MEASURE})\\)(\\s*\\([^()]*\\))?$`, 'iu');
function measureFirst(name: string): string {
  const m = MEASURE_AFTER_GROUP.exec(name.trim()) ?? MEASURE_IN_BRACKETS.exec(name.trim());
  return m && !/^cấp\s/iu.test(m[1]!) ? `${m[2]} ${m[1]}${m[3] ?? ''}` : name;
}

/**
 * The abbreviation a name ends with in brackets when it says the name again — an index's after
 * the words that spell it ("Chỉ số cải cách hành chính (PAR INDEX)") or the initials of the words before it
 * ("Dịch vụ công trực tuyến (DVCTT)"): no part of its key, "Chỉ số CCHC" is the same KPI. Other
 * brackets tell KPIs apart: "(CQ)" and "(DN)", "(FTTH)" and "(XDSL)", "(G2B)" and "(G2C)".
 */
const ABBREVIATION_TAIL = /\s*[(（]\s*([A-ZĐ][A-ZĐ0-9&.\- ]{1,14}|[A-Z]{2,}\s+index)\s*[)）]\s*$/u;
/** An index's abbreviation and the words that spell it in a name before it, as keys. */
const INDEX_SPELLED: ReadonlyMap<string, RegExp> = lookupTable({
  'par index': /cai cach hanh chinh|cchc/,
  par: /cai cach hanh chinh|cchc/,
  cchc: /cai cach hanh chinh/,
  sipas: /hai long/,
  papi: /quan tri va hanh chinh cong/,
  pci: /nang luc canh tranh/,
  egdi: /chinh phu dien tu|chinh phu so/,
  dti: /chuyen doi so/,
  pdti: /chuyen doi so/,
  dbi: /chuyen doi so.*doanh nghiep/,
  'ict index': /cong nghe thong tin/,
});
function withoutOwnAbbreviation(name: string): string {
  const m = ABBREVIATION_TAIL.exec(name);
  if (!m) return name;
  const before = name.slice(0, m.index);
  const said = stripDiacritics(m[1]!.toLowerCase()).replace(/\s+/g, ' ').trim();
  const letters = said.replace(/[^a-z0-9]/g, '');
  const plain = stripDiacritics(canonicalName(before).toLowerCase());
  const initials = plain
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
  // ("Điểm chỉ số (PCI)" and "(PAPI)" name two indices: only a name that spells the index says it again)
  const spelled = INDEX_SPELLED.get(said)?.test(plain) ?? false;
  // (initials of a run of its words, three letters or more — "(DVCTT)", "(HGĐ)": "(TT)" or "(CB)"
  // may be a part of it, not the name)
  return spelled || (letters.length >= 3 && initials.includes(letters)) ? before : name;
}

/** The same key with abbreviations left as written (which of two columns a "TTHC" names). */
export const keyAsWritten = (name: string): string => keyOf(stripDiacritics(canonicalName(name)));

const keyOf = (plain: string) => plain.replace(/[^a-z0-9%‰]+/g, '').replace(/y/g, 'i');

/** Abbreviations KPI names are written with, in full (as keys: no marks). */
const ABBREVIATED: Record<string, string> = {
  dvctt: 'dich vu cong truc tuyen',
  dvc: 'dich vu cong',
  tthc: 'thu tuc hanh chinh',
  cnscd: 'cong nghe so cong dong',
  // ("Số TCNSCĐ": the teams themselves, as "Số tổ CNSCĐ"; not "TTTT", which is as often the Sở
  // Thông tin và Truyền thông as thanh toán trực tuyến)
  tcnscd: 'to cong nghe so cong dong',
  cchc: 'cai cach hanh chinh',
  // ("HS" is hồ sơ before what a record is — "Tỷ lệ HS trực tuyến", round 79: a second KPI beside
  // "Tỷ lệ hồ sơ trực tuyến" — and học sinh elsewhere: "Tỷ lệ HS được học kỹ năng số")
  'hs truc tuyen': 'ho so truc tuyen',
  'hs tthc': 'ho so thu tuc hanh chinh',
  'hs dvc': 'ho so dich vu cong',
};
const KEY_ABBREVIATIONS = new RegExp(`(?<![a-z0-9])(${Object.keys(ABBREVIATED).join('|')})(?![a-z0-9])`, 'g');

/** The words that announce a table's unit: "Đơn vị tính: %", "ĐVT: hồ sơ", "Unit: %". */
export const UNIT_LABEL = 'đơn vị tính|đvt|dvt|don vi tinh|unit of measure|unit';

// Units of measure written in brackets after a KPI name: "(%)", "(người)", "(nghìn người)", "(ĐVT: hồ sơ)".
export const UNIT_WORDS =
  '%|‰|người|lượt|lượt người|lượt truy cập|giao dịch|hồ sơ|tổ|thành viên|tài khoản|thuê bao|doanh nghiệp|dn|hộ|xã|trạm|lần|thủ tục|tthc|dịch vụ|dvc|km|km2|tỷ đồng|triệu đồng|nghìn đồng|đồng|usd|điểm|giờ|ngày';
/**
 * The same written without marks, as a file typed without them writes them ("(ty dong)"), and
 * each as the unit it is (only those no other unit writes so: not "to", tổ or tờ; not "dong").
 */
const PLAIN_UNITS: ReadonlyMap<string, string> = lookupTable({
  nguoi: 'người',
  luot: 'lượt',
  'luot nguoi': 'lượt người',
  'luot truy cap': 'lượt truy cập',
  'giao dich': 'giao dịch',
  'ho so': 'hồ sơ',
  'thanh vien': 'thành viên',
  'tai khoan': 'tài khoản',
  'thue bao': 'thuê bao',
  'doanh nghiep': 'doanh nghiệp',
  'thu tuc': 'thủ tục',
  'dich vu': 'dịch vụ',
  'ty dong': 'tỷ đồng',
  'ti dong': 'tỷ đồng',
  'trieu dong': 'triệu đồng',
  'nghin dong': 'nghìn đồng',
  'ngan dong': 'ngàn đồng',
});
const PLAIN_SCALES: ReadonlyMap<string, string> = lookupTable({
  nghin: 'nghìn',
  ngan: 'ngàn',
  trieu: 'triệu',
  ty: 'tỷ',
  ti: 'tỉ',
});
/** Units in English, kept as written (valueUnit's unitKey knows each as its Vietnamese unit). */
const ENGLISH_UNITS =
  'persons?|people|transactions?|accounts?|subscribers?|enterprises?|business(?:es)?|households?|teams?|members?|dossiers?|records?|procedures?|services?|visits?|times|vnd|billion vnd|million vnd|vnd billion|vnd million|hours|days';
/** The long forms of "tổ" reports write ("Số tổ (TCNSCĐ)"): valueUnit's unitKey reads each as tổ. */
const TEAM_UNITS = 'tcnscđ|tcnscd|tổ cnscđ|to cnscd|tổ cns|tổ công nghệ số|tổ công nghệ số cộng đồng';
const TEAM_UNIT = new RegExp(`^(?:${TEAM_UNITS})$`, 'iu');
const UNIT_SUFFIX = new RegExp(
  `\\s*[(（]\\s*(?:(?:đơn vị tính|đơn vị|đvt|unit)\\s*[:：]\\s*([^()（）]{1,30})|((?:(?:nghìn|ngàn|triệu|tỷ|tỉ|nghin|ngan|trieu|ty|ti)\\s+)?(?:${UNIT_WORDS}|${[...PLAIN_UNITS.keys()].join('|')}|${ENGLISH_UNITS}|${TEAM_UNITS})))\\s*[)）]\\s*$`,
  'iu',
);

/** A unit written without its marks as the unit it is ("ty dong" → "tỷ đồng"); others as written. */
function withMarks(unit: string): string {
  // ("TCNSCĐ", "Tổ CNSCĐ": the teams, counted in tổ)
  if (TEAM_UNIT.test(unit)) return 'tổ';
  const words = unit.toLowerCase().split(' ');
  const whole = PLAIN_UNITS.get(words.join(' '));
  if (whole) return whole;
  const scale = PLAIN_SCALES.get(words[0]!);
  const rest = PLAIN_UNITS.get(words.slice(1).join(' '));
  return scale && rest ? `${scale} ${rest}` : unit;
}

/**
 * A KPI name as the store keeps it: NFC, single spaces, no footnote mark, and the unit of measure
 * in brackets split off ("Tỷ lệ DVCTT toàn trình (%) (1)" → name without either, unit "%").
 */
export function splitIndicatorName(raw: string): { name: string; unit: string | null } {
  let name = stripMarks(raw.normalize('NFC').replace(/\s+/g, ' ').trim());
  let unit: string | null = null;
  const m = UNIT_SUFFIX.exec(name);
  if (m && m.index > 0) {
    unit = withMarks((m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ')) || null;
    name = stripMarks(name.slice(0, m.index).trim());
  }
  return { name, unit };
}

// Footnote marks after a name: "(1)", "(*)", "*", "**", "¹", "[2]", "†".
const MARK =
  /\s*(?:\(\s*(?:\*{1,3}|\d{1,2}|[a-z])\s*\)|\[\s*\d{1,2}\s*\]|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|†{1,2})$/u;
const stripMarks = (s: string): string => {
  let out = s;
  for (let i = 0; i < 3 && MARK.test(out); i++) out = out.replace(MARK, '').trim();
  return out || s;
};

/** Written all in capitals: a later spelling in lower case names the indicator better. */
export const isAllCaps = (name: string): boolean =>
  name === name.toLocaleUpperCase('vi') && /\p{Lu}.*\p{Lu}/u.test(name);

// What a column may name without naming its KPI, which a group above it, the title or the user
// says: a level it is reported at ("Cấp tỉnh", "CAP XA", "Provincial level") or a bare measure
// ("Số lượng", "Tỷ lệ (%)", "Giá trị") under a period ("Năm 2024 / Số lượng").
// (or a channel, "Trực tuyến", "Trong đó: trực tuyến" beside "Tổng số": the KPI's part so made)
const QUALIFIER =
  /^(?:cap (tinh|huyen xa|huyen|xa|thanh pho)|(so luong|ty le|ti le|gia tri|sl|tl|number|count|value|rate|percentage|share|amount)|(provincial|district|commune)(?: level)?|(?:trong do )?(?:truc tuyen|truc tiep|qua mang|online|offline))$/;
const QUALIFIER_NAME: Record<string, string> = {
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện',
  // ("Cấp huyện, xã": the two below the province reported together, 2024 and before)
  'huyen xa': 'cấp huyện, xã',
  xa: 'cấp xã',
  // (a centrally-run city's own level is the provincial one: its KPIs compare with the provinces')
  'thanh pho': 'cấp tỉnh',
  'so luong': 'số lượng',
  'ty le': 'tỷ lệ',
  'ti le': 'tỷ lệ',
  'gia tri': 'giá trị',
  // (written short in a report's header: "SL | TL (%)")
  sl: 'số lượng',
  tl: 'tỷ lệ',
  // (English measures, as a column is headed under a title that names the KPI: "Number")
  number: 'number',
  count: 'count',
  value: 'value',
  rate: 'rate',
  percentage: 'percentage',
  share: 'share',
  amount: 'amount',
};

/**
 * The qualifier a column is named by alone, as Vietnamese writes it ("CAP TINH" → "cấp tỉnh",
 * "So luong" → "số lượng"; an English level in lower case: "provincial level"), else null.
 */
function qualifierOnly(name: string): string | null {
  const written = splitIndicatorName(name).name;
  const m = QUALIFIER.exec(
    stripDiacritics(canonicalName(written))
      .replace(/[^a-z]+/g, ' ')
      .trim(),
  );
  if (!m) return null;
  const key = m[1] ?? m[2];
  return key ? QUALIFIER_NAME[key]! : written.toLowerCase();
}

/**
 * Whether a column's name is only a level or a measure ("Cấp tỉnh", "Số lượng"), or a level over a
 * measure ("Cấp tỉnh / Tỷ lệ (%)"), not a KPI.
 */
export const isQualifierOnly = (name: string): boolean =>
  name.split(' / ').every((part) => qualifierOnly(part) !== null);

/**
 * The measure a column's name ends with, if it is one: a rate ("Tỷ lệ (%)", "Tỷ lệ %", "Rate"), a
 * count ("Số lượng", "Number") or a value ("Giá trị"); null for a level or anything else.
 */
export function measureOf(name: string): 'rate' | 'count' | 'value' | null {
  const parts = name.split(' / ');
  const q = qualifierOnly(parts[parts.length - 1]!);
  if (q === 'tỷ lệ' || q === 'rate' || q === 'percentage' || q === 'share') return 'rate';
  if (q === 'số lượng' || q === 'number' || q === 'count') return 'count';
  if (q === 'giá trị' || q === 'value' || q === 'amount') return 'value';
  return null;
}

/** Whether a name is only a level ("Cấp tỉnh", "Cấp tỉnh / Tỷ lệ (%)"): it names no KPI at all. */
export const isLevelOnly = (name: string): boolean =>
  isQualifierOnly(name) && name.split(' / ').some((part) => /^cấp |level$/iu.test(qualifierOnly(part)!));

/**
 * The KPI with a qualifier: "Tỷ lệ DVCTT phát sinh hồ sơ (%)" at "Cấp tỉnh" → "Tỷ lệ DVCTT phát
 * sinh hồ sơ – cấp tỉnh (%)"; "Tổ công nghệ số cộng đồng" and "Số lượng (tổ)" → "… – số lượng
 * (tổ)". A level or measure joins the name as Vietnamese writes it; a body's own name ("Bộ phận
 * một cửa cấp xã") keeps its capitals.
 */
export function qualifiedKpi(kpi: string, qualifier: string): string {
  const parts = qualifier.split(' / ');
  if (parts.length > 1 && parts.every((p) => qualifierOnly(p) !== null))
    return parts.reduce((named, part) => qualifiedKpi(named, part), kpi);
  const { name, unit } = splitIndicatorName(kpi);
  const q = splitIndicatorName(qualifier);
  // "Tỷ lệ hồ sơ trực tuyến" measured as "Tỷ lệ (%)": the name says it already (so do "Online
  // payment rate" and "Percentage of adults …" measured as "Rate")
  const measure = qualifierOnly(qualifier);
  const englishRate =
    (measure === 'rate' || measure === 'percentage' || measure === 'share') &&
    /(^|[^a-z])(rate|percentage|share|proportion|ratio)([^a-z]|$)/.test(name.toLowerCase());
  if (
    measure &&
    !/^cấp /.test(measure) &&
    (indicatorKey(name).startsWith(indicatorKey(measure)) || englishRate)
  ) {
    const u = q.unit ?? unit;
    return `${name}${u ? ` (${u})` : ''}`;
  }
  const at = qualifierOnly(qualifier) ?? (/^cấp /iu.test(q.name) ? q.name.toLocaleLowerCase('vi') : q.name);
  const u = q.unit ?? unit;
  return `${name} – ${at}${u ? ` (${u})` : ''}`;
}

/**
 * A KPI that measures a change ("Tốc độ tăng trưởng …", "Tăng/giảm so với cùng kỳ (%)", "Growth
 * of …"): in %, it may be below 0 or over 100, which is no sign of a wrong value.
 */
export const isChangeRate = (name: string): boolean =>
  /tang truong|muc tang|muc giam|tang giam|tang\/giam|tang - giam|tang, giam|bien dong|chenh lech|thay doi|so voi cung ky|so cung ky|so voi nam|growth|change|increase/.test(
    stripDiacritics(canonicalName(name)),
  );
