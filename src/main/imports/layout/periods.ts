// Periods as Vietnamese reports write them, in the store's form (shared by headers and cells).

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad2 = (n: number) => String(n).padStart(2, '0');
const months = (y: string, from: number, to: number) =>
  from === to ? `${y}-${pad2(from)}` : `${y}-${pad2(from)}..${y}-${pad2(to)}`;

/**
 * Normalises a period label to the store's form — a year "2022", a month "2022-09" or a run of
 * months "2022-01..2022-08" — as Vietnamese reports write them: "Năm 2022", "09/2022",
 * "Tháng 9 năm 2022", "T9/2022", "Quý III/2022", "Q3-2022", "6 tháng đầu năm 2022", "9 tháng 2022";
 * a date ("2022-09-01" from a date cell, "30/09/2022") stands for its month. Anything else is kept
 * as written (isCanonicalPeriod tells it apart; the importer reports it).
 */
export function normalisePeriod(raw: string): string {
  const s = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const Y = '((?:19|20)\\d{2})';
  const SEP = '\\s*(?:[/.-]|năm|nam|of)?\\s*';
  let m = new RegExp(`^(?:năm|nam|year)?\\s*${Y}$`, 'i').exec(s);
  if (m) return m[1]!;
  // Months: "09/2022", "Tháng 9/2022", "T9/2022", "Th.9-2022", "T9 năm 2022".
  m = new RegExp(`^(?:tháng|thang|month|th?\\.?)?\\s*(\\d{1,2})${SEP}${Y}$`, 'i').exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return months(m[2]!, Number(m[1]), Number(m[1]));
  // "2022-09", and a date (a date-formatted cell reads "2022-09-01"; "30/09/2022") is its month.
  m = new RegExp(`^${Y}[/.-](\\d{1,2})(?:[/.-]\\d{1,2}(?:[T ][\\d:.]+Z?)?)?$`).exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return months(m[1]!, Number(m[2]), Number(m[2]));
  m = new RegExp(`^\\d{1,2}[/.-](\\d{1,2})[/.-]${Y}$`).exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return months(m[2]!, Number(m[1]), Number(m[1]));
  // Quarters: "Quý 3/2024", "Quý III năm 2024", "Q3-2024", "Q3 2024".
  m = new RegExp(`^(?:quý|quy|quarter|q)\\s*([1-4]|i{1,3}|iv)${SEP}${Y}$`, 'i').exec(s);
  if (m) {
    const q = ROMAN[m[1]!.toLowerCase()] ?? Number(m[1]);
    return months(m[2]!, 3 * q - 2, 3 * q);
  }
  // Year to date: "6 tháng đầu năm 2024", "9 tháng 2024", "6 tháng năm 2024".
  m = new RegExp(`^(\\d{1,2}) (?:tháng|thang|months?)(?: (?:đầu|dau|first))?${SEP}${Y}$`, 'i').exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return months(m[2]!, 1, Number(m[1]));
  return s;
}

/** A period in the store's form: "2022", "2022-09" or "2022-01..2022-08". */
export const isCanonicalPeriod = (p: string): boolean =>
  /^(19|20)\d{2}(-(0[1-9]|1[0-2])(\.\.(19|20)\d{2}-(0[1-9]|1[0-2]))?)?$/.test(p);
