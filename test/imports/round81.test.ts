// Session 26: what tester round 81 found, and the rounds' leftovers taken up. Each test imports the
// file as the command line does and checks what is stored against what the file says.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { published2022 } from '../fixtures/generate';
import { errorCodes, importLikeCli, storedLines, writeWorkbook } from './helpers';
import { ROOT } from '../cli/run';

/** The 2022 ranking of the 63, "Tỉnh | Điểm DTI | Xếp hạng DTI", with made-up scores by rank. */
const ranking2022 = (name: string) =>
  writeWorkbook(name, [
    {
      name: 'DTI 2022',
      rows: [
        ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
        ...published2022().map((r) => [r.label, Number((0.9 - r.rank / 100).toFixed(4)), r.rank]),
      ],
    },
  ]);

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round81-'), 'r.db'));
});

describe("a full year's template filled to its running total's month (round 79's leftover: the total set aside)", () => {
  const KPIS = ['Số giao dịch thanh toán trực tuyến', 'Số người học trên nền tảng MOOC'];
  const months = Array.from({ length: 12 }, (_, m) => `T${m + 1}/2025`);
  const monthly = (i: number) => Array.from({ length: 9 }, (_, m) => 1000 * (i + 1) + m);
  const sum = (i: number) => monthly(i).reduce((a, b) => a + b, 0);
  /** A province's report on the year's template: T1 … T12, then the running total; `late` fills T10. */
  const report = (late: number | null) =>
    writeWorkbook('bao-cao-t9.xlsx', [
      {
        name: 'Bieu 02',
        rows: [
          ['UBND TỈNH QUẢNG NINH'],
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ - TỈNH QUẢNG NINH'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...months, 'Lũy kế đến T9/2025'],
          ...KPIS.map((k, i) => [i + 1, k, 'lượt', ...monthly(i), late, null, null, sum(i)]),
        ],
      },
    ]);

  it('T10–T12 blank: "Lũy kế đến T9/2025" is January to September, stored beside the nine months', async () => {
    const { preview, session, mapping } = await importLikeCli(store, report(null));
    expect(mapping.columns.at(-1)!.mapping).toEqual({
      field: 'kpi.valueForPeriod',
      period: '2025-01..2025-09',
    });
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    const lines = storedLines(store);
    expect(lines.filter((l) => l.includes(' | 2025-01..2025-09 | ')).sort()).toEqual(
      KPIS.map((k, i) => `Quảng Ninh | ${k} | 2025-01..2025-09 | ${sum(i)} | null`).sort(),
    );
    // (and the nine months each, none of the blank three)
    expect(lines.filter((l) => / \| 2025-\d\d \| /.test(l))).toHaveLength(18);
  });

  it('October filled: the total is no longer the months before it: set aside, as before', async () => {
    const { mapping } = await importLikeCli(store, report(5000));
    expect(mapping.columns.at(-1)!.mapping.field).toBe('ignore');
    expect(mapping.columns.at(-1)!.note).toBe('period to a date');
  });
});

describe('a column mapped to a field its kind of table does not read is said, not dropped (round 81: dropped unsaid)', () => {
  /** The 2022 ranking with the online payments' rate beside it. */
  const file = () =>
    writeWorkbook('dti-2022-thanh-toan.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI', 'Tỷ lệ thanh toán trực tuyến (%)'],
          ...published2022().map((r, i) => [r.label, r.pdti, r.rank, 40 + (i % 50)]),
        ],
      },
    ]);

  it('an indicator value in a ranking: a warning at its header, listed among the columns not imported', async () => {
    const session = new ImportSession(store.db, { kind: 'file', path: file() });
    const a = await session.analyze();
    expect(a.target.kind).toBe('ranking');
    const byHand = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) =>
        c.col === 4 ? { ...c, mapping: { field: 'kpi.value' as const }, confidence: 1 } : c,
      ),
    };
    const preview = await session.stage(byHand, { ...a.target, year: 2022, group: 63 });
    const said = preview.problems.filter((p) => p.code === 'columnOfOtherKind');
    expect(said.map((p) => [p.severity, p.row, p.col])).toEqual([['warning', 1, 4]]);
    expect(said[0]!.messageVi).toContain('"Tỷ lệ thanh toán trực tuyến (%)"');
    expect(said[0]!.messageVi).toContain('bảng chỉ tiêu');
    expect(said[0]!.messageEn).toContain('import the file again as an indicator table');
    expect(preview.unknownColumns).toEqual([{ col: 4, header: 'Tỷ lệ thanh toán trực tuyến (%)' }]);
    // the ranking itself is imported as ever
    expect(preview.canCommit).toBe(true);
    session.dispose();
  });

  it("the same file as an indicator table: the DTI's score and rank columns are said", async () => {
    const session = new ImportSession(store.db, { kind: 'file', path: file() });
    const a = await session.analyze();
    const preview = await session.stage(
      {
        ...a.mapping,
        columns: a.mapping.columns.map((c) =>
          c.col === 4 ? { ...c, mapping: { field: 'kpi.value' as const }, confidence: 1 } : c,
        ),
      },
      {
        ...a.target,
        kind: 'kpi',
        year: 2022,
        period: '2022',
        group: 63,
        indicator: 'Tỷ lệ thanh toán trực tuyến',
      },
    );
    const said = preview.problems.filter((p) => p.code === 'columnOfOtherKind');
    expect(said.map((p) => p.col)).toEqual([2, 3]);
    expect(said[0]!.messageEn).toContain('import the file again as a ranking table');
    expect(preview.unknownColumns.map((c) => c.col)).toEqual([2, 3]);
    expect(preview.counts.observations).toBe(63);
    session.dispose();
  });

  it('a file read as it is proposed says nothing of the kind', async () => {
    const { preview } = await importLikeCli(store, file(), 2022);
    expect(preview.problems.map((p) => p.code)).not.toContain('columnOfOtherKind');
  });
});

describe('an import that waits for another commit counts against what that commit wrote (round 81: "20.000 mới" of values just written)', () => {
  it('the counts are taken once the store is its own to write', async () => {
    const f = ranking2022('dti-2022.xlsx');
    const { session, preview } = await importLikeCli(store, f, 2022);
    expect(preview.counts).toMatchObject({ new: 126, changed: 0 });
    // Another program (a second dti-desk) writes the 63 scores, holding the store's lock a moment.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(store.file)});
         db.pragma('busy_timeout = 5000');
         db.exec('BEGIN IMMEDIATE');
         db.prepare(\`INSERT INTO observation (indicator_id, unit_id, period, year, ranking_group, layer, value, status)
           SELECT i.id, u.id, '2022', 2022, 63, 'user', 0.5, 'edited' FROM indicator i, unit u
           WHERE i.code = 'dti' AND i.methodology_id IS NULL AND u.code_list = 'gso2004'\`).run();
         console.log('locked');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
         db.exec('COMMIT');`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await once(child.stdout!, 'data');
    const r = session.commit();
    await once(child, 'exit');
    session.dispose();
    // (the rank-40 unit's made-up score is 0.5 too: unchanged)
    expect(r.counts).toMatchObject({ new: 63, changed: 62, unchanged: 1 });
  });
});

describe("a DTI of districts, provincial cities, communes or ministries is no provinces' ranking (round 81: 28 cities stored as provinces)", () => {
  /** Rows named as provinces are (the provincial cities bear their provinces' names). */
  const cities = ['Lào Cai', 'Hưng Yên', 'Hà Tĩnh', 'Lạng Sơn', 'Bắc Ninh', 'Thái Bình'];
  const table = (title: string | null, sheet = 'Sheet1', unitHeader = 'Đơn vị') =>
    writeWorkbook('dti-cap-huyen.xlsx', [
      {
        name: sheet,
        rows: [
          ...(title ? [[title], []] : []),
          ['STT', unitHeader, 'Điểm DTI', 'Xếp hạng'],
          ...cities.map((c, i) => [i + 1, c, Number((0.82 - i / 100).toFixed(4)), i + 1]),
        ],
      },
    ]);
  const refusal = async (file: string) => {
    const { preview, session } = await importLikeCli(store, file, 2023);
    session.dispose();
    return preview.problems.filter((p) => p.code === 'notProvincesRanked');
  };

  it.each([
    [
      'XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM 2023 - KHỐI THÀNH PHỐ THUỘC TỈNH',
      'huyện, thị xã, thành phố thuộc tỉnh',
    ],
    [
      'XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA CÁC THÀNH PHỐ THUỘC TỈNH NĂM 2023',
      'huyện, thị xã, thành phố thuộc tỉnh',
    ],
    ['KẾT QUẢ DTI CẤP XÃ NĂM 2023', 'các xã, phường'],
    ['KẾT QUẢ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP BỘ (DTI) NĂM 2023', 'các bộ, cơ quan ngang bộ'],
  ])('"%s": refused, saying whose ranking it is', async (title, ranked) => {
    const said = await refusal(table(title));
    expect(said.map((p) => p.severity)).toEqual(['error']);
    expect(said[0]!.messageVi).toContain(ranked);
    expect(said[0]!.messageEn).toContain('DTI Desk imports the provincial DTI ranking only');
    expect(storedLines(store)).toEqual([]);
  });

  it('a sheet so named, with no title', async () => {
    expect(await refusal(table(null, 'DTI cấp huyện 2023'))).toHaveLength(1);
  });

  it.each(['XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023', 'DTI CẤP TỈNH VÀ CẤP HUYỆN NĂM 2023'])(
    '"%s" names the provinces\' DTI: not this refusal',
    async (title) => {
      expect(await refusal(table(title))).toEqual([]);
    },
  );
});

describe('a number cell is quoted as Excel shows it (round 81: a score\'s cell said as "56.99999999999999")', () => {
  it('0.57×100 out of 0..1 is said as "57"', async () => {
    const f = writeWorkbook('diem.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
          ...published2022().map((r) => [
            r.label,
            r.rank === 5 ? 0.57 * 100 : Number((0.9 - r.rank / 100).toFixed(4)),
            r.rank,
          ]),
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2022);
    session.dispose();
    const bad = preview.problems.filter((p) => p.severity === 'error' && p.value !== null);
    expect(bad.map((p) => p.value)).toContain('57');
    expect(bad.map((p) => p.messageVi).join()).not.toContain('56.9999');
  });
});

describe('another index\'s table named by its file, or by a header that names nothing (round 81: stored as the DTI, or as the KPI "Chỉ số")', () => {
  const table = (name: string, headers: string[], title: string[] = []) =>
    writeWorkbook(name, [
      {
        name: 'Sheet1',
        rows: [
          ...title.map((t) => [t]),
          ...(title.length ? [[]] : []),
          headers,
          ...published2022().map((r) => [r.label, Number((0.9 - r.rank / 100).toFixed(4)), r.rank]),
        ],
      },
    ]);
  const kpiOf = async (file: string) => {
    const { preview, session, analysis } = await importLikeCli(store, file, 2023);
    session.dispose();
    return { kind: analysis.target.kind, indicator: analysis.target.indicator, errors: errorCodes(preview) };
  };

  it.each([
    ['Vietnam ICT Index 2020.xlsx', 'Vietnam ICT Index'],
    ['PCI 2023.xlsx', 'PCI'],
    ['Xep hang PCI 2023.xlsx', 'PCI'],
    ['Bo chi so 766 nam 2023 (thang 1).xlsx', 'Bo chi so 766'],
  ])('"%s" over "Điểm | Xếp hạng": the KPI %s, not the DTI', async (name, kpi) => {
    expect(await kpiOf(table(name, ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng']))).toEqual({
      kind: 'kpi',
      indicator: kpi,
      errors: [],
    });
  });

  it('a file named for the DTI stays the DTI', async () => {
    expect((await kpiOf(table('DTI 2023.xlsx', ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng']))).kind).toBe(
      'ranking',
    );
  });

  it('"Chỉ số | Xếp hạng" with nothing naming whose: asked (a KPI "Chỉ số" would take every such file)', async () => {
    const r = await kpiOf(table('bang.xlsx', ['Tỉnh, thành phố', 'Chỉ số', 'Xếp hạng']));
    expect(r.errors).toEqual(['noTableIndicator']);
  });

  it('"HỘI TIN HỌC VIỆT NAM" above the title is its publisher, not the KPI', async () => {
    const r = await kpiOf(
      table(
        'ict.xlsx',
        ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
        ['HỘI TIN HỌC VIỆT NAM', 'XẾP HẠNG VIETNAM ICT INDEX 2023 - KHỐI TỈNH, THÀNH PHỐ'],
      ),
    );
    expect(r.indicator).not.toMatch(/hội tin học/i);
    expect(r.indicator).toMatch(/ICT index/i);
  });
});

describe("a KPI measured under a pillar's or main index's name is the KPI's (round 81: stored as the index's score)", () => {
  const table = (header: string, title: string[] = []) =>
    writeWorkbook('kpi.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ...title.map((t) => [t]),
          ...(title.length ? [[]] : []),
          ['STT', 'Tỉnh, thành phố', header, 'Xếp hạng'],
          ...published2022().map((r, i) => [
            i + 1,
            r.label,
            Number((0.05 + r.rank / 300).toFixed(4)),
            r.rank,
          ]),
        ],
      },
    ]);
  const read = async (file: string) => {
    const { preview, session, analysis, mapping } = await importLikeCli(store, file, 2023);
    if (preview.canCommit) session.commit();
    session.dispose();
    return {
      kind: analysis.target.kind,
      fields: mapping.columns.slice(2).map((c) => c.mapping.field),
      indices: store.db
        .prepare(
          `SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id
           WHERE o.layer = 'user' AND i.kind <> 'kpi'`,
        )
        .pluck()
        .get(),
    };
  };

  it.each([
    'Kinh tế số (% GRDP)',
    'Hạ tầng số (tỷ lệ phủ sóng 4G)',
    'Xã hội số - Tỷ lệ dân số có tài khoản thanh toán',
    'Chính quyền số: tỷ lệ DVC trực tuyến toàn trình',
  ])('"%s": a KPI with its rank, no index score stored', async (header) => {
    const r = await read(table(header));
    expect(r.kind).toBe('kpi');
    expect(r.fields[0]).toBe('kpi.valueForIndicator');
    expect(r.indices).toBe(0);
  });

  it.each([
    ['TỶ LỆ PHỦ SÓNG 4G THEO TỈNH NĂM 2023', 'Hạ tầng số'],
    ['TỶ TRỌNG KINH TẾ SỐ TRONG GRDP CỦA CÁC TỈNH, THÀNH PHỐ NĂM 2023', 'Kinh tế số'],
  ])('under "%s", "%s | Xếp hạng" is the title\'s KPI and its rank', async (title, header) => {
    const r = await read(table(header, [title]));
    expect(r).toEqual({ kind: 'kpi', fields: ['kpi.value', 'kpi.rank'], indices: 0 });
  });

  it('under a title of the DTI, "Kinh tế số | Xếp hạng" stays the pillar', async () => {
    const r = await read(
      table('Kinh tế số', ['XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023 - TRỤ CỘT KINH TẾ SỐ']),
    );
    expect(r.kind).toBe('ranking');
    expect(r.fields[0]).toBe('kts.score');
  });
});

describe('ranks mapped as scores are said to look like ranks (round 81: "2 looks like a percentage" at every row)', () => {
  it('score and rank swapped by hand in the mapping', async () => {
    const f = ranking2022('dti-2022-swap.xlsx');
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const swapped = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) =>
        c.col === 2
          ? { ...c, mapping: { field: 'dti.rank' as const }, confidence: 1 }
          : c.col === 3
            ? { ...c, mapping: { field: 'dti.score' as const }, confidence: 1 }
            : c,
      ),
    };
    const preview = await session.stage(swapped, { ...a.target, year: 2022, group: 63 });
    session.dispose();
    const scores = preview.problems.filter((p) => p.code === 'scoreRange' && p.col === 3);
    expect(scores.length).toBeGreaterThan(50);
    expect(scores[0]!.messageVi).toContain('có vẻ là thứ hạng');
    expect(scores.map((p) => p.messageVi).join()).not.toContain('phần trăm');
  });
});

describe('the cells of a column that hold no number are named (round 81: only the first, the nine others framed unnamed)', () => {
  it('ten at most, "…" beyond', async () => {
    const f = writeWorkbook('na.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'],
          ...published2022().map((r) => [
            r.label,
            r.rank <= 12 ? 'n/a' : Number((0.9 - r.rank / 100).toFixed(4)),
            r.rank,
          ]),
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f, 2022);
    session.dispose();
    const said = preview.problems.find((p) => p.code === 'noDataCells')!;
    expect(said.messageEn).toMatch(/\(12: (B\d+, ){10}…\)/);
  });
});
