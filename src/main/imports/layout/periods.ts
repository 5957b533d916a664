// Periods as Vietnamese reports write them, in the store's form (shared by headers and cells).

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad2 = (n: number) => String(n).padStart(2, '0');
/** Months `from`..`to` of `year` in the store's form (the whole year: the year). */
export function monthsPeriod(year: string, from: number, to: number): string {
  if (from === 1 && to === 12) return year;
  return from === to ? `${year}-${pad2(to)}` : `${year}-${pad2(from)}..${year}-${pad2(to)}`;
}

/**
 * A sheet named for a month or a quarter, alone or after its KPI: "T7", "Th7", "T.7", "T07",
 * "Tháng 7", "Quý II", "Q3", "Tỷ lệ TTTT T12-2026", "Số hồ sơ - Q3/2026". Gives the name without
 * it and the period in a title's words ("Tháng 12-2026"; "T7" alone: "Tháng 7", "Q3": "Quý 3"),
 * or null when the sheet names none (a year alone is no such part: "PCI 2025").
 */
const SHEET_MONTH = '(?:tháng|thang|thg|th|t)\\.?\\s*0?(\\d{1,2})';
const SHEET_QUARTER = '(?:quý|quy|q)\\.?\\s*([1-4]|iv|i{1,3})';
const SHEET_YEAR = '(\\s*[/._-]?\\s*(?:(?:năm|nam)\\s*)?(?:19|20)\\d{2})?\\s*$';
// (a run first: "T1-T9", "Lũy kế T1 - T6", "Q1-Q4" — its last month or quarter alone is not it)
const SHEET_PERIOD = new RegExp(
  `(?:^|[\\s_–—-])(?:(?:lũy kế|luỹ kế|luy ke|lk)\\s+)?(?:${SHEET_MONTH}\\s*[-–—]\\s*(?:(?:tháng|thang|thg|th|t)\\.?\\s*)?0?(\\d{1,2})` +
    `|${SHEET_QUARTER}\\s*[-–—]\\s*(?:(?:quý|quy|q)\\.?\\s*)?([1-4]|iv|i{1,3})|${SHEET_MONTH}|${SHEET_QUARTER})${SHEET_YEAR}`,
  'iu',
);
const quarterNumber = (q: string) => ROMAN[q.toLowerCase()] ?? Number(q);
const DOCUMENT_PART =
  /^(?:bảng|bang|biểu|bieu|biểu mẫu|bieu mau|phụ lục|phu luc|pl|mẫu|mau|mục|muc|phần|phan|table|annex|form)(?:\s*(?:số\s*)?\d+)?[\s._-]*$/iu;
const CITY_OF_NUMBERED_DISTRICTS =
  /^(?:tp\.?\s*)?(?:hcm|tphcm|tp\.?hcm|sg|sài gòn|sai gon|hồ chí minh|ho chi minh)$/iu;
export function sheetNamePeriod(sheet: string): { name: string; period: string | null } {
  const s = sheet.normalize('NFC').trim();
  const m = SHEET_PERIOD.exec(s);
  // (a part of a document so numbered is no period: "Bảng T1", "Biểu 1-T6", "Phụ lục Q2", "PL-T3")
  if (!m || DOCUMENT_PART.test(s.slice(0, m.index).trim())) return { name: s, period: null };
  const [, m1, m2, q1, q2, month, quarter, year] = m;
  // (nor, after Hồ Chí Minh City, its numbered district: "HCM-Q1" is Quận 1)
  if (quarter !== undefined && CITY_OF_NUMBERED_DISTRICTS.test(s.slice(0, m.index).trim()))
    return { name: s, period: null };
  // (in the words a title uses: "Q3" is "Quý 3", "T1-T9" "Tháng 1-9", "Q1-Q4" the months of both)
  const [from, to] =
    m1 !== undefined
      ? [Number(m1), Number(m2)]
      : q1 !== undefined
        ? [3 * quarterNumber(q1) - 2, 3 * quarterNumber(q2!)]
        : month !== undefined
          ? [Number(month), Number(month)]
          : [0, 0];
  // (a month over 12 is no month: "T15" is a code; nor is a run that goes back)
  if (quarter === undefined && (from < 1 || to > 12 || from > to)) return { name: s, period: null };
  const part =
    quarter !== undefined ? `Quý ${quarter}` : from === to ? `Tháng ${from}` : `Tháng ${from}-${to}`;
  return {
    name: s.slice(0, m.index).replace(/[\s_–—-]+$/u, ''),
    period: `${part}${year ? ` ${year.replace(/^[\s/._-]*/u, '').trim()}` : ''}`,
  };
}

/** Months of a period label written without its year: "Quý I" is months 1..3, "T9" month 9. */
interface MonthSpan {
  from: number;
  to: number;
}

// Built once: normalisePeriod runs for every header cell looked at and every period cell read.
const MONTH_WORD = '(?:tháng|thang|month|th?\\.?)';
const QUARTER_WORD = '(?:quý|quy|quarter|q)';
const QUARTER = '([1-4]|iv|i{1,3})';
const Y = '((?:19|20)\\d{2})';
const SEP = '\\s*(?:[/.-]|năm|nam|of)?\\s*';
const YEAR = new RegExp(`^(?:(?:cả|ca|full) )?(?:năm|nam|year)?\\s*${Y}$`, 'i');
const MONTH = new RegExp(`^${MONTH_WORD}?\\s*(\\d{1,2})${SEP}${Y}$`, 'i');
const ISO_MONTH = new RegExp(`^${Y}[/.-](\\d{1,2})(?:[/.-]\\d{1,2}(?:[T ][\\d:.]+Z?)?)?$`);
// (one separator twice: "7-9/2024" is no date but the months 7 to 9, see MONTH_RUN)
const DATE = new RegExp(`^\\d{1,2}([/.-])(\\d{1,2})\\1${Y}$`);
const QUARTER_OF_YEAR = new RegExp(`^${QUARTER_WORD}\\.?\\s*${QUARTER}${SEP}${Y}$`, 'i');
const PART_OF_YEAR = new RegExp(`^(.*?)${SEP}${Y}$`, 'i');
const YEARLESS_QUARTER = new RegExp(`^${QUARTER_WORD}\\.?\\s*${QUARTER}$`, 'iu');
const YEARLESS_MONTH = new RegExp(`^${MONTH_WORD}\\s*(\\d{1,2})$`, 'iu');
// A run of months: "Tháng 7-9", "Từ tháng 4 đến (hết) tháng 6", "T7–T9" (then "/2025", "năm 2025"),
// "Từ tháng 4/2024 đến tháng 6/2024" (a year on each end: the same one).
const MONTH_RANGE = new RegExp(
  `^(?:(?:từ|tu)\\s+)?${MONTH_WORD}\\s*(\\d{1,2})(?:\\s*[/.-]\\s*${Y})?\\s*(?:[-–]|(?:đến|den)(?:\\s+(?:hết|het))?)\\s*${MONTH_WORD}?\\s*(\\d{1,2})(?:${SEP}${Y})?$`,
  'iu',
);
// A run of months written without the word: "7-9/2024", "1–6/2025", "01-06/2024" (a dash between
// the months, a slash or a dot before the year), and with a year on each end: "01/2025–06/2025",
// "01.2024-06.2024", "01/2025 - 06/2025".
const MONTH_RUN = new RegExp(`^(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s*[/.]\\s*${Y}$`);
const MONTH_YEAR_RUN = new RegExp(
  `^(?:(?:từ|tu)\\s+)?${MONTH_WORD}?\\s*(\\d{1,2})\\s*[/.]\\s*${Y}\\s*(?:[-–]|(?:đến|den)(?:\\s+(?:hết|het))?)\\s*${MONTH_WORD}?\\s*(\\d{1,2})\\s*[/.]\\s*${Y}$`,
  'iu',
);
// "2025Q1", "2025-Q1", "2025 Quý I": the year first, as exports write them
const YEAR_QUARTER = new RegExp(`^${Y}\\s*[-/.]?\\s*${QUARTER_WORD}\\.?\\s*${QUARTER}$`, 'iu');
const YEARLESS_MONTH_RANGE = new RegExp(
  `^(?:(?:từ|tu)\\s+)?${MONTH_WORD}\\s*(\\d{1,2})\\s*(?:[-–]|(?:đến|den)(?:\\s+(?:hết|het))?)\\s*${MONTH_WORD}?\\s*(\\d{1,2})$`,
  'iu',
);
// "9 tháng", and as tables shorten it: "9T" ("TH 9T/2025": carried out in nine months).
const YEARLESS_MONTHS =
  /^(?:(?:lũy|luỹ|luy) kế )?(\d{1,2}) ?(?:tháng|thang|months?|t)(?: (đầu|dau|first|cuối|cuoi|last))?(?: (?:năm|nam))?$/iu;

// English periods, as reports and exports from other systems write them: month names ("March
// 2024", "Mar-2024", "September 30, 2025"), runs of them ("January–September 2025", "from Jan to
// Sep 2025"), halves ("H1 2024", "first half of 2024") and "first 9 months of 2025". Rewritten in
// the Vietnamese forms the rest of this file reads. A month name counts only next to a year or
// inside such a run: "May" alone in a sentence is not a month.
const MONTH_NAMES = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MON = `(${MONTH_NAMES.join('|')})\\.?`;
const MONTH_NAME_RES = MONTH_NAMES.map((n) => new RegExp(`^${n}$`, 'i'));
const monthNumber = (name: string): number => MONTH_NAME_RES.findIndex((re) => re.test(name)) + 1;
const EN_MONTH_RUN = new RegExp(
  `(?<![\\p{L}\\d])(?:from\\s+)?${MON}\\s*(?:[-–]|to|through|thru|until|till)\\s*${MON},?\\s+((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);
const EN_MONTH = new RegExp(
  `(?<![\\p{L}\\d])${MON}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s*[,/-]?\\s*((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);
const EN_HALF = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:(first|1st|second|2nd)\\s+half(?:\\s+of)?)|h([12])|([12])h)\\s*[,/-]?\\s*((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);
const EN_FIRST_MONTHS =
  /(?<![\p{L}\d])(first|last)\s+(\d{1,2})\s+months(?:\s+of)?(?=\s*[,/-]?\s*(?:19|20)\d{2}(?!\d))/giu;
const EN_MONTHS_SHORT = /(?<![\p{L}\d])(\d{1,2})m(?=\s*[,/-]?\s*(?:19|20)\d{2}(?!\d))/giu;
const EN_YEARLESS = new RegExp(
  `^(?:from\\s+)?${MON}(?:\\s*(?:[-–]|to|through|thru|until|till)\\s*${MON})?$`,
  'iu',
);
/**
 * "may" is a month only written "May" ("Số lượng may 2024" without its marks is "máy", machines;
 * "MAY 2024" in capitals could be either, and is not read as a month).
 */
const notMay = (name: string): boolean => !/^may\.?$/i.test(name) || /^May\.?$/.test(name);
/**
 * A month and a two-digit year, alone: "Mar-24", "Mar 24", "Mar'24", "March-24" — Excel's
 * "mmm-yy" format as an export writes it (its day-month form is "24-Mar", not read).
 */
const EN_MONTH_SHORT_YEAR = new RegExp(`^${MON}\\s*['’-]?\\s*(\\d{2})$`, 'iu');
const EN_FISCAL_YEAR = /(?<![\p{L}\d])FY\s*[-/]?\s*((?:19|20)\d{2})(?!\d)/gu;
// "1st quarter", "second quarter of 2024": Quý I, Quý II
const EN_QUARTER =
  /(?<![\p{L}\d])(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter(?:\s*(?:of\s+|[,/-]\s*)?((?:19|20)\d{2})(?!\d))?/giu;
const QUARTER_NUMERAL: Record<string, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
const quarterOrdinal = (which: string): number =>
  /^(first|1st)$/i.test(which) ? 1 : /^(second|2nd)$/i.test(which) ? 2 : /^(third|3rd)$/i.test(which) ? 3 : 4;
/** Quick test before the rewriting: most labels have none of these words. */
const EN_HINT = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|half|h[12]|[12]h|months|\dm|fy|quarter)/i;

/** `text` with its English periods written as Vietnamese reports write them (see MONTH_NAMES). */
export function englishPeriods(text: string): string {
  if (!EN_HINT.test(text)) return text;
  return (
    text
      .replace(EN_MONTH_RUN, (all: string, a: string, b: string, y: string) =>
        notMay(a) && notMay(b) ? `từ tháng ${monthNumber(a)} đến tháng ${monthNumber(b)} năm ${y}` : all,
      )
      .replace(EN_MONTH, (all: string, a: string, y: string) =>
        notMay(a) ? `tháng ${monthNumber(a)}/${y}` : all,
      )
      .replace(
        EN_HALF,
        (_, word: string | undefined, h: string | undefined, h2: string | undefined, y: string) =>
          /^(first|1st)$/i.test(word ?? '') || (h ?? h2) === '1'
            ? `6 tháng đầu năm ${y}`
            : `6 tháng cuối năm ${y}`,
      )
      .replace(
        EN_FIRST_MONTHS,
        (_, which: string, n: string) => `${n} tháng ${/^first$/i.test(which) ? 'đầu' : 'cuối'} năm`,
      )
      .replace(EN_MONTHS_SHORT, (_, n: string) => `${n} tháng`)
      // "FY 2024", "FY2024": a fiscal year, which in Vietnam is the calendar year
      .replace(EN_FISCAL_YEAR, (_, y: string) => `năm ${y}`)
      .replace(
        EN_QUARTER,
        (_, which: string, y: string | undefined) =>
          `Quý ${QUARTER_NUMERAL[quarterOrdinal(which)]}${y ? `/${y}` : ''}`,
      )
  );
}

/**
 * The months a period label names without a year: "Quý I", "Q1", "Quarter 2", "Tháng 1", "T1",
 * "6 tháng đầu năm", "6 tháng cuối năm", "9 tháng", "Lũy kế 9 tháng". Null for anything else
 * (a label with a year is read by normalisePeriod).
 */
function yearlessSpan(s: string): MonthSpan | null {
  // "Cả năm" beside the year's parts: the whole year
  if (/^(?:cả năm|ca nam|full year|whole year)$/iu.test(s)) return { from: 1, to: 12 };
  // English: "Jan", "March", "Jan–Sep", "from January to June"
  const en = EN_YEARLESS.exec(s);
  if (en && notMay(en[1]!) && notMay(en[2] ?? '')) {
    const [from, to] = [monthNumber(en[1]!), monthNumber(en[2] ?? en[1]!)];
    return from <= to ? { from, to } : null;
  }
  // "1st quarter", "Second quarter", "1st half"
  const q = /^(first|1st|second|2nd|third|3rd|fourth|4th) quarter$/i.exec(s);
  if (q) {
    const n = quarterOrdinal(q[1]!);
    return { from: 3 * n - 2, to: 3 * n };
  }
  const h = /^(first|1st|second|2nd) half$/i.exec(s);
  if (h) return quarterOrdinal(h[1]!) === 1 ? { from: 1, to: 6 } : { from: 7, to: 12 };
  let m = YEARLESS_MONTH_RANGE.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) < Number(m[2]) && Number(m[2]) <= 12)
    return { from: Number(m[1]), to: Number(m[2]) };
  m = YEARLESS_QUARTER.exec(s);
  if (m) {
    const q = ROMAN[m[1]!.toLowerCase()] ?? Number(m[1]);
    return { from: 3 * q - 2, to: 3 * q };
  }
  m = YEARLESS_MONTH.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { from: Number(m[1]), to: Number(m[1]) };
  m = YEARLESS_MONTHS.exec(s);
  const n = Number(m?.[1]);
  if (!m || n < 1 || n > 12) return null;
  return /^(cuối|cuoi|last)$/i.test(m[2] ?? '') ? { from: 13 - n, to: 12 } : { from: 1, to: n };
}

/**
 * Months as Vietnamese-locale Excel shows dates, and as tables name them (rounds 83–84: its CSV
 * exports wrote month headers so, and they became KPIs named "Tháng Một", "Thg1"): "Tháng Một
 * 2024", "Tháng Một năm 2024", "Thang Mot 2024", "Tháng Giêng", "Tháng Chạp", "Tháng Mười Hai"
 * ("mmmm yyyy", "mmmm"), "Thg1-24", "thg 1-24", "Thg1" ("mmm-yy", "mmm") — written "Tháng 1/2024",
 * "Tháng 1" for the rest of normalisePeriod. Whole texts only: "6 tháng năm 2024" is no month;
 * nor is "Tháng năm" without a year, a period column's header ("Tháng/năm").
 */
// (the longer names first: "mười một" before "mười")
const VI_MONTH_NAMES: readonly (readonly [string, number])[] = [
  ['mười một|muoi mot', 11],
  ['mười hai|muoi hai|chạp|chap', 12],
  ['mười|muoi', 10],
  ['một|mot|giêng|gieng', 1],
  ['hai', 2],
  ['ba', 3],
  ['tư|tu|bốn|bon', 4],
  ['năm|nam', 5],
  ['sáu|sau', 6],
  ['bảy|bay', 7],
  ['tám|tam', 8],
  ['chín|chin', 9],
];
const VI_MONTH_WORDS = VI_MONTH_NAMES.map(([w, n]) => [new RegExp(`^(?:${w})$`, 'iu'), n] as const);
const VI_MONTH_WORD = new RegExp(
  `^(?:tháng|thang) (${VI_MONTH_NAMES.map(([w]) => w).join('|')})(?:[ ,/-]+(?:(?:năm|nam) )?((?:19|20)\\d{2}))?$`,
  'iu',
);
const VI_MONTH_SHORT = /^thg ?(\d{1,2})(?:[-/ ](\d{2}|(?:19|20)\d{2}))?$/iu;

/**
 * A header row's "Tháng Năm" among other month names ("Tháng Một … Tháng Mười Hai", as vi-VN Excel
 * writes "mmmm"): May, written "Tháng 5" — alone it heads a period column ("Tháng/năm"; round 84:
 * the May column of such a row read as one, an error at each of its cells).
 */
export function mayAmongMonthNames<T extends string | null | undefined>(headers: readonly T[]): T[] {
  const named = headers.filter((h) => {
    const m = h ? VI_MONTH_WORD.exec(h.normalize('NFC').trim().replace(/\s+/g, ' ')) : null;
    return m !== null && !/^(năm|nam)$/iu.test(m[1]!);
  }).length;
  if (named < 2) return [...headers];
  return headers.map((h) =>
    h && /^(tháng|thang) (năm|nam)$/iu.test(h.normalize('NFC').trim().replace(/\s+/g, ' '))
      ? ('Tháng 5' as T)
      : h,
  );
}

/** `s` with a Vietnamese month name or Excel's "Thg" form written "Tháng N[/YEAR]" (else as it is). */
function vietnameseMonth(s: string): string {
  const word = VI_MONTH_WORD.exec(s);
  if (word) {
    const month = VI_MONTH_WORDS.find(([re]) => re.test(word[1]!))![1];
    if (word[2]) return `Tháng ${month}/${word[2]}`;
    return month === 5 ? s : `Tháng ${month}`;
  }
  const short = VI_MONTH_SHORT.exec(s);
  if (short && Number(short[1]) >= 1 && Number(short[1]) <= 12)
    return short[2]
      ? `Tháng ${Number(short[1])}/${short[2].length === 2 ? `20${short[2]}` : short[2]}`
      : `Tháng ${Number(short[1])}`;
  return s;
}
/**
 * Normalises a period label to the store's form — a year "2022", a month "2022-09" or a run of
 * months "2022-01..2022-08" — as Vietnamese reports write them: "Năm 2022", "Cả năm 2022",
 * "09/2022", "Tháng 9 năm 2022", "T9/2022", "Quý III/2022", "Q3-2022", "6 tháng đầu năm 2022",
 * "6 tháng cuối năm 2022", "9 tháng 2022", "Lũy kế 9 tháng năm 2022"; a date ("2022-09-01" from a
 * date cell, "30/09/2022") stands for its month. `year`: the year a label written without one
 * ("Quý I", "T1", "6 tháng đầu năm") belongs to, from the title or the user. Anything else is kept as
 * written (isCanonicalPeriod tells it apart; the importer reports it). "Lũy kế đến 30/9/2022" stays
 * refused: it says where the sum ends, not where it starts (the year, or the programme's start).
 */
export function normalisePeriod(raw: string, year?: number | null): string {
  let s = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const short = EN_MONTH_SHORT_YEAR.exec(s);
  if (short && notMay(short[1]!))
    return monthsPeriod(`20${short[2]}`, monthNumber(short[1]!), monthNumber(short[1]!));
  s = vietnameseMonth(s);
  // Every form with a year has its four digits; "Quý I" without one needs the year given.
  if (/\d{4}/.test(s)) {
    s = englishPeriods(s);
    let m = YEAR.exec(s);
    if (m) return m[1]!;
    // Months: "09/2022", "Tháng 9/2022", "T9/2022", "Th.9-2022", "T9 năm 2022".
    m = MONTH.exec(s);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return monthsPeriod(m[2]!, Number(m[1]), Number(m[1]));
    // "2022-09", and a date (a date-formatted cell reads "2022-09-01"; "30/09/2022") is its month.
    m = ISO_MONTH.exec(s);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthsPeriod(m[1]!, Number(m[2]), Number(m[2]));
    m = DATE.exec(s);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthsPeriod(m[3]!, Number(m[2]), Number(m[2]));
    // A run of months without the word: "7-9/2024", "01/2025–06/2025" (one year: the same on both ends).
    m = MONTH_RUN.exec(s);
    if (m) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (from >= 1 && from < to && to <= 12) return monthsPeriod(m[3]!, from, to);
    }
    m = MONTH_YEAR_RUN.exec(s);
    if (m) {
      const [from, to] = [Number(m[1]), Number(m[3])];
      if (from >= 1 && from < to && to <= 12 && m[2] === m[4]) return monthsPeriod(m[2]!, from, to);
    }
    m = YEAR_QUARTER.exec(s);
    if (m) {
      const q = ROMAN[m[2]!.toLowerCase()] ?? Number(m[2]);
      return monthsPeriod(m[1]!, 3 * q - 2, 3 * q);
    }
    // A run of months: "Tháng 7-9/2025", "Từ tháng 4 đến hết tháng 6 năm 2024".
    m = MONTH_RANGE.exec(s);
    if (m && (m[4] ?? m[2])) {
      const [from, to] = [Number(m[1]), Number(m[3])];
      const year = m[4] ?? m[2]!;
      if (from >= 1 && from < to && to <= 12 && (!m[2] || !m[4] || m[2] === m[4]))
        return monthsPeriod(year, from, to);
    }
    // Quarters: "Quý 3/2024", "Quý III năm 2024", "Q3-2024", "Q3 2024", "Q.III/2024".
    m = QUARTER_OF_YEAR.exec(s);
    if (m) {
      const q = ROMAN[m[1]!.toLowerCase()] ?? Number(m[1]);
      return monthsPeriod(m[2]!, 3 * q - 2, 3 * q);
    }
    // Part of a year: "6 tháng đầu năm 2024", "9 tháng 2024", "6 tháng năm 2024", "6 tháng cuối
    // năm 2024" (the last six months), "Lũy kế 9 tháng năm 2023" (January to September).
    m = PART_OF_YEAR.exec(s);
    const part = m && /\d\s*(tháng|thang|months?|t$)/i.test(m[1]!) ? yearlessSpan(m[1]!) : null;
    if (m && part) return monthsPeriod(m[2]!, part.from, part.to);
  }
  // Written without a year ("Quý I", "T1", "6 tháng đầu năm"): the year given, if any.
  const span = year ? yearlessSpan(s) : null;
  return span && year ? monthsPeriod(String(year), span.from, span.to) : s;
}

// (one separator twice, as DATE: "7-9/2024" is a run of months)
const SLASH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})$/;

/**
 * Whether a column's dates are written month first ("1/31/2024"), as an English-locale export
 * writes them, rather than day first as Vietnamese write them: 'certain' when more dates have a
 * second part over 12 than a first part over 12 (a date of the other kind there is refused, not
 * read either way); 'likely' when, read month first, every date is the first of a month
 * ("1/1/2024", "2/1/2024", "3/1/2024" — day first they would be days 1, 2, 3 of January, which a
 * period column does not list); null otherwise (read day first). Other forms (ISO dates from date
 * cells, "09/2022") are not looked at.
 */
export function monthFirstDates(values: Iterable<string>): 'certain' | 'likely' | null {
  let dates = 0;
  let firstOver12 = 0;
  let secondOver12 = 0;
  const firsts = new Set<number>();
  const seconds = new Set<number>();
  for (const v of values) {
    const m = SLASH_DATE.exec(v.trim());
    if (!m) continue;
    dates++;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12) firstOver12++;
    if (b > 12) secondOver12++;
    firsts.add(a);
    seconds.add(b);
  }
  if (dates === 0) return null;
  if (firstOver12 > 0 || secondOver12 > 0) return secondOver12 > firstOver12 ? 'certain' : null;
  return seconds.size === 1 && seconds.has(1) && firsts.size >= 2 ? 'likely' : null;
}

/** A date written "d/m/yyyy" or "m/d/yyyy" (either way round). */
export const isSlashDate = (raw: string): boolean => SLASH_DATE.test(raw.trim());

/** The parts of a date written "a/b/yyyy", as written (which is day and which month: the caller's). */
export function slashDateParts(raw: string): { first: string; second: string; year: string } | null {
  const m = SLASH_DATE.exec(raw.trim());
  return m ? { first: m[1]!, second: m[3]!, year: m[4]! } : null;
}

/** A month/day/year date written day first ("1/31/2024" → "31/1/2024"); anything else as it is. */
export const dayFirstDate = (raw: string): string => raw.trim().replace(SLASH_DATE, '$3$2$1$2$4');

/**
 * A period label written without its year ("Q1", "Quý I", "Tháng 1", "T1", "6 tháng đầu năm"):
 * a period all the same, of the year the title or the user gives (normalisePeriod's `year`).
 */
export const isYearlessPeriod = (raw: string): boolean =>
  yearlessSpan(raw.normalize('NFC').trim().replace(/\s+/g, ' ')) !== null;

/** January to the end of period `p` of its year ("2025-07..2025-09" → "2025-01..2025-09"; December: the year). */
export function yearToDate(p: string): string {
  return monthsPeriod(p.slice(0, 4), 1, p.length === 4 ? 12 : Number(p.slice(-2)));
}

export interface YearMonths extends MonthSpan {
  year: string;
}
/** A period in the store's form as its year and months ("2024-04..2024-06": 4 to 6); null if not one. */
export function monthSpan(p: string): YearMonths | null {
  if (!isCanonicalPeriod(p)) return null;
  if (p.length === 4) return { year: p, from: 1, to: 12 };
  return { year: p.slice(0, 4), from: Number(p.slice(5, 7)), to: Number(p.slice(-2)) };
}
/** A period in the store's form: "2022", "2022-09" or "2022-01..2022-08". */
export const isCanonicalPeriod = (p: string): boolean =>
  /^(19|20)\d{2}(-(0[1-9]|1[0-2])(\.\.(19|20)\d{2}-(0[1-9]|1[0-2]))?)?$/.test(p);

/**
 * The date an Excel serial number stands for ("45292" → "01/01/2024"), for a period cell that lost
 * its date format; null for anything else (only whole numbers of the years 2000–2099).
 */
export function excelDateOfSerial(text: string): string | null {
  if (!/^\d{5}$/.test(text.trim())) return null;
  const n = Number(text);
  if (n < 36526 || n > 73050) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  const two = (v: number) => String(v).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
