// Recognises what a header means. Rules work on the normalised key (normalizeHeader): Vietnamese
// with or without diacritics, abbreviations ("Hang CQS", "Diem DTI", "XH DTI") and English. The
// order matters: "Chỉ số Hoạt động chính quyền số" is a main index, not the pillar; "Đơn vị tính"
// is a unit of measure, not the province; "chuyển đổi số cấp tỉnh" contains "tỉnh" but is the DTI.
import { isCanonicalPeriod, isYearlessPeriod, monthsPeriod, normalisePeriod } from './periods';
import { normalizeHeader } from './normalizeHeader';
import { stripDiacritics } from '../../../shared/unitNames';
import { splitIndicatorName } from '../../../shared/imports/indicatorNames';
import { periodFromTitle } from './titleHints';
import { NAMES_DTI, OTHER_INDEX, namesDti } from './indexNames';
import type { ColumnField, Index2020Code, PillarCode, SimpleField } from '../../../shared/imports/fields';

export interface HeaderGuess {
  mapping: ColumnField;
  confidence: number;
  note?: string;
  /** A bare "Hạng"/"Điểm" that names no subject: its neighbours or a group header above say whose. */
  bare?: 'rank' | 'score';
}

const has = (key: string, re: RegExp) => re.test(` ${key} `);

// Subjects, most specific first.
const INDEX_SUBJECTS: [SimpleField, RegExp][] = [
  // "Hoạt động chính quyền số", and as analysts shorten it: "HĐ chính quyền số", "Hoạt động CQS".
  ['idx.hd_chinh_quyen_so', / (hoat dong|hd) (chinh quyen so|cqs) | digital government activit/],
  ['idx.hd_kinh_te_so', / (hoat dong|hd) (kinh te so|kts) | digital economy activit/],
  ['idx.hd_xa_hoi_so', / (hoat dong|hd) (xa hoi so|xhs) | digital society activit/],
  ['idx.nhan_thuc_so', / nhan thuc so | digital awareness /],
  ['idx.the_che_so', / the che so | digital institutions? /],
  ['idx.ha_tang_so', / ha tang so | digital infrastructure /],
  ['idx.nhan_luc_so', / nhan luc so | digital human resources? | digital workforce /],
  [
    'idx.an_toan_thong_tin_mang',
    / an toan thong tin( mang)? | attt | cyber ?security | information security /,
  ],
  // (the whole header only: "Số đô thị thông minh" is a KPI — round 77 found the index set aside)
  ['idx.do_thi_thong_minh', /^ (chi so )?(do thi thong minh|smart cit(y|ies))( index)? $/],
];

/** Main indices of QĐ 1726 (2020), each under every pillar. */
const MAIN_INDEX_2020: [Index2020Code, RegExp][] = [
  ['chuyen_doi_nhan_thuc', / chuyen doi nhan thuc /],
  ['kien_tao_the_che', / kien tao the che /],
  ['ha_tang_va_nen_tang_so', / ha tang va nen tang so /],
  ['thong_tin_va_du_lieu_so', / thong tin va du lieu so /],
  ['hoat_dong_chuyen_doi_so', / hoat dong chuyen doi so /],
  ['an_toan_an_ninh_mang', / an toan an ninh mang /],
  ['nhan_luc', / nhan luc /],
];

/**
 * The 2020 main index a header names, if any, with its pillar when the header says it: the whole
 * header is the index's name but for "Chỉ số" and the pillar ("Chuyển đổi nhận thức (Chính quyền
 * số)", "CHÍNH QUYỀN SỐ / Nhân lực") — "Nhân lực CNTT chuyên trách" is a KPI.
 */
export function index2020Of(key: string): { code: Index2020Code; pillar: PillarCode | null } | null {
  const pillars = PILLAR_SUBJECTS.filter(([p, re]) => p !== 'dti' && has(key, re)).map(([p]) => p);
  const rest = ` ${key} `
    .replace(/ (chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs) /g, ' ')
    .replace(/ chi so /g, ' ')
    .trim();
  const found = MAIN_INDEX_2020.find(
    ([, re]) => re.test(` ${rest} `) && ` ${rest} `.replace(re, '').trim() === '',
  );
  if (!found) return null;
  return { code: found[0], pillar: pillars.length === 1 ? (pillars[0] as PillarCode) : null };
}

const PILLAR_SUBJECTS: ['dti' | 'cqs' | 'kts' | 'xhs', RegExp][] = [
  ['cqs', / chinh quyen so | cqs | digital government | e government /],
  ['kts', / kinh te so | kts | digital economy /],
  ['xhs', / xa hoi so | xhs | digital society /],
  [
    'dti',
    / p?dti | chuyen doi so cap tinh | chi so chuyen doi so | overall | tong diem | tong hop | tong the | composite /,
  ],
];

/**
 * What a text names of the DTI's structure (a title, a sheet's name; `key` normalised): the main
 * indices ("idx.ha_tang_so", activity ones first) and the headline subjects ("cqs", "dti"), each
 * once, by the same vocabulary as the headers.
 */
export function subjectsNamedIn(key: string): string[] {
  const indices = INDEX_SUBJECTS.filter(([, re]) => has(key, re)).map(([f]) => f as string);
  // ("Hoạt động chính quyền số" names the activity index, not the pillar as well)
  const activity = indices.some((f) => f.startsWith('idx.hd_'));
  const headline = PILLAR_SUBJECTS.filter(([s, re]) => has(key, re) && !(activity && s !== 'dti')).map(
    ([s]) => s as string,
  );
  return [...indices, ...headline];
}

const RANK_WORD = / (xep hang|thu hang|hang|xh|xep thu|rank|ranking|ranked|vi tri) /;
const SCORE_WORD = / (diem|diem so|score|gia tri|value|chi so|index|ket qua) /;
// Derived columns analysts add next to a ranking: kept aside, not read as a second rank.
// A rank's movement ("Tăng hạng", "Thăng hạng", "Số bậc tăng") is one too, never a rank.
const DERIVED =
  / (kiem tra|doi chieu|check|nam truoc|ky truoc|thang truoc|quy truoc|cung ky|previous|prior|last year|last month|thay doi|tang giam|bien dong|change|chenh lech|so voi (ke hoach|kh|chi tieu|muc tieu)|(tang|giam|thang|tut|len|xuong) (hang|bac)|so bac|bac (tang|giam)|movement) /;
// "Kỳ trước", "Tháng trước": the period before's figure beside this one's (not a change)
const PREVIOUS_PERIOD =
  /^((so lieu|thuc hien|th|ket qua) )?(ky truoc|thang truoc|quy truoc|previous period|prior period|last period|previous month|previous quarter|last month|last quarter)$/;
// "Điểm cũ", "Hạng cũ", "Xếp hạng DTI cũ": the old figure beside the new (a unit's "(cũ)" is read
// with its name, not here)
const OLD_FIGURE = /^(diem|hang|xep hang|thu hang|xh|score|rank)( [a-z0-9]+){0,2} cu$/;
const SAME_PERIOD_LAST_YEAR =
  /^(so lieu |thuc hien |th )?(cung ky|cung ky nam truoc|cung ky (nam )?(19|20)\d{2}|ck|same period( of)? last year)$/;
/** Words that make a header naming the DTI some other figure (see classifyHeader). */
const NOT_THE_DTIS_OWN =
  / (chi tieu|trung binh|binh quan|chenh lech|muc tang|muc giam|tang giam|average|mean|gap|of indicator) /;

// A rank within a region or a group of units ("Hạng trong vùng", "Xếp hạng khu vực"): not the
// national rank among 63 or 34, which is what a ranking's rank column holds.
const REGIONAL =
  / (vung|trong vung|khu vuc|trong khu vuc|trong nhom|nhom|cum|khoi|region|regional|within (the )?region) /;
// A unit column for the units after or before the 2025 rearrangement ("Tỉnh, thành phố (mới)",
// "Tỉnh (cũ)"): the new names are the unit; the former ones are kept aside.
const UNIT_NEW = / (moi|sau sap nhap|sau hop nhat|hien nay|hien tai|new|current)$/;
const UNIT_FORMER = / (cu|truoc sap nhap|truoc hop nhat|truoc day|old|former|previous)$/;
// Districts, towns, communes, wards: units below the province, which DTI Desk does not keep.
const SUB_PROVINCIAL_UNIT =
  /^(cac )?(ten )?(huyen|quan|thi xa|xa|phuong|thi tran|dac khu|don vi cap (huyen|xa)|dia phuong cap (huyen|xa)|districts?|communes?|wards?)( (thi xa|thanh pho|tp|quan|huyen|xa|phuong|thi tran|dac khu))*$/;
// "Lũy kế đến 30/9/2025", "Tính đến 31/12/2024", "Số liệu đến tháng 9/2025": a sum up to a date,
// which says where it ends but not where it starts (the year? the programme?): not a period the
// store can hold, refused as the same words in a period cell are (see normalisePeriod).
// "Lũy kế đến 2023", "Thực hiện đến hết năm 2024": a sum of the years up to then, not that year
// ("Mục tiêu đến năm 2025" is a target, said as one).
const UP_TO_YEAR =
  /^(?:lũy kế|luỹ kế|luy ke|lk|tính|số liệu|kết quả|thực hiện|ước thực hiện|ước)\s.*(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?(?:19|20)\d{2}\s*(?:\(.*\))?$/iu;
const YEAR_START = /từ đầu năm|tu dau nam|year to date|\bytd\b/iu;
/**
 * A running total said to end with a month or a quarter: "Lũy kế đến T9/2025", "LK đến T9", "Lũy kế
 * tháng 9/2025", "Lũy kế đến 09/2025", "Lũy kế đến hết quý III" (a normalised header). Since when
 * is not said (the year? the programme?): it is the year's from January where the table shows it —
 * after that year's months up to it, or under a title of that month (detectLayout) — or where it
 * says so ("Lũy kế từ đầu năm đến T9/2025"). Never that month's own figure (round 79: "Lũy kế đến
 * T9/2025" stored January–September's total as September's, over its true figure).
 */
const CUMULATIVE_TO = new RegExp(
  '^(?:luy ke|lk|cong don)(?<start> tu dau nam)?(?: (?:den|toi)(?: het)?)? ' +
    '(?:(?:thang|thg|th|t) ?0?(?<month>\\d{1,2})|(?:quy|q) ?(?<quarter>iv|i{1,3}|[1-4])|0?(?<bare>\\d{1,2})(?= (?:19|20)\\d{2}$))' +
    '(?: nam)?(?: (?<year>(?:19|20)\\d{2}))?$',
);
const QUARTER_END: Record<string, number> = { i: 3, ii: 6, iii: 9, iv: 12, '1': 3, '2': 6, '3': 9, '4': 12 };
export function cumulativeEnd(
  key: string,
): { end: number; year: number | null; fromJanuary: boolean } | null {
  const m = CUMULATIVE_TO.exec(key)?.groups;
  if (!m) return null;
  const end = m.quarter ? QUARTER_END[m.quarter]! : Number(m.month ?? m.bare);
  if (!(end >= 1 && end <= 12)) return null;
  return { end, year: m.year ? Number(m.year) : null, fromJanuary: m.start !== undefined };
}

const UP_TO_DATE =
  /(^|\s)(đến|den|tới|toi|until|up to|as of)\s+(ngày\s+|hết\s+|het\s+)?(\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d{2}|(tháng|thang|quý|quy)\s+\S+\s*[/.-]?\s*(năm\s+|nam\s+)?(19|20)\d{2})/iu;
// How far a result reached its plan ("Tỷ lệ đạt (%)", "% hoàn thành kế hoạch"): computed, not a KPI.
// ("TH/KH 2024 (%)", "Tỷ lệ TH/KH", "So sánh TH/KH", "% thực hiện so với kế hoạch": the result over
// the plan; "Thực hiện kế hoạch 2024" alone is no ratio)
const ACHIEVED =
  /^(ty le |muc do |muc )?(dat|hoan thanh)( so voi)?( ke hoach| kh| chi tieu| muc tieu)?( nam)?( (19|20)\d{2})?$|^(ty le |so sanh |muc )?(uoc )?th (kh|ct)( nam)?( (19|20)\d{2})?$|^(ty le |so sanh )(uoc )?(th|thuc hien) (kh|ke hoach|ct|chi tieu)( nam)?( (19|20)\d{2})?$|^achievement( rate)?$|^(percent|pct) (achieved|of (plan|target))$/;

/**
 * A one-row header "<KPI> - Kế hoạch 2024", "<KPI> – TH 2024", "<KPI> - TH/KH (%)": the KPI and,
 * after the dash, its plan, its result or how far it went, as the two rows "<KPI> / Kế hoạch 2024"
 * of a grouped header say it (and are read). Any other header as it is.
 */
export function withResultTailApart(raw: string, year?: number | null): string {
  if (raw.includes(' / ')) return raw;
  const dash = /\s+[-–—]\s+(?=\S)/gu;
  let at: RegExpExecArray | null = null;
  for (let m = dash.exec(raw); m; m = dash.exec(raw)) at = m;
  if (!at) return raw;
  const [head, tail] = [raw.slice(0, at.index).trim(), raw.slice(at.index + at[0].length).trim()];
  if (!/\p{L}/u.test(head)) return raw;
  const tailKey = normalizeHeader(splitIndicatorName(tail).name);
  const apart =
    readPlanOrResult(tail, true, year) !== null || ACHIEVED.test(tailKey) || RESULT_ONLY.test(tailKey);
  return apart ? `${head} / ${tail}` : raw;
}

const EXACT: [RegExp, SimpleField, number][] = [
  // (bilingual: "STT / No.", "STT\nNo.")
  [/^(stt|tt|so tt|so thu tu|thu tu|no|#|stt no|no stt|tt no|stt #)$/, 'stt', 0.95],
  [/^(don vi tinh|dvt|dv tinh|unit of measure|uom|measure unit)$/, 'kpi.unitOfMeasure', 0.95],
  [
    /^(ma|ma tinh|ma don vi|ma dia phuong|ma so|ma gso|ma tinh tp|ma dvhc|ma don vi hanh chinh|ma hanh chinh|code|gso code|province code|unit code)$/,
    'unitCode',
    0.9,
  ],
];

// ("Vùng/Tỉnh, thành phố", "Địa phương (tỉnh, thành phố)", "Đơn vị hành chính cấp tỉnh", "Địa bàn")
const UNIT =
  /^((vung|khu vuc) )?(cac )?(ten )?(tinh|tinh thanh|tinh thanh pho|tinh tp|thanh pho|tp|dia phuong|dia ban|don vi|don vi hanh chinh|dvhc)( cap tinh)?( (tinh|tinh thanh|tinh thanh pho|tinh tp))?( truc thuoc (tw|trung uong))?$|^(provinces?|cities|city|provinces? cities|province city|city province|cities provinces|units?|locality|localities)( name)?$|^region name$/;

const KPI: [RegExp, SimpleField, number][] = [
  [
    /^(chi tieu|ten chi tieu|noi dung|noi dung chi tieu|chi so|ten chi so|indicator|indicator name|kpi)$/,
    'kpi.indicator',
    0.9,
  ],
  [
    /^(ky|ky bao cao|ky so lieu|thoi gian|thoi diem|thoi ky|giai doan|nam|period|year|date)$/,
    'kpi.period',
    0.9,
  ],
  // a long table's month or quarter column ("Tháng": "Tháng 01/2024", "01/2024"; "Quý": "Quý I/2024")
  [/^(thang|thang bao cao|thang nam|quy|quy bao cao|quy nam|month|quarter)$/, 'kpi.period', 0.85],
  // the date a long table's figures are as of ("Ngày số liệu": 31/12/2023), read as its month
  // (not "Ngày cập nhật", the day the row was typed in)
  [/^(ngay|ngay so lieu|ngay bao cao|tinh den ngay|den ngay|as of|as of date)$/, 'kpi.period', 0.8],
  [/^(gia tri|so lieu|ket qua|ket qua thuc hien|thuc hien|th|uoc thuc hien|value|actual)$/, 'kpi.value', 0.9],
  // "Kỳ này | Cùng kỳ năm trước" under a title of the KPI and its period: this period's figure
  [
    /^((so lieu|thuc hien|th|ket qua) )?(ky nay|ky hien tai|thang nay|quy nay|nam nay|this (period|month|quarter|year)|current (period|month|quarter|year))$/,
    'kpi.value',
    0.85,
  ],
  [/^(tren tong so|trong so|tong so don vi|so don vi xep hang|rank of|out of|of)$/, 'kpi.rankOf', 0.85],
  [/^(ghi chu|chu thich|note|notes|remark|remarks|nguon|source)$/, 'kpi.note', 0.85],
  [/^(cap|cap bao cao|cap hanh chinh|cap thuc hien|level|administrative level)$/, 'kpi.level', 0.85],
];

/** Months of a period in the store's form ("2024-07..2024-09"), as [first, last] "YYYY-MM". */
const monthsOf = (p: string): [string, string] =>
  p.length === 4 ? [`${p}-01`, `${p}-12`] : [p.slice(0, 7), p.slice(-7)];

/** Period `p` lies within period `q` ("2024-07" within "2024-07..2024-09"). */
function within(p: string, q: string): boolean {
  const [pa, pb] = monthsOf(p);
  const [qa, qb] = monthsOf(q);
  return pa >= qa && pb <= qb;
}

/**
 * A header that names a period: "2021", "Năm 2022", "2022-09", "09/2022", "Quý 3/2022",
 * "6 tháng đầu năm 2024", and with `year` (the title's) "Quý I", "Q1", "Tháng 1", "T1". Returns it
 * in the store's form ("2022", "2022-09", "2022-07..2022-09"), as cells of a period column are read.
 * A two-row header says it in two parts: "Năm 2024 / Quý I", "Quý III/2024 / Tháng 7" (a month
 * outside its quarter names no period).
 */
export function parsePeriodHeader(raw: string, year?: number | null): string | null {
  const p = normalisePeriod(raw, year);
  if (isCanonicalPeriod(p)) return p;
  const parts = raw.split(' / ');
  if (parts.length !== 2) return null;
  for (const [a, b] of [parts, [...parts].reverse()] as [string, string][]) {
    // ("Quý III" over "Tháng 7" under a title of 2026: the quarter of the title's year)
    const over = normalisePeriod(a, year);
    if (!isCanonicalPeriod(over) || !isYearlessPeriod(b)) continue;
    // "Năm 2024 / Quý I"; "Quý III/2024 / Tháng 7": a part of the group's period, in its year
    const p = normalisePeriod(b, Number(over.slice(0, 4)));
    if (/^(19|20)\d{2}$/.test(over) || within(p, over)) return p;
  }
  // "Năm" (or "Kỳ", "Year") over "2021": the group names the kind, the sub-header the period.
  if (/^\s*(năm|nam|kỳ|ky|kỳ báo cáo|year|years|period)\s*$/i.test(parts[0]!)) {
    const p2 = normalisePeriod(`${parts[0]} ${parts[1]}`, year);
    if (isCanonicalPeriod(p2)) return p2;
  }
  return null;
}

// Words a KPI's name starts with ("Tỷ lệ …", "Tỷ trọng kinh tế số trong GRDP", "Số sự cố an toàn
// thông tin mạng", "Doanh thu …"): such a header names a KPI, even when it holds a pillar's or a
// main index's words, which are the KPI's subject, not a DTI score.
const KPI_LEAD =
  /^(ty le|ti le|ty trong|ti trong|so luong|so|tong so|doanh thu|toc do|thu nhap|chi phi|nang suat|san luong|kim ngach|dien tich|mat do|muc tang|share of|number of|percentage of|proportion of|rate of) [a-z0-9]/;
// ("Xếp hạng DTI" given as a KPI's name too, round 79: the ranks stored as a KPI of that name)
const RANKING_SUBJECT_ONLY =
  /^(chi so |diem |diem chi so |(xep hang|thu hang|hang)( chi so)? )?(dti|pdti|chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs|chuyen doi so cap tinh)$/;
// Sub-headers and units that belong to a score or a rank, never to a KPI.
const SCORE_OR_RANK = / (diem|diem so|score|xep hang|thu hang|hang|rank|ranking|xh) /;

/**
 * The same, with the main indices' names and the DTI's in full ("Chỉ số Hạ tầng số", "Chỉ số
 * chuyển đổi số cấp tỉnh (DTI)", "Kinh tế số (KTS)"): a KPI so named would stand beside the
 * official index under its name (round 81: created as the user's KPIs).
 */
const RANKING_INDEX_NAME = new RegExp(
  // (a rank so named, "Xếp hạng DTI cấp tỉnh" among a province's KPIs, is RANKING_SUBJECT_ONLY's)
  '^(chi so |diem |diem chi so )?' +
    '(dti|pdti|dti cap tinh|chuyen doi so|chuyen doi so cap tinh|chinh quyen so|kinh te so|xa hoi so|cqs|kts|xhs|' +
    'nhan thuc so|the che so|ha tang so|nhan luc so|an toan thong tin mang|' +
    '(hoat dong|hd) (chinh quyen so|kinh te so|xa hoi so))( (dti|pdti|cqs|kts|xhs))?$',
);

/** "DTI", "Chính quyền số", "Chỉ số Hạ tầng số": the name of an index of the ranking itself, never a KPI's. */
export const namesRankingIndex = (raw: string): boolean =>
  RANKING_SUBJECT_ONLY.test(normalizeHeader(splitIndicatorName(raw).name)) ||
  RANKING_INDEX_NAME.test(normalizeHeader(raw));

/**
 * A header that names a KPI: it starts as KPI names do ("Tỷ lệ", "Tỷ trọng", "Số", "Số lượng",
 * "Doanh thu" …) or carries a unit of measure in brackets ("… (%)", "… (người)"); a score's or a
 * rank's header ("Điểm CQS (%)", "Xếp hạng …") is not one.
 */
export function namesKpi(raw: string, key: string): boolean {
  if (EXACT.some(([re]) => re.test(key))) return false;
  // A pillar's or main index's name, then the KPI measured under it — "Hạ tầng số (tỷ lệ phủ sóng
  // 4G)", "Xã hội số - Tỷ lệ dân số có tài khoản", "Chính quyền số: tỷ lệ DVC …", "Kinh tế số (%
  // GRDP)": the KPI's (round 81: stored as the index's or the pillar's score).
  const tail = /^[^(:–-]+?(?:\s*[(:]|\s+[–-]\s+)\s*([^)]+?)\)?\s*$/u.exec(raw)?.[1];
  if (tail && (KPI_LEAD.test(normalizeHeader(tail)) || /%\s*\p{L}/u.test(tail))) return true;
  // "DTI (%)", "Chính quyền số (%)": a score written as a percentage, not a KPI of that name.
  if (RANKING_SUBJECT_ONLY.test(normalizeHeader(splitIndicatorName(raw).name))) return false;
  // The lead says it ("Tỷ lệ người dân có tài khoản ngân hàng" holds "hàng", not a rank).
  if (KPI_LEAD.test(key)) return true;
  // …also under a group header: "Thanh toán trực tuyến / Số giao dịch"
  const parts = raw.split(' / ');
  if (parts.length === 2) {
    const sub = normalizeHeader(parts[1]!);
    if (KPI_LEAD.test(sub) && !has(sub, SCORE_OR_RANK)) return true;
  }
  const unit = splitIndicatorName(raw).unit;
  return unit !== null && !/^(điểm|diem)$/iu.test(unit) && !has(key, SCORE_OR_RANK);
}

/** A value column headed as an estimate by its lead ("Ước thực hiện năm 2024", "Dự ước", "Estimated"). */
const ESTIMATE_LEAD = /^(uoc|du uoc|uoc tinh|estimated?|estimates|forecast)( |$)/;
/**
 * An estimate said in brackets after the period ("2024 (est.)", "2024 (estimate)", "Năm 2024
 * (ước)", "… 2024 (ước TH) (%)"): the period's value, an estimate.
 */
const ESTIMATE_MARK =
  /\s*[([]\s*(?:est\.?|estd\.?|estimated?|estimates|ước(?:\s+(?:tính|thực hiện|th))?|ưth|uoc(?:\s+(?:tinh|thuc hien|th))?|uth|dự ước|du uoc)\s*[)\]]/giu;

/** `header` without its bracketed estimate mark ("2024 (est.)" → "2024"); as it is without one. */
export const withoutEstimateMark = (header: string): string =>
  header.replace(ESTIMATE_MARK, '').replace(/\s+$/, '');

/** Whether a value column's header says its figures are estimates (by its lead or a mark). */
export const isEstimateHeader = (header: string): boolean =>
  // (its own part under a KPI's group too: "Tỷ lệ DVCTT (%) / Ước thực hiện 2024")
  header.split(' / ').some((part) => ESTIMATE_LEAD.test(normalizeHeader(part))) ||
  withoutEstimateMark(header) !== header.replace(/\s+$/, '');

// Plan-versus-result tables: "Thực hiện năm 2024", "TH 2024", "Ước thực hiện 2025" are the value
// for that period; "Kế hoạch năm 2024", "KH 2024", "Mục tiêu 2025", "Chỉ tiêu kế hoạch 2025" are
// targets, which the importer does not write yet (said as 'target', not 'unknown'). Leads are
// compared word by word without diacritics, longest first; the rest of the header is its period.
const RESULT_LEADS = [
  'uoc thuc hien',
  'uoc tinh',
  'uoc th',
  'uoc',
  'luy ke',
  'lk',
  'ket qua thuc hien',
  'ket qua',
  'thuc hien',
  'so thuc hien',
  'th',
  'actual',
  'result',
  'results',
].map((l) => l.split(' '));
const TARGET_LEADS = [
  'chi tieu ke hoach',
  'ke hoach giao',
  'chi tieu giao',
  'ke hoach',
  'muc tieu',
  'chi tieu',
  'kh',
  'targets',
  'target',
  'planned',
  'plan',
].map((l) => l.split(' '));
/** Leads that say plan or result on their own, without a period. */
const BARE_TARGET =
  /^(chi tieu ke hoach|ke hoach|ke hoach giao|chi tieu giao|muc tieu|kh|target|targets|plan|planned)$/;

/**
 * A sheet named for a plan ("KH 2026", "Kế hoạch 2025", "Mục tiêu", "Chỉ tiêu giao 2025", "Target
 * 2026"; a normalised name): its figures are targets, which the importer does not write yet.
 */
export const PLAN_SHEET =
  /(^| )(kh|ke hoach|muc tieu|chi tieu giao|chi tieu ke hoach|du kien|target|targets|plan|planned)( |$)/;

/** A column of a report's figures for the whole province beside its levels' ("Toàn tỉnh", "Tổng số"). */
export const WHOLE_OF_LEVELS =
  /^(toan tinh( .+)?|toan thanh pho( .+)?|tong so|tong|tong cong|cong|chung|ca tinh|toan dia ban|ket qua( thuc hien)?|thuc hien|so lieu|gia tri|total|overall|whole province|province wide)$/;

/**
 * A label of a figure beside this period's own: the period before, the same period last year, or
 * the plan ("Kỳ trước", "Cùng kỳ năm 2024", "Kế hoạch năm") — a header or a row's label (a key).
 */
export const besideThisFigure = (key: string): boolean =>
  PREVIOUS_PERIOD.test(key) ||
  SAME_PERIOD_LAST_YEAR.test(key) ||
  BARE_TARGET.test(key.replace(/ nam( (19|20)\d{2})?$| (19|20)\d{2}$/, ''));

interface PlanOrResult {
  kind: 'result' | 'target';
  /** The period the column is for, in the store's form; null when the header names none. */
  period: string | null;
  /** A running total naming where it ends, not from January: a sum to a date, no period's figure. */
  toDate?: true;
}

/**
 * Splits "Kế hoạch năm 2024" into its lead (target) and the period it names ("2024"). `underPeriod`:
 * the text is a sub-header under a period ("Năm 2024 / TH"), where a bare lead is enough.
 */
function readPlanOrResult(raw: string, underPeriod: boolean, year?: number | null): PlanOrResult | null {
  const text = raw.normalize('NFC').trim();
  const words: { word: string; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ word: stripDiacritics(m[0].toLowerCase()), end: m.index + m[0].length });
    if (words.length >= 4) break;
  }
  for (const [kind, leads] of [
    ['result', RESULT_LEADS],
    ['target', TARGET_LEADS],
  ] as const) {
    const lead = leads.find((l) => l.every((w, i) => words[i]?.word === w));
    if (!lead) continue;
    const rest = text
      .slice(words[lead.length - 1]!.end)
      .replace(/^[\s:.,;\-–—]+/, '')
      // "Mục tiêu đến năm 2025"; a unit after the period: "TH 2024 (%)".
      .replace(/^(đến|den|tới|toi|by)\s+/iu, '')
      .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
      .trim();
    const leadKey = lead.join(' ');
    if (!rest)
      return underPeriod || (kind === 'target' && BARE_TARGET.test(leadKey)) ? { kind, period: null } : null;
    // ("Thực hiện 6 tháng đầu năm", "TH tháng 9": a period without its year is of the title's
    // year, or asked, as a column headed "Quý I" is)
    const period = parsePeriodHeader(rest, year) ?? (isYearlessPeriod(rest) ? rest : null);
    // A running total is no month's or later quarter's own figure: "Lũy kế đến T9/2025 (từ 2021)",
    // "LK T9" (round 80: stored as September, and under a group header over levels alike).
    if (period && (leadKey === 'luy ke' || leadKey === 'lk')) {
      const months = isCanonicalPeriod(period) ? period : normalisePeriod(period, 2000);
      if (/^(19|20)\d{2}-(0[2-9]|1[0-2])$|^(19|20)\d{2}-(?!01)\d{2}\.\./.test(months))
        return { kind, period: null, toDate: true };
    }
    if (period) return { kind, period };
    // "KH năm", "Chỉ tiêu giao năm": the year's plan
    if (kind === 'target' && /^(năm|nam|giao|được giao|duoc giao)$/iu.test(rest))
      return { kind, period: null };
    // A plan for a span ("Kế hoạch 2021–2025") is still a plan.
    if (kind === 'target' && /(19|20)\d{2}/.test(rest)) return { kind, period: null };
    return null;
  }
  return null;
}

/**
 * A group header's plan or result, its lead alone enough ("Thực hiện", "Ước thực hiện năm 2025",
 * "Kế hoạch 2025"): over a province's levels.
 */
export const planOrResultGroup = (raw: string, year?: number | null): PlanOrResult | null => {
  const lead = readPlanOrResult(raw, true, year);
  // (a running total to a date heads no period's levels)
  return lead?.toDate ? null : lead;
};

/**
 * "Thực hiện năm 2024" → the value for 2024; "Kế hoạch năm 2024" → a target. A two-row header says
 * the same in two parts ("Năm 2024 / Thực hiện", "Năm 2024 / KH").
 */
function planOrResult(raw: string, year?: number | null): PlanOrResult | null {
  const whole = readPlanOrResult(raw, false, year);
  if (whole) return whole;
  const parts = raw.split(' / ');
  if (parts.length !== 2) return null;
  for (const [a, b] of [parts, [...parts].reverse()] as [string, string][]) {
    const period = parsePeriodHeader(a, year);
    const lead = period ? readPlanOrResult(b, true, year) : null;
    if (lead && lead.period === null && !lead.toDate) return { kind: lead.kind, period };
  }
  return null;
}

/**
 * A KPI's plan under its name ("Tỷ lệ hồ sơ trực tuyến (%) / Kế hoạch", "… / Chỉ tiêu") or a plan
 * block over KPIs ("Kế hoạch / Tỷ lệ …"; not "Chỉ tiêu", which over KPIs means "indicators").
 */
function planUnderKpi(raw: string): boolean {
  const parts = raw.split(' / ');
  if (parts.length < 2) return false;
  const bare = (p: string) =>
    readPlanOrResult(p, true)?.kind === 'target' && readPlanOrResult(p, true)?.period === null;
  // (under a KPI, its plan for a period too: "… / Kế hoạch 2024", "… / KH năm 2024", "… / Mục tiêu 2025")
  if (readPlanOrResult(parts[parts.length - 1]!, true)?.kind === 'target') return true;
  const lead = normalizeHeader(parts[0]!);
  return bare(parts[0]!) && !/^chi tieu$/.test(lead);
}

/** A KPI's result under its name ("Tỷ lệ hồ sơ trực tuyến (%) / Thực hiện"): the KPI's figure. */
export const RESULT_ONLY =
  /^(gia tri|value|thuc hien|th|ket qua|ket qua thuc hien|so lieu|dat|actual|result)$/;

/**
 * Classifies one (normalised) header. `kpiContext`: the table is a KPI table, so "Xếp hạng" is a KPI
 * rank. `year`: the year the title states, for periods written without one ("Quý I", "T1").
 */
export function classifyHeader(
  raw: string,
  key: string,
  kpiContext: boolean,
  year?: number | null,
): HeaderGuess {
  if (!key) return { mapping: { field: 'ignore' }, confidence: 0, note: 'no header' };
  for (const [re, field, conf] of EXACT) if (re.test(key)) return { mapping: { field }, confidence: conf };
  // "Từ đầu năm đến hết tháng 6/2026", "Lũy kế từ đầu năm đến 30/9/2025", "YTD (June 2026)": from
  // January, as a title says it; a sum to a date with no start ("Lũy kế đến 30/9/2025": since
  // when?) is set aside.
  const fromJanuary = YEAR_START.test(raw) ? periodFromTitle([raw]) : null;
  if (fromJanuary && /^(19|20)\d{2}-01(\.\.|$)/.test(fromJanuary))
    return { mapping: { field: 'kpi.valueForPeriod', period: fromJanuary }, confidence: 0.8 };
  const toEnd = cumulativeEnd(key);
  if (toEnd) {
    const y = toEnd.year ?? year;
    return toEnd.fromJanuary && y
      ? {
          mapping: { field: 'kpi.valueForPeriod', period: monthsPeriod(String(y), 1, toEnd.end) },
          confidence: 0.8,
        }
      : { mapping: { field: 'ignore' }, confidence: 0, note: 'period to a date' };
  }
  if (UP_TO_DATE.test(raw.normalize('NFC')) || UP_TO_YEAR.test(raw.normalize('NFC')))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'period to a date' };

  const period = parsePeriodHeader(raw, year);
  if (period) return { mapping: { field: 'kpi.valueForPeriod', period }, confidence: 0.85 };
  // "Q1", "Quý I", "T1" with no year anywhere: still a period (its year is asked, normalisePeriod
  // takes it), never an indicator named "Q1".
  if (isYearlessPeriod(raw))
    return { mapping: { field: 'kpi.valueForPeriod', period: raw.trim() }, confidence: 0.6 };
  // "Quý III / Tháng 7" with no year anywhere: the month, inside its group (read with a year put
  // in for the check), its year the import's
  const parts = raw.split(' / ');
  if (
    parts.length > 1 &&
    parts.every(isYearlessPeriod) &&
    /^2000-\d{2}$/.test(parsePeriodHeader(raw, 2000) ?? '')
  )
    return {
      mapping: { field: 'kpi.valueForPeriod', period: parts[parts.length - 1]!.trim() },
      confidence: 0.6,
    };

  const plan = planOrResult(raw, year);
  if (plan?.kind === 'target' || planUnderKpi(raw))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'target' };
  // (a running total to a date: readPlanOrResult)
  if (plan?.toDate) return { mapping: { field: 'ignore' }, confidence: 0, note: 'period to a date' };
  if (plan?.period)
    return {
      mapping: { field: 'kpi.valueForPeriod', period: plan.period },
      confidence: isCanonicalPeriod(plan.period) ? 0.85 : 0.6,
    };

  if (PREVIOUS_PERIOD.test(key) || OLD_FIGURE.test(key))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'previous period' };
  // "Cùng kỳ", "Cùng kỳ năm 2023": last year's figure for the same period, not this table's
  if (SAME_PERIOD_LAST_YEAR.test(key))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'same period last year' };
  // ("Δ hạng", "± bậc": the sign is lost in the key, and with it the word that says movement)
  // (under a KPI too: "Số tài khoản thanh toán / TH/KH 2024 (%)")
  const lastKey = parts.length > 1 ? normalizeHeader(splitIndicatorName(parts[parts.length - 1]!).name) : key;
  if (has(key, DERIVED) || ACHIEVED.test(key) || ACHIEVED.test(lastKey) || /^\s*[Δ∆±]/u.test(raw))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'derived' };

  const isRank = has(key, RANK_WORD);
  const isScore = has(key, SCORE_WORD);
  // (in a ranking; in a KPI table it is one more KPI, named as its header names it)
  if (!kpiContext && OTHER_INDEX.test(` ${key} `) && !namesDti(key))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'another index' };
  // "Điểm DTI trung bình vùng", "Điểm DTI của chỉ tiêu thanh toán trực tuyến": the DTI named, its
  // own score not — an average, a gap, one indicator's points
  if (!kpiContext && NAMES_DTI.test(` ${key} `) && NOT_THE_DTIS_OWN.test(` ${key} `))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'not the DTI' };
  if (isRank && has(key, REGIONAL))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'regional rank' };
  // "Thanh toán trực tuyến" over "Số giao dịch | Xếp hạng": in a KPI table, a bare rank under a
  // KPI's group header is that KPI's rank among the provinces (the column before it holds the KPI).
  if (kpiContext && / \/ /.test(raw)) {
    const sub = normalizeHeader(raw.split(' / ').pop()!);
    if (/^(xep hang|hang|thu hang|xh|rank|ranking)( (toan quoc|ca nuoc|quoc gia|national))?$/.test(sub))
      return { mapping: { field: 'kpi.rank' }, confidence: 0.8 };
  }
  // "Năm 2021 / Điểm", "2022 / Xếp hạng": a year over a score or a rank (a comparison table's
  // two-row header) is that score or rank for the year, as "Điểm 2021" would be.
  const yearAndRest = yearOverRankingColumn(raw, kpiContext);
  if (yearAndRest) return yearAndRest;
  // "Tỷ trọng kinh tế số trong GRDP (%)": a KPI about the digital economy, not the pillar's score.
  const kpiName = namesKpi(raw, key);
  for (const [field, re] of kpiName ? [] : INDEX_SUBJECTS) {
    if (!has(key, re)) continue;
    // The vocabulary has no rank per main index; a rank of one is reported, not guessed.
    if (isRank) return { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of a main index' };
    return { mapping: { field }, confidence: /^chi so /.test(key) || !isScore ? 0.95 : 0.9 };
  }
  // The 2020 methodology's main indices, one set per pillar ("Chuyển đổi nhận thức (Chính quyền
  // số)", "CHÍNH QUYỀN SỐ / Chuyển đổi nhận thức"): not the pillar's score. Without its pillar
  // the sheet's or title's decides (layout detection), else it is said as not understood.
  const index2020 = kpiName ? null : index2020Of(key);
  if (index2020) {
    if (isRank) return { mapping: { field: 'ignore' }, confidence: 0, note: 'rank of a main index' };
    return index2020.pillar
      ? { mapping: { field: `idx.${index2020.pillar}.${index2020.code}` }, confidence: 0.9 }
      : { mapping: { field: 'ignore' }, confidence: 0, note: 'unknown' };
  }
  for (const [subject, re] of kpiName ? [] : PILLAR_SUBJECTS) {
    if (!has(key, re)) continue;
    if (isRank) return { mapping: { field: `${subject}.rank` }, confidence: 0.95 };
    // "CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)" and "Diem DTI" are scores; a bare "Chính quyền số" in a
    // detail table is most likely the pillar score too, but say so with less confidence.
    return { mapping: { field: `${subject}.score` }, confidence: isScore || subject === 'dti' ? 0.9 : 0.7 };
  }

  if (UNIT.test(key)) return { mapping: { field: 'unit' }, confidence: 0.95 };
  const newer = UNIT_NEW.exec(key);
  if (newer && UNIT.test(key.slice(0, newer.index))) return { mapping: { field: 'unit' }, confidence: 0.9 };
  if (SUB_PROVINCIAL_UNIT.test(key))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'sub-provincial units' };
  const former = UNIT_FORMER.exec(key);
  if (former && UNIT.test(key.slice(0, former.index)))
    return { mapping: { field: 'ignore' }, confidence: 0, note: 'former units' };

  for (const [re, field, conf] of KPI) if (re.test(key)) return { mapping: { field }, confidence: conf };

  // "Xếp hạng năm 2022", "Điểm 2022": a bare rank or score word followed by the year it is for;
  // "Xếp hạng toàn quốc", "Hạng cả nước": a bare rank among all units.
  const words = key
    .replace(/ (nam |year )?(19|20)\d{2}$/, '')
    .replace(/ (toan quoc|ca nuoc|trong ca nuoc|quoc gia|nationwide|national)$/, '')
    .split(' ').length;
  if (isRank && words <= 3) {
    // A bare "Xếp hạng"/"Hạng": the KPI's rank in a KPI table, otherwise the overall DTI rank.
    return kpiContext
      ? { mapping: { field: 'kpi.rank' }, confidence: 0.8 }
      : { mapping: { field: 'dti.rank' }, confidence: 0.6, bare: 'rank' };
  }
  if (isScore && words <= 2 && !kpiContext)
    return { mapping: { field: 'dti.score' }, confidence: 0.5, bare: 'score' };
  // "Xếp hạng thanh toán trực tuyến" in a KPI table: that KPI's rank (rankPartners finds its column)
  if (kpiContext && /^(xep hang|thu hang|xh|rank|ranking) /.test(key))
    return { mapping: { field: 'kpi.rank' }, confidence: 0.7 };
  return { mapping: { field: 'ignore' }, confidence: 0, note: 'unknown' };
}

/** See classifyHeader: the score or rank a two-row header names for the year above it. */
function yearOverRankingColumn(raw: string, kpiContext: boolean): HeaderGuess | null {
  const parts = raw.split(' / ');
  if (parts.length !== 2) return null;
  for (const [a, b] of [parts, [...parts].reverse()] as [string, string][]) {
    const y = parsePeriodHeader(a);
    if (!y || !/^(19|20)\d{2}$/.test(y) || parsePeriodHeader(b)) continue;
    const text = `${b.trim()} ${y}`;
    const g = classifyHeader(text, normalizeHeader(text), kpiContext);
    if (/^(dti|cqs|kts|xhs)\.|^idx\./.test(g.mapping.field)) return g;
  }
  return null;
}
