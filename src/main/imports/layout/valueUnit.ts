// KPI values written with their unit in the cell, as people type them into report tables:
// "12 tổ", "1.234 hồ sơ", "45 người/km²", "3,2 tỷ đồng". Read only with a unit reports use: a
// word after a number that is not one ("120 ước", "15 trở lên", "12A", "85% đạt") leaves the cell
// unread, so an estimate or a comment never passes for a value.
import { UNIT_WORDS } from '../../../shared/imports/indicatorNames';
import { stripDiacritics } from '../../../shared/unitNames';

/** A number, then a unit that starts with a letter ("12 tổ", "12tổ", "45 người/km2"). */
const VALUE_WITH_UNIT = /^([-+−]?\d[\d.,\s]*?%?)\s*(\p{L}[\p{L}\p{M}\d\s./²³]{0,39}?)\s*[.;:]?$/u;

/** A unit that scales the number: "12,5 nghìn" is 12500, never 12.5 of something. */
const SCALE =
  /^(nghìn|nghin|ngàn|ngan|triệu|trieu|tỷ|tỉ|ty|ti|trăm|tram|vạn|van|k|thousand|million|billion)(\s|$)/iu;

/**
 * Units differ by their marks ("tờ" sheets, "tổ" teams; "dòng", "đồng"): compared with them, in any
 * case and Unicode form, without spaces and punctuation; "tỉ" is "tỷ".
 */
const key = (unit: string): string =>
  unit
    .normalize('NFC')
    .toLowerCase()
    .replace(/²/g, '2')
    .replace(/³/g, '3')
    .replace(/tỉ/g, 'tỷ')
    .replace(/[^\p{L}\p{N}%‰]+/gu, '');

/**
 * Units written two ways: the codes the bundled reference data stores (migrations: "percent",
 * "accounts"…) and the long forms of "tổ" reports use, as the unit they stand for.
 */
const CODES: Record<string, string> = {
  'tổ cnscđ': 'tổ',
  tcnscđ: 'tổ',
  'tổ cns': 'tổ',
  'tổ công nghệ số': 'tổ',
  'tổ công nghệ số cộng đồng': 'tổ',
  percent: '%',
  accounts: 'tài khoản',
  transactions: 'giao dịch',
  transaction: 'giao dịch',
  tcnscd: 'tổ',
  'to cnscd': 'tổ',
  people: 'người',
  persons: 'người',
  person: 'người',
  account: 'tài khoản',
  team: 'tổ',
  dossier: 'hồ sơ',
  record: 'hồ sơ',
  records: 'hồ sơ',
  dossiers: 'hồ sơ',
  teams: 'tổ',
  households: 'hộ',
  communes: 'xã',
  enterprises: 'doanh nghiệp',
  businesses: 'doanh nghiệp',
  subscribers: 'thuê bao',
  procedures: 'thủ tục',
  services: 'dịch vụ',
};
const CODE_KEYS = new Map(Object.entries(CODES).map(([code, unit]) => [key(code), key(unit)]));

/** The comparison key of a unit: "Người/km²" = "người / km2", "Tổ" = "tổ", "accounts" = "tài khoản". */
export const unitKey = (unit: string): string => {
  const k = key(unit);
  return CODE_KEYS.get(k) ?? k;
};

/** Units of KPI tables besides those a name can carry in brackets (UNIT_WORDS). */
const MORE_UNITS = [
  'phần trăm',
  'đội',
  'tổ công nghệ số',
  'tổ cnscđ',
  'tổ cns',
  'tcnscđ',
  'dvctt',
  'dịch vụ công',
  'người dân',
  'học viên',
  'phường',
  'thị trấn',
  'huyện',
  'thôn',
  'ấp',
  'bản',
  'tổ dân phố',
  'đơn vị',
  'cơ quan',
  'hộ gia đình',
  'hợp tác xã',
  'htx',
  'trạm bts',
  'bts',
  'người/km2',
  'văn bản',
  'cuộc',
  'máy',
  'cơ sở',
  'trường',
  'sản phẩm',
  'gian hàng',
  'chiếc',
  'cái',
  'camera',
  'điểm wifi',
  'hệ thống',
  'ứng dụng',
  'nền tảng',
  'phần mềm',
  'thiết bị',
  'mô hình',
  'lớp',
  'buổi',
  'khóa',
  'tin bài',
  'bài',
  'phút',
  'tháng',
  'năm',
  'gb',
  'tb',
  'mbps',
  'gbps',
];
const KNOWN = new Set([...UNIT_WORDS.split('|'), ...MORE_UNITS].map(unitKey));

export interface ValueWithUnit {
  /** The number as written ("1.234"), for the number parser. */
  number: string;
  /** The unit as written, single-spaced ("hồ sơ"). */
  unit: string;
  /** A unit reports use (a number followed by another word is not a value with a unit). */
  known: boolean;
  /** The unit scales the number ("nghìn", "triệu đồng", "tỷ"). */
  scale: boolean;
}

/** "12 tổ" → { number: "12", unit: "tổ" }; null for a cell that is not a number and a word. */
export function splitValueUnit(text: string): ValueWithUnit | null {
  const m = VALUE_WITH_UNIT.exec(text.trim());
  if (!m) return null;
  const unit = m[2]!.replace(/\s+/g, ' ').trim();
  const scale = SCALE.test(unit);
  return { number: m[1]!.trim(), unit, known: scale || KNOWN.has(unitKey(unit)), scale };
}

/** Whether `unit` is a unit of measure reports use ("%", "tổ", "tỷ đồng", "nghìn người"). */
export const isMeasureUnit = (unit: string): boolean =>
  isPercentUnit(unit) || SCALE.test(unit) || KNOWN.has(unitKey(unit));

/** Scales one unit can be written in ("213.000 triệu đồng" and "213 tỷ đồng"). */
const SCALES: [RegExp, number][] = [
  [/^(?:nghìn|nghin|ngàn|ngan|thousand)(?:\s+|$)/iu, 1e3],
  [/^(?:triệu|trieu|million)(?:\s+|$)/iu, 1e6],
  [/^(?:tỷ|tỉ|ty|ti|billion)(?:\s+|$)/iu, 1e9],
];
/** A unit as its scale and base: "nghìn tỷ đồng" is 10¹² đồng (scales written with or without marks). */
const scaled = (unit: string): { factor: number; base: string } => {
  let u = unit.normalize('NFC').trim();
  let factor = 1;
  for (let again = true; again;) {
    again = false;
    for (const [re, f] of SCALES) {
      const m = re.exec(u);
      if (m) {
        factor *= f;
        u = u.slice(m[0].length);
        again = true;
      }
    }
  }
  return { factor, base: u };
};
/** A base unit compared without its marks too: "dong" is "đồng" once a scale is written plainly. */
const plainKey = (unit: string): string => stripDiacritics(unitKey(unit));

/**
 * What a number written in `written` is multiplied by to be in `expected`, when both are scales
 * of one unit ("213.000 triệu đồng" in tỷ đồng: × 0.001; "1,2 tỷ đồng" in triệu đồng: × 1000);
 * null otherwise (another unit, or a bare scale "nghìn" with no unit after it).
 */
export function scaleBetween(written: string, expected: string): number | null {
  const a = scaled(written);
  const b = scaled(expected);
  if (!a.base || !b.base || a.factor === b.factor) return null;
  if (unitKey(a.base) !== unitKey(b.base) && plainKey(a.base) !== plainKey(b.base)) return null;
  return a.factor / b.factor;
}

/** A unit of percentages ("%", "phần trăm", "tỷ lệ %"). */
export const isPercentUnit = (unit: string): boolean => /%|phần trăm|phan tram|percent/i.test(unit);

/** Whether two units are the same however written ("%" and "phần trăm" too). */
export const sameUnit = (a: string, b: string): boolean =>
  unitKey(a) === unitKey(b) || (isPercentUnit(a) && isPercentUnit(b));
