// Session 28: tester round 83 (an analyst's years in one database; workbooks as provincial staff
// build them). Each test imports the file as the command line does and checks what is stored.
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import type { AppError } from '../../src/shared/result';
import { translate } from '../../src/shared/i18n';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import {
  errorCodes,
  importLikeCli,
  storedLines,
  writeTemp,
  formatted,
  writeWorkbook,
  type TestSheet,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round83-'), 'r.db'));
});

/** The 63 provinces' names, in the 2022 ranking's order. */
const provinces = () => published2022().map((r) => r.label);

describe('KPI values a thousand times the stored ones, or a thousandth (round 83: replaced unsaid)', () => {
  const count = (i: number, m: number) => 50_000 + i * 1_000 + m * 37;
  /** Transactions per month of 2024, T1..Tn; in thousands ("nghìn giao dịch") when `thousands`. */
  const months = (name: string, n: number, thousands: boolean) =>
    writeWorkbook(name, [
      {
        name: 'GD',
        rows: [
          [`SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024${thousands ? ' (nghìn giao dịch)' : ''}`],
          ['Tỉnh, thành phố', ...Array.from({ length: n }, (_, m) => `T${m + 1}/2024`)],
          ...provinces().map((p, i) => [
            p,
            ...Array.from({ length: n }, (_, m) => (thousands ? count(i, m) / 1000 : count(i, m))),
          ]),
        ],
      },
    ]);

  const stageAfter = async (first: string, second: string) => {
    const a = await importLikeCli(store, first);
    expect(a.preview.canCommit).toBe(true);
    a.session.commit();
    const b = await importLikeCli(store, second);
    return b.preview;
  };

  it('a file in thousands over counts stored without a unit: said once, with how many, at the first value (a thousandth)', async () => {
    const p = await stageAfter(months('gd-2024.xlsx', 12, false), months('gd-2024-nghin.xlsx', 6, true));
    const said = p.problems.filter((x) => x.code === 'scaleJump');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('warning');
    expect(said[0]!.row).toBe(3);
    expect(said[0]!.col).toBe(2);
    // (the file's 50 for the 50,000 stored: the file counts in thousands)
    expect(said[0]!.messageVi).toContain(
      'giá trị này (50) chỉ bằng khoảng 1/1.000 giá trị đang lưu (50.000)',
    );
    expect(said[0]!.messageVi).toContain('378 giá trị');
    expect(said[0]!.messageVi).toContain('Tháng 1/2024');
    expect(said[0]!.messageEn).toContain('about 1/1,000 of the stored value (50,000)');
  });

  it('counts over values stored in thousands: said as a thousand times', async () => {
    const p = await stageAfter(months('gd-2024-nghin.xlsx', 6, true), months('gd-2024.xlsx', 12, false));
    const said = p.problems.filter((x) => x.code === 'scaleJump');
    expect(said).toHaveLength(1);
    expect(said[0]!.messageVi).toContain('giá trị này (50.000) gấp khoảng 1.000 lần giá trị đang lưu (50)');
    expect(said[0]!.messageVi).toContain('378 giá trị');
    expect(said[0]!.messageEn).toContain('about 1,000 times the stored value (50)');
  });

  it('a correction of a few values, or a year of growth, is no change of unit', async () => {
    const first = months('gd-2024.xlsx', 12, false);
    const again = writeWorkbook('gd-2024-sua.xlsx', [
      {
        name: 'GD',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024'],
          ['Tỉnh, thành phố', 'T1/2024', 'T2/2024'],
          ...provinces().map((p, i) => [p, i === 5 ? count(i, 0) * 3 : count(i, 0) + 1, count(i, 1)]),
        ],
      },
    ]);
    const p = await stageAfter(first, again);
    expect(p.counts.changed).toBe(63);
    expect(p.problems.filter((x) => x.code === 'scaleJump')).toEqual([]);
    expect(storedLines(store).length).toBe(63 * 12);
  });
});

describe('counts as English-locale Excel writes them (round 83: "2,000" stored as 2 beside "1,234,567")', () => {
  it('a count whole either way is read with the thousands its column writes', async () => {
    const file = writeTemp(
      'kpi-en.csv',
      [
        'SỐ LIỆU CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024,,,',
        'STT,"Tỉnh, thành phố",Số tài khoản thanh toán,Số giao dịch thanh toán trực tuyến',
        '1,Hà Nội,"2,000","1,000"',
        '2,Hà Giang,"15,000",317',
        '3,Cao Bằng,"1,234,567",634',
        '4,Bắc Kạn,987,951',
        '5,Tuyên Quang,"10,000","1,268"',
        '6,Lào Cai,"912,687","2,585"',
        '',
      ].join('\r\n'),
    );
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    const stored = store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, o.value FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all() as { unit: string; kpi: string; value: number }[];
    const of = (kpi: string) => stored.filter((r) => r.kpi.startsWith(kpi)).map((r) => r.value);
    expect(of('Số tài khoản')).toEqual([2000, 15000, 1234567, 987, 10000, 912687]);
    expect(of('Số giao dịch')).toEqual([1000, 317, 634, 951, 1268, 2585]);
  });
});

describe('cells shown by their number format (round 83: month headers read as 45292…, "(nghìn …)" over "#,##0,")', () => {
  const book = (name: string, rows: TestSheet['rows']) => writeWorkbook(name, [{ name: 'Sheet1', rows }]);
  const values = (kpi: string) =>
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, o.period, o.value FROM observation o JOIN unit u ON u.id = o.unit_id
         JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' AND i.name_vi = ? ORDER BY o.source_cell`,
      )
      .all(kpi);

  it.each([['mmmm'], ['[$-42A]mmmm'], ['mmm'], ['"Tháng "mm']])(
    'month headers as dates shown "%s": each column its month',
    async (z) => {
      // 01/01, 01/02, 01/03/2024
      const file = book('ho-so-2024.xlsx', [
        ['SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024'],
        ['Tỉnh, thành phố', formatted(45292, z), formatted(45323, z), formatted(45352, z)],
        ['Hà Nội', 10, 11, 12],
        ['Lai Châu', 20, 21, 22],
      ]);
      const { preview, session } = await importLikeCli(store, file, 2024);
      expect(errorCodes(preview)).toEqual([]);
      session.commit();
      expect(values('Số hồ sơ trực tuyến')).toEqual([
        { unit: 'Hà Nội', period: '2024-01', value: 10 },
        { unit: 'Lai Châu', period: '2024-01', value: 20 },
        { unit: 'Hà Nội', period: '2024-02', value: 11 },
        { unit: 'Lai Châu', period: '2024-02', value: 21 },
        { unit: 'Hà Nội', period: '2024-03', value: 12 },
        { unit: 'Lai Châu', period: '2024-03', value: 22 },
      ]);
    },
  );

  it('quarter headers typed as numbers shown \'"Quý "0\': each column its quarter', async () => {
    const file = book('ho-so-quy-2024.xlsx', [
      ['SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024'],
      ['Tỉnh, thành phố', formatted(1, '"Quý "0'), formatted(2, '"Quý "0')],
      ['Hà Nội', 30, 31],
    ]);
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values('Số hồ sơ trực tuyến')).toEqual([
      { unit: 'Hà Nội', period: '2024-01..2024-03', value: 30 },
      { unit: 'Hà Nội', period: '2024-04..2024-06', value: 31 },
    ]);
  });

  it('a period column of dates shown as months ("[$-42A]mmmm") reads each its month', async () => {
    const file = book('gd-dai.xlsx', [
      ['Tỉnh, thành phố', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
      ['Hà Nội', 'Số giao dịch', formatted(45474, '[$-42A]mmmm'), 100],
      ['Hà Nội', 'Số giao dịch', formatted(45505, '[$-42A]mmmm'), 110],
    ]);
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values('Số giao dịch')).toEqual([
      { unit: 'Hà Nội', period: '2024-07', value: 100 },
      { unit: 'Hà Nội', period: '2024-08', value: 110 },
    ]);
  });

  it('a number scaled by its format ("#,##0," under "(nghìn tài khoản)") is the number shown', async () => {
    const file = book('tai-khoan.xlsx', [
      ['Tỉnh, thành phố', 'Số tài khoản thanh toán (nghìn tài khoản)', 'Số giao dịch (triệu giao dịch)'],
      ['Hà Nội', formatted(912687, '#,##0,'), formatted(2_500_000, '0.00,,')],
      ['Lai Châu', formatted(45000, '#,##0,'), formatted(120_000, '0.00,,')],
    ]);
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values('Số tài khoản thanh toán').map((r) => (r as { value: number }).value)).toEqual([
      912.687, 45,
    ]);
    expect(values('Số giao dịch').map((r) => (r as { value: number }).value)).toEqual([2.5, 0.12]);
  });
});

describe('months as Vietnamese-locale Excel writes dates in its text exports (round 83: KPIs named "Tháng Một", "Thg1-24")', () => {
  it.each([
    [['Tháng Một 2024', 'Tháng Năm 2024', 'Tháng Mười Hai 2024']],
    [['Thg1-24', 'Thg5-24', 'Thg12-24']],
    [['thg 1-24', 'thg 5-24', 'thg 12-24']],
    // (round 84: the other forms)
    [['Tháng Một năm 2024', 'Tháng Năm năm 2024', 'Tháng Mười Hai năm 2024']],
    [['Thang Mot 2024', 'Thang Nam 2024', 'Thang Muoi Hai 2024']],
    [['Tháng Giêng 2024', 'Tháng Năm 2024', 'Tháng Chạp 2024']],
    // (without the year: the title's; "Tháng Năm" alone is left out — "Tháng/năm" heads a period column)
    [['Tháng Một', 'Tháng Năm', 'Tháng Mười Hai'].map((h) => h.replace('Tháng Năm', 'Tháng 5'))],
    [['Thg1', 'Thg5', 'Thg12']],
  ])('%j: each column its month', async (headers) => {
    const file = writeTemp(
      'ho-so-2024.csv',
      `\uFEFFSỐ HỒ SƠ TRỰC TUYẾN NĂM 2024\r\nTỉnh thành phố,${headers.join(',')}\r\nHà Nội,10,11,12\r\n`,
    );
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedLines(store)).toEqual([
      'Hà Nội | Số hồ sơ trực tuyến | 2024-01 | 10 | null',
      'Hà Nội | Số hồ sơ trực tuyến | 2024-05 | 11 | null',
      'Hà Nội | Số hồ sơ trực tuyến | 2024-12 | 12 | null',
    ]);
  });
});

describe('marks of no value and newer formula errors (round 83)', () => {
  const table = (cell: string) =>
    writeTemp(
      'tk-2024.csv',
      `Tỉnh thành phố;Tỷ lệ dân số có tài khoản thanh toán (%)\r\nHà Nội;87,5\r\nLai Châu;${cell}\r\nĐiện Biên;60,25\r\n`,
    );
  it('"(*)" alone is no value, as "x" and "…" are: said for its column, the others stored', async () => {
    const { preview, session } = await importLikeCli(store, table('(*)'), 2024);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.some((p) => p.severity === 'warning' && p.row === 3)).toBe(true);
    session.commit();
    expect(storedLines(store).map((l) => l.split(' | ')[0])).toEqual(['Hà Nội', 'Điện Biên']);
  });
  it.each([['#SPILL!'], ['#FIELD!'], ['#BUSY!'], ['#GETTING_DATA']])(
    '%s is a formula error at its cell, not "not a number"',
    async (cell) => {
      const { preview } = await importLikeCli(store, table(cell), 2024);
      expect(errorCodes(preview)).toEqual(['formulaError']);
    },
  );
});

describe("an excerpt's score out of order with the stored ranking (round 83: a two-row correction stored unsaid)", () => {
  const score = (i: number) => Number((0.8 - i * 0.005).toFixed(4));
  const ranking = (name: string, rows: [string, number, number][]) =>
    writeWorkbook(name, [
      {
        name: 'DTI 2023',
        rows: [['BẢNG XẾP HẠNG DTI NĂM 2023'], ['Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'], ...rows],
      },
    ]);
  it('is said at the score, with the stored unit it is out of order with; a correction in order is not', async () => {
    const all = provinces().map((p, i) => [p, score(i), i + 1] as [string, number, number]);
    const first = await importLikeCli(store, ranking('dti-2023.xlsx', all), 2023);
    expect(errorCodes(first.preview)).toEqual([]);
    first.session.commit();
    // (row 41's score typed 0,7415 for 0,6000: above ranks 12…40, below row 11's; row 11's corrected within its place)
    const slip = ranking('dti-2023-sua.xlsx', [
      [all[10]![0], score(10) - 0.001, 11],
      [all[40]![0], 0.7415, 41],
    ]);
    const { preview } = await importLikeCli(store, slip, 2023);
    const said = preview.problems.filter((p) => p.code === 'rankInconsistentWithStored');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('warning');
    expect(said[0]!.row).toBe(4);
    expect(said[0]!.col).toBe(2);
    // (the nearest in rank it is out of order with: rank 40)
    expect(said[0]!.messageVi).toContain(
      `điểm DTI 0,7415 với hạng 41 không khớp với bảng xếp hạng đã lưu: ${all[39]![0]} hạng 40 với điểm 0,6050`,
    );
    expect(errorCodes(preview)).toEqual([]);
  });
});

describe('a new KPI named as a stored one but for a filler word (round 83: "được" split the 4G series unsaid)', () => {
  const kpi = (name: string, header: string) =>
    writeTemp(`${name}.csv`, `Tỉnh thành phố;${header}\r\nHà Nội;99,5\r\nLai Châu;90,25\r\n`);
  it('is said with the stored name to write; a KPI of other words is not', async () => {
    const a = await importLikeCli(store, kpi('4g-2023', 'Tỷ lệ diện tích phủ sóng 4G (%)'), 2023);
    a.session.commit();
    const b = await importLikeCli(store, kpi('4g-2022', 'Tỷ lệ diện tích được phủ sóng 4G (%)'), 2022);
    const said = b.preview.problems.filter((p) => p.code === 'kpiNearName');
    expect(said).toHaveLength(1);
    expect(said[0]!.messageVi).toContain('"Tỷ lệ diện tích được phủ sóng 4G" chưa có trong cơ sở dữ liệu');
    expect(said[0]!.messageVi).toContain('hãy sửa tên trong tệp thành "Tỷ lệ diện tích phủ sóng 4G"');
    const c = await importLikeCli(store, kpi('dan-so-2022', 'Tỷ lệ dân số được phủ sóng 4G (%)'), 2022);
    expect(c.preview.problems.filter((p) => p.code === 'kpiNearName')).toEqual([]);
  });
});

describe('an .xls with a hidden column reads it as the .xlsx does (round 83: the old score hidden beside the new refused the .xls)', () => {
  it('the visible score imports; the hidden one is set aside, said', async () => {
    const rows: (string | number)[][] = [
      ['BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023'],
      ['STT', 'Tỉnh/thành phố', 'Điểm DTI', 'Điểm DTI', 'Xếp hạng'],
      ...provinces().map((p, i) => [
        i + 1,
        p,
        Number((0.7 - i * 0.004).toFixed(4)),
        Number((0.8 - i * 0.005).toFixed(4)),
        i + 1,
      ]),
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!cols'] = [{}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'DTI 2023');
    const file = writeTemp('dti-2023.xls', XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
    const { preview, session } = await importLikeCli(store, file, 2023);
    expect(errorCodes(preview)).toEqual([]);
    // (the hidden one set aside for the visible one, as in the .xlsx)
    expect(preview.problems.map((p) => `${p.code} ${p.cell}`)).toEqual(['duplicateColumn C2']);
    session.commit();
    const dti = store.db
      .prepare(
        `SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.code = 'dti' ORDER BY o.rank LIMIT 2`,
      )
      .pluck()
      .all();
    expect(dti).toEqual([0.8, 0.795]);
  });
});

describe('a ratio typed for a percentage over stored percentages (round 83: 63 warnings, "0.9903" in Vietnamese, "99,03–99,03")', () => {
  const table = (name: string, a: string, b: string) =>
    writeTemp(name, `Tỉnh thành phố;Tỷ lệ diện tích phủ sóng 4G (%)\r\nHà Nội;${a}\r\nLai Châu;${b}\r\n`);
  it('one value among percentages: said at it, the number as Vietnamese write it, the one stored value named', async () => {
    const a = await importLikeCli(store, table('4g-2023.csv', '99,03', '95,5'), 2023);
    a.session.commit();
    // (among 95,75 of the file's own: said so, one other value named as one)
    const among = await importLikeCli(store, table('4g-2023-sua.csv', '0,9903', '95,75'), 2023);
    const told = among.preview.problems.filter((p) => p.code === 'percentFraction');
    expect(told.map((p) => p.cell)).toEqual(['B2']);
    expect(told[0]!.messageVi).toContain('trong khi giá trị khác của cột là 95,75 (1 ô như vậy)');
    // (beside a low value of its own, which tells nothing: only the store can tell)
    const b = await importLikeCli(store, table('4g-2023-sua2.csv', '0,9903', '15'), 2023);
    const said = b.preview.problems.filter((p) => p.code === 'percentFraction');
    expect(said.map((p) => p.cell)).toEqual(['B2']);
    expect(said[0]!.messageVi).toContain('giá trị đã lưu của chỉ tiêu này cho Hà Nội là 99,03');
    expect(said[0]!.messageVi).toContain('— giá trị "0,9903"');
    expect(said[0]!.messageEn).toContain('— value "0.9903"');
  });
  it('a column all in 0–1 is said once, for the column, not again at each cell', async () => {
    const a = await importLikeCli(store, table('4g-2023.csv', '99,03', '95,5'), 2023);
    a.session.commit();
    const b = await importLikeCli(store, table('4g-2023-sua.csv', '0,9903', '0,955'), 2023);
    expect(b.preview.problems.filter((p) => p.code === 'percentFraction')).toHaveLength(1);
  });
});

describe('undoing a KPI import a later one changed (round 83: told of "scores and ranks" for monthly values)', () => {
  it("is refused in a KPI table's words", async () => {
    const table = (name: string, v: number) =>
      writeTemp(
        name,
        `SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024\r\nTỉnh thành phố;T1/2024;T2/2024\r\nHà Nội;${v};20\r\nLai Châu;5;6\r\n`,
      );
    const a = await importLikeCli(store, table('gd-2024.csv', 10), 2024);
    const first = a.session.commit().batchId;
    const b = await importLikeCli(store, table('gd-2024-sua.csv', 11), 2024);
    const second = b.session.commit().batchId;
    let refused: unknown;
    try {
      undoImport(store.db, first);
    } catch (e) {
      refused = e;
    }
    expect((refused as AppError).details).toEqual({
      key: 'imports.undoLaterFirstKpi',
      params: { id: second },
    });
    expect(translate('vi', 'imports.undoLaterFirstKpi', { id: second })).not.toContain('điểm');
  });
});

describe('a ranking read from a sheet of another year names the year\'s sheet (round 83: a hidden "DTI 2023" unsaid)', () => {
  const rows = (year: number) => [
    [`BẢNG XẾP HẠNG DTI NĂM ${year}`],
    ['Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'],
    ...provinces().map((p, i) => [p, Number((0.8 - i * 0.005).toFixed(4)), i + 1]),
  ];
  it.each([
    [true, 'trang tính "DTI 2023" của tệp ghi năm 2023 nhưng đang ẩn trong Excel'],
    [false, 'hãy chọn trang tính "DTI 2023"'],
  ])('the sheet of the year hidden: %s', async (hidden, said) => {
    const file = writeWorkbook('dti.xlsx', [
      { name: 'DTI 2022', rows: rows(2022) },
      { name: 'DTI 2023', rows: rows(2023), hidden },
    ]);
    const { preview } = await importLikeCli(store, file, 2023, 'DTI 2022');
    const e = preview.problems.filter((p) => p.code === 'sheetYearContradicts');
    expect(e).toHaveLength(1);
    expect(e[0]!.messageVi).toContain(said);
  });
});

describe('a summary sheet of three years read for the last (round 83: "DTI 2022" said not recognised)', () => {
  it("each earlier year's column is said to be that year's", async () => {
    const file = writeWorkbook('tong-hop.xlsx', [
      {
        name: 'Tổng hợp',
        rows: [
          ['Tỉnh, thành phố', 'DTI 2022', 'DTI 2023', 'DTI 2024'],
          ...provinces().map((p, i) => [
            p,
            0.6 - i * 0.004,
            0.65 - i * 0.004,
            Number((0.7 - i * 0.004).toFixed(4)),
          ]),
        ],
      },
    ]);
    const { preview } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    const aside = preview.problems.filter((p) => p.cell === 'B1' || p.cell === 'C1');
    expect(aside.map((p) => [p.cell, p.code])).toEqual([
      ['B1', 'duplicateColumn'],
      ['C1', 'duplicateColumn'],
    ]);
    expect(aside[0]!.messageVi).toContain('cột "DTI 2022" là số liệu năm 2022, không phải năm 2024');
  });
});

describe('a re-import over the values it stored (the commit skips its insert pass when every cell has a row)', () => {
  const table = (name: string, rows: string[]) =>
    writeTemp(
      name,
      `SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024\r\nTỉnh thành phố;T1/2024;T2/2024\r\n${rows.join('\r\n')}\r\n`,
    );
  it('stores the changes, then a new unit among the old ones, and undoes each exactly', async () => {
    const a = await importLikeCli(store, table('a.csv', ['Hà Nội;10;20', 'Lai Châu;5;6']), 2024);
    a.session.commit();
    const before = storedLines(store);
    const b = await importLikeCli(store, table('b.csv', ['Hà Nội;11;20', 'Lai Châu;5;6']), 2024);
    const second = b.session.commit().batchId;
    expect(storedLines(store).filter((l) => l.startsWith('Hà Nội'))).toEqual([
      'Hà Nội | Số hồ sơ trực tuyến | 2024-01 | 11 | null',
      'Hà Nội | Số hồ sơ trực tuyến | 2024-02 | 20 | null',
    ]);
    const c = await importLikeCli(
      store,
      table('c.csv', ['Hà Nội;11;20', 'Lai Châu;5;6', 'Điện Biên;7;8']),
      2024,
    );
    const third = c.session.commit().batchId;
    expect(storedLines(store)).toHaveLength(6);
    undoImport(store.db, third);
    undoImport(store.db, second);
    expect(storedLines(store)).toEqual(before);
  });
});
