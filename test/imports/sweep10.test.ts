// What the tenth round found in KPI tables as provincial departments write them.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { isQualifierOnly, qualifiedKpi } from '../../src/shared/imports/indicatorNames';
import { needsTableIndicator, needsTablePeriod } from '../../src/shared/imports/fields';
import { fieldValue, parseFieldValue } from '../../src/renderer/src/pages/imports/fieldOptions';
import { parseCellNumber, rankText } from '../../src/main/imports/layout/cellNumber';
import { indicatorFromTitle } from '../../src/main/imports/layout/titleHints';
import { stageFile, writeTemp, writeWorkbook, storedAs } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-sweep10-'), 't.db'));
});

const storedKpi = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS name, o.period, o.value, u.name_vi AS unit FROM observation o
       JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
       WHERE i.kind = 'kpi' AND o.layer = 'user' ORDER BY u.name_vi, i.name_vi`,
    )
    .all() as { name: string; period: string; value: number; unit: string }[];

describe('a KPI period written only in the group header over its levels', () => {
  const levels = (group: string) =>
    writeWorkbook('levels.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Đơn vị', group, null],
          [null, null, 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Đồng Nai', 85.2, 60.1],
          [2, 'Tây Ninh', 90.5, 70.3],
        ],
        merges: [
          { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
          { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
        ],
      },
    ]);

  it('is the period of every value ("Quý III/2025": July to September 2025, the 34 units)', async () => {
    const { session, preview } = await stageFile(store, {
      kind: 'file',
      path: levels('Tỷ lệ hồ sơ trực tuyến Quý III/2025 (%)'),
    });
    expect(session.target).toMatchObject({ year: 2025, period: '2025-07..2025-09', group: 34 });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    session.commit();
    expect(storedKpi()).toEqual([
      {
        unit: 'Tây Ninh',
        name: 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh',
        period: '2025-07..2025-09',
        value: 90.5,
      },
      { unit: 'Tây Ninh', name: 'Tỷ lệ hồ sơ trực tuyến – cấp xã', period: '2025-07..2025-09', value: 70.3 },
      {
        unit: 'Đồng Nai',
        name: 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh',
        period: '2025-07..2025-09',
        value: 85.2,
      },
      { unit: 'Đồng Nai', name: 'Tỷ lệ hồ sơ trực tuyến – cấp xã', period: '2025-07..2025-09', value: 60.1 },
    ]);
  });

  it('"6 tháng đầu năm 2024" in the group header: January to June 2024', async () => {
    const { session } = await stageFile(store, {
      kind: 'file',
      path: levels('Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2024 (%)'),
    });
    expect(session.target).toMatchObject({ year: 2024, period: '2024-01..2024-06' });
  });

  it('a year alone stays the year', async () => {
    const { session } = await stageFile(store, {
      kind: 'file',
      path: levels('Tỷ lệ hồ sơ trực tuyến năm 2024 (%)'),
    });
    expect(session.target).toMatchObject({ year: 2024, period: '2024' });
  });
});

describe('a period across 01/07/2025 for units of the 63', () => {
  it('is said once for each unit and period, not at every value of its row', async () => {
    const f = writeWorkbook('2025.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Đơn vị', 'Tỷ lệ hồ sơ trực tuyến năm 2025 (%)', null, 'Số Tổ công nghệ số năm 2025 (tổ)'],
          [null, null, 'Cấp tỉnh', 'Cấp xã', null],
          [1, 'Bình Phước', 85.2, 60.1, 111],
          [2, 'Đồng Nai', 90.5, 70.3, 170],
        ],
        merges: [{ s: { r: 0, c: 2 }, e: { r: 0, c: 3 } }],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    const w = preview.problems.filter((p) => p.code === 'periodSpansMerger');
    expect(w.map((p) => p.cell)).toEqual(['C3', 'C4']);
    // (units that merged on that date have no figure of their own for 2025: errors, round 22)
    expect(w.map((p) => p.severity)).toEqual(['error', 'error']);
    expect(w[0]!.messageEn).toContain('"Bình Phước" of the 63-unit list became part of Đồng Nai');
  });
});

describe('"Cấp tỉnh | Cấp xã" with no KPI named above them or in a title', () => {
  const f = () =>
    writeWorkbook('levels-only.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Đơn vị', 'Cấp tỉnh', 'CAP XA'],
          [1, 'Đồng Nai', 85.2, 60.1],
          [2, 'Tây Ninh', 90.5, 70.3],
        ],
      },
    ]);

  it('asks which KPI they hold instead of storing KPIs named "Cấp tỉnh"', async () => {
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f() },
      { year: 2025, period: '2025' },
    );
    expect(needsTableIndicator(session.mapping!)).toBe(true);
    const e = preview.problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['noTableIndicator', 'C1']]);
    expect(e[0]!.messageVi).toContain('các cột "Cấp tỉnh", "CAP XA" chỉ ghi cấp báo cáo hoặc đại lượng');
    expect(e[0]!.messageEn).toContain('say which indicator they hold');
    expect(preview.canCommit).toBe(false);
  });

  it('the KPI the user names is the one at each level', async () => {
    const { session } = await stageFile(
      store,
      { kind: 'file', path: f() },
      { year: 2025, period: '2025', indicator: 'Tỷ lệ hồ sơ trực tuyến (%)' },
    );
    session.commit();
    expect(storedKpi().map((r) => [r.unit, r.name, r.value])).toEqual([
      ['Tây Ninh', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', 90.5],
      ['Tây Ninh', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', 70.3],
      ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', 85.2],
      ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', 60.1],
    ]);
    const uom = store.db
      .prepare(
        `SELECT DISTINCT unit_of_measure FROM indicator WHERE name_vi LIKE 'Tỷ lệ hồ sơ trực tuyến –%'`,
      )
      .pluck()
      .all();
    expect(uom).toEqual(['%']);
  });

  it('a level is told from a KPI by its words alone', () => {
    for (const l of ['Cấp tỉnh', 'cap huyen', 'CẤP XÃ (%)', 'Provincial level', 'commune'])
      expect(isQualifierOnly(l)).toBe(true);
    for (const k of ['Tỷ lệ DVCTT cấp tỉnh', 'Bộ phận một cửa cấp xã', 'Số xã', 'Cấp tỉnh quản lý'])
      expect(isQualifierOnly(k)).toBe(false);
    expect(qualifiedKpi('Tỷ lệ DVCTT (%)', 'Cấp Tỉnh')).toBe('Tỷ lệ DVCTT – cấp tỉnh (%)');
    expect(qualifiedKpi('Số hồ sơ', 'Bộ phận một cửa cấp xã (hồ sơ)')).toBe(
      'Số hồ sơ – Bộ phận một cửa cấp xã (hồ sơ)',
    );
  });
});

describe('a period over its measures, or a KPI over its periods, in a two-row header', () => {
  const twoRow = (
    name: string,
    top: (string | null)[],
    sub: (string | number | null)[],
    rows: (string | number)[][],
  ) =>
    writeWorkbook(name, [
      {
        name: 'Tổ CNS',
        rows: [['STT', 'Đơn vị', ...top], [null, null, ...sub], ...rows.map((r, i) => [i + 1, ...r])],
      },
    ]);

  it('"Năm 2024 | Năm 2025" over "Số lượng | Tỷ lệ (%)": each column is one measure of one year', async () => {
    const f = twoRow(
      'years-measures.xlsx',
      ['Năm 2024', null, 'Năm 2025', null],
      ['Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
      [
        // (units unchanged on 1 July 2025: a merged one has no figure of its own for the year 2025)
        ['Hà Nội', 120, 85.2, 130, 88.1],
        ['Lai Châu', 90, 70.3, 95, 72],
      ],
    );
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { indicator: 'Tổ công nghệ số cộng đồng', group: 63 },
    );
    expect(session.mapping!.columns.slice(2).map((c) => c.mapping)).toEqual([
      { field: 'kpi.valueForIndicator', indicator: 'Số lượng', period: '2024' },
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ (%)', period: '2024' },
      { field: 'kpi.valueForIndicator', indicator: 'Số lượng', period: '2025' },
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ (%)', period: '2025' },
    ]);
    expect(needsTablePeriod(session.mapping!)).toBe(false);
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    session.commit();
    expect(storedKpi().filter((r) => r.unit === 'Hà Nội')).toEqual([
      { unit: 'Hà Nội', name: 'Tổ công nghệ số cộng đồng – số lượng', period: '2024', value: 120 },
      { unit: 'Hà Nội', name: 'Tổ công nghệ số cộng đồng – số lượng', period: '2025', value: 130 },
      { unit: 'Hà Nội', name: 'Tổ công nghệ số cộng đồng – tỷ lệ', period: '2024', value: 85.2 },
      { unit: 'Hà Nội', name: 'Tổ công nghệ số cộng đồng – tỷ lệ', period: '2025', value: 88.1 },
    ]);
  });

  it('a KPI over "Quý I | Quý II" (the title\'s year) or over years: one KPI, a period per column', async () => {
    const quarters = writeWorkbook('kpi-quarters.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['THANH TOÁN TRỰC TUYẾN NĂM 2024'],
          ['STT', 'Đơn vị', 'Số giao dịch thanh toán trực tuyến (giao dịch)', null],
          [null, null, 'Quý I', 'Quý II'],
          [1, 'Bình Phước', 1100, 1200],
        ],
        merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 3 } }],
      },
    ]);
    const q = await stageFile(store, { kind: 'file', path: quarters }, { group: 63 });
    expect(q.preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    q.session.commit();
    const years = twoRow(
      'kpi-years.xlsx',
      ['Tỷ lệ hồ sơ trực tuyến (%)', null],
      [2022, 2023],
      [['Bình Phước', 70.1, 75.2]],
    );
    const y = await stageFile(store, { kind: 'file', path: years });
    expect(y.preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    y.session.commit();
    expect(storedKpi()).toEqual([
      {
        unit: 'Bình Phước',
        name: 'Số giao dịch thanh toán trực tuyến',
        period: '2024-01..2024-03',
        value: 1100,
      },
      {
        unit: 'Bình Phước',
        name: 'Số giao dịch thanh toán trực tuyến',
        period: '2024-04..2024-06',
        value: 1200,
      },
      { unit: 'Bình Phước', name: 'Tỷ lệ hồ sơ trực tuyến', period: '2022', value: 70.1 },
      { unit: 'Bình Phước', name: 'Tỷ lệ hồ sơ trực tuyến', period: '2023', value: 75.2 },
    ]);
  });

  it("the wizard keeps a column's own period through its select", () => {
    const f = { field: 'kpi.valueForIndicator', indicator: 'Số lượng', period: '2024-01..2024-03' } as const;
    expect(parseFieldValue(fieldValue(f))).toEqual(f);
    expect(parseFieldValue(fieldValue({ field: 'kpi.valueForIndicator', indicator: 'Số lượng' }))).toEqual({
      field: 'kpi.valueForIndicator',
      indicator: 'Số lượng',
    });
  });
});

describe('sub-items numbered "a", "b" or bulleted "-" under a numbered item', () => {
  const annex = (name: string, parent: string, subs: [string, string, string, number][]) =>
    writeWorkbook(name, [
      {
        name: 'Sheet1',
        rows: [
          ['UBND TỈNH ĐỒNG NAI'],
          ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024'],
          [1, parent, '', ''],
          ...subs,
        ],
      },
    ]);

  it('are named with their item, so two files of two KPIs never meet as one "Cấp tỉnh"', async () => {
    const a = annex('a.xlsx', 'Tỷ lệ hồ sơ trực tuyến toàn trình', [
      ['a', 'Cấp tỉnh', '%', 80.5],
      ['b.', 'Cấp xã', '%', 60.5],
    ]);
    const b = annex('b.xlsx', 'Thanh toán trực tuyến', [
      ['-', 'Phí, lệ phí', 'giao dịch', 3948],
      ['(b)', 'Cấp xã', '%', 30.5],
    ]);
    for (const f of [a, b]) {
      const { session, preview } = await stageFile(store, { kind: 'file', path: f });
      expect(preview.counts.changed).toBe(0);
      session.commit();
    }
    expect(storedKpi().map((r) => [r.name, r.value])).toEqual([
      ['Thanh toán trực tuyến – Phí, lệ phí', 3948],
      ['Thanh toán trực tuyến – cấp xã', 30.5],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh', 80.5],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã', 60.5],
    ]);
  });
});

describe('numbers as report tables write them', () => {
  const table = (name: string, header: string[], rows: (string | number)[][]) =>
    writeWorkbook(name, [
      { name: 'Sheet1', rows: [['SỐ LIỆU NĂM 2024'], [], ['STT', 'Tỉnh, thành phố', ...header], ...rows] },
    ]);

  it('a footnote reference after a number ("1.800.000 (1)", "87,5(a)", "95¹") is read with a warning, the column kept', async () => {
    for (const [cell, value] of [
      ['1.800.000 (1)', 1_800_000],
      ['1.800.000(1)', 1_800_000],
      ['1.800.000 (a)', 1_800_000],
      ['1.800.000¹', 1_800_000],
      ['1.800.000 [2]', 1_800_000],
    ] as const) {
      expect(parseCellNumber(cell)).toEqual({ value, mark: true });
    }
    const f = table(
      'marks.xlsx',
      ['Số tài khoản thanh toán (tài khoản)', 'Tỷ lệ người trưởng thành có tài khoản (%)'],
      [
        [1, 'Bình Phước', '912.687', '87,5(a)'],
        [2, 'Đồng Nai', '2.345.678', '91,2'],
        [3, 'Bình Dương', '1.800.000 (1)', '95¹'],
      ],
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(
      preview.problems
        .filter((p) => p.code === 'valueMark')
        .map((p) => p.cell)
        .sort(),
    ).toEqual(['C6', 'D4']);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    session.commit();
    expect(storedKpi().map((r) => [r.unit, r.name, r.value])).toEqual([
      ['Bình Dương', 'Số tài khoản thanh toán', 1_800_000],
      ['Bình Dương', 'Tỷ lệ người trưởng thành có tài khoản', 95],
      ['Bình Phước', 'Số tài khoản thanh toán', 912_687],
      ['Bình Phước', 'Tỷ lệ người trưởng thành có tài khoản', 87.5],
      ['Đồng Nai', 'Số tài khoản thanh toán', 2_345_678],
      ['Đồng Nai', 'Tỷ lệ người trưởng thành có tài khoản', 91.2],
    ]);
  });

  it('"xếp thứ 12/63", "đứng thứ 9" are ranks', () => {
    expect(rankText('xếp thứ 12/63')).toBe('12/63');
    expect(rankText('Xếp thứ 5')).toBe('5');
    expect(rankText('đứng thứ 9')).toBe('9');
  });

  it('a count written "12,345" is twelve thousand three hundred and forty-five, said once', async () => {
    const f = table(
      'counts.xlsx',
      ['Số giao dịch thanh toán trực tuyến (giao dịch)', 'Tỷ lệ hồ sơ trực tuyến (%)'],
      [
        [1, 'Bình Phước', '12,345', '99,52'],
        [2, 'Đồng Nai', '45,678', '98,5'],
        [3, 'Tây Ninh', '1.250', '97'],
      ],
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    const told = preview.problems.filter(
      (p) => p.code === 'ambiguousNumber' || p.code === 'countReadWhole' || p.code === 'countNotWhole',
    );
    expect(told.map((p) => [p.code, p.cell])).toEqual([['countReadWhole', 'C4']]);
    expect(told[0]!.messageVi).toContain('số đếm theo "giao dịch" là số nguyên: đã đọc là 12345 (số nguyên)');
    session.commit();
    expect(
      storedKpi()
        .filter((r) => r.name.startsWith('Số giao dịch'))
        .map((r) => [r.unit, r.value]),
    ).toEqual([
      ['Bình Phước', 12_345],
      ['Tây Ninh', 1_250],
      ['Đồng Nai', 45_678],
    ]);
    expect(
      storedKpi()
        .filter((r) => r.name.startsWith('Tỷ lệ'))
        .map((r) => r.value),
    ).toEqual([99.52, 97, 98.5]);
  });
});

describe('the column of the provinces under the headers reports give it', () => {
  const kpiCsv = (header: string) =>
    writeTemp(
      'units.csv',
      `STT,"${header}",Tỷ lệ thôn ấp phủ sóng 4G (%)\n1,Bình Phước,"99,5"\n2,Đồng Nai,100\n3,Tây Ninh,"98,7"\n`,
    );

  it.each([
    'Địa bàn',
    'Vùng/Tỉnh, thành phố',
    'Đơn vị hành chính cấp tỉnh',
    'Địa phương (tỉnh, thành phố)',
    // not a header the vocabulary knows: the names under it tell
    'Tỉnh/TP (theo NQ 202)',
    'Nơi thực hiện',
    'Tên',
    '',
  ])('"%s" is the unit column of a KPI table', async (header) => {
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: kpiCsv(header) },
      { year: 2024, period: '2024', group: 63 },
    );
    expect(session.mapping!.columns[1]!.mapping.field).toBe('unit');
    expect(session.target!.kind).toBe('kpi');
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.counts.observations).toBe(3);
  });
});

describe('notes under the table', () => {
  it.each([
    // the note a "(1)" refers to, skipped like "(*) …"
    [['(*) Số liệu ước tính', '(1) Số liệu của NHNN chi nhánh', '[2] Số liệu sơ bộ']],
    [['1/ Số liệu ước tính đến 30/11/2024', '- Số liệu tổng hợp từ báo cáo của các tỉnh']],
  ])('%j alone in their rows under the data are notes', async (notes) => {
    const f = writeWorkbook('notes.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ TÀI KHOẢN THANH TOÁN NĂM 2024'],
          ['STT', 'Tỉnh, thành phố', 'Số tài khoản thanh toán (tài khoản)'],
          [1, 'Bình Phước', '912.687'],
          [2, 'Bình Dương', '1.800.000 (1)'],
          [],
          ...notes.map((n) => [n]),
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.counts.observations).toBe(2);
  });
});

describe('a KPI group header over its value and its rank', () => {
  it('"Thanh toán trực tuyến" over "Số giao dịch | Xếp hạng": the KPI and its rank among the 63', async () => {
    const f = writeWorkbook('ttt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['THANH TOÁN TRỰC TUYẾN NĂM 2022'],
          ['STT', 'Tỉnh, thành phố', 'Thanh toán trực tuyến', null],
          [null, null, 'Số giao dịch', 'Xếp hạng'],
          [1, 'Bình Phước', 3948, 5],
          [2, 'Bình Dương', 20001, 1],
        ],
        merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 3 } }],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    session.commit();
    const rows = store.db
      .prepare(
        `SELECT i.name_vi AS name, o.value, o.rank, o.rank_of FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' ORDER BY o.rank`,
      )
      .all();
    expect(rows).toEqual([
      { name: 'Thanh toán trực tuyến – Số giao dịch', value: 20001, rank: 1, rank_of: 63 },
      { name: 'Thanh toán trực tuyến – Số giao dịch', value: 3948, rank: 5, rank_of: 63 },
    ]);
  });

  it('"Tỷ lệ hồ sơ trực tuyến (%)" over "Cấp tỉnh | Toàn trình": one name pattern, the unit kept for both', async () => {
    const f = writeWorkbook('hstt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN QUÝ III/2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)', null],
          [null, null, 'Cấp tỉnh', 'Toàn trình'],
          [1, 'Đồng Nai', 90.5, 60.2],
        ],
        merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 3 } }],
      },
    ]);
    const { session } = await stageFile(store, { kind: 'file', path: f });
    session.commit();
    expect(
      store.db
        .prepare(`SELECT name_vi, unit_of_measure FROM indicator WHERE kind = 'kpi' ORDER BY name_vi`)
        .raw()
        .all(),
    ).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến – Toàn trình', '%'],
      ['Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', '%'],
    ]);
  });
});

describe("a title's KPI is not its province", () => {
  it.each([
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO CẤP - TỈNH BÌNH PHƯỚC', 'Tỷ lệ hồ sơ trực tuyến theo cấp'],
    ['SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CỦA TỈNH ĐỒNG NAI NĂM 2024', 'Số tổ công nghệ số cộng đồng'],
    ['Tỷ lệ phủ sóng 4G trên địa bàn TP. Hồ Chí Minh (%)', 'Tỷ lệ phủ sóng 4G (%)'],
    // a place that is no province stays in the name
    ['SỐ HỌC VIÊN TRƯỜNG CHÍNH TRỊ TỈNH', 'Số học viên trường chính trị tỉnh'],
  ])('"%s" → "%s"', (title, kpi) => {
    expect(indicatorFromTitle([title], null)).toBe(kpi);
  });
});

describe('a ratio typed among percentages', () => {
  const coverage = (values: number[]) =>
    writeWorkbook('4g.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ PHỦ SÓNG 4G NĂM 2024'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ thôn, ấp phủ sóng 4G (%)'],
          ...values.map((v, i) => [i + 1, ['Bình Phước', 'Đồng Nai', 'Bình Dương', 'Tây Ninh'][i]!, v]),
        ],
      },
    ]);

  it('0,97 among 98–100 is said at its cell, read as written', async () => {
    const { preview } = await stageFile(
      store,
      { kind: 'file', path: coverage([99.5, 100, 98, 0.97]) },
      { group: 63 },
    );
    const w = preview.problems.filter((p) => p.code === 'percentFraction');
    expect(w.map((p) => p.cell)).toEqual(['C6']);
    expect(w[0]!.messageEn).toContain('while the others lie between 98 and 100');
  });

  it('small percentages among small ones are not questioned', async () => {
    const { preview } = await stageFile(
      store,
      { kind: 'file', path: coverage([1.2, 3.5, 0.8, 12]) },
      { group: 63 },
    );
    expect(preview.problems.filter((p) => p.code === 'percentFraction')).toEqual([]);
  });
});

describe('a long table with a column of levels', () => {
  it('"Tỉnh | Cấp | Tỷ lệ (%)", the province merged over its levels: the title\'s KPI at each level', async () => {
    const f = writeWorkbook('levels-long.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2023'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Cấp', 'Tỷ lệ (%)'],
          [1, 'Bình Phước', 'Cấp tỉnh', '95,5'],
          [null, null, 'Cấp xã', '85,2'],
          [2, 'Đồng Nai', 'Cấp tỉnh', '96,5'],
          [null, null, 'Cấp xã', '86,2'],
        ],
        merges: [
          { s: { r: 3, c: 0 }, e: { r: 4, c: 0 } },
          { s: { r: 3, c: 1 }, e: { r: 4, c: 1 } },
          { s: { r: 5, c: 0 }, e: { r: 6, c: 0 } },
          { s: { r: 5, c: 1 }, e: { r: 6, c: 1 } },
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(session.mapping!.columns[2]!.mapping).toEqual({ field: 'kpi.level' });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    session.commit();
    expect(storedKpi().map((r) => [r.unit, r.name, r.value])).toEqual([
      ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', 95.5],
      ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', 85.2],
      ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', 96.5],
      ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', 86.2],
    ]);
  });

  it('a measure the KPI name starts with adds nothing to it', () => {
    expect(qualifiedKpi('Tỷ lệ hồ sơ trực tuyến', 'Tỷ lệ (%)')).toBe('Tỷ lệ hồ sơ trực tuyến (%)');
    expect(qualifiedKpi('Tổ công nghệ số cộng đồng', 'Số lượng (tổ)')).toBe(
      'Tổ công nghệ số cộng đồng – số lượng (tổ)',
    );
  });
});

describe('a 2024 KPI table by the 34 units', () => {
  it('"… NĂM 2024 (THEO 34 ĐƠN VỊ)" is stored for the 34 units, restated, said once; an unchanged province on its unit of the 63 (round 75)', async () => {
    const f = writeWorkbook('34-2024.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2024 (THEO 34 ĐƠN VỊ)'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)'],
          [1, 'Đồng Nai', 80.5],
          [2, 'Hà Nội', 90.1],
          [3, 'TP. Hồ Chí Minh', 88],
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(session.target).toMatchObject({ group: 34, period: '2024' });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'listFollowsPeriod')).toHaveLength(1);
    session.commit();
    expect(storedAs(store, `u.name_vi || ' ' || u.code_list`)).toEqual([
      'Đồng Nai 2025',
      'Hà Nội gso2004',
      'Hồ Chí Minh 2025',
    ]);
  });
});

describe('a district-level table and a table without a unit column', () => {
  it('"TP. Đồng Xoài" is said to be below the province, like "Huyện Lộc Ninh"', async () => {
    const f = writeTemp(
      'huyen.csv',
      'Đơn vị,Tỷ lệ hồ sơ trực tuyến năm 2024 (%)\nTP. Đồng Xoài,"90,5"\nHuyện Lộc Ninh,"85,1"\nBình Phước,"88,2"\n',
    );
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    const said = preview.problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.messageEn]);
    expect(said.map(([c]) => c)).toEqual(['A2', 'A3']);
    for (const [, m] of said) expect(m).toContain('is a district or a commune, not a province');
  });

  it('no unit column: the message says a whole table can be given its unit', async () => {
    const f = writeTemp('bp.csv', 'STT,Chỉ tiêu,Kỳ,Giá trị\n1,Tỷ lệ DVCTT (%),Tháng 9/2022,"99,52"\n');
    const { preview } = await stageFile(store, { kind: 'file', path: f });
    const e = preview.problems.find((p) => p.code === 'noUnitColumn')!;
    expect(e.messageVi).toContain('chọn đơn vị của cả bảng');
  });
});

describe('sweep 11: sub-items, levels and ranks under KPI groups', () => {
  const annex = (rows: (string | number | null)[][]) =>
    writeWorkbook('annex.xlsx', [
      {
        name: 'Sheet1',
        rows: [['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024'], ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024'], ...rows],
      },
    ]);

  it('a sub-item mark opening the name ("- …", "a) …", "(a) …", "+ …", "• …") or a Roman "ii." joins its item', async () => {
    const f = annex([
      [1, 'Thanh toán trực tuyến', '', ''],
      ['', '- Phí, lệ phí', 'giao dịch', 3948],
      ['', '(b) Nghĩa vụ tài chính đất đai', 'giao dịch', 47746],
      [2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '', ''],
      ['i.', 'Cấp tỉnh', '%', 80.5],
      ['ii.', 'Cấp huyện', '%', 70.5],
      ['', '• Cấp xã', '%', 60.5],
    ]);
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { unitId: store.units.byCode('gso2004', '70')!.id },
    );
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    session.commit();
    expect(storedKpi().map((r) => r.name)).toEqual([
      'Thanh toán trực tuyến – Nghĩa vụ tài chính đất đai',
      'Thanh toán trực tuyến – Phí, lệ phí',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp huyện',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh',
      'Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã',
    ]);
  });

  it('levels with no item above them are asked about, not stored as KPIs named "Cấp tỉnh"', async () => {
    const f = annex([
      ['a', 'Cấp tỉnh', '%', 80.5],
      ['b', 'Cấp xã', '%', 60.5],
    ]);
    const { preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { unitId: store.units.byCode('gso2004', '70')!.id },
    );
    const e = preview.problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['noTableIndicator', 'B3']]);
    expect(preview.canCommit).toBe(false);
  });

  it('"Cấp tỉnh | Cấp xã" over "Tỷ lệ (%) | Xếp hạng": asked, then the named KPI at each level with its rank', async () => {
    const f = writeWorkbook('levels-value-rank.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BÁO CÁO SỐ LIỆU NĂM 2023'],
          ['STT', 'Tỉnh, thành phố', 'Cấp tỉnh', null, 'Cấp xã', null],
          [null, null, 'Tỷ lệ (%)', 'Xếp hạng', 'Tỷ lệ (%)', 'Xếp hạng'],
          [1, 'Bình Phước', 99.52, 3, 98.86, 7],
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
          { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
        ],
      },
    ]);
    const asked = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(asked.preview.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'noTableIndicator',
    ]);
    const { session } = await stageFile(
      store,
      { kind: 'file', path: f },
      { group: 63, indicator: 'Tỷ lệ hồ sơ trực tuyến' },
    );
    session.commit();
    expect(
      store.db
        .prepare(
          `SELECT i.name_vi, o.value, o.rank, o.rank_of FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY i.name_vi`,
        )
        .raw()
        .all(),
    ).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', 99.52, 3, 63],
      ['Tỷ lệ hồ sơ trực tuyến – cấp xã', 98.86, 7, 63],
    ]);
  });

  it('two KPI groups, each over "Số giao dịch | Xếp hạng" (or "Xếp hạng | Số giao dịch"): each rank is its own KPI\'s', async () => {
    for (const rankFirst of [false, true]) {
      const sub = rankFirst ? ['Xếp hạng', 'Số giao dịch'] : ['Số giao dịch', 'Xếp hạng'];
      const row = (v: number, r: number) => (rankFirst ? [r, v] : [v, r]);
      const f = writeWorkbook('two-groups.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['THANH TOÁN TRỰC TUYẾN NĂM 2022'],
            ['STT', 'Tỉnh, thành phố', 'Thanh toán phí, lệ phí', null, 'Nghĩa vụ tài chính đất đai', null],
            [null, null, ...sub, ...sub],
            [1, 'Bình Phước', ...row(3948, 5), ...row(47746, 2)],
          ],
          merges: [
            { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
            { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
          ],
        },
      ]);
      const s2 = new Store(path.join(tempDir('dti-sweep11-'), 't.db'));
      const { session, preview } = await stageFile(s2, { kind: 'file', path: f }, { group: 63 });
      expect(preview.problems.filter((p) => p.code === 'duplicateColumn')).toEqual([]);
      session.commit();
      expect(
        s2.db
          .prepare(
            `SELECT i.name_vi, o.value, o.rank FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY i.name_vi`,
          )
          .raw()
          .all(),
      ).toEqual([
        ['Nghĩa vụ tài chính đất đai – Số giao dịch', 47746, 2],
        ['Thanh toán phí, lệ phí – Số giao dịch', 3948, 5],
      ]);
      s2.close();
    }
  });
});

describe('sweep 11: ranks, counts, remarks', () => {
  const table = (name: string, header: string[], rows: (string | number)[][], title = 'SỐ LIỆU NĂM 2023') =>
    writeWorkbook(name, [
      { name: 'Sheet1', rows: [[title], [], ['STT', 'Tỉnh, thành phố', ...header], ...rows] },
    ]);

  it('a KPI rank "(5)" is 5; 0, 64 of 63, and "12/63" in a table of the 34 are errors at their cells', async () => {
    const ok = table(
      'paren.xlsx',
      ['Số giao dịch (giao dịch)', 'Xếp hạng'],
      [
        [1, 'Bình Phước', 3948, '(5)'],
        [2, 'Đồng Nai', 4000, '(2)'],
      ],
    );
    const a = await stageFile(store, { kind: 'file', path: ok }, { group: 63 });
    a.session.commit();
    expect(
      store.db.prepare(`SELECT rank FROM observation WHERE layer = 'user' ORDER BY rank`).pluck().all(),
    ).toEqual([2, 5]);
    const bad = table(
      'bad-ranks.xlsx',
      ['Số giao dịch (giao dịch)', 'Xếp hạng'],
      [
        [1, 'Bình Phước', 3948, 64],
        [2, 'Đồng Nai', 4000, 0],
      ],
    );
    const b = await stageFile(store, { kind: 'file', path: bad }, { group: 63 });
    expect(b.preview.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['rankRange', 'D4'],
      ['rankRange', 'D5'],
    ]);
    const of63 = table(
      'of63.xlsx',
      ['Số giao dịch (giao dịch)', 'Xếp hạng'],
      [[1, 'Đồng Nai', 4000, '12/63']],
      'SỐ LIỆU QUÝ III/2025',
    );
    const c = await stageFile(store, { kind: 'file', path: of63 });
    expect(c.preview.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'rankOfMismatch',
    ]);
  });

  it('a count column that mixes "1.234" with "1,234,567" reads both whole, said once', async () => {
    const f = table(
      'mixed.xlsx',
      ['Số tài khoản thanh toán (tài khoản)'],
      [
        [1, 'Bình Phước', '1.234'],
        [2, 'Đồng Nai', '1,234,567'],
      ],
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.code === 'countReadWhole').map((p) => p.cell)).toEqual(['C4']);
    session.commit();
    expect(storedKpi().map((r) => r.value)).toEqual([1234, 1_234_567]);
  });

  it('"1.012 (ước)" is an error at its cell, its column still read as numbers', async () => {
    const f = table(
      'uoc.xlsx',
      ['Tỷ lệ thôn, ấp phủ sóng 4G (%)', 'Số tổ công nghệ số cộng đồng (tổ)'],
      [
        [1, 'Bình Phước', 99.1, '1.012 (ước)'],
        [2, 'Đồng Nai', 98.5, '1.534'],
        [3, 'Tây Ninh', 97, '612#'],
      ],
    );
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([
      ['notANumber', 'D4'],
    ]);
    expect(preview.problems.filter((p) => p.code === 'valueMark').map((p) => p.cell)).toEqual(['D6']);
  });

  it('1 among 98–100 in a "(%)" column is questioned too', async () => {
    const f = table(
      'one.xlsx',
      ['Tỷ lệ thôn, ấp phủ sóng 4G (%)'],
      [
        [1, 'Bình Phước', 99.5],
        [2, 'Đồng Nai', 1],
        [3, 'Tây Ninh', 100],
      ],
    );
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.code === 'percentFraction').map((p) => p.cell)).toEqual(['C5']);
  });
});

describe('sweep 11: KPI names without the province or the pillar', () => {
  it.each([
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO CẤP TẠI ĐỒNG NAI NĂM 2024', 'Tỷ lệ hồ sơ trực tuyến theo cấp'],
    ['TỈNH BÌNH PHƯỚC: TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO CẤP NĂM 2024', 'Tỷ lệ hồ sơ trực tuyến theo cấp'],
    ['THÀNH PHỐ HỒ CHÍ MINH - SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG', 'Số tổ công nghệ số cộng đồng'],
  ])('"%s" → "%s"', (title, kpi) => {
    expect(indicatorFromTitle([title], null)).toBe(kpi);
  });

  it('"CHÍNH QUYỀN SỐ" over its KPIs: the KPIs by their own names', async () => {
    const f = writeWorkbook('pillar.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ LIỆU NĂM 2024'],
          ['STT', 'Tỉnh, thành phố', 'CHÍNH QUYỀN SỐ', null, 'KINH TẾ SỐ'],
          [
            null,
            null,
            'Tỷ lệ hồ sơ trực tuyến toàn trình (%)',
            'Tỷ lệ hồ sơ có thanh toán trực tuyến (%)',
            'Số giao dịch thanh toán trực tuyến (giao dịch)',
          ],
          [1, 'Bình Phước', 80.5, 45.1, 3948],
        ],
        merges: [
          { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
          { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
          { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
        ],
      },
    ]);
    const { session } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    session.commit();
    expect(storedKpi().map((r) => r.name)).toEqual([
      'Số giao dịch thanh toán trực tuyến',
      'Tỷ lệ hồ sơ có thanh toán trực tuyến',
      'Tỷ lệ hồ sơ trực tuyến toàn trình',
    ]);
  });
});

describe("sweep 11: a province's DTI result is no KPI", () => {
  it('"DTI | 0,6565 | xếp thứ 12/63" in a table of indices: refused at the cell, no user KPI named "DTI"', async () => {
    const f = writeWorkbook('bp-dti.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['KẾT QUẢ DTI NĂM 2022 CỦA TỈNH BÌNH PHƯỚC'],
          [],
          ['Chỉ số', 'Điểm', 'Xếp hạng'],
          ['DTI', '0,6565', 'xếp thứ 12/63'],
          ['Chính quyền số', '', 'xếp thứ 12/63'],
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: f });
    expect(preview.problems.filter((p) => p.code === 'kpiNamedAsIndex').map((p) => p.cell)).toEqual([
      'A4',
      'A5',
    ]);
    expect(preview.canCommit).toBe(false);
  });
});

describe('sweep 11: sub-items keep their item\'s unit; "Trong đó:"; "Giá trị" under a KPI', () => {
  it('"Tỷ lệ … (%)" over "a | Toàn trình": "Tỷ lệ … – Toàn trình" in %; "Trong đó: …" joins its item', async () => {
    const f = writeWorkbook('annex-units.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['KẾT QUẢ NĂM 2024'],
          ['STT', 'Chỉ tiêu', 'Thực hiện năm 2024'],
          [1, 'Tỷ lệ dịch vụ công trực tuyến (%)', ''],
          ['a', 'Toàn trình', 80.5],
          [2, 'Số tài khoản thanh toán (tài khoản)', 912687],
          ['', 'Trong đó: tài khoản di động', 12000],
        ],
      },
    ]);
    const { session } = await stageFile(
      store,
      { kind: 'file', path: f },
      { unitId: store.units.byCode('gso2004', '70')!.id },
    );
    session.commit();
    expect(
      store.db
        .prepare(`SELECT name_vi, unit_of_measure FROM indicator WHERE kind = 'kpi' ORDER BY name_vi`)
        .raw()
        .all(),
    ).toEqual([
      ['Số tài khoản thanh toán', 'tài khoản'],
      ['Số tài khoản thanh toán – tài khoản di động', 'tài khoản'],
      ['Tỷ lệ dịch vụ công trực tuyến – Toàn trình', '%'],
    ]);
  });
});

describe('sweep 11: a value and its rank, each over the years', () => {
  it('"Số giao dịch" over "Năm 2023 | Năm 2024", "Xếp hạng" over "Năm 2023 | Năm 2024": each rank with its year', async () => {
    const f = writeWorkbook('value-rank-years.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Số giao dịch (giao dịch)', '', 'Xếp hạng', ''],
          ['', '', 'Năm 2023', 'Năm 2024', 'Năm 2023', 'Năm 2024'],
          [1, 'Bình Phước', '5.000', '7.100', 12, 9],
          [2, 'Đồng Nai', '4.900', '8.200', 14, 6],
        ],
        merges: [
          { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
          { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
          { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
          { s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    session.commit();
    expect(
      store.db
        .prepare(
          `SELECT u.name_vi, o.period, o.value, o.rank FROM observation o JOIN unit u ON u.id = o.unit_id
           WHERE o.layer = 'user' ORDER BY u.name_vi, o.period`,
        )
        .raw()
        .all(),
    ).toEqual([
      ['Bình Phước', '2023', 5000, 12],
      ['Bình Phước', '2024', 7100, 9],
      ['Đồng Nai', '2023', 4900, 14],
      ['Đồng Nai', '2024', 8200, 6],
    ]);
  });
});
