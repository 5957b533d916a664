// Tester rounds 15 (what was left) and 16: real-looking files that were read wrong or refused
// for the wrong reason. Each test imports the file as the command line does and checks what is
// stored (or why it is refused) against what the file says.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sheetNamed } from '../../src/main/imports/cliImport';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import { englishPeriods, monthFirstDates, normalisePeriod } from '../../src/main/imports/layout/periods';
import { joinSplitHeader } from '../../src/main/imports/layout/splitHeader';
import { sameUnit, scaleBetween, splitValueUnit } from '../../src/main/imports/layout/valueUnit';
import { indicatorFromTitle, periodFromTitle } from '../../src/main/imports/layout/titleHints';
import { buildXlsx } from '../fixtures/generate';
import { Store } from '../../src/main/store';
import { isChangeRate } from '../../src/shared/imports/indicatorNames';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { importFileInto, stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round16-'), 'r.db'));
});

const units63 = () => store.units.list('gso2004').map((u) => u.name);

/** Stages FILE (the proposed mapping, `override` on the target); commits when it can. */
const importFile = (file: string, override: Partial<ImportTarget> = {}) =>
  importFileInto(store, file, override);

const storedPeriods = () =>
  store.db
    .prepare(
      `SELECT period, COUNT(*) AS n FROM observation WHERE layer = 'user' GROUP BY period ORDER BY period`,
    )
    .all();

describe('a period column written month/day/year (an English-locale export)', () => {
  it('tells the order of a column from its dates', () => {
    expect(monthFirstDates(['1/31/2024', '2/29/2024', '3/31/2024'])).toBe('certain');
    expect(monthFirstDates(['1/1/2024', '2/1/2024', '3/1/2024'])).toBe('likely');
    // day first, as written here: a first part over 12, or the first of each month written d/m
    expect(monthFirstDates(['31/1/2024', '1/31/2024'])).toBeNull();
    expect(monthFirstDates(['1/31/2024', '2/29/2024', '29/2/2024'])).toBe('certain'); // the odd one is refused
    expect(monthFirstDates(['01/01/2024', '01/02/2024', '01/03/2024'])).toBeNull();
    expect(monthFirstDates(['5/3/2024', '6/4/2024'])).toBeNull(); // reads both ways: day first
    expect(monthFirstDates(['09/2022', 'Quý I/2024', '2024-03-01'])).toBeNull();
  });

  const longTable = (dates: string[]) =>
    [
      '"Tỉnh, thành phố",Kỳ báo cáo,Tỷ lệ hồ sơ trực tuyến toàn trình (%)',
      ...dates.flatMap((d, k) =>
        units63().map((u, i) => `${u},${d},${(50 + ((i + k * 7) % 40)).toFixed(1)}`),
      ),
    ].join('\n');

  it('reads month-end dates "1/31/2024" as their months, said once at the first date', async () => {
    const file = writeTemp('us-eom.csv', longTable(['1/31/2024', '2/29/2024', '3/31/2024']));
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const said = p.problems.filter((x) => x.code === 'periodMonthFirst');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'warning', row: 2, cell: 'B2', value: '1/31/2024' });
    expect(said[0]!.messageVi).toContain('tháng/ngày/năm');
    expect(said[0]!.messageVi).toContain('tháng 01/2024');
    expect(storedPeriods()).toEqual([
      { period: '2024-01', n: 63 },
      { period: '2024-02', n: 63 },
      { period: '2024-03', n: 63 },
    ]);
  });

  it('reads the first of each month "3/1/2024" month first (was: every row January, refused as duplicates)', async () => {
    const file = writeTemp('us-first.csv', longTable(['1/1/2024', '2/1/2024', '3/1/2024']));
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.find((x) => x.code === 'periodMonthFirst')!.messageEn).toContain('first of a month');
    expect(storedPeriods().map((r) => (r as { period: string }).period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
  });

  it('keeps day-first dates day first, and refuses a day-first date inside a month-first column', async () => {
    const vn = writeTemp('vn.csv', longTable(['31/01/2024', '29/02/2024']));
    const p = await importFile(vn, { kind: 'kpi', group: 63 });
    expect(p.problems.some((x) => x.code === 'periodMonthFirst')).toBe(false);
    expect(storedPeriods().map((r) => (r as { period: string }).period)).toEqual(['2024-01', '2024-02']);

    const mixed = longTable(['1/31/2024', '2/29/2024']).split('\n');
    mixed[70] = mixed[70]!.replace('2/29/2024', '29/2/2024');
    const q = await importFile(writeTemp('mixed.csv', mixed.join('\n')), { kind: 'kpi', group: 63 });
    const bad = q.problems.filter((x) => x.code === 'badPeriod');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ row: 71, value: '29/2/2024' });
  });
});

describe('a growth rate in % may be negative or over 100', () => {
  it('knows a change rate by its name', () => {
    expect(isChangeRate('Tốc độ tăng trưởng doanh thu thương mại điện tử (%)')).toBe(true);
    expect(isChangeRate('Tăng/giảm so với cùng kỳ (%)')).toBe(true);
    expect(isChangeRate('Growth of online payments')).toBe(true);
    expect(isChangeRate('Tỷ lệ hồ sơ trực tuyến toàn trình (%)')).toBe(false);
  });

  it('stores negative growth without "outside 0–100" warnings; a share in % still gets them', async () => {
    const rows = units63().map(
      (u, i) =>
        `${u};${i % 5 === 0 ? `(${(i / 10).toFixed(1).replace('.', ',')})` : (i * 3.5 - 20).toFixed(1).replace('.', ',')};${i === 3 ? '120' : '80'}`,
    );
    const file = writeTemp(
      'growth.csv',
      [
        'TỐC ĐỘ TĂNG TRƯỞNG NĂM 2023',
        'Tỉnh;Tốc độ tăng trưởng doanh thu TMĐT (%);Tỷ lệ thanh toán trực tuyến (%)',
        ...rows,
      ].join('\n'),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2023, period: '2023' });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const range = p.problems.filter((x) => x.code === 'percentRange');
    expect(range.map((x) => x.cell)).toEqual(['C6']); // the share of 120%, not the growth rates
    const growth = store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND i.name_vi LIKE 'Tốc độ%' AND u.name_vi = ?`,
      )
      .pluck();
    expect(growth.get(units63()[5])).toBe(-0.5); // "(0,5)": an accountant's negative
    expect(growth.get(units63()[1])).toBe(-16.5);
    expect(growth.get(units63()[62])).toBeCloseTo(197, 6);
  });
});

describe('a ranking row with no figure at all (#N/A from a lookup formula)', () => {
  it('is refused at that row, naming the unit (was: committed, the unit left out of the ranking)', async () => {
    const names = units63();
    const rows = names.map((u, i) =>
      i === 44 ? `#N/A,${u},#N/A` : `${i + 1},${u},${(0.8 - i * 0.005).toFixed(4)}`,
    );
    const file = writeTemp('na.csv', ['Xếp hạng DTI,Tỉnh,Điểm DTI', ...rows].join('\n'));
    const p = await importFile(file, { kind: 'ranking', year: 2022, group: 63 });
    expect(p.canCommit).toBe(false);
    const e = p.problems.filter((x) => x.severity === 'error');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'missingUnits', row: 46 });
    expect(e[0]!.messageVi).toContain(`"${names[44]}"`);
    expect(e[0]!.messageVi).toContain('#N/A');
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });

  it('an empty row of a corrected copy keeps what the store holds (not refused)', async () => {
    const names = units63();
    const body = (blank: number | null) =>
      [
        'Xếp hạng DTI,Tỉnh,Điểm DTI',
        ...names.map((u, i) => (i === blank ? `,${u},` : `${i + 1},${u},${(0.8 - i * 0.005).toFixed(4)}`)),
      ].join('\n');
    expect(
      (await importFile(writeTemp('full.csv', body(null)), { kind: 'ranking', year: 2022, group: 63 }))
        .canCommit,
    ).toBe(true);
    const p = await importFile(writeTemp('copy.csv', body(10)), { kind: 'ranking', year: 2022, group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.canCommit).toBe(true);
  });
});

/** An .xlsx of one sheet: `title` over `header`, one row per unit of the 63 from `row(name, i)`. */
function wideXlsx(title: string, header: string[], row: (name: string, i: number) => (string | number)[]) {
  const file = path.join(tempDir('dti-round16-x-'), 'x.xlsx');
  fs.writeFileSync(
    file,
    buildXlsx([
      { name: 'Sheet1', rows: [[title], header, ...units63().map((u, i) => [i + 1, u, ...row(u, i)])] },
    ]),
  );
  return file;
}

const storedByPeriod = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS kpi, o.period, COUNT(*) AS n, SUM(o.value) AS total FROM observation o
       JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' GROUP BY 1, 2 ORDER BY 2`,
    )
    .all() as { kpi: string; period: string; n: number; total: number }[];

describe('periods a title or a header gives (tester round 16)', () => {
  it('reads a quarter written "Q3 2025", "2025 Q3"; a cumulative title runs from January', () => {
    expect(periodFromTitle(['TỶ LỆ THANH TOÁN TRỰC TUYẾN Q3 2025'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['Online payment rate, 2025 Q3'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['Quarter 2 of 2025'])).toBe('2025-04..2025-06');
    // (was: Quý III alone)
    expect(periodFromTitle(['TỶ LỆ THANH TOÁN TRỰC TUYẾN LŨY KẾ ĐẾN HẾT QUÝ III/2025'])).toBe(
      '2025-01..2025-09',
    );
    expect(periodFromTitle(['SỐ HỒ SƠ … NĂM 2025', 'tính đến hết tháng 8/2025'])).toBe('2025-01..2025-08');
    expect(periodFromTitle(['TỶ LỆ … NĂM 2024', '(Số liệu tính đến ngày 30/9/2024)'])).toBe(
      '2024-01..2024-09',
    );
    expect(periodFromTitle(['TỶ LỆ … NĂM 2024', '(Số liệu tính đến ngày 31/12/2024)'])).toBe('2024');
    expect(periodFromTitle(['TỶ LỆ … QUÝ 3/2025'])).toBe('2025-07..2025-09');
  });

  it('a long table\'s period column headed "Tháng" is its period (was: 63 false duplicates)', async () => {
    const file = path.join(tempDir('dti-round16-x-'), 'thang.xlsx');
    const rows = [1, 2, 3].flatMap((m) =>
      units63().map((u, i) => [i + 1, u, `Tháng 0${m}/2024`, 50 + m + (i % 10)]),
    );
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Theo tháng',
          rows: [['STT', 'Tỉnh, thành phố', 'Tháng', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'], ...rows],
        },
      ]),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => [r.period, r.n])).toEqual([
      ['2024-01', 63],
      ['2024-02', 63],
      ['2024-03', 63],
    ]);
  });

  it('a bare "Lũy kế" column after quarter columns is January to the last of them (was: a KPI named "Lũy kế" for the year)', async () => {
    const file = wideXlsx(
      'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024 (giao dịch)',
      ['STT', 'Tỉnh, thành phố', 'Quý I/2024', 'Quý II/2024', 'Lũy kế'],
      (_u, i) => [100 + i, 200 + i, 300 + 2 * i],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const kpis = new Set(storedByPeriod().map((r) => r.kpi));
    expect([...kpis]).toEqual(['Số giao dịch thanh toán trực tuyến']);
    expect(storedByPeriod().map((r) => r.period)).toEqual([
      '2024-01..2024-03',
      '2024-01..2024-06',
      '2024-04..2024-06',
    ]);
    expect(storedByPeriod().find((r) => r.period === '2024-01..2024-06')!.total).toBe(
      63 * 300 + 2 * ((62 * 63) / 2),
    );
  });

  it('"Tháng 3 | Lũy kế từ đầu năm" under a title of the year, and "Tháng 3/2024 | Lũy kế 3 tháng" without one', async () => {
    const a = wideXlsx(
      'SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)',
      ['STT', 'Tỉnh, thành phố', 'Tháng 3', 'Lũy kế từ đầu năm'],
      (_u, i) => [10 + i, 30 + i],
    );
    expect(
      (await importFile(a, { kind: 'kpi', group: 63 })).problems.filter((x) => x.severity === 'error'),
    ).toEqual([]);
    expect(storedByPeriod().map((r) => r.period)).toEqual(['2024-01..2024-03', '2024-03']);
    const b = wideXlsx(
      'SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (hồ sơ)',
      ['STT', 'Tỉnh, thành phố', 'Tháng 4/2025', 'Lũy kế 4 tháng'],
      (_u, i) => [10 + i, 40 + i],
    );
    const p = await importFile(b, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => r.period)).toEqual([
      '2024-01..2024-03',
      '2024-03',
      '2025-01..2025-04',
      '2025-04',
    ]);
  });

  it('a bare "Lũy kế" with no period column before it is set aside, saying why', async () => {
    const file = wideXlsx(
      'SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)',
      ['STT', 'Tỉnh, thành phố', 'Lũy kế', 'Năm 2024'],
      (_u, i) => [10 + i, 30 + i],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    const aside = p.problems.find((x) => x.col === 3)!;
    expect(aside.severity).toBe('warning');
    expect(aside.messageVi).toMatch(/đến một ngày|tổng/i);
    expect(storedByPeriod().map((r) => r.period)).toEqual(['2024']);
  });
});

describe('a KPI column of formulas saved without their values (tester round 16)', () => {
  it('is refused cell by cell as formulas without a value, not dropped as an unknown column', async () => {
    const file = path.join(tempDir('dti-round16-f-'), 'f.xlsx');
    const rows = units63().map((u, i) => [
      i + 1,
      u,
      1000 + i,
      500 + i,
      { f: `D${i + 3}/C${i + 3}*100`, v: null },
    ]);
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [
            ['KẾT QUẢ HỒ SƠ TRỰC TUYẾN NĂM 2023'],
            [
              'STT',
              'Tỉnh, thành phố',
              'Tổng số hồ sơ (hồ sơ)',
              'Số hồ sơ trực tuyến (hồ sơ)',
              'Tỷ lệ hồ sơ trực tuyến (%)',
            ],
            ...rows,
          ],
        },
      ]),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.canCommit).toBe(false);
    expect(p.problems.some((x) => x.code === 'unknownColumn')).toBe(false);
    const f = p.problems.filter((x) => x.code === 'formulaNoValue');
    expect(f).toHaveLength(63);
    expect(f[0]).toMatchObject({ cell: 'E3', severity: 'error' });
    expect(f[0]!.messageVi).toContain('=D3/C3*100');
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });
});

describe('undoing an import another one found with the same values (tester round 16)', () => {
  it('hands the cell over pointing at where the later file has it (was: no source cell)', async () => {
    const names = units63();
    const ranking = (swap: boolean, blankLines: number) =>
      [
        'Xếp hạng DTI,Tỉnh,Điểm DTI',
        ...Array.from({ length: blankLines }, () => ',,'),
        ...names.map((u, i) => {
          const j = swap && (i === 39 || i === 40) ? 79 - i : i; // units 40 and 41 change places
          return `${j + 1},${u},${(0.8 - j * 0.005).toFixed(4)}`;
        }),
      ].join('\n');
    for (const [swap, blank] of [
      [false, 0],
      [true, 0],
      [true, 3], // the same values as the second, three rows lower in its file
    ] as const)
      expect(
        (
          await importFile(writeTemp('r.csv', ranking(swap, blank)), {
            kind: 'ranking',
            year: 2022,
            group: 63,
          })
        ).canCommit,
      ).toBe(true);
    const cell = store.db.prepare(
      `SELECT o.value, o.rank, o.batch_id AS batch, o.source_cell AS cell FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' AND i.code = 'dti' AND u.name_vi = ?`,
    );
    const before = cell.get(names[39]);
    expect(before).toMatchObject({ rank: 41, batch: 2, cell: 'C41, A41' });
    undoImport(store.db, 2);
    expect(cell.get(names[39])).toEqual({ ...(before as object), batch: 3, cell: 'C44, A44' });
    // and undoing that one too gives back the first file's
    undoImport(store.db, 3);
    expect(cell.get(names[39])).toMatchObject({ rank: 40, batch: 1, cell: 'C41, A41' });
  });
});

describe('fractions typed among percentages (tester round 16)', () => {
  it('0,4965 among 40–99% is said at its cell (was: nothing below 50 was questioned)', async () => {
    const rows = units63().map(
      (u, i) => `${u};${[7, 19, 42].includes(i) ? `0,${4965 + i}` : `${40 + (i % 60)},5`}`,
    );
    const file = writeTemp(
      'frac.csv',
      ['TỶ LỆ DVC TRỰC TUYẾN TOÀN TRÌNH NĂM 2024', 'Tỉnh;Tỷ lệ DVC trực tuyến toàn trình (%)', ...rows].join(
        '\n',
      ),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    const w = p.problems.filter((x) => x.code === 'percentFraction');
    expect(w.map((x) => x.cell)).toEqual(['B10']);
    expect(w[0]!.messageVi).toContain('3 ô');
  });
});

describe('"Kế hoạch | Thực hiện" under a title that names the KPI (tester round 16)', () => {
  it('stores "Thực hiện" as the title\'s KPI (was: "thiếu tên chỉ tiêu" on every row)', async () => {
    const file = wideXlsx(
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (%)',
      ['STT', 'Tỉnh, thành phố', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ hoàn thành (%)'],
      (_u, i) => [80, 60 + (i % 30), 90],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.target.indicator).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình (%)');
    expect(p.problems.find((x) => x.code === 'planTargetColumn')!.cell).toBe('C2');
    expect(storedByPeriod()).toEqual([
      { kpi: 'Tỷ lệ hồ sơ trực tuyến toàn trình', period: '2024', n: 63, total: expect.any(Number) },
    ]);
    expect(storedByPeriod()[0]!.total).toBe(units63().reduce((a, _u, i) => a + 60 + (i % 30), 0));
  });
});

describe('a unit code that is no code of the list (tester round 16)', () => {
  it('is said once, the unit found by its name (was: silent)', async () => {
    const codes = store.units.list('gso2004').map((u) => u.code);
    const rows = units63().map((u, i) => `${i === 0 ? '99' : i === 5 ? '85' : codes[i]},${u},${50 + i}`);
    const file = writeTemp('codes.csv', ['Mã tỉnh,Tỉnh,Tỷ lệ thanh toán trực tuyến (%)', ...rows].join('\n'));
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const w = p.problems.filter((x) => x.code === 'unitCodeUnknown');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', cell: 'A2', value: '99' });
    expect(w[0]!.messageVi).toContain('2 ô');
    expect(w[0]!.messageVi).toContain(`"${units63()[0]}"`);
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(63);
  });
});

describe('a units row that also numbers the leading columns (tester round 15)', () => {
  it('"(1) | (2) | (%) | (%) | (tổ)" under the header gives the KPIs their units (was: refused, read as data)', async () => {
    const file = path.join(tempDir('dti-round16-u-'), 'u.xlsx');
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [
            ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023'],
            [
              'STT',
              'Tỉnh, thành phố',
              'Tỷ lệ hồ sơ trực tuyến toàn trình',
              'Tỷ lệ thanh toán trực tuyến',
              'Số tổ công nghệ số cộng đồng',
            ],
            ['(1)', '(2)', '(%)', '(%)', '(tổ)'],
            ...units63().map((u, i) => [i + 1, u, 50 + (i % 40), 30 + (i % 50), 100 + i]),
          ],
        },
      ]),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.questions).toEqual([]);
    const kpis = store.db
      .prepare(
        `SELECT i.name_vi AS name, i.unit_of_measure AS uom, COUNT(*) AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' GROUP BY 1, 2 ORDER BY 1`,
      )
      .all();
    expect(kpis).toEqual([
      { name: 'Số tổ công nghệ số cộng đồng', uom: 'tổ', n: 63 },
      { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', uom: '%', n: 63 },
      { name: 'Tỷ lệ thanh toán trực tuyến', uom: '%', n: 63 },
    ]);
  });
});

describe('rows hidden by a filter (tester round 16)', () => {
  it('are imported, said once with how many (was: one warning per row)', async () => {
    const file = path.join(tempDir('dti-round16-h-'), 'h.xlsx');
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [
            ['Tỉnh, thành phố', 'Tỷ lệ thanh toán trực tuyến (%)'],
            ...units63().map((u, i) => [u, 40 + (i % 50)]),
          ],
          hiddenRows: [5, 6, 7, 30],
        },
      ]),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    expect(p.canCommit).toBe(true);
    const w = p.problems.filter((x) => x.code === 'hiddenRow');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ row: 5, severity: 'warning' });
    expect(w[0]!.messageVi).toContain('4 dòng');
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(63);
  });
});

describe('"Thực hiện | Cùng kỳ" (tester round 16)', () => {
  it('sets last year\'s column aside saying what it is (was: "a derived figure")', async () => {
    const file = wideXlsx(
      'SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 3/2024 (hồ sơ)',
      [
        'STT',
        'Tỉnh, thành phố',
        'Thực hiện',
        'Cùng kỳ năm 2023',
        'So sánh cùng kỳ (%)',
        'Thực hiện cùng kỳ 2023',
      ],
      (_u, i) => [1000 + i, 900 + i, 111, 900 + i],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const aside = p.problems.filter((x) => x.code === 'unknownColumn');
    expect(aside.map((x) => x.cell)).toEqual(['D2', 'E2', 'F2']);
    expect(aside[0]!.messageVi).toContain('cùng kỳ năm trước');
    expect(aside[1]!.messageVi).toContain('số tính ra');
    expect(aside[2]!.messageVi).toContain('cùng kỳ năm trước');
    expect(storedByPeriod().map((r) => [r.period, r.n])).toEqual([['2024-03', 63]]);
  });
});

describe('tester round 17: periods and columns', () => {
  it('reads ranges and year-to-date wordings in titles', () => {
    expect(periodFromTitle(['X TỪ ĐẦU NĂM ĐẾN HẾT THÁNG 9/2025'])).toBe('2025-01..2025-09');
    expect(periodFromTitle(['X TỪ ĐẦU NĂM ĐẾN NAY (THÁNG 9/2025)'])).toBe('2025-01..2025-09');
    expect(periodFromTitle(['X ĐẾN HẾT THÁNG 9/2025'])).toBe('2025-01..2025-09');
    expect(periodFromTitle(['X TỪ THÁNG 7 ĐẾN THÁNG 9/2025'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['X THÁNG 7-9/2025'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['X từ ngày 01/7/2025 đến hết ngày 30/9/2025'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['X Q.III/2025'])).toBe('2025-07..2025-09');
    expect(periodFromTitle(['Mục tiêu đến năm 2025'])).toBeNull();
  });

  it('"Thực hiện 6 tháng đầu năm" is that period of the title\'s year; "KH | TH" is plan and actual', async () => {
    const a = periodTable('TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (%)', [
      'Kế hoạch năm 2024',
      'Thực hiện 6 tháng đầu năm',
    ]);
    expect(
      (await importFile(a, { kind: 'kpi', group: 63 })).problems.filter((x) => x.severity === 'error'),
    ).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period, r.n])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', '2024-01..2024-06', 63],
    ]);
    const b = periodTable('TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2023 (%)', ['KH', 'TH']);
    const p = await importFile(b, { kind: 'kpi', group: 63 });
    expect(p.problems.find((x) => x.code === 'planTargetColumn')!.cell).toBe('C2');
    const pay = storedByPeriod().filter((r) => r.kpi === 'Tỷ lệ thanh toán trực tuyến');
    expect(pay.map((r) => [r.period, r.n])).toEqual([['2023', 63]]);
    expect(pay[0]!.total).toBe(units63().reduce((t, _u, i) => t + 51 + (i % 30), 0)); // TH, not KH
  });

  it('"Tổng cộng" after four quarters is the year; "Tháng 3 | Tháng 2 | Lũy kế" runs to March', async () => {
    const a = periodTable('SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024 (giao dịch)', [
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Tổng cộng',
    ]);
    expect(
      (await importFile(a, { kind: 'kpi', group: 63 })).problems.filter((x) => x.severity === 'error'),
    ).toEqual([]);
    expect(storedByPeriod().map((r) => r.period)).toEqual([
      '2024',
      '2024-01..2024-03',
      '2024-04..2024-06',
      '2024-07..2024-09',
      '2024-10..2024-12',
    ]);
    expect(new Set(storedByPeriod().map((r) => r.kpi))).toEqual(
      new Set(['Số giao dịch thanh toán trực tuyến']),
    );
    const b = periodTable('SỐ HỒ SƠ TRỰC TUYẾN NĂM 2025 (hồ sơ)', ['Tháng 3', 'Tháng 2', 'Lũy kế']);
    expect(
      (await importFile(b, { kind: 'kpi', group: 63 })).problems.filter((x) => x.severity === 'error'),
    ).toEqual([]);
    expect(
      storedByPeriod()
        .filter((r) => r.period.startsWith('2025'))
        .map((r) => r.period),
    ).toEqual(['2025-01..2025-03', '2025-02', '2025-03']);
  });

  it('a check column ("Kiểm tra") is set aside; "Cộng vùng …" rows are subtotals; "Mức tăng (%)" may be negative', async () => {
    const rows = units63().flatMap((u, i) => [
      `${u};${(i % 7) - 3},5;${i}`,
      ...(i % 20 === 19 ? [`Cộng vùng ${i};10;0`] : []),
    ]);
    const file = writeTemp(
      'check.csv',
      ['MỨC TĂNG NĂM 2024', 'Tỉnh;Mức tăng tỷ lệ thanh toán trực tuyến (%);Kiểm tra', ...rows].join('\n'),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.questions).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'percentRange')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'summaryRow')).toHaveLength(3);
    expect(p.problems.find((x) => x.code === 'unknownColumn')!.cell).toBe('C2');
    expect(storedByPeriod().map((r) => [r.kpi, r.n])).toEqual([['Mức tăng tỷ lệ thanh toán trực tuyến', 63]]);
  });

  const longTable = (header: string[], cells: (m: number) => (string | number)[]) => {
    const file = path.join(tempDir('dti-round17-'), 'long.xlsx');
    const rows = [1, 2, 3].flatMap((m) =>
      units63().map((u, i) => [i + 1, u, ...cells(m), 50 + m + (i % 10)]),
    );
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [
            ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024'],
            ['STT', 'Tỉnh, thành phố', ...header, 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'],
            ...rows,
          ],
        },
      ]),
    );
    return file;
  };

  it.each([
    [
      '"Quý" holding I, II, III',
      ['Quý'],
      (m: number) => [['I', 'II', 'III'][m - 1]!],
      ['2024-01..2024-03', '2024-04..2024-06', '2024-07..2024-09'],
    ],
    ['"Tháng" holding 1, 2, 3', ['Tháng'], (m: number) => [m], ['2024-01', '2024-02', '2024-03']],
    [
      '"Tháng/Năm" holding 01/2024',
      ['Tháng/Năm'],
      (m: number) => [`0${m}/2024`],
      ['2024-01', '2024-02', '2024-03'],
    ],
    ['"Năm | Tháng" numbers', ['Năm', 'Tháng'], (m: number) => [2024, m], ['2024-01', '2024-02', '2024-03']],
  ])('a long table with %s is read by period (was: refused)', async (_name, header, cells, periods) => {
    const p = await importFile(longTable(header, cells), { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'duplicateColumn')).toEqual([]);
    expect(storedByPeriod().map((r) => [r.period, r.n])).toEqual(periods.map((x) => [x, 63]));
  });
});

describe('tester round 17: values that are not one number', () => {
  it('"12/24" in a KPI value column is refused at its cell (was: 12 stored); a rank "12/63" is still a rank', async () => {
    const rows = units63().map((u, i) => `${u};${(i % 12) + 1}/24;${i + 1}/63`);
    const file = writeTemp(
      'ratio.csv',
      ['Tỉnh;Số xã có tổ công nghệ số/tổng số xã;Xếp hạng', ...rows].join('\n'),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    const bad = p.problems.filter((x) => x.code === 'notANumber');
    expect(bad).toHaveLength(63);
    expect(bad[0]).toMatchObject({ cell: 'B2', value: '1/24' });
    expect(bad[0]!.messageVi).toContain('tử số/mẫu số');
    expect(p.problems.some((x) => x.col === 3 && x.severity === 'error')).toBe(false);
    expect(p.canCommit).toBe(false);
  });

  it('a CSV column of formula texts ("=D2/C2*100") is refused as formulas without values, not dropped', async () => {
    const rows = units63().map((u, i) => `${u},${1000 + i},${500 + i},=C${i + 2}/B${i + 2}*100`);
    const file = writeTemp(
      'f.csv',
      [
        '"Tỉnh, thành phố",Tổng số hồ sơ (hồ sơ),Số hồ sơ trực tuyến (hồ sơ),Tỷ lệ hồ sơ trực tuyến (%)',
        ...rows,
      ].join('\n'),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63, year: 2024, period: '2024' });
    expect(p.problems.some((x) => x.code === 'unknownColumn')).toBe(false);
    const f = p.problems.filter((x) => x.code === 'formulaNoValue');
    expect(f).toHaveLength(63);
    expect(f[0]).toMatchObject({ cell: 'D2', value: '=C2/B2*100' });
  });
});

describe('tester round 17: a year the KPI compares with; a sheet name as typed', () => {
  it('"Tỷ lệ giảm … so với năm 2023 (%)" in a 2024 table keeps its name, is no 2023 column and may be negative', async () => {
    const file = wideXlsx(
      'TỶ LỆ GIẢM HỒ SƠ GIẤY NĂM 2024',
      ['STT', 'Tỉnh, thành phố', 'Tỷ lệ giảm hồ sơ giấy so với năm 2023 (%)'],
      (_u, i) => [(i % 9) - 2],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period, r.n])).toEqual([
      ['Tỷ lệ giảm hồ sơ giấy so với năm 2023', '2024', 63],
    ]);
  });

  it('--sheet finds a sheet named with a trailing space or in the other Unicode form', () => {
    expect(sheetNamed('Xếp hạng DTI 2022', ['Ghi chú', 'Xếp hạng DTI 2022 ', 'Biểu đồ'])).toBe(
      'Xếp hạng DTI 2022 ',
    );
    expect(sheetNamed('Xếp hạng', ['Tổng hợp', 'Xếp hạng'.normalize('NFD')])).toBe(
      'Xếp hạng'.normalize('NFD'),
    );
    expect(sheetNamed('xếp hạng', ['Xếp hạng', 'XẾP HẠNG'])).toBe('xếp hạng'); // two would do: none is picked
    expect(sheetNamed('DTI', ['DTI 2022'])).toBe('DTI');
  });
});

describe('tester round 17: dates written month first as column headers', () => {
  it.each([
    ['first of each month', ['1/1/2024', '2/1/2024', '3/1/2024']],
    ['month ends', ['1/31/2024', '2/29/2024', '3/31/2024']],
  ])('"%s" headers are read as their months, said once', async (_name, dates) => {
    const file = wideXlsx('TỶ LỆ THANH TOÁN TRỰC TUYẾN (%)', ['STT', 'Tỉnh, thành phố', ...dates], (_u, i) =>
      dates.map((_d, k) => 40 + k + (i % 20)),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.filter((x) => x.code === 'periodMonthFirst').map((x) => x.cell)).toEqual(['C2']);
    expect(storedByPeriod().map((r) => [r.period, r.n])).toEqual([
      ['2024-01', 63],
      ['2024-02', 63],
      ['2024-03', 63],
    ]);
  });
});

describe('tester round 17: a hidden sheet chosen by name', () => {
  it('is read, and said to be hidden', async () => {
    const file = path.join(tempDir('dti-round17-hs-'), 'hs.xlsx');
    const sheet = (n: number) => [
      ['Tỉnh, thành phố', 'Tỷ lệ thanh toán trực tuyến (%)'],
      ...units63().map((u, i) => [u, n + (i % 30)]),
    ];
    fs.writeFileSync(
      file,
      buildXlsx([
        { name: 'Nháp', rows: sheet(10), hidden: true },
        { name: 'Chính thức', rows: sheet(50) },
      ]),
    );
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: file },
      { kind: 'kpi', group: 63, year: 2024, period: '2024' },
      'Nháp',
    );
    session.dispose();
    expect(preview.problems.filter((x) => x.code === 'hiddenSheet').map((x) => x.sheet)).toEqual(['Nháp']);
    const { session: s2, preview: p2 } = await stageFile(
      store,
      { kind: 'file', path: file },
      { kind: 'kpi', group: 63, year: 2024, period: '2024' },
    );
    s2.dispose();
    expect(p2.problems.some((x) => x.code === 'hiddenSheet')).toBe(false);
  });
});

describe('tester round 18: more period wordings and plan columns', () => {
  it('reads month runs written many ways, in titles and headers', () => {
    for (const [t, p] of [
      ['X TỪ THÁNG 4 ĐẾN THÁNG 6 NĂM 2024', '2024-04..2024-06'],
      ['X TỪ THÁNG 4 ĐẾN HẾT THÁNG 6 NĂM 2024', '2024-04..2024-06'],
      ['X TỪ THÁNG 4/2024 ĐẾN THÁNG 6/2024', '2024-04..2024-06'],
      ['X THÁNG 4, 5, 6 NĂM 2024', '2024-04..2024-06'],
      ['X TỪ THÁNG 10/2024 ĐẾN THÁNG 3/2025', null], // across two years: no period, not October
    ] as const)
      expect(periodFromTitle([t])).toBe(p);
    expect(
      indicatorFromTitle(
        ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN TỪ THÁNG 7 ĐẾN THÁNG 9/2025 (giao dịch)'],
        null,
      ),
    ).toBe('Số giao dịch thanh toán trực tuyến (giao dịch)');
    expect(indicatorFromTitle(['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN Q.III/2025 (giao dịch)'], null)).toBe(
      'Số giao dịch thanh toán trực tuyến (giao dịch)',
    );
  });

  it.each([
    [
      ['Q.I/2024', 'Q.II/2024'],
      ['2024-01..2024-03', '2024-04..2024-06'],
    ],
    [
      ['Tháng 1-6/2024', 'Tháng 7-12/2024'],
      ['2024-01..2024-06', '2024-07..2024-12'],
    ],
    [
      ['Từ tháng 1 đến tháng 6', 'Từ tháng 7 đến tháng 12'],
      ['2024-01..2024-06', '2024-07..2024-12'],
    ],
    [
      ['6 tháng đầu năm', '6 tháng cuối năm', 'Cả năm'],
      ['2024', '2024-01..2024-06', '2024-07..2024-12'],
    ],
    [
      ['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cộng cả năm'],
      ['2024', '2024-01..2024-03', '2024-04..2024-06', '2024-07..2024-09', '2024-10..2024-12'],
    ],
  ])(
    "period headers %j are periods of the title's KPI (was: KPIs named after them)",
    async (header, periods) => {
      const file = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)', header);
      const p = await importFile(file, { kind: 'kpi', group: 63 });
      expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
      expect(new Set(storedByPeriod().map((r) => r.kpi))).toEqual(
        new Set(['Số hồ sơ trực tuyến toàn trình']),
      );
      expect(storedByPeriod().map((r) => r.period)).toEqual(periods);
    },
  );

  it('"Chỉ tiêu | Thực hiện" holding numbers: the plan set aside, the actual under the title\'s KPI (was: KPIs named "80", "85")', async () => {
    const file = periodTable('TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (%)', ['Chỉ tiêu', 'Thực hiện']);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.find((x) => x.code === 'planTargetColumn')!.cell).toBe('C2');
    expect(storedByPeriod().map((r) => [r.kpi, r.period, r.n])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', '2024', 63],
    ]);
  });

  it('"KH năm | TH 6 tháng | LK": the plan set aside; the six months; "LK" runs from January', async () => {
    const file = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)', ['KH năm', 'Tháng 7', 'LK']);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.find((x) => x.code === 'planTargetColumn')!.cell).toBe('C2');
    expect(storedByPeriod().map((r) => r.period)).toEqual(['2024-01..2024-07', '2024-07']);
  });
});

/** An .xlsx: `title` over STT | Tỉnh, thành phố | `header`, a number under each header for the 63. */
function periodTable(title: string, header: string[]) {
  return wideXlsx(title, ['STT', 'Tỉnh, thành phố', ...header], (_u, i) =>
    header.map((_h, k) => 50 + k + (i % 30)),
  );
}

describe('tester round 18: "Trong tháng | Từ đầu năm đến nay" under a title of one month', () => {
  it("stores the month and January to the month under the title's KPI (was: two KPIs, both the month)", async () => {
    const file = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 5/2025 (hồ sơ)', [
      'Trong tháng',
      'Từ đầu năm đến nay',
    ]);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period])).toEqual([
      ['Số hồ sơ trực tuyến toàn trình', '2025-01..2025-05'],
      ['Số hồ sơ trực tuyến toàn trình', '2025-05'],
    ]);
  });
});

describe('tester round 18: a long table whose months have no year anywhere', () => {
  it('asks for the year once (was: "not understood" at every cell)', async () => {
    const file = path.join(tempDir('dti-round18-'), 'noyear.xlsx');
    const rows = [1, 2, 3].flatMap((m) => units63().map((u, i) => [i + 1, u, m, 50 + m + (i % 10)]));
    fs.writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sheet1',
          rows: [['STT', 'Tỉnh, thành phố', 'Tháng', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'], ...rows],
        },
      ]),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    const e = p.problems.filter((x) => x.severity === 'error');
    expect(e.map((x) => x.code)).toEqual(['periodNeedsYear']);
    expect(e[0]).toMatchObject({ cell: 'C2' });
    expect(e[0]!.messageVi).toContain('Tháng');
    // with the year given, the same file imports
    const q = await importFile(file, { kind: 'kpi', group: 63, year: 2024 });
    expect(q.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => r.period)).toEqual(['2024-01', '2024-02', '2024-03']);
  });
});

describe('English periods (tester round 17: "January–September 2025" was read as the year)', () => {
  it('reads month names, runs of them, halves and "first 9 months" in cells, headers and titles', () => {
    const cases: [string, string][] = [
      ['March 2024', '2024-03'],
      ['Mar-2024', '2024-03'],
      ['Sept. 2025', '2025-09'],
      ['September 30, 2025', '2025-09'],
      ['January–September 2025', '2025-01..2025-09'],
      ['Jan - Sep 2025', '2025-01..2025-09'],
      ['from April to June 2024', '2024-04..2024-06'],
      ['H1 2024', '2024-01..2024-06'],
      ['first half of 2024', '2024-01..2024-06'],
      ['2H 2024', '2024-07..2024-12'],
      ['first 9 months of 2025', '2025-01..2025-09'],
      ['9M 2025', '2025-01..2025-09'],
      ['FY 2024', '2024'],
      ['FY2025', '2025'],
    ];
    for (const [label, period] of cases) expect([label, normalisePeriod(label)]).toEqual([label, period]);
    // without a year: the year given
    expect(normalisePeriod('Jan', 2024)).toBe('2024-01');
    expect(normalisePeriod('Jan–Sep', 2024)).toBe('2024-01..2024-09');
    expect(normalisePeriod('May', null)).toBe('May');
    expect(periodFromTitle(['ONLINE PAYMENT RATE BY PROVINCE, JANUARY–SEPTEMBER 2025'])).toBe(
      '2025-01..2025-09',
    );
    expect(periodFromTitle(['Online payments, year to date (September 2025)'])).toBe('2025-01..2025-09');
    expect(periodFromTitle(['Online public services as of 30/9/2024'])).toBe('2024-01..2024-09');
    expect(periodFromTitle(['Digital skills learners, H1 2024'])).toBe('2024-01..2024-06');
    // "may" in a sentence is no month; a title naming only a year has no finer period
    expect(periodFromTitle(['Provinces that may improve their rank in 2024'])).toBeNull();
    expect(indicatorFromTitle(['Online payment rate, January–September 2025 (%)'], null)).toBe(
      'Online payment rate (%)',
    );
  });

  it('imports a table with English month headers, with and without their year', async () => {
    const file = periodTable('Online payment rate by province, 2024 (%)', [
      'Jan 2024',
      'Feb 2024',
      'Mar 2024',
    ]);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period, r.n])).toEqual([
      ['Online payment rate', '2024-01', 63],
      ['Online payment rate', '2024-02', 63],
      ['Online payment rate', '2024-03', 63],
    ]);
  });

  it('imports a table of yearless English months under a title of a run of months', async () => {
    const file = periodTable('ONLINE PAYMENTS (TRANSACTIONS), JULY–SEPTEMBER 2024', [
      'Jul',
      'Aug',
      'Sep',
      'Total',
    ]);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period])).toEqual([
      // (an English unit is the KPI's unit, as written: round 21)
      ['Online payments', '2024-07'],
      ['Online payments', '2024-07..2024-09'],
      ['Online payments', '2024-08'],
      ['Online payments', '2024-09'],
    ]);
    expect(
      store.db
        .prepare(`SELECT unit_of_measure FROM indicator WHERE name_vi = 'Online payments'`)
        .pluck()
        .get(),
    ).toBe('transactions');
  });
});

describe('tester round 18: "Ước thực hiện năm 2024" (an estimate)', () => {
  it("is stored as the year's value and said to be an estimate, at its header", async () => {
    const file = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)', [
      'Thực hiện 9 tháng',
      'Ước thực hiện năm 2024',
    ]);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const said = p.problems.filter((x) => x.code === 'estimateColumn');
    expect(said.map((x) => [x.severity, x.cell])).toEqual([['warning', 'D2']]);
    expect(said[0]!.messageVi).toContain('"Ước thực hiện năm 2024" là số ước thực hiện');
    expect(storedByPeriod().map((r) => r.period)).toEqual(['2024', '2024-01..2024-09']);
  });
});

describe('tester round 17: a CSV header with its comma unquoted ("Tỉnh, thành phố")', () => {
  const csv = (header: string, rows: string[]) =>
    writeTemp('split.csv', [header, ...rows].join('\r\n') + '\r\n');

  it('is joined back into one column, said at its cell, and the values are read from their columns', async () => {
    const file = csv(
      'STT,Tỉnh, thành phố,Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 (%),Xếp hạng',
      units63().map((u, i) => `${i + 1},${u},${50 + (i % 40)},${i + 1}`),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const said = p.problems.filter((x) => x.code === 'headerSplit');
    expect(said.map((x) => [x.severity, x.cell, x.value])).toEqual([['warning', 'B1', 'Tỉnh, thành phố']]);
    const stored = store.db
      .prepare(`SELECT SUM(value) AS v, SUM(rank) AS r, COUNT(*) AS n FROM observation WHERE layer = 'user'`)
      .get();
    expect(stored).toEqual({
      v: units63().reduce((a, _u, i) => a + 50 + (i % 40), 0),
      r: (63 * 64) / 2,
      n: 63,
    });
  });

  it('leaves a header as it is when its rows are as wide', async () => {
    const file = csv(
      'STT,Tỉnh, thành phố,Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 (%)',
      units63().map((u, i) => `${i + 1},${u},${50 + (i % 40)},x`),
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.some((x) => x.code === 'headerSplit')).toBe(false);
  });
});

describe('tester round 17: a scale unit stated in the title ("… (tỷ đồng)")', () => {
  it('converts between scales of one unit, and only those', () => {
    expect(scaleBetween('triệu đồng', 'tỷ đồng')).toBe(0.001);
    expect(scaleBetween('tỷ đồng', 'triệu đồng')).toBe(1000);
    expect(scaleBetween('nghìn người', 'người')).toBe(1000);
    expect(scaleBetween('Triệu  Đồng', 'tỉ đồng')).toBe(0.001);
    expect(scaleBetween('triệu đồng', 'tỷ người')).toBeNull();
    expect(scaleBetween('nghìn', 'tỷ đồng')).toBeNull();
    expect(scaleBetween('tỷ đồng', 'tỷ đồng')).toBeNull();
  });

  it('reads "421 TCNSCĐ" among "708 tổ" as teams (tester round 17: the column was set aside)', () => {
    expect(sameUnit('TCNSCĐ', 'tổ')).toBe(true);
    expect(splitValueUnit('421 TCNSCĐ')).toMatchObject({ number: '421', known: true, scale: false });
  });

  it("gives its unit to the column named as the title's KPI; cells in another scale of it are converted", async () => {
    const cells = ['135 tỷ đồng', '213.000 triệu đồng', 1.5, '2,5 tỷ đồng'];
    const file = wideXlsx(
      'DOANH THU THƯƠNG MẠI ĐIỆN TỬ NĂM 2024 (tỷ đồng)',
      ['STT', 'Tỉnh, thành phố', 'Doanh thu thương mại điện tử', 'Số doanh nghiệp'],
      (_u, i) => [cells[i % 4]!, 10 + i],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    const scaled = p.problems.filter((x) => x.code === 'unitInCellScaled');
    expect(scaled.map((x) => x.cell)).toEqual(['C4']); // once, at the first
    expect(scaled[0]!.messageVi).toContain('đã đổi sang tỷ đồng (ô này: 213)');
    const rows = store.db
      .prepare(
        `SELECT i.name_vi AS kpi, i.unit_of_measure AS uom, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND o.source_cell IN ('C3', 'C4', 'C5', 'C6', 'D3') ORDER BY o.source_cell`,
      )
      .all();
    expect(rows).toEqual([
      { kpi: 'Doanh thu thương mại điện tử', uom: 'tỷ đồng', value: 135 },
      { kpi: 'Doanh thu thương mại điện tử', uom: 'tỷ đồng', value: 213 },
      { kpi: 'Doanh thu thương mại điện tử', uom: 'tỷ đồng', value: 1.5 },
      { kpi: 'Doanh thu thương mại điện tử', uom: 'tỷ đồng', value: 2.5 },
      // (another KPI's column does not take the title's unit)
      { kpi: 'Số doanh nghiệp', uom: null, value: 10 },
    ]);
  });
});

describe('tester round 17: a web page whose table title is a paragraph', () => {
  const page = (above: string) =>
    writeTemp(
      'page.htm',
      `<html><head><meta charset="utf-8"><title>Cổng DVC</title></head><body>${above}<table>` +
        '<tr><th>STT</th><th>Tỉnh, thành phố</th><th>Số hồ sơ trực tuyến toàn trình</th></tr>' +
        units63()
          .map((u, i) => `<tr><td>${i + 1}</td><td>${u}</td><td>${1000 + i}</td></tr>`)
          .join('') +
        '</table></body></html>',
    );

  it('reads a paragraph in capitals, or in bold, above the table as its title', async () => {
    for (const above of [
      '<p>SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (hồ sơ)</p>',
      '<p>Trang chủ</p><div><strong>Số hồ sơ trực tuyến toàn trình năm 2024 (hồ sơ)</strong></div>',
    ]) {
      store.close();
      store = new Store(path.join(tempDir('dti-round16-'), 'r.db'));
      const p = await importFile(page(above), { kind: 'kpi', group: 63 });
      expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
      expect(
        store.db
          .prepare(
            `SELECT i.name_vi AS kpi, i.unit_of_measure AS uom, o.period, COUNT(*) AS n FROM observation o
             JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' GROUP BY 1, 2, 3`,
          )
          .all(),
      ).toEqual([{ kpi: 'Số hồ sơ trực tuyến toàn trình', uom: 'hồ sơ', period: '2024', n: 63 }]);
    }
  });

  it('does not take a sentence for the title', async () => {
    const p = await importFile(page('<p>Số liệu được cập nhật từ Cổng dịch vụ công năm 2024.</p>'), {
      kind: 'kpi',
      group: 63,
    });
    expect(p.problems.map((x) => x.code)).toContain('noTablePeriod');
  });
});

describe('tester round 18: a title of one period over columns of others', () => {
  it('says so (the columns give the periods stored); columns within the title are quiet', async () => {
    const file = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III/2024 (hồ sơ)', [
      'Tháng 10/2024',
      'Tháng 11/2024',
    ]);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.canCommit).toBe(true);
    const said = p.problems.filter((x) => x.code === 'periodsOutsideTitle');
    expect(said.map((x) => x.severity)).toEqual(['warning']);
    expect(said[0]!.messageVi).toContain(
      'tiêu đề ghi kỳ Quý III/2024, nhưng bảng có số liệu của kỳ Tháng 10/2024, Tháng 11/2024',
    );
    const within = periodTable('SỐ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III/2024 (hồ sơ)', [
      'Tháng 7',
      'Tháng 8',
      'Tháng 9',
      'Lũy kế',
    ]);
    const q = await importFile(within, { kind: 'kpi', group: 63 });
    expect(q.problems.filter((x) => x.code === 'periodsOutsideTitle')).toEqual([]);
    expect(q.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('tester round 20: what the new readings must not do, and what they missed', () => {
  it('joins no last header field that rows merely leave empty', () => {
    const rows: (string | number)[][] = [
      ['STT', 'Tỉnh', 'Điểm DTI', 'Xếp hạng', ' Ghi chú'],
      [1, 'Hà Nội', '0,8', 1],
      [2, 'Huế', '0,7', 2],
      [3, 'Đà Nẵng', '0,6', 3],
    ];
    expect(joinSplitHeader(rows, ',')).toEqual([]);
    expect(rows[0]).toHaveLength(5);
  });

  it('reads "May" as a month only so written ("So luong may 2024" is machines)', () => {
    expect(normalisePeriod('May 2024')).toBe('2024-05');
    expect(normalisePeriod('may 2024')).toBe('may 2024');
    expect(englishPeriods('So luong may 2024')).toBe('So luong may 2024');
    expect(normalisePeriod('May', 2024)).toBe('2024-05');
    expect(normalisePeriod('MAY', 2024)).toBe('MAY');
  });

  it('takes the period out of a KPI header, English or Vietnamese, into the column', async () => {
    const file = wideXlsx(
      'Digital transformation report',
      ['STT', 'Tỉnh, thành phố', 'Online payment rate H1 2024 (%)', 'Online payment rate (%) March 2024'],
      (_u, i) => [60 + (i % 30), 50 + (i % 20)],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(storedByPeriod().map((r) => [r.kpi, r.period, r.n])).toEqual([
      ['Online payment rate', '2024-01..2024-06', 63],
      ['Online payment rate', '2024-03', 63],
    ]);
  });

  it('reads "Ước tính năm 2024" as an estimate of the title\'s KPI', async () => {
    const file = periodTable('TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)', ['Ước tính năm 2024']);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).toContain('estimateColumn');
    expect(storedByPeriod().map((r) => [r.kpi, r.period])).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', '2024'],
    ]);
  });

  it('keeps the unit of a title ending "as of", "YTD", "tính đến", "in the first half of"', () => {
    for (const t of [
      'Online payment rate in the first half of 2024 (%)',
      'Online payment rate, year to date (September 2025) (%)',
      'Online payment rate YTD September 2025 (%)',
      'Online payment rate as of September 30, 2024 (%)',
    ])
      expect([t, indicatorFromTitle([t], null)]).toEqual([t, 'Online payment rate (%)']);
    expect(indicatorFromTitle(['TỶ LỆ THANH TOÁN TRỰC TUYẾN TÍNH ĐẾN 30/9/2024 (%)'], null)).toBe(
      'Tỷ lệ thanh toán trực tuyến (%)',
    );
  });

  it('converts "nghìn tỷ đồng" and scales written without their marks', () => {
    expect(scaleBetween('nghìn tỷ đồng', 'tỷ đồng')).toBe(1000);
    expect(scaleBetween('ty dong', 'triệu đồng')).toBe(1000);
  });
});

describe('tester round 20: a year title over a month of another year', () => {
  it('is said, as a quarter title is', async () => {
    const file = periodTable('TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2024 (%)', ['Tháng 12/2023', 'Tháng 1/2024']);
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.filter((x) => x.code === 'periodsOutsideTitle').map((x) => x.messageVi)).toEqual([
      expect.stringContaining('tiêu đề ghi kỳ 2024, nhưng bảng có số liệu của kỳ Tháng 12/2023'),
    ]);
  });
});

describe('tester round 20: a count converted from its own unit', () => {
  it('reads "38.143 người" in a KPI of nghìn người as 38,143 people, with no decimal-mark question', async () => {
    const file = wideXlsx(
      'SỐ NGƯỜI HỌC TRÊN NỀN TẢNG MOOCS NĂM 2024 (nghìn người)',
      ['STT', 'Tỉnh, thành phố', 'Số người học trên nền tảng MOOCs'],
      (_u, i) => [i === 1 ? '38.143 người' : 20 + i],
    );
    const p = await importFile(file, { kind: 'kpi', group: 63 });
    expect(p.problems.map((x) => x.code)).toEqual(['unitInCellScaled']);
    const c4 = store.db
      .prepare(`SELECT value FROM observation WHERE layer = 'user' AND source_cell = 'C4'`)
      .pluck()
      .get();
    expect(c4).toBe(38.143);
  });
});
