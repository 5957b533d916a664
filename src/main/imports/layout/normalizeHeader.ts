// Header text compared on a key without diacritics, case, punctuation or extra spaces, so
// "XẾP HẠNG CHÍNH QUYỀN SỐ", "Xep hang chinh quyen so" and "xếp hạng  chính-quyền số" agree.
import { stripDiacritics } from '../../../shared/unitNames';
import type { RawCell } from '../../../shared/imports/types';

export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

export function normalizeHeader(raw: string): string {
  return stripDiacritics(raw.normalize('NFC').toLowerCase())
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}
