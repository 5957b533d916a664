#!/usr/bin/env node
// Laptop set-up for running the app (not needed for `npm test` or CI). `npm start` and `npm run dev`
// call it with --if-needed, so `npm install && npm start` works on a fresh laptop:
//  1. download the Electron binary (the electron package's own `install-electron`; it does nothing
//     when the binary is already there),
//  2. build better-sqlite3 for Electron's ABI and keep that copy in native/electron/,
//  3. rebuild better-sqlite3 for Node again, so `npm test` and the CLI keep working.
// The app loads native/electron/better_sqlite3.node through better-sqlite3's nativeBinding option.
// Steps 2–3 are skipped when the kept copy was built for the same Electron and better-sqlite3.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const ifNeeded = process.argv.includes('--if-needed');
const run = (cmd) => {
  console.log(`> ${cmd}`);
  execSync(cmd, { cwd: root, stdio: 'inherit' });
};
const versionOf = (pkg) => require(path.join(root, 'node_modules', pkg, 'package.json')).version;

const target = path.join(root, 'native/electron/better_sqlite3.node');
const marker = path.join(root, 'native/electron/build.json');
const wanted = { electron: versionOf('electron'), betterSqlite3: versionOf('better-sqlite3') };

run('npx install-electron');
const current = fs.existsSync(marker) && fs.existsSync(target) ? JSON.parse(fs.readFileSync(marker, 'utf8')) : null;
if (ifNeeded && current && current.electron === wanted.electron && current.betterSqlite3 === wanted.betterSqlite3) {
  process.exit(0);
}
run(`npx --yes @electron/rebuild --version ${wanted.electron} --only better-sqlite3 --force`);
const built = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(built, target);
fs.writeFileSync(marker, JSON.stringify(wanted, null, 2) + '\n');
console.log(`Electron build of better-sqlite3 saved to ${path.relative(root, target)}`);
run('npm rebuild better-sqlite3');
console.log('Done: `npm start` runs the app; `npm test` still uses the Node build.');
