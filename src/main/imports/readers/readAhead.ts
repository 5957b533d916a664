// The reader threads of imports and the reads started ahead on them (readAhead): which file and
// sheet each reads, and what it has said until the import takes it. Reading on a thread itself:
// readerThread.ts. Kept apart from the readers and their messages so that an import worker can
// start reading its file before it has loaded anything else (worker.ts).
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import { readerHeapMb } from '../safety/limits';
import { textRowsChecked } from './rowsChecked';
import type { ReaderThreadInit, ReaderThreadMessage } from './readAsideProtocol';
import type { ReadOptions } from './types';

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
export interface ReadKey {
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
export class ThreadRead {
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

export function startRead(worker: Worker, key: ReadKey): ThreadRead {
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

export const sizeOf = (filePath: string): number => {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return 0; // the reader says what is wrong with the file
  }
};

export function startThread(scriptFile: string, filePath: string, bytes: number): Worker {
  return new Worker(scriptFile, {
    // (a young generation of 16 MB keeps a 1M-row CSV import's peak RSS near 236 MB instead of
    // 258 MB, measured, at no cost in speed; 8 MB saved more but slowed the reading)
    resourceLimits: { maxOldGenerationSizeMb: readerHeapMb(filePath, bytes), maxYoungGenerationSizeMb: 16 },
  });
}

/** A read started ahead (readAhead), until an import of the same takes it. */
let ahead: ThreadRead | null = null;

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
  const worker = startThread(script!, filePath, bytes);
  worker.unref();
  ahead = startRead(worker, key);
}

function endAhead(): void {
  if (ahead) void ahead.worker.terminate();
  ahead = null;
}

export function takeAhead(key: ReadKey): ThreadRead | null {
  const a = ahead;
  ahead = null;
  if (a && sameRead(a.key, key)) return a;
  if (a) void a.worker.terminate();
  return null;
}

/** Ends the read readAhead() started, if no import has taken it. */
export function releaseReadAhead(): void {
  endAhead();
}
/** The file and sheet a read started ahead is reading, if any (for tests and diagnostics). */
export const readAheadOf = (): { file: string; sheet: string | null } | null =>
  ahead ? { file: ahead.key.file, sheet: ahead.key.sheet } : null;

/** The built reader thread (useReaderThread), if any. */
export const readerThreadScript = (): string | null => script;

/** Whether streamRowsAside reads `filePath` on the reader thread (one is set, the file is large enough). */
export function readsAside(filePath: string): boolean {
  if (!script) return false;
  try {
    return fs.statSync(filePath).size >= READ_ASIDE_MIN_BYTES;
  } catch {
    return false; // streamRows says what is wrong with the path
  }
}
