// Facts stated in the title rows above a table: the year ("NĂM 2022") and the ranking group
// ("63 tỉnh, thành phố" / "34 tỉnh"). Validation compares them with what the user chose.
import type { TitleHints } from '../../../shared/imports/layout';
import { normalizeHeader } from './normalizeHeader';

export function readTitleHints(titles: string[], footnotes: string[]): TitleHints {
  const hints: TitleHints = { titles, footnotes };
  for (const t of titles) {
    const key = normalizeHeader(t);
    const year =
      / (?:nam|year|ky) ((?:19|20)\d{2})(?: |$)/.exec(` ${key}`) ?? / ((?:20)\d{2})(?: |$)/.exec(` ${key}`);
    if (year && hints.year === undefined) hints.year = Number(year[1]);
    const group = / (63|34) (tinh|dia phuong|don vi|provinces|units|tinh thanh)/.exec(` ${key}`);
    if (group && hints.group === undefined) hints.group = Number(group[1]) as 63 | 34;
  }
  return hints;
}

const GENERIC_SHEET = /^(sheet|trang tính|trang|bảng|biểu|data|dữ liệu)\s*\d*$/i;

/**
 * The KPI a table without an indicator column holds (one column per period), as its title or its
 * sheet name says: "Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021–2023" gives
 * "Tỷ lệ hồ sơ trực tuyến toàn trình". Only a proposal: the user confirms it in the wizard, the
 * command line takes --indicator.
 */
export function indicatorFromTitle(titles: string[], sheet: string | null): string | null {
  for (const raw of titles) {
    let t = raw
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
      .replace(/[\s:.,;]+$/u, '')
      .trim();
    if (t.length < 3 || /^(19|20)\d{2}$/.test(t)) continue;
    // A title in capitals reads as a sentence.
    if (t === t.toLocaleUpperCase('vi') && /\p{Lu}/u.test(t))
      t = t.charAt(0) + t.slice(1).toLocaleLowerCase('vi');
    return t.slice(0, 300);
  }
  const s = sheet?.trim() ?? '';
  return s && !GENERIC_SHEET.test(s) ? s.slice(0, 300) : null;
}
