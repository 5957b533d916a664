// The Electron shell, and only that: window, menu, security settings, wiring. Everything it wires
// (store, handlers, dispatcher) runs under plain Node and is tested there; test/shell loads the
// built bundle with a stub `electron` to check the settings below.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import type { Language } from '../shared/domain';
import { CONTENT_SECURITY_POLICY } from './csp';
import { createDispatcher, registerHandlers } from './ipc/dispatch';
import { ImportService } from './imports/service';
import { createHandlers, type Dialogs } from './ipc/handlers';
import { menuTemplate } from './menu';
import { PRODUCT_NAME, resolveDbPath } from './paths';
import { Store } from './store';
import { useNativeBinding } from './store/db';
import { HealthMonitor } from './store/health';

const rendererDir = path.join(__dirname, '../renderer');
const rendererIndex = path.join(rendererDir, 'index.html');
const devUrl = process.env.ELECTRON_RENDERER_URL;

function isTrustedUrl(url: string): boolean {
  if (devUrl && !app.isPackaged && url.startsWith(new URL(devUrl).origin + '/')) return true;
  return url.startsWith(pathToFileURL(rendererDir).href + '/');
}

function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(name + '='))?.slice(name.length + 1);
}

function hardenSessions(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'DTI Desk',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl && !app.isPackaged) void win.loadURL(devUrl);
  else void win.loadFile(rendererIndex);
  return win;
}

function electronDialogs(): Dialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    async chooseSavePath(o) {
      const r = await dialog.showSaveDialog(parent()!, {
        title: o.title,
        defaultPath: o.defaultPath,
        filters: o.filters,
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath(o) {
      const r = await dialog.showOpenDialog(parent()!, {
        title: o.title,
        defaultPath: o.defaultPath,
        filters: o.filters,
        properties: ['openFile'],
      });
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
    },
  };
}

function buildMenu(lang: Language): void {
  const template = menuTemplate(lang, {
    isMac: process.platform === 'darwin',
    devTools: !app.isPackaged,
    appName: PRODUCT_NAME,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

async function start(): Promise<void> {
  // One window on one database: a second launch focuses the running app instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  await app.whenReady();
  // Use the Electron build of better-sqlite3 when `npm run electron:prepare` made one (see README).
  const electronSqlite = path.join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  if (fs.existsSync(electronSqlite)) useNativeBinding(electronSqlite);
  let store: Store;
  const dbPath = resolveDbPath({ flag: flagValue('--db'), dataDir: app.getPath('userData') });
  try {
    store = new Store(dbPath);
  } catch (e) {
    dialog.showErrorBox('DTI Desk', (e as Error).message);
    app.exit(1);
    return;
  }
  hardenSessions();
  buildMenu(store.settings.language());
  // Imports run in a worker thread with their own connection, so the window never freezes.
  const workerPath = path.join(__dirname, 'importWorker.js');
  const imports = new ImportService({ dbPath, workerPath });
  const health = new HealthMonitor(dbPath, workerPath).start();
  const handlers = createHandlers({
    store,
    dialogs: electronDialogs(),
    shell,
    version: app.getVersion(),
    imports,
    health,
    onLanguage: buildMenu,
  });
  registerHandlers(ipcMain, createDispatcher(handlers, { isTrustedUrl, log: (m, e) => console.error(m, e) }));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void imports.closeAll();
    store.close();
  });
}

void start();
