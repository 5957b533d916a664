// CSV/TSV reader on papaparse (measured: 1M rows streamed in 2.5 s / 89 MB on this machine).
// We feed it decoded text from a file stream, so memory stays bounded for 1M-row KPI files, and
// we decide encoding and delimiter ourselves first (papaparse guesses neither encodings nor the
// Vietnamese ";" + decimal-comma convention reliably).
import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { RawCell, TextEncoding } from '../../../../shared/imports/types';
import { checkRowNumber } from '../../safety/cellGuard';
import { ImportReadError, isImportReadError } from '../../safety/errors';
import { SNIFF_BYTES } from '../../safety/limits';
import { sniffXmlKind, type XmlKind } from '../../safety/sniff';
import type { ReadOptions, RowCallback } from '../types';
import { createDecoder } from './decodeStream';
import { detectDelimiter } from './delimiter';
import { detectEncoding, invalidUtf8 } from './encoding';
import { looksLikeHtml } from './htmlTable';
import { textRowsToCells, textRowToCells } from './rowCells';

export const CSV_READER_ID = 'papaparse@5';

export interface TextFormat {
  encoding: TextEncoding;
  bom: boolean;
  bomLength: number;
  delimiter: string;
  /** The head reads as an HTML document (a saved web page, a portal's "Excel" export). */
  html: boolean;
  /** The head is XML: Excel's XML Spreadsheet 2003 (read), flat OpenDocument or other XML (refused). */
  xml: XmlKind | null;
}

/** Only byte-order marks and white space (blank lines): as empty as a zero-byte file. */
const BLANK = /^[\s\uFEFF]*$/;

/** Reads the head of the file to decide encoding, delimiter and whether it is a web page. */
export async function sniffTextFormat(
  path: string,
  file: string,
  size: number,
  opts: ReadOptions = {},
  hint?: 'csv' | 'tsv',
): Promise<TextFormat> {
  const fh = await fs.promises.open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    await fh.read(head, 0, head.length, 0);
    const guess = opts.encoding
      ? { encoding: opts.encoding, bom: false, bomLength: bomLengthFor(head, opts.encoding) }
      : detectEncoding(head, file, head.length === size);
    if (guess.bomLength && !guess.bom) guess.bom = true;
    let sample: string;
    try {
      const dec = createDecoder(guess.encoding);
      sample = dec.write(head.subarray(guess.bomLength));
    } catch {
      throw invalidUtf8(file, head, 0);
    }
    if (head.length === size && BLANK.test(sample)) throw new ImportReadError('FILE_EMPTY', file);
    const xml = sniffXmlKind(sample);
    return {
      ...guess,
      delimiter: opts.delimiter ?? detectDelimiter(sample, hint),
      html: xml === null && looksLikeHtml(sample, file),
      xml,
    };
  } finally {
    await fh.close();
  }
}

function bomLengthFor(head: Uint8Array, enc: TextEncoding): number {
  if (enc === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3;
  if (enc === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) return 2;
  if (enc === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff) return 2;
  return 0;
}

/**
 * Streams the records of a text table. Blank records are passed on (they keep row numbers
 * aligned with what the analyst sees) except trailing ones at the end of the file.
 */
export async function streamTextRows(
  path: string,
  file: string,
  size: number,
  fmt: TextFormat,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<number> {
  const decoder = createDecoder(fmt.encoding);
  let bytesRead = 0;
  let rowNumber = 0;
  async function* text(): AsyncGenerator<string> {
    const stream = fs.createReadStream(path, { start: fmt.bomLength, highWaterMark: 1 << 20 });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (opts.signal?.aborted) throw new ImportReadError('CANCELLED', file);
        bytesRead += chunk.length;
        let s: string;
        try {
          s = decoder.write(chunk);
        } catch {
          // Bad byte beyond the sniffed head: the row is the next one after the last complete record.
          throw new ImportReadError('INVALID_UTF8', file, { row: rowNumber + 1 });
        }
        if (s) yield s;
      }
      let rest: string;
      try {
        rest = decoder.end();
      } catch {
        throw new ImportReadError('INVALID_UTF8', file, { row: rowNumber + 1 });
      }
      if (rest) yield rest;
    } finally {
      stream.destroy();
    }
  }

  let pendingBlank = 0;
  let failure: unknown = null;
  const source = Readable.from(text(), { objectMode: false, encoding: 'utf8' });

  await new Promise<void>((resolve, reject) => {
    let parserRef: Papa.Parser | null = null;
    const onAbort = () => {
      failure ??= new ImportReadError('CANCELLED', file);
      parserRef?.abort();
      source.destroy();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (failure) reject(failure);
      else resolve();
    };
    Papa.parse<string[]>(source as unknown as File, {
      delimiter: fmt.delimiter,
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        parserRef = parser;
        if (failure) return;
        try {
          for (const fields of results.data) {
            rowNumber++;
            checkRowNumber(rowNumber, file, null);
            if (fields.length === 1 && fields[0] === '') {
              pendingBlank++;
              continue;
            }
            for (; pendingBlank > 0; pendingBlank--) onRow([], rowNumber - pendingBlank, false);
            onRow(textRowToCells(fields, file, rowNumber), rowNumber, false);
          }
          opts.onProgress?.(bytesRead, size);
        } catch (e) {
          failure = e;
          parser.abort();
          source.destroy();
        }
      },
      complete: finish,
      error(err: Error) {
        failure ??= isImportReadError(err)
          ? err
          : new ImportReadError('CORRUPT_WORKBOOK', file, {}, { vi: err.message, en: err.message });
        finish();
      },
    });
    // Stream errors (a bad byte, a cancelled read) reach papaparse's error callback, but make sure.
    source.on('error', (err) => {
      failure ??= err;
    });
  });
  return rowNumber - pendingBlank;
}

/** Parses a whole string (pasted text, small inputs). */
export function parseTextTable(text: string, file: string, delimiter: string): RawCell[][] {
  const res = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', header: false, skipEmptyLines: false });
  return textRowsToCells(res.data, file);
}
