// Facts stated in the title rows above a table: the year ("NĂM 2022") and the ranking group
// ("63 tỉnh, thành phố" / "34 tỉnh"). Validation compares them with what the user chose.
import type { TitleHints } from '../../../shared/imports/layout';
import { normalizeHeader } from './normalizeHeader';
import { isCanonicalPeriod, normalisePeriod } from './periods';
import { splitIndicatorName } from '../../../shared/imports/indicatorNames';

export function readTitleHints(titles: string[], footnotes: string[]): TitleHints {
  const hints: TitleHints = { titles, footnotes };
  // The year a title names as such ("NĂM 2022") wins over a bare one ("Cập nhật 2023"), and the
  // title nearest the table over those above it.
  const keys = titles.map((t) => ` ${normalizeHeader(t)}`).reverse();
  const year =
    keys.map((k) => / (?:nam|year|ky) ((?:19|20)\d{2})(?: |$)/.exec(k)).find(Boolean) ??
    keys.map((k) => / ((?:20)\d{2})(?: |$)/.exec(k)).find(Boolean);
  if (year) hints.year = Number(year[1]);
  for (const t of titles) {
    const key = normalizeHeader(t);
    const group = / (63|34) (tinh|dia phuong|don vi|provinces|units|tinh thanh)/.exec(` ${key}`);
    if (group && hints.group === undefined) hints.group = Number(group[1]) as 63 | 34;
  }
  return hints;
}

// A word without a vowel ("DVCTT", "GRDP"), with a digit ("4G"), or a usual abbreviation with one.
const ABBREVIATION =
  /^([^aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\d]{2,}|.*\d.*|MOOC|UBND|ICT|IOC|AI|IT|KPI|IOT|OCOP)$/iu;

const GENERIC_SHEET = /^(sheet|trang tính|trang|bảng|biểu|data|dữ liệu)\s*\d*$/i;

/**
 * The KPI a table without an indicator column holds (one column per period), as its title or its
 * sheet name says: "Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021–2023" gives
 * "Tỷ lệ hồ sơ trực tuyến toàn trình". Only a proposal: the user confirms it in the wizard, the
 * command line takes --indicator.
 */
export function indicatorFromTitle(titles: string[], sheet: string | null): string | null {
  for (const raw of titles) {
    // A unit after the year ("… năm 2023 (hồ sơ)") stays with the name, where it is split off.
    const unit = /\s*[(（][^()（）]{1,30}[)）]\s*$/u.exec(raw);
    const bracket = unit && splitIndicatorName(`x${unit[0]}`).unit !== null ? unit[0].trim() : '';
    let t = (bracket ? raw.slice(0, unit!.index) : raw)
      // "Biểu 2:", "Bảng số 3.", "Phụ lục IV -": a numbered heading, not "Bảng xếp hạng".
      .replace(
        /^\s*(biểu|bảng|phụ lục|table)\s+(số\s*)?(\d+|[ivx]+)[a-z]?(?=$|[\s:.\-–—])\s*[:.\-–—]?\s*/iu,
        '',
      )
      // "Báo cáo kết quả tỷ lệ …", "Tổng hợp số liệu …": the report's words are not the indicator's.
      .replace(/^((báo cáo|kết quả|tổng hợp|số liệu|thống kê|danh sách)(\s+(về|của|thực hiện))?\s*)+/iu, '')
      .replace(
        /\s*[(（]?\s*(giai đoạn|năm|kỳ|period|year)?\s*(19|20)\d{2}(\s*[-–—/]\s*(19|20)\d{2})?\s*[)）]?\s*$/iu,
        '',
      )
      .replace(/\s*(giai đoạn|năm|kỳ)\s*$/iu, '')
      // "… THEO QUÝ", "… các tháng": how the columns split the year, not the indicator's name.
      .replace(/\s+(theo|các|từng|hàng)\s+(quý|tháng|năm|kỳ)\s*$/iu, '')
      .replace(/[\s:.,;]+$/u, '')
      .trim();
    if (t.length < 3 || /^(19|20)\d{2}$/.test(t)) continue;
    // A title in capitals reads as a sentence; abbreviations ("DVCTT", "GRDP": no vowel, no
    // Vietnamese word is without one) stay in capitals.
    if (t === t.toLocaleUpperCase('vi') && /\p{Lu}/u.test(t))
      t =
        t.charAt(0) +
        t.slice(1).replace(/[\p{L}\p{N}]+/gu, (w) => (ABBREVIATION.test(w) ? w : w.toLocaleLowerCase('vi')));
    return `${t}${bracket ? ` ${bracket}` : ''}`.slice(0, 300);
  }
  const s = sheet?.trim() ?? '';
  return s && !GENERIC_SHEET.test(s) ? s.slice(0, 300) : null;
}

/**
 * A period finer than the year stated in a title: "… 6 THÁNG ĐẦU NĂM 2024" gives
 * "2024-01..2024-06", "6 THÁNG CUỐI NĂM 2024" "2024-07..2024-12", "QUÝ III/2024" "2024-07..2024-09",
 * "THÁNG 9/2022" "2022-09". Null when the title names only a year (the year hint covers it) or no
 * period.
 */
export function periodFromTitle(titles: string[]): string | null {
  const Y = '(?:19|20)\\d{2}';
  const forms = [
    new RegExp(`\\d{1,2}\\s+(?:tháng|thang)(?:\\s+(?:đầu|dau|cuối|cuoi))?(?:\\s+(?:năm|nam))?\\s+${Y}`, 'iu'),
    new RegExp(`(?:quý|quy)\\s+(?:[1-4]|iv|i{1,3})\\s*(?:[/.-]|\\s(?:năm|nam)\\s|\\s)\\s*${Y}`, 'iu'),
    new RegExp(`(?:tháng|thang)\\s+\\d{1,2}\\s*(?:[/.-]|\\s(?:năm|nam)\\s|\\s)\\s*${Y}`, 'iu'),
  ];
  for (const raw of titles) {
    const t = raw.normalize('NFC');
    for (const re of forms) {
      const m = re.exec(t);
      if (!m) continue;
      const p = normalisePeriod(m[0]);
      if (isCanonicalPeriod(p)) return p;
    }
  }
  return null;
}
