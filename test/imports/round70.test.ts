// Session 21: what tester round 66 left and round 70 found — a report's total of rows in different
// units, runs of months written without the word ("7-9/2024"). Each test imports the file as the command line does and checks what is stored against
// what the file says.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { errorCodes, importCommitted, importLikeCli, storedLines, writeTemp, writeWorkbook } from './helpers';
import { referenceCsv } from '../../src/main/store/referenceFiles';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { writeKpiCsv } from '../support/kpiCsv';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round70-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, o.period, u.name_vi');

const imported = (file: string, year?: number) => importCommitted(store, file, year);

describe("a report's total of rows in different units (round 66)", () => {
  const book = (rows: (string | number | null)[][]) =>
    writeWorkbook('bc.xlsx', [
      {
        name: 'Sheet1',
        rows: [['UBND TỈNH BẮC NINH'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2024'], ...rows],
      },
    ]);
  const said = (p: {
    problems: { code: string; cell?: string | null; messageEn: string; messageVi: string }[];
  }) => p.problems.filter((x) => x.code === 'summaryRow').map((x) => [x.cell, x.messageEn, x.messageVi]);

  it('a "Tổng cộng" of a count and a rate is no whole of the item: skipped, said why (was: 855,5 stored as the item)', async () => {
    const preview = await imported(
      book([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Dịch vụ công trực tuyến', null, null],
        ['-', 'Số dịch vụ công trực tuyến toàn trình', 'dịch vụ', 800],
        ['-', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', 55.5],
        [null, 'Tổng cộng', null, 855.5],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Số dịch vụ công trực tuyến toàn trình | 2024 | 800 | null',
      'Bắc Ninh | Tỷ lệ dịch vụ công trực tuyến toàn trình | 2024 | 55.5 | null',
    ]);
    const [[cell, en, vi]] = said(preview) as [[string, string, string]];
    expect(cell).toBe('B7');
    expect(en).toContain(
      'summary row "Tổng cộng" is skipped: the rows it closes are in different units (dịch vụ, %)',
    );
    expect(vi).toContain(
      'dòng tổng hợp "Tổng cộng" được bỏ qua: các dòng nó cộng có đơn vị tính khác nhau (dịch vụ, %)',
    );
  });

  it('so are unmarked rows of KPIs under the item ("| Số hồ sơ trực tuyến (hồ sơ) | 5000" and a rate) (round 72)', async () => {
    const preview = await imported(
      book([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Dịch vụ công trực tuyến', null, null],
        [null, 'Số hồ sơ trực tuyến (hồ sơ)', null, 5000],
        [null, 'Tỷ lệ hồ sơ trực tuyến (%)', null, 60],
        [null, 'Tổng cộng', null, 5060],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Số hồ sơ trực tuyến | 2024 | 5000 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến | 2024 | 60 | null',
    ]);
    expect(said(preview).map(([c]) => c)).toEqual(['B7']);
  });

  it('a total in a unit of its own under levels in another ("% | 100" under hồ sơ) is skipped; one in theirs, written or not, is the item\'s whole', async () => {
    const preview = await imported(
      book([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Hồ sơ tiếp nhận trực tuyến', null, null],
        ['-', 'Cấp tỉnh', 'hồ sơ', 1200],
        ['-', 'Cấp xã', 'Hồ sơ', 800],
        [null, 'Tổng cộng', '%', 100],
        [2, 'Số tài khoản thanh toán (tài khoản)', null, null],
        ['-', 'Cá nhân', null, 4000],
        ['-', 'Tổ chức', null, 1000],
        [null, 'Tổng cộng', 'tài khoản', 5000],
        [3, 'Tỷ lệ hồ sơ trực tuyến', null, null],
        ['-', 'Cấp tỉnh', '%', 80.5],
        ['-', 'So với cùng kỳ (%)', '%', 112],
        ['-', 'Xếp hạng', 'hạng', 12],
        [null, 'Tổng cộng', null, 62.5],
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bắc Ninh | Hồ sơ tiếp nhận trực tuyến – cấp tỉnh | 2024 | 1200 | null',
      'Bắc Ninh | Hồ sơ tiếp nhận trực tuyến – cấp xã | 2024 | 800 | null',
      'Bắc Ninh | Số tài khoản thanh toán | 2024 | 5000 | null',
      'Bắc Ninh | Số tài khoản thanh toán – Cá nhân | 2024 | 4000 | null',
      'Bắc Ninh | Số tài khoản thanh toán – Tổ chức | 2024 | 1000 | null',
      // (a change's and a rank's sub-rows, in units of their own, are no parts the total sums)
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến | 2024 | 62.5 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến – So với cùng kỳ | 2024 | 112 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh | 2024 | 80.5 | null',
      'Bắc Ninh | Xếp hạng tỷ lệ hồ sơ trực tuyến | 2024 | null | 12',
    ]);
    expect(said(preview).map(([c, en]) => [c, en!.slice(en!.indexOf('summary'))])).toEqual([
      [
        'B7',
        'summary row "Tổng cộng" is skipped: the rows it closes are in different units (hồ sơ, %), so it is no whole of them — value "Tổng cộng"',
      ],
    ]);
  });
});

describe('runs of months without the word "tháng" (round 70)', () => {
  it('a title "… 7-9/2024 (giao dịch)" holds the quarter\'s figures of its KPI (was: the year 2024, a KPI "… 7-9/")', async () => {
    const file = writeWorkbook('gd.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN CỦA CÁC TỈNH, THÀNH PHỐ 7-9/2024 (giao dịch)'],
          ['STT', 'Tỉnh/thành phố', 'Số giao dịch'],
          [1, 'Bình Phước', 1000],
          [2, 'Hà Nội', 2000],
        ],
      },
    ]);
    const preview = await imported(file);
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Số giao dịch thanh toán trực tuyến | 2024-07..2024-09 | 1000 | null',
      'Hà Nội | Số giao dịch thanh toán trực tuyến | 2024-07..2024-09 | 2000 | null',
    ]);
  });

  it('a title "… (SỐ LIỆU 1-6/2024) (giao dịch)" names its KPI whole; "… THEO QUYẾT ĐỊNH 1-6/2024" keeps its number (round 72)', async () => {
    const title = (t: string) =>
      writeWorkbook('gd.xlsx', [
        { name: 'Sheet1', rows: [[t], ['STT', 'Tỉnh/thành phố', 'Số giao dịch'], [1, 'Hà Nội', 2000]] },
      ]);
    await imported(title('SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2024 (SỐ LIỆU 1-6/2024) (giao dịch)'));
    await imported(title('SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN THEO QUYẾT ĐỊNH 1-6/2024 (giao dịch)'));
    expect(stored()).toEqual([
      'Hà Nội | Số giao dịch thanh toán trực tuyến | 2024-01..2024-06 | 2000 | null',
      'Hà Nội | Số giao dịch thanh toán trực tuyến theo quyết định 1-6/2024 | 2024 | 2000 | null',
    ]);
  });

  it('column headers "1-3/2024 | 4-6/2024" and period cells "7-9/2024", "01/2025–06/2025" are their months (was: the last month)', async () => {
    await imported(
      writeWorkbook('wide.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN (giao dịch)'],
            ['STT', 'Tỉnh/thành phố', '1-3/2024', '4-6/2024'],
            [1, 'Bình Phước', 1000, 1100],
          ],
        },
      ]),
    );
    await imported(
      writeWorkbook('long.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
            ['Hà Nội', 'Tỷ lệ thanh toán trực tuyến (%)', '7-9/2024', 66.6],
            ['Hà Nội', 'Tỷ lệ thanh toán trực tuyến (%)', '01/2024–06/2024', 61.2],
          ],
        },
      ]),
    );
    expect(stored()).toEqual([
      'Bình Phước | Số giao dịch thanh toán trực tuyến | 2024-01..2024-03 | 1000 | null',
      'Bình Phước | Số giao dịch thanh toán trực tuyến | 2024-04..2024-06 | 1100 | null',
      'Hà Nội | Tỷ lệ thanh toán trực tuyến | 2024-01..2024-06 | 61.2 | null',
      'Hà Nội | Tỷ lệ thanh toán trực tuyến | 2024-07..2024-09 | 66.6 | null',
    ]);
  });
});

describe("a KPI's plan and result headed with their year (round 70)", () => {
  const plans = async (plan: string, result: string) => {
    store.close();
    store = new Store(path.join(tempDir('dti-round70-'), 'r.db'));
    return imported(
      writeWorkbook('kh.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['TÌNH HÌNH THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ CÁC ĐỊA PHƯƠNG NĂM 2024'],
            ['STT', 'Địa phương', 'Tỷ lệ DVCTT toàn trình (%)', null],
            [null, null, plan, result],
            [1, 'Hà Nội', 80, 50],
            [2, 'Bình Phước', 75, 51],
          ],
          merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 3 } }],
        },
      ]),
    );
  };

  it('an estimate under the KPI, "Ước thực hiện 2024", is its figure for 2024, said to be an estimate (round 72)', async () => {
    const preview = await plans('Kế hoạch 2024', 'Ước thực hiện 2024');
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ DVCTT toàn trình | 2024 | 51 | null',
      'Hà Nội | Tỷ lệ DVCTT toàn trình | 2024 | 50 | null',
    ]);
    expect(preview.problems.filter((p) => p.code === 'estimateColumn').map((p) => p.cell)).toEqual(['D3']);
  });

  it.each([
    ['Kế hoạch 2024', 'Thực hiện'],
    ['KH 2024', 'TH 2024'],
    ['Kế hoạch năm 2024', 'Thực hiện năm 2024'],
    ['Chỉ tiêu 2024', 'Thực hiện 2024'],
    ['Mục tiêu 2024', 'Kết quả 2024'],
  ])(
    '"%s" is the plan, set aside and said; "%s" the KPI itself (was: KPIs "… – Kế hoạch 2024", "… – TH 2024")',
    async (plan, result) => {
      const preview = await plans(plan, result);
      expect(errorCodes(preview)).toEqual([]);
      expect(stored()).toEqual([
        'Bình Phước | Tỷ lệ DVCTT toàn trình | 2024 | 51 | null',
        'Hà Nội | Tỷ lệ DVCTT toàn trình | 2024 | 50 | null',
      ]);
      expect(preview.problems.filter((p) => p.code === 'planTargetColumn').map((p) => p.cell)).toEqual([
        'C3',
      ]);
    },
  );
});

describe('one KPI however its name is abbreviated (round 70)', () => {
  it('"Số TCNSCĐ" is "Số Tổ công nghệ số cộng đồng" (was: a KPI of its own for the year so written)', async () => {
    const csv = (year: number, name: string, n: number) =>
      writeTemp(`to-${year}.csv`, `Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,${name},${year},${n}\n`);
    await imported(csv(2024, 'Số Tổ công nghệ số cộng đồng (tổ)', 110));
    await imported(csv(2023, 'Số TCNSCĐ (tổ)', 95));
    await imported(csv(2022, 'Số tổ CNSCĐ', 80));
    expect(stored()).toEqual([
      'Bình Phước | Số Tổ công nghệ số cộng đồng | 2022 | 80 | null',
      'Bình Phước | Số Tổ công nghệ số cộng đồng | 2023 | 95 | null',
      'Bình Phước | Số Tổ công nghệ số cộng đồng | 2024 | 110 | null',
    ]);
  });
});

describe('a 2025 table of the 34 units with a former unit among them (round 70)', () => {
  it("is the 34's, the former unit refused at its own cell (was: read as the 63's, 22 errors at other units' cells)", async () => {
    const units = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
    const rows = [...units, 'Bình Dương'].map((u, i) => `${i + 1},${u},${50 + (i % 40)}`);
    const file = writeTemp(
      'tt-2025.csv',
      `TỶ LỆ THANH TOÁN TRỰC TUYẾN CỦA CÁC TỈNH, THÀNH PHỐ NĂM 2025 (%)\nSTT,Tỉnh/thành phố,Tỷ lệ\n${rows.join('\n')}\n`,
    );
    const { session, preview } = await importLikeCli(store, file);
    session.dispose();
    expect(preview.target.group).toBe(34);
    const errors = preview.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.cell])).toEqual([['unitMerged', 'B37']]);
    expect(errors[0]!.messageEn).toContain('"Bình Dương"');
  });
});

describe('a table of the other list (round 70)', () => {
  it('is refused by the one message that says so, not by a question per name and an error per rank', async () => {
    const units = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);
    const rows = units.map((u, i) => `${i + 1},${u},${i + 1}`);
    const file = writeTemp('xh-2025.csv', `Xếp hạng DTI,Tỉnh,Xếp hạng CQS\n${rows.join('\n')}\n`);
    const { session, preview } = await importLikeCli(store, file, 2025);
    session.dispose();
    expect(preview.target.group).toBe(34);
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'groupContradicts',
    ]);
    expect(preview.counts.errors).toBe(1);
    expect(preview.questions).toEqual([]);
    expect(preview.canCommit).toBe(false);
  });
});

describe("a span of years in a report's row name, before its unit or in square brackets (round 66)", () => {
  it("is another period than the report's: skipped and said (was: stored as the report's year)", async () => {
    const preview = await imported(
      writeWorkbook('bc.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['UBND TỈNH BẮC NINH'],
            ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2024'],
            ['STT', 'Chỉ tiêu', 'Kết quả'],
            [1, 'Số hồ sơ trực tuyến (giai đoạn 2021-2025) (hồ sơ)', 92000],
            [2, 'Số hồ sơ trực tuyến toàn trình [2021-2025]', 50000],
            [3, 'Số tài khoản thanh toán [2023]', 7000],
            [4, 'Tỷ lệ hồ sơ trực tuyến (%)', 60.5],
            [5, 'Số xã đạt chuẩn nông thôn mới (giai đoạn 2021-2025)', 12],
          ],
        },
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(stored()).toEqual([
      // (a standard's span, "chuẩn … giai đoạn 2021-2025", is part of the name, as without brackets)
      'Bắc Ninh | Số xã đạt chuẩn nông thôn mới (giai đoạn 2021-2025) | 2024 | 12 | null',
      'Bắc Ninh | Tỷ lệ hồ sơ trực tuyến | 2024 | 60.5 | null',
    ]);
    expect(preview.problems.filter((p) => p.code === 'summaryRow').map((p) => p.cell)).toEqual([
      'B4',
      'B5',
      'B6',
    ]);
  });
});

describe('spreadsheet oddities (round 71)', () => {
  it("an old score's column, \"Điểm cũ\" (hidden in the tester's file), is set aside as the period before's (was: refused as a second score)", async () => {
    const units = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);
    const rows = units.map((u, i) => [i + 1, u, 0.5 - i / 1000, 0.6 - i / 1000]);
    const preview = await imported(
      writeWorkbook('dti.xlsx', [
        { name: 'DTI 2022', rows: [['STT', 'Tỉnh, thành phố', 'Điểm cũ', 'Điểm DTI'], ...rows] },
      ]),
      2022,
    );
    expect(errorCodes(preview)).toEqual([]);
    const scores = store.db
      .prepare(`SELECT value FROM observation WHERE layer = 'user' ORDER BY value DESC LIMIT 2`)
      .pluck()
      .all();
    expect(scores).toEqual([0.6, 0.599]);
    expect(preview.problems.find((p) => p.cell === 'C1')?.messageEn).toContain('holds the period before');
  });

  it('a period cell that lost its date format ("45292") is refused saying the date it stands for', async () => {
    const preview = await imported(
      writeWorkbook('kpi.xlsx', [
        {
          name: 'KPI',
          rows: [
            ['Đơn vị', 'Chỉ tiêu', 'Kỳ báo cáo', 'Giá trị'],
            ['Hà Nội', 'Tỷ lệ thanh toán trực tuyến (%)', 45292, 55.5],
          ],
        },
      ]),
    );
    const bad = preview.problems.find((p) => p.code === 'badPeriod')!;
    expect(bad.cell).toBe('C2');
    expect(bad.messageEn).toContain('looks like a date Excel stores as a serial number (01/01/2024)');
    expect(bad.messageVi).toContain('(01/01/2024)');
  });
});

describe('a unit name answered in an import (round 71: a slip of the answer could not be taken back)', () => {
  const excerpt = () =>
    writeTemp(
      'trich-3-tinh-2023.csv',
      'TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH NĂM 2023 (%)\nTỉnh,Tỷ lệ\nĐồng Nai,61.5\nBình Phướcc,58.2\nTây Ninh,55\n',
    );
  const bd = () => store.units.list('gso2004').find((u) => u.name === 'Bình Định')!;

  it('undo forgets the names its answers taught; the next import asks again', async () => {
    const first = await importLikeCli(store, excerpt());
    expect(first.preview.questions.map((q) => q.label)).toEqual(['Bình Phướcc']);
    const after = first.session.answer([{ label: 'Bình Phướcc', unitId: bd().id }]);
    expect(after.canCommit).toBe(true);
    const { batchId } = first.session.commit();
    first.session.dispose();
    expect(store.units.rememberedNames().map((n) => [n.alias, n.unitName])).toEqual([
      ['Bình Phướcc', 'Bình Định'],
    ]);

    undoImport(store.db, batchId);
    expect(store.units.rememberedNames()).toEqual([]);
    const again = await importLikeCli(store, excerpt());
    again.session.dispose();
    expect(again.preview.questions.map((q) => q.label)).toEqual(['Bình Phướcc']);
  });

  it('undo forgets an answer only when no import in effect gave it too (round 73)', async () => {
    const answerAndCommit = async () => {
      const r = await importLikeCli(store, excerpt());
      if (r.preview.questions.length > 0) r.session.answer([{ label: 'Bình Phướcc', unitId: bd().id }]);
      const { batchId } = r.session.commit();
      r.session.dispose();
      return batchId;
    };
    const first = await answerAndCommit();
    // forgotten in Settings, answered again in a later import
    store.units.forgetName(store.units.rememberedNames()[0]!.id);
    const second = await answerAndCommit();
    undoImport(store.db, first);
    expect(store.units.rememberedNames().map((n) => n.alias)).toEqual(['Bình Phướcc']);
    undoImport(store.db, second);
    expect(store.units.rememberedNames()).toEqual([]);
  });

  it('a name matched by an answer remembered from an earlier import is said at its cell; forgotten, it is asked again', async () => {
    const first = await importLikeCli(store, excerpt());
    first.session.answer([{ label: 'Bình Phướcc', unitId: bd().id }]);
    first.session.commit();
    first.session.dispose();

    const again = await importLikeCli(store, excerpt());
    again.session.dispose();
    expect(again.preview.questions).toEqual([]);
    const said = again.preview.problems.filter((p) => p.code === 'unitByRememberedAnswer');
    expect(said.map((p) => [p.severity, p.cell])).toEqual([['warning', 'A4']]);
    expect(said[0]!.messageEn).toContain(
      'unit name "Bình Phướcc" is read as Bình Định, as you answered on an earlier import',
    );
    expect(said[0]!.messageVi).toContain('Tên đơn vị đã nhớ');

    const [name] = store.units.rememberedNames();
    expect(store.units.forgetName(name!.id)).toBe(true);
    // (a published alias is never forgotten so)
    const published = store.db
      .prepare(`SELECT id FROM unit_alias WHERE origin = 'reference' LIMIT 1`)
      .pluck()
      .get() as number;
    expect(store.units.forgetName(published)).toBe(false);
    const third = await importLikeCli(store, excerpt());
    third.session.dispose();
    expect(third.preview.questions.map((q) => q.label)).toEqual(['Bình Phướcc']);
  });
});

describe('a second table under the first, with the same header and no title (round 71)', () => {
  it('starts where its rows start over with names already read: only the first table is read, said', async () => {
    const units = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);
    const header = ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'];
    const first = units.map((u, i) => [i + 1, u, 0.7 - i / 1000, i + 1]);
    const excerpt = units.slice(0, 10).map((u, i) => [i + 1, u, 0.5 - i / 1000, i + 1]);
    const preview = await imported(
      writeWorkbook('dti.xlsx', [{ name: 'DTI 2022', rows: [header, ...first, [], [], header, ...excerpt] }]),
      2022,
    );
    expect(errorCodes(preview)).toEqual([]);
    const next = preview.problems.find((p) => p.code === 'nextTable')!;
    expect(next.row).toBe(67);
    expect(next.messageEn).toContain('only the first table is read (to row 64)');
    expect(
      store.db.prepare(`SELECT MAX(value) FROM observation WHERE layer = 'user' AND value < 1`).pluck().get(),
    ).toBe(0.7);
  });

  it('a long table in blocks of its years, the year a number under "Năm", is one table: every block read (round 73)', async () => {
    const header = ['Đơn vị', 'Chỉ tiêu', 'Năm', 'Tháng', 'Giá trị'];
    const block = (year: number, month: number) =>
      ['Hà Nội', 'Bình Phước', 'Đồng Nai'].map((u, i) => [
        u,
        'Tỷ lệ thanh toán trực tuyến (%)',
        year,
        month,
        50 + i + month,
      ]);
    const preview = await imported(
      writeWorkbook('kpi.xlsx', [
        {
          name: 'KPI',
          rows: [header, ...block(2024, 1), [], header, ...block(2024, 2), [], header, ...block(2023, 2)],
        },
      ]),
    );
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.some((p) => p.code === 'nextTable')).toBe(false);
    expect(preview.counts.observations).toBe(9);
  });

  it('the same header again over new names is a table printed in blocks: read on', async () => {
    const units = referenceCsv('provinces_63.csv').map((r) => r.name_vi!);
    const header = ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'];
    const row = (i: number) => [i + 1, units[i]!, 0.7 - i / 1000, i + 1];
    const rows = [
      header,
      ...units.slice(0, 30).map((_, i) => row(i)),
      [],
      header,
      ...units.slice(30).map((_, i) => row(i + 30)),
    ];
    const preview = await imported(writeWorkbook('dti.xlsx', [{ name: 'DTI 2022', rows }]), 2022);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.some((p) => p.code === 'nextTable')).toBe(false);
    expect(preview.counts.rows).toBe(63);
  });
});

describe('a Cancel while the file is checked (round 72)', () => {
  it('stops the checks: no preview, nothing written (was: heard only when they ended, the preview opened)', async () => {
    const csv = path.join(tempDir('dti-round70-'), 'kpi.csv');
    writeKpiCsv(csv, 5_000);
    const session = new ImportSession(store.db, { kind: 'file', path: csv });
    await session.open();
    const a = await session.analyze(null);
    let checking = false;
    await expect(
      session.stage(
        a.mapping,
        { ...a.target, group: 63 },
        {
          // (the analyst clicks Cancel once the last row is read, while the file is checked)
          onProgress: (p) => void (checking ||= p.state === 'checking'),
          cancelled: () => checking,
        },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(checking).toBe(true);
    session.dispose();
    expect(store.db.prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user'`).pluck().get()).toBe(0);
  });
});

describe("a long file's preview (round 72)", () => {
  it('shows the first rows and, further down, every row that changes a stored value or has a problem', async () => {
    const dir = tempDir('dti-round70-');
    const csv = path.join(dir, 'kpi.csv');
    writeKpiCsv(csv, 2_000);
    expect((await imported(csv)).canCommit).toBe(true);
    // a corrected copy: row 1,201 (the 1,200th value) changed, and a bad period further down
    const corrected = path.join(dir, 'kpi-corrected.csv');
    writeKpiCsv(corrected, 2_000, (i) => (i === 1_199 ? 0.5 : 0));
    fs.appendFileSync(corrected, '"Hà Nội",Chỉ tiêu thử nghiệm 1,2023-13,5\n');
    const { session, preview } = await importLikeCli(store, corrected);
    session.dispose();
    expect(preview.counts.changed).toBe(1);
    expect(preview.rowsTruncated).toBe(true);
    expect(preview.rowsAlsoShown).toBe(2);
    expect(preview.rows.length).toBe(502);
    const [changedRow, badRow] = preview.rows.slice(-2);
    expect(changedRow!.row).toBe(1_201);
    expect(changedRow!.cells.map((c) => c.status)).toEqual(['changed']);
    expect(badRow!.row).toBe(2_002);
    expect(badRow!.status).toBe('error');
    expect(preview.problems.find((p) => p.code === 'badPeriod')?.cell).toBe('C2002');
  });
});
