#!/usr/bin/env node
// Laptop set-up for `npm start` (not needed for `npm test` or CI):
//  1. download the Electron binary (the electron package's own `install-electron` bin),
//  2. build better-sqlite3 for Electron's ABI and keep that copy in native/electron/,
//  3. rebuild better-sqlite3 for Node again, so `npm test` and the CLI keep working.
// The app loads native/electron/better_sqlite3.node through better-sqlite3's nativeBinding option.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = (cmd) => {
  console.log(`> ${cmd}`);
  execSync(cmd, { cwd: root, stdio: 'inherit' });
};

run('npx install-electron');
const electronVersion = require(path.join(root, 'node_modules/electron/package.json')).version;
run(`npx --yes @electron/rebuild --version ${electronVersion} --only better-sqlite3 --force`);
const built = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const target = path.join(root, 'native/electron/better_sqlite3.node');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(built, target);
console.log(`Electron build of better-sqlite3 saved to ${path.relative(root, target)}`);
run('npm rebuild better-sqlite3');
console.log('Done: `npm start` runs the app; `npm test` still uses the Node build.');
