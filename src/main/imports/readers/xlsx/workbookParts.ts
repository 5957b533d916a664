// The small parts of an xlsx that tell us where things are: the package relationships, the
// workbook's sheet list (with visibility), its relationships, and the shared-string table.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as v8 from 'node:v8';
import { assertNoXmlDeclarations } from '../../safety/xmlGuard';
import { catalogueDetail, ImportReadError } from '../../safety/errors';
import { readerHeapMb } from '../../safety/limits';
import { findEntry, readZipDirectory, type ZipEntry } from '../../safety/zipDirectory';
import { InflateBudget, inflateEntry } from './zipEntries';
import { decodeOoxmlEscapes, getAttr, getRelId, scanXml } from './xmlTokens';
import { builtinNumberKind, numberKindOf, type NumberKind } from '../numberFormats';

export interface XlsxSheetRef {
  name: string;
  hidden: boolean;
  /** Zip part of the worksheet, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface XlsxPackage {
  file: string;
  buf: Buffer;
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
  sheets: XlsxSheetRef[];
  /** Names of the chart and dialog sheets, which hold no cells (not in `sheets`). */
  chartSheets: string[];
  /** Parsed lazily: only needed when a sheet is read. */
  sharedStrings(): string[];
  /** Cell style index → percentage or date, for the styles whose number format is one (lazily). */
  numberKinds(): ReadonlyMap<number, NumberKind>;
  /** The workbook counts days from 1904 (old Mac Excel). */
  date1904: boolean;
}

/**
 * A part read whole must fit the heap this thread may still use: its text (one byte a character
 * when all ASCII, else two) and, for the shared strings, the strings parsed out of it (as much
 * again at most). Checked from the declared size before inflating, then from the bytes: a 2 MB
 * workbook whose sharedStrings.xml inflates to 100 MB is refused naming the part, instead of the
 * thread (and with it the app) dying out of memory.
 */
function assertFitsHeap(
  entry: ZipEntry,
  file: string,
  fileBytes: number,
  copies: number,
  bytes?: Buffer,
): void {
  const perChar = bytes === undefined || isAscii(bytes) ? 1 : 2;
  const needed = entry.uncompressedSize * perChar * copies;
  const heap = v8.getHeapStatistics();
  // What is left under this thread's ceiling, less room for the rest of the import; and never
  // more than a reader thread of this workbook gets (the command line reads a sample on its main
  // thread, whose ceiling is the machine's).
  // (a reader thread's ceiling grows with the file, but parts of unread bytes — a 250 MB picture —
  // must not buy room for the shared strings: PART_HEAP_CAP at most)
  const left =
    Math.min(
      heap.heap_size_limit - heap.used_heap_size,
      readerHeapMb('.xlsx', fileBytes) * 1024 * 1024,
      PART_HEAP_CAP,
    ) - HEAP_RESERVE;
  if (needed <= left) return;
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  throw new ImportReadError(
    'FILE_TOO_LARGE',
    file,
    {},
    catalogueDetail('readDetail.partTooLarge', { part: entry.name, mb: mb(entry.uncompressedSize) }),
  );
}
/** Heap kept for the rest of an import while a part is read whole. */
const HEAP_RESERVE = 32 * 1024 * 1024;
/**
 * The most heap the parts read whole may take, whatever the file's size: 256 MB holds the shared
 * strings of a 1M-row workbook of unique Vietnamese notes (~50 MB of text) several times over,
 * and keeps an import within 1 GB.
 */
const PART_HEAP_CAP = 256 * 1024 * 1024;

function readXmlPart(
  pkg: { buf: Buffer; entries: Map<string, ZipEntry>; budget: InflateBudget },
  file: string,
  part: string,
  /** Copies of its text the reading holds at once: 2 for the shared strings (text and strings). */
  copies = 1,
): string | null {
  const entry = findEntry(pkg.entries, part);
  if (!entry) return null;
  assertFitsHeap(entry, file, pkg.buf.length, copies);
  const bytes = inflateEntry(pkg.buf, entry, file, pkg.budget);
  assertFitsHeap(entry, file, pkg.buf.length, copies, bytes);
  const text = bytes.toString('utf8');
  assertNoXmlDeclarations(text, file, part);
  return text;
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? baseDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRels(xml: string, baseDir: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, (t) => {
    if ((t.type === 'empty' || t.type === 'open') && t.name === 'Relationship') {
      const mode = getAttr(t.value, 'TargetMode');
      if (mode === 'External') return;
      rels.push({
        id: getAttr(t.value, 'Id') ?? '',
        type: getAttr(t.value, 'Type') ?? '',
        target: resolveTarget(baseDir, getAttr(t.value, 'Target') ?? ''),
      });
    }
  });
  return rels;
}

const dirOf = (part: string) => (part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '');
const relsOf = (part: string) =>
  `${dirOf(part) ? dirOf(part) + '/' : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let cur = '';
  scanXml(xml, (t) => {
    if (t.type === 'open' || t.type === 'empty') {
      if (t.name === 'si') {
        if (t.type === 'empty') out.push('');
        else {
          inSi = true;
          cur = '';
        }
      } else if (t.name === 'rPh') phonetic += t.type === 'open' ? 1 : 0;
      else if (t.name === 't' && t.type === 'open') inT = true;
    } else if (t.type === 'close') {
      if (t.name === 'si') {
        out.push(decodeOoxmlEscapes(cur));
        inSi = false;
      } else if (t.name === 'rPh') phonetic--;
      else if (t.name === 't') inT = false;
    } else if (inSi && inT && phonetic === 0) cur += t.value;
  });
  return out;
}

/** styles.xml: which cell formats (cellXfs, by index) show numbers as percentages or dates. */
function parseNumberKinds(xml: string): Map<number, NumberKind> {
  const custom = new Map<number, NumberKind | null>();
  const out = new Map<number, NumberKind>();
  let inCellXfs = false;
  let xf = 0;
  scanXml(xml, (t) => {
    if (t.type === 'text') return;
    if (t.name === 'numFmt' && t.type !== 'close') {
      const id = Number(getAttr(t.value, 'numFmtId'));
      custom.set(id, numberKindOf(decodeOoxmlEscapes(getAttr(t.value, 'formatCode') ?? '')));
    } else if (t.name === 'cellXfs') {
      inCellXfs = t.type === 'open';
      xf = 0;
    } else if (inCellXfs && t.name === 'xf' && t.type !== 'close') {
      const id = Number(getAttr(t.value, 'numFmtId') ?? 0);
      const kind = custom.has(id) ? custom.get(id)! : builtinNumberKind(id);
      if (kind) out.set(xf, kind);
      xf++;
    }
  });
  return out;
}

/** Opens an xlsx/xlsm from memory: validates the zip and reads the sheet list. */
// An import opens the same workbook several times (inspect, analyze, stage). Its shared-string
// table is often the biggest part to parse, so the last one parsed is kept, keyed by the bytes
// of that part as stored in the zip: a different or changed table never reuses it.
let lastShared: { key: string; strings: string[] } | null = null;

export function openXlsxPackage(buf: Buffer, file: string): XlsxPackage {
  const entries = readZipDirectory(buf, file);
  const budget = new InflateBudget(file);
  const base = { buf, entries, budget };

  // (the package's list of parts is not needed to read the sheet, but one declaring entities is a
  // hostile package as any of its parts would be: refused alike — round 77 found it taken)
  readXmlPart(base, file, '[Content_Types].xml');
  const rootRels = readXmlPart(base, file, '_rels/.rels');
  let workbookPart = 'xl/workbook.xml';
  if (rootRels) {
    const doc = parseRels(rootRels, '').find((r) => r.type.endsWith('/officeDocument'));
    if (doc) workbookPart = doc.target;
  }
  const workbookXml = readXmlPart(base, file, workbookPart);
  if (workbookXml === null) {
    // A zip, but not a workbook (a .docx, an .xlsb, a zipped folder).
    throw new ImportReadError(
      'NOT_A_SPREADSHEET',
      file,
      {},
      { vi: 'không có xl/workbook.xml', en: 'no xl/workbook.xml' },
    );
  }
  const wbRelsXml = readXmlPart(base, file, relsOf(workbookPart)) ?? '';
  const rels = parseRels(wbRelsXml, dirOf(workbookPart));
  // One id, one target: two relationships "rId1" leave the sheet a guess between two parts (the
  // later one silently won), as a part in the zip twice does.
  const relById = new Map<string, Relationship>();
  for (const r of rels) {
    if (relById.has(r.id))
      throw new ImportReadError(
        'CORRUPT_WORKBOOK',
        file,
        {},
        catalogueDetail('readDetail.relationshipTwice', { id: r.id.slice(0, 40) }),
      );
    relById.set(r.id, r);
  }

  const sheets: XlsxSheetRef[] = [];
  const chartSheets: string[] = [];
  let date1904 = false;
  scanXml(workbookXml, (t) => {
    if ((t.type === 'empty' || t.type === 'open') && t.name === 'workbookPr') {
      const v = getAttr(t.value, 'date1904');
      date1904 = v === '1' || v === 'true';
    }
    if ((t.type === 'empty' || t.type === 'open') && t.name === 'sheet') {
      const rel = relById.get(getRelId(t.value) ?? '');
      // Chart sheets and dialog sheets have no cells to import (named when --sheet asks for one).
      if (!rel || !rel.type.endsWith('/worksheet')) {
        chartSheets.push(getAttr(t.value, 'name') ?? '');
        return;
      }
      const state = getAttr(t.value, 'state');
      sheets.push({
        name: getAttr(t.value, 'name') ?? '',
        hidden: state === 'hidden' || state === 'veryHidden',
        part: rel.target,
      });
    }
  });

  let kinds: Map<number, NumberKind> | null = null;
  const stylesRel = rels.find((r) => r.type.endsWith('/styles'));
  let shared: string[] | null = null;
  const ssRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const ssPart = ssRel ? ssRel.target : 'xl/sharedStrings.xml';
  return {
    file,
    buf,
    entries,
    budget,
    sheets,
    chartSheets,
    date1904,
    numberKinds() {
      if (kinds === null) {
        const xml = readXmlPart(base, file, stylesRel ? stylesRel.target : 'xl/styles.xml');
        kinds = xml ? parseNumberKinds(xml) : new Map();
      }
      return kinds;
    },
    sharedStrings() {
      if (shared === null) {
        const entry = findEntry(entries, ssPart);
        if (!entry) shared = [];
        else {
          // The table is what its compressed bytes say: hash those, not the whole file.
          const key = createHash('sha1')
            .update(buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize))
            .update(`:${entry.method}:${entry.uncompressedSize}:${entry.crc32}`)
            .digest('hex');
          if (lastShared?.key === key) shared = lastShared.strings;
          else {
            const xml = readXmlPart(base, file, ssPart, 2);
            shared = xml ? parseSharedStrings(xml) : [];
            lastShared = { key, strings: shared };
          }
        }
      }
      return shared;
    },
  };
}
