// The IPC gate, exercised the way the renderer reaches it: createHandlers over a real Store in a
// temp folder, behind createDispatcher. Every channel must turn malformed input into an error value
// (never a throw, never a handler call, never prototype pollution); untrusted senders and unknown
// channels are refused; and the happy paths return what the contract's output schemas promise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher, type IpcEventLike } from '../../src/main/ipc/dispatch';
import { createHandlers, type Dialogs, type ShellLike } from '../../src/main/ipc/handlers';
import { Store } from '../../src/main/store';
import { ImportService } from '../../src/main/imports/service';
import { CHANNELS, type Channel } from '../../src/shared/channels';
import { contract, type OutputOf } from '../../src/shared/contract';
import { ERROR_CODES, type Result } from '../../src/shared/result';

const ORIGIN = 'http://127.0.0.1';
const TRUSTED: IpcEventLike = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };
const HUGE = 'x'.repeat(1024 * 1024);

/** Dialog and shell stand-ins that record every call and answer what the test queued. */
class Stubs implements Dialogs, ShellLike {
  calls: string[] = [];
  nextSave: (string | null)[] = [];
  nextOpen: (string | null)[] = [];
  nextOpenPathError = '';
  chooseSavePath(opts: { title: string; defaultPath: string }): Promise<string | null> {
    this.calls.push(`save:${opts.defaultPath}`);
    return Promise.resolve(this.nextSave.shift() ?? null);
  }
  chooseOpenPath(opts: { title: string; defaultPath?: string }): Promise<string | null> {
    this.calls.push(`open:${opts.defaultPath ?? ''}`);
    return Promise.resolve(this.nextOpen.shift() ?? null);
  }
  openPath(p: string): Promise<string> {
    this.calls.push(`openPath:${p}`);
    return Promise.resolve(this.nextOpenPathError);
  }
}

interface World {
  tmp: string;
  store: Store;
  stubs: Stubs;
  dispatch: Dispatcher;
  imports: ImportService;
}
function makeWorld(): World {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-ipc-'));
  const store = new Store(path.join(tmp, 'ipc.db'));
  const stubs = new Stubs();
  // Import sessions run inline here (no workerPath): same operations as the app's worker.
  const imports = new ImportService({ dbPath: store.file });
  const handlers = createHandlers({
    store,
    dialogs: stubs,
    shell: stubs,
    version: '0.0.0-ipc-test',
    imports,
    onLanguage: (lang) => stubs.calls.push(`language:${lang}`),
  });
  const dispatch = createDispatcher(handlers, { isTrustedUrl: (url) => url.startsWith(`${ORIGIN}/`) });
  return { tmp, store, stubs, dispatch, imports };
}
async function closeWorld(w: World | undefined): Promise<void> {
  if (!w) return;
  await w.imports.closeAll();
  w.store.close();
  fs.rmSync(w.tmp, { recursive: true, force: true });
}

// Each describe block below gets its own database, so a failure in the malformed-input matrix
// (a handler that ran when it should not have) cannot cascade into the happy paths.
let tmp: string;
let store: Store;
let stubs: Stubs;
let dispatch: Dispatcher;
function useFreshWorld(): void {
  let w: World | undefined;
  beforeAll(() => {
    w = makeWorld();
    ({ tmp, store, stubs, dispatch } = w);
  });
  afterAll(() => closeWorld(w));
}

/** Calls a channel the way ipcMain would, checks the result is a well-formed Result. */
async function call(
  channel: string,
  input?: unknown,
  event: IpcEventLike = TRUSTED,
  args?: unknown[],
): Promise<Result<unknown>> {
  const r = await dispatch(channel, event, args ?? (input === undefined ? [] : [input]));
  expect(typeof r).toBe('object');
  if (r.ok) expect(r).toHaveProperty('value');
  else {
    expect(ERROR_CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
  }
  return r;
}

/** A happy-path call: ok, and the value is exactly what the contract's output schema accepts. */
async function callOk<C extends Channel>(channel: C, input: unknown = {}): Promise<OutputOf<C>> {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  const parsed = contract[channel].output.safeParse(r.value);
  expect(
    parsed.success,
    `${channel} output breaks its schema: ${parsed.success ? '' : parsed.error.message}`,
  ).toBe(true);
  return r.value as OutputOf<C>;
}

async function expectError(
  channel: string,
  input: unknown,
  codes: string[],
  event?: IpcEventLike,
): Promise<string> {
  const r = await call(channel, input, event);
  expect(r.ok, `${channel} accepted ${describeInput(input)}`).toBe(false);
  if (r.ok) return '';
  expect(codes, `${channel} with ${describeInput(input)}: ${r.error.code} ${r.error.message}`).toContain(
    r.error.code,
  );
  return r.error.code;
}

function describeInput(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 120 ? `${s.slice(0, 120)}…(${s.length} chars)` : s;
  } catch {
    return String(v);
  }
}

// ── Malformed input ──────────────────────────────────────────────────────────────────────────

/** A valid input for each channel; the malformed ones are derived from it. */
const VALID: Record<Channel, Record<string, unknown>> = {
  'app.info': {},
  'settings.get': {},
  'settings.update': {
    language: 'vi',
    homeUnitId: 1,
    peerGroups: [{ name: 'Đông Nam Bộ', unitIds: [1, 2] }],
  },
  'units.list': { codeList: 'gso2004' },
  'units.rememberedNames': {},
  'units.forgetName': { id: 1 },
  'reference.load': {},
  'rankings.years': {},
  'rankings.get': { year: 2022, group: 63 },
  'rankings.mainIndices': { year: 2022, group: 63 },
  'rankings.edit': {
    year: 2022,
    group: 63,
    unitId: 1,
    indicator: 'dti',
    field: 'score',
    value: 0.5,
    reason: 'sửa',
  },
  'rankings.export': { year: 2022, group: 63, format: 'csv', language: 'vi' },
  'changes.list': { year: 2022, group: 63, unitId: 1, indicator: 'dti', field: 'score', limit: 10 },
  'changes.undo': { changeId: 1 },
  'changes.redo': { changeId: 1 },
  'data.openFolder': {},
  'backup.create': {},
  'backup.restore': {},
  'imports.chooseFile': {},
  'imports.open': { source: { kind: 'paste', text: 'Tỉnh\tĐiểm DTI\nBình Phước\t0,5' } },
  'imports.analyze': { sessionId: 's1', sheet: 'Sheet1' },
  'imports.stage': {
    sessionId: 's1',
    mapping: { headerRow: 0, dataStartRow: 1, dataEndRow: null, columns: [] },
    target: { kind: 'ranking', year: 2022, group: 63 },
  },
  'imports.progress': { sessionId: 's1' },
  'imports.answer': { sessionId: 's1', answers: [{ label: 'Bình Phước', unitId: 1 }] },
  'imports.commit': { sessionId: 's1' },
  'imports.cancel': { sessionId: 's1' },
  'imports.close': { sessionId: 's1' },
  'imports.history': {},
  'imports.undo': { batchId: 1 },
  'imports.undoCheck': { batchId: 1 },
};

const nested = { a: { b: [{ c: { d: [null, { e: HUGE.slice(0, 1000) }] } }] } };

/** Values of a type the field cannot have, whatever the field is. */
function wrongTypesFor(valid: unknown): unknown[] {
  const common = [{}, [], nested, HUGE, [valid], { value: valid }];
  if (typeof valid === 'number') return [...common, String(valid), true, NaN, Infinity, -Infinity, BigInt(1)];
  if (typeof valid === 'string') return [...common, 7, false, valid.toUpperCase() + '\u0000x'.repeat(1001)];
  // Arrays: wrong element types, and more elements than any list in the contract allows.
  if (Array.isArray(valid))
    return [...common.filter((v) => !Array.isArray(v)), 'x', 7, [nested], Array(20_001).fill(valid[0])];
  return [...common.filter((v) => v !== valid), 'x', 7, true];
}

function withProto(valid: Record<string, unknown>): unknown {
  // An own "__proto__" key, as JSON.parse makes it (a literal would set the prototype instead).
  const body = JSON.stringify(valid).slice(1);
  return JSON.parse(`{"__proto__":{"polluted":1}${body === '}' ? '}' : ',' + body}`);
}

function malformedInputs(channel: Channel): { label: string; input: unknown }[] {
  const valid = VALID[channel];
  const out: { label: string; input: unknown }[] = [
    // null is a value, not "no input": it must not be read as {} (only a missing argument is).
    { label: 'null', input: null },
    { label: 'an array', input: [] },
    { label: 'an array of the valid input', input: [valid] },
    { label: 'a number', input: 42 },
    { label: 'a string', input: 'app.info' },
    { label: 'a huge string', input: HUGE },
    { label: 'true', input: true },
    { label: 'an extra key', input: { ...valid, extra: 1 } },
    { label: 'an extra huge key', input: { ...valid, [HUGE.slice(0, 4096)]: HUGE } },
    { label: 'nested garbage', input: { ...valid, nested } },
    { label: '__proto__ (JSON.parse)', input: JSON.parse('{"__proto__":{"polluted":1}}') },
    { label: '__proto__ beside valid keys', input: withProto(valid) },
    { label: 'constructor.prototype', input: { ...valid, constructor: { prototype: { polluted: 1 } } } },
  ];
  for (const [key, v] of Object.entries(valid)) {
    for (const bad of wrongTypesFor(v))
      out.push({ label: `${key} = ${describeInput(bad).slice(0, 40)}`, input: { ...valid, [key]: bad } });
  }
  return out;
}

describe('every channel rejects malformed input as a value', () => {
  useFreshWorld();
  it.each([...CHANNELS])('%s', async (channel) => {
    const before = stubs.calls.length;
    const changesBefore = (store.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const settingsBefore = JSON.stringify(store.settings.get());
    // Every offending input is collected, so one report shows all of them.
    const problems: string[] = [];
    for (const { label, input } of malformedInputs(channel)) {
      let r: Result<unknown>;
      try {
        r = await dispatch(channel, TRUSTED, [input]);
      } catch (e) {
        problems.push(`${label}: threw ${(e as Error).message}`);
        continue;
      }
      if (r.ok) problems.push(`${label}: accepted`);
      else if (r.error.code !== 'INVALID_INPUT')
        problems.push(`${label}: ${r.error.code} ${r.error.message.slice(0, 200)}`);
      // The message is bounded: a megabyte of input does not come back as a megabyte of error.
      else if (JSON.stringify(r.error).length > 20_000)
        problems.push(`${label}: error of ${JSON.stringify(r.error).length} chars`);
    }
    expect(problems).toEqual([]);
    // Two arguments where one is expected.
    const two = await call(channel, undefined, TRUSTED, [VALID[channel], VALID[channel]]);
    expect(two).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // Nothing reached a handler: no dialog, no shell, no write.
    expect(stubs.calls.slice(before)).toEqual([]);
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n).toBe(
      changesBefore,
    );
    expect(JSON.stringify(store.settings.get())).toBe(settingsBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('no input at all means {} for channels whose fields are all optional', async () => {
    for (const channel of [
      'app.info',
      'settings.get',
      'units.list',
      'rankings.years',
      'changes.list',
      'imports.history',
    ] as const) {
      const r = await call(channel, undefined, TRUSTED, []);
      expect(r.ok, `${channel}()`).toBe(true);
    }
    await expectError('rankings.get', undefined, ['INVALID_INPUT']);
  });
});

describe('the gate', () => {
  useFreshWorld();
  it('refuses unknown channels', async () => {
    for (const channel of [
      'nope',
      '',
      'app.info ',
      'APP.INFO',
      'app',
      'rankings',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      HUGE,
    ]) {
      const r = await call(channel, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      if (!r.ok) expect(r.error.message.length).toBeLessThan(500);
    }
    expect(await call(42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  const untrusted: [string, IpcEventLike][] = [
    ['a sub-frame of the app', { senderFrame: { url: `${ORIGIN}/index.html`, parent: {} } }],
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/index.html', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'http://127.0.0.1.evil.example/', parent: null } }],
    ['a file: URL', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['no senderFrame', {}],
    ['a null senderFrame', { senderFrame: null }],
  ];
  it.each(untrusted)(
    'refuses %s on every channel, before parsing or running anything',
    async (_label, event) => {
      const before = stubs.calls.length;
      const settingsBefore = JSON.stringify(store.settings.get());
      for (const channel of CHANNELS) {
        await expectError(channel, VALID[channel], ['FORBIDDEN'], event);
        await expectError(channel, 'garbage', ['FORBIDDEN'], event);
      }
      expect(stubs.calls.slice(before)).toEqual([]);
      expect(JSON.stringify(store.settings.get())).toBe(settingsBefore);
    },
  );
});

describe('well-formed input naming something that does not exist', () => {
  useFreshWorld();
  it('gets a stable error code (or a harmless no-op), never INTERNAL, on every channel that takes an id', async () => {
    const cases: [Channel, unknown][] = [
      ['changes.undo', { changeId: 999_999 }],
      ['changes.redo', { changeId: 999_999 }],
      [
        'rankings.edit',
        { year: 2022, group: 63, unitId: 999_999, indicator: 'dti', field: 'score', value: 0.5 },
      ],
      ['settings.update', { homeUnitId: 999_999 }],
      ['settings.update', { peerGroups: [{ name: 'x', unitIds: [999_999] }] }],
      ['imports.analyze', { sessionId: 'no-such-session', sheet: 'Sheet1' }],
      ['imports.stage', { ...VALID['imports.stage'], sessionId: 'no-such-session' }],
      ['imports.progress', { sessionId: 'no-such-session' }],
      ['imports.answer', { sessionId: 'no-such-session', answers: [] }],
      ['imports.commit', { sessionId: 'no-such-session' }],
      ['imports.cancel', { sessionId: 'no-such-session' }],
      ['imports.close', { sessionId: 'no-such-session' }],
      ['imports.undo', { batchId: 999_999 }],
      ['imports.undoCheck', { batchId: 999_999 }],
      ['imports.open', { source: { kind: 'file', path: path.join(tmp, 'no-such-file.xlsx') } }],
    ];
    const problems: string[] = [];
    for (const [channel, input] of cases) {
      const r = await call(channel, input);
      if (!r.ok && (r.error.code === 'INTERNAL' || r.error.code === 'INVALID_INPUT')) {
        problems.push(`${channel} ${describeInput(input)}: ${r.error.code} ${r.error.message.slice(0, 200)}`);
      }
      if (r.ok && !['imports.cancel', 'imports.close'].includes(channel))
        problems.push(`${channel} ${describeInput(input)}: accepted`);
    }
    expect(problems).toEqual([]);
    expect(await callOk('changes.list', {})).toEqual([]);
    expect(store.settings.get().homeUnitId).toBeNull();
  });
});

// ── Happy paths (in order: they share one database) ─────────────────────────────────────────

describe('happy paths over a real store', () => {
  useFreshWorld();
  type Row = OutputOf<'rankings.get'>[number];
  const byCode = (rows: Row[], code: string) => {
    const r = rows.find((x) => x.unitCode === code);
    if (!r) throw new Error(`no unit ${code} in the ranking`);
    return r;
  };
  let bpId = 0;

  it('app.info describes a fresh database', async () => {
    const info = await callOk('app.info');
    expect(info.version).toBe('0.0.0-ipc-test');
    expect(info.dbPath).toBe(path.join(tmp, 'ipc.db'));
    expect(info.dataDir).toBe(tmp);
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect((await callOk('settings.get')).homeUnitId).toBeNull(); // the first-run screen shows
    expect(info.referenceLoaded).toBe(false);
  });

  it('units.list gives the 63 units and the 34 units, with Bình Phước → Đồng Nai', async () => {
    const all = await callOk('units.list', {});
    expect(all).toHaveLength(97);
    const gso = await callOk('units.list', { codeList: 'gso2004' });
    const u2025 = await callOk('units.list', { codeList: '2025' });
    expect(gso).toHaveLength(63);
    expect(u2025).toHaveLength(34);
    expect(gso.every((u) => u.codeList === 'gso2004')).toBe(true);
    expect(new Set(gso.map((u) => u.code)).size).toBe(63);
    const bp = gso.find((u) => u.code === '70')!;
    expect(bp).toMatchObject({ name: 'Bình Phước', successorCode: '75' });
    expect(bp.validTo).not.toBeNull();
    const dn = u2025.find((u) => u.id === bp.successorId)!;
    expect(dn).toMatchObject({ code: '75', name: 'Đồng Nai', codeList: '2025' });
    expect(dn.predecessorCodes).toContain('70');
    bpId = bp.id;
  });

  it('settings.update sets the home unit (and refuses an unknown unit)', async () => {
    await expectError('settings.update', { homeUnitId: 999_999 }, ['VALIDATION', 'NOT_FOUND']);
    const s = await callOk('settings.update', { homeUnitId: bpId, language: 'vi' });
    expect(s).toMatchObject({ homeUnitId: bpId, language: 'vi' });
    expect(await callOk('settings.get')).toEqual(s);
  });

  it('reference.load loads once', async () => {
    expect(await callOk('rankings.get', { year: 2022, group: 63 })).toSatisfy((rows: Row[]) =>
      rows.every((r) => r.score === null && r.rank === null),
    );
    const first = await callOk('reference.load');
    expect(first.alreadyLoaded).toBe(false);
    expect(first.observations).toBeGreaterThan(0);
    expect(await callOk('reference.load')).toMatchObject({ alreadyLoaded: true, observations: 0 });
    expect((await callOk('app.info')).referenceLoaded).toBe(true);
    expect(await callOk('rankings.years')).toContainEqual(
      expect.objectContaining({ year: 2022, group: 63, units: 63 }),
    );
  });

  it('rankings.get 2022/63: Bình Phước 12/63 (pillars 12, 22, 14), a tie at 15 then 17', async () => {
    const rows = await callOk('rankings.get', { year: 2022, group: 63 });
    expect(rows).toHaveLength(63);
    const bp = byCode(rows, '70');
    expect(bp).toMatchObject({
      unitName: 'Bình Phước',
      rank: 12,
      rankOf: 63,
      isHome: true,
      year: 2022,
      group: 63,
    });
    expect([bp.pillars.cqs.rank, bp.pillars.kts.rank, bp.pillars.xhs.rank]).toEqual([12, 22, 14]);
    expect(rows.filter((r) => r.isHome)).toHaveLength(1);
    expect(
      rows
        .filter((r) => r.rank === 15)
        .map((r) => r.unitName)
        .sort(),
    ).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(rows.some((r) => r.rank === 16)).toBe(false);
    expect(rows.some((r) => r.rank === 17)).toBe(true);
  });

  it('rankings.edit refuses invalid values and writes nothing', async () => {
    const edit = (over: Record<string, unknown>) => ({
      year: 2022,
      group: 63,
      unitId: bpId,
      indicator: 'dti',
      field: 'score',
      value: 0.5,
      ...over,
    });
    await expectError('rankings.edit', edit({ value: 1.5 }), ['VALIDATION']);
    await expectError('rankings.edit', edit({ value: -0.01 }), ['VALIDATION']);
    await expectError('rankings.edit', edit({ field: 'rank', value: 64 }), ['VALIDATION']);
    await expectError('rankings.edit', edit({ field: 'rank', value: 0 }), ['VALIDATION']);
    await expectError('rankings.edit', edit({ field: 'rank', value: 2.5 }), ['INVALID_INPUT', 'VALIDATION']);
    await expectError('rankings.edit', edit({ group: 34, field: 'rank', value: 35 }), ['VALIDATION']);
    await expectError('rankings.edit', edit({ unitId: 999_999 }), ['VALIDATION', 'NOT_FOUND']);
    // A unit of the 2025 list is not in the 63-unit ranking.
    const dongNai2025 = (await callOk('units.list', { codeList: '2025' })).find((u) => u.code === '75')!;
    await expectError('rankings.edit', edit({ unitId: dongNai2025.id }), ['VALIDATION', 'NOT_FOUND']);
    expect(await callOk('changes.list', {})).toEqual([]);
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').rank).toBe(12);
  });

  it('an edit shows in changes.list; undo restores it; redo re-applies it', async () => {
    const before = byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70');
    const oldScore = before.score;
    const edited = await callOk('rankings.edit', {
      year: 2022,
      group: 63,
      unitId: bpId,
      indicator: 'dti',
      field: 'score',
      value: 0.6543,
      reason: 'theo báo cáo',
    });
    expect(edited.row.score).toBe(0.6543);
    expect(edited.row.editedCells.length).toBeGreaterThan(0);
    expect(edited.change).toMatchObject({
      unitId: bpId,
      year: 2022,
      group: 63,
      field: 'score',
      oldValue: oldScore,
      newValue: 0.6543,
      kind: 'edit',
      undone: false,
    });
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(0.6543);

    const listed = await callOk('changes.list', { year: 2022, group: 63, unitId: bpId });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: edited.change!.id,
      oldValue: oldScore,
      newValue: 0.6543,
      reason: 'theo báo cáo',
      undone: false,
    });
    expect(await callOk('changes.list', { year: 2021 })).toEqual([]);

    // The same value again changes nothing and logs nothing.
    const same = await callOk('rankings.edit', {
      year: 2022,
      group: 63,
      unitId: bpId,
      indicator: 'dti',
      field: 'score',
      value: 0.6543,
    });
    expect(same.change).toBeNull();
    expect(await callOk('changes.list', { year: 2022, group: 63, unitId: bpId })).toHaveLength(1);

    const undone = await callOk('changes.undo', { changeId: edited.change!.id });
    expect(undone.row.score).toBe(oldScore);
    expect(undone.change?.kind).toBe('undo');
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(oldScore);
    const afterUndo = await callOk('changes.list', { unitId: bpId });
    expect(afterUndo.find((c) => c.id === edited.change!.id)!.undone).toBe(true);
    await expectError('changes.undo', { changeId: edited.change!.id }, ['VALIDATION']);
    await expectError('changes.undo', { changeId: undone.change!.id }, ['VALIDATION']);

    const redone = await callOk('changes.redo', { changeId: edited.change!.id });
    expect(redone.row.score).toBe(0.6543);
    expect(redone.change?.kind).toBe('redo');
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(0.6543);
    await expectError('changes.redo', { changeId: edited.change!.id }, ['VALIDATION']);
    await expectError('changes.undo', { changeId: 999_999 }, ['NOT_FOUND']);
  });

  it('rankings.export writes the file the dialog chose, or nothing when cancelled', async () => {
    const target = path.join(tmp, 'exports', 'xep-hang.csv');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    stubs.nextSave.push(target);
    const r = await callOk('rankings.export', { year: 2022, group: 63, format: 'csv', language: 'vi' });
    expect(r).toEqual({ path: target, rows: 63 });
    const text = fs.readFileSync(target, 'utf8');
    expect(text).toContain('Bình Phước');
    stubs.nextSave.push(null);
    expect(
      await callOk('rankings.export', { year: 2022, group: 63, format: 'xlsx', language: 'en' }),
    ).toEqual({ path: null, rows: 0 });
  });

  it('data.openFolder opens the data folder and reports a shell failure as IO', async () => {
    expect(await callOk('data.openFolder')).toEqual({ path: tmp });
    expect(stubs.calls.at(-1)).toBe(`openPath:${tmp}`);
    stubs.nextOpenPathError = 'no file manager';
    await expectError('data.openFolder', {}, ['IO']);
    stubs.nextOpenPathError = '';
  });

  it('backup.create then backup.restore brings the backed-up value back', async () => {
    const backup = path.join(tmp, 'backups', 'manual.db');
    stubs.nextSave.push(backup);
    expect(await callOk('backup.create')).toEqual({ path: backup });
    expect(fs.existsSync(backup)).toBe(true);
    stubs.nextSave.push(null);
    expect(await callOk('backup.create')).toEqual({ path: null });

    await callOk('rankings.edit', {
      year: 2022,
      group: 63,
      unitId: bpId,
      indicator: 'dti',
      field: 'score',
      value: 0.1111,
    });
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(0.1111);

    stubs.nextOpen.push(backup);
    const restored = await callOk('backup.restore');
    expect(restored.restoredFrom).toBe(backup);
    expect(restored.safetyBackup && fs.existsSync(restored.safetyBackup)).toBe(true);
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(0.6543);

    stubs.nextOpen.push(null);
    expect(await callOk('backup.restore')).toEqual({ restoredFrom: null, safetyBackup: null });
    const junk = path.join(tmp, 'junk.db');
    fs.writeFileSync(junk, 'not a database');
    stubs.nextOpen.push(junk);
    await expectError('backup.restore', {}, ['DB_CHECK_FAILED', 'DB_OPEN_FAILED', 'VALIDATION']);
    expect(byCode(await callOk('rankings.get', { year: 2022, group: 63 }), '70').score).toBe(0.6543);
  });
});

describe('a language change reaches the shell (its menu)', () => {
  useFreshWorld();
  it('settings.update tells the shell once when the language changes, not otherwise', async () => {
    stubs.calls = [];
    for (const language of ['en', 'en', 'vi'])
      expect((await call('settings.update', { language })).ok).toBe(true);
    expect(stubs.calls.filter((c) => c.startsWith('language:'))).toEqual(['language:en', 'language:vi']);
  });
});
