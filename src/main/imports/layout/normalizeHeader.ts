// Header text compared on a key without diacritics, case, punctuation or extra spaces, so
// "XẾP HẠNG CHÍNH QUYỀN SỐ", "Xep hang chinh quyen so" and "xếp hạng  chính-quyền số" agree.
import { INVISIBLE } from '../../../shared/format';
import { stripDiacritics } from '../../../shared/unitNames';
import type { RawCell } from '../../../shared/imports/types';

/** A cell as text: trimmed, inner runs of spaces and line breaks made one space. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  // (zero-width spaces and joiners, pasted from web pages, are not characters of any name)
  return typeof cell === 'string' ? cell.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() : String(cell);
}

// A "Nguồn:" / "Ghi chú:" / "(*)" line under a table. JS \b is ASCII-only, so "chú:" needs an
// explicit end-of-word look-ahead.
const NOTE = /^(\(?\*+\)?|ghi chú|ghi chu|chú thích|chu thich|lưu ý|luu y|note|notes)(?=$|[\s:.,;()-])|^\*/i;
// A source line says so with punctuation ("Nguồn:", "Nguồn số liệu:", "Source -", "(Nguồn: …)")
// or names who published it ("Nguồn Bộ TT&TT"): "Nguồn nhân lực CNTT" is an indicator, not a source.
const SOURCE =
  /^\(?\s*(nguồn|nguon|sources?)(\s+(số liệu|so lieu|dữ liệu|du lieu|data|tham khảo|tham khao|trích dẫn))?\s*($|[:：.(\-–—])/i;
const SOURCE_NAMED =
  /^\(?\s*(nguồn|nguon)\s+(theo|từ|trích|bộ|sở|cục|tổng cục|ubnd|ủy ban|uỷ ban|báo cáo|bao cao|cổng|trang|website|https?|www|(?:[a-z0-9-]+\.)+(?:vn|gov|com|org|net))(?=$|[\s:.,;()/&-])/i;
// Below the data, a row holding nothing but a text that starts with the word is a source line too.
const SOURCE_WORD = /^\(?\s*(nguồn|nguon|sources?)(?=$|[\s:.,;()-])/i;

/** A footnote's text: a source ("Nguồn:", "Source:", "Nguồn Bộ TT&TT") or a note ("Ghi chú:", "(*)"). */
export function isFootnoteText(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return NOTE.test(t) || SOURCE.test(t) || SOURCE_NAMED.test(t);
}

// The signing block under a report's table (Nghị định 30/2020): "Đồng Nai, ngày 05 tháng 01 năm
// 2026" (or "…, 05/01/2026"), "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Người lập biểu"; the
// signer's name follows it, and with it everything after is not data. ("Q. GIÁM ĐỐC" is an acting
// signer; "Q. Ba Đình" a district.)
const SIGNING_LINE =
  /^[\p{L}\p{M}. \-–]{2,40},\s*(?:ngày\s*[\d.…_ ]{0,8}\s*tháng\s*[\d.…_ ]{0,8}\s*năm\s*(?:19|20)\d{2}|(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2})\s*$/iu;
const SIGNATURE =
  /^(?:nơi nhận|người lập(?: biểu)?|người tổng hợp|người kiểm tra|thủ trưởng(?: đơn vị)?|(?:kt|tm|tl|ttl)\.\s*\S.*|q\.\s*(?:giám đốc|chủ tịch|trưởng|chánh|phó|tổng|cục trưởng|viện trưởng|hiệu trưởng)\b.*|(?:phó )?(?:giám đốc|chủ tịch|trưởng phòng|trưởng ban|chánh văn phòng))\s*:?$/iu;

/** A line of the signing block (the place and date, "KT. GIÁM ĐỐC", "Nơi nhận:"): the table ends above it. */
export const isSigningText = (text: string): boolean => {
  const t = text.normalize('NFC').trim();
  return SIGNING_LINE.test(t) || SIGNATURE.test(t);
};

/**
 * A row of the signing block: at least one filled cell, each a line of it ("Người lập biểu | |
 * Thủ trưởng đơn vị", "KT. GIÁM ĐỐC").
 */
export const isSigningRow = (cells: readonly unknown[]): boolean =>
  cells.some((c) => typeof c === 'string' && c.trim() !== '') &&
  cells.every(
    (c) => c === null || c === undefined || (typeof c === 'string' && (c.trim() === '' || isSigningText(c))),
  );

// A numbered note: "(1) Số liệu của NHNN chi nhánh", "[2] Ước thực hiện", "¹ Số liệu sơ bộ", one
// for several marks: "(1), (2): đồng hạng", "(1) và (2) - …".
// ("1/ Số liệu ước tính …", "- Số liệu tổng hợp từ …" alone in a row under the data too)
const NUMBERED_NOTE =
  /^(?:(?:\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\])(?:\s*(?:,|;|và|va|-|–)\s*(?:\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]))*\s*[:.\-–]?|\d{1,2}\s*\/|[-–•]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s*\p{L}/u;

/**
 * A numbered note alone in its row ("(1) Số liệu của NHNN chi nhánh"): the footnote a value's
 * "(1)" refers to. Only the importer's rows skip it (a table does not end at it).
 */
export const isNumberedNote = (text: string): boolean => NUMBERED_NOTE.test(text.normalize('NFC').trim());

/** The only text of a row below the data: there the bare word ("Nguồn Sở TT&TT tỉnh") is enough. */
export const isLoneFootnoteText = (text: string): boolean => {
  const t = text.normalize('NFC').trim();
  return isFootnoteText(t) || SOURCE_WORD.test(t) || isSigningText(t);
};

export function normalizeHeader(raw: string): string {
  return stripDiacritics(raw.normalize('NFC').toLowerCase())
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}
