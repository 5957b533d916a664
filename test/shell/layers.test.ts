// The layer rules of DESIGN.md §2, enforced by eslint.config.mjs: each one fires on a small file
// placed (virtually) in the layer it guards, stays quiet on what the layer may import, and the
// real src/ tree breaks none of them.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Layer-rule messages for `code` linted as if it lived at `file` (relative to the repo root). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  expect(result, `${file} was not linted (ignored by the config?)`).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `${file} did not parse: ${fatal.map((m) => m.message).join('; ')}`).toEqual([]);
  return result!.messages
    .filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId) && m.severity === 2)
    .map((m) => `${m.ruleId}: ${m.message}`);
}

interface Case {
  file: string;
  code: string;
}
const refused = (file: string, ...codes: string[]): Case[] => codes.map((code) => ({ file, code }));

describe('layer rules fire', () => {
  const cases: Case[] = [
    // src/shared: no electron, Node builtins, SQLite, other layers, DOM/Node globals.
    ...refused(
      'src/shared/x.ts',
      `import fs from 'node:fs';\nexport const a = fs;`,
      `import path from 'path';\nexport const a = path;`,
      `import { readFile } from 'fs/promises';\nexport const a = readFile;`,
      `import { app } from 'electron';\nexport const a = app;`,
      `import Database from 'better-sqlite3';\nexport const a = Database;`,
      `import { Store } from '../main/store';\nexport const a = Store;`,
      `export { createDispatcher } from '../main/ipc/dispatch';`,
      `import type { Store } from '../main/store';\nexport type A = Store;`,
      `import '../renderer/src/App';`,
      `import '../preload';`,
      `import '../../src/main/store';`,
      `export const f = () => import('node:fs');`,
      `export const f = () => require('electron');`,
      `export const w = () => window.innerWidth;`,
      `export const e = () => process.env.HOME;`,
    ),
    ...refused('src/shared/i18n/x.ts', `import { Store } from '../../main/store';\nexport const a = Store;`),
    // src/renderer: never src/main (not even its types), electron, Node builtins or SQLite.
    ...refused(
      'src/renderer/src/x.ts',
      `import '../../main/store';`,
      `import type { Store } from '../../main/store';\nexport type A = Store;`,
      `import { createHandlers } from '../../main/ipc/handlers';\nexport const a = createHandlers;`,
      `import '../../preload/index';`,
      `import { app } from 'electron';\nexport const a = app;`,
      `import { ipcRenderer } from 'electron/renderer';\nexport const a = ipcRenderer;`,
      `import fs from 'node:fs';\nexport const a = fs;`,
      `import os from 'os';\nexport const a = os;`,
      `import Database from 'better-sqlite3';\nexport const a = Database;`,
      `export const f = () => import('../../main/store');`,
    ),
    ...refused(
      'src/renderer/src/pages/Deep.tsx',
      `import { Store } from '../../../main/store';\nexport const a = Store;`,
    ),
    // main's Node-only layers: no electron, in any form.
    ...[
      'src/main/store/x.ts',
      'src/main/imports/x.ts',
      'src/main/imports/readers/x.ts',
      'src/main/briefing/x.ts',
      'src/main/ipc/x.ts',
      'src/main/export/x.ts',
      'src/main/lib/x.ts',
      'src/main/csp.ts',
      'src/main/paths.ts',
      'src/main/cli.ts',
    ].flatMap((file) =>
      refused(
        file,
        `import { app } from 'electron';\nexport const a = app;`,
        `import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;`,
        `export const e = () => require('electron');`,
      ),
    ),
  ];

  it.each(cases)('$file refuses: $code', async ({ file, code }) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });
});

describe('layer rules allow what each layer may use', () => {
  const cases: Case[] = [
    {
      file: 'src/shared/x.ts',
      code: `import { z } from 'zod';\nimport { rankChange } from './rank';\nexport const a = [z, rankChange];`,
    },
    // A local module named like a builtin or a layer is not the builtin or the layer.
    {
      file: 'src/shared/x.ts',
      code: `import { p } from './path';\nimport { m } from './main';\nexport const a = [p, m];`,
    },
    {
      file: 'src/renderer/src/x.ts',
      code: `import { contract } from '../../shared/contract';\nexport const a = contract;`,
    },
    {
      file: 'src/renderer/src/x.ts',
      code: `import { useState } from 'react';\nimport { e } from './events';\nexport const a = [useState, e];`,
    },
    {
      file: 'src/main/store/x.ts',
      code: `import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const a = [fs, Database];`,
    },
    { file: 'src/main/index.ts', code: `import { app } from 'electron';\nexport const a = app;` },
    {
      file: 'src/preload/index.ts',
      code: `import { contextBridge } from 'electron';\nexport const a = contextBridge;`,
    },
  ];
  it.each(cases)('$file allows: $code', async ({ file, code }) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('the real tree', () => {
  it('src/ breaks no layer rule', async () => {
    const results = await eslint.lintFiles(['src']);
    const files = results.map((r) => path.relative(ROOT, r.filePath).split(path.sep).join('/'));
    // The config really reaches every layer (an ignore pattern gone wrong would make this vacuous).
    for (const f of [
      'src/shared/contract.ts',
      'src/main/index.ts',
      'src/main/cli.ts',
      'src/main/store/index.ts',
      'src/preload/index.ts',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('src/renderer/'))).toBe(true);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.fatal || (m.ruleId && LAYER_RULES.has(m.ruleId)))
        .map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId ?? 'parse'}: ${m.message}`),
    );
    expect(broken).toEqual([]);
  });
});
