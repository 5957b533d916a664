// ESLint flat config: the recommended TypeScript rules, plus the layer rules of DESIGN.md §2
// (after VS Code's code-layering and Actual's import bans):
//   src/shared    → no electron, no Node builtins, no better-sqlite3, no DOM/Node globals,
//                   nothing from src/main, src/renderer or src/preload
//   src/renderer  → no src/main (nor src/preload), no electron, no Node builtins, no better-sqlite3
//   src/main/** except index.ts (store, imports, ipc, export, lib, cli.ts, …) → no electron
// Only src/main/index.ts (the shell) and src/preload/index.ts may import electron.
// test/shell/layers.test.ts proves every rule fires and that src/ is clean.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Node builtins by bare name (fs, fs/promises, path, …) and by node: scheme. Underscored internals
// (_http_agent, …) are left out: nobody writes them and they only make messages noisy.
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

// Patterns are regexes on the specifier text: gitignore-style groups would also match a local
// '../path' or '../events'.
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ELECTRON = {
  regex: '^electron(/|$)',
  message:
    'Only the shell (src/main/index.ts) and the preload may import electron; this layer must run under plain Node.',
};
const NODE_RE_SOURCE = `^(node:|(${NODE_BUILTINS.map(escapeRe).join('|')})(/|$))`;
const NODE = [{ regex: NODE_RE_SOURCE, message: 'This layer must not use Node builtins.' }];
const SQLITE = { regex: '^better-sqlite3(/|$)', message: 'Only src/main/store talks to SQLite.' };

// Relative imports are matched on the specifier text (no-restricted-imports does not resolve
// paths): climbing with ../ into a folder called main/renderer/preload is how a file under
// src/<layer>/ reaches another layer; an alias or a src/-rooted path is refused as well.
const toLayers = (...layers) => ({
  regex: `^((\\.\\./)+(src/)?|(\\./)?src/|@/|@)(${layers.join('|')})(/|$)`,
  message: `This layer must not import from src/${layers.length === 1 ? layers[0] : `{${layers.join(',')}}`}.`,
});

// Dynamic forms (require('electron'), import('node:fs')) are not seen by no-restricted-imports.
const dynamicImportBan = (pattern, what) => [
  {
    selector: `CallExpression[callee.name='require'][arguments.0.value=${pattern}]`,
    message: `This layer must not require ${what}.`,
  },
  { selector: `ImportExpression[source.value=${pattern}]`, message: `This layer must not import ${what}.` },
];
// An esquery regex literal cannot hold a bare '/': spell it \x2F.
const sel = (reSource) => `/${reSource.replace(/\//g, '\\x2F')}/`;

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-output/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // The compiler (noUnusedLocals/Parameters) already reports these; keep lint in step with it
      // and allow the _-prefix convention for deliberately unused parameters.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain Node scripts of the package (CommonJS).
    files: ['scripts/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests intercept module loading (a stub electron for the built shell) and read built CommonJS.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // ── Layers ────────────────────────────────────────────────────────────────────────────────
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ELECTRON, ...NODE, SQLITE, toLayers('main', 'renderer', 'preload')] },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportBan(sel(ELECTRON.regex), 'electron'),
        ...dynamicImportBan(sel(NODE_RE_SOURCE), 'Node builtins'),
        ...dynamicImportBan(sel(SQLITE.regex), 'better-sqlite3'),
      ],
      // Runs anywhere: neither the DOM nor Node's globals.
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'process',
          'Buffer',
          '__dirname',
          '__filename',
          'require',
          'global',
        ].map((name) => ({ name, message: `src/shared runs anywhere: no ${name}.` })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [ELECTRON, ...NODE, SQLITE, toLayers('main', 'preload')] },
      ],
      'no-restricted-syntax': [
        'error',
        ...dynamicImportBan(sel(ELECTRON.regex), 'electron'),
        ...dynamicImportBan(sel(NODE_RE_SOURCE), 'Node builtins'),
        ...dynamicImportBan(sel(SQLITE.regex), 'better-sqlite3'),
        ...dynamicImportBan(sel(toLayers('main', 'preload').regex), 'src/main or src/preload'),
      ],
    },
  },
  {
    // Every file of src/main but the shell: a new folder or file is covered without listing it.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      'no-restricted-syntax': ['error', ...dynamicImportBan(sel(ELECTRON.regex), 'electron')],
    },
  },
);
