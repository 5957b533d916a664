// A stable fingerprint of a table layout: the normalised header cells in column order. Two files
// with the same headers (whatever their data, case or diacritics) get the same signature, so a
// mapping the user confirmed once is proposed again next year.
import { createHash } from 'node:crypto';
import { normalizeHeader } from './normalizeHeader';

export function layoutSignature(headers: readonly string[]): string {
  const key = headers
    .map((h) => normalizeHeader(h))
    .join('|')
    .replace(/\|+$/, '');
  return createHash('sha256').update(`layout-v1:${key}`).digest('hex').slice(0, 16);
}
