// Vitest global setup: every temporary directory of a test run — made by the tests (tempDir,
// mkdtempSync), by the command-line and worker processes they start, or by the e2e browser —
// goes under one directory of the run, removed when the run ends. (Before, each run left a few
// thousand directories in the system's temp folder.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-desk-test-run-'));
  const before = process.env.TMPDIR;
  // (read by os.tmpdir() at each call, and inherited by the test workers and their children)
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
}
