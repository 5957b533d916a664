// Turns a byte stream into text in the detected encoding, chunk by chunk. UTF-8 is decoded with
// a fatal TextDecoder, so a bad byte anywhere in a large file (beyond the sniffed head) still
// stops the import with INVALID_UTF8 instead of silently turning into U+FFFD.
import iconv from 'iconv-lite';
import type { TextEncoding } from '../../../../shared/imports/types';
import { ImportReadError } from '../../safety/errors';
import { detectEncoding } from './encoding';

export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

export function createDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const td = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    return {
      write: (chunk) => td.decode(chunk, { stream: true }),
      end: () => td.decode(),
    };
  }
  const dec = iconv.getDecoder('windows1258');
  return {
    write: (chunk) => dec.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => dec.end() ?? '',
  };
}

/**
 * Decodes a whole file read into memory (a web page, an XML spreadsheet), without its BOM. A bad
 * byte is refused with INVALID_UTF8, naming its line when the whole-file scan can find it.
 */
export function decodeWhole(buf: Buffer, file: string, encoding: TextEncoding, bomLength: number): string {
  const body = buf.subarray(bomLength);
  try {
    const dec = createDecoder(encoding);
    return dec.write(body) + dec.end();
  } catch {
    detectEncoding(body, file, true);
    throw new ImportReadError('INVALID_UTF8', file);
  }
}
