// `dti-desk import` as its contract says: exit 0 when committed, 2 when validation fails or a unit
// needs an answer (database untouched, problems listed, JSON with --json), 1 for unreadable files;
// --dry-run prints what would change and writes nothing; --sheet picks a sheet.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { referenceCsv } from '../../src/main/store/referenceFiles';
import { writeKpiCsv } from '../support/kpiCsv';
import { CLI, cliRunner, ROOT } from './run';
import { writeWorkbook } from '../imports/helpers';
import { MAIN_INDEX_CODES } from '../../src/shared/imports/fields';
import { published2022 } from '../fixtures/generate';

let tmp: string;
const { cli, ok, fails } = cliRunner(() => tmp);
const fixture = (name: string) => path.join(ROOT, 'test/fixtures/files', name);
const digest = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
/** The files beside database `db` (its -wal, -shm, -journal). */
const besideDb = (db: string) =>
  fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(`${path.basename(db)}-`));
let n = 0;
const freshDb = () => {
  const db = path.join(tmp, `db-${++n}.db`);
  new Store(db).close();
  return db;
};
const userRows = (db: string) => {
  const s = new Store(db);
  try {
    return (s.db.prepare(`SELECT COUNT(*) AS n FROM observation WHERE layer = 'user'`).get() as { n: number })
      .n;
  } finally {
    s.close();
  }
};

beforeAll(() => {
  if (!fs.existsSync(CLI))
    throw new Error('out/main/cli.js is missing: run `npm run build` (npm test does) first');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-cli-import-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('dti-desk import', () => {
  it('commits the ministry table copied into Excel and reports it as JSON', () => {
    const db = freshDb();
    const out = JSON.parse(ok(['--db', db, 'import', fixture('ranking_2022_web_copy.xlsx'), '--json'])) as {
      status: string;
      batchId: number;
      target: { year: number; group: number };
      counts: { rows: number; errors: number };
      problems: unknown[];
    };
    expect(out).toMatchObject({
      status: 'committed',
      target: { year: 2022, group: 63 },
      counts: { rows: 63, errors: 0 },
    });
    const rankings = JSON.parse(ok(['--db', db, 'rankings', '--year', '2022', '--json'])) as {
      unitCode: string;
      rank: number;
      pillars: { cqs: { rank: number } };
    }[];
    expect(rankings.find((r) => r.unitCode === '70')).toMatchObject({
      rank: 12,
      pillars: { cqs: { rank: 12 } },
    });
    const history = JSON.parse(ok(['--db', db, 'imports', '--json'])) as { id: number; fileName: string }[];
    expect(history[0]).toMatchObject({ id: out.batchId, fileName: 'ranking_2022_web_copy.xlsx' });
    expect(ok(['--db', db, 'undo-import', String(out.batchId)])).toContain(`#${out.batchId}`);
    expect(userRows(db)).toBe(0);
  });

  it("a detail table's main indices come back in rankings --json, under the year's methodology codes", () => {
    const db = freshDb();
    ok(['--db', db, 'import', fixture('detail_2022_main_indices.xlsx'), '--year', '2022']);
    const rows = JSON.parse(ok(['--db', db, 'rankings', '--year', '2022', '--json'])) as {
      unitCode: string;
      mainIndices: Record<string, number | null>;
    }[];
    for (const p of referenceCsv('dti_2022_published.csv')) {
      const got = rows.find((r) => r.unitCode === p.gso_code)!.mainIndices;
      // (the published table's columns are named with the same codes)
      for (const c of MAIN_INDEX_CODES) expect(got[c], `${p.gso_code} ${c}`).toBe(p[c] ? Number(p[c]) : null);
      // collected, not scored in 2022: listed, empty
      expect(got.do_thi_thong_minh).toBeNull();
    }
  });

  it('counts in the human output are written the Vietnamese way (1.500)', () => {
    const db = freshDb();
    const csv = path.join(tmp, 'kpi-1500.csv');
    writeKpiCsv(csv, 1500);
    expect(ok(['--db', db, 'import', csv, '--group', '63'])).toContain('Đã nhập 1.500 giá trị');
    const id = (JSON.parse(ok(['--db', db, 'imports', '--json'])) as { id: number }[])[0]!.id;
    // undone in values, as it was imported: the 1.500 it created are removed
    expect(ok(['--db', db, 'undo-import', String(id)])).toContain(
      '0 giá trị trở lại như trước khi nhập, 1.500 giá trị do lần nhập tạo ra đã được xóa',
    );
    expect(userRows(db)).toBe(0);
  });

  const dryRunOf = (db: string) => [
    '--db',
    db,
    'import',
    fixture('ranking_2022_odd_unit_names.xlsx'),
    '--year',
    '2022',
    '--dry-run',
  ];

  it('--dry-run lists the changes and writes nothing', () => {
    const db = freshDb();
    const before = digest(db);
    const dryRun = dryRunOf(db);
    const out = ok(dryRun);
    expect(out).toContain('Bình Phước');
    expect(out).toContain('Chạy thử: chưa ghi gì vào cơ sở dữ liệu.'); // the app's language, Vietnamese by default
    expect(out).toMatch(/dòng \d+ Bình Phước DTI – Hạng: — → 12/);
    expect(digest(db)).toBe(before);
    // (nor anything beside it: the copy's read-only connection left an empty -wal and a -shm)
    expect(besideDb(db)).toEqual([]);
    const json = JSON.parse(ok([...dryRun, '--json'])) as {
      status: string;
      changes: { unit: string; field: string; new: number }[];
    };
    expect(json.status).toBe('dry-run');
    expect(json.changes.find((c) => c.unit === 'Bình Phước' && c.field === 'rank')!.new).toBe(12);
  });

  it("--dry-run over a database with another program's write-ahead log left in it: neither file changes", () => {
    // (the database and its log copied while a connection had written to it, not checkpointed:
    // a writer that stopped half-way leaves them so)
    const live = freshDb();
    const writer = new Database(live);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare(`INSERT OR REPLACE INTO setting (key, value_json) VALUES ('language', '"vi"')`).run();
    const db = path.join(tmp, 'with-log.db');
    fs.copyFileSync(live, db);
    fs.copyFileSync(`${live}-wal`, `${db}-wal`);
    writer.close();
    expect(fs.statSync(`${db}-wal`).size).toBeGreaterThan(0);
    const before = [digest(db), digest(`${db}-wal`)];
    ok(dryRunOf(db));
    expect([digest(db), digest(`${db}-wal`)]).toEqual(before);
  });

  it('--dry-run with no database yet creates none (round 79: an empty database was left at the path)', () => {
    const db = path.join(tmp, 'not-yet', 'dti.db');
    fs.mkdirSync(path.dirname(db), { recursive: true });
    const out = ok(dryRunOf(db));
    expect(out).toMatch(/dòng \d+ Bình Phước DTI – Hạng: — → 12/);
    expect(fs.readdirSync(path.dirname(db))).toEqual([]);
    // (nor is anything left aside)
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('dti-desk-dry-run-'))).toEqual([]);
  });

  it('--dry-run over an empty file at --db leaves it empty (round 79: the schema was written into it)', () => {
    const db = path.join(tmp, 'empty.db');
    fs.writeFileSync(db, '');
    const out = ok(dryRunOf(db));
    expect(out).toMatch(/dòng \d+ Bình Phước DTI – Hạng: — → 12/);
    expect(fs.statSync(db).size).toBe(0);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('empty.db'))).toEqual(['empty.db']);
  });

  it('--dry-run changes no byte of a database in a rollback journal, nor one with an older schema (round 81: made WAL, migrated)', () => {
    const db = freshDb();
    const raw = new Database(db);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = digest(db);
    ok(dryRunOf(db));
    expect(digest(db)).toBe(before);
    const again = new Database(db, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
    // (an older DTI Desk's database: its schema version one back)
    const old = new Database(db);
    const version = old.pragma('user_version', { simple: true }) as number;
    old.pragma(`user_version = ${version - 1}`);
    old.close();
    const older = digest(db);
    ok(dryRunOf(db));
    expect(digest(db)).toBe(older);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('dti-desk-dry-run-'))).toEqual([]);
  });

  it('a KPI table without an indicator or period column says which flag answers it; --indicator and --year do', () => {
    const db = freshDb();
    const wide = path.join(tmp, 'wide.csv');
    fs.writeFileSync(wide, 'Đơn vị,2022,2023\nBình Phước,60.1,72.5\nĐồng Nai,55,61\n');
    const before = digest(db);
    const r = cli(['--db', db, 'import', wide, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: { code: string }[] };
    expect(out.problems.map((p) => p.code)).toEqual(['noTableIndicator']);
    expect(digest(db)).toBe(before);
    const human = cli(['--db', db, 'import', wide]);
    expect(human.stdout).toContain('(--indicator NAME)');
    ok(['--db', db, 'import', wide, '--indicator', 'Tỷ lệ DVC trực tuyến']);
    expect(userRows(db)).toBe(4);

    // A title names it: the command says what it assumed, and how to change it.
    const titled = path.join(tmp, 'titled.csv');
    fs.writeFileSync(
      titled,
      'TỶ LỆ THANH TOÁN TRỰC TUYẾN GIAI ĐOẠN 2022 - 2023\nĐơn vị,2022,2023\nBình Phước,40,45\n',
    );
    const assumed = cli(['--db', db, 'import', titled, '--dry-run']);
    expect(assumed.code).toBe(0);
    expect(assumed.stdout).toContain('Tỷ lệ thanh toán trực tuyến');
    expect(assumed.stdout).toContain('--indicator');

    const perIndicator = path.join(tmp, 'per-indicator.csv');
    fs.writeFileSync(perIndicator, 'Đơn vị;Vùng phủ 4G (%)\nBình Phước;99,5\n');
    const noYear = cli(['--db', db, 'import', perIndicator, '--json']);
    expect(noYear.code).toBe(2);
    expect(
      (JSON.parse(noYear.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code),
    ).toEqual(['noTablePeriod']);
    ok(['--db', db, 'import', perIndicator, '--year', '2024']);
    expect(userRows(db)).toBe(5);
  });

  it('exit 2 with the problems listed when validation fails; nothing is written', () => {
    const db = freshDb();
    const before = digest(db);
    const r = cli(['--db', db, 'import', fixture('ranking_2022_web_copy.xlsx'), '--year', '2021', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as {
      status: string;
      problems: { code: string; severity: string; message: string }[];
    };
    expect(out.status).toBe('invalid');
    expect(out.problems).toContainEqual(
      expect.objectContaining({ code: 'yearContradicts', severity: 'error' }),
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(digest(db)).toBe(before);
  });

  it('a ranking without a year says the one its file name gives, and the flag that takes it (round 70)', () => {
    const db = freshDb();
    const rows = referenceCsv('provinces_63.csv').map((p, i) => `${i + 1},${p.name_vi}`);
    const csv = path.join(tmp, 'xep-hang-dti-2023.csv');
    fs.writeFileSync(csv, `Xếp hạng DTI,Tỉnh\n${rows.join('\n')}\n`);
    const r = cli(['--db', db, 'import', csv, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: { code: string; message: string }[] };
    expect(out.problems.find((p) => p.code === 'noYear')?.message).toContain(
      "no ranking year is chosen; the file's name says 2023: choose it (--year 2023)",
    );
    expect(ok(['--db', db, 'import', csv, '--year', '2023'])).toContain('2023');
  });

  it('exit 2 when a unit name cannot be matched without asking', () => {
    const db = freshDb();
    const csv = path.join(tmp, 'unknown-unit.csv');
    fs.writeFileSync(csv, 'Xếp hạng DTI,Tỉnh\n1,TP. Đà Nẵng\n2,Atlantis\n');
    const r = cli(['--db', db, 'import', csv, '--year', '2022', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { questions: { label: string; kind: string; rows: number[] }[] };
    expect(out.questions).toEqual([
      expect.objectContaining({ label: 'Atlantis', kind: 'unmatched', rows: [3] }),
    ]);
    expect(userRows(db)).toBe(0);
  });

  it('exit 1 with one line for an unreadable file', () => {
    const db = freshDb();
    expect(fails(['--db', db, 'import', fixture('hostile_png_renamed.xlsx')])).toContain(
      'hostile_png_renamed.xlsx',
    );
    expect(fails(['--db', db, 'import', path.join(tmp, 'missing.xlsx')])).toContain('missing.xlsx');
    // Text with no columns under an Excel name (round 74: was the mapping's four errors and exit 2).
    const prose = path.join(tmp, 'bao-cao.xlsx');
    fs.writeFileSync(prose, 'Kính gửi Sở Thông tin và Truyền thông\nBáo cáo gửi kèm theo email\n');
    const line = fails(['--db', db, 'import', prose]);
    expect(line).toContain('bao-cao.xlsx');
    expect(line).toContain('không phải sổ tính Excel');
    expect(userRows(db)).toBe(0);
  });

  it('--sheet picks a sheet, and an unknown sheet is named in the error', () => {
    const db = freshDb();
    const line = fails([
      '--db',
      db,
      'import',
      fixture('ranking_2021_formulas_hidden.xlsm'),
      '--sheet',
      'Không có',
    ]);
    expect(line).toContain('Không có');
    expect(line).toContain('DTI 2021');
    expect(line).toContain('không có trang tính'); // the app's language, Vietnamese by default
    const out = JSON.parse(
      ok([
        '--db',
        db,
        'import',
        fixture('ranking_2021_formulas_hidden.xlsm'),
        '--sheet',
        'DTI 2021',
        '--year',
        '2021',
        '--json',
      ]),
    ) as {
      sheet: string;
      status: string;
    };
    expect(out).toMatchObject({ sheet: 'DTI 2021', status: 'committed' });
  });
});

describe('dti-desk import: which list (63 or 34 units) without --group', () => {
  const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
  const write = (name: string, lines: string[]) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, lines.join('\n'), 'utf8');
    return f;
  };
  type Out = {
    status: string;
    target: { year: number | null; group: number | null };
    problems: { code: string; severity: string; message: string }[];
    questions: { label: string; kind: string }[];
  };

  it('a 2024 press excerpt labelled "TP. Hải Phòng (mới)" is stored on the 34-unit list', () => {
    const db = freshDb();
    const csv = write('press-2024.csv', [
      'Xếp hạng;Tỉnh, thành phố;Điểm DTI',
      '1;TP. Hà Nội;0,8241',
      '2;TP. Huế;0,7951',
      '3;TP. Hải Phòng (mới);0,7857',
      '4;TP. Hồ Chí Minh (mới);0,7770',
    ]);
    const out = JSON.parse(ok(['--db', db, 'import', csv, '--year', '2024', '--json'])) as Out;
    expect(out).toMatchObject({ status: 'committed', target: { year: 2024, group: 34 } });
    const rows = JSON.parse(ok(['--db', db, 'rankings', '--year', '2024', '--group', '34', '--json'])) as {
      unitName: string;
      rank: number | null;
    }[];
    expect(rows.find((r) => r.unitName === 'Hải Phòng')).toMatchObject({ rank: 3 });
  });

  it('all 34 units without a title, --year 2024: the 34-unit list, not "must cover all 63 units"', () => {
    const db = freshDb();
    const csv = write('34-units.csv', [
      'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI',
      ...units34.map((n, i) => `${i + 1},${n},${n === 'Hà Nội' ? '0.8241,1' : ','}`),
    ]);
    const out = JSON.parse(ok(['--db', db, 'import', csv, '--year', '2024', '--json'])) as Out;
    expect(out).toMatchObject({ status: 'committed', target: { group: 34 } });
    expect(out.problems.map((p) => p.code)).not.toContain('missingUnits');
  });

  it('a 2024 excerpt both lists could hold asks for --group and writes nothing', () => {
    const db = freshDb();
    const before = digest(db);
    const csv = write('top3-2024.csv', [
      'Xếp hạng,Tỉnh,Điểm DTI',
      '1,Hà Nội,0.8241',
      '2,Huế,0.7951',
      '3,Đà Nẵng,',
    ]);
    const r = cli(['--db', db, 'import', csv, '--year', '2024']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('chưa chọn nhóm xếp hạng (63 hoặc 34) (--group 63|34)');
    expect(digest(db)).toBe(before);
    expect(ok(['--db', db, 'import', csv, '--year', '2024', '--group', '34'])).toContain('Đã nhập');
  });

  it('a KPI table of the 34 units for Tháng 9/2025 is matched to the 34-unit list', () => {
    const db = freshDb();
    const csv = write('kpi-34.csv', [
      '"Tỉnh, thành phố",Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính',
      ...units34.map((n, i) => `${n},Tỷ lệ DVCTT toàn trình,Tháng 9/2025,"${40 + i},5",%`),
    ]);
    const out = JSON.parse(ok(['--db', db, 'import', csv, '--json'])) as Out;
    expect(out).toMatchObject({ status: 'committed', target: { group: 34 } });
  });

  it('a KPI --year the title contradicts, and a provincial city, are errors; nothing is written', () => {
    const db = freshDb();
    const before = digest(db);
    const titled = write('kpi-2023.csv', [
      'KẾT QUẢ MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023',
      '',
      '"Tỉnh, thành phố",Tỷ lệ DVCTT toàn trình (%),Vùng phủ 4G (%)',
      'Hà Nội,"40,5","99,1"',
    ]);
    const r = cli(['--db', db, 'import', titled, '--year', '2022', '--json']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as Out).problems).toContainEqual(
      expect.objectContaining({ code: 'yearContradicts', severity: 'error' }),
    );
    const district = write('district.csv', [
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính',
      'Thành phố Hà Tĩnh,Tỷ lệ DVCTT toàn trình,Năm 2023,"71,2",%',
    ]);
    const d = cli(['--db', db, 'import', district, '--json']);
    expect(d.code).toBe(2);
    const out = JSON.parse(d.stdout) as Out;
    expect(out.questions).toEqual([
      expect.objectContaining({ label: 'Thành phố Hà Tĩnh', kind: 'unmatched' }),
    ]);
    expect(out.problems[0]!.message).toContain('Hà Tĩnh is a province');
    expect(digest(db)).toBe(before);
  });
});

describe('dti-desk import: sheets and columns of the year given, hidden tables, web pages', () => {
  const pub = referenceCsv('dti_2022_published.csv');
  const book = writeWorkbook;
  const ranks = (db: string, year: number) =>
    new Map(
      (
        JSON.parse(ok(['--db', db, 'rankings', '--year', String(year), '--json'])) as {
          unitCode: string;
          rank: number | null;
        }[]
      ).map((r) => [r.unitCode, r.rank]),
    );
  const head = ['STT', 'Tỉnh, thành phố', 'Xếp hạng DTI'];

  it('--year 2022 reads the sheet "DTI 2022", not "DTI 2021" before it', async () => {
    const f = await book('per-year.xlsx', [
      {
        name: 'DTI 2021',
        rows: [head, ...pub.slice(0, 10).map((r, i) => [i + 1, r.label_as_published!, i + 1])],
      },
      {
        name: 'DTI 2022',
        rows: [head, ...pub.map((r, i) => [i + 1, r.label_as_published!, Number(r.dti_rank)])],
      },
    ]);
    const db = freshDb();
    const out = JSON.parse(ok(['--db', db, 'import', f, '--year', '2022', '--json'])) as { sheet: string };
    expect(out.sheet).toBe('DTI 2022');
    expect(ranks(db, 2022).get('70')).toBe(12);
  });

  it('"Xếp hạng 2022 | Xếp hạng 2023": each --year stores that year\'s ranks', async () => {
    const rows = pub.slice(0, 12).map((r, i) => [i + 1, r.label_as_published!, Number(r.dti_rank), 40 - i]);
    const f = await book('compare.xlsx', [
      { name: 'So sánh', rows: [['STT', 'Tỉnh, thành phố', 'Xếp hạng 2022', 'Xếp hạng 2023'], ...rows] },
    ]);
    const db = freshDb();
    ok(['--db', db, 'import', f, '--year', '2022']);
    ok(['--db', db, 'import', f, '--year', '2023']);
    const r22 = ranks(db, 2022);
    const r23 = ranks(db, 2023);
    pub.slice(0, 12).forEach((r, i) => {
      expect(r22.get(r.gso_code!), r.label_as_published).toBe(Number(r.dti_rank));
      expect(r23.get(r.gso_code!), r.label_as_published).toBe(40 - i);
    });
  });

  it('a table on a hidden sheet is named, with the --sheet that reads it', async () => {
    const f = await book('hidden.xlsx', [
      { name: 'Biểu đồ', rows: [['Biểu đồ xếp hạng DTI 2022']] },
      {
        name: 'Số liệu',
        hidden: true,
        rows: [
          ['XẾP HẠNG DTI', 'TỈNH, THÀNH PHỐ'],
          ...pub.map((r) => [Number(r.dti_rank), r.label_as_published!]),
        ],
      },
    ]);
    const db = freshDb();
    const r = cli(['--db', db, 'import', f, '--year', '2022']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      'CẢNH BÁO tệp "hidden.xlsx", trang tính "Biểu đồ": trang tính này không có bảng số liệu, nhưng trang tính ẩn "Số liệu" có: hãy chọn trang tính "Số liệu" (--sheet "Số liệu")',
    );
    ok(['--db', db, 'import', f, '--year', '2022', '--sheet', 'Số liệu']);
    expect(ranks(db, 2022).get('70')).toBe(12);
  });

  it('dense ranks are a warning at the first cell; a web page without a table has its own code', () => {
    const db = freshDb();
    const dense = path.join(tmp, 'dense.csv');
    fs.writeFileSync(
      dense,
      [
        'Xếp hạng DTI,Tỉnh',
        ...pub.map(
          (r) => `${Number(r.dti_rank) > 15 ? Number(r.dti_rank) - 1 : r.dti_rank},${r.label_as_published}`,
        ),
      ].join('\n'),
    );
    const out = JSON.parse(ok(['--db', db, 'import', dense, '--year', '2022', '--dry-run', '--json'])) as {
      problems: { code: string; severity: string; cell: string; value: string }[];
    };
    const row = 2 + pub.findIndex((r) => r.dti_rank === '17');
    expect(out.problems.filter((p) => p.code === 'rankNotCompetition')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: `A${row}`, value: '16' }),
    ]);

    const page = path.join(tmp, 'het-phien.html');
    fs.writeFileSync(page, '<html><body><h1>Phiên làm việc đã hết hạn</h1></body></html>');
    const r = cli(['--db', db, 'import', page, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'unreadable', error: { code: 'HTML_NO_TABLE' } });
    expect(r.stderr).toBe(
      'dti-desk: Tệp là trang web (HTML) nhưng không có bảng số liệu: tệp "het-phien.html".\n',
    );
  });
});

describe('dti-desk import: round 3 (parts, sheets, group and year, undo)', () => {
  const pub = referenceCsv('dti_2022_published.csv');
  const book = writeWorkbook;
  const part = (a: number, b: number) => [
    ['XẾP HẠNG DTI CẤP TỈNH NĂM 2022'],
    ['Xếp hạng', 'Tỉnh, thành phố', 'Điểm DTI'],
    ...pub
      .slice(a, b)
      .map((r) => [Number(r.dti_rank), r.label_as_published!, r.pdti ? Number(r.pdti) : null]),
  ];

  it('a ranking over two sheets: refused naming both without --sheet; each --sheet in turn completes it', async () => {
    const f = await book('split.xlsx', [
      { name: '1-32', rows: part(0, 32) },
      { name: '33-63', rows: part(32, 63) },
    ]);
    const db = freshDb();
    const before = digest(db);
    const r = cli(['--db', db, 'import', f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('trang tính "33-63"');
    expect(r.stdout).toContain('(--sheet "1-32", --sheet "33-63")');
    expect(digest(db)).toBe(before);
    const first = ok(['--db', db, 'import', f, '--sheet', '1-32']);
    // the result line names the sheet read, and the warning the sheet with the rest
    expect(first).toContain('từ split.xlsx [1-32] (lần nhập #1)');
    expect(first).toContain('CẢNH BÁO tệp "split.xlsx", trang tính "1-32": bảng có 32/63 đơn vị');
    expect(first).toContain('(--sheet "33-63")');
    ok(['--db', db, 'import', f, '--sheet', '33-63']);
    const rows = JSON.parse(ok(['--db', db, 'rankings', '--year', '2022', '--json'])) as {
      unitCode: string;
      rank: number | null;
    }[];
    const stored = new Map(rows.map((x) => [x.unitCode, x.rank]));
    for (const p of pub) expect(stored.get(p.gso_code!), p.label_as_published).toBe(Number(p.dti_rank));
  });

  it('a workbook with a table per sheet names the other sheets with --sheet hints', async () => {
    const sheet = (ind: string) => [
      ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
      ['Bình Phước', ind, '2022', 10],
    ];
    const f = await book('per-indicator.xlsx', [
      { name: 'DVC', rows: sheet('Tỷ lệ DVCTT toàn trình') },
      { name: 'MOOC', rows: sheet('Số người học MOOC') },
    ]);
    const out = ok(['--db', freshDb(), 'import', f, '--dry-run']);
    expect(out).toContain('per-indicator.xlsx [DVC]:');
    expect(out).toContain(
      'CẢNH BÁO tệp "per-indicator.xlsx", trang tính "DVC": sổ tính còn 1 trang tính khác có bảng số liệu, không được đọc trong lần nhập này: "MOOC"; hãy nhập lần lượt từng trang tính (--sheet "MOOC")',
    );
  });

  it('a 2025 ranking for --group 63 is refused with the group to give; nothing is written', async () => {
    const f = await book('r2025.xlsx', [
      {
        name: 'S',
        rows: [['Xếp hạng', 'Tỉnh', 'Điểm DTI'], ...pub.map((p, i) => [i + 1, p.label_as_published!, null])],
      },
    ]);
    const db = freshDb();
    const before = digest(db);
    const r = cli(['--db', db, 'import', f, '--year', '2025', '--group', '63']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('bảng xếp hạng năm 2025 là xếp hạng giữa 34 đơn vị');
    expect(r.stdout).toContain('(--group 34)');
    expect(digest(db)).toBe(before);
  });

  it('undo refused because a later import changed the cells: said in the app language', () => {
    const db = freshDb();
    const csv = (name: string, score: string) => {
      const f = path.join(tmp, name);
      fs.writeFileSync(f, `Xếp hạng,Tỉnh,Điểm DTI\n1,Hà Nội,${score}\n2,Hải Phòng,0.7\n`);
      return f;
    };
    ok(['--db', db, 'import', csv('u1.csv', '0.8'), '--year', '2022']);
    ok(['--db', db, 'import', csv('u2.csv', '0.81'), '--year', '2022']);
    expect(fails(['--db', db, 'undo-import', '1'])).toBe(
      'dti-desk: Hãy hoàn tác lần nhập #2 trước: lần nhập đó sửa lại cùng các số liệu sau lần này (điểm và hạng của một đơn vị được hoàn tác cùng nhau).',
    );
  });
});

/** The user-layer values of a database: unit code and value, smallest value first. */
const storedValues = (db: string) => {
  const s = new Store(db);
  try {
    return s.db
      .prepare(
        `SELECT u.code, o.value FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' ORDER BY o.value`,
      )
      .all() as { code: string; value: number }[];
  } finally {
    s.close();
  }
};

describe('dti-desk import --decimal-mark', () => {
  const unclear = () => {
    const f = path.join(tmp, 'ho-so.csv');
    fs.writeFileSync(
      f,
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2022,1.234\nĐồng Nai,Điểm hài lòng,2022,2.345\n',
    );
    return f;
  };

  it('without it, "1.234" is read the Vietnamese way and the warning names the flag', () => {
    const db = freshDb();
    const out = JSON.parse(ok(['--db', db, 'import', unclear(), '--json'])) as {
      problems: { code: string; messageVi: string }[];
    };
    expect(out.problems.map((p) => p.code)).toContain('ambiguousNumber');
    expect(storedValues(db).map((r) => r.value)).toEqual([1234, 2345]);
    const text = ok(['--db', freshDb(), 'import', unclear(), '--dry-run']);
    expect(text).toContain('--decimal-mark dot|comma');
  });

  it('"--decimal-mark dot" reads it 1.234, with no warning; a wrong value is a usage error', () => {
    const db = freshDb();
    const out = JSON.parse(ok(['--db', db, 'import', unclear(), '--decimal-mark', 'dot', '--json'])) as {
      problems: { code: string }[];
    };
    expect(out.problems.map((p) => p.code)).not.toContain('ambiguousNumber');
    expect(storedValues(db).map((r) => r.value)).toEqual([1.234, 2.345]);
    const before = digest(db);
    expect(fails(['--db', db, 'import', unclear(), '--decimal-mark', 'point'])).toContain('--decimal-mark');
    expect(digest(db)).toBe(before);
  });

  it('is for that import only: the next file of the same layout is read without it, and warned again', () => {
    const db = freshDb();
    ok(['--db', db, 'import', unclear(), '--decimal-mark', 'dot']);
    const next = path.join(tmp, 'ho-so-2023.csv');
    fs.writeFileSync(next, 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Điểm hài lòng,2023,4.321\n');
    const out = JSON.parse(ok(['--db', db, 'import', next, '--json'])) as { problems: { code: string }[] };
    expect(out.problems.map((p) => p.code)).toEqual(['ambiguousNumber']);
    expect(storedValues(db).map((r) => r.value)).toEqual([1.234, 2.345, 4321]);
  });
});

describe('dti-desk import --unit', () => {
  const noUnitColumn = () => {
    const f = path.join(tmp, 'chi-tieu.csv');
    fs.writeFileSync(
      f,
      'Chỉ tiêu,Kỳ,Giá trị\nTỷ lệ hồ sơ trực tuyến toàn trình (%),2023,72.5\nSố tổ công nghệ số cộng đồng (tổ),2023,812\n',
    );
    return f;
  };

  it('names the unit of a table without a unit column, by name or by code', () => {
    const db = freshDb();
    const r = cli(['--db', db, 'import', noUnitColumn(), '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: { code: string }[] };
    expect(out.problems.map((p) => p.code)).toContain('noUnitColumn');
    expect(cli(['--db', db, 'import', noUnitColumn()]).stdout).toContain('--unit NAME|CODE');
    expect(storedValues(db)).toEqual([]);

    ok(['--db', db, 'import', noUnitColumn(), '--unit', 'binh phuoc']);
    expect(storedValues(db)).toEqual([
      { code: '70', value: 72.5 },
      { code: '70', value: 812 },
    ]);
    const db2 = freshDb();
    ok(['--db', db2, 'import', noUnitColumn(), '--unit', '70']);
    expect(storedValues(db2)).toEqual(storedValues(db));
  });

  it('a code the 34 gave another unit, for months of the 63, is said with both; a unit that merged, for months of the 34, names the one it became part of (round 83)', () => {
    const months = (name: string, from: number) => {
      const f = path.join(tmp, name);
      const cols = Array.from({ length: 6 }, (_, m) => `Tháng ${from + m}/2025`);
      fs.writeFileSync(
        f,
        `Chỉ tiêu,${cols.join(',')}\nSố giao dịch thanh toán trực tuyến,${cols.map((_, m) => 100 + m).join(',')}\n`,
      );
      return f;
    };
    const db = freshDb();
    // "15": Yên Bái among the 63 (January–June), Lào Cai among the 34
    const out = JSON.parse(
      ok(['--db', db, 'import', months('gd-t1-t6.csv', 1), '--unit', '15', '--dry-run', '--json']),
    ) as {
      problems: { code: string; messageVi: string }[];
    };
    expect(out.problems.map((p) => p.code)).toEqual(['unitCodeOtherList']);
    expect(out.problems[0]!.messageVi).toContain('mã 15 là Yên Bái trong danh mục 63 tỉnh, thành phố');
    expect(out.problems[0]!.messageVi).toContain('nhưng là Lào Cai trong danh mục 34');
    // (July–December: Lào Cai, which Yên Bái became part of — nothing to say)
    const later = JSON.parse(
      ok(['--db', db, 'import', months('gd-t7-t12.csv', 7), '--unit', '15', '--dry-run', '--json']),
    ) as {
      problems: { code: string }[];
    };
    expect(later.problems.map((p) => p.code)).toEqual([]);
    // (Bình Phước's code for July–December: Đồng Nai named)
    expect(fails(['--db', db, 'import', months('gd-t7-t12.csv', 7), '--unit', '70'])).toContain(
      'Bình Phước đã sáp nhập vào Đồng Nai từ 01/07/2025',
    );
  });

  it('refuses --unit against the province the title names, and for a table that has a unit column', () => {
    const titled = path.join(tmp, 'binh-phuoc.csv');
    fs.writeFileSync(
      titled,
      'KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC NĂM 2023\nChỉ tiêu,Kỳ,Giá trị\nSố tổ công nghệ số cộng đồng (tổ),2023,812\n',
    );
    const db = freshDb();
    const before = digest(db);
    expect(fails(['--db', db, 'import', titled, '--unit', 'Đồng Nai'])).toContain('Bình Phước');
    expect(digest(db)).toBe(before);
    ok(['--db', db, 'import', titled, '--unit', 'Bình Phước']);
    expect(storedValues(db)).toEqual([{ code: '70', value: 812 }]);

    const withColumn = path.join(tmp, 'co-cot-don-vi.csv');
    fs.writeFileSync(withColumn, 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nĐồng Nai,Số tổ,2023,5\n');
    const db2 = freshDb();
    const before2 = digest(db2);
    expect(fails(['--db', db2, 'import', withColumn, '--unit', '70'])).toContain('Đơn vị');
    expect(digest(db2)).toBe(before2);
  });

  it("--unit naming a province 1 July 2025 left as it was: January–June on its unit of the 63, July–December on the 34's (its own figures: nothing said), as the title's would", () => {
    const months = path.join(tmp, 'qn-thang.csv');
    const cols = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}/2025`);
    fs.writeFileSync(
      months,
      `Chỉ tiêu,${cols.join(',')}\nTỷ lệ hồ sơ trực tuyến (%),${cols.map((_, m) => 60 + m).join(',')}\n`,
    );
    const db = freshDb();
    const out = ok(['--db', db, 'import', months, '--unit', 'Quảng Ninh', '--json']);
    expect(JSON.parse(out).problems.map((p: { code: string }) => p.code)).not.toContain('listFollowsPeriod');
    const s = new Store(db);
    try {
      const lists = s.db
        .prepare(
          `SELECT u.code_list || ' ' || MIN(o.period) || '…' || MAX(o.period) FROM observation o JOIN unit u ON u.id = o.unit_id
           WHERE o.layer = 'user' GROUP BY u.code_list ORDER BY u.code_list`,
        )
        .pluck()
        .all();
      expect(lists).toEqual(['2025 2025-07…2025-12', 'gso2004 2025-01…2025-06']);
    } finally {
      s.close();
    }
  });

  it('`imports` counts the cells a batch wrote, a value and its rank one cell, and says so (was: "63 giá trị" for 126 values)', () => {
    const f = path.join(tmp, 'hang.csv');
    fs.writeFileSync(
      f,
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị,Xếp hạng\nHà Nội,Tỷ lệ thanh toán trực tuyến (%),2024,"55,5",3\nLai Châu,Tỷ lệ thanh toán trực tuyến (%),2024,"40,1",40\n',
    );
    const db = freshDb();
    expect(ok(['--db', db, 'import', f, '--group', '63'])).toContain('4 giá trị');
    expect(ok(['--db', db, 'imports'])).toContain('2 ô số liệu (đơn vị × chỉ tiêu × kỳ)');
  });

  it('a name that is no unit of the list is a usage error, nothing written', () => {
    const db = freshDb();
    const before = digest(db);
    expect(fails(['--db', db, 'import', noUnitColumn(), '--unit', 'Tỉnh Không Có'])).toContain('--unit');
    expect(digest(db)).toBe(before);
  });
});

describe('dti-desk import - (a table on standard input, as pasted)', () => {
  const pasted = (name: string) => fs.readFileSync(fixture(name), 'utf8');

  it('imports the ministry table copied from Excel or from the web page, piped in (UTF-8, or UTF-16 as Windows pipes it)', () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const inputs: [string, string | Buffer][] = [
      ['excel', pasted('pasted_from_excel.tsv.txt')],
      ['web', pasted('pasted_from_web.html.txt')],
      ['excel utf-16', utf16(pasted('pasted_from_excel.tsv.txt'))],
    ];
    for (const [name, input] of inputs) {
      const db = freshDb();
      const r = cli(['--db', db, 'import', '-', '--year', '2022', '--json'], {}, input);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ status: 'committed', target: { year: 2022, group: 63 } });
      const ranking = JSON.parse(ok(['--db', db, 'rankings', '--year', '2022', '--json'])) as {
        unitName: string;
        rank: number | null;
        rankOf: number;
        pillars: Record<'cqs' | 'kts' | 'xhs', { rank: number | null }>;
      }[];
      const bp = ranking.find((x) => x.unitName === 'Bình Phước')!;
      expect([bp.rank, bp.rankOf, bp.pillars.cqs.rank, bp.pillars.kts.rank, bp.pillars.xhs.rank]).toEqual([
        12, 63, 12, 22, 14,
      ]);
      // the history names it as the messages do
      const batches = JSON.parse(ok(['--db', db, 'imports', '--json'])) as {
        fileName: string;
        kind: string;
      }[];
      expect(batches.map((b) => [b.fileName, b.kind])).toEqual([['stdin', 'paste']]);
    }
  });

  it('refuses an empty input, a workbook piped in and bytes that are not UTF-8 (exit 1, nothing written)', () => {
    const db = freshDb();
    const before = digest(db);
    const cases: [string | Buffer, string][] = [
      ['', 'FILE_EMPTY'],
      [fs.readFileSync(fixture('ranking_2022_web_copy.xlsx')), 'UNSUPPORTED_FORMAT'],
      [Buffer.from([0x61, 0x09, 0x62, 0x0a, 0xff, 0xfe, 0x0a]), 'INVALID_UTF8'],
    ];
    for (const [input, code] of cases) {
      const r = cli(['--db', db, 'import', '-', '--json'], {}, input);
      expect(r.code, code).toBe(1);
      const out = JSON.parse(r.stdout) as {
        status: string;
        file: string;
        error: { code: string; message: string };
      };
      expect(out).toMatchObject({ status: 'unreadable', file: 'stdin', error: { code } });
      expect(out.error.message).toContain('"stdin"');
    }
    expect(digest(db)).toBe(before);
    // ("-" is no option: the usage error it was is gone)
    expect(cli(['--db', db, 'import', '-'], {}, '').stderr).not.toContain('unknown option');
  });
});

describe('a long list of problems (round 77)', () => {
  // The 2022 ranking's 63 rows written 20 times: every row after the first 63 repeats a unit.
  const repeated = () => {
    const rows = referenceCsv('dti_2022_published.csv');
    const f = path.join(tmp, 'lap-lai.csv');
    const body = Array.from({ length: 20 }, () => rows.map((r) => `${r.dti_rank},"${r.label_as_published}"`));
    fs.writeFileSync(f, ['Xếp hạng DTI,Tỉnh', ...body.flat()].join('\n'));
    return f;
  };
  it("is in the rows' order, and says how many more it does not list", () => {
    const r = cli(['--db', freshDb(), 'import', repeated(), '--year', '2022', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as {
      counts: { errors: number };
      problems: { code: string; row: number }[];
      problemsNotListed: number;
    };
    const dups = out.problems.filter((p) => p.code === 'duplicateUnit');
    expect(dups[0]!.row).toBe(65); // the first row repeating a unit (the header is row 1)
    expect(dups.map((p) => p.row)).toEqual([...dups.map((p) => p.row)].sort((a, b) => a - b));
    expect(out.counts.errors).toBe(63 * 19);
    expect(out.problemsNotListed).toBe(out.counts.errors - out.problems.length);
    expect(out.problemsNotListed).toBeGreaterThan(0);
    const text = cli(['--db', freshDb(), 'import', repeated(), '--year', '2022']);
    expect(text.stdout).toContain(
      `… và ${out.problemsNotListed.toLocaleString('vi-VN')} lỗi, cảnh báo khác không liệt kê`,
    );
  });
});

describe('the other sheets a workbook holds (round 77: one said, two offered)', () => {
  it('are offered as the warning names them', () => {
    const rows = referenceCsv('dti_2022_published.csv');
    const table = (year: number) => [
      ['Tỉnh', `Xếp hạng DTI ${year}`],
      ...rows.map((r) => [r.label_as_published!, Number(r.dti_rank)]),
    ];
    const f = writeWorkbook('hai-nam.xlsx', [
      { name: 'Biểu đồ', rows: table(2022) },
      { name: 'DTI 2022', rows: table(2022) },
      { name: 'DTI 2021', rows: table(2021) },
    ]);
    const r = cli(['--db', freshDb(), 'import', f, '--sheet', 'DTI 2022', '--year', '2022']);
    expect(r.code).toBe(0);
    const said = r.stdout.split('\n').find((l) => l.includes('trang tính khác'))!;
    expect(said).toContain('"DTI 2021"');
    expect(said).not.toContain('"Biểu đồ"');
    expect(said).toContain('(--sheet "DTI 2021")');
    expect(said).not.toContain('--sheet "Biểu đồ"');
  });
});

describe('--indicator says whose table it is (round 81: ignored when a column looked like the DTI)', () => {
  /** Another index's ranking of the 63, headed "Điểm | Xếp hạng" (or as `headers` say), 0..1 like the DTI. */
  const lookAlike = (name: string, headers = ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng']) =>
    writeWorkbook(name, [
      {
        name: 'Sheet1',
        rows: [
          headers,
          ...published2022().map((r) => [r.label, Number((0.9 - r.rank / 100).toFixed(4)), r.rank]),
        ],
      },
    ]);
  const stored = (db: string) => {
    const s = new Store(db);
    try {
      return s.db
        .prepare(
          `SELECT i.code, COUNT(*) AS n, COUNT(o.value) AS values_, COUNT(o.rank) AS ranks
           FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' GROUP BY i.code`,
        )
        .all();
    } finally {
      s.close();
    }
  };

  it.each([
    ['Vietnam ICT Index 2020.xlsx', undefined],
    ['pci.xlsx', ['Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI']],
    ['4g.xlsx', ['Tỉnh, thành phố', 'Hạ tầng số (tỷ lệ phủ sóng 4G)', 'Xếp hạng']],
  ])("%s: the score and its rank are the named indicator's, not the DTI's", (name, headers) => {
    const db = freshDb();
    ok(['--db', db, 'import', lookAlike(name, headers), '--year', '2020', '--indicator', 'Chỉ số khác']);
    expect(stored(db)).toEqual([{ code: 'user.Chỉ số khác', n: 63, values_: 63, ranks: 63 }]);
  });

  it("after the DTI's ranking of the same headers (its layout remembered), another index's file is still the named indicator's", () => {
    const db = freshDb();
    ok(['--db', db, 'import', lookAlike('dti.xlsx'), '--year', '2022']);
    ok(['--db', db, 'import', lookAlike('PCI 2023.xlsx'), '--year', '2023', '--indicator', 'PCI']);
    expect(stored(db)).toEqual([
      { code: 'dti', n: 63, values_: 63, ranks: 63 },
      { code: 'user.PCI', n: 63, values_: 63, ranks: 63 },
    ]);
  });

  it("several of the ranking's figures are no one indicator's: refused, naming them", () => {
    const db = freshDb();
    const before = digest(db);
    const r = cli([
      '--db',
      db,
      'import',
      fixture('ranking_2022_web_copy.xlsx'),
      '--year',
      '2022',
      '--indicator',
      'Chỉ số khác',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bỏ --indicator để nhập bảng xếp hạng');
    expect(r.stderr).toMatch(/A "XẾP HẠNG DTI"/);
    expect(digest(db)).toBe(before);
  });

  it.each(['Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Chỉ số Hạ tầng số', 'Kinh tế số (KTS)', 'DTI cấp tỉnh'])(
    '"%s" is the ranking\'s own index: no indicator of the user\'s takes its name',
    (name) => {
      const db = freshDb();
      // (titled as another index's: read as an indicator table, whose rows would take the name)
      const titled = writeWorkbook('766.xlsx', [
        {
          name: 'Tổng hợp',
          rows: [
            ['KẾT QUẢ BỘ CHỈ SỐ 766 NĂM 2020'],
            [],
            ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
            ...published2022().map((r) => [r.label, Number((0.9 - r.rank / 100).toFixed(4)), r.rank]),
          ],
        },
      ]);
      const r = cli(['--db', db, 'import', titled, '--year', '2020', '--indicator', name]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('là chỉ số của bảng xếp hạng DTI, không phải chỉ tiêu');
      expect(userRows(db)).toBe(0);
    },
  );
});

describe('the changes an import lists say how many more there are (round 81: 1,000 of 20,000, unsaid)', () => {
  it('--json: changesNotListed; the text: "… và N thay đổi khác"', () => {
    const db = freshDb();
    const csv = path.join(tmp, 'kpi-3000.csv');
    writeKpiCsv(csv, 3000);
    const json = JSON.parse(ok(['--db', db, 'import', csv, '--dry-run', '--json'])) as {
      counts: { new: number; changed: number };
      changes: unknown[];
      changesNotListed: number;
    };
    expect(json.counts.new).toBe(3000);
    expect(json.changesNotListed).toBeGreaterThan(0);
    expect(json.changes.length + json.changesNotListed).toBe(3000);
    const text = ok(['--db', db, 'import', csv, '--dry-run']);
    expect(text).toContain(`… và ${(3000 - 200).toLocaleString('vi-VN')} thay đổi khác (không liệt kê)`);
  });
});

describe('a file name typed in the other Unicode form (round 81: "not found")', () => {
  it('a name stored decomposed (NFD) is found when typed composed (NFC)', () => {
    const stored = path.join(tmp, 'Xếp hạng DTI 2022.xlsx'.normalize('NFD'));
    fs.copyFileSync(fixture('ranking_2022_web_copy.xlsx'), stored);
    const db = freshDb();
    const typed = path.join(tmp, 'Xếp hạng DTI 2022.xlsx'.normalize('NFC'));
    expect(fs.existsSync(typed)).toBe(false);
    ok(['--db', db, 'import', typed, '--year', '2022']);
    expect(userRows(db)).toBeGreaterThan(0);
  });
});

describe('a flag a message already names with its value is not hinted again (round 81: "(--year 2022) … (--year)")', () => {
  it('the year a file name gives', () => {
    const f = path.join(tmp, 'xep-hang-dti-2022.csv');
    fs.writeFileSync(f, 'Tỉnh,Điểm DTI,Xếp hạng DTI\nBình Phước,0.5812,15\nĐồng Nai,0.6120,9\n');
    const r = cli(['--db', freshDb(), 'import', f]);
    expect(r.code).toBe(2);
    const line = r.stdout.split('\n').find((l) => l.includes('--year 2022'))!;
    expect(line).toBeDefined();
    expect(line).not.toContain('(--year)');
  });
});

describe('"--" ends the options, as getopt\'s (round 81: a file named "-2022.csv" could not be named)', () => {
  it('import --year 2022 -- -2022.csv', () => {
    const f = path.join(tmp, '-2022.csv');
    fs.copyFileSync(fixture('ranking_2022_utf8_bom.csv'), f);
    const db = freshDb();
    const r = cli(['--db', db, 'import', '--year', '2022', '--json', '--', '-2022.csv']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'committed', file: '-2022.csv' });
    expect(userRows(db)).toBeGreaterThan(0);
  });
});

describe('a CSV cut inside its last row, read on the reader thread (over 1 MB)', () => {
  it('a last row short of its header is said at that row (a row whole but for its value cut is not told from a file saved without a last line break)', () => {
    const file = path.join(tmp, 'kpi-cut.csv');
    writeKpiCsv(file, 30_000);
    const whole = fs.readFileSync(file, 'utf8');
    // (cut two characters into the last row's value, as a copy stopped there would leave it)
    const cutAt = whole.trimEnd().lastIndexOf(',') + 2;
    fs.writeFileSync(file, whole.slice(0, cutAt));
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    const db = freshDb();
    const r = cli(['--db', db, 'import', file, '--dry-run', '--json']);
    const out = JSON.parse(r.stdout) as { problems: { code: string; row: number; severity: string }[] };
    const cut = out.problems.filter((p) => p.code === 'fileEndsMidRow');
    expect(cut).toEqual([]);
    // (the value cut to its first digit is a whole row's cells: said only when the row is short)
    fs.writeFileSync(file, whole.slice(0, whole.trimEnd().lastIndexOf(',') - 3));
    const short = JSON.parse(cli(['--db', db, 'import', file, '--dry-run', '--json']).stdout) as typeof out;
    expect(short.problems.filter((p) => p.code === 'fileEndsMidRow')).toMatchObject([
      { severity: 'warning', row: 30_001 },
    ]);
  });
});
