// Session 23: what round 74 left and round 75 found. Each test imports the file as the command
// line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { indicatorKey } from '../../src/shared/imports/indicatorNames';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { undoBatch } from '../../src/main/imports/pipeline/batches';
import {
  errorCodes,
  importCommitted,
  importFileInto,
  importWithDecimalMark,
  stageFile,
  storedLines,
  storedRanking,
  storedUnitLists,
  writeTemp,
  writeWorkbook,
  storedAs,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round75-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, u.name_vi, o.period');
const kpis = () =>
  (
    store.db.prepare(`SELECT name_vi FROM indicator WHERE kind = 'kpi' ORDER BY id`).all() as {
      name_vi: string;
    }[]
  ).map((r) => r.name_vi);

describe("a group's header over its measure is the KPI written in one header (round 74)", () => {
  it.each([
    ['Thanh toán trực tuyến – Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến – giá trị (tỷ đồng)', 'Giá trị thanh toán trực tuyến (tỷ đồng)'],
    ['Dịch vụ công trực tuyến – Số hồ sơ', 'Số hồ sơ dịch vụ công trực tuyến'],
    ['Tổ công nghệ số cộng đồng – số lượng (tổ)', 'Số lượng tổ công nghệ số cộng đồng (tổ)'],
    // (as typed: a hyphen, spaced or not, a colon, an em dash, brackets — round 76)
    ['Thanh toán trực tuyến - Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến-Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến: Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến — Số giao dịch', 'Số giao dịch thanh toán trực tuyến'],
    ['Thanh toán trực tuyến (số giao dịch)', 'Số giao dịch thanh toán trực tuyến'],
  ])('"%s" is "%s"', (grouped, oneHeader) => {
    expect(indicatorKey(grouped)).toBe(indicatorKey(oneHeader));
  });

  it('a level stays a level, and other words keep KPIs apart', () => {
    expect(indicatorKey('Tỷ lệ hồ sơ trực tuyến – cấp tỉnh')).not.toBe(
      indicatorKey('Cấp tỉnh tỷ lệ hồ sơ trực tuyến'),
    );
    expect(indicatorKey('Thanh toán trực tuyến – Số giao dịch')).not.toBe(
      indicatorKey('Số giao dịch thanh toán'),
    );
    expect(indicatorKey('Thanh toán trực tuyến - Giá trị')).not.toBe(
      indicatorKey('Số giao dịch thanh toán trực tuyến'),
    );
  });

  it('a file with the grouped header, then one with "Số giao dịch thanh toán trực tuyến": one KPI, its value changed', async () => {
    const grouped = writeWorkbook('tt-nhom.xlsx', [
      {
        name: 'TTTT',
        rows: [
          ['STT', 'Tỉnh', 'Thanh toán trực tuyến', null],
          [null, null, 'Số giao dịch', 'Giá trị (tỷ đồng)'],
          [1, 'Bình Phước', 20001, 150.5],
          [2, 'Hà Nội', 3948, 98.25],
        ],
        merges: [
          { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
          { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
        ],
      },
    ]);
    expect(errorCodes(await importCommitted(store, grouped, 2024))).toEqual([]);
    const oneRow = writeWorkbook('tt-mot-dong.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh', 'Số giao dịch thanh toán trực tuyến', 'Giá trị thanh toán trực tuyến (tỷ đồng)'],
          [1, 'Bình Phước', 20500, 150.5],
          [2, 'Hà Nội', 3948, 98.25],
        ],
      },
    ]);
    const preview = await importCommitted(store, oneRow, 2024);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, changed: 1, unchanged: 3 });
    expect(kpis()).toEqual(['Thanh toán trực tuyến – Số giao dịch', 'Thanh toán trực tuyến – giá trị']);
    expect(stored()).toEqual([
      'Bình Phước | Thanh toán trực tuyến – Số giao dịch | 2024 | 20500 | null',
      'Hà Nội | Thanh toán trực tuyến – Số giao dịch | 2024 | 3948 | null',
      'Bình Phước | Thanh toán trực tuyến – giá trị | 2024 | 150.5 | null',
      'Hà Nội | Thanh toán trực tuyến – giá trị | 2024 | 98.25 | null',
    ]);
  });
});

describe('a province 1 July 2025 left as it was: its values on the list of their period (round 75)', () => {
  const lists = () => storedUnitLists(store, { named: true });

  it("a 2022 table: Hà Nội and Thừa Thiên Huế (Huế) on their units of the 63, beside their DTI (was: on the 34's)", async () => {
    const file = writeTemp(
      'kpi2022.csv',
      'Tỉnh,Tỷ lệ phủ sóng 4G (%),Số tài khoản thanh toán (tài khoản)\nHà Nội,99.5,912687\nThừa Thiên Huế,98.25,654321\nBình Phước,97.125,123456\n',
    );
    const preview = await importCommitted(store, file, 2022);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).not.toContain('listFollowsPeriod');
    expect(lists().sort()).toEqual(['Bình Phước gso2004', 'Huế gso2004', 'Hà Nội gso2004']);
  });

  it("a table of the 34 for the first half of 2025: an unchanged province's on the 63's; for 9 months, the 34's", async () => {
    const table = (period: string) =>
      writeTemp(
        `kpi34-${period.length}.csv`,
        `Đơn vị,Kỳ,Tỷ lệ phủ sóng 4G (%)\nHà Nội,${period},99.5\nĐồng Nai,${period},97.5\n`,
      );
    const firstHalf = await importFileInto(store, table('6 tháng đầu năm 2025'), { group: 34 });
    expect(errorCodes(firstHalf)).toEqual([]);
    // (the warning of values restated for the 34 says where an unchanged province's go)
    expect(firstHalf.problems.find((p) => p.code === 'listFollowsPeriod')?.messageEn).toContain(
      'on its own unit of the 63',
    );
    expect(errorCodes(await importFileInto(store, table('9 tháng năm 2025'), { group: 34 }))).toEqual([]);
    expect(storedLines(store, 'o.period, o.source_cell').map((l) => l.replace(/ \| null$/, ''))).toEqual([
      'Hà Nội | Tỷ lệ phủ sóng 4G | 2025-01..2025-06 | 99.5',
      'Đồng Nai | Tỷ lệ phủ sóng 4G | 2025-01..2025-06 | 97.5',
      'Hà Nội | Tỷ lệ phủ sóng 4G | 2025-01..2025-09 | 99.5',
      'Đồng Nai | Tỷ lệ phủ sóng 4G | 2025-01..2025-09 | 97.5',
    ]);
    const listOf = store.db.prepare(
      `SELECT u.code_list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user' AND u.name_vi = ? AND o.period = ?`,
    );
    expect(listOf.pluck().get('Hà Nội', '2025-01..2025-06')).toBe('gso2004');
    expect(listOf.pluck().get('Hà Nội', '2025-01..2025-09')).toBe('2025');
    // (the new Đồng Nai has no unit of the 63: its first half restated, on the 34's)
    expect(listOf.pluck().get('Đồng Nai', '2025-01..2025-06')).toBe('2025');
  });
});

describe('a column whose numbers all read two ways, decided by the other columns (round 75)', () => {
  it('"912.687" beside "99.5": read as the file writes decimals, and said (was: stored without a word)', async () => {
    const file = writeTemp(
      'kpi04.csv',
      'Tỉnh,Tỷ lệ phủ sóng 4G (%),Tài khoản thanh toán\nBình Phước,99.5,912.687\nĐồng Nai,98.25,654.321\nBình Dương,97.125,123.456\n',
    );
    const preview = await importCommitted(store, file, 2022);
    const said = preview.problems.filter((p) => p.code === 'ambiguousNumber');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'C2']]);
    expect(said[0]!.messageVi).toContain('theo các cột khác của tệp');
    expect(said[0]!.messageEn).toContain("after the file's other columns");
    expect(stored().filter((l) => l.includes('Tài khoản'))).toEqual([
      'Bình Dương | Tài khoản thanh toán | 2022 | 123.456 | null',
      'Bình Phước | Tài khoản thanh toán | 2022 | 912.687 | null',
      'Đồng Nai | Tài khoản thanh toán | 2022 | 654.321 | null',
    ]);
  });

  it('a column with a number that reads one way ("1.654.321") decides for itself, against the file', async () => {
    const file = writeTemp(
      'kpi04b.csv',
      'Tỉnh,Tỷ lệ phủ sóng 4G (%),Tài khoản thanh toán\nBình Phước,99.5,912.687\nĐồng Nai,98.25,1.654.321\n',
    );
    const preview = await importCommitted(store, file, 2022);
    // (its own numbers and the file's disagree: the column's reading, said as unclear as before)
    const said = preview.problems.filter((p) => p.code === 'ambiguousNumber');
    expect(said.map((p) => p.cell)).toEqual(['C2']);
    expect(said[0]!.messageVi).not.toContain('theo các cột khác');
    expect(stored().filter((l) => l.includes('Tài khoản'))).toEqual([
      'Bình Phước | Tài khoản thanh toán | 2022 | 912687 | null',
      'Đồng Nai | Tài khoản thanh toán | 2022 | 1654321 | null',
    ]);
  });
});

describe('bare names over ranks (round 75)', () => {
  const table = (header: string) =>
    [
      'XẾP HẠNG DTI 2022',
      header,
      ...published2022().map((r) =>
        // (the pillar ranks the data does not give: the DTI's, for a full table)
        [r.label, r.rank, r.rankCqs ?? r.rank, r.rankKts ?? r.rank, r.rankXhs ?? r.rank].join(','),
      ),
    ].join('\n');

  it('"Tỉnh | DTI | CQS | KTS | XHS" holding 1–63 are the ranks (was: 248 errors "2 looks like a percentage")', async () => {
    const preview = await importCommitted(store, writeTemp('hang.csv', table('Tỉnh,DTI,CQS,KTS,XHS')), 2022);
    expect(errorCodes(preview)).toEqual([]);
    const r = storedRanking(store, 2022, 63);
    expect(['dti', 'cqs', 'kts', 'xhs'].map((k) => r.get(`70:${k}`))).toEqual([
      { value: null, rank: 12 },
      { value: null, rank: 12 },
      { value: null, rank: 22 },
      { value: null, rank: 14 },
    ]);
  });

  it('a header saying "Điểm" keeps its scores, and is told the ranks are no scores', async () => {
    const preview = await importCommitted(
      store,
      writeTemp('diem.csv', table('Tỉnh,Điểm DTI,Điểm CQS,Điểm KTS,Điểm XHS')),
      2022,
    );
    expect(errorCodes(preview)).toContain('scoreRange');
  });
});

describe("a merged unit's question (round 75)", () => {
  it('"Bình Phước" in a table of the 34 offers Đồng Nai, the unit it became part of, to take with a click', async () => {
    const file = writeTemp('dti2025.csv', 'Tỉnh,Tỷ lệ phủ sóng 4G (%)\nBình Phước,99.5\nHà Nội,98.25\n');
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: file },
      { year: 2025, group: 34, period: '2025' },
    );
    session.dispose();
    const q = preview.questions.find((x) => x.label === 'Bình Phước')!;
    expect(q.reason?.vi).toContain('Đồng Nai');
    expect(q.suggestions?.map((u) => [u.name, u.code])).toEqual([['Đồng Nai', q.candidates[0]!.code]]);
    expect(q.candidates[0]!.name).toBe('Đồng Nai');
  });
});

describe('a ranking with units missing says its rule (round 75)', () => {
  const ranks = (keep: (i: number) => boolean) =>
    writeTemp(
      'xh.csv',
      [
        'XẾP HẠNG DTI NĂM 2022',
        'Tỉnh,Xếp hạng DTI',
        ...published2022()
          .filter((_, i) => keep(i))
          .map((r) => `${r.label},${r.rank}`),
      ].join('\n'),
    );
  const missing = async (file: string) =>
    (await importCommitted(store, file, 2022)).problems.filter((p) => p.code === 'missingUnits');

  it('one missing: a copy that lost a row, and what is taken as a part instead', async () => {
    const [e] = await missing(ranks((i) => i !== 62));
    expect(e?.severity).toBe('error');
    expect(e?.messageVi).toContain('bảng xếp hạng có 62/63 đơn vị, thiếu 1: Bắc Kạn');
    expect(e?.messageEn).toContain('a copy that lost rows');
    expect(e?.messageEn).toContain('such as the top 20');
  });

  it('every other row: no part of the table either, said so', async () => {
    const [e] = await missing(ranks((i) => i % 2 === 0));
    expect(e?.severity).toBe('error');
    expect(e?.messageEn).toContain('the ranking has 32 of 63 units, 31 missing');
    expect(e?.messageEn).toContain('not one part of the table');
  });

  it('a top 20 is an excerpt', async () => {
    expect(await missing(ranks((i) => i < 20))).toEqual([]);
  });
});

describe("a title's year or group against the import's, at the title's cell (round 75)", () => {
  const titled = (title: string) =>
    writeTemp(
      'tieu-de.csv',
      [title, 'Tỉnh,Xếp hạng DTI', ...published2022().map((r) => `${r.label},${r.rank}`)].join('\n'),
    );

  it('"… NĂM 2023" imported for 2022: the error names A1 (was: no cell)', async () => {
    const p = await importCommitted(store, titled('BẢNG XẾP HẠNG DTI CẤP TỈNH NĂM 2023'), 2022);
    const e = p.problems.find((x) => x.code === 'yearContradicts')!;
    expect([e.severity, e.cell]).toEqual(['error', 'A1']);
  });

  it('"… CỦA 34 TỈNH, THÀNH" over a 2022 ranking, no group given: the title\'s group, said as the title\'s, at A1', async () => {
    const p = await importCommitted(store, titled('XẾP HẠNG DTI NĂM 2022 CỦA 34 TỈNH, THÀNH'), 2022);
    const e = p.problems.find((x) => x.code === 'groupYearContradicts')!;
    expect([e.severity, e.cell]).toEqual(['error', 'A1']);
    expect(e.messageEn).toContain(
      'the title of the file says 34 units, but the 2022 ranking is among 63 units',
    );
  });
});

describe("a value's source cells (round 74)", () => {
  it('an empty rank cell is no source of the value beside it: "D3", not "D3, E3"', async () => {
    const file = writeTemp(
      'dai.csv',
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị,Xếp hạng\nBình Phước,Tỷ lệ thanh toán trực tuyến (%),2024,55.5,12\nHà Nội,Tỷ lệ thanh toán trực tuyến (%),2024,80.25,\n',
    );
    await importFileInto(store, file, { group: 63 });
    expect(storedAs(store, `u.name_vi || ' ' || o.source_cell`)).toEqual(['Bình Phước D2, E2', 'Hà Nội D3']);
  });
});

describe('"Số thành viên" beside the community teams (round 74)', () => {
  it('"Số tổ CNSCĐ | Số thành viên" stores the teams and their members (was: a KPI "Số thành viên")', async () => {
    const file = writeTemp(
      'to-cns.csv',
      'Tỉnh,Số tổ CNSCĐ (tổ),Số thành viên (người)\nBình Phước,850,4200\nĐồng Nai,1200,6100\n',
    );
    expect(errorCodes(await importCommitted(store, file, 2024))).toEqual([]);
    expect(kpis()).toEqual(['Số tổ CNSCĐ', 'Số thành viên tổ công nghệ số cộng đồng']);
  });

  it('elsewhere a bare "Số thành viên" keeps its name', async () => {
    const file = writeTemp('clb.csv', 'Tỉnh,Số câu lạc bộ,Số thành viên\nBình Phước,12,400\n');
    await importCommitted(store, file, 2024);
    expect(kpis()).toContain('Số thành viên');
  });
});

describe("an unchanged province's 2025 report reaching past June, value by value (round 76)", () => {
  const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}/2025`);
  const report = () =>
    writeTemp(
      'bao-cao-thanh-hoa.csv',
      [
        'BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025 - THANH HÓA',
        `STT,Chỉ tiêu,${months.join(',')}`,
        `1,Tỷ lệ phủ sóng 4G (%),${months.map((_, i) => `"9${i % 10},5"`).join(',')}`,
      ].join('\n'),
    );
  const byList = () =>
    storedAs(store, `u.code_list || ' ' || MIN(o.period) || '…' || MAX(o.period) || ' ' || COUNT(*)`, {
      group: 'u.code_list',
      order: 'u.code_list',
    });
  const thanhHoa = (list: string) =>
    store.db
      .prepare(`SELECT id FROM unit WHERE code_list = ? AND name_vi = 'Thanh Hóa'`)
      .pluck()
      .get(list) as number;

  it("T1–T6 on its unit of the 63, T7–T12 on the 34's (was: all twelve on the 34's), as a long table of those months puts them", async () => {
    const p = await importFileInto(store, report(), { unitId: thanhHoa('2025') });
    expect(errorCodes(p)).toEqual([]);
    expect(p.counts).toMatchObject({ new: 12 });
    expect(byList()).toEqual(['2025 2025-07…2025-12 6', 'gso2004 2025-01…2025-06 6']);
    // The same months in a long table of the 63: the same cells, unchanged — not stored twice.
    const long = writeTemp(
      'dai-63.csv',
      ['Tỉnh,Kỳ,Tỷ lệ phủ sóng 4G (%)', ...months.slice(0, 6).map((m, i) => `Thanh Hóa,${m},"9${i},5"`)].join(
        '\n',
      ),
    );
    const again = await importFileInto(store, long, { group: 63 });
    expect(errorCodes(again)).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 6 });
    expect(byList()).toEqual(['2025 2025-07…2025-12 6', 'gso2004 2025-01…2025-06 6']);
    // Undone, the report takes its twelve values away, on both lists.
    const batch = store.db.prepare(`SELECT MIN(id) FROM import_batch`).pluck().get() as number;
    undoBatch(store.db, batch);
    expect(byList()).toEqual(['gso2004 2025-01…2025-06 6']);
  });

  it("imported from the 63-unit Thanh Hóa as the table's unit, the same", async () => {
    expect(errorCodes(await importFileInto(store, report(), { unitId: thanhHoa('gso2004') }))).toEqual([]);
    expect(byList()).toEqual(['2025 2025-07…2025-12 6', 'gso2004 2025-01…2025-06 6']);
  });
});

describe('a table of provinces left as they were, a column per quarter across 1 July 2025 (round 76)', () => {
  const table = (rows: string[]) =>
    writeTemp(
      'q2-q3.csv',
      ['TỶ LỆ PHỦ SÓNG 4G (%) NĂM 2025', '"Tỉnh, thành phố",Quý II/2025,Quý III/2025', ...rows].join('\n'),
    );

  it('each value on the list of its quarter (was: refused, "import the columns apart")', async () => {
    const p = await importFileInto(store, table(['Hà Nội,"94,31","96,23"', 'Cao Bằng,"98,73","94,39"']), {
      indicator: 'Tỷ lệ phủ sóng 4G (%)',
    });
    expect(errorCodes(p)).toEqual([]);
    expect(storedAs(store, `u.name_vi || ' ' || o.period || ' ' || u.code_list`)).toEqual([
      'Hà Nội 2025-04..2025-06 gso2004',
      'Cao Bằng 2025-04..2025-06 gso2004',
      'Hà Nội 2025-07..2025-09 2025',
      'Cao Bằng 2025-07..2025-09 2025',
    ]);
  });

  it("with a province that merged among them, still refused: its Quý II is the former unit's", async () => {
    const p = await importFileInto(store, table(['Hà Nội,"94,31","96,23"', 'Bình Phước,"90,1","91,2"']), {
      indicator: 'Tỷ lệ phủ sóng 4G (%)',
    });
    expect(errorCodes(p)).toContain('periodOutsideList');
  });
});

describe('a decimal mark chosen for every column against a column that proves the other (round 76)', () => {
  it('--decimal-mark comma: "97.125" under "99.5" and "98.25" stays 97,125 % (was: 97125 %); the ambiguous column takes the comma', async () => {
    const file = writeTemp(
      'kpi04c.csv',
      'Tỉnh,Tỷ lệ phủ sóng 4G (%),Tài khoản thanh toán\nBình Phước,99.5,912.687\nĐồng Nai,98.25,654.321\nBình Dương,97.125,123.456\n',
    );
    const p = await importWithDecimalMark(store, file, ',', 'numeric');
    expect(errorCodes(p)).toEqual([]);
    expect(stored().map((l) => l.replace(/ \| null$/, ''))).toEqual([
      'Bình Dương | Tài khoản thanh toán | 2024 | 123456',
      'Bình Phước | Tài khoản thanh toán | 2024 | 912687',
      'Đồng Nai | Tài khoản thanh toán | 2024 | 654321',
      'Bình Dương | Tỷ lệ phủ sóng 4G | 2024 | 97.125',
      'Bình Phước | Tỷ lệ phủ sóng 4G | 2024 | 99.5',
      'Đồng Nai | Tỷ lệ phủ sóng 4G | 2024 | 98.25',
    ]);
  });
});

describe('an answer changed to skip after an error it made (round 76)', () => {
  it('the row is skipped, no longer in error (was: "lỗi" with no error said)', async () => {
    const lines = [
      'Tỉnh,Điểm DTI,Xếp hạng DTI',
      'Đồng Nai,"0,6500",10',
      'Bình Phước,"0,6000",12',
      'Hà Nội,"0,8000",1',
    ];
    const file = writeTemp('dti2025.csv', lines.join('\n'));
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: file },
      { year: 2025, group: 34 },
    );
    expect(preview.questions.map((q) => q.label)).toEqual(['Bình Phước']);
    const dongNai = preview.questions[0]!.suggestions![0]!.unitId;
    const wrong = session.answer([{ label: 'Bình Phước', unitId: dongNai }]);
    expect(errorCodes(wrong)).toContain('duplicateUnit');
    expect(wrong.rows.find((r) => r.row === 3)?.status).toBe('error');
    const skipped = session.answer([{ label: 'Bình Phước', unitId: null }]);
    expect(errorCodes(skipped)).not.toContain('duplicateUnit');
    expect(skipped.rows.find((r) => r.row === 3)?.status).toBe('skipped');
    session.dispose();
  });
});

describe("a ranking's year from its DTI score's header (round 76)", () => {
  it('"Tỉnh | Điểm DTI 2022 | Chính quyền số": 2022 (was: no year)', async () => {
    const file = writeTemp(
      'yr.tsv',
      'Tỉnh\tĐiểm DTI 2022\tChính quyền số\nĐồng Nai\t0,65\t0,7\nBình Phước\t0,64\t0,6\n',
    );
    const { session } = await stageFile(store, { kind: 'file', path: file });
    expect(session.target?.year).toBe(2022);
    session.dispose();
  });

  it('a pillar naming a year beside a DTI score naming none says no year', async () => {
    const file = writeTemp('yr2.tsv', 'Tỉnh\tĐiểm DTI\tChính quyền số 2022\nĐồng Nai\t0,65\t0,7\n');
    const { session } = await stageFile(store, { kind: 'file', path: file });
    expect(session.target?.year ?? null).toBeNull();
    session.dispose();
  });
});
