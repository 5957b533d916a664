// Helpers over the built bundles in out/ (npm test builds them first with electron-vite).
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'out');

/** The built file, or a failure that says how to get it (never a silent skip). */
export function builtFile(rel: string): string {
  const file = path.join(OUT, rel);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(ROOT, file)} is missing: build first (npm test runs "electron-vite build" before vitest)`,
    );
  }
  return file;
}

const REQUIRE_RE = /\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g;
const IMPORT_RE = /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)|\bfrom\s*(["'])([^"']+)\3/g;

/** Every module specifier a built CommonJS file asks for: require("x"), import("x"), from "x". */
export function specifiersIn(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(REQUIRE_RE)) found.push(m[2]!);
  for (const m of text.matchAll(IMPORT_RE)) found.push((m[2] ?? m[4])!);
  return found;
}

/** The file and every local chunk it loads, transitively (bare and node: specifiers are not followed). */
export function localClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiersIn(file)) {
      if (!spec.startsWith('.')) continue;
      let target = path.resolve(path.dirname(file), spec);
      if (!fs.existsSync(target) && fs.existsSync(target + '.js')) target += '.js';
      if (!fs.existsSync(target))
        throw new Error(`${path.relative(ROOT, file)} loads ${spec}, which does not exist`);
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}
