// Decide what a file is from its first bytes, never from its name: a PNG renamed .xlsx must be
// refused as "not a spreadsheet" before any parser touches it, and a CSV saved as .xls by a
// colleague should still read as text. Two finer looks follow for containers that hold more than
// one format: the root element of an XML text file (Excel's "XML Spreadsheet 2003", often saved
// as .xls by provincial systems, or a flat OpenDocument file), and the parts of a zip (an .xlsx,
// or an .ods, .xlsb or Apple Numbers file that must be refused by name).
import * as zlib from 'node:zlib';
import { findEntry, type ZipEntry } from './zipDirectory';

export type ContainerKind =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'text' }
  /** `nulAt`: text but for a few NUL bytes, the first at this line and byte of it (1-based). */
  | { kind: 'binary'; label: string; nulAt?: { line: number; column: number } };

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
  let nuls = 0;
  let firstNul = -1;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) {
      nuls++;
      if (firstNul < 0) firstNul = i;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (nuls === 0)
    return head.length > 0 && controls / head.length > 0.01
      ? { kind: 'binary', label: 'binary' }
      : { kind: 'text' };
  // A NUL or two in what is otherwise text (a file of another kind has many, and other controls)
  if (nuls <= 3 && controls === 0) {
    const before = head.subarray(0, firstNul);
    const line = before.filter((b) => b === 0x0a).length + 1;
    return {
      kind: 'binary',
      label: 'binary',
      nulAt: { line, column: firstNul - before.lastIndexOf(0x0a) },
    };
  }
  return { kind: 'binary', label: 'binary' };
}

// ---------------------------------------------------------------- XML text files

/** What an XML text file is: Excel's XML Spreadsheet 2003, flat OpenDocument (.fods), or other XML. */
export type XmlKind = 'spreadsheetml' | 'flat-odf' | 'other-xml';

const SPREADSHEETML_NS = 'urn:schemas-microsoft-com:office:spreadsheet';
const ODF_OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:';
/** How far into the decoded head the root element is looked for. */
const XML_PROBE_CHARS = 64 * 1024;

const isXmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipSpace(s: string, i: number): number {
  while (i < s.length && isXmlSpace(s.charCodeAt(i))) i++;
  return i;
}

/** End (index after '>') of the declaration starting at i ("<!DOCTYPE …>", with an internal subset). */
function declarationEnd(s: string, i: number): number {
  const gt = s.indexOf('>', i);
  const open = s.indexOf('[', i);
  if (open < 0 || (gt >= 0 && gt < open)) return gt < 0 ? -1 : gt + 1;
  // An internal subset "[ … ]" holds declarations with their own '>'; it ends at "]" then ">".
  let j = open + 1;
  for (;;) {
    const close = s.indexOf(']', j);
    if (close < 0) return -1;
    const k = skipSpace(s, close + 1);
    if (s[k] === '>') return k + 1;
    j = close + 1;
  }
}

/**
 * Decides from the decoded head of a text file whether it is XML and which kind, by its root
 * element (after the XML declaration, processing instructions, comments and a DOCTYPE): a
 * `Workbook` in the SpreadsheetML namespace (or after `<?mso-application progid="Excel.Sheet"?>`),
 * an `office:document` in the OpenDocument namespace, or — for a file that starts with an XML
 * declaration or a non-HTML DOCTYPE — some other XML. null: not XML (HTML, CSV, …). Every scan
 * moves forward, so a hostile head costs linear time.
 */
export function sniffXmlKind(sample: string): XmlKind | null {
  const s = sample.length > XML_PROBE_CHARS ? sample.slice(0, XML_PROBE_CHARS) : sample;
  let i = skipSpace(s, s.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (s[i] !== '<') return null;
  const xmlish = s.startsWith('<?xml', i) || /^<!DOCTYPE(?!\s+html\b)/i.test(s.slice(i, i + 20));
  let excelPi = false;
  for (;;) {
    i = skipSpace(s, i);
    if (s.startsWith('<?', i)) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) break;
      if (/^<\?mso-application\s[^>]*Excel\.Sheet/i.test(s.slice(i, end + 2))) excelPi = true;
      i = end + 2;
    } else if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
    } else if (s.startsWith('<!', i)) {
      const end = declarationEnd(s, i);
      if (end < 0) break;
      i = end;
    } else {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(s.slice(i, i + 256));
      if (!m) break;
      const gt = s.indexOf('>', i);
      const tag = s.slice(i, gt < 0 ? s.length : gt);
      const local = m[2]!;
      if (local === 'Workbook' && (excelPi || tag.includes(SPREADSHEETML_NS))) return 'spreadsheetml';
      if (local === 'document' && m[1] !== undefined && tag.includes(ODF_OFFICE_NS)) return 'flat-odf';
      if (local.toLowerCase() === 'html') return null;
      return xmlish ? 'other-xml' : null;
    }
  }
  return xmlish ? 'other-xml' : null;
}

// ---------------------------------------------------------------- zip packages

/** A zip that is a spreadsheet in a format we do not read (or another OpenDocument file). */
export type ZipFormat = 'ods' | 'opendocument' | 'xlsb' | 'numbers';

/** The `mimetype` part of an OpenDocument package (stored first and uncompressed, by the spec). */
function readMimetype(buf: Buffer, e: ZipEntry): string | null {
  if (e.compressedSize > 1024) return null;
  const raw = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  try {
    if (e.method === 0) return raw.toString('latin1').trim();
    if (e.method === 8) return zlib.inflateRawSync(raw, { maxOutputLength: 1024 }).toString('latin1').trim();
  } catch {
    // unreadable: decided by the other parts
  }
  return null;
}

/**
 * What a zip holds when it is not an Office Open XML workbook: an OpenDocument package (a
 * `mimetype` part; its value tells a spreadsheet from a text or presentation), an Excel Binary
 * Workbook (xl/workbook.bin), an Apple Numbers document (Index/*.iwa). null: anything else (an
 * .xlsx/.xlsm, or a zip the workbook reader refuses itself). Only the directory and the few-byte
 * mimetype part are read.
 */
export function sniffZipFormat(buf: Buffer, entries: Map<string, ZipEntry>): ZipFormat | null {
  if (findEntry(entries, 'xl/workbook.xml')) return null;
  const mimetype = findEntry(entries, 'mimetype');
  if (mimetype) {
    const type = readMimetype(buf, mimetype);
    if (type?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (type?.startsWith('application/vnd.oasis.opendocument.')) return 'opendocument';
  }
  if (findEntry(entries, 'content.xml') && findEntry(entries, 'META-INF/manifest.xml')) return 'opendocument';
  if (findEntry(entries, 'xl/workbook.bin')) return 'xlsb';
  for (const name of entries.keys()) if (/^Index\/[^/]+\.iwa$/i.test(name)) return 'numbers';
  return null;
}
