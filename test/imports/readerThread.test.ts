// The reader thread (readers/readerThread.ts) hands an import exactly what reading on the import's
// own thread would: the same rows, hidden flags, merged ranges and hidden columns, the same
// refusals with the same messages and places; it stops when cancelled or when the importer throws.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../src/shared/imports/types';
import { isImportReadError, streamRows } from '../../src/main/imports/readers';
import {
  readerThreadScript,
  ROWS_PER_BATCH,
  streamRowsInThread,
  useReaderThread,
} from '../../src/main/imports/readers/readerThread';
import { writeKpiCsv } from '../support/kpiCsv';

const SCRIPT = path.join(__dirname, '../../out/main/readerWorker.js');
const FILES = path.join(__dirname, '../fixtures/files');
if (!fs.existsSync(SCRIPT))
  throw new Error('out/main/readerWorker.js is missing: run `npm run build` (npm test does) first');

type Seen = { rows: [number, RawCell[], boolean][]; result: unknown } | { refused: unknown };

async function read(
  how: 'here' | 'thread',
  file: string,
  opts: Parameters<typeof streamRows>[3] = {},
): Promise<Seen> {
  const rows: [number, RawCell[], boolean][] = [];
  const onRow = (cells: RawCell[], n: number, hidden: boolean) => void rows.push([n, cells, hidden]);
  try {
    const result =
      how === 'here'
        ? await streamRows(file, null, onRow, opts)
        : await streamRowsInThread(SCRIPT, file, null, onRow, opts);
    return { rows, result };
  } catch (e) {
    expect(isImportReadError(e)).toBe(true);
    const r = e as { toInfo(): unknown; message: string };
    return { refused: { ...(r.toInfo() as object), message: r.message, rowsBefore: rows.length } };
  }
}

describe('reading on a reader thread', () => {
  const all = fs.readdirSync(FILES);
  it.each(all.filter((f) => !f.startsWith('hostile_')))('reads %s exactly as on one thread', async (f) => {
    const file = path.join(FILES, f);
    const here = await read('here', file);
    expect('rows' in here && here.rows.length).toBeGreaterThan(0);
    expect(await read('thread', file)).toEqual(here);
  });

  it.each(all.filter((f) => f.startsWith('hostile_')))('refuses %s exactly as on one thread', async (f) => {
    const file = path.join(FILES, f);
    const here = await read('here', file);
    expect(here).toHaveProperty('refused');
    expect(await read('thread', file)).toEqual(here);
  });

  it('hands over many batches in order, with the encoding and delimiter the user chose', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const csv = path.join(dir, 'kpi.csv');
    writeKpiCsv(csv, 20 * ROWS_PER_BATCH + 7);
    const opts = { encoding: 'utf-8', delimiter: ',' } as const;
    const here = await read('here', csv, opts);
    const there = await read('thread', csv, opts);
    expect('rows' in there && there.rows.length).toBe(20 * ROWS_PER_BATCH + 8);
    expect(there).toEqual(here);
    // The delimiter asked for crosses too: read with '\t', the file reads as it does here so.
    const tab = await read('thread', csv, { delimiter: '\t' });
    expect(tab).toEqual(await read('here', csv, { delimiter: '\t' }));
    expect(tab).not.toEqual(there);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says how far it has read', async () => {
    const seen: number[] = [];
    await streamRowsInThread(SCRIPT, path.join(FILES, 'ranking_2022_web_copy.xlsx'), null, () => {}, {
      onProgress: (done) => seen.push(done),
    });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('stops when cancelled, before or while reading', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const csv = path.join(dir, 'kpi.csv');
    writeKpiCsv(csv, 200_000);
    const before = new AbortController();
    before.abort();
    await expect(
      streamRowsInThread(SCRIPT, csv, null, () => {}, { signal: before.signal }),
    ).rejects.toMatchObject({ code: 'CANCELLED', file: 'kpi.csv' });
    const during = new AbortController();
    let rows = 0;
    await expect(
      streamRowsInThread(
        SCRIPT,
        csv,
        null,
        () => {
          if (++rows === 3 * ROWS_PER_BATCH) setImmediate(() => during.abort());
        },
        { signal: during.signal },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(rows).toBeLessThan(200_000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops at a throw from the importer and passes it on', async () => {
    const boom = new Error('row 600 is not for this import');
    let rows = 0;
    await expect(
      streamRowsInThread(SCRIPT, path.join(FILES, 'kpi_binh_phuoc_long.csv'), null, () => {
        if (++rows === 10) throw boom;
      }),
    ).rejects.toBe(boom);
    expect(rows).toBe(10);
  });

  it('is used only where it was built', () => {
    useReaderThread('/no/such/readerWorker.js');
    expect(readerThreadScript()).toBeNull();
    useReaderThread(SCRIPT);
    expect(readerThreadScript()).toBe(SCRIPT);
    useReaderThread(null);
    expect(readerThreadScript()).toBeNull();
  });
});
