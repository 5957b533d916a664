import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder for one test's database files. */
export function tempDir(prefix = 'dti-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
