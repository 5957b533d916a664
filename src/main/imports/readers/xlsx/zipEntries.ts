// Inflates zip parts with hard caps. The directory was already judged (safety/zipDirectory), but
// a hostile file can lie about sizes, so inflation itself stops at the declared size (+ slack)
// and at the workbook-wide budget: a lie is caught after at most that many bytes.
import * as zlib from 'node:zlib';
import type { ZipEntry } from '../../safety/zipDirectory';
import { ImportReadError } from '../../safety/errors';
import { MAX_ZIP_TOTAL_UNCOMPRESSED } from '../../safety/limits';

/** Declared sizes are exact for honest writers; a little slack forgives nothing important. */
const SLACK = 1024;

/** Tracks bytes inflated across all parts of one workbook. */
export class InflateBudget {
  private used = 0;
  constructor(
    private readonly file: string,
    private readonly limit = MAX_ZIP_TOTAL_UNCOMPRESSED,
  ) {}
  capFor(entry: ZipEntry): number {
    return Math.min(entry.uncompressedSize + SLACK, this.limit - this.used);
  }
  spend(bytes: number, entry: ZipEntry): void {
    this.used += bytes;
    if (this.used > this.limit || bytes > entry.uncompressedSize + SLACK) throw bomb(this.file, entry);
  }
}

const bomb = (file: string, entry: ZipEntry) =>
  new ImportReadError(
    'ZIP_BOMB',
    file,
    {},
    {
      vi: `${entry.name} giải nén vượt kích thước khai báo`,
      en: `${entry.name} inflates beyond its declared size`,
    },
  );

const corrupt = (file: string, entry: ZipEntry, why: { vi: string; en: string }) =>
  new ImportReadError(
    'CORRUPT_ZIP',
    file,
    {},
    { vi: `${entry.name}: ${why.vi}`, en: `${entry.name}: ${why.en}` },
  );
/** zlib's own error: its message exists in English only. */
const zlibError = (err: unknown) => {
  const msg = String((err as Error)?.message ?? err);
  return { vi: msg, en: msg };
};
const CRC_MISMATCH = { vi: 'sai mã kiểm tra CRC', en: 'CRC mismatch' };
const methodUnknown = (m: number) => ({
  vi: `phương thức nén ${m} không được hỗ trợ`,
  en: `compression method ${m} is not supported`,
});

function compressed(buf: Buffer, entry: ZipEntry): Buffer {
  return buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** Whole part in memory: for workbook.xml, rels, sharedStrings, styles (small parts). */
export function inflateEntry(buf: Buffer, entry: ZipEntry, file: string, budget: InflateBudget): Buffer {
  const src = compressed(buf, entry);
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(src);
  else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(src, { maxOutputLength: Math.max(1, budget.capFor(entry)) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        throw bomb(file, entry);
      throw corrupt(file, entry, zlibError(err));
    }
  } else {
    throw corrupt(file, entry, methodUnknown(entry.method));
  }
  budget.spend(out.length, entry);
  if (out.length !== entry.uncompressedSize || zlib.crc32(out) >>> 0 !== entry.crc32)
    throw corrupt(file, entry, CRC_MISMATCH);
  return out;
}

/**
 * Streams a part in chunks (sheet XML of 100k rows is tens of MB; we never hold it whole).
 * `onChunk` runs synchronously per chunk; throwing from it (a refusal) stops inflation.
 */
export async function inflateEntryStream(
  buf: Buffer,
  entry: ZipEntry,
  file: string,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => void,
  signal?: AbortSignal,
): Promise<void> {
  const src = compressed(buf, entry);
  if (entry.method === 0) {
    budget.spend(src.length, entry);
    if (zlib.crc32(src) >>> 0 !== entry.crc32) throw corrupt(file, entry, CRC_MISMATCH);
    onChunk(src);
    return;
  }
  if (entry.method !== 8) throw corrupt(file, entry, methodUnknown(entry.method));
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    let total = 0;
    let crc = 0;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      signal?.removeEventListener('abort', onAbort);
      inflater.destroy();
      reject(e);
    };
    const onAbort = () => fail(new ImportReadError('CANCELLED', file));
    signal?.addEventListener('abort', onAbort, { once: true });
    inflater.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        total += chunk.length;
        budget.spend(chunk.length, entry);
        if (total > entry.uncompressedSize + SLACK) throw bomb(file, entry);
        crc = zlib.crc32(chunk, crc);
        onChunk(chunk);
      } catch (e) {
        fail(e);
      }
    });
    inflater.on('error', (err) => fail(corrupt(file, entry, zlibError(err))));
    inflater.on('end', () => {
      signal?.removeEventListener('abort', onAbort);
      if (failed) return;
      // Rows were already handed on; a bad checksum still refuses the whole file, so a caller
      // that stages rows discards them (nothing is committed from a corrupt part).
      if (total !== entry.uncompressedSize || crc >>> 0 !== entry.crc32)
        fail(corrupt(file, entry, CRC_MISMATCH));
      else resolve();
    });
    if (signal?.aborted) return onAbort();
    // Feed in slices so 'data' events (and the caps) interleave with input.
    const SLICE = 64 * 1024;
    let off = 0;
    const pump = () => {
      while (!failed && off < src.length) {
        const next = src.subarray(off, Math.min(src.length, off + SLICE));
        off += next.length;
        if (!inflater.write(next)) {
          inflater.once('drain', pump);
          return;
        }
      }
      if (!failed) inflater.end();
    };
    pump();
  });
}
