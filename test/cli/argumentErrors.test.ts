// Wrong arguments are usage errors: exit 2 (getopt/argparse/clap's convention; the database is
// untouched, as for an import that fails validation), one translated line on stderr that names the
// option and its value with a pointer to --help, and with --json (wherever it is on the command
// line) one JSON document on stdout:
//   { "status": "error", "error": { "code": "USAGE", "message": "…", "messageVi": "…" } }
// Other failures of commands that answer in JSON say so in JSON too (undo-import of a missing
// import, a damaged or newer database, …), with their own code and exit 1.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { buildXlsx, withChartSheet } from '../fixtures/generate';
import { CLI, cliRunner, type Run } from './run';
import { defaultDataDir } from '../../src/main/paths';

interface ErrorJson {
  status: string;
  error: { code: string; message: string; messageVi: string };
}

let tmp: string;
const { cli, ok } = cliRunner(() => tmp);
const digest = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
let n = 0;
const freshDb = (language?: 'en') => {
  const db = path.join(tmp, `db-${++n}.db`);
  const s = new Store(db);
  if (language) s.settings.update({ language });
  s.close();
  return db;
};
const batches = (db: string) => {
  const s = new Store(db);
  try {
    return (
      s.db.prepare(`SELECT COUNT(*) AS n FROM import_batch WHERE kind <> 'reference'`).get() as { n: number }
    ).n;
  } finally {
    s.close();
  }
};
const write = (name: string, text: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};

/** stderr is exactly one line, with no stack trace; returns it. */
function oneLine(r: Run): string {
  expect(r.stderr, 'stderr should be one line ending with a newline').toMatch(/^dti-desk: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  return r.stderr.slice(0, -1);
}

/** stdout is one JSON document and nothing else; returns it. */
function jsonOut(r: Run): ErrorJson {
  expect(r.stdout.trim(), 'stdout should hold JSON').not.toBe('');
  return JSON.parse(r.stdout) as ErrorJson;
}

let ranking: string;
let noUnitColumn: string;

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error('out/main/cli.js is missing: run `npm run build` (npm test does) first');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-cli-args-'));
  ranking = write('xep-hang.csv', 'Xếp hạng,Tỉnh,Điểm DTI\n1,Hà Nội,0.8\n2,Hải Phòng,0.7\n');
  noUnitColumn = write(
    'chi-tieu.csv',
    'Chỉ tiêu,Kỳ,Giá trị\nTỷ lệ hồ sơ trực tuyến toàn trình (%),2023,72.5\n',
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('import: argument errors are usage errors (exit 2), in JSON with --json', () => {
  // [arguments after `import`, the Vietnamese message (the database's language is the default),
  //  what the English message names]
  const cases: [string, () => string[], string, string[]][] = [
    [
      '--group 50',
      () => [ranking, '--year', '2022', '--group', '50'],
      '--group phải là 63 hoặc 34, không phải 50',
      ['--group', '50'],
    ],
    [
      '--year abc',
      () => [ranking, '--year', 'abc'],
      '--year phải là một năm như 2022, không phải abc',
      ['--year', 'abc'],
    ],
    [
      '--year 1900',
      () => [ranking, '--year', '1900'],
      '--year phải là một năm như 2022, không phải 1900',
      ['--year', '1900'],
    ],
    [
      '--decimal-mark semicolon',
      () => [ranking, '--year', '2022', '--decimal-mark', 'semicolon'],
      '--decimal-mark phải là dot (dấu chấm) hoặc comma (dấu phẩy), không phải semicolon',
      ['--decimal-mark', 'semicolon'],
    ],
    [
      '--unit Atlantis',
      () => [noUnitColumn, '--unit', 'Atlantis'],
      '--unit phải là tên hoặc mã của một trong 63 tỉnh, thành phố, không phải Atlantis',
      ['--unit', 'Atlantis'],
    ],
    [
      'an unknown option',
      () => [ranking, '--year', '2022', '--frob'],
      'không có tùy chọn --frob',
      ['--frob'],
    ],
    // (round 81: Number() read these as 2022 and 2000; a switch given a value was on whatever it said)
    [
      '--year 0x7E6',
      () => [ranking, '--year', '0x7E6'],
      '--year phải là một năm như 2022, không phải 0x7E6',
      ['--year', '0x7E6'],
    ],
    ['--year=2e3', () => [ranking, '--year=2e3'], '--year phải là một năm như 2022, không phải 2e3', ['2e3']],
    [
      '--dry-run=false',
      () => [ranking, '--year', '2022', '--dry-run=false'],
      '--dry-run không nhận giá trị (bỏ "=false")',
      ['--dry-run', '=false'],
    ],
    ['no FILE', () => [], 'import cần TỆP', ['FILE']],
    ['--year without its value', () => [ranking, '--year'], '--year cần một giá trị', ['--year']],
  ];

  for (const [name, args, vi, named] of cases) {
    it(`${name}: exit 2, the message on stderr, JSON on stdout, the database untouched`, () => {
      const db = freshDb();
      const before = digest(db);
      const r = cli(['--db', db, 'import', ...args(), '--json']);
      expect(r.code).toBe(2);
      expect(oneLine(r)).toBe(`dti-desk: ${vi} (xem dti-desk --help)`);
      const out = jsonOut(r);
      expect(out).toEqual({
        status: 'error',
        error: { code: 'USAGE', message: expect.any(String), messageVi: vi },
      });
      for (const word of named) expect(out.error.message).toContain(word);
      expect(digest(db)).toBe(before);
      expect(batches(db)).toBe(0);

      // Without --json: the same line and exit code, nothing on stdout.
      const plain = cli(['--db', db, 'import', ...args()]);
      expect(plain.code).toBe(2);
      expect(plain.stdout).toBe('');
      expect(oneLine(plain)).toBe(`dti-desk: ${vi} (xem dti-desk --help)`);
      expect(digest(db)).toBe(before);
    });
  }

  it('the same arguments without the mistake import (so the cases above fail for their argument)', () => {
    const db = freshDb();
    expect(
      JSON.parse(ok(['--db', db, 'import', ranking, '--year', '2022', '--group', '63', '--json'])),
    ).toMatchObject({ status: 'committed' });
    ok(['--db', db, 'import', noUnitColumn, '--unit', 'Bình Phước', '--decimal-mark', 'dot']);
    expect(batches(db)).toBe(2);
  });

  it('--json=no is refused (exit 2), not read as --json', () => {
    const db = freshDb();
    const r = cli(['--db', db, 'units', '--json=no']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('dti-desk: --json không nhận giá trị (bỏ "=no") (xem dti-desk --help)');
  });

  it('--json anywhere counts, even before the option that fails to parse or before the command', () => {
    const db = freshDb();
    for (const argv of [
      ['--json', '--db', db, 'import', ranking, '--frob'],
      ['--db', db, '--json', 'import', '--frob', ranking],
      ['--db', db, 'import', '--frob', ranking, '--json'],
      [`--db=${db}`, 'import', ranking, '--group=50', '--json'],
    ]) {
      const r = cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(jsonOut(r).error.code).toBe('USAGE');
      oneLine(r);
    }
  });

  it('the language of the database is the language of the line; the JSON has both', () => {
    const db = freshDb('en');
    const r = cli(['--db', db, 'import', ranking, '--year', '2022', '--group', '50', '--json']);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('dti-desk: --group must be 63 or 34, not 50 (see dti-desk --help)');
    expect(jsonOut(r).error).toEqual({
      code: 'USAGE',
      message: '--group must be 63 or 34, not 50',
      messageVi: '--group phải là 63 hoặc 34, không phải 50',
    });
  });

  it("of two --db, the last one is the database, and its language the line's", () => {
    const en = freshDb('en');
    const vi = freshDb();
    for (const argv of [
      ['--db', vi, '--db', en],
      [`--db=${vi}`, '--db', en],
      ['--db', vi, `--db=${en}`],
    ]) {
      const r = cli([...argv, 'import', ranking, '--group', '50']);
      expect(oneLine(r)).toBe('dti-desk: --group must be 63 or 34, not 50 (see dti-desk --help)');
    }
    expect(cli(['--db', en, '--db', vi, 'import', ranking, '--group', '50']).stderr).toContain(
      'phải là 63 hoặc 34',
    );
  });

  it('a usage error leaves nothing beside the database (round 81: an empty -wal and a -shm)', () => {
    const db = freshDb('en');
    const before = digest(db);
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(`${path.basename(db)}-`))).toEqual([]);
    expect(cli(['--db', db, '--frob']).code).toBe(2);
    expect(cli(['--db', db, 'rankings', '--year', 'soon']).code).toBe(2);
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(`${path.basename(db)}-`))).toEqual([]);
    expect(digest(db)).toBe(before);
  });

  it('a wrong value is refused before any database is created', () => {
    const none = path.join(tmp, 'nowhere', 'none.db');
    for (const bad of [
      ['--group', '50'],
      ['--year', 'abc'],
      ['--decimal-mark', 'semicolon'],
    ]) {
      const r = cli(['--db', none, 'import', ranking, ...bad, '--json']);
      expect(r.code).toBe(2);
      expect(jsonOut(r).error.code).toBe('USAGE');
    }
    expect(fs.existsSync(path.dirname(none))).toBe(false);
  });

  it('a --sheet the file does not have stays "unreadable" (exit 1), with the message in both languages', () => {
    const r = cli(['--db', freshDb(), 'import', ranking, '--sheet', 'Trang 2', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      status: 'unreadable',
      file: 'xep-hang.csv',
      error: {
        code: 'NO_SUCH_SHEET',
        message: 'xep-hang.csv has no sheet "Trang 2"; sheets: (none: a text file has no sheets)',
        messageVi:
          'xep-hang.csv không có trang tính "Trang 2"; các trang tính: (không có: tệp văn bản không có trang tính)',
      },
    });
    expect(oneLine(r)).toContain('không có trang tính "Trang 2"');
  });

  it('a --sheet naming a chart sheet is said to be a chart (was: "has no sheet")', () => {
    const rows = [
      ['Tỉnh, thành phố', 'Điểm DTI'],
      ['Hà Nội', 0.6],
    ];
    const f = path.join(tmp, 'bieu-do.xlsx');
    fs.writeFileSync(f, withChartSheet(buildXlsx([{ name: 'Số liệu', rows }]), 'Biểu đồ DTI'));
    const r = cli(['--db', freshDb(), 'import', f, '--sheet', 'biểu đồ dti', '--json']);
    expect(r.code).toBe(1);
    expect(jsonOut(r).error).toEqual({
      code: 'NO_SUCH_SHEET',
      message:
        'sheet "Biểu đồ DTI" of bieu-do.xlsx is a chart: it holds no table; sheets with cells: "Số liệu"',
      messageVi:
        'trang tính "Biểu đồ DTI" của bieu-do.xlsx là một biểu đồ, không chứa bảng số liệu; các trang tính có ô: "Số liệu"',
    });
  });
});

describe('other commands: usage errors and failures in JSON with --json', () => {
  it('no command: help and exit 2; with --json, a usage error in JSON', () => {
    const bare = cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Cách dùng: dti-desk/);
    const r = cli(['--json']);
    expect(r.code).toBe(2);
    expect(jsonOut(r)).toMatchObject({
      status: 'error',
      error: { code: 'USAGE', messageVi: 'cần một lệnh' },
    });
    expect(oneLine(r)).toBe('dti-desk: cần một lệnh (xem dti-desk --help)');
  });

  it('an unknown command, rankings --year soon, units --list 1992: exit 2 and JSON', () => {
    const db = freshDb();
    for (const [argv, vi] of [
      [['frobnicate'], 'không có lệnh frobnicate'],
      [['rankings', '--year', 'soon'], '--year phải là một năm như 2022, không phải soon'],
      [['rankings'], 'cần --year'],
      [['units', '--list', '1992'], '--list phải là gso2004 hoặc 2025, không phải 1992'],
      [['undo-import', 'abc'], 'undo-import cần số của một lần nhập, như dti-desk imports liệt kê'],
      [['undo-import', '1.5'], 'undo-import cần số của một lần nhập, như dti-desk imports liệt kê'],
    ] as const) {
      const r = cli(['--db', db, ...argv, '--json']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(jsonOut(r)).toMatchObject({ status: 'error', error: { code: 'USAGE', messageVi: vi } });
      expect(oneLine(r)).toBe(`dti-desk: ${vi} (xem dti-desk --help)`);
    }
  });

  it('an option another command takes, or a word too many, is refused before anything is done (round 81: undo-import --dry-run undid; a second file was ignored)', () => {
    const db = freshDb();
    ok(['--db', db, 'import', ranking, '--year', '2022', '--group', '63']);
    const before = digest(db);
    for (const [argv, vi] of [
      [['undo-import', '1', '--dry-run'], 'lệnh undo-import không nhận tùy chọn --dry-run'],
      [['restore', ranking, '--dry-run'], 'lệnh restore không nhận tùy chọn --dry-run'],
      [['rankings', '--year', '2022', '--sheet', 'x'], 'lệnh rankings không nhận tùy chọn --sheet'],
      [
        ['import', ranking, noUnitColumn, '--year', '2022'],
        `lệnh import không nhận thêm "${noUnitColumn}" (mỗi lần chạy nhập một TỆP, hoàn tác một lần nhập)`,
      ],
      [
        ['undo-import', '1', '2'],
        'lệnh undo-import không nhận thêm "2" (mỗi lần chạy nhập một TỆP, hoàn tác một lần nhập)',
      ],
      [
        ['imports', 'x'],
        'lệnh imports không nhận thêm "x" (mỗi lần chạy nhập một TỆP, hoàn tác một lần nhập)',
      ],
    ] as const) {
      const r = cli(['--db', db, ...argv, '--json']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(jsonOut(r)).toMatchObject({ status: 'error', error: { code: 'USAGE', messageVi: vi } });
      expect(oneLine(r)).toBe(`dti-desk: ${vi} (xem dti-desk --help)`);
    }
    expect(digest(db)).toBe(before);
    expect(batches(db)).toBe(1);
  });

  it("--db with an empty value (an unset variable in a script) is refused, not the app's own database", () => {
    const appDb = path.join(tmp, 'xdg', 'DTI Desk', 'dti-desk.db');
    const state = () => (fs.existsSync(appDb) ? digest(appDb) : null);
    const before = state();
    const r = cli(['--db', '', 'import', ranking, '--year', '2022', '--json']);
    expect(r.code).toBe(2);
    expect(jsonOut(r)).toMatchObject({ error: { code: 'USAGE', messageVi: '--db cần một giá trị' } });
    expect(state()).toBe(before);
    // (and an XDG_CONFIG_HOME set empty or relative is no folder: the default under HOME)
    for (const xdg of ['', 'rel/dir'])
      expect(defaultDataDir({ XDG_CONFIG_HOME: xdg }, 'linux')).toBe(
        path.join(os.homedir(), '.config', 'DTI Desk'),
      );
  });

  it('undo-import of an import that does not exist: translated, exit 1, JSON with --json', () => {
    const db = freshDb();
    const before = digest(db);
    const r = cli(['--db', db, 'undo-import', '99', '--json']);
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe('dti-desk: Không có lần nhập #99 (xem dti-desk imports).');
    expect(jsonOut(r)).toEqual({
      status: 'error',
      error: {
        code: 'NOT_FOUND',
        message: 'There is no import #99 (see dti-desk imports).',
        messageVi: 'Không có lần nhập #99 (xem dti-desk imports).',
      },
    });
    expect(digest(db)).toBe(before);
    const plain = cli(['--db', db, 'undo-import', '99']);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(oneLine(plain)).toBe('dti-desk: Không có lần nhập #99 (xem dti-desk imports).');
    const en = cli(['--db', freshDb('en'), 'undo-import', '99']);
    expect(oneLine(en)).toBe('dti-desk: There is no import #99 (see dti-desk imports).');
  });

  it('undo-import --json: the undo as JSON, and a refused undo (already undone) as a JSON error', () => {
    const db = freshDb();
    ok(['--db', db, 'import', ranking, '--year', '2022']);
    const done = JSON.parse(ok(['--db', db, 'undo-import', '1', '--json'])) as Record<string, unknown>;
    expect(done).toEqual({
      status: 'undone',
      batchId: 1,
      restored: expect.any(Number),
      removed: expect.any(Number),
      // the same in values, as the import counted them (a score and a rank are two)
      values: { restored: 0, removed: expect.any(Number), keptBy: [] },
    });
    expect((done.values as { removed: number }).removed).toBeGreaterThan(done.removed as number);
    const again = cli(['--db', db, 'undo-import', '1', '--json']);
    expect(again.code).toBe(1);
    expect(jsonOut(again)).toEqual({
      status: 'error',
      error: {
        code: 'VALIDATION',
        message: 'This import has already been undone.',
        messageVi: 'Lần nhập này đã được hoàn tác.',
      },
    });
    expect(oneLine(again)).toBe('dti-desk: Lần nhập này đã được hoàn tác.');
  });

  it('a database from a newer DTI Desk: exit 1, one line, JSON with --json', () => {
    const future = path.join(tmp, 'future.db');
    const d = new Database(future);
    d.pragma('user_version = 999');
    d.close();
    for (const argv of [
      ['units', '--json'],
      ['rankings', '--year', '2022', '--json'],
      ['imports', '--json'],
      ['import', ranking, '--json'],
      ['undo-import', '1', '--json'],
    ]) {
      const r = cli(['--db', future, ...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      const out = jsonOut(r);
      expect(out.status).toBe('error');
      expect(out.error.code).toBe('DB_FROM_FUTURE');
      expect(out.error.message).toContain('999');
      expect(oneLine(r)).toContain('999');
    }
  });

  it('restore of a file that is not a backup, with --json: exit 1 and a JSON error', () => {
    const junk = write('junk.db', 'not a database\n'.repeat(50));
    const r = cli(['--db', freshDb(), 'restore', junk, '--json']);
    expect(r.code).toBe(1);
    expect(jsonOut(r).status).toBe('error');
    oneLine(r);
  });
});

describe("a failure of the database itself is said in words, with a code a script can act on (round 81: SQLite's English, INTERNAL)", () => {
  it('locked by another program writing: DB_LOCKED; not a database: DB_DAMAGED; both in the two languages', () => {
    const db = freshDb();
    const holder = new Database(db);
    holder.pragma('busy_timeout = 0');
    holder.exec('BEGIN IMMEDIATE');
    try {
      // (after the store's busy timeout: the other program did not finish)
      const r = cli(['--db', db, 'import', ranking, '--year', '2022', '--group', '63', '--json']);
      expect(r.code).toBe(1);
      const out = jsonOut(r);
      expect(out.error.code).toBe('DB_LOCKED');
      expect(out.error.messageVi).toContain('đang bị một chương trình khác khóa để ghi');
      expect(out.error.message).toContain('try again later');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const junk = write('not-a-db.db', 'not a database\n'.repeat(50));
    const r = cli(['--db', junk, 'rankings', '--year', '2022', '--json']);
    expect(r.code).toBe(1);
    expect(jsonOut(r).error).toMatchObject({ code: 'DB_DAMAGED' });
    expect(oneLine(r)).toContain('không phải là cơ sở dữ liệu DTI Desk');
  });
});
