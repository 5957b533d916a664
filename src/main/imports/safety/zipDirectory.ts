// Reads a zip's central directory and judges it BEFORE anything is inflated: a truncated file has
// no end-of-central-directory record, and a zip bomb declares (or, if it lies, reaches) sizes
// far beyond any real workbook. Checking the directory first is what lets us refuse a bomb in
// milliseconds instead of discovering it by running out of memory.
import { formatNumber } from '../../../shared/format';
import {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_RATIO,
  MAX_ZIP_TOTAL_UNCOMPRESSED,
  ZIP_RATIO_MIN_BYTES,
} from './limits';
import { catalogueDetail, ImportReadError } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  /** CRC-32 of the uncompressed data, checked after inflating (catches corrupted bytes). */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

function findEocd(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  return -1;
}

/** Parses and validates the directory; throws ImportReadError (CORRUPT_ZIP, ENCRYPTED, ZIP_BOMB). */
export function readZipDirectory(buf: Buffer, file: string): Map<string, ZipEntry> {
  const corrupt = (vi: string, en: string) => new ImportReadError('CORRUPT_ZIP', file, {}, { vi, en });
  if (buf.length < 22) throw corrupt('quá ngắn', 'too short');
  const eocd = findEocd(buf);
  if (eocd < 0)
    throw corrupt(
      'không có bản ghi kết thúc thư mục nén; tệp bị cắt cụt',
      'no end-of-central-directory record; the file is truncated',
    );
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    // ZIP64: only needed for archives far beyond our limits.
    throw new ImportReadError('ZIP_BOMB', file, {}, { vi: 'ZIP64', en: 'ZIP64 archive' });
  }
  if (count > MAX_ZIP_ENTRIES)
    throw new ImportReadError(
      'ZIP_BOMB',
      file,
      {},
      // (the directory's count has 16 bits: past 65,535 it wraps, so the limit is what is known)
      catalogueDetail('readDetail.zipEntries', { n: MAX_ZIP_ENTRIES }),
    );
  if (cdOffset + cdSize > eocd)
    throw corrupt('thư mục nén nằm ngoài tệp', 'central directory outside the file');

  const entries = new Map<string, ZipEntry>();
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG)
      throw corrupt('thư mục nén bị hỏng', 'broken central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc32 = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    if (flags & 0x1) throw new ImportReadError('ENCRYPTED', file);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw new ImportReadError('ZIP_BOMB', file, {}, { vi: `ZIP64: ${name}`, en: `ZIP64 entry ${name}` });
    }
    total += uncompressedSize;
    if (total > MAX_ZIP_TOTAL_UNCOMPRESSED) {
      throw new ImportReadError(
        'ZIP_BOMB',
        file,
        {},
        {
          vi: `tổng dung lượng giải nén vượt ${MAX_ZIP_TOTAL_UNCOMPRESSED / 1048576} MB`,
          en: `total uncompressed size exceeds ${MAX_ZIP_TOTAL_UNCOMPRESSED / 1048576} MB`,
        },
      );
    }
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > ZIP_RATIO_MIN_BYTES && ratio > MAX_ZIP_ENTRY_RATIO) {
      throw new ImportReadError(
        'ZIP_BOMB',
        file,
        {},
        {
          vi: `${name}: tỉ lệ nén ${formatNumber(ratio, 'vi', 0)}:1`,
          en: `${name}: compression ratio ${formatNumber(ratio, 'en', 0)}:1`,
        },
      );
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOC_SIG)
      throw corrupt(`phần đầu của ${name} bị hỏng`, `broken local header of ${name}`);
    const dataOffset =
      localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > buf.length)
      throw corrupt(`${name} vượt quá cuối tệp`, `${name} runs past the end of the file`);
    // Part names are compared case-insensitively by Office; the Map key keeps the real case and
    // lookups go through findEntry(). A part twice ("xl/worksheets/sheet1.xml" and
    // "/XL/Worksheets/Sheet1.xml") is a corrupt package: which copy is the sheet? Excel refuses it
    // too, and another reader could show the analyst the other copy.
    const key = partKey(name);
    if (seen.has(key))
      throw new ImportReadError(
        'CORRUPT_ZIP',
        file,
        {},
        catalogueDetail('readDetail.partTwice', { part: name }),
      );
    seen.add(key);
    entries.set(name, { name, method, flags, crc32, compressedSize, uncompressedSize, dataOffset });
  }
  return entries;
}

/** A part's name as Office compares them: one Unicode form, no leading "/", "\" as "/", any case. */
const partKey = (name: string): string =>
  name.normalize('NFC').replace(/\\/g, '/').replace(/^\//, '').toLowerCase();

/** Case-insensitive lookup of a part name ("xl/workbook.xml"), tolerating a leading "/". */
export function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  const want = partKey(name);
  const direct = entries.get(want);
  if (direct) return direct;
  for (const e of entries.values()) if (partKey(e.name) === want) return e;
  return undefined;
}
