// The Electron shell, proved without the Electron binary: the BUILT out/main/index.js is loaded under
// plain Node with a stub `electron` module that records what the shell asks of it. We then check the
// window's security settings, the CSP, the permission/navigation/window.open policies and that every
// contract channel is registered once — and that nothing but the shell and the preload needs Electron.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiName, CHANNELS } from '../../src/shared/channels';
import { contract } from '../../src/shared/contract';
import { builtFile, localClosure, OUT, ROOT, specifiersIn } from './builtBundles';

type Fn = (...args: unknown[]) => unknown;
interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  webviewTag?: boolean;
}
interface WindowOptions {
  webPreferences?: WebPreferences;
}
interface HeadersCallbackArg {
  responseHeaders?: Record<string, string[] | string>;
  cancel?: boolean;
}

/** What the shell did with the stub electron. */
class Recorder {
  /** Top-level labels of each application menu the shell set. */
  menus: string[][] = [];
  windows: { options: WindowOptions; loadedFile?: string; loadedUrl?: string }[] = [];
  handles: { channel: string; listener: Fn }[] = [];
  appListeners = new Map<string, Fn[]>();
  headersListener?: (
    details: { responseHeaders?: Record<string, string[]> },
    cb: (r: HeadersCallbackArg) => void,
  ) => void;
  permissionRequest?: (
    wc: unknown,
    permission: string,
    cb: (granted: boolean) => void,
    details?: unknown,
  ) => void;
  permissionCheck?: (...args: unknown[]) => boolean;
  errorBoxes: string[] = [];
  exits: number[] = [];
  windowCreated!: Promise<void>;
  private resolveWindow!: () => void;
  constructor() {
    this.windowCreated = new Promise((r) => (this.resolveWindow = r));
  }
  windowDone(): void {
    this.resolveWindow();
  }
}

function makeElectronStub(rec: Recorder, userData: string) {
  class BrowserWindow {
    private readonly entry: Recorder['windows'][number];
    constructor(options: WindowOptions) {
      this.entry = { options };
      rec.windows.push(this.entry);
      // The shell loads the page right after construction; resolve once that happened.
      queueMicrotask(() => rec.windowDone());
    }
    once(): this {
      return this;
    }
    on(): this {
      return this;
    }
    show(): void {}
    loadFile(file: string): Promise<void> {
      this.entry.loadedFile = file;
      return Promise.resolve();
    }
    loadURL(url: string): Promise<void> {
      this.entry.loadedUrl = url;
      return Promise.resolve();
    }
    static getAllWindows(): unknown[] {
      return rec.windows;
    }
    static getFocusedWindow(): null {
      return null;
    }
  }
  return {
    app: {
      isPackaged: true,
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`stub app.getPath(${name}) not expected`);
        return userData;
      },
      getVersion: () => '0.0.0-shell-test',
      requestSingleInstanceLock: () => true,
      // Where the shell looks for the Electron build of better-sqlite3 (absent here: the Node build is used).
      getAppPath: () => userData,
      on: (event: string, fn: Fn) => {
        rec.appListeners.set(event, [...(rec.appListeners.get(event) ?? []), fn]);
      },
      quit: () => {},
      exit: (code: number) => rec.exits.push(code),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: Fn) => rec.handles.push({ channel, listener }),
      on: () => {},
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (fn: Recorder['headersListener']) => {
            rec.headersListener = fn;
          },
        },
        setPermissionRequestHandler: (fn: Recorder['permissionRequest']) => {
          rec.permissionRequest = fn;
        },
        setPermissionCheckHandler: (fn: Recorder['permissionCheck']) => {
          rec.permissionCheck = fn;
        },
      },
    },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: { label?: string }[]) => rec.menus.push(m.map((i) => i.label ?? '')),
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => rec.errorBoxes.push(message),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    },
    shell: { openPath: () => Promise.resolve('') },
  };
}

const rec = new Recorder();
let tmp: string;
let dbPath: string;
const rendererUrl = pathToFileURL(path.join(OUT, 'renderer', 'index.html')).href;
const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
let originalLoad: typeof moduleInternals._load | undefined;
let originalArgv: string[] | undefined;
const originalRendererUrl = process.env.ELECTRON_RENDERER_URL;

beforeAll(async () => {
  const indexJs = builtFile('main/index.js');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-shell-'));
  dbPath = path.join(tmp, 'via-flag', 'shell.db');
  const stub = makeElectronStub(rec, path.join(tmp, 'userData'));
  originalLoad = moduleInternals._load;
  const load = originalLoad;
  moduleInternals._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return stub;
    return load.call(this, request, ...rest);
  };
  originalArgv = process.argv;
  process.argv = [process.execPath, indexJs, '--db', dbPath];
  delete process.env.ELECTRON_RENDERER_URL;
  createRequire(indexJs)(indexJs);
  // The shell starts asynchronously after app.whenReady(); it is done once the window exists.
  await Promise.race([
    rec.windowCreated,
    new Promise((_r, reject) =>
      setTimeout(
        () =>
          reject(new Error(`the shell never created its window; error boxes: ${rec.errorBoxes.join(' | ')}`)),
        20_000,
      ),
    ),
  ]);
});

afterAll(() => {
  if (originalLoad) moduleInternals._load = originalLoad;
  if (originalArgv) process.argv = originalArgv;
  if (originalRendererUrl !== undefined) process.env.ELECTRON_RENDERER_URL = originalRendererUrl;
  for (const fn of rec.appListeners.get('will-quit') ?? []) fn({});
  // (the shell's start-up check still runs on its worker and may be writing the database's
  // journal beside it: retried, as Node retries ENOTEMPTY/EBUSY)
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

const trustedEvent = { senderFrame: { url: rendererUrl, parent: null } };

describe('the Electron shell (built out/main/index.js with a stub electron)', () => {
  it('starts without an error box and opens the database given by --db', () => {
    expect(rec.errorBoxes).toEqual([]);
    expect(rec.exits).toEqual([]);
    expect(fs.existsSync(dbPath)).toBe(true);
    expect(fs.existsSync(path.join(tmp, 'userData', 'dti-desk.db'))).toBe(false);
  });

  it('creates one window with the hardened webPreferences and the built preload', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0]!.options.webPreferences;
    expect(prefs).toBeDefined();
    expect(prefs!.contextIsolation).toBe(true);
    expect(prefs!.sandbox).toBe(true);
    expect(prefs!.nodeIntegration).toBe(false);
    expect(prefs!.webSecurity).toBe(true);
    expect(prefs!.nodeIntegrationInWorker).not.toBe(true);
    expect(prefs!.allowRunningInsecureContent).not.toBe(true);
    expect(prefs!.webviewTag).not.toBe(true);
    expect(prefs!.preload).toBeTypeOf('string');
    expect(prefs!.preload!.split(path.sep).join('/')).toMatch(/(^|\/)preload\/index\.js$/);
    expect(path.resolve(prefs!.preload!)).toBe(path.join(OUT, 'preload', 'index.js'));
  });

  it('loads the local renderer file, never a remote URL', () => {
    const w = rec.windows[0]!;
    expect(w.loadedUrl).toBeUndefined();
    expect(w.loadedFile && path.resolve(w.loadedFile)).toBe(path.join(OUT, 'renderer', 'index.html'));
  });

  it('registers every contract channel on ipcMain.handle exactly once, and nothing else', () => {
    const registered = rec.handles.map((h) => h.channel);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...CHANNELS].sort());
  });

  it('wires the registered handlers through the dispatcher: trusted top frame served, others refused', async () => {
    const handler = (ch: string) => rec.handles.find((h) => h.channel === ch)!.listener;
    const info = (await handler('app.info')(trustedEvent, {})) as { ok: boolean; value?: unknown };
    expect(info.ok).toBe(true);
    const value = contract['app.info'].output.parse(info.value);
    expect(value.dbPath).toBe(dbPath);
    expect(value.version).toBe('0.0.0-shell-test');

    const refusals: unknown[] = [
      { senderFrame: { url: 'https://evil.example/index.html', parent: null } },
      { senderFrame: { url: rendererUrl, parent: {} } },
      { senderFrame: null },
      {},
    ];
    for (const event of refusals) {
      const r = (await handler('units.list')(event, {})) as { ok: boolean; error?: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const bad = (await handler('rankings.get')(trustedEvent, { year: 'x' })) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('builds its menu in the app language and rebuilds it when Settings change the language', async () => {
    expect(rec.menus.at(-1)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']);
    const update = rec.handles.find((h) => h.channel === 'settings.update')!.listener;
    expect(await update(trustedEvent, { language: 'en' })).toMatchObject({ ok: true });
    expect(rec.menus.at(-1)).toEqual(['File', 'Edit', 'View', 'Window']);
    expect(await update(trustedEvent, { language: 'vi' })).toMatchObject({ ok: true });
    expect(rec.menus.at(-1)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']);
  });

  it('sets a strict Content-Security-Policy on every response and keeps the other headers', () => {
    expect(rec.headersListener).toBeTypeOf('function');
    let result: HeadersCallbackArg | undefined;
    rec.headersListener!({ responseHeaders: { 'X-Kept': ['yes'] } }, (r) => (result = r));
    expect(result).toBeDefined();
    expect(result!.cancel).not.toBe(true);
    const headers = result!.responseHeaders!;
    expect(headers['X-Kept']).toEqual(['yes']);
    const key = Object.keys(headers).find((k) => k.toLowerCase() === 'content-security-policy');
    expect(key, 'no Content-Security-Policy header').toBeDefined();
    const raw = headers[key!]!;
    const csp = (Array.isArray(raw) ? raw : [raw]).join('; ');
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain("'unsafe-eval'");
    // No remote origins anywhere: the app is offline and loads only its own files.
    for (const [name, sources] of directives) {
      for (const s of sources)
        expect(s, `${name} allows ${s}`).not.toMatch(/^(\*|https?:|wss?:|ftp:|blob:https?)/i);
    }

    // A response that arrives without headers still gets the policy.
    let bare: HeadersCallbackArg | undefined;
    rec.headersListener!({}, (r) => (bare = r));
    expect(Object.keys(bare!.responseHeaders ?? {}).map((k) => k.toLowerCase())).toContain(
      'content-security-policy',
    );
  });

  it('denies every permission request and check', () => {
    expect(rec.permissionRequest).toBeTypeOf('function');
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const cb = vi.fn();
      rec.permissionRequest!({}, permission, cb, {});
      expect(cb).toHaveBeenCalledTimes(1);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(rec.permissionCheck).toBeTypeOf('function');
    expect(rec.permissionCheck!({}, 'media', 'file://', {})).toBe(false);
  });

  it('blocks navigation away from the app, window.open and webviews in every web contents', () => {
    const listeners = rec.appListeners.get('web-contents-created') ?? [];
    expect(listeners.length).toBeGreaterThan(0);
    const on = new Map<string, Fn[]>();
    let openHandler: Fn | undefined;
    const contents = {
      on: (event: string, fn: Fn) => {
        on.set(event, [...(on.get(event) ?? []), fn]);
        return contents;
      },
      once: (event: string, fn: Fn) => contents.on(event, fn),
      setWindowOpenHandler: (fn: Fn) => {
        openHandler = fn;
      },
    };
    for (const l of listeners) l({}, contents);

    const fire = (event: string, url?: string): boolean => {
      const fns = on.get(event) ?? [];
      expect(fns.length, `no ${event} listener`).toBeGreaterThan(0);
      const e = { preventDefault: vi.fn(), url };
      for (const fn of fns) fn(e, url, {});
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(fire('will-navigate', 'https://example.com')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', rendererUrl + '#/rankings')).toBe(false);
    expect(fire('will-redirect', 'https://example.com')).toBe(true);
    expect(fire('will-redirect', rendererUrl)).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);

    expect(openHandler).toBeTypeOf('function');
    expect(openHandler!({ url: 'https://example.com', frameName: '', features: '' })).toEqual({
      action: 'deny',
    });
    expect(openHandler!({ url: rendererUrl, frameName: '', features: '' })).toEqual({ action: 'deny' });
  });

  it('closes the database when the app quits', () => {
    const quit = rec.appListeners.get('will-quit') ?? [];
    expect(quit.length).toBeGreaterThan(0);
    for (const fn of quit) fn({});
    rec.appListeners.delete('will-quit');
    // The last connection to a WAL database checkpoints and removes the -wal file on close.
    expect(fs.existsSync(dbPath + '-wal')).toBe(false);
  });
});

describe('only the shell and the preload need Electron', () => {
  const electronRe =
    /\brequire\(\s*["'`]electron(\/[^"'`]*)?["'`]\s*\)|\bfrom\s*["']electron["']|\bimport\(\s*["'`]electron["'`]\s*\)/;

  it.each(['main/cli.js', 'main/importWorker.js', 'main/readerWorker.js'])(
    '%s and every chunk it loads never require electron',
    (entry) => {
      const files = localClosure(builtFile(entry));
      for (const f of files) {
        expect(fs.readFileSync(f, 'utf8'), `${path.relative(ROOT, f)} requires electron`).not.toMatch(
          electronRe,
        );
      }
    },
  );

  it('cli.js really pulls in the store (so the check above looked at the code that runs)', () => {
    const files = localClosure(builtFile('main/cli.js'));
    const specs = files.flatMap(specifiersIn);
    expect(specs).toContain('better-sqlite3');
  });

  it('the reader thread loads no database (an Electron build of better-sqlite3 cannot load in it)', () => {
    const specs = localClosure(builtFile('main/readerWorker.js')).flatMap(specifiersIn);
    expect(specs.length).toBeGreaterThan(0);
    expect(specs).not.toContain('better-sqlite3');
  });

  it('the shell bundle is the one that requires electron', () => {
    expect(fs.readFileSync(builtFile('main/index.js'), 'utf8')).toMatch(electronRe);
  });

  it('out/preload/index.js requires "electron" and nothing else (a sandboxed preload can load no files)', () => {
    const specs = specifiersIn(builtFile('preload/index.js'));
    expect(new Set(specs)).toEqual(new Set(['electron']));
  });

  it('the preload exposes window.api and only that: one function per channel over ipcRenderer.invoke', async () => {
    const code = fs.readFileSync(builtFile('preload/index.js'), 'utf8');
    const exposed: [string, unknown][] = [];
    const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input }));
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
      ipcRenderer: { invoke },
    };
    const requests: string[] = [];
    const fakeRequire = (id: string) => {
      requests.push(id);
      if (id === 'electron') return fakeElectron;
      throw new Error(`the preload asked for ${id}`);
    };
    const mod = { exports: {} };
    new Function('require', 'module', 'exports', code)(fakeRequire, mod, mod.exports);
    expect(requests).toEqual(['electron']);
    expect(exposed.map(([k]) => k)).toEqual(['api']);
    const api = exposed[0]![1] as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(apiName).sort());
    for (const channel of CHANNELS) {
      await expect(api[apiName(channel)]!({ probe: channel })).resolves.toEqual({
        channel,
        input: { probe: channel },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });
});
