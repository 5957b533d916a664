// Running the built command line as a user does, for the CLI tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'out', 'main', 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runners bound to a temp folder (HOME and XDG_CONFIG_HOME live there, so no real data is touched). */
export function cliRunner(tmpDir: () => string) {
  /**
   * Runs the CLI with a clean environment (no DTI_DESK_DB, no vitest NODE_OPTIONS) plus `env`, and
   * `input` on its standard input (none: an empty one).
   */
  function cli(args: string[], env: Record<string, string> = {}, input: string | Buffer = ''): Run {
    const base = { ...process.env };
    delete base.DTI_DESK_DB;
    delete base.NODE_OPTIONS;
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: tmpDir(),
      env: {
        ...base,
        HOME: path.join(tmpDir(), 'home'),
        XDG_CONFIG_HOME: path.join(tmpDir(), 'xdg'),
        ...env,
      },
      encoding: 'utf8',
      input,
      timeout: 60_000,
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** A successful run: exit 0 and nothing on stderr. */
  function ok(args: string[], env?: Record<string, string>): string {
    const r = cli(args, env);
    expect(r.stderr, `dti-desk ${args.join(' ')} wrote to stderr`).toBe('');
    expect(r.code, `dti-desk ${args.join(' ')} exited ${r.code}`).toBe(0);
    return r.stdout;
  }

  /** A failing run: non-zero exit, exactly one non-empty line on stderr; returns that line. */
  function fails(args: string[], env?: Record<string, string>): string {
    const r = cli(args, env);
    expect(r.code, `dti-desk ${args.join(' ')} should fail`).not.toBe(0);
    expect(r.code).not.toBeNull();
    const lines = r.stderr.split('\n');
    expect(lines.at(-1), 'stderr should end with a newline').toBe('');
    expect(lines.slice(0, -1), `stderr should be one line: ${JSON.stringify(r.stderr)}`).toHaveLength(1);
    expect(lines[0]!.trim()).not.toBe('');
    return lines[0]!;
  }

  return { cli, ok, fails };
}
