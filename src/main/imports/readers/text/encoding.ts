// Which encoding a text table is in. Excel writes "CSV UTF-8" (with a BOM), "Unicode text"
// (UTF-16LE, tab-delimited, usually with a BOM) and, on a Vietnamese-locale Windows, plain "CSV" in
// Windows-1258 — where tone marks are separate combining characters, so we normalise to NFC.
// A file that is not valid UTF-8 is accepted as Windows-1258 only when its bytes look like
// Vietnamese in that code page; anything else is refused rather than read as mojibake.
import iconv from 'iconv-lite';
import type { TextEncoding } from '../../../../shared/imports/types';
import { catalogueDetail, ImportReadError } from '../../safety/errors';
import { utf16WithoutBom } from '../../safety/sniff';

export interface EncodingGuess {
  encoding: TextEncoding;
  bom: boolean;
  /** Bytes to skip at the start of the file. */
  bomLength: number;
}

interface Utf8Scan {
  valid: number;
  invalid: number;
  /** Byte offset of the first invalid sequence, -1 if none. */
  firstInvalid: number;
}

/** Counts valid multi-byte sequences and invalid bytes. `complete`: the buffer is the whole file. */
function scanUtf8(buf: Uint8Array, complete: boolean): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const bad = (i: number) => {
    invalid++;
    if (firstInvalid < 0) firstInvalid = i;
  };
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else {
      bad(i);
      i++;
      continue;
    }
    if (!complete && i + need >= buf.length) break; // sequence cut at the sniff edge: not evidence
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      valid++;
      i += need + 1;
    } else {
      bad(i);
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

const TONE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);

/**
 * True when the high bytes read as Vietnamese in Windows-1258: every one is defined there, and
 * nearly all are letters or tone marks (not the symbols 0x80–0xBF that mojibake is made of).
 */
function looksLikeWindows1258(buf: Uint8Array): boolean {
  let high = 0;
  let vietnamese = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b < 0x80) continue;
    high++;
    const ch = iconv.decode(Buffer.from([b]), 'windows1258');
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd) return false;
    if (TONE_MARKS.has(cp) || (b >= 0xc0 && /\p{L}/u.test(ch))) vietnamese++;
  }
  return high > 0 && vietnamese / high >= 0.9;
}

/** Guesses from the start of the file (`head`); `complete` when head is the whole file. */
export function detectEncoding(head: Uint8Array, file: string, complete: boolean): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: true, bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true, bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true, bomLength: 2 };
  // Excel's "Unicode text" and some tools write UTF-16 without a BOM (see safety/sniff).
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bom: false, bomLength: 0 };
  const scan = scanUtf8(head, complete);
  if (scan.invalid === 0) return { encoding: 'utf-8', bom: false, bomLength: 0 };
  // Real Windows-1258 text almost never forms valid UTF-8 sequences; UTF-8 with a few broken bytes does.
  if (scan.valid * 10 <= scan.invalid && looksLikeWindows1258(head)) {
    return { encoding: 'windows-1258', bom: false, bomLength: 0 };
  }
  throw invalidUtf8(file, head, scan.firstInvalid);
}

/** The offset of the first byte of `buf` that is not UTF-8, -1 if none (`complete`: nothing follows). */
export const firstInvalidUtf8 = (buf: Uint8Array, complete: boolean): number =>
  scanUtf8(buf, complete).firstInvalid;

/**
 * The refusal, with the line of the first bad byte (at `offset` of `bytes`: its line counted in
 * them, unless `inFile` gives the line and offset in the whole file).
 */
export function invalidUtf8(
  file: string,
  bytes: Uint8Array,
  offset: number,
  inFile?: { row: number; offset: number },
): ImportReadError {
  let row = 1;
  if (inFile) row = inFile.row;
  else for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) row++;
  const at = inFile?.offset ?? offset;
  return new ImportReadError(
    'INVALID_UTF8',
    file,
    { row },
    catalogueDetail('readDetail.invalidByte', {
      byte: `0x${(bytes[offset] ?? 0).toString(16).toUpperCase()}`,
      offset: at,
    }),
  );
}

const COMBINING = /[\u0300-\u036f]/;

/** NFC only when needed: most cells are ASCII or already composed. */
export const toNfc = (s: string): string => (COMBINING.test(s) ? s.normalize('NFC') : s);
