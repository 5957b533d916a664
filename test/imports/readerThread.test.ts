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
  readsAside,
  READ_ASIDE_MIN_BYTES,
  streamRowsInThread,
  readAhead,
  readAheadOf,
  releaseReadAhead,
  setReadAheadBytes,
  useReaderThread,
} from '../../src/main/imports/readers/readerThread';
import { CELL_SHARED, ROWS_PER_BATCH } from '../../src/main/imports/readers/readAsideProtocol';
import { RowBatcher, unpackRows, type RowsMessage } from '../../src/main/imports/readers/rowBatcher';
import { buildXlsx } from '../fixtures/generate';
import { writeKpiCsv } from '../support/kpiCsv';
import { writeThreeSheetKpiWorkbook } from '../support/kpiWorkbook';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';

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

  it('is used only where it was built, and for files large enough to gain by it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const small = path.join(FILES, 'ranking_2022_web_copy.xlsx');
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(READ_ASIDE_MIN_BYTES, 'a'));
    useReaderThread('/no/such/readerWorker.js');
    expect([readsAside(small), readsAside(big)]).toEqual([false, false]);
    useReaderThread(SCRIPT);
    expect([readsAside(small), readsAside(big), readsAside('/no/such/file.csv')]).toEqual([
      false,
      true,
      false,
    ]);
    useReaderThread(null);
    expect(readsAside(big)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads ahead of the import: the import takes the read as it stands, whatever it holds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const a = path.join(dir, 'a.csv');
    writeKpiCsv(a, 40_000);
    useReaderThread(SCRIPT);
    try {
      const here = await read('here', a);
      // held within the limit, then past it (the reader waits until the import takes the rows)
      for (const limit of [null, 64 * 1024]) {
        setReadAheadBytes(limit);
        readAhead(a, null);
        expect(readAheadOf()).toEqual({ file: a, sheet: null });
        await new Promise((r) => setTimeout(r, 400));
        expect(await read('thread', a)).toEqual(here);
        expect(readAheadOf()).toBe(null);
      }
      // read ahead for another sheet, or another delimiter: not taken, ended, read again
      readAhead(a, 'Sheet2');
      expect(await read('thread', a)).toEqual(here);
      expect(readAheadOf()).toBe(null);
      readAhead(a, null);
      const semicolon = await read('thread', a, { delimiter: ';' });
      expect(readAheadOf()).toBe(null);
      expect(semicolon).toEqual(await read('here', a, { delimiter: ';' }));
      // one never taken is ended with the session
      readAhead(a, null);
      releaseReadAhead();
      expect(readAheadOf()).toBe(null);
    } finally {
      setReadAheadBytes(null);
      releaseReadAhead();
      useReaderThread(null);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an import starts reading the first visible sheet at open; choosing another sheet moves the read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const file = path.join(dir, 'three-sheets.xlsx');
    writeThreeSheetKpiWorkbook(file);
    const store = new Store(path.join(dir, 's.db'));
    useReaderThread(SCRIPT);
    try {
      const session = new ImportSession(store.db, { kind: 'file', path: file });
      await session.open();
      // The hidden draft comes first in the workbook: what is read from the start is the sheet
      // Excel opens on, which the wizard proposes too.
      expect(readAheadOf()).toEqual({ file, sheet: null });
      expect(session.defaultSheet()).toBe('KPI mới');
      await session.analyze('KPI mới');
      expect(readAheadOf()).toEqual({ file, sheet: null }); // the same read goes on
      await session.analyze('KPI cũ');
      expect(readAheadOf()).toEqual({ file, sheet: 'KPI cũ' });
      await session.analyze('Nháp');
      expect(readAheadOf()).toEqual({ file, sheet: 'Nháp' });
      session.dispose();
      expect(readAheadOf()).toBe(null);
    } finally {
      releaseReadAhead();
      useReaderThread(null);
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a refusal met while reading ahead is the import's, as on one thread", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const f = path.join(dir, 'long-cell.csv');
    writeKpiCsv(f, 30_000);
    fs.appendFileSync(f, `Bình Phước,${'x'.repeat(40_000)},2024,1\n`);
    useReaderThread(SCRIPT);
    try {
      const here = await read('here', f);
      expect('refused' in here).toBe(true);
      readAhead(f, null);
      await new Promise((r) => setTimeout(r, 400));
      expect(await read('thread', f)).toEqual(here);
    } finally {
      releaseReadAhead();
      useReaderThread(null);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('packs and unpacks every kind of cell exactly, across batch boundaries', () => {
    const long = 'Tỷ lệ hồ sơ trực tuyến toàn trình (%) — '.repeat(3);
    const kinds: RawCell[] = [
      '',
      'Bình Phước',
      'x',
      long,
      0,
      -0,
      0.8002,
      -1.5e300,
      NaN,
      Infinity,
      null,
      true,
      false,
    ];
    const rows: [number, RawCell[], boolean][] = [];
    for (let r = 1; r <= 2 * ROWS_PER_BATCH + 7; r++) {
      const cells = kinds.slice(r % kinds.length).concat(kinds.slice(0, r % 5));
      if (r % 97 === 0) cells.push(undefined as unknown as RawCell); // a reader's gap, kept
      rows.push([r * 2, r % 3 === 0 ? [] : cells, r % 11 === 0]);
    }
    const got: [number, RawCell[], boolean][] = [];
    const batches: RowsMessage[] = [];
    const batcher = new RowBatcher((m) => {
      batches.push(m);
      unpackRows(structuredClone(m), (c, n, h) => got.push([n, c, h]));
    });
    for (const [n, c, h] of rows) batcher.add(c, n, h);
    batcher.flush();
    expect(batches.length).toBe(3);
    expect(got.length).toBe(rows.length);
    for (let i = 0; i < rows.length; i++) {
      expect(got[i]![0]).toBe(rows[i]![0]);
      expect(got[i]![2]).toBe(rows[i]![2]);
      expect(got[i]![1].length).toBe(rows[i]![1].length);
      // Object.is: -0 stays -0, NaN stays NaN, undefined stays undefined (not null)
      got[i]![1].forEach((v, j) => expect(Object.is(v, rows[i]![1][j])).toBe(true));
    }
  });

  it('sends a long text once per batch however many cells hold it (a 115 KB workbook stays small)', async () => {
    // Cell by cell, one shared string of 30,000 characters in 60,000 cells is 1.8 billion
    // characters between the threads (measured: 4 GB, a minute). Batched, it is one per batch.
    const long = 'x'.repeat(30_000);
    const posted: RowsMessage[] = [];
    const batcher = new RowBatcher((m) => posted.push(m));
    for (let r = 1; r <= 3000; r++) batcher.add(Array<string>(20).fill(long), r, false);
    batcher.flush();
    expect(posted.reduce((n, b) => n + b.rows.length, 0)).toBe(3000);
    for (const b of posted) {
      expect(b.texts).toEqual([long]);
      expect(b.text).toBe('');
      expect([...b.kinds].every((k) => k === CELL_SHARED)).toBe(true);
      expect([...b.lens].every((k) => k === 0)).toBe(true);
    }
    // …and the thread puts every cell back.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const f = path.join(dir, 'shared.xlsx');
    const rows: string[][] = [['Đơn vị', 'Chỉ tiêu'], ...Array.from({ length: 600 }, () => [long, long])];
    fs.writeFileSync(f, buildXlsx([{ name: 'S', rows }]));
    expect(await read('thread', f)).toEqual(await read('here', f));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps each hidden flag on its row; a sheet that repeats a row number is refused alike on one thread or two', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-reader-thread-'));
    const book = (rawCellXml: string) => {
      const f = path.join(dir, `rows-${rawCellXml.length}.xlsx`);
      fs.writeFileSync(f, buildXlsx([{ name: 'S', rows: [['a'], ['b']], rawCellXml }]));
      return f;
    };
    const hidden = book('<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>c, hidden</t></is></c></row>');
    const here = await read('here', hidden);
    expect('rows' in here && here.rows.map(([n, c, h]) => [n, c[0], h])).toEqual([
      [1, 'a', false],
      [2, 'b', false],
      [3, 'c, hidden', true],
    ]);
    expect(await read('thread', hidden)).toEqual(here);
    // (which of two rows 2 is the table's? Excel writes each row once, in order)
    const twice = book(
      '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>b again, hidden</t></is></c></row>',
    );
    const refused = await read('here', twice);
    expect(refused).toMatchObject({
      refused: { code: 'CORRUPT_WORKBOOK', sheet: 'S', row: 2, rowsBefore: 2 },
    });
    expect(JSON.stringify(refused)).toContain('row 2 is there twice');
    expect(await read('thread', twice)).toEqual(refused);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tells merged ranges in order with the rows, as on one thread', async () => {
    for (const f of ['ranking_2020_two_row_header.xlsx', 'pasted_from_web.html.txt']) {
      const seen = async (how: 'here' | 'thread') => {
        const events: string[] = [];
        const opts = {
          onMerge: (m: { fromRow: number; fromCol: number }) => events.push(`m${m.fromRow}:${m.fromCol}`),
        };
        const onRow = (_c: RawCell[], n: number) => void events.push(`r${n}`);
        const file = path.join(FILES, f);
        await (how === 'here'
          ? streamRows(file, null, onRow, opts)
          : streamRowsInThread(SCRIPT, file, null, onRow, opts));
        return events;
      };
      const here = await seen('here');
      expect(here.some((e) => e.startsWith('m'))).toBe(true);
      expect(await seen('thread')).toEqual(here);
    }
  });

  it("passes an importer's own error on as it was, on one thread or two", async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    for (const f of ['kpi_binh_phuoc_long.csv', 'ranking_2022_web_copy.xlsx', 'ranking_2022_legacy.xls']) {
      const file = path.join(FILES, f);
      const onRow = (_c: RawCell[], n: number) => {
        if (n === 5) throw busy;
      };
      await expect(streamRows(file, null, onRow)).rejects.toBe(busy);
      await expect(streamRowsInThread(SCRIPT, file, null, onRow)).rejects.toBe(busy);
    }
  });
});
