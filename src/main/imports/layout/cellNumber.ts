// Number cells as analysts really write them: 0.8002 (a number cell), "0.8002" (portal),
// "0,8002" (press), "99,52%", "912.687" (vi thousands), ranks with ties ("15", "15*", "=15",
// "15 (đồng hạng)", "12/63"), and the many ways of saying "no value" ("", "-", "N/A", "#N/A").
import {
  cleanNumberText,
  halfWidth,
  parseNumberText,
  plainNumber,
  type ParseNumberOptions,
} from '../../../shared/format';
import type { RawCell } from '../../../shared/imports/types';

export type ParsedNumber =
  | {
      value: number | null;
      /** The cell was written with a "%" sign (value stays in percent units: 99.52). */
      percent?: boolean;
      /** "12/63": the denominator written with a rank. */
      of?: number;
      /** The cell marks a tie ("15*", "đồng hạng"). */
      tie?: boolean;
      /** A footnote reference after the number ("1.800.000 (1)", "87,5(a)", "95¹"): not part of it. */
      mark?: boolean;
    }
  | { error: string };

// ("…" or "...": "not available" in the statistics office's tables; "(*)" alone: see the note —
// round 83 refused it while "x" and "…" were read so; Excel 365's newer errors are formula errors)
const EMPTY =
  /^(|-+|–|—|\.{1,3}|…|x|n\/?a|na|null|none|không có|khong co|chưa có|chua co|kco|không có số liệu|khong co so lieu|chưa có số liệu|chua co so lieu|không áp dụng|khong ap dung|không phát sinh|khong phat sinh|chưa phát sinh|chua phat sinh|kxđ|kxd|\?|\(\s*\*+\s*\)|#n\/a|#value!|#div\/0!|#ref!|#name\?|#num!|#null!|#spill!|#calc!|#field!|#blocked!|#busy!|#connect!|#unknown!|#getting_data|#python!|#external!|#timeout!)$/i;

/** A cell text that says "no value" ("-", "N/A", "Không có số liệu"): read as an empty cell. */
export const isNoValueText = (text: string): boolean => EMPTY.test(cleanNumberText(text));
// ("95 (*)": a footnote mark in brackets, said like "95*" for a KPI value)
const TIE = /\s*(\(\s*\*+\s*\)|\*+|\(?\s*(đồng hạng|dong hang|tie|=)\s*\)?)\s*/gi;
// A remark after a number, not part of it: a footnote reference ("1.800.000 (1)", "87,5(a)",
// "95¹", "612ᵃ", "12 [2]", "1.012#"), "(xem ghi chú)", the source year "(2023)", the change
// "(+3,1)", a score's change as the ministry prints it, to four decimals, in brackets or after an
// arrow ("0,8002 (+0,0312)", "0,8002 ▼0,0312", "0,8002 (↑0,0312)"), a score's previous value
// ("0,8002 (0,7002)", "98,79 (95,79)", "(2021: 0,7702)"; round 79: refused while "(+0,03)" was read),
// the change in words ("(tăng 0,0010)") or unbracketed ("0,8002 +0,0010"), the rank ("(hạng 1)"; round
// 80). (A word such as "(ước)" — an estimate — leaves the cell unread: the analyst decides.)
const CHANGE = String.raw`[+\-−–]\s*\d{1,3}(?:[.,]\d{1,4})?\s*%?|[↑↓▲▼△▽⬆⬇↗↘]\s*[+\-−–]?\s*\d{0,3}(?:[.,]\d{1,4})?\s*%?`;
const FOOTNOTE = new RegExp(
  String.raw`(?<=[\d%])\s*(?:\(\s*(?:\d{1,2}|[a-zđ]|xem ghi chú|xem ghi chu|(?:19|20)\d{2}|${CHANGE}|\d{1,3}[.,]\d{1,4}\s*%?|(?:tăng|giảm|tang|giam)\s+\d{1,3}(?:[.,]\d{1,4})?\s*%?|(?:hạng|hang)\s*\d{1,2}|(?:19|20)\d{2}\s*:\s*\d{1,3}(?:[.,]\d{1,4})?\s*%?)\s*\)|(?<=\d[.,]\d{1,4})\s*(?:[↑↓▲▼△▽⬆⬇↗↘]\s*[+\-−–]?\s*\d{0,3}[.,]\d{1,4}|\s[+\-−–]\s*\d{0,3}[.,]\d{1,4})|\[\s*\d{1,2}\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉ]{1,2}|#{1,2})$`,
  'iu',
);

export function parseCellNumber(cell: RawCell, opts: ParseNumberOptions = {}): ParsedNumber {
  if (cell === null) return { value: null };
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: cell } : { error: 'not a finite number' };
  if (typeof cell === 'boolean') return { error: 'a true/false cell is not a number' };
  const quick = plainNumber(cell, opts);
  if (quick !== undefined) return { value: quick };
  const s = cleanNumberText(cell);
  if (EMPTY.test(s)) return { value: null };
  // "(5,2)": a negative written the accountants' way (growth in report annexes).
  const negative = /^\(\s*(\d[\d.,\s]*%?)\s*\)$/.exec(s);
  if (negative) {
    const inner = parseCellNumber(negative[1]!, opts);
    if ('value' in inner && inner.value !== null && !inner.of && !inner.tie)
      return { ...inner, value: -inner.value };
  }
  // Ranks: "12/63"
  const frac = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (frac) return { value: Number(frac[1]), of: Number(frac[2]) };
  let body = s;
  let mark = false;
  if (FOOTNOTE.test(body)) {
    mark = true;
    body = body.replace(FOOTNOTE, '');
  }
  let tie = false;
  if (TIE.test(body)) {
    tie = true;
    TIE.lastIndex = 0;
    body = body.replace(TIE, '').trim();
  }
  TIE.lastIndex = 0;
  // Normalised and not a "no value" spelling (EMPTY above covers the shared list and more).
  const value = parseNumberText(body, opts);
  if (Number.isNaN(value)) return { error: `"${cell}" is not a number` };
  const out: { value: number; percent?: boolean; tie?: boolean; mark?: boolean } = { value };
  if (body.endsWith('%')) out.percent = true;
  if (tie) out.tie = true;
  if (mark) out.mark = true;
  return out;
}

// A rank as ranking tables print it beside the change since last year or after the word:
// "9 (↑16)", "9 (↓3)", "9 (+2)", "9 (tăng 2 bậc)", "Hạng 9", "hạng 9/63", "xếp thứ 12/63". The change is
// information, not the rank ("15 (=)" is a tie, read by TIE above); anything else stays unread.
const RANK_WORD =
  /^(?:(?:xếp\s+|xep\s+)?(?:hạng|hang)(?:\s+(?:thứ|thu))?|(?:xếp|xep|đứng|dung)\s+(?:thứ|thu)|thứ|thu|#|no\.?)\s*[:.]?\s*(?=\d)/iu;
// ("9 (↑16)", and the change written without brackets: "9 ▲3", "9↓2")
const RANK_CHANGE =
  /\s*\(\s*(?:[↑↓▲▼△▽⬆⬇↗↘]\s*\d{0,3}|[+\-−–]\s*\d{1,3}|(?:tăng|tang|giảm|giam)\s+\d{1,3}(?:\s+(?:bậc|bac|hạng|hang))?)\s*\)$|(?<=\d)\s*[↑↓▲▼△▽⬆⬇↗↘]\s*\d{0,3}$/iu;

/** The rank part of a rank cell's text: without "Hạng" before it and the change in brackets after it. */
export function rankText(text: string): string {
  const s = text.normalize('NFC').trim();
  // "(5)": a rank in brackets as press tables print it, not an accountant's negative
  return (
    s
      .replace(RANK_WORD, '')
      .replace(RANK_CHANGE, '')
      .replace(/^\(\s*(\d{1,3})\s*\)$/, '$1')
      // "15th", "1st": English ordinals
      .replace(/^(\d{1,3})\s*(?:st|nd|rd|th)\.?$/i, '$1')
  );
}

/** A score with its rank in brackets after it, as the ministry's report prints them: "0,6234 (12)". */
const RANK_AFTER_SCORE = /^\s*[01]?[.,]\d+\s*\(\s*(\d{1,2})\s*\)\s*$/;
/** A rank with its score in brackets after it: "12 (0,6234)". */
const SCORE_AFTER_RANK = /^\s*(\d{1,2})\s*\(\s*([01]?[.,]\d+)\s*\)\s*$/;

/**
 * A headline score and its rank printed in one cell, either way round ("0,6234 (12)", "12
 * (0,6234)", with a line break before the bracket): the score as written and the rank; null for
 * any other text.
 */
export function scoreWithRank(written: string): { score: string; rank: number } | null {
  // (full-width, "０，８０００ （１）", as some PDFs paste it: the same as ASCII)
  const text = halfWidth(written);
  const after = RANK_AFTER_SCORE.exec(text);
  if (after) return { score: text.slice(0, text.indexOf('(')).trim(), rank: Number(after[1]) };
  const first = SCORE_AFTER_RANK.exec(text);
  return first ? { score: first[2]!, rank: Number(first[1]) } : null;
}

/** "73.6% (31)", "1.234 (5)": a KPI's value with its rank among the provinces in brackets. */
const VALUE_WITH_RANK = /^(.*\S)\s*\(\s*(\d{1,2})\s*\)\s*$/su;

/** A KPI value and its rank in one cell ("73.6% (31)"): the value as written and the rank. */
export function valueWithRank(written: string): { value: string; rank: string } | null {
  const m = VALUE_WITH_RANK.exec(halfWidth(written));
  return m ? { value: m[1]!, rank: m[2]! } : null;
}
