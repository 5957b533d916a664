// Header text compared on a key without diacritics, case, punctuation or extra spaces, so
// "XẾP HẠNG CHÍNH QUYỀN SỐ", "Xep hang chinh quyen so" and "xếp hạng  chính-quyền số" agree.
import { stripDiacritics } from '../../../shared/unitNames';
import type { RawCell } from '../../../shared/imports/types';

/** A cell as text: trimmed, inner runs of spaces and line breaks made one space. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : String(cell);
}

// A "Nguồn:" / "Ghi chú:" / "(*)" line under a table. JS \b is ASCII-only, so "chú:" needs an
// explicit end-of-word look-ahead.
const FOOTNOTE =
  /^(\(?\*+\)?|nguồn|nguon|ghi chú|ghi chu|chú thích|chu thich|lưu ý|luu y|source|note|notes)(?=$|[\s:.,;()-])|^\*/i;
export const isFootnoteText = (text: string): boolean => FOOTNOTE.test(text.normalize('NFC'));

export function normalizeHeader(raw: string): string {
  return stripDiacritics(raw.normalize('NFC').toLowerCase())
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}
