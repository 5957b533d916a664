// Session 22: what rounds 70–73 left and round 74 found. Each test imports the file as the command
// line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import {
  errorCodes,
  importCommitted,
  storedLines,
  writeTemp,
  writeWorkbook,
  storedUnitLists,
  storedAs,
} from './helpers';
import { indicatorFromTitle, periodFromTitle } from '../../src/main/imports/layout/titleHints';
import { ImportSession } from '../../src/main/imports/pipeline/session';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round74-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, o.period, o.source_cell');

const imported = (file: string, year?: number) => importCommitted(store, file, year);

describe("a title's dates (rounds 72–73)", () => {
  it.each([
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TỪ 01/01/2024 - 30/06/2024', '2024-01..2024-06'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TỪ 01/01 ĐẾN 30/06/2024', '2024-01..2024-06'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TỪ 1/7 - 30/9/2024', '2024-07..2024-09'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẾN NGÀY 30/06/2024', '2024-01..2024-06'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẾN 30.6/2024', '2024-01..2024-06'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TỚI NGÀY 30/9/2024', '2024-01..2024-09'],
    // (to the end of December: the year itself)
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẾN NGÀY 31/12/2024', '2024'],
  ])('"%s": the KPI\'s name without its dates, the figures of %s', (title, period) => {
    expect(indicatorFromTitle([title], null)).toBe('Tỷ lệ hồ sơ trực tuyến');
    expect(periodFromTitle([title]) ?? '2024').toBe(period);
  });

  it("a range across two years names no period of its own (the year stays the title's)", () => {
    expect(periodFromTitle(['TỶ LỆ HỒ SƠ TRỰC TUYẾN TỪ 01/10/2023 - 30/06/2024'])).toBeNull();
  });

  it('a table under "… TỪ 01/01/2024 - 30/06/2024" stores the half year under the KPI (was: the year 2024)', async () => {
    const preview = await imported(
      writeWorkbook('hs.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC TỈNH TỪ 01/01/2024 - 30/06/2024 (%)'],
            ['STT', 'Tỉnh/thành phố', 'Tỷ lệ'],
            [1, 'Bình Phước', 55.5],
            [2, 'Hà Nội', 80.25],
          ],
        },
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2024-01..2024-06 | 55.5 | null',
      'Hà Nội | Tỷ lệ hồ sơ trực tuyến | 2024-01..2024-06 | 80.25 | null',
    ]);
  });
});

describe("a KPI's plan, result and achievement in one header row (round 73)", () => {
  const units = (header: (string | null)[][]) =>
    writeWorkbook('kh.xlsx', [
      {
        name: 'Sheet1',
        rows: [...header, [1, 'Bình Phước', 500000, 550000, 110], [2, 'Hà Nội', 900000, 800000, 88.9]],
      },
    ]);
  const expected = [
    'Bình Phước | Số tài khoản thanh toán | 2024 | 550000 | null',
    'Hà Nội | Số tài khoản thanh toán | 2024 | 800000 | null',
  ];
  const setAside = (p: { problems: { code: string; cell?: string | null; messageEn: string }[] }) =>
    p.problems.filter((x) => x.cell === 'C1' || x.cell === 'E1').map((x) => x.cell);

  it('"<KPI> - Kế hoạch 2024 | <KPI> - Thực hiện 2024 | <KPI> - TH/KH 2024 (%)": the result is the KPI, plan and achievement set aside (were: three KPIs)', async () => {
    const preview = await imported(
      units([
        [
          'STT',
          'Tỉnh',
          'Số tài khoản thanh toán - Kế hoạch 2024',
          'Số tài khoản thanh toán – Thực hiện 2024',
          'Số tài khoản thanh toán - TH/KH 2024 (%)',
        ],
      ]),
      2024,
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual(expected);
    expect(setAside(preview)).toEqual(['C1', 'E1']);
    // (the header as the file writes it, in the messages)
    expect(preview.problems.find((x) => x.cell === 'E1')?.messageEn).toContain(
      '"Số tài khoản thanh toán - TH/KH 2024 (%)"',
    );
  });

  it('"TH/KH 2024 (%)" under the KPI or beside "KH 2024 | TH 2024" under its title is no KPI (was: a KPI "TH/KH 2024")', async () => {
    await imported(
      units([
        ['STT', 'Tỉnh', 'Số tài khoản thanh toán', null, null],
        [null, null, 'Kế hoạch 2024', 'Thực hiện 2024', 'TH/KH 2024 (%)'],
      ]),
      2024,
    );
    expect(stored()).toEqual(expected);
    store.db.exec(`DELETE FROM observation WHERE layer = 'user'`);
    await imported(
      units([
        ['SỐ TÀI KHOẢN THANH TOÁN CỦA CÁC TỈNH NĂM 2024'],
        ['STT', 'Tỉnh', 'KH 2024', 'TH 2024', 'Tỷ lệ TH/KH'],
      ]),
    );
    expect(stored()).toEqual(expected);
  });

  it('a KPI named with a dash keeps its name ("Tỷ lệ hồ sơ - cấp tỉnh", "Chỉ số - Giai đoạn 2")', async () => {
    await imported(
      writeWorkbook('kh.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['STT', 'Tỉnh', 'Số tài khoản thanh toán - cá nhân', 'Số tài khoản thanh toán - tổ chức'],
            [1, 'Bình Phước', 500000, 2000],
          ],
        },
      ]),
      2024,
    );
    expect(stored()).toEqual([
      'Bình Phước | Số tài khoản thanh toán - cá nhân | 2024 | 500000 | null',
      'Bình Phước | Số tài khoản thanh toán - tổ chức | 2024 | 2000 | null',
    ]);
  });
});

describe('a province around 1 July 2025 (round 74)', () => {
  const unitOf = () => storedUnitLists(store, { named: true });

  it("a merged province's own report of Quý I–IV 2025 proposes its unit of the 34 (was: the former unit, no group, refused)", async () => {
    const file = writeWorkbook('dn.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['UBND TỈNH ĐỒNG NAI'],
          ['KẾT QUẢ CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025 THEO QUÝ'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý I/2025', 'Quý II/2025', 'Quý III/2025', 'Quý IV/2025'],
          [1, 'Tỷ lệ hồ sơ trực tuyến', '%', 60.5, 62, 65.25, 70],
          [2, 'Số tổ công nghệ số cộng đồng', 'tổ', 1200, 1210, 1900, 1905],
        ],
      },
    ]);
    const session = new ImportSession(store.db, { kind: 'file', path: file });
    const a = await session.analyze();
    expect(a.target.group).toBe(34);
    const dongNai34 = store.db
      .prepare(`SELECT id FROM unit WHERE code_list = '2025' AND name_vi = 'Đồng Nai'`)
      .pluck()
      .get();
    expect(a.target.unitId).toBe(dongNai34);
    const preview = await session.stage(a.mapping, a.target);
    expect(errorCodes(preview)).toEqual([]);
    // (its first half as restated for the merged province, said)
    expect(preview.problems.find((p) => p.code === 'listFollowsPeriod')?.messageEn).toContain('restated');
    session.commit();
    session.dispose();
    expect(unitOf()).toEqual(['Đồng Nai 2025']);
    expect(stored()).toHaveLength(8);
  });

  it('an unchanged province: its own report and a table of the 34 for "9 tháng 2025" meet on one unit, old → new (was: stored twice)', async () => {
    const units34 = store.db
      .prepare(`SELECT name_vi FROM unit WHERE code_list = '2025' ORDER BY code`)
      .pluck()
      .all() as string[];
    await imported(
      writeWorkbook('34.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['TỶ LỆ HỒ SƠ TRỰC TUYẾN 9 THÁNG NĂM 2025 (%)'],
            ['STT', 'Tỉnh, thành phố', 'Tỷ lệ'],
            ...units34.map((n, i) => [i + 1, n, 50 + i]),
          ],
        },
      ]),
    );
    const report = writeWorkbook('th.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['UBND TỈNH THANH HÓA'],
          ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý I/2025', '6 tháng đầu năm 2025', '9 tháng năm 2025', 'Năm 2025'],
          [1, 'Tỷ lệ hồ sơ trực tuyến', '%', 62.8, 65.4, 68.12, 70.5],
        ],
      },
    ]);
    const preview = await imported(report);
    expect(errorCodes(preview)).toEqual([]);
    // (the 9 months' figure was the table's: changed; the other three new — nothing said about
    // the other provinces' values, which a province's report is not expected to hold)
    expect(preview.counts).toMatchObject({ new: 3, changed: 1 });
    expect(preview.problems.map((p) => p.code)).not.toContain('periodSpansMerger');
    expect(preview.problems.map((p) => p.code)).not.toContain('storedNotInFile');
    const th = stored().filter((l) => l.startsWith('Thanh Hóa'));
    expect(th).toEqual([
      'Thanh Hóa | Tỷ lệ hồ sơ trực tuyến | 2025 | 70.5 | null',
      'Thanh Hóa | Tỷ lệ hồ sơ trực tuyến | 2025-01..2025-03 | 62.8 | null',
      'Thanh Hóa | Tỷ lệ hồ sơ trực tuyến | 2025-01..2025-06 | 65.4 | null',
      'Thanh Hóa | Tỷ lệ hồ sơ trực tuyến | 2025-01..2025-09 | 68.12 | null',
    ]);
    // (the first quarter and half on its unit of the 63, the others on the 34's — round 76)
    expect(
      storedAs(store, `o.period || ' ' || u.code_list`, {
        where: `u.name_vi = 'Thanh Hóa'`,
        order: 'o.period',
      }),
    ).toEqual(['2025 2025', '2025-01..2025-03 gso2004', '2025-01..2025-06 gso2004', '2025-01..2025-09 2025']);
  });
});

describe("a province's own report and the others' stored values (round 74)", () => {
  const report = (province: string, kpis: [string, number][]) =>
    writeWorkbook(`${province}.xlsx`, [
      {
        name: 'Sheet1',
        rows: [
          [`UBND TỈNH ${province.toUpperCase()}`],
          ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024'],
          ...kpis.map(([k, v], i) => [i + 1, k, '%', v]),
        ],
      },
    ]);
  const kpis: [string, number][] = [
    ['Tỷ lệ hồ sơ trực tuyến', 70.5],
    ['Tỷ lệ phủ sóng 4G', 99.8],
    ['Tỷ lệ thanh toán trực tuyến', 45],
    ['Tỷ lệ DVCTT toàn trình', 55],
  ];

  it('a corrected copy of one province\'s report says nothing of another province\'s stored figures (was: "Nghệ An – … not imported from this file")', async () => {
    await imported(report('Nghệ An', [['Tỷ lệ hồ sơ trực tuyến', 68]]));
    await imported(report('Thanh Hóa', kpis));
    const again = await imported(report('Thanh Hóa', [...kpis.slice(0, 3), ['Tỷ lệ DVCTT toàn trình', 56]]));
    expect(again.counts).toMatchObject({ changed: 1 });
    expect(again.problems.map((p) => p.code)).not.toContain('storedNotInFile');
  });
});

describe('a date cell over the table (round 74)', () => {
  const book = (row2: (string | Date)[]) =>
    writeWorkbook('to.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CÁC TỈNH, THÀNH PHỐ (tổ)'],
          // (SheetJS writes a Date as a date cell)
          row2 as unknown as string[],
          ['STT', 'Tỉnh, thành phố', 'Số tổ'],
          [1, 'Hà Nội', 1000],
          [2, 'Cao Bằng', 1037],
        ],
      },
    ]);
  it.each([
    ['beside "Tính đến ngày"', ['Tính đến ngày', new Date(2025, 8, 30)]],
    ['alone', [new Date(2025, 8, 30)]],
    ['typed, for comparison', ['Tính đến ngày 30/9/2025']],
  ])('%s: the figures to that date, January to September (was: the year 2025)', async (_, row2) => {
    const preview = await imported(book(row2));
    expect(errorCodes(preview)).toEqual([]);
    expect(stored().map((l) => l.split(' | ')[2])).toEqual(['2025-01..2025-09', '2025-01..2025-09']);
  });
});

describe('a rate typed into a cell formatted as a percentage (round 74)', () => {
  it('78,5 shown "7850%" is refused at its cell, saying how to write it (was: 7850 stored, a warning)', async () => {
    const file = writeTemp(
      'ht.csv',
      [
        'UBND TỈNH HÀ TĨNH',
        'KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025',
        'STT,Chỉ tiêu,ĐVT,Kết quả',
        '1,Tỷ lệ hồ sơ trực tuyến,%,7850%',
        '2,Tỷ lệ thanh toán trực tuyến,%,105%',
      ].join('\n'),
    );
    const preview = await imported(file);
    const e = preview.problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['percentRange', 'D4']]);
    expect(e[0]!.messageVi).toContain('hãy gõ 78,5%');
    expect(e[0]!.messageEn).toContain('type 78.5%');
    // (105%: over 100, but no such slip — a warning, as before)
    expect(
      preview.problems
        .filter((p) => p.severity === 'warning' && p.code === 'percentRange')
        .map((p) => p.cell),
    ).toEqual(['D5']);
  });
});

describe("a ratio typed for a percentage in a province's own report (round 74)", () => {
  // (the second without its units: only the stored KPI says it is in %)
  const report = (v: string, withUnit: boolean) =>
    writeTemp(
      'th.csv',
      [
        'UBND TỈNH THANH HÓA',
        'KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024',
        withUnit ? 'STT;Chỉ tiêu;ĐVT;Năm 2024' : 'STT;Chỉ tiêu;Năm 2024',
        withUnit ? `1;Tỷ lệ phủ sóng 4G;%;${v}` : `1;Tỷ lệ phủ sóng 4G;${v}`,
        withUnit ? '2;Số tổ công nghệ số cộng đồng;tổ;120' : '2;Số tổ công nghệ số cộng đồng;121',
      ].join('\n'),
    );
  it('0,998 over a stored 99,8 is said at its cell (was: it replaced the stored figure without a word)', async () => {
    await imported(report('99,8', true));
    const preview = await imported(report('0,998', false));
    const w = preview.problems.filter((p) => p.code === 'percentFraction');
    expect(w.map((p) => [p.severity, p.cell])).toEqual([['warning', 'C4']]);
    // (one value stored: named as one — round 83)
    expect(w[0]!.messageVi).toContain('giá trị đã lưu của chỉ tiêu này cho Thanh Hóa là 99,8');
    expect(w[0]!.messageEn).toContain('a ratio typed for a percentage');
    // (a first import has nothing to hold it against: nothing said)
    store.db.exec(`DELETE FROM observation WHERE layer = 'user'`);
    const first = await imported(report('0,998', false));
    expect(first.problems.filter((p) => p.code === 'percentFraction')).toEqual([]);
  });
});

describe('many duplicates in a long table (round 74)', () => {
  it('counts every one of them, not the 200 it lists (was: "200 errors" for 300)', async () => {
    const lines = ['Tỉnh,Chỉ tiêu,Kỳ,Giá trị'];
    for (let m = 0; m < 300; m++) {
      const period = `Tháng ${(m % 12) + 1}/${2000 + Math.floor(m / 12)}`;
      lines.push(
        `Hà Nội,Số hồ sơ trực tuyến (hồ sơ),${period},${m}`,
        `Hà Nội,Số hồ sơ trực tuyến (hồ sơ),${period},${m + 1}`,
      );
    }
    const preview = await imported(writeTemp('dups.csv', lines.join('\n')));
    expect(preview.problems.filter((p) => p.code === 'duplicateKpi')).toHaveLength(200);
    expect(preview.counts.errors).toBe(300);
    expect(preview.problemsTruncated).toBe(true);
    expect(stored()).toEqual([]);
  });
});

describe('a unit name a letter or two off (round 74)', () => {
  /** The preview of FILE for the 63, nothing committed. */
  const staged63 = async (file: string) => {
    const session = new ImportSession(store.db, { kind: 'file', path: file });
    const a = await session.analyze();
    const preview = await session.stage(a.mapping, { ...a.target, group: 63 });
    session.dispose();
    return preview;
  };
  it('"Kon Tumm" is still a question, offering Kon Tum first as "did you mean" (was: an empty picker)', async () => {
    const file = writeTemp(
      'kt.csv',
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nKon Tumm,Số hồ sơ trực tuyến (hồ sơ),2024,100\nHà Nội,Số hồ sơ trực tuyến (hồ sơ),2024,200\n',
    );
    const preview = await staged63(file);
    const q = preview.questions.find((x) => x.label === 'Kon Tumm')!;
    expect(q.kind).toBe('unmatched');
    expect(q.suggestions?.map((s) => s.name)).toEqual(['Kon Tum']);
    // (never taken by itself: nothing written until it is answered)
    expect(preview.canCommit).toBe(false);
  });

  it('a name far from every unit offers nothing', async () => {
    const file = writeTemp(
      'x.csv',
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nTỉnh Không Có,Số hồ sơ trực tuyến (hồ sơ),2024,100\n',
    );
    const preview = await staged63(file);
    expect(preview.questions[0]?.suggestions).toBeUndefined();
  });
});

describe('tables of the 34 that say so only by their rows (round 74)', () => {
  const units34 = () =>
    store.db
      .prepare(`SELECT name_vi FROM unit WHERE code_list = '2025' ORDER BY code`)
      .pluck()
      .all() as string[];
  const lists = () => storedUnitLists(store);

  it("a long table naming the 34 month by month across 1 July 2025, no group given: the 34's, a merged unit's first half restated (was: those months on the former units), an unchanged province's on its unit of the 63", async () => {
    const lines = ['Đơn vị,Chỉ tiêu,Kỳ,Giá trị'];
    for (let m = 1; m <= 12; m++)
      units34().forEach((n, i) =>
        lines.push(`${n},Tỷ lệ thanh toán trực tuyến (%),Tháng ${m}/2025,"${40 + i},5"`),
      );
    const preview = await imported(writeTemp('long34.csv', lines.join('\n')));
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.target.group).toBe(34);
    expect(preview.problems.find((p) => p.code === 'listFollowsPeriod')?.messageEn).toContain('restated');
    expect(stored()).toHaveLength(12 * 34);
    // (the 11 provinces 1 July 2025 left as they were: their first half on their units of the 63,
    // beside their DTI of those years — round 75)
    const onThe63 = store.db
      .prepare(
        `SELECT u.name_vi AS unit, MIN(o.period) AS first, MAX(o.period) AS last FROM observation o JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND u.code_list = 'gso2004' GROUP BY u.id ORDER BY u.code`,
      )
      .all() as { unit: string; first: string; last: string }[];
    const unchanged = store.db
      .prepare(
        `SELECT u.name_vi FROM unit_succession s JOIN unit u ON u.id = s.predecessor_id WHERE s.change = 'unchanged' ORDER BY u.code`,
      )
      .pluck()
      .all();
    expect(unchanged).toHaveLength(11);
    expect(onThe63).toEqual(unchanged.map((unit) => ({ unit, first: '2025-01', last: '2025-06' })));
  });

  it('ranks written "x/34" make a table of the 34 whatever its other columns (a hidden "Năm 2024" beside "Năm 2025"; was: 35 errors as the 63\'s)', async () => {
    const file = writeWorkbook('tttt.xlsx', [
      {
        name: 'TTTT',
        rows: [
          ['TỶ LỆ THANH TOÁN TRỰC TUYẾN CÁC TỈNH, THÀNH PHỐ NĂM 2025 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Năm 2024', 'Năm 2025', 'Xếp hạng'],
          ...units34().map((n, i) => [i + 1, n, 30 + i, 40 + i, `${34 - i}/34`]),
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.target.group).toBe(34);
    // (2024 of the 11 provinces left as they were on their units of the 63 — round 76)
    expect(lists().sort()).toEqual(['2025', 'gso2004']);
    expect(
      storedAs(store, 'DISTINCT o.period', { where: `u.code_list = 'gso2004'`, order: 'o.period' }),
    ).toEqual(['2024']);
  });
});

describe("a province's own report of 2025 and its national ranks (round 74)", () => {
  it('a rank of Quý I is among the 63, of 9 tháng among the 34, though the report goes to its unit of the 34', async () => {
    await imported(
      writeWorkbook('th.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['UBND TỈNH THANH HÓA'],
            ['KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025'],
            ['STT', 'Chỉ tiêu', 'Quý I/2025', '9 tháng năm 2025'],
            [1, 'Xếp hạng thanh toán trực tuyến toàn quốc', 15, 10],
          ],
        },
      ]),
    );
    expect(
      store.db
        .prepare(`SELECT period, rank, rank_of FROM observation WHERE layer = 'user' ORDER BY period`)
        .all(),
    ).toEqual([
      { period: '2025-01..2025-03', rank: 15, rank_of: 63 },
      { period: '2025-01..2025-09', rank: 10, rank_of: 34 },
    ]);
  });
});
