// Reading a file in a thread of its own while the import stages what it has read.
//
// Why: on the machines measured (2 cores) reading a 100k-row xlsx is ~2.4 s of XML scanning and
// mapping + staging its rows into SQLite another ~1 s. On one thread they add up; with the reader
// on a second thread they overlap (measured: read + stage 3.7 s → 2.7 s). Rows cross
// in packed batches (rowBatcher.ts: a cell array cloned value by value cost ~0.5 s per 100k rows
// of 10 cells on the reader's side, measured); the
// reader waits when the importer is BATCHES_AHEAD batches behind, so memory stays bounded however
// slow the staging is.
//
// The reader thread runs the same streamRows() as an in-thread read, so rows, refusals and their
// messages are the same; a refusal crosses as plain data and is rebuilt as the ImportReadError it
// was. Cancelling (or a throw from onRow) terminates the thread at once. Small files are read on
// the importer's thread (READ_ASIDE_MIN_BYTES). The messages: readAsideProtocol.ts.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import { catalogueDetail, ImportReadError } from '../safety/errors';
import { readerHeapMb } from '../safety/limits';
import { streamRows, textRowsChecked, type StreamResult } from './index';
import type { ReaderThreadInit, ReaderThreadMessage } from './readAsideProtocol';
import type { ReadOptions, RowCallback } from './types';
import { unpackRows } from './rowBatcher';

/**
 * Files smaller than this are read on the importer's thread: starting a thread (100–200 ms) costs
 * more than a small table takes to read.
 */
export const READ_ASIDE_MIN_BYTES = 1024 * 1024;

let script: string | null = null;

/**
 * Where the built reader thread is (out/main/readerWorker.js). The import worker and the command
 * line set it; without it (unit tests running the sources) files are read on the calling thread.
 */
export function useReaderThread(file: string | null): void {
  script = file !== null && fs.existsSync(file) ? file : null;
}

/** What a read on a reader thread reads: a read started ahead is used only for the same. */
interface ReadKey {
  script: string;
  file: string;
  bytes: number;
  sheet: string | null;
  encoding: ReadOptions['encoding'] | null;
  delimiter: string | null;
}
const sameRead = (a: ReadKey, b: ReadKey) =>
  a.script === b.script &&
  a.file === b.file &&
  a.bytes === b.bytes &&
  a.sheet === b.sheet &&
  a.encoding === b.encoding &&
  a.delimiter === b.delimiter;

/**
 * Rows a read started ahead (readAhead) holds before the import takes them, at most (the packed
 * size): past it the reader waits, as it does BATCHES_AHEAD batches ahead of a running import.
 */
export const READ_AHEAD_BYTES = 32 * 1024 * 1024;
let readAheadBytes = READ_AHEAD_BYTES;
/** Sets the rows a read started ahead may hold (tests make it small; null: READ_AHEAD_BYTES). */
export function setReadAheadBytes(n: number | null): void {
  readAheadBytes = n ?? READ_AHEAD_BYTES;
}

/** What happens on a reader thread, in order. */
type ThreadEvent =
  | { kind: 'message'; m: ReaderThreadMessage; acked: boolean }
  | { kind: 'error'; e: Error & { code?: string } }
  | { kind: 'exit'; code: number };

const packedBytes = (m: Extract<ReaderThreadMessage, { t: 'rows' }>) =>
  m.kinds.byteLength +
  m.nums.byteLength +
  m.lens.byteLength +
  m.ends.byteLength +
  m.rows.byteLength +
  2 * m.text.length +
  m.texts.reduce((n, t) => n + 2 * t.length, 0);

/**
 * One read on a reader thread. What the thread says is kept, in order, until the import takes
 * the read (take()); a read started ahead so runs while the import is still being set up, up to
 * READ_AHEAD_BYTES of rows.
 */
class ThreadRead {
  private held: ThreadEvent[] = [];
  private heldBytes = 0;
  private consumer: ((ev: ThreadEvent) => void) | null = null;
  private readonly flow: Int32Array;

  constructor(
    readonly worker: Worker,
    readonly key: ReadKey,
    init: ReaderThreadInit,
  ) {
    this.flow = new Int32Array(init.flow);
    worker.on('message', (m: ReaderThreadMessage) => this.push({ kind: 'message', m, acked: false }));
    worker.on('error', (e: Error & { code?: string }) => this.push({ kind: 'error', e }));
    worker.on('exit', (code: number) => this.push({ kind: 'exit', code }));
    // (the thread starts reading when it is told what: a warm one has been waiting for this)
    worker.postMessage(init);
  }

  /** A batch of rows is taken: the reader may run one further ahead. */
  ack(): void {
    Atomics.add(this.flow, 1, 1);
    Atomics.notify(this.flow, 1);
  }

  private push(ev: ThreadEvent): void {
    if (this.consumer) return this.consumer(ev);
    if (ev.kind === 'message' && ev.m.t === 'rows') {
      this.heldBytes += packedBytes(ev.m);
      if (this.heldBytes <= readAheadBytes) {
        this.ack();
        ev.acked = true;
      }
    }
    this.held.push(ev);
  }

  /** Hands what the thread said so far, then all it says next, to `consumer`. */
  take(consumer: (ev: ThreadEvent) => void): void {
    const held = this.held;
    this.held = [];
    this.consumer = consumer;
    for (const ev of held) consumer(ev);
  }
}

function startRead(worker: Worker, key: ReadKey): ThreadRead {
  const init: ReaderThreadInit = {
    file: key.file,
    sheet: key.sheet,
    flow: new SharedArrayBuffer(8),
    rowsChecked: textRowsChecked.get(),
  };
  if (key.encoding) init.encoding = key.encoding;
  if (key.delimiter) init.delimiter = key.delimiter;
  return new ThreadRead(worker, key, init);
}

const sizeOf = (filePath: string): number => {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return 0; // the reader says what is wrong with the file
  }
};

/**
 * streamRows() on the reader thread `scriptFile`: the same rows, merged ranges and progress in the
 * same order, the same result or refusal; a throw from `onRow` stops the thread and is passed on.
 */
export function streamRowsInThread(
  scriptFile: string,
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  const file = path.basename(filePath);
  if (opts.signal?.aborted) return Promise.reject(new ImportReadError('CANCELLED', file));
  const bytes = sizeOf(filePath);
  const key: ReadKey = {
    script: scriptFile,
    file: filePath,
    bytes,
    sheet,
    encoding: opts.encoding ?? null,
    delimiter: opts.delimiter ?? null,
  };
  const read =
    takeAhead(key) ??
    startRead(takeWarm(scriptFile, filePath, bytes) ?? startThread(scriptFile, filePath, bytes), key);
  const worker = read.worker;
  worker.ref();
  return new Promise<StreamResult>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      f();
    };
    const onAbort = () => settle(() => reject(new ImportReadError('CANCELLED', file)));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const take = (m: ReaderThreadMessage, acked: boolean) => {
      switch (m.t) {
        case 'rows': {
          unpackRows(m, onRow);
          if (!acked) read.ack();
          // While the reader keeps this port busy, no other message (a Cancel) reaches this thread:
          // the caller's flag is asked instead (acking later to let them through would make the
          // two threads take turns: measured, a 1M-row CSV took 14 s to read and stage, not 8).
          if (opts.cancelled?.()) settle(() => reject(new ImportReadError('CANCELLED', file)));
          return;
        }
        case 'merge':
          opts.onMerge?.(m.range);
          return;
        case 'progress':
          opts.onProgress?.(m.done, m.total);
          return;
        case 'end':
          settle(() => resolve(m.result));
          return;
        case 'refused':
          settle(() => reject(ImportReadError.fromInfo(m.error, m.stack)));
          return;
        case 'failed':
          settle(() =>
            reject(
              Object.assign(new Error(m.message), {
                stack: m.stack,
                ...(m.code ? { code: m.code } : {}),
              }),
            ),
          );
      }
    };
    read.take((ev) => {
      if (settled) return;
      switch (ev.kind) {
        case 'message':
          try {
            take(ev.m, ev.acked);
          } catch (e) {
            // a throw from onRow or a callback stops the reading and is the caller's
            settle(() => reject(e));
          }
          return;
        case 'error':
          settle(() =>
            reject(
              ev.e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ImportReadError('FILE_TOO_LARGE', file, {}, catalogueDetail('readDetail.outOfMemory'))
                : ev.e,
            ),
          );
          return;
        case 'exit':
          settle(() =>
            reject(new Error(`the reader thread stopped (exit ${ev.code}) before the end of ${file}`)),
          );
      }
    });
  });
}

function startThread(scriptFile: string, filePath: string, bytes: number): Worker {
  return new Worker(scriptFile, {
    // (a young generation of 16 MB keeps a 1M-row CSV import's peak RSS near 236 MB instead of
    // 258 MB, measured, at no cost in speed; 8 MB saved more but slowed the reading)
    resourceLimits: { maxOldGenerationSizeMb: readerHeapMb(filePath, bytes), maxYoungGenerationSizeMb: 16 },
  });
}

/**
 * A reader thread started ahead for one file (warmReaderThread): starting one and loading the
 * readers into it takes 0.1–0.2 s (measured), which an import otherwise waits for when it starts
 * to read. One at a time; it waits, not holding the process open, until a read of that file
 * takes it or releaseWarmReaderThread() ends it. Told what to read ahead (readAhead), it reads.
 */
let warm: { worker: Worker; script: string; file: string; bytes: number } | null = null;
/** A read started ahead (readAhead), until an import of the same takes it. */
let ahead: ThreadRead | null = null;

/** Starts a reader thread for `filePath` now, if a read of it would use one (readsAside). */
export function warmReaderThread(filePath: string): void {
  if (!readsAside(filePath)) return;
  releaseWarmReaderThread();
  const bytes = fs.statSync(filePath).size;
  const worker = startThread(script!, filePath, bytes);
  worker.unref();
  // a thread that fails to start is simply not used
  const drop = () => warm?.worker === worker && (warm = null);
  worker.on('error', drop).on('exit', drop);
  warm = { worker, script: script!, file: filePath, bytes };
}

/**
 * Starts reading `sheet` of `filePath` ahead of the import (as analysed, before the mapping is
 * confirmed: the rows wait, packed, up to READ_AHEAD_BYTES). An import of the same sheet with the
 * same encoding and delimiter takes the read as it stands; any other read ends it.
 */
export function readAhead(filePath: string, sheet: string | null): void {
  if (!readsAside(filePath)) return;
  const bytes = sizeOf(filePath);
  const key: ReadKey = { script: script!, file: filePath, bytes, sheet, encoding: null, delimiter: null };
  if (ahead && sameRead(ahead.key, key)) return;
  endAhead();
  const worker = takeWarm(script!, filePath, bytes) ?? startThread(script!, filePath, bytes);
  worker.unref();
  ahead = startRead(worker, key);
}

function endAhead(): void {
  if (ahead) void ahead.worker.terminate();
  ahead = null;
}

function takeAhead(key: ReadKey): ThreadRead | null {
  const a = ahead;
  ahead = null;
  if (a && sameRead(a.key, key)) return a;
  if (a) void a.worker.terminate();
  return null;
}

/** Ends the threads warmReaderThread() and readAhead() started, if no read has taken them. */
export function releaseWarmReaderThread(): void {
  if (warm) void warm.worker.terminate();
  warm = null;
  endAhead();
}

/** The file a warm reader thread waits for, if any (for tests and diagnostics). */
export const warmReaderThreadFile = (): string | null => warm?.file ?? null;
/** The file and sheet a read started ahead is reading, if any (for tests and diagnostics). */
export const readAheadOf = (): { file: string; sheet: string | null } | null =>
  ahead ? { file: ahead.key.file, sheet: ahead.key.sheet } : null;

function takeWarm(scriptFile: string, filePath: string, bytes: number): Worker | null {
  const w = warm;
  if (!w || w.script !== scriptFile || w.file !== filePath || w.bytes !== bytes) return null;
  warm = null;
  return w.worker;
}

/** Whether streamRowsAside reads `filePath` on the reader thread (one is set, the file is large enough). */
export function readsAside(filePath: string): boolean {
  if (!script) return false;
  try {
    return fs.statSync(filePath).size >= READ_ASIDE_MIN_BYTES;
  } catch {
    return false; // streamRows says what is wrong with the path
  }
}

/**
 * streamRows() on the reader thread when one is set (useReaderThread) and the file is large enough
 * to gain by it (READ_ASIDE_MIN_BYTES), else on this thread.
 */
export function streamRowsAside(
  filePath: string,
  sheet: string | null,
  onRow: RowCallback,
  opts: ReadOptions = {},
): Promise<StreamResult> {
  return readsAside(filePath)
    ? streamRowsInThread(script!, filePath, sheet, onRow, opts)
    : streamRows(filePath, sheet, onRow, opts);
}
