// Facts stated in the title rows above a table: the year ("NĂM 2022") and the ranking group
// ("63 tỉnh, thành phố" / "34 tỉnh"). Validation compares them with what the user chose.
import path from 'node:path';
import type { TitleHints } from '../../../shared/imports/layout';
import { normalizeHeader } from './normalizeHeader';
import {
  englishPeriods,
  isCanonicalPeriod,
  monthsPeriod,
  normalisePeriod,
  sheetNamePeriod,
  yearToDate,
} from './periods';
import { splitIndicatorName, UNIT_LABEL } from '../../../shared/imports/indicatorNames';
import { isUnitName } from './unitsAcross';
import { isMeasureUnit } from './valueUnit';
import { stripDiacritics } from '../../../shared/unitNames';
import { withoutComparedYear } from '../../../shared/imports/yearColumns';
import { namesDti, OTHER_INDEX_TITLE } from './indexNames';
import { LIST_PART } from './listParts';

// The administrative block at the top of a Vietnamese document (Nghị định 30/2020/NĐ-CP): the
// issuing body ("UBND TỈNH ĐỒNG NAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), the quốc hiệu and tiêu ngữ, the
// document's number ("Số: 123/BC-UBND") and the place and date of signing ("Đồng Nai, ngày 10
// tháng 01 năm 2026"). It says who reported and when they signed: never the period of the figures
// (a report on 2025 signed in January 2026 is not a table of 2026-01) nor the indicator's name.
// Layout detection joins the cells of a row, so one line may hold the body and the quốc hiệu.
const QUOC_HIEU = /cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|đảng\s+cộng\s+sản\s+việt\s+nam/giu;
const TIEU_NGU = /độc\s+lập\s*[-–—,]\s*tự\s+do\s*[-–—,]\s*hạnh\s+phúc/giu;
// "ngày 10 tháng 01 năm 2026", the unsigned draft's "ngày … tháng … năm 2026", "ngày 10/01/2026".
const DATE =
  String.raw`ngày\s*[\d.…_ ]{0,8}\s*tháng\s*[\d.…_ ]{0,8}\s*năm\s*(?:(?:19|20)\d{2}|20[.…_]*|[.…_]+)` +
  String.raw`|ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}`;
// The signing line: "<place>, <date>"; a date opening what is left of a line is one too. A date
// inside a title ("… tính đến ngày 30/9/2025") is left to the title. The date is marked first,
// then its place taken with it: the place is written in lower case with capitals ("Đồng Nai",
// "Thành phố Hồ Chí Minh", "TP. Hà Nội"), the issuing body beside it (same row) in capitals.
// After the place's comma a date needs no "ngày": "Đồng Nai, tháng 01/2026", "Đồng Nai, 05/01/2026"
// (at the start of a line "Tháng 9/2025" is a title naming its period, and stays).
const DATE_AFTER_PLACE = String.raw`tháng\s*\d{1,2}\s*(?:[/.-]|năm)\s*(?:19|20)\d{2}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}`;
const SIGNING_DATE = new RegExp(String.raw`(?:^|,)\s*(?:${DATE})|,\s*(?:${DATE_AFTER_PLACE})\s*$`, 'giu');
// (a private-use character: no text of a title is one)
const MARK = '\uE000';
const SIGNING_PLACE =
  /(?<![\p{L}\p{M}])(?:(?:TP\.?|\p{Lu}[\p{Ll}\p{M}]*|phố)(?:\s+|\s*-\s*)){0,5}?\p{Lu}[\p{Ll}\p{M}]*\s*\uE000/gu;
// What is left of a line that was only the signing line: its place, in whatever case.
const ONLY_PLACE = /^\s*(?:[\p{L}\p{M}.\-–]+\s+){0,6}\uE000\s*$/u;

/** The line with its signing place and date taken out (`whole`: '' when it was nothing else). */
function withoutSigning(line: string, whole: boolean): string {
  const marked = line.replace(SIGNING_DATE, ` ${MARK}`);
  if (!marked.includes(MARK)) return line;
  if (whole && ONLY_PLACE.test(marked)) return '';
  return marked.replace(SIGNING_PLACE, ' ').replaceAll(MARK, ' ');
}

// A document referred to by its number, with its date: "Báo cáo số 123/BC-UBND ngày 10/01/2026",
// "Quyết định 922/QĐ-BTTTT"; an attachment note "(Kèm theo Báo cáo số … của UBND tỉnh)" whole.
const DOC_TYPES =
  'báo cáo|công văn|quyết định|kế hoạch|văn bản|tờ trình|nghị quyết|nghị định|thông tư|thông báo|chỉ thị|hướng dẫn';
const DOC_REF = new RegExp(
  String.raw`(?:${DOC_TYPES})\s+(?:số\s*:?\s*)?[\d.…_]*\s*\/\s*[\p{L}\d.\-–/]+(?:\s*,?\s*(?:${DATE}))?`,
  'giu',
);
const ATTACHED = /[(（]\s*(?:ban hành\s+)?kèm theo[^)）]*[)）]|^\s*(?:ban hành\s+)?kèm theo\s.*$/giu;
// "Số: 15/BC-SKHCN", the draft's "Số:    /BC-UBND", "Số 15/BC-SKHCN"; a number with its year
// ("30/2020/NĐ-CP") anywhere: its year is the document's.
const DOC_NUMBER =
  /(?<![\p{L}\p{M}])số\s*:\s*(?=[\d.…_ ]*[\d…_/])[\d.…_ ]*(?:\/\s*[\p{L}\d.\-–/]+)?|(?<![\p{L}\p{M}])số\s+[\d.…_]*\s*\/\s*[\p{L}\d.\-–/]+|(?<!\d)\d+\/(?:19|20)\d{2}\/[\p{L}\d\-–]+/giu;
// The issuing body opening a line: the people's committee, a ministry, a department, an office,
// a steering committee, the district's "Phòng …", the party's committees; an association or an
// institute that publishes an index ("HỘI TIN HỌC VIỆT NAM" over the ICT Index: round 81 named the
// KPI after it; "VIỆN …", "TRUNG TÂM …", "PHÒNG THƯƠNG MẠI …"). "Bộ chỉ số" is not one.
const ISSUER = new RegExp(
  '^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|sở|văn phòng|ban chỉ đạo|cục|tổng cục|chi cục' +
    '|hội(?= (?:tin học|truyền thông|doanh nghiệp|khoa học|nhà báo|an toàn|internet))|hiệp hội|liên đoàn|viện(?= [\\p{L}])' +
    '|trung tâm(?= [\\p{L}])|phòng thương mại|chương trình phát triển liên hợp quốc|undp' +
    '|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|đảng ủy|đảng uỷ|ban chấp hành|ban thường vụ' +
    '|bộ(?= (?:khoa học|thông tin|nội vụ|tài chính|công an|quốc phòng|kế hoạch|y tế|giáo dục|công thương|nông nghiệp' +
    '|tư pháp|xây dựng|giao thông|tài nguyên|văn hóa|văn hoá|lao động|ngoại giao|dân tộc))' +
    '|phòng(?= (?:văn hóa|văn hoá|kinh tế|nội vụ|tài chính|tư pháp|giáo dục|y tế|tài nguyên|lao động|nông nghiệp' +
    '|quản lý|kế hoạch|khoa học|thông tin|công thương)))(?=$|[\\s,:.])',
  'iu',
);

/**
 * A title line without its administrative parts (see QUOC_HIEU …): the empty string for a line
 * that is nothing else (the issuing body, the signing line, "Số: …").
 */
export function withoutAdministrative(line: string, keepCited = false): string {
  // (a document a KPI is defined by, "… THEO QUYẾT ĐỊNH 749/QĐ-TTg", is part of a KPI's name when
  // naming one: two decisions' KPIs are two KPIs — kept without its date, marked against the
  // number's removal below)
  const cited = (m: string, at: number, whole: string) =>
    keepCited && CITED_BY.test(whole.slice(0, at))
      ? m.replace(new RegExp(`\\s*,?\\s*(?:${DATE})\\s*$`, 'iu'), '').replaceAll('/', CITED_SLASH)
      : ' ';
  const t = line
    .normalize('NFC')
    .replace(QUOC_HIEU, ' ')
    .replace(TIEU_NGU, ' ')
    .replace(ATTACHED, ' ')
    .replace(DOC_REF, cited)
    .replace(DOC_NUMBER, ' ')
    .replaceAll(CITED_SLASH, '/')
    .replace(/\s+/g, ' ')
    .trim();
  // (after the number went, the signing line may be all that is left: "Số: 15 Đồng Nai, ngày …")
  const rest = withoutSigning(t, true)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—|]+|[\s,;:\-–—|]+$/gu, '')
    .trim();
  return ISSUER.test(rest) || !/[\p{L}\d]/u.test(rest) ? '' : rest;
}

/**
 * A line without its signing place and date: "Hà Nội, ngày 10 tháng 01 năm 2026" is where the
 * signer sits, not the unit a table is about (the issuing body, "UBND TỈNH ĐỒNG NAI", may be).
 */
export const withoutSigningDate = (line: string): string =>
  withoutSigning(line.normalize('NFC'), false).replace(/\s+/g, ' ').trim();

/** The title lines that are the report's own (without the administrative block). */
export const reportTitles = (titles: readonly string[], keepCited = false): string[] =>
  titles.map((t) => withoutAdministrative(t, keepCited)).filter((t) => t !== '');
/** Words before a document a KPI is defined by ("theo Quyết định …", "tại Nghị định …"). */
const CITED_BY = /(?:theo|tại|của|thực hiện|hoàn thành|quy định tại)\s*$/iu;
/** Stands for a cited document's slashes while document numbers are cut (a private-use character). */
const CITED_SLASH = '\uE001';

// Several years together are a span or a list, not the year of a table: "GIAI ĐOẠN 2021-2022",
// "2021 – 2025", "từ năm 2021 đến năm 2025", "các năm 2020, 2021".
const YEAR_SPAN =
  /(?:19|20)\d{2}(?:\s*(?:[-–—/,;&]|(?<!\p{L})(?:và|va)(?!\p{L})|đến|tới|\bto\b|\band\b)\s*(?:(?:năm|nam)\s+)?(?:19|20)\d{2}(?!\d))+/giu;

/**
 * The year one title line gives: the one it names as a year ("NĂM 2022") before a bare one
 * ("Cập nhật 2023"); none when it names several different ones either way.
 */
function lineYear(line: string): { year: number; named: boolean } | null {
  // ("… NĂM 2025 SO VỚI NĂM 2024": the year compared with is not the table's)
  // ("… THÀNH LẬP TỪ NĂM 2021": where a running count starts, not the table's year)
  const text = withoutComparedYear(line.normalize('NFC'))
    .replace(YEAR_SPAN, ' ')
    .replace(
      /(?<!\p{L})(?:từ|kể từ|since|(?<!(?:năm|nam)\s+)(?:trước|truoc))\s+(?:(?:năm|nam)\s+)?(?:19|20)\d{2}(?!\s*(?:[-–—]|đến|tới)\s*\S)/giu,
      ' ',
    );
  const key = ` ${normalizeHeader(text)} `;
  const namedIn = (k: string) =>
    new Set([...k.matchAll(/ (?:nam|year|ky) ((?:19|20)\d{2})(?= )/g)].map((m) => Number(m[1])));
  let named = namedIn(key);
  // "XẾP HẠNG DTI NĂM 2022 (CÔNG BỐ NĂM 2023)": the year in brackets is said about the title.
  if (named.size > 1) named = namedIn(` ${normalizeHeader(text.replace(/[(（][^()（）]*[)）]/gu, ' '))} `);
  if (named.size === 1) return { year: [...named][0]!, named: true };
  if (named.size > 1) return null;
  const bare = new Set([...key.matchAll(/ (20\d{2})(?= )/g)].map((m) => Number(m[1])));
  return bare.size === 1 ? { year: [...bare][0]!, named: false } : null;
}

/**
 * A date, or a year said of when a table was published, updated or looked at: "(Bộ TT&TT công bố
 * ngày 26/6/2023)", "công bố tháng 6/2023", "được công bố năm 2023", "Cập nhật: 15/7/2023", "truy
 * cập ngày 15/7/2023", "Ngày đăng: 26/06/2023", "(26/6/2023)". A KPI's figures may be of such a
 * date ("số liệu ngày 30/6/2025"); a ranking's year never is: the DTI of a year is published in the
 * next (tester round 77: a 2024 ranking "công bố ngày 21/10/2025" replaced the 2025 one).
 */
const MONTH_EN = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR4 = String.raw`(?:19|20)\d{2}(?!\d)`;
/** A date, a month or a quarter of a year, as titles write them (Vietnamese and English). */
const DATE_FORMS = [
  String.raw`(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*${YEAR4}`,
  String.raw`(?<!\p{L})(?:ngày|ngay)\s+\d{1,2}\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+${YEAR4}`,
  String.raw`(?<!\p{L})(?:tháng|thang)\s+\d{1,2}\s*(?:[/.-]|\s+(?:năm|nam)\s+)\s*${YEAR4}`,
  String.raw`(?<!\p{L})(?:quý|quy|q)\s*(?:[ivx]+|\d)\s*(?:[/.-]|\s+(?:năm|nam)\s+|\s+)\s*${YEAR4}`,
  String.raw`(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_EN},?\s+${YEAR4}`,
  String.raw`(?<!\p{L})${MONTH_EN}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR4}`,
  String.raw`(?<!\p{L})${MONTH_EN},?\s+${YEAR4}`,
];
/**
 * A date, or a year said of when a table was published, updated or looked at: "(Bộ TT&TT công bố
 * ngày 26/6/2023)", "công bố tháng 6/2023", "được công bố năm 2023", "Cập nhật: 15/7/2023", "truy
 * cập ngày 15/7/2023", "Ngày đăng: 26/06/2023", "(26/6/2023)", "published on 26 June 2023", "as of
 * June 2023", "(công bố quý II/2023)". A KPI's figures may be of such a date ("số liệu ngày
 * 30/6/2025"); a ranking's year never is: the DTI of a year is published in the next (tester round
 * 77: a 2024 ranking "công bố ngày 21/10/2025" replaced the 2025 one; round 78: in English).
 */
const DATED = new RegExp(
  [
    String.raw`(?<!\p{L})(?:(?:được|duoc)\s+)?(?:công bố|cong bo|cập nhật|cap nhat|truy cập|truy cap|ngày đăng|ngay dang|đăng ngày|dang ngay|đăng tải|dang tai|ban hành|ban hanh|phát hành|phat hanh|published|updated|accessed|retrieved|released|as of)(?:\s+(?:vào|vao|on|in|at))?\s*[:：]?\s*(?:(?:ngày|ngay|tháng|thang|năm|nam)\s+)?(?:${DATE_FORMS.join('|')}|(?:\d{1,2}\s*[/.-]\s*){0,2}${YEAR4})`,
    ...DATE_FORMS,
  ].join('|'),
  'giu',
);

/** TEXT without its dates and the years it says it was published or updated in (DATED). */
export const withoutDates = (text: string): string => text.normalize('NFC').replace(DATED, ' ');

/**
 * The year a title line says its figures are of: "Đánh giá năm 2023 (số liệu 2022)", "số liệu năm
 * 2022", "dữ liệu năm 2022", "data for 2022", "(2022 data)". It is the table's year over any other
 * the line (or a line above it) names — the assessment's, the publication's: a DTI is of the year
 * of its data (tester round 78: "Đánh giá năm 2023 (số liệu 2022)" stored the 2022 ranking as
 * 2023's). Not a span ("số liệu 2021–2023") nor a date ("số liệu ngày 30/6/2025", left to the period).
 */
const NOT_SPAN = String.raw`(?!\s*(?:[-–—/.,;&]|đến|tới|to|and|và)\s*(?:(?:năm|nam)\s+)?\d)`;
const DATA_YEAR = new RegExp(
  String.raw`(?<!\p{L})(?:số liệu|so lieu|dữ liệu|du lieu)(?:\s+(?:của|cua|thu thập|thu thap))?(?:\s+(?:năm|nam))?\s+(${YEAR4})${NOT_SPAN}` +
    String.raw`|(?<!\p{L})data\s+(?:for|of|from)\s+(?:the\s+)?(?:year\s+)?(${YEAR4})${NOT_SPAN}` +
    String.raw`|(?<![\p{L}\d/.-])(${YEAR4})\s+data(?!\p{L})`,
  'giu',
);
function dataYear(line: string): number | undefined {
  const years = new Set(
    [...line.normalize('NFC').matchAll(DATA_YEAR)].map((m) => Number(m[1] ?? m[2] ?? m[3])),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A title line without the year it compares with (withoutComparedYear: "… so với số liệu năm 2021",
 * "(up from 2021 data)") and without a clause saying it is there for comparison: "Trích số liệu năm
 * 2021 để đối chiếu" (round 80: the year compared with was taken as the figures').
 */
const FOR_COMPARISON =
  /[^,;:()（）[\]–—]*(?:19|20)\d{2}[^,;:()（）[\]–—]*?(?:để|de|for)\s+(?:đối chiếu|doi chieu|so sánh|so sanh|comparison)\s*(?=$|[,;:()（）[\]–—])/giu;
const withoutComparisons = (line: string): string => withoutComparedYear(line.replace(FOR_COMPARISON, ' '));

/**
 * The year of title lines: the one named as such ("NĂM 2022") over a bare one, the line nearest
 * the table first — and the year of the figures (dataYear) from that line or one nearer the table.
 */
function titlesYear(lines: string[]): number | undefined {
  const near = lines.map(withoutComparisons).reverse();
  const years = near.map(lineYear);
  const named = years.findIndex((y) => y?.named);
  const at = named >= 0 ? named : years.findIndex(Boolean);
  const data = near.findIndex((l) => dataYear(l) !== undefined);
  if (data >= 0 && (at < 0 || data <= at)) return dataYear(near[data]!);
  return at >= 0 ? years[at]!.year : undefined;
}

export function readTitleHints(titles: string[], footnotes: string[]): TitleHints {
  const hints: TitleHints = { titles, footnotes };
  // The year a title names as such ("NĂM 2022") wins over a bare one ("Cập nhật 2023"), and the
  // title nearest the table over those above it; the administrative block's date and document
  // numbers are no title's.
  const lines = reportTitles(titles);
  const year = titlesYear(lines);
  if (year !== undefined) hints.year = year;
  const rankingYear = titlesYear(lines.map(withoutDates));
  if (rankingYear !== undefined) hints.rankingYear = rankingYear;
  for (const t of reportTitles(titles)) {
    const key = normalizeHeader(t);
    const group = / (63|34) (tinh|dia phuong|don vi|provinces|units|tinh thanh)/.exec(` ${key}`);
    if (group && hints.group === undefined) hints.group = Number(group[1]) as 63 | 34;
  }
  return hints;
}

// A word without a vowel ("DVCTT", "GRDP"), with a digit ("4G"), or a usual abbreviation with one.
const ABBREVIATION =
  /^([^aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\d]{2,}|.*\d.*|MOOC|UBND|ICT|IOC|AI|IT|KPI|IOT|OCOP|DTI|PDTI|PAPI|PCI|PAR|SIPAS|PGI|PII|DBI|EGDI)$/iu;

/** A note written in the title's row after it: who reports ("Đơn vị: Sở TT&TT"), the source. */
const NOTE_TAIL = /\s+(?:đơn vị|đơn vị báo cáo|nguồn|source|reporting unit)\s*[:：][\s\S]*$/iu;

/**
 * A title's note of which copy it is: "(đính chính)", "(bản sửa đổi)", "(cập nhật 15/12)", "(dự thảo)",
 * "… - ĐÍNH CHÍNH", "… – Đính chính ngày 15/01/2026".
 */
const COPY_TAIL =
  /\s*[-–—]?\s*[(（]\s*(?:bản\s+)?(?:đã\s+)?(?:đính chính|sửa đổi|sửa|bổ sung|cập nhật|chính thức|dự thảo|sơ bộ|điều chỉnh|tham khảo|để tham khảo|tạm tính|corrected|revised|updated|draft|final|for reference)(?:[\s,;][^()（）]*)?[)）]\s*$|\s+[-–—:]\s*(?:bản\s+)?(?:đính chính|sửa đổi|bổ sung|cập nhật|chính thức|dự thảo|điều chỉnh|corrected|revised|updated|draft)(?:\s+(?:ngày|tháng|lần|đến|tới|to|on)\b[^-–—()（）]*)?\s*$/iu;

/**
 * When a copy was updated, said after its title ("… NĂM 2025 - CẬP NHẬT THÁNG 9/2025", "… - Cập
 * nhật ngày 15/10/2025"): no period of its figures (a sum "đến 30/9/2025" is one, TO_END).
 */
const UPDATED_ON = /\s+[-–—:]\s*(?:bản\s+)?(?:cập nhật|updated)\s+(?:tháng|ngày|on)\s+[\d/.\-\s]+$/iu;

/** The same said first: "ĐÍNH CHÍNH: TỶ LỆ …", "BẢN ĐÍNH CHÍNH - TỶ LỆ …". */
const COPY_LEAD =
  /^\s*(?:bản\s+)?(?:đã\s+)?(?:đính chính|sửa đổi|bổ sung|cập nhật|điều chỉnh|corrected|revised|updated)\s*[:\-–—]\s*(?=\p{L})/iu;

// A line that names only the kind of document: "BÁO CÁO", "PHỤ LỤC 2", "Biểu số 02", "Mẫu số 01/BC".
const DOCUMENT_KIND =
  /^\s*(báo cáo|phụ lục|biểu mẫu|biểu|mẫu|bảng|tờ trình|kế hoạch)(\s+(số\s*)?[\divx]+[a-z]?([/.-][\p{L}\d.-]*)?)?[\s:.\-–—]*$/iu;
/**
 * A run of months without the word "tháng": "7-9/2024", "1–6/2025", "01/2025–06/2025" (a dash
 * between the months and a slash or a dot before the year: a date has one separator twice); not a
 * document's number ("số 1-3/2024", "Quyết định 1-6/2024").
 */
const BARE_MONTH_RUN = String.raw`(?<![\p{L}\d/.,-])(?<!(?:số|so|no|quyết định|quyet dinh|qđ|qd|nghị quyết|nghi quyet|nq|nghị định|nghi dinh|nđ|công văn|cong van|cv|thông tư|thong tu|kế hoạch|ke hoach|kh)\.?\s*:?\s*)(?:\d{1,2}\s*[-–]\s*\d{1,2}\s*[/.]\s*(?:19|20)\d{2}|\d{1,2}\s*[/.]\s*(?:19|20)\d{2}\s*[-–]\s*\d{1,2}\s*[/.]\s*(?:19|20)\d{2})(?!\d)`;
const PERIOD_TAIL = new RegExp(
  String.raw`\s*\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?\s*$|\s*[(（]?\s*(?:(?:lũy kế|luỹ kế|tính|từ đầu năm)\s+)?(?:đến\s+(?:hết\s+)?)?(?:(?:quý|quy)\s+(?:[1-4]|iv|i{1,3})|q\.?\s*(?:[1-4]|iv|i{1,3})|\d{1,2}t|(?:từ\s+)?tháng\s+\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?(?:\s*(?:[-–]|đến(?:\s+hết)?)\s*(?:tháng\s*)?\d{1,2})?|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?)\s*(?:[/.-]|\s(?:năm)\s|\s)\s*(?:19|20)\d{2}\s*[)）]?\s*$` +
    `|\\s*[(（]?\\s*(?:(?:số liệu|so lieu|kỳ|ky)\\s+)?${BARE_MONTH_RUN}\\s*[)）]?\\s*$`,
  'iu',
);

/**
 * `name` without a year-to-date tail ("… tính đến 30/9/2024", "…, YTD (September 2025)", "… as of
 * September 30, 2024"): where the figures end is the period's, not the indicator's name.
 */
function cutToEnd(name: string): string {
  const en = englishPeriods(name);
  const to = TO_END.exec(en);
  if (!to || RANGE_START.test(en.slice(0, to.index))) return name;
  const rest = en.slice(to.index + to[0].length).replace(/^[\s(（]+/u, '');
  if (periodIn(rest, true) === null) return name;
  // (the English rewriting leaves what comes before the phrase as written)
  return name.slice(0, Math.min(to.index, name.length));
}
/** `name` without the period it ends with, English ones too ("…, January–September 2025"). */
function cutPeriodTail(name: string): string {
  const en = englishPeriods(name);
  const cut = en.replace(PERIOD_TAIL, '');
  // (the rewriting touched the period only: what is left before it is the name as written)
  return en !== name && cut !== en ? cut : name.replace(PERIOD_TAIL, '');
}
/** A name without the period it ends with: "Tỷ lệ thanh toán trực tuyến Quý III/2025" → "… trực tuyến". */
export const withoutPeriodTail = (name: string): string =>
  cutPeriodTail(name)
    // ("… toàn trình năm 2025", a group header over its levels: the year is the table's)
    .replace(/\s+(?:năm|nam)\s+(?:19|20)\d{2}\s*$/iu, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(PERIOD_LEFTOVER, '')
    .trim();
/** "… in the", "… for" left by an English period cut from a name: not the indicator's words. */
const PERIOD_LEFTOVER = /[\s,]+(?:in|for|during|of|over)(?:\s+the)?\s*$/iu;
/** …and of a running total's ("… LŨY KẾ TỪ ĐẦU NĂM ĐẾN THÁNG 9" once the month is cut). */
const RUNNING_TAIL =
  /\s+(?:lũy kế|luỹ kế|luy ke|cộng dồn)(?:\s+từ đầu năm)?(?:\s+(?:đến|tới)(?:\s+hết)?)?\s*$/iu;
/** A running total said first ("LŨY KẾ TỪ ĐẦU NĂM: TỶ LỆ …"): the period (periodFromTitle), not the KPI. */
const RUNNING_LEAD =
  /^\s*(?:số liệu\s+)?(?:lũy kế|luỹ kế|luy ke|cộng dồn)(?:\s+từ đầu năm)?(?:\s+(?:đến nay|đến hết\s+[^:\-–—]+))?\s*[:\-–—]\s*(?=\p{L})/iu;
const ROWS_TAIL =
  /[\s,]+(?:(?:của|tại|ở)\s+)?(?:các|\d{2})\s+(?:tỉnh\s*[,/]\s*thành(?:\s+phố)?(?:\s+trực thuộc trung ương)?|tỉnh|địa phương|đơn vị|xã\s*[,/]\s*phường(?:\s*[,/]\s*thị trấn)?|huyện\s*[,/]\s*thị xã(?:\s*[,/]\s*thành phố)?|sở\s*[,/]\s*ngành(?:\s*[,/]\s*địa phương)?)\s*$|[\s,]+(?:by|of|for|across|in)\s+(?:all\s+|the\s+|\d{2}\s+)*(?:provinces?|localities|units)(?:\s+and\s+(?:cities|municipalities))?[\s,.;:]*$/iu;

const SELECTION_TAIL = new RegExp(String.raw`\s*[-–—:,(（]?\s*${LIST_PART}\s*[)）]?\s*$`, 'iu');

// "… CÁC TỈNH MIỀN NÚI PHÍA BẮC", "… VÙNG ĐỒNG BẰNG SÔNG CỬU LONG": which region's units the rows are,
// not the KPI (a regional table of a KPI is the KPI's).
const REGION_TAIL =
  /[\s,\-–—]+(?:(?:của|tại|ở)\s+)?(?:(?:(?:các|\d{1,2})\s+)?(?:tỉnh(?:\s*[,/]\s*thành(?:\s+phố)?)?|địa phương)\s+)?(?:(?:thuộc\s+)?(?:vùng|khu vực|miền)\s+)?(?:trung du và miền núi phía bắc|miền núi phía bắc|trung du miền núi phía bắc|đồng bằng sông hồng|bắc trung bộ(?: và duyên hải miền trung)?|duyên hải nam trung bộ|duyên hải miền trung|nam trung bộ|tây nguyên|đông nam bộ|tây nam bộ|đồng bằng sông cửu long)\s*$/iu;

const GENERIC_SHEET = /^(sheet|trang tính|trang|bảng|biểu|data|dữ liệu)\s*\d*$/i;

/**
 * The KPI a table without an indicator column holds (one column per period), as its title or its
 * sheet name says: "Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021–2023" gives
 * "Tỷ lệ hồ sơ trực tuyến toàn trình". Only a proposal: the user confirms it in the wizard, the
 * command line takes --indicator.
 */
// "… - TỈNH BÌNH PHƯỚC", "… CỦA TỈNH ĐỒNG NAI", "… TRÊN ĐỊA BÀN TP. HỒ CHÍ MINH": the unit the
// figures are of (the table's unit, see tableUnit), not part of the KPI's name.
const UNIT_TAIL =
  /[\s,:;]*(?:[-–—]\s*)?(?:(?:của|tại|ở|trên địa bàn)\s+)?((?:tỉnh|thành phố|tp\.?)\s*[\p{L}\p{M} .-]{2,30})\s*$/iu;
// "… TẠI ĐỒNG NAI", "… CỦA BÌNH PHƯỚC": the unit named without its kind after a preposition.
const UNIT_AFTER = /\s+(?:của|tại|ở|trên địa bàn)\s+([\p{L}\p{M} .-]{2,40})\s*$/iu;
// "TỈNH BÌNH PHƯỚC: TỶ LỆ …", "UBND TP. HỒ CHÍ MINH - …": the unit first.
const UNIT_LEAD = /^\s*(?:ubnd\s+)?((?:tỉnh|thành phố|tp\.?)\s*[\p{L}\p{M} .-]{2,30}?)\s*[:\-–—]\s+/iu;
const withoutUnitTail = (t: string): string => {
  let out = t;
  const lead = UNIT_LEAD.exec(out);
  if (lead && isUnitName(lead[1]!.trim())) out = out.slice(lead[0].length);
  const m = UNIT_TAIL.exec(out);
  if (m && isUnitName(m[1]!.trim())) out = out.slice(0, m.index);
  const after = UNIT_AFTER.exec(out);
  if (after && isUnitName(after[1]!.trim())) out = out.slice(0, after.index);
  return out;
};

/**
 * A title line that ends stating the table's unit: "Đơn vị tính: %", "(ĐVT: tổ)", "Biểu 02 …
 * ĐVT: hồ sơ", "… - Đơn vị tính: %", "Unit: %" — a unit reports use (not "Đơn vị: Sở TT&TT", the
 * reporting body).
 */
const UNIT_STATEMENT = new RegExp(
  `(?:^|[\\s(（,;:–—-])\\s*(?:${UNIT_LABEL})\\s*[:：]\\s*([^()（）:：,;]{1,30}?)\\s*[)）]?\\s*$`,
  'iu',
);
const unitStatement = (line: string): { unit: string; at: number } | null => {
  const m = UNIT_STATEMENT.exec(line);
  const unit = m?.[1]?.trim();
  return m && unit && isMeasureUnit(unit) ? { unit, at: m.index } : null;
};
/** The unit the title lines state for the table ("Đơn vị tính: %"), if one does. */
export function unitStatedIn(titles: string[]): string | null {
  for (const t of titles) {
    const u = unitStatement(t.trim());
    if (u) return u.unit;
  }
  return null;
}

/** An average or growth over years, whose span is part of what it is. */
const AVERAGE_OVER_YEARS =
  /(?<!\p{L})(?:bình quân|trung bình|binh quan|trung binh|tăng trưởng|tang truong)(?!\p{L})/iu;

/** "(34 tỉnh, thành phố)", "(theo 63 đơn vị)" after a title: whose figures, not the KPI's name. */
const GROUP_TAIL =
  /\s*[(（]\s*(?:theo\s+|của\s+)?(?:63|34)\s+(?:tỉnh|tinh|đơn vị|don vi|địa phương|dia phuong|provinces|units)[^()（）]*[)）]\s*$/iu;

export function indicatorFromTitle(titles: string[], sheet: string | null): string | null {
  // A sheet named for another index under a title naming the DTI ("CHỈ SỐ DTI VÀ ICT INDEX NĂM
  // 2024" over a sheet "ICT Index 2024", "CHUYỂN ĐỔI SỐ NĂM 2025" over "Chỉ số hài lòng"): the
  // sheet's index (the layout reads the table as that index's, detectLayout.ts bySheet).
  // (also under a title naming no figure at all: "KẾT QUẢ ĐÁNH GIÁ NĂM 2025" over "PCI 2025")
  const sheetKey = ` ${normalizeHeader(sheet ?? '')} `;
  const titleKey = ` ${normalizeHeader(titles.join(' '))} `;
  if (
    OTHER_INDEX_TITLE.test(sheetKey) &&
    !namesDti(sheetKey) &&
    (namesDti(titleKey) ||
      (!OTHER_INDEX_TITLE.test(titleKey) &&
        !/ (ty le|ti le|so|tong|diem|muc|chi so|gia tri) /.test(titleKey)))
  )
    return sheetAsName(sheet);
  const stated = unitStatedIn(reportTitles(titles));
  for (const line of reportTitles(titles, true)) {
    // "… - Đơn vị tính: %": the unit, said apart from the name ("Đơn vị tính: %" alone: no name)
    const own = unitStatement(line);
    let raw = withoutComparedYear(own ? line.slice(0, own.at) : line)
      // "… (đính chính)", "… (bản cập nhật)": which copy of the document, not the KPI
      .replace(COPY_TAIL, '')
      .replace(COPY_LEAD, '')
      .replace(RUNNING_LEAD, '')
      // ("BÁO CÁO SỐ 123/BC-UBND VỀ TỶ LỆ …" without its number: "về" led the subject)
      .replace(/^\s*(?:về|v\/v)\s+(?=\p{L})/iu, '')
      // "CHÍNH QUYỀN SỐ - TỶ LỆ …", "KINH TẾ SỐ: TỶ TRỌNG …": the report's section, then the KPI
      .replace(/^\s*(?:chính quyền số|kinh tế số|xã hội số)\s*[:\-–—]\s*(?=\p{L})/iu, '')
      // "… NĂM 2024 Đơn vị: Sở TT&TT", "… Nguồn: …": a note beside the title in its row
      .replace(NOTE_TAIL, '')
      .replace(GROUP_TAIL, '')
      .replace(/[\s\-–—,;:]+$/u, '');
    if (!raw) continue;
    // "TỈNH BÌNH PHƯỚC - SO SÁNH TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO ĐỊA PHƯƠNG …": the KPI compared
    const compared =
      /(?:^|\s[-–—]\s|\s)so sánh\s+(?=(?:tỷ lệ|tỉ lệ|số|chỉ số|điểm|giá trị|mức|tốc độ)\s)/iu.exec(raw);
    if (compared)
      raw = raw
        .slice(compared.index + compared[0].length)
        .replace(/\s+(?:theo|giữa|của)\s+(?:các\s+)?(?:địa phương|địa bàn|tỉnh)[\s\S]*$/iu, '');
    // "BÁO CÁO", "PHỤ LỤC", "Biểu số 02", "Mẫu số 01/BC": the document's kind, not its subject.
    if (DOCUMENT_KIND.test(raw)) continue;
    // "TỈNH BÌNH PHƯỚC SO VỚI CÁC TỈNH ĐÔNG NAM BỘ", "SO SÁNH TỈNH X VỚI …", "VỊ TRÍ CỦA TỈNH X
    // TRONG VÙNG …": whom the table compares, not what.
    if (
      /^(?:ubnd\s+)?(?:tỉnh|thành phố|tp\.?)\s+.+?\s+so\s+(?:với|sánh)(?:\s|$)/iu.test(raw) ||
      /^(?:so sánh|vị trí)\s/iu.test(raw) ||
      /^(?!(?:tỷ lệ|tỉ lệ|số|tổng|chỉ số|điểm|giá trị|mức|tốc độ)\s)(?:[\p{L}\p{M}]+\s){1,3}so\s+với\s/iu.test(
        raw,
      )
    )
      continue;
    // A unit after the year ("… năm 2023 (hồ sơ)") stays with the name, where it is split off.
    const unit = /\s*[(（][^()（）]{1,30}[)）]\s*$/u.exec(raw);
    const bracket = unit && splitIndicatorName(`x${unit[0]}`).unit !== null ? unit[0].trim() : '';
    let t = withoutUnitTail(bracket ? raw.slice(0, unit!.index) : raw)
      // "… - KHỐI TỈNH, THÀNH PHỐ": whose figures, as "của các tỉnh" says it
      .replace(/\s*[-–—,]?\s*khối\s+(?:các\s+)?(?:tỉnh|địa phương)(?:\s*[,/]\s*thành phố)?\s*$/iu, '')
      // "… - 10 ĐỊA PHƯƠNG DẪN ĐẦU", "… (TOP 10)": which rows the table shows, not the KPI.
      .replace(SELECTION_TAIL, '')
      .replace(REGION_TAIL, '')
      // "1. TỶ LỆ …", "2.1 Số hồ sơ …", "II. …", "III- …", "a) …", "(1) …", "1/ …": the heading's
      // number in its document — a bare number only before a KPI's lead ("5 TỶ LỆ …"): "25 DỊCH
      // VỤ CÔNG THIẾT YẾU: …" counts the services, the KPI's own words
      .replace(
        /^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\d{1,2}(?=\s+(?:tỷ lệ|tỉ lệ|số(?!\s+liệu)|tổng|chỉ số|điểm|giá trị|mức|tốc độ|phủ sóng)\s)|\d{1,2}[)/]|\(\d{1,2}\)|[ivx]{1,4}(?:\.\d{1,2})*[.)]|[ivx]{1,4}\s*[-–—]|[a-zđ]\))\s+(?=\p{L})/iu,
        '',
      )
      // "Biểu 2:", "Bảng số 3.", "Phụ lục IV -": a numbered heading, not "Bảng xếp hạng".
      .replace(
        /^\s*(biểu|bảng|phụ lục|table|mục|chỉ tiêu)\s+(số\s*)?(\d+(?:\.\d+)*|[ivx]+)[a-z]?(?=$|[\s:.\-–—])\s*[:.\-–—]?\s*/iu,
        '',
      )
      // "Báo cáo kết quả tỷ lệ …", "Tổng hợp số liệu …": the report's words are not the indicator's.
      .replace(/^((báo cáo|kết quả|tổng hợp|số liệu|thống kê|danh sách)(\s+(về|của|thực hiện))?\s*)+/iu, '')
      // "XẾP HẠNG TỶ LỆ HỒ SƠ …": the KPI's ranking, a table of its ranks ("Xếp hạng DTI …" names
      // no KPI once cut: the ranking's own, left to the ranking's reading)
      .replace(
        /^(?:bảng\s+)?(?:xếp hạng|thứ hạng)\s+(?:về\s+|theo\s+)?(?=(?:tỷ lệ|tỉ lệ|số|tổng số|tỷ trọng|chỉ số|bộ chỉ số)\s)/iu,
        '',
      )
      // "… QUÝ III/2025", "… 6 THÁNG ĐẦU NĂM 2024": the period of the figures (periodFromTitle).
      .replace(/^[\s\S]*$/u, cutToEnd)
      .replace(/^[\s\S]*$/u, cutPeriodTail)
      .replace(PERIOD_LEFTOVER, '')
      // "… ĐẾN NGÀY 30/06/2024", "… ngày 1-6-2024", "… TỪ 01/01(/2024) - 30/06/2024": dates the
      // figures are of (the year is the title's), no part of the KPI's name
      .replace(
        /\s*[-–—,]?\s*[(（]?\s*(?:(?:từ|tu)\s+(?:(?:ngày|ngay)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?\s*(?:[-–—]|đến|den)\s*)?(?:(?:tính\s+)?(?:đến|tới|den|toi|tại|tai)\s+)?(?:(?:ngày|ngay)\s+)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(?:19|20)\d{2}\s*[)）]?\s*$/iu,
        '',
      )
      .replace(
        // (not a document's number: "QUYẾT ĐỊNH 1-6/2024")
        /(?<!(?:từ|tu|since|(?<!(?:năm|nam)\s+)(?:trước|truoc))(?:\s+(?:năm|nam))?\s*)\s*[-–—]?\s*[(（]?\s*(giai đoạn|năm|kỳ|period|year)?\s*(?<!\d\s*[/.-]\s*)(19|20)\d{2}(\s*[-–—/]\s*(19|20)\d{2})?\s*[)）]?\s*$/iu,
        // (an average over the years it names is of those years: "ĐIỂM DTI BÌNH QUÂN GIAI ĐOẠN
        // 2023-2025", "… BÌNH QUÂN 3 NĂM 2023, 2024, 2025" — two spans, two KPIs)
        (tail: string, ...args: unknown[]) => {
          const before = (args[args.length - 1] as string).slice(0, args[args.length - 2] as number);
          const overYears = /\d{4}\s*[-–—/]\s*\d{4}/.test(tail) || /\d{4}\s*,\s*$/.test(before);
          return overYears && AVERAGE_OVER_YEARS.test(before) ? tail : '';
        },
      )
      // (unaccented too, "… NAM 2025": not a place's "Nam", Việt Nam, Hà Nam, Quảng Nam, Đông Nam)
      .replace(
        /\s*(giai đoạn|giai doan|năm|kỳ)\s*$|(?<!\b(?:viet|viêt|việt|mien|miền|ha|hà|quang|quảng|dong|đông|tay|tây))\s+nam\s*$/iu,
        '',
      )
      // "… QUÝ I", "… THÁNG 5", "… 6 THÁNG ĐẦU NĂM" with the year elsewhere: the period, not the name
      .replace(
        /\s+(?:quý|quy)\s+(?:[1-4]|iv|i{1,3})\s*$|\s+(?:tháng|thang)\s+\d{1,2}\s*$|\s+\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?\s*$/iu,
        '',
      )
      .replace(RUNNING_TAIL, '')
      .replace(/^[\s\S]*$/u, withoutUnitTail)
      // "… CỦA CÁC TỈNH, THÀNH PHỐ", "… CÁC XÃ, PHƯỜNG": whose figures the rows are, not the KPI.
      .replace(ROWS_TAIL, '')
      // ("… NĂM 2025 CỦA CÁC TỈNH, THÀNH PHỐ": the year before whose figures; "… CÁC TỈNH ĐÔNG NAM BỘ
      // NĂM 2022": the region before the year)
      .replace(
        /(?<!(?:từ|tu|since|(?<!(?:năm|nam)\s+)(?:trước|truoc))(?:\s+(?:năm|nam))?\s*)\s*[-–—]?\s*[(（]?\s*(?:năm|nam|year)\s+(?:19|20)\d{2}\s*[)）]?\s*$/iu,
        '',
      )
      .replace(REGION_TAIL, '')
      // "TỶ LỆ HỒ SƠ TRỰC TUYẾN VÀ XẾP HẠNG …": the KPI, and that its ranks are given too
      .replace(/\s+(?:và|va)\s+(?:xếp hạng|thứ hạng|xep hang)(?:\s.*)?$/iu, '')
      // "… THEO QUÝ", "… các tháng": how the columns split the year, not the indicator's name.
      .replace(/\s+(theo|các|từng|hàng)\s+(quý|tháng|năm|kỳ)\s*$/iu, '')
      // "ĐIỂM DTI NĂM 2025 TĂNG …", "KHOẢNG CÁCH ĐIỂM DTI 2025 SO VỚI …": the year inside the name is
      // the figures' period (the title gives it), no part of the KPI's name — next year's file
      // names the same KPI ("giai đoạn 2021-2025", "2021 – 2025" are spans, kept)
      .replace(
        /(?<=\p{L})(?<!giai đoạn|giai doan|đến|tới|den|toi|từ|tu|(?:đến|tới|den|toi|từ|tu) năm|(?:quý|quy|tháng|thang)\s+[\p{L}\d]{1,4}(?:\s+năm)?)\s+(?:(?:năm|(?<!\b(?:viet|việt|mien|miền|ha|hà|quang|quảng|dong|đông|tay|tây)\s+)nam)\s+)?(?:19|20)\d{2}(?=\s+(?!đến\s|den\s|trở\s|tro\s)[\p{L}(])/iu,
        '',
      )
      .replace(/[\s:.,;]+$/u, '')
      // (a word left hanging by a document's number cut out: "… theo [Quyết định 749/QĐ-TTg]")
      .replace(/\s+(?:theo|của|tại|về|kèm|căn cứ)\s*$/iu, '')
      .trim();
    // (what a cut lead left: "tỷ lệ …" of "Bảng xếp hạng tỷ lệ …" starts the name)
    t = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
    if (t.length < 3 || /^(19|20)\d{2}$/.test(t)) continue;
    // A title in capitals reads as a sentence; abbreviations ("DVCTT", "GRDP": no vowel, no
    // Vietnamese word is without one) stay in capitals.
    // (a cited document's number, "749/QĐ-TTg", keeps its own case and does not count)
    const words = t.replace(/\S*[\d/]\S*/gu, '');
    if (words === words.toLocaleUpperCase('vi') && /\p{Lu}/u.test(words)) {
      // (and a short word alone in brackets, "(ATTT)", "(SME)": an abbreviation of what it qualifies)
      t = t.replace(/\S*[\d/]\S*|[\p{L}\p{N}]+/gu, (w, at: number, all: string) =>
        /[\d/]/u.test(w) ||
        ABBREVIATION.test(w) ||
        (w.length <= 6 && /[(（]\s*$/u.test(all.slice(0, at)) && /^\s*[)）]/u.test(all.slice(at + w.length)))
          ? w
          : w.toLocaleLowerCase('vi'),
      );
      t = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
    }
    const unitOf = bracket || (stated ? `(${stated})` : '');
    return `${t}${unitOf ? ` ${unitOf}` : ''}`.slice(0, 300);
  }
  return sheetAsName(sheet);
}

/** A sheet named for the DTI or a pillar alone: no KPI's name. */
const PILLAR_SHEET = /^(chi so )?(chinh quyen so|kinh te so|xa hoi so|dti|pdti|chuyen doi so|cqs|kts|xhs)$/;

/** A file's name without its folder and extension ("PCI 2023" of "/a/PCI 2023.xlsx"). */
export const fileStem = (file: string): string => path.parse(file).name;

/**
 * The other index a file is named for, as its table's KPI ("Vietnam ICT Index 2020.xlsx": "Vietnam
 * ICT Index"); null when its name names none, or the DTI.
 */
export function otherIndexOfFile(file: string): string | null {
  const stem = fileStem(file);
  const key = ` ${normalizeHeader(stem)} `;
  if (!OTHER_INDEX_TITLE.test(key) || namesDti(key)) return null;
  // (without what the file holds of it — "Xep hang PCI 2023", "Bo chi so 766 nam 2023 (thang 1)":
  // the ranking of it, its year and what follows)
  const name = stem
    .replace(/^\s*(?:xếp hạng|xep hang|kết quả|ket qua|bảng|bang|danh sách|danh sach)\s+/iu, '')
    .replace(/[\s\-–—_]*(?:(?:năm|nam)\s*)?(?:19|20)\d{2}(?!\d).*$/iu, '')
    .trim();
  return name ? name.slice(0, 300) : null;
}

/** A sheet named for its KPI and year ("PCI 2025"): the KPI. (A pillar's sheet names none.) */
function sheetAsName(sheet: string | null): string | null {
  // (and for a month: "Tỷ lệ TTTT T12-2026" is the KPI "Tỷ lệ TTTT" of December)
  const s = sheetNamePeriod(sheet?.trim() ?? '').name.replace(
    /[\s\-–—_]*(?:(?:năm|nam)\s*)?(?:19|20)\d{2}$/iu,
    '',
  );
  return s && !GENERIC_SHEET.test(s) && !PILLAR_SHEET.test(normalizeHeader(s)) ? s.slice(0, 300) : null;
}

/**
 * A part of the year a title ends with, without the year ("SỐ HỒ SƠ … QUÝ II (hồ sơ)", "… THÁNG 5",
 * "… 6 THÁNG ĐẦU NĂM"), as written: the period once the year is known (normalisePeriod).
 */
export function yearlessPeriodInTitle(titles: string[]): string | null {
  for (const line of reportTitles(titles)) {
    if (/(?:19|20)\d{2}/.test(line)) continue;
    const m =
      /(?:^|\s)((?:quý|quy)\s+(?:[1-4]|iv|i{1,3})|(?:tháng|thang)\s+\d{1,2}|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)\s*(?:[(（][^()（）]*[)）])?\s*$/iu.exec(
        line,
      );
    if (m) return m[1]!;
  }
  return null;
}

/**
 * A period finer than the year stated in a title: "… 6 THÁNG ĐẦU NĂM 2024" gives
 * "2024-01..2024-06", "6 THÁNG CUỐI NĂM 2024" "2024-07..2024-12", "QUÝ III/2024" "2024-07..2024-09",
 * "THÁNG 9/2022" "2022-09". Null when the title names only a year (the year hint covers it) or no
 * period. The signing date of the administrative block ("Đồng Nai, ngày 10 tháng 01 năm 2026") is
 * not one.
 */
const QUARTER_NUMBER: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, i: 1, ii: 2, iii: 3, iv: 4 };
const QUARTER_PAIR =
  /(?:quý|quy)\s+([1-4]|iv|i{1,3})\s*(?:và|va|,|-|–|&)\s*(?:(?:quý|quy)\s+)?([1-4]|iv|i{1,3})(?=\s*(?:[/.-]|\s(?:năm|nam)\s|\s)\s*(?:19|20)\d{2})/giu;
/** "Quý III và Quý IV năm 2025" as the run of months it is: "từ tháng 7 đến tháng 12 năm 2025". */
const quarterPairs = (text: string): string =>
  text.replace(QUARTER_PAIR, (all: string, a: string, b: string) => {
    const [qa, qb] = [QUARTER_NUMBER[a.toLowerCase()]!, QUARTER_NUMBER[b.toLowerCase()]!];
    return qa < qb ? `từ tháng ${3 * qa - 2} đến tháng ${3 * qb}` : all;
  });

export function periodFromTitle(titles: string[]): string | null {
  for (const raw of reportTitles(titles)) {
    // (English ones too: "January–September 2025", "year to date (September 2025)"; two quarters
    // in a row, "QUÝ III VÀ QUÝ IV NĂM 2025", are their months)
    const t = quarterPairs(englishPeriods(raw.normalize('NFC').replace(UPDATED_ON, '')));
    // "TỪ THÁNG 7 ĐẾN THÁNG 9/2025", "THÁNG 7-9/2025", "từ 01/7/2025 đến 30/9/2025": those months
    // (one it cannot hold as a period — across two years — gives none, not its first month)
    const range = monthRangeIn(t);
    if (range !== undefined) return range;
    // "LŨY KẾ ĐẾN HẾT QUÝ III/2025", "(Số liệu tính đến ngày 30/9/2024)" under "… NĂM 2024": the
    // figures of the year so far, January to the end of that period (to the end of December:
    // the year itself, which the title gives).
    const to = TO_END.exec(t);
    // (not after a start: "từ ngày 1/7/2025 đến hết ngày 30/9/2025" is a range, read above)
    if (to && !RANGE_START.test(t.slice(0, to.index))) {
      const end = periodIn(t.slice(to.index + to[0].length), true);
      if (end) return yearToDate(end);
    }
    const p = periodIn(t, false);
    if (p) return p;
  }
  return null;
}

const Y = '(?:19|20)\\d{2}';
const PERIOD_FORMS = [
  new RegExp(`\\d{1,2}\\s+(?:tháng|thang)(?:\\s+(?:đầu|dau|cuối|cuoi))?(?:\\s+(?:năm|nam))?\\s+${Y}`, 'iu'),
  new RegExp(
    `(?:quý|quy|quarter)\\s+(?:[1-4]|iv|i{1,3})\\s*(?:[/.-]|\\s(?:năm|nam|of)\\s|,?\\s)\\s*${Y}`,
    'iu',
  ),
  // "Q3/2025", "Q3 2025", "Q.III/2025", "9T/2025" (as short headers and titles write them)
  new RegExp(`(?<![\\p{L}\\d])(?:q\\.?\\s*(?:[1-4]|iv|i{1,3})|\\d{1,2}t)\\s*(?:[/.-]|,?\\s)\\s*${Y}`, 'iu'),
  new RegExp(`(?:tháng|thang)\\s+\\d{1,2}\\s*(?:[/.-]|\\s(?:năm|nam)\\s|\\s)\\s*${Y}`, 'iu'),
];
// "2025 Q3", "2025-Q3" (English reports put the year first)
const YEAR_THEN_QUARTER = new RegExp(`(?<![\\p{L}\\d])(${Y})\\s*[-/ ]?\\s*q([1-4])(?![\\p{L}\\d])`, 'iu');
const DATE_AT_START = new RegExp(`^(?:(?:ngày|ngay)\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](${Y})`, 'iu');

/** The first period `text` names (a date too, at its start, when `withDate`), in the store's form. */
function periodIn(text: string, withDate: boolean): string | null {
  const date = withDate ? DATE_AT_START.exec(text.trim()) : null;
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[2]), date[3]!];
    if (month < 1 || month > 12) return null;
    // (to the last day of a month: that month; else the month before it is the last whole one —
    // read as that month all the same: what "tính đến ngày 15/9" covers is September's figures)
    return day >= 1 ? `${year}-${String(month).padStart(2, '0')}` : null;
  }
  for (const re of PERIOD_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const p = normalisePeriod(m[0].replace(/,/g, ' ').replace(/^q\.\s*/i, 'Q'));
    if (isCanonicalPeriod(p)) return p;
  }
  const yq = YEAR_THEN_QUARTER.exec(text);
  if (yq) {
    const p = normalisePeriod(`Q${yq[2]}/${yq[1]}`);
    if (isCanonicalPeriod(p)) return p;
  }
  return null;
}

/**
 * "lũy kế đến hết", "lũy kế từ đầu năm đến", "từ đầu năm đến nay (tháng 9/2025)", "tính đến ngày",
 * "đến hết tháng 9/2025", "year to date (September 2025)", "as of 30/9/2025": what follows is where
 * the figures of the year end.
 */
const TO_END =
  /(?:(?:(?:lũy|luỹ|luy)\s+(?:kế|ke)(?:\s+(?:từ|tu)\s+(?:đầu|dau)\s+(?:năm|nam))?|(?:tính|tinh)|(?:từ|tu)\s+(?:đầu|dau)\s+(?:năm|nam))\s+(?:đến|den)\s+(?:(?:hết|het|nay)\s*)?|(?<!\p{L})(?:đến|den)\s+(?:hết|het|nay)\s*|(?<!\p{L})(?:đến|den|tới|toi)\s+(?:(?:ngày|ngay)\s+)?(?=\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2})|(?<!\p{L})(?:year[\s-]to[\s-]date|ytd|cumulative)\s*[(:,-]?\s*(?:(?:as\s+of|to|through|until|up\s+to)\s+)?(?:(?:the\s+)?end\s+of\s+)?|(?<!\p{L})(?:as\s+of|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?)/iu;
/** A range's start before its end: "từ tháng 7", "từ ngày 1/7", "từ 01/7/2025". */
const RANGE_START = /(?:từ|tu)\s+(?:(?:ngày|ngay|tháng|thang)\s+)?\d/iu;
/**
 * "từ tháng 4 đến (hết) tháng 6 năm 2024", "tháng 7-9/2025", "từ tháng 4/2024 đến tháng 6/2024";
 * without the word, "7-9/2024", "01/2025–06/2025" (BARE_MONTH_RUN).
 */
const MONTH_RANGE_PHRASE = new RegExp(
  `(?:(?:từ|tu)\\s+)?(?:tháng|thang)\\s*\\d{1,2}(?:\\s*[/.-]\\s*${Y})?\\s*(?:[-–]|(?:đến|den)(?:\\s+(?:hết|het))?)\\s*(?:tháng|thang)?\\s*\\d{1,2}\\s*(?:[/.-]|\\s(?:năm|nam)\\s|\\s)\\s*${Y}` +
    `|${BARE_MONTH_RUN}`,
  'iu',
);
/** "tháng 4, 5, 6 năm 2024": months listed (one after another: their run). */
const MONTH_LIST = new RegExp(
  `(?:tháng|thang)\\s+(\\d{1,2}(?:\\s*,\\s*\\d{1,2})+)\\s*(?:[/.-]|\\s(?:năm|nam)\\s|\\s)\\s*(${Y})`,
  'iu',
);
/** "từ 01/7/2025 đến 30/9/2025", "từ 01/01 - 30/06/2024": a range of dates, read as its months. */
const DATE_RANGE = new RegExp(
  `(?:từ|tu)\\s+(?:(?:ngày|ngay)\\s+)?\\d{1,2}\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*${Y})?\\s*(?:[-–—]|(?:đến|den|tới|toi)(?:\\s+(?:hết|het))?)\\s*(?:(?:ngày|ngay)\\s+)?\\d{1,2}\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(${Y})`,
  'iu',
);

/** The months a title's range names, in the store's form; null for one across years; undefined without one. */
function monthRangeIn(text: string): string | null | undefined {
  const phrase = MONTH_RANGE_PHRASE.exec(text);
  if (phrase) {
    const p = normalisePeriod(phrase[0]);
    return isCanonicalPeriod(p) ? p : null;
  }
  const list = MONTH_LIST.exec(text);
  if (list) {
    const ms = list[1]!.split(',').map(Number);
    const runs = ms.every((m, k) => k === 0 || m === ms[k - 1]! + 1) && ms[0]! >= 1 && ms.at(-1)! <= 12;
    return runs ? monthsPeriod(list[2]!, ms[0]!, ms.at(-1)!) : null;
  }
  const dates = DATE_RANGE.exec(text);
  if (dates) {
    const [from, to] = [Number(dates[1]), Number(dates[2])];
    return from >= 1 && to <= 12 && from <= to ? monthsPeriod(dates[3]!, from, to) : null;
  }
  return undefined;
}

// A unit below the province, named as the subject of a title or sheet: "HUYỆN ĐỒNG PHÚ",
// "UBND HUYỆN ĐỒNG PHÚ", "PHƯỜNG BÌNH PHƯỚC", "TP Đồng Xoài", "Thị xã …", "Quận 1".
const SUB_UNIT = /(?<![\p{L}\p{M}])(thành phố|thị xã|thị trấn|huyện|quận|phường|xã|tp\.?|tx\.?)(?=\s)/giu;
// Said before the word, it is a kind of unit, not one unit: "các xã, phường", "cấp huyện", "tỉnh, thành phố".
const GENERIC_BEFORE = /(?:^|\s)(?:các|những|từng|mỗi|cấp|và|hoặc|tỉnh\s*[,/]?)\s*$/iu;
// What follows a word that is no unit's name: the title goes on ("xã đạt chuẩn nông thôn mới",
// "xã hội số", "xã biên giới", "phường QUÝ III/2025"); a name ends at these words or a comma.
const NOT_A_NAME =
  /^(?:năm|quý|tháng|giai đoạn|kỳ|đến|tính|theo|của|trong|trên|về|cho|và|hoặc|với|các|có|được|đã|chưa|không|là|đạt|thuộc|trực|hội|số|so|nông thôn|vùng|biên giới|miền núi|hải đảo|đảo|đặc biệt|khó khăn|an toàn|mới|loại|điểm|trọng điểm|thực hiện|triển khai|sử dụng|áp dụng|hoàn thành|thông minh|đô thị|tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|tp)(?=$|[\s,;:.)])/iu;
const NAME_ENDS =
  /^(?:năm|quý|tháng|giai|kỳ|đến|tính|theo|của|trong|trên|về|và|với|so|tỉnh|huyện|quận|xã|phường|tp)$/iu;
const FULL_PREFIX: Record<string, string> = { tp: 'thành phố', tx: 'thị xã' };

/**
 * The unit below the province a text names as what it is about ("KẾT QUẢ … HUYỆN ĐỒNG PHÚ, TỈNH
 * BÌNH PHƯỚC NĂM 2024" gives "huyện Đồng Phú"), or null. A "thành phố" that is a province
 * (`isProvince("thành phố Hà Nội")`) is not one; "Thành phố Hà Tĩnh" is (the provincial city).
 */
export function subProvincialNamedIn(text: string, isProvince: (label: string) => boolean): string | null {
  // ("UBND HUYỆN ĐỒNG PHÚ" and the quốc hiệu share a row, read as one line)
  const t = text.normalize('NFC').replace(QUOC_HIEU, ' , ').replace(TIEU_NGU, ' , ');
  for (const m of t.matchAll(SUB_UNIT)) {
    if (GENERIC_BEFORE.test(t.slice(0, m.index))) continue;
    const rest = t.slice(m.index + m[0].length).trim();
    if (NOT_A_NAME.test(rest)) continue;
    const words: string[] = [];
    for (const raw of rest.split(/\s+/).slice(0, 5)) {
      const w = raw.replace(/[,;:.)(（）]+$/u, '');
      if (!/^(?:[\p{L}\p{M}]+|\d{1,2})$/u.test(w) || NAME_ENDS.test(w)) break;
      words.push(w);
      if (w !== raw || words.length === 4) break;
    }
    if (words.length === 0) continue;
    const kind = m[1]!.toLocaleLowerCase('vi').replace(/\.$/, '');
    const prefix = FULL_PREFIX[kind] ?? kind;
    const name = words.join(' ');
    if (prefix === 'thành phố' && isProvince(`Thành phố ${name}`)) continue;
    const shown =
      name === name.toLocaleUpperCase('vi')
        ? name.replace(/[\p{L}\p{M}]+/gu, (w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'))
        : name;
    return `${prefix} ${shown}`;
  }
  return null;
}

// Units below the province, as a title or a sheet names the kind of its rows: "xã", "phường",
// "đặc khu" (from 2025), "đơn vị cấp xã"… Matched without marks; "xã hội", "phương án", "quản lý"
// are other words.
const SUB_KIND =
  '(?:don vi hanh chinh cap (?:xa|huyen)|don vi cap (?:xa|huyen)|dia phuong cap (?:xa|huyen)|thi tran|thi xa|dac khu|xa(?! hoi)|phuong(?! (?:an|thuc|tien|phap|huong|cach|trinh))|huyen|quan(?! (?:ly|tri|tam|he|diem|su|doi))|communes?|wards?|districts?)';
const SUB_LIST = `${SUB_KIND}(?:\\s*(?:,|/|;|-|\\bva\\b|\\bhoac\\b|&)\\s*${SUB_KIND}|\\s+${SUB_KIND})*`;
// "… CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2024", "… CỦA 95 XÃ, PHƯỜNG", "… THEO XÃ", "XẾP HẠNG … CÁC XÃ,
// PHƯỜNG", "DANH SÁCH XÃ, PHƯỜNG …", "KẾT QUẢ … CẤP XÃ TỈNH PHÚ THỌ", "by commune"
// ("TẠI CÁC XÃ, PHƯỜNG" says where, not whose: "SỐ TỔ … TẠI CÁC XÃ, PHƯỜNG" is a province's count;
// "TỶ LỆ CÁC XÃ CÓ …", "SỐ XÃ …" count communes per province)
const SUB_ROWS = [
  new RegExp(`(?<![a-z])(?:cua|thuoc) (?:cac |tung |moi |\\d+ )?(${SUB_LIST})(?![a-z])`, 'u'),
  new RegExp(`(?<![a-z])theo (?:tung |moi )?(${SUB_LIST})(?![a-z])`, 'u'),
  new RegExp(`^(?:danh sach |bang )?(?:cac |tung )?(${SUB_LIST})(?![a-z])`, 'u'),
  new RegExp(
    `(?<![a-z])(?<!(?<![a-z])(?:ty le|ti le|so luong|phan tram|tai|o|tren|trong) )(?:cac|tung) (${SUB_LIST})(?![a-z])`,
    'u',
  ),
  new RegExp(
    `(?<![a-z])(cap (?:xa|huyen))(?= (?:(?:tren dia ban|cua|thuoc) )?(?:tinh|thanh pho|tp) [a-z])`,
    'u',
  ),
  new RegExp(
    `(?<![a-z])by (?:the |each )?((?:communes?|wards?|districts?)(?: (?:and|or|/) (?:communes?|wards?|districts?))*)(?![a-z])`,
    'u',
  ),
  new RegExp(
    `(?<![a-z])(?<!(?:number|share|percentage|proportion|rate|count) )(?:of|for|across) (?:the |all |each )?((?:communes|wards|districts)(?: (?:and|or|/) (?:communes|wards|districts))*)(?![a-z])`,
    'u',
  ),
];
// …unless what follows makes them the subject of the KPI ("TỶ LỆ CÁC XÃ CÓ TỔ CÔNG NGHỆ SỐ", "CỦA
// CÁC XÃ PHÁT SINH HỒ SƠ"), or the title says its rows are the provinces ("… TẠI CÁC XÃ, PHƯỜNG CỦA
// CÁC TỈNH, THÀNH PHỐ") or compares provinces ("SO SÁNH …", "… VÙNG ĐÔNG NAM BỘ", "CÁC ĐỊA PHƯƠNG
// LÂN CẬN": a region's provinces, the level of whose KPI the title names).
const SUB_SUBJECT_OF_KPI =
  /^\s*(?:co|dat|duoc|da|chua|hoan thanh|trien khai|su dung|thuc hien|ap dung|ket noi|phat sinh|tiep nhan|nong thon|bien gioi|mien nui|dac biet|khu vuc|vung)(?![a-z])/u;
const PROVINCE_ROWS =
  /(?<![a-z])(?:(?:cac|theo|tung|moi|\d+) tinh|tinh,? thanh pho|tinh\/thanh pho|tinh thanh(?! hoa)|by provinces?|provinces?(?: and|,) cities|so voi(?! (?:nam|cung ky|ky|thang|quy|ke hoach|kh|muc tieu|chi tieu))|lan can|cac dia phuong|region(?:al)?|neighbou?r)(?![a-z])/u;
// A region of the country ("VÙNG ĐÔNG NAM BỘ"): its provinces — unless the title names the one
// province the region is in ("… VÙNG ĐÔNG BẮC TỈNH PHÚ THỌ": its communes).
const REGION_ROWS =
  /(?<![a-z])(?:vung|khu vuc) (?:dong nam bo|tay nguyen|dong bang song|trung du|mien nui phia bac|bac trung bo|nam trung bo|duyen hai|tay bac|dong bac)(?![a-z])/u;
const NAMES_A_PROVINCE = /(?<![a-z])(?:tinh|thanh pho|tp) (?!thanh pho|thanh\b)[a-z]/u;
// A sheet named for the kind of its rows: "Xã", "Các xã, phường", "Theo huyện".
const SUB_SHEET = new RegExp(`^(?:(?:ds|danh sach) )?(?:cac |theo )?(${SUB_LIST})$`, 'u');

/**
 * Whether a line names a kind of unit below the province, or one of them, before anything else:
 * "Các xã:", "Khối xã", "Cấp xã", "Huyện Bù Đăng:", "Các phường, thị trấn" (a heading over such rows).
 */
export function namesSubProvincialKind(text: string): boolean {
  // ("I. HUYỆN BÙ ĐĂNG", "TX. Phú Mỹ", "TT. Tân Khai", "H. Lạc Sơn", "Q. 1", "Địa bàn xã …")
  const k = unmarkedAligned(text.normalize('NFC').trim()).replace(/^(?:[ivxlc]+|\d{1,2})[.)]\s*/, '');
  return new RegExp(
    `^(?:(?:cac|khoi|cap|nhom|danh sach|dia ban|tren dia ban) )*(?:${SUB_KIND}|tx\\.|tt\\.|h\\.|q\\.)(?![a-z])`,
    'u',
  ).test(k);
}

/** The text without marks, one character for each of `nfc`'s (so indices carry over). */
function unmarkedAligned(nfc: string): string {
  let out = '';
  for (const ch of nfc) {
    const base = stripDiacritics(ch).toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase();
  }
  return out;
}

/**
 * The words by which a sheet name or a title line says that a table's rows are units below the
 * province ("các xã, phường, đặc khu", "huyện"), as written; null when it does not. A commune
 * named "Hòa Bình" must not be stored as the province of that name. `sheet` marks a sheet's name,
 * which says it with the kind alone ("Xã, phường").
 */
export function subProvincialRowsSaid(text: string, sheet = false): string | null {
  const nfc = text
    .normalize('NFC')
    .replace(QUOC_HIEU, ' , ')
    .replace(TIEU_NGU, ' , ')
    .replace(/\s+/g, ' ')
    .trim();
  const k = unmarkedAligned(nfc);
  if (sheet) {
    const m = SUB_SHEET.exec(k);
    return m ? nfc.slice(m.index, m.index + m[0].length) : null;
  }
  if (PROVINCE_ROWS.test(k)) return null;
  const ofProvince = NAMES_A_PROVINCE.test(k);
  if (!ofProvince && REGION_ROWS.test(k)) return null;
  for (const re of SUB_ROWS) {
    const m = re.exec(k);
    if (!m) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    // ("DANH SÁCH XÃ, PHƯỜNG ĐẠT CHUẨN …" lists communes whatever follows; so does "… CÁC XÃ KHU
    // VỰC MIỀN NÚI TỈNH PHÚ THỌ": one province's)
    if (!/^(?:danh sach|bang) /.test(m[0]) && !ofProvince && SUB_SUBJECT_OF_KPI.test(k.slice(end))) continue;
    return nfc.slice(start, end);
  }
  return null;
}
