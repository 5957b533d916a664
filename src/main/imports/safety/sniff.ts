// Decide what a file is from its first bytes, never from its name: a PNG renamed .xlsx must be
// refused as "not a spreadsheet" before any parser touches it, and a CSV saved as .xls by a
// colleague should still read as text.

export type ContainerKind =
  { kind: 'zip' } | { kind: 'cfb' } | { kind: 'text' } | { kind: 'binary'; label: string };

const SIGNATURES: { label: string; bytes: number[] }[] = [
  { label: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { label: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { label: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { label: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { label: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { label: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { label: 'gzip', bytes: [0x1f, 0x8b] },
  { label: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'EXE', bytes: [0x4d, 0x5a] },
];

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);

/** How much of the head the UTF-16 test looks at. */
const UTF16_PROBE_BYTES = 4096;

/**
 * True for a character a Vietnamese/English text table is made of: Latin letters (with Vietnamese
 * ones in Latin Extended Additional), combining tone marks, punctuation, currency, tab and line
 * ends. Binary data read as UTF-16 gives NULs, controls, CJK or private-use characters instead.
 */
function textLike(cp: number): boolean {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d;
  if (cp < 0x7f) return true;
  if (cp < 0xa0) return false; // DEL and C1 controls
  return (
    cp < 0x250 || // Latin-1, Latin Extended-A/B (Ă Đ Ơ Ư)
    (cp >= 0x300 && cp < 0x370) || // combining tone marks
    (cp >= 0x1e00 && cp < 0x1f00) || // Latin Extended Additional (ạ ả ấ … ỹ)
    (cp >= 0x2000 && cp < 0x2190) || // punctuation, super/subscripts, currency, letterlike (№)
    cp === 0x2212 // minus sign
  );
}

/**
 * Excel ("Unicode text") and other tools may write UTF-16 without a byte-order mark. Such text is
 * recognised by its zero bytes: ASCII and Latin-1 characters have a zero high byte, so in UTF-16LE
 * most odd bytes are zero and almost no even ones (the reverse in UTF-16BE), and the head then
 * decodes to plausible text. Binary formats have zeros too, but not in that pattern, and decode
 * to NULs, controls and stray CJK.
 */
export function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, UTF16_PROBE_BYTES) & ~1;
  if (n < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  let encoding: 'utf-16le' | 'utf-16be';
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.02) encoding = 'utf-16le';
  else if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.02) encoding = 'utf-16be';
  else return null;
  let text: string;
  try {
    // stream: a surrogate pair cut at the probe edge is not evidence against.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(head.subarray(0, n), {
      stream: true,
    });
  } catch {
    return null;
  }
  let ok = 0;
  let total = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0) return null;
    total++;
    if (textLike(cp)) ok++;
  }
  return total > 0 && ok / total >= 0.95 ? encoding : null;
}

/** `head` is the first few KB of the file. */
export function sniffContainer(head: Uint8Array): ContainerKind {
  // Local file header or (empty archive) end-of-central-directory record.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  for (const s of SIGNATURES) if (startsWith(head, s.bytes)) return { kind: 'binary', label: s.label };
  // UTF-16 text has NUL bytes by nature; its BOM, or else the pattern of its zeros, tells us it is text.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { kind: 'text' };
  if (utf16WithoutBom(head)) return { kind: 'text' };
  // Other text never contains NUL or most C0 controls; binary formats do within a few KB.
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return { kind: 'binary', label: 'binary' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (head.length > 0 && controls / head.length > 0.01) return { kind: 'binary', label: 'binary' };
  return { kind: 'text' };
}
