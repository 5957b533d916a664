// What testers found in the third sweep, as an analyst meets it: a ranking group the year cannot
// have, a ranking imported in parts (two sheets, two files), KPI periods from a sheet name or the
// headers, workbooks with a table per sheet, the 2025 rearrangement in KPI tables, and main
// indices that are not part of the year's methodology.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { mappingForYear } from '../../src/shared/imports/yearColumns';
import { Store } from '../../src/main/store';
import type { ImportPreview, ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { referenceCsv, storedAs, storedRanking, writeWorkbook, writeTemp } from './helpers';

let store: Store;
let dir: string;
beforeEach(() => {
  dir = tempDir('dti-round-three-');
  store = new Store(path.join(dir, 'r.db'));
});
afterEach(() => store.close());

const pub2022 = referenceCsv('dti_2022_published.csv');
const provinces = referenceCsv('provinces_63.csv');
const units2025 = referenceCsv('units_2025.csv');

type Cell = string | number | null;
const writeBook = writeWorkbook;
const writeText = (name: string, lines: string[]): string => writeTemp(name, lines.join('\n'));

/** The import as `dti-desk import FILE [--year Y] [--group G] [--sheet S]` runs it. */
async function importAs(file: string, opts: { year?: number; group?: 63 | 34; sheet?: string } = {}) {
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  await session.open();
  const analysis = await session.analyze(opts.sheet ?? (await session.suggestSheet(opts.year ?? null)));
  session.sheetGiven = opts.sheet !== undefined;
  const y = opts.year ?? analysis.target.year;
  const period =
    opts.year !== undefined ? String(opts.year) : (analysis.target.period ?? (y !== null ? String(y) : null));
  const group = opts.group ?? session.groupFor({ kind: analysis.target.kind, year: y, period });
  const target: ImportTarget = {
    ...analysis.target,
    year: y,
    period,
    group,
    unitId: group === analysis.target.group ? analysis.target.unitId : session.tableUnit(group),
  };
  const preview = await session.stage(mappingForYear(analysis.mapping, y), target);
  return { session, analysis, preview };
}
const codes = (p: ImportPreview, severity: 'error' | 'warning') =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);
const userRows = () =>
  (store.db.prepare(`SELECT COUNT(*) AS n FROM observation WHERE layer = 'user'`).get() as { n: number }).n;

const rankingRows = (rows: typeof pub2022) =>
  rows.map((r) => [Number(r.dti_rank), r.label_as_published!, r.pdti ? Number(r.pdti) : null] as Cell[]);
const HEAD = ['Xếp hạng', 'Tỉnh, thành phố', 'Điểm DTI'];

describe('ranking group and year', () => {
  it('a 2025 ranking for the 63-unit group and a 2023 one for the 34 are refused; nothing is written', async () => {
    const of63 = writeBook('r2025_63.xlsx', [
      { name: 'Sheet1', rows: [HEAD, ...provinces.map((p, i) => [i + 1, p.name_vi!, 0.9 - i * 0.005])] },
    ]);
    const a = await importAs(of63, { year: 2025, group: 63 });
    expect(codes(a.preview, 'error')).toEqual(['groupYearContradicts']);
    const e = a.preview.problems[0]!;
    expect(e.messageEn).toContain('the 2025 ranking is among 34 units');
    expect(e.messageEn).toContain('the import is for the 63-unit group');
    expect(e.messageVi).toContain('tệp "r2025_63.xlsx", trang tính "Sheet1"');
    expect(() => a.session.commit()).toThrow();

    const of34 = writeBook('r2023_34.xlsx', [
      { name: 'Sheet1', rows: [HEAD, ...units2025.map((u, i) => [i + 1, u.name_vi!, 0.9 - i * 0.01])] },
    ]);
    const b = await importAs(of34, { year: 2023, group: 34 });
    expect(codes(b.preview, 'error')).toEqual(['groupYearContradicts']);
    expect(b.preview.problems[0]!.messageVi).toContain('năm 2023 là xếp hạng giữa 63 đơn vị');
    expect(() => b.session.commit()).toThrow();
    expect(userRows()).toBe(0);
    // 2024 was published for both groups: either is accepted.
    const c = await importAs(of34, { year: 2024, group: 34 });
    expect(codes(c.preview, 'error')).toEqual([]);
  });
});

describe('a ranking in parts', () => {
  const part = (a: number, b: number) => [
    ['XẾP HẠNG DTI CẤP TỈNH NĂM 2022'],
    HEAD,
    ...rankingRows(pub2022.slice(a, b)),
  ];
  const split = () =>
    writeBook('split.xlsx', [
      { name: '1-32', rows: part(0, 32) },
      { name: '33-63', rows: part(32, 63) },
    ]);
  const allStored = () => {
    const stored = storedRanking(store, 2022, 63);
    for (const r of pub2022)
      expect(stored.get(`${r.gso_code}:dti`)?.rank, r.label_as_published).toBe(Number(r.dti_rank));
  };

  for (const order of [
    ['1-32', '33-63'],
    ['33-63', '1-32'],
  ])
    it(`two sheets, ${order[0]} then ${order[1]}: each half imports, the second completes the table`, async () => {
      const f = split();
      const first = await importAs(f, { sheet: order[0] });
      expect(codes(first.preview, 'error')).toEqual([]);
      const excerpt = first.preview.problems.find((p) => p.code === 'excerpt')!;
      expect(excerpt.severity).toBe('warning');
      expect(excerpt.messageEn).toContain(`seem to be on sheet "${order[1]}"`);
      expect(excerpt.messageVi).toContain(`trang tính "${order[1]}"`);
      // the rest is named once, not again as "another sheet with a table"
      expect(codes(first.preview, 'warning')).not.toContain('otherSheetsWithTables');
      first.session.commit();
      const second = await importAs(f, { sheet: order[1] });
      expect(codes(second.preview, 'error')).toEqual([]);
      expect(second.preview.problems.map((p) => p.code)).not.toContain('excerpt');
      // the sheet imported before has nothing missing: not named either
      expect(codes(second.preview, 'warning')).not.toContain('otherSheetsWithTables');
      second.session.commit();
      allStored();
    });

  it('without a chosen sheet, a half is refused naming the sheet with the rest', async () => {
    const { session, preview } = await importAs(split());
    const e = preview.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ code: 'missingUnits', file: 'split.xlsx', sheet: '1-32' });
    expect(e.messageEn).toContain('the other 31 seem to be on sheet "33-63"');
    expect(session.restSheet).toBe('33-63');
    expect(() => session.commit()).toThrow();
    expect(userRows()).toBe(0);
  });

  it('two files one after another (ranks 1–31, then 32–63) complete the table', async () => {
    const a = writeBook('a.xlsx', [{ name: 'Sheet1', rows: part(0, 31) }]);
    const b = writeBook('b.xlsx', [{ name: 'Sheet1', rows: part(31, 63) }]);
    const first = await importAs(a);
    expect(codes(first.preview, 'error')).toEqual([]);
    first.session.commit();
    const second = await importAs(b);
    expect(second.preview.problems.map((p) => p.code)).toEqual([]);
    second.session.commit();
    allStored();
  });

  it('a second part after the first is checked with it: three rows lost are still missing', async () => {
    const first = await importAs(writeBook('a.xlsx', [{ name: 'Sheet1', rows: part(0, 32) }]));
    first.session.commit();
    const lossy = [...pub2022.slice(32, 45), ...pub2022.slice(48, 63)];
    const second = await importAs(
      writeBook('b.xlsx', [
        { name: 'Sheet1', rows: [['XẾP HẠNG DTI CẤP TỈNH NĂM 2022'], HEAD, ...rankingRows(lossy)] },
      ]),
    );
    const e = second.preview.problems.find((p) => p.code === 'missingUnits')!;
    expect(e.severity).toBe('error');
    expect(e.messageEn).toContain('3 missing');
  });

  it('a whole table that lost a few rows still blocks, whatever its ranks', async () => {
    const rows = pub2022.filter((_, i) => i < 60);
    const { preview } = await importAs(
      writeBook('lost.xlsx', [{ name: 'S', rows: [HEAD, ...rankingRows(rows)] }]),
      {
        year: 2022,
      },
    );
    expect(codes(preview, 'error')).toContain('missingUnits');
  });
});

describe('KPI periods from the sheet name and the headers', () => {
  const perYear = () =>
    writeBook('per_year.xlsx', [
      ...[2022, 2023, 2024].map((y) => ({
        name: y === 2023 ? 'Năm 2023' : String(y),
        rows: [
          ['Đơn vị', 'Tỷ lệ DVCTT toàn trình (%)', 'Số Tổ công nghệ số cộng đồng (tổ)'],
          ['Bình Phước', y - 1990, y - 1000],
          ['Đồng Nai', y - 2000, y],
        ] as Cell[][],
      })),
    ]);

  it('a sheet named "2024" imported for 2023 is an error naming the sheet', async () => {
    const { session, preview } = await importAs(perYear(), { sheet: '2024', year: 2023 });
    const e = preview.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ code: 'sheetYearContradicts', file: 'per_year.xlsx', sheet: '2024' });
    expect(e.messageEn).toContain('the sheet is named for 2024, but its values are imported for period 2023');
    expect(e.messageVi).toContain('tên trang tính ghi năm 2024');
    expect(() => session.commit()).toThrow();
  });

  it('without a year, the sheet "2024" or "Năm 2023" gives the period', async () => {
    const a = await importAs(perYear(), { sheet: '2024' });
    expect(a.analysis.target).toMatchObject({ kind: 'kpi', year: 2024, period: '2024' });
    expect(codes(a.preview, 'error')).toEqual([]);
    expect(new Set(a.preview.rows.flatMap((r) => r.cells.map((c) => c.period)))).toEqual(new Set(['2024']));
    const b = await importAs(perYear(), { sheet: 'Năm 2023' });
    expect(b.analysis.target).toMatchObject({ year: 2023, period: '2023' });
  });

  const byIndicator = () =>
    writeBook('by_indicator.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['Đơn vị', 'Tỷ lệ DVCTT toàn trình năm 2023 (%)', 'Số Tổ công nghệ số cộng đồng năm 2023 (tổ)'],
          ['Bình Phước', 52.25, 1110],
          ['Đồng Nai', 44.9, 1600],
        ],
      },
    ]);

  it('headers "… năm 2023 (%)" imported for 2024: an error naming each column', async () => {
    const { preview } = await importAs(byIndicator(), { year: 2024 });
    const errors = preview.problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.code, e.cell])).toEqual([
      ['columnYearContradicts', 'B1'],
      ['columnYearContradicts', 'C1'],
    ]);
    expect(errors[0]!.messageEn).toContain('column B: Tỷ lệ DVCTT toàn trình năm 2023 (%)');
    expect(errors[0]!.messageEn).toContain(
      'the column header names 2023, but its values are imported for period 2024',
    );
  });

  it('without a year the headers give it, and the KPI is named without it', async () => {
    const { session, analysis, preview } = await importAs(byIndicator());
    expect(analysis.target).toMatchObject({ year: 2023, period: '2023' });
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.rows[0]!.cells.map((c) => [c.indicator, c.period])).toEqual([
      ['Tỷ lệ DVCTT toàn trình (%)', '2023'],
      ['Số Tổ công nghệ số cộng đồng (tổ)', '2023'],
    ]);
    session.commit();
    const names = store.db
      .prepare(`SELECT name_vi FROM indicator WHERE code LIKE 'user.%' ORDER BY name_vi`)
      .pluck()
      .all();
    expect(names).toEqual(['Số Tổ công nghệ số cộng đồng', 'Tỷ lệ DVCTT toàn trình']);
  });

  it('a long table whose periods are all 2022, imported for 2023: a warning at the period cell', async () => {
    const f = writeText('p2022.csv', [
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị',
      'Bình Phước,Tỷ lệ DVCTT toàn trình,2022,"35,5"',
      'Bình Phước,Tỷ lệ DVCTT toàn trình,T9/2022,"33,3"',
    ]);
    const { preview } = await importAs(f, { year: 2023 });
    const w = preview.problems.find((p) => p.code === 'yearNotInPeriods')!;
    expect(w).toMatchObject({ severity: 'warning', cell: 'C2', header: 'Kỳ', value: '2022' });
    expect(w.messageEn).toContain("the import is for 2023, but the file's periods are 2022, Sep 2022");
    expect(preview.canCommit).toBe(true);
    const fine = await importAs(f, { year: 2022 });
    expect(fine.preview.problems.map((p) => p.code)).toEqual([]);
  });
});

describe('a workbook with one table per sheet', () => {
  it('the other sheets with tables are named (per indicator, per province)', async () => {
    const kpiSheet = (name: string): Cell[][] => [
      ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
      ['Bình Phước', name, '2022', 10],
      ['Đồng Nai', name, '2022', 20],
    ];
    const f = writeBook('per_indicator.xlsx', [
      { name: 'DVC', rows: kpiSheet('Tỷ lệ DVCTT toàn trình') },
      { name: 'Ghi chú', rows: [['Số liệu do Sở KH&CN tổng hợp']] },
      { name: 'MOOC', rows: kpiSheet('Số người học MOOC') },
      { name: '4G', rows: kpiSheet('Tỷ lệ phủ sóng 4G') },
    ]);
    const { preview } = await importAs(f);
    expect(preview.sheet).toBe('DVC');
    const w = preview.problems.find((p) => p.code === 'otherSheetsWithTables')!;
    expect(w).toMatchObject({ severity: 'warning', file: 'per_indicator.xlsx', sheet: 'DVC' });
    expect(w.messageEn).toContain('2 other sheet(s) with a table, not read by this import: "MOOC", "4G"');
    expect(w.messageVi).toContain('"MOOC", "4G"');

    const perProvince = (v: number): Cell[][] => [
      ['Chỉ tiêu', 'Đơn vị tính', 'Năm 2022', 'Năm 2023'],
      ['Tỷ lệ DVCTT toàn trình', '%', v, v + 1],
    ];
    const g = writeBook('per_province.xlsx', [
      { name: 'Bình Phước', rows: perProvince(35) },
      { name: 'Đồng Nai', rows: perProvince(36) },
    ]);
    const p = await importAs(g);
    expect(p.preview.problems.find((x) => x.code === 'otherSheetsWithTables')!.messageEn).toContain(
      '"Đồng Nai"',
    );
  });
});

describe('the 2025 rearrangement in KPI tables', () => {
  const kpi = (rows: string[][]) =>
    writeText('kpi.csv', [
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị',
      ...rows.map((r) => r.map((c) => `"${c}"`).join(',')),
    ]);
  const storedUnits = () =>
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, u.code_list AS list, o.period FROM observation o JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' ORDER BY o.period, u.name_vi`,
      )
      .all();

  it('Bình Phước in a 34-unit import: it merged into Đồng Nai on 01/07/2025, asked with Đồng Nai first', async () => {
    const { preview } = await importAs(
      kpi([
        ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'T9/2025', '70,5'],
        ['Bình Phước', 'Số hồ sơ trực tuyến tiếp nhận', 'Quý III/2025', '5.432'],
      ]),
      { group: 34 },
    );
    expect(codes(preview, 'error')).toEqual(['unitMerged']);
    const e = preview.problems[0]!;
    expect(e).toMatchObject({ cell: 'A2', header: 'Đơn vị', value: 'Bình Phước' });
    expect(e.messageEn).toContain('on 1 July 2025 it merged into Đồng Nai');
    expect(e.messageVi).toContain('đã sáp nhập vào Đồng Nai');
    expect(preview.questions).toHaveLength(1);
    expect(preview.questions[0]!.rows).toEqual([2, 3]);
    expect(preview.questions[0]!.candidates[0]!.name).toBe('Đồng Nai');
  });

  it('Bình Phước after June 2025 on the 63-unit list: the error says it merged into Đồng Nai', async () => {
    const { preview } = await importAs(kpi([['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'T9/2025', '70,5']]));
    const e = preview.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ code: 'periodOutsideList', cell: 'D2' });
    expect(e.messageEn).toContain(
      'period Sep 2025 of "Bình Phước" (63-unit list): on 1 July 2025 "Bình Phước" merged into Đồng Nai',
    );
  });

  for (const group of [undefined, 63, 34] as const)
    it(`periods on both sides of 01/07/2025 (group ${group ?? 'from the file'}): each row follows its period`, async () => {
      const { session, preview } = await importAs(
        kpi([
          ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'Quý II/2025', '61,2'],
          ['Bình Dương', 'Tỷ lệ DVCTT toàn trình', 'Quý II/2025', '70,2'],
          ['Đồng Nai', 'Tỷ lệ DVCTT toàn trình', 'Quý III/2025', '65,3'],
          ['Hồ Chí Minh', 'Tỷ lệ DVCTT toàn trình', 'Quý III/2025', '75,3'],
        ]),
        group ? { group } : {},
      );
      expect(codes(preview, 'error')).toEqual([]);
      expect(preview.questions).toEqual([]);
      expect(codes(preview, 'warning')).toEqual(['listFollowsPeriod']);
      // (and says where a province left as it was goes: by each figure's period — round 76)
      expect(preview.problems[0]!.messageEn).toContain('each figure on the list of its own period');
      expect(preview.rows.map((r) => r.unitName)).toEqual([
        'Bình Phước',
        'Bình Dương',
        'Đồng Nai',
        'Hồ Chí Minh',
      ]);
      session.commit();
      expect(storedUnits()).toEqual([
        { unit: 'Bình Dương', list: 'gso2004', period: '2025-04..2025-06' },
        { unit: 'Bình Phước', list: 'gso2004', period: '2025-04..2025-06' },
        { unit: 'Hồ Chí Minh', list: '2025', period: '2025-07..2025-09' },
        { unit: 'Đồng Nai', list: '2025', period: '2025-07..2025-09' },
      ]);
    });

  it('a 34-list unit the change made of several is not moved to the 63-unit list silently', async () => {
    // (imported for the 34 units, 2024 is a restatement for the new Lào Cai: said)
    const { preview } = await importAs(kpi([['Lào Cai', 'Tỷ lệ DVCTT toàn trình', 'Năm 2024', '12,5']]), {
      group: 34,
    });
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toContain('listFollowsPeriod');
    expect(preview.problems.find((p) => p.code === 'listFollowsPeriod')!.messageEn).toContain(
      'restated for the new units',
    );
  });

  it('one column per period on both sides of the change: one instruction, not an error per cell', async () => {
    // (with a unit that merged among them: a table of provinces left as they were only is taken,
    // each value on its period's list — round 76, round75.test.ts)
    const f = writeBook('wide.xlsx', [
      {
        name: 'S',
        rows: [
          ['Tỷ lệ DVCTT toàn trình (%)'],
          ['Đơn vị', 'Quý II/2025', 'Quý III/2025'],
          ['Hà Nội', 60.1, 61.2],
          ['Bình Phước', 50.1, 51.2],
        ],
      },
    ]);
    const { preview } = await importAs(f, { group: 63 });
    const errors = preview.problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.code, e.cell])).toEqual([['periodOutsideList', 'C2']]);
    expect(errors[0]!.messageEn).toContain(
      'the period columns "Quý II/2025" (before 1 July 2025) and "Quý III/2025"',
    );
    expect(errors[0]!.messageEn).toContain(
      'import the columns before 1 July 2025 and those from it separately',
    );
  });

  it('"9 tháng 2025" and "Năm 2025" for a 63-list unit that merged: an error at each value (round 22; was a warning)', async () => {
    const { preview } = await importAs(
      kpi([
        ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', '6 tháng đầu năm 2025', '61,2'],
        ['Bình Phước', 'Số hồ sơ trực tuyến tiếp nhận', '9 tháng 2025', '12.345'],
        ['Bình Phước', 'Số Tổ công nghệ số cộng đồng', 'Năm 2025', '1.200'],
      ]),
    );
    // (Bình Phước ended on 30/06/2025: its own figure for those periods cannot be; Đồng Nai's, as
    // restated, goes with group 34)
    expect(codes(preview, 'error')).toEqual(['periodSpansMerger', 'periodSpansMerger']);
    const w = preview.problems.filter((p) => p.code === 'periodSpansMerger');
    expect(w.map((x) => x.cell)).toEqual(['D3', 'D4']);
    expect(w[0]!.messageEn).toContain('period first 9 months of 2025 runs across 1 July 2025');
    expect(w[0]!.messageEn).toContain('became part of Đồng Nai of the 34-unit list');
    expect(w[1]!.messageVi).toContain('kỳ 2025 kéo dài qua ngày 01/07/2025');
    // The same for an unchanged unit: one territory throughout, its own figure — nothing to say
    // (round 74; was a warning); a period reaching past June 2025 on its unit of the 34, the
    // first half on its unit of the 63 (round 75)
    const same = await importAs(
      kpi([
        ['Lai Châu', 'Tỷ lệ DVCTT toàn trình', '6 tháng đầu năm 2025', '61,2'],
        ['Lai Châu', 'Số Tổ công nghệ số cộng đồng', 'Năm 2025', '1.200'],
      ]),
    );
    expect(codes(same.preview, 'error')).toEqual([]);
    expect(same.preview.problems.filter((p) => p.code === 'periodSpansMerger')).toEqual([]);
    same.session.commit();
    expect(storedAs(store, `o.period || ' ' || u.code_list`, { order: 'o.period' })).toEqual([
      '2025 2025',
      '2025-01..2025-06 gso2004',
    ]);
  });

  it('a sheet per province named for a merged unit, periods after the change: said, with the unit it became', async () => {
    const f = writeBook('bp.xlsx', [
      {
        name: 'Bình Phước',
        rows: [
          ['Chỉ tiêu', 'Đơn vị tính', 'T8/2025', 'T9/2025'],
          ['Tỷ lệ DVCTT toàn trình', '%', 69.5, 70.5],
        ],
      },
    ]);
    const { preview } = await importAs(f);
    const e = preview.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ code: 'noUnitColumn', sheet: 'Bình Phước' });
    expect(e.messageEn).toContain('"Bình Phước", which merged into Đồng Nai on 1 July 2025');
  });
});

describe('main indices outside the year’s methodology', () => {
  it('a 2020 file with the QĐ 922 headers: each column named, with the methodology it belongs to', async () => {
    const head = [
      'Xếp hạng DTI',
      'Các tỉnh, thành phố trực thuộc TW',
      'Chỉ số Hoạt động chính quyền số',
      'CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)',
    ];
    const f = writeBook('dti2020.xlsx', [
      {
        name: 'S',
        rows: [
          ['CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2020'],
          head,
          ...pub2022.map((r) => [
            Number(r.dti_rank),
            r.label_as_published!,
            Number(r.hd_chinh_quyen_so),
            r.pdti ? Number(r.pdti) : null,
          ]),
        ],
      },
    ]);
    const { preview } = await importAs(f);
    expect(preview.target.year).toBe(2020);
    const w = preview.problems.filter((p) => p.code === 'noMethodology');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      severity: 'warning',
      cell: 'C2',
      header: 'Chỉ số Hoạt động chính quyền số',
    });
    expect(w[0]!.messageEn).not.toContain('no methodology');
    expect(w[0]!.messageEn).not.toContain('hd_chinh_quyen_so');
    expect(w[0]!.messageEn).toContain('not part of the 2020 methodology (Decision 1726/QĐ-BTTTT)');
    expect(w[0]!.messageEn).toContain('Decision 922/QĐ-BTTTT (2021, 2022, 2023)');
    expect(w[0]!.messageVi).toContain('63 giá trị không được nhập');
    // the values that are not imported are not counted as imported either
    const withScore = pub2022.filter((r) => r.pdti).length;
    expect(preview.counts.observations).toBe(63 + withScore);
  });
});
