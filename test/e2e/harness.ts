// The e2e harness of DESIGN.md §2: the BUILT renderer (out/renderer) served on 127.0.0.1, Debian's
// Chromium driven by playwright-core, the BUILT preload (out/preload/index.js) evaluated in the page
// with a fake `require('electron')`, and its ipcRenderer.invoke bridged (page.exposeBinding) to the
// same dispatcher + handlers the Electron shell registers, over a Store in a temp folder.
// Nothing here needs the Electron binary.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/main/ipc/dispatch';
import { createHandlers, type Dialogs } from '../../src/main/ipc/handlers';
import { ImportService } from '../../src/main/imports/service';
import { Store } from '../../src/main/store';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

export const ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');
export const PRELOAD_JS = path.join(ROOT, 'out', 'preload', 'index.js');
export const IMPORT_WORKER_JS = path.join(ROOT, 'out', 'main', 'importWorker.js');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The shell sets this header on every response (src/main/index.ts, checked by test/shell); the
// harness serves the same policy so the page runs under the rules it has in the app.
const CSP = CONTENT_SECURITY_POLICY;

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Requests answered, with their status (to assert nothing 404s). */
  log: { url: string; status: number; type: string }[];
  close(): Promise<void>;
}

/** A static server for one folder on 127.0.0.1 (random port): GET/HEAD only, no directory escapes. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const log: StaticServer['log'] = [];
  const server = http.createServer((req, res) => {
    const send = (status: number, type: string, body?: Buffer | string) => {
      log.push({ url: req.url ?? '', status, type });
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain; charset=utf-8', 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'text/plain; charset=utf-8', 'bad request');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep))
      return send(403, 'text/plain; charset=utf-8', 'forbidden');
    fs.readFile(file, (err, body) => {
      if (err) return send(404, 'text/plain; charset=utf-8', 'not found');
      send(200, MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Dialogs that answer with files in the harness's temp folder (or what a test queued). */
export class TempDialogs implements Dialogs {
  readonly asked: { kind: 'save' | 'open'; title: string; defaultPath?: string }[] = [];
  nextOpen: (string | null)[] = [];
  constructor(private readonly dir: string) {}
  chooseSavePath(o: { title: string; defaultPath: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title: o.title, defaultPath: o.defaultPath });
    fs.mkdirSync(this.dir, { recursive: true });
    return Promise.resolve(path.join(this.dir, path.basename(o.defaultPath)));
  }
  chooseOpenPath(o: { title: string; defaultPath?: string }): Promise<string | null> {
    this.asked.push({
      kind: 'open',
      title: o.title,
      ...(o.defaultPath !== undefined ? { defaultPath: o.defaultPath } : {}),
    });
    return Promise.resolve(this.nextOpen.shift() ?? null);
  }
}

/**
 * The init script that plays Electron's part for the preload: a `require` that knows only
 * 'electron', whose contextBridge defines a read-only window property and whose ipcRenderer.invoke
 * goes to the exposed binding. The preload's own text is evaluated unchanged.
 */
export function preloadInitScript(preloadCode: string): string {
  return `(() => {
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value, writable: false, configurable: false, enumerable: true });
      },
    },
    ipcRenderer: {
      invoke(channel, input) {
        return window.__dtiInvoke(channel, input);
      },
    },
  };
  const require = (id) => {
    if (id === 'electron') return electron;
    throw new Error('the preload may only require electron, not ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadCode}
  })(require, module, module.exports);
})();`;
}

export interface Harness {
  origin: string;
  tmp: string;
  dbPath: string;
  store: Store;
  imports: ImportService;
  dialogs: TempDialogs;
  dispatcher: Dispatcher;
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for tests to assert on. */
  pageErrors: string[];
  consoleErrors: string[];
  /** Every IPC call the page made, with the result code. */
  calls: { channel: string; ok: boolean; code?: string }[];
  close(): Promise<void>;
}

export function missingBuild(): string | null {
  for (const f of [path.join(RENDERER_DIR, 'index.html'), PRELOAD_JS]) {
    if (!fs.existsSync(f))
      return `${path.relative(ROOT, f)} is missing: build first (npm test runs "electron-vite build" before vitest)`;
  }
  if (!fs.existsSync(CHROMIUM))
    return `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`;
  return null;
}

export async function startHarness(
  opts: {
    viewport?: { width: number; height: number };
    /** The analyst's province (a unit code of the 63-unit list), set as after the first run. */
    homeUnit?: string;
  } = {},
): Promise<Harness> {
  const problem = missingBuild();
  if (problem) throw new Error(problem);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-e2e-'));
  const dbPath = path.join(tmp, 'data', 'e2e.db');
  const store = new Store(dbPath);
  if (opts.homeUnit) store.settings.update({ homeUnitId: store.units.byCode('gso2004', opts.homeUnit)!.id });
  const dialogs = new TempDialogs(path.join(tmp, 'dialog'));
  const shell = { openPath: () => Promise.resolve('') };
  const server = await serveStatic(RENDERER_DIR);
  const origin = server.origin;
  // Import sessions in the built worker thread, as in the app.
  const imports = new ImportService({ dbPath, workerPath: IMPORT_WORKER_JS });
  const dispatcher = createDispatcher(
    createHandlers({ store, dialogs, shell, version: '0.0.0-e2e', imports }),
    {
      isTrustedUrl: (url) => url.startsWith(origin + '/'),
      log: (m, e) => console.error(m, e),
    },
  );

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    // Offline, as on a laptop in the field: anything not from our server fails loudly.
    await context.route(
      (url) => !url.href.startsWith(origin + '/'),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const calls: Harness['calls'] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.exposeBinding('__dtiInvoke', async (source, channel: unknown, input: unknown) => {
      const frame = source.frame;
      const r = await dispatcher(
        String(channel),
        { senderFrame: { url: frame.url(), parent: frame.parentFrame() ? {} : null } },
        [input],
      );
      calls.push({ channel: String(channel), ok: r.ok, ...(r.ok ? {} : { code: r.error.code }) });
      return r;
    });
    await page.addInitScript({ content: preloadInitScript(fs.readFileSync(PRELOAD_JS, 'utf8')) });

    const b = browser;
    return {
      origin,
      tmp,
      dbPath,
      store,
      imports,
      dialogs,
      dispatcher,
      server,
      browser: b,
      context,
      page,
      pageErrors,
      consoleErrors,
      calls,
      async close() {
        await context.close().catch(() => {});
        await b.close().catch(() => {});
        await server.close();
        await imports.closeAll();
        store.close();
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.close();
    await imports.closeAll();
    store.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Drops a file from disk on `target`, as the analyst drags it from the file manager. */
export async function dropFile(page: Page, target: Locator, file: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      return dt;
    },
    { name: path.basename(file), bytes: [...fs.readFileSync(file)] },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
}

/** Opens the Imports page afresh and drops `file` on it; resolves at the mapping step. */
export async function dropOnImports(h: Harness, file: string): Promise<void> {
  await h.page.goto(`${h.origin}/index.html#/imports`);
  await h.page.reload();
  await h.page.getByTestId('import-step-source').waitFor();
  await dropFile(h.page, h.page.getByTestId('page-imports'), file);
  await h.page.getByTestId('import-step-mapping').waitFor();
}

/** From the mapping step: to the preview, when `commit` on to the stored import. */
export async function toPreview(page: Page, commit = false): Promise<void> {
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-preview').waitFor();
  if (commit) await commitPreview(page);
}

/** From the preview: commits and waits for the done step. */
export async function commitPreview(page: Page): Promise<void> {
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-done').waitFor();
}

/** A full-page screenshot test-output/`name`, to look at as a user would. */
export async function screenshotTo(page: Page, name: string): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT_DIR, name), fullPage: true });
}

/**
 * After a failed test, what the page looked like (screenshot and HTML under test-output/) and the
 * last page errors and IPC calls, for whoever reads the CI log. `prefix` names the suite.
 */
export async function saveFailureArtefacts(
  h: Harness | undefined,
  prefix: string,
  testName: string,
): Promise<void> {
  if (!h) return;
  const base = path.join(
    OUTPUT_DIR,
    `e2e-failure-${prefix}${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`,
  );
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  await h.page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => {});
  fs.writeFileSync(`${base}.html`, await h.page.content().catch(() => ''));
  console.error(
    `e2e failure artefacts: ${base}.png/.html; page errors: ${JSON.stringify(h.pageErrors)}; console errors: ${JSON.stringify(h.consoleErrors)}; calls: ${JSON.stringify(h.calls.slice(-8))}`,
  );
}

/**
 * The first run as an analyst of Bình Phước does it: open the app, pick the province by typing
 * its name without diacritics, and start with empty data (no published results loaded).
 */
export async function firstRunEmpty(h: Harness): Promise<void> {
  const page = h.page;
  await page.goto(`${h.origin}/index.html`);
  await page.waitForSelector('html[data-api]', { state: 'attached' });
  const picker = page.getByTestId('home-unit-select');
  await picker.click();
  await picker.fill('binh phuoc');
  await page.getByTestId('unit-option-gso2004-70').click();
  await page.getByTestId('home-unit-save').click();
  await page.getByTestId('start-empty').click();
  await page.getByTestId('nav-imports').waitFor();
}

/**
 * A suite's harness, opened before its tests with Bình Phước (code 70 of the 63) as the home unit
 * and the page's waits at `timeout`; closed after them; a failed test leaves its page under
 * test-output/`prefix`…. `take` receives the harness and its page once open.
 */
export function useSuiteHarness(
  prefix: string,
  take: (s: { h: Harness; page: Page }) => void,
  timeout = 20_000,
): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
    h.page.setDefaultTimeout(timeout);
    h.store.settings.update({ homeUnitId: h.store.units.byCode('gso2004', '70')!.id });
    take({ h, page: h.page });
  });
  afterEach(async (ctx) => {
    if (h && ctx.task.result?.state === 'fail') await saveFailureArtefacts(h, prefix, ctx.task.name);
  });
  afterAll(async () => {
    await h?.close();
  });
}
