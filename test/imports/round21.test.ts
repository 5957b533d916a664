// What tester round 20 left, and tester round 21: real-looking files that were refused or read
// without what they say (an estimate's period, a year per column, "Mar-24", a unit written without
// marks or in English, the table's unit on a line of its own). Each test imports the file as the
// wizard does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { normalisePeriod } from '../../src/main/imports/layout/periods';
import { periodFromTitle } from '../../src/main/imports/layout/titleHints';
import { isEstimateHeader, withoutEstimateMark } from '../../src/main/imports/layout/headerVocabulary';
import { splitIndicatorName } from '../../src/shared/imports/indicatorNames';
import { unitsNamedIn } from '../../src/shared/unitNames';
import { Store } from '../../src/main/store';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { detailTable2022 } from '../support/detailTable';
import {
  importLikeCli,
  importFileInto,
  stageFile,
  writeTemp,
  writeWorkbook,
  storedUnitLists,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round21-'), 'r.db'));
});

/** Stages FILE (the proposed mapping, `override` on the target); commits when it can. */
const importFile = (file: string, override: Partial<ImportTarget> = {}) =>
  importFileInto(store, file, override);

/** What the store holds from imports: "unit | KPI (its unit) | period | value | cell". */
const stored = () =>
  (
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, i.unit_of_measure AS uom, o.period, o.value, o.source_cell AS cell
         FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all() as {
      unit: string;
      kpi: string;
      uom: string | null;
      period: string;
      value: number;
      cell: string;
    }[]
  ).map((r) => `${r.unit} | ${r.kpi}${r.uom ? ` (${r.uom})` : ''} | ${r.period} | ${r.value} | ${r.cell}`);

const codes = (p: { problems: { severity: string; code: string }[] }, severity: string) =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);

describe('an estimate said after the period ("2024 (est.)", "Năm 2024 (ước)")', () => {
  it('is read without its mark, and said to be one', () => {
    expect(withoutEstimateMark('2024 (est.)')).toBe('2024');
    expect(withoutEstimateMark('Năm 2024 (ước tính)')).toBe('Năm 2024');
    expect(withoutEstimateMark('Online payment rate 2024 (est.) (%)')).toBe('Online payment rate 2024 (%)');
    expect(withoutEstimateMark('Số tổ (tổ)')).toBe('Số tổ (tổ)');
    expect(isEstimateHeader('2024 (ƯTH)')).toBe(true);
    expect(isEstimateHeader('Ước thực hiện năm 2024')).toBe(true);
    expect(isEstimateHeader('Năm 2024')).toBe(false);
    // (the cells of a period column are not headers: "2022 (ước)" there is still refused)
    expect(normalisePeriod('2022 (ước)')).toBe('2022 (ước)');
  });

  it.each([
    ['2024 (est.)', 'English, abbreviated'],
    ['2024 (estimate)', 'English'],
    ['Năm 2024 (ước)', 'Vietnamese'],
    ['2024 (ước TH)', 'Vietnamese, abbreviated'],
  ])(
    'a period column headed "%s" (%s) holds that year\'s values (was: set aside as unknown)',
    async (header) => {
      const f = writeTemp(
        'est.csv',
        `Tỉnh,Chỉ tiêu,2023,${header}\nBình Phước,Số tổ công nghệ số cộng đồng (tổ),700,708\nĐồng Nai,Số tổ công nghệ số cộng đồng (tổ),650,661\n`,
      );
      const preview = await importFile(f);
      expect(codes(preview, 'error')).toEqual([]);
      expect(codes(preview, 'warning')).toEqual(['estimateColumn']);
      expect(preview.problems[0]!.messageEn).toContain(`D1`);
      expect(stored()).toEqual([
        'Bình Phước | Số tổ công nghệ số cộng đồng (tổ) | 2023 | 700 | C2',
        'Đồng Nai | Số tổ công nghệ số cộng đồng (tổ) | 2023 | 650 | C3',
        'Bình Phước | Số tổ công nghệ số cộng đồng (tổ) | 2024 | 708 | D2',
        'Đồng Nai | Số tổ công nghệ số cộng đồng (tổ) | 2024 | 661 | D3',
      ]);
    },
  );
});

describe('one KPI over years, a column each, the year in its name', () => {
  it.each([
    [
      'Tỷ lệ thanh toán trực tuyến năm 2023 (%)',
      'Tỷ lệ thanh toán trực tuyến năm 2024 (%)',
      'Tỷ lệ thanh toán trực tuyến',
    ],
    ['Online payment rate 2023 (%)', 'Online payment rate 2024 (%)', 'Online payment rate'],
    ['Online payment rate 2023 (%)', 'Online payment rate 2024 (est.) (%)', 'Online payment rate'],
  ])(
    '"%s | %s": each column is its year (was: asked for one year, then the two collided)',
    async (a, b, kpi) => {
      const f = writeTemp('years.csv', `Province,${a},${b}\nHà Nội,45.2,50.1\nBình Phước,40.3,44\n`);
      const preview = await importFile(f);
      expect(codes(preview, 'error')).toEqual([]);
      expect(stored()).toEqual([
        `Hà Nội | ${kpi} (%) | 2023 | 45.2 | B2`,
        `Bình Phước | ${kpi} (%) | 2023 | 40.3 | B3`,
        `Hà Nội | ${kpi} (%) | 2024 | 50.1 | C2`,
        `Bình Phước | ${kpi} (%) | 2024 | 44 | C3`,
      ]);
    },
  );

  it('a rate compared with a year keeps it in its name; a KPI of one year among others is that year', async () => {
    const f = writeTemp(
      'mixed.csv',
      'Tỉnh,Số tổ công nghệ số năm 2023 (tổ),Số tổ công nghệ số năm 2024 (tổ),Tốc độ tăng so với năm 2023 (%)\nBình Phước,700,708,1.1\n',
    );
    const preview = await importFile(f, { year: 2024, period: '2024' });
    expect(codes(preview, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Số tổ công nghệ số (tổ) | 2023 | 700 | B2',
      'Bình Phước | Số tổ công nghệ số (tổ) | 2024 | 708 | C2',
      'Bình Phước | Tốc độ tăng so với năm 2023 (%) | 2024 | 1.1 | D2',
    ]);
  });
});

describe('"Mar-24": a month and a two-digit year (Excel\'s mmm-yy, exported)', () => {
  it('reads as that month; "may-24" in lower case is not May', () => {
    expect(normalisePeriod('Mar-24')).toBe('2024-03');
    expect(normalisePeriod('Sept 25')).toBe('2025-09');
    expect(normalisePeriod("Dec'23")).toBe('2023-12');
    expect(normalisePeriod('May-24')).toBe('2024-05');
    expect(normalisePeriod('may-24')).toBe('may-24');
    expect(normalisePeriod('24-Mar')).toBe('24-Mar');
  });

  it('as column headers and as the cells of a period column', async () => {
    const wide = writeTemp(
      'months.csv',
      'Tỉnh,Chỉ tiêu,Jan-24,Feb-24,Mar-24\nBình Phước,Tỷ lệ hồ sơ trực tuyến (%),40.1,42.3,45\n',
    );
    expect(codes(await importFile(wide), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến (%) | 2024-01 | 40.1 | C2',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến (%) | 2024-02 | 42.3 | D2',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến (%) | 2024-03 | 45 | E2',
    ]);
  });
});

describe('a unit written without marks or in English', () => {
  it('is a unit, as the store writes it ("ty dong" is tỷ đồng; English as written)', () => {
    expect(splitIndicatorName('Doanh thu (ty dong)')).toEqual({ name: 'Doanh thu', unit: 'tỷ đồng' });
    expect(splitIndicatorName('So nguoi hoc (nghin nguoi)')).toEqual({
      name: 'So nguoi hoc',
      unit: 'nghìn người',
    });
    expect(splitIndicatorName('Số tổ công nghệ số cộng đồng (TCNSCĐ)')).toEqual({
      name: 'Số tổ công nghệ số cộng đồng',
      unit: 'tổ',
    });
    expect(splitIndicatorName('Online payments (transactions)')).toEqual({
      name: 'Online payments',
      unit: 'transactions',
    });
    // (not a unit: "to" is tổ or tờ, a bracket of words is a qualifier)
    expect(splitIndicatorName('Số tổ (to)').unit).toBeNull();
    expect(splitIndicatorName('Doanh thu (ước)').unit).toBeNull();
  });

  it.each([
    ['DOANH THU THƯƠNG MẠI ĐIỆN TỬ NĂM 2024 (ty dong)', 'Doanh thu thương mại điện tử', 'tỷ đồng'],
    ['ONLINE PAYMENTS 2024 (transactions)', 'Online payments', 'transactions'],
  ])('in the title "%s": the unit of the KPI it names', async (title, kpi, uom) => {
    const header =
      kpi === 'Online payments' ? 'Province,Online payments' : 'Tỉnh,Doanh thu thương mại điện tử';
    const f = writeTemp('title.csv', `${title}\n${header}\nBình Phước,135\nĐồng Nai,420\n`);
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      `Bình Phước | ${kpi} (${uom}) | 2024 | 135 | B3`,
      `Đồng Nai | ${kpi} (${uom}) | 2024 | 420 | B4`,
    ]);
  });
});

describe('the table\'s unit on a line of its own ("Đơn vị tính: %")', () => {
  it('under the title of a sheet: the unit of its KPI columns', async () => {
    const f = writeTemp(
      'unit-line.csv',
      'TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2024\nĐơn vị tính: %\nSTT,Tỉnh,Tỷ lệ thanh toán trực tuyến\n1,Bình Phước,"45,2"\n2,Đồng Nai,"50,1"\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ thanh toán trực tuyến (%) | 2024 | 45.2 | C4',
      'Đồng Nai | Tỷ lệ thanh toán trực tuyến (%) | 2024 | 50.1 | C5',
    ]);
  });

  it("at the end of a title row, beside the form's number; a rate is not in a count's unit", async () => {
    const f = writeTemp(
      'unit-end.csv',
      'Biểu 02,,,ĐVT: hồ sơ\nHỒ SƠ TRỰC TUYẾN NĂM 2024,,,\nTỉnh,Số hồ sơ tiếp nhận,Số hồ sơ trực tuyến,Tỷ lệ hồ sơ trực tuyến\nBình Phước,1000,850,85\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Số hồ sơ tiếp nhận (hồ sơ) | 2024 | 1000 | B4',
      'Bình Phước | Số hồ sơ trực tuyến (hồ sơ) | 2024 | 850 | C4',
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2024 | 85 | D4',
    ]);
  });

  it('"Đơn vị: Sở Thông tin và Truyền thông" names who reports, not a unit', async () => {
    const f = writeTemp(
      'body.csv',
      'SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG NĂM 2024\nĐơn vị: Sở Thông tin và Truyền thông\nTỉnh,Số tổ công nghệ số cộng đồng\nBình Phước,708\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual(['Bình Phước | Số tổ công nghệ số cộng đồng | 2024 | 708 | B4']);
  });

  it('on a web page, a paragraph under the title: the title stays the title, the unit is read', async () => {
    const f = writeTemp(
      'page.html',
      `<html><body>
<p><strong>TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2024</strong></p>
<p><em>Đơn vị tính: %</em></p>
<table><tr><th>STT</th><th>Tỉnh, thành phố</th><th>Tỷ lệ thanh toán trực tuyến</th></tr>
<tr><td>1</td><td>Bình Phước</td><td>45,2</td></tr>
<tr><td>2</td><td>Đồng Nai</td><td>50,1</td></tr></table></body></html>`,
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ thanh toán trực tuyến (%) | 2024 | 45.2 | C2',
      'Đồng Nai | Tỷ lệ thanh toán trực tuyến (%) | 2024 | 50.1 | C3',
    ]);
  });
});

describe('2025 reports and the rearrangement of 1 July 2025 (tester round 21)', () => {
  it("a province's own report of Quý I, Quý II, 6 tháng, 9 tháng, Cả năm: its first half on its unit of the 63, the rest on the 34's (round 76; round 74: all on the 34's; round 21: refused as 34)", async () => {
    const f = writeTemp(
      'thanh-hoa.csv',
      [
        'BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ TỈNH THANH HÓA NĂM 2025',
        'STT;Chỉ tiêu;Đơn vị tính;Quý I/2025;Quý II/2025;6 tháng;9 tháng;Cả năm',
        '1;Tỷ lệ hồ sơ trực tuyến toàn trình;%;62,5;68,25;65,4;70,1;74,3',
        '2;Số Tổ công nghệ số cộng đồng;tổ;4.512;4.530;4.530;4.561;4.602',
      ].join('\n'),
    );
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    // (an unchanged province: its own figures throughout, nothing to say)
    expect(preview.problems.filter((p) => p.code === 'periodSpansMerger')).toEqual([]);
    const rows = store.db
      .prepare(
        `SELECT u.code_list AS list, o.period, o.value FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' AND i.name_vi = 'Số Tổ công nghệ số cộng đồng' ORDER BY o.source_cell`,
      )
      .all();
    expect(rows).toEqual([
      { list: 'gso2004', period: '2025-01..2025-03', value: 4512 },
      { list: 'gso2004', period: '2025-04..2025-06', value: 4530 },
      { list: 'gso2004', period: '2025-01..2025-06', value: 4530 },
      { list: '2025', period: '2025-01..2025-09', value: 4561 },
      { list: '2025', period: '2025', value: 4602 },
    ]);
  });

  it('"Đồng Nai | Năm 2025" in a file that names Đồng Nai on both sides of 1 July: refused at its cell (was: stored on the old Đồng Nai)', async () => {
    const f = writeTemp(
      'dong-nai.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nĐồng Nai,Số hồ sơ trực tuyến (hồ sơ),Quý I/2025,40.100\nĐồng Nai,Số hồ sơ trực tuyến (hồ sơ),Quý III/2025,45.120\nĐồng Nai,Số hồ sơ trực tuyến (hồ sơ),Năm 2025,180.000\n',
    );
    const preview = await importFile(f);
    const e = preview.problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['periodSpansMerger', 'D4']]);
    expect(e[0]!.messageEn).toContain('which of the two this figure is for cannot be told');
    expect(e[0]!.messageVi).toContain('không xác định được số liệu này của đơn vị nào');
    expect(stored()).toEqual([]);
    // Without rows after 1 July: the old Đồng Nai ended on 30/06/2025 (round 22: refused too);
    // with group 34 it is the merged Đồng Nai's figure, as restated, and said so.
    const g = writeTemp(
      'dong-nai-63.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nĐồng Nai,Số hồ sơ trực tuyến (hồ sơ),Năm 2025,180.000\n',
    );
    const p63 = await importFile(g);
    expect(codes(p63, 'error')).toEqual(['periodSpansMerger']);
    expect(p63.problems[0]!.messageEn).toContain('with group 34');
    const p34 = await importFile(g, { group: 34 });
    expect(codes(p34, 'error')).toEqual([]);
    expect(p34.problems.find((p) => p.code === 'periodSpansMerger')!.messageEn).toContain(
      'formed on that date from Bình Phước, Đồng Nai',
    );
    expect(stored()).toEqual(['Đồng Nai | Số hồ sơ trực tuyến (hồ sơ) | 2025 | 180000 | D2']);
  });

  it("a report of the new Đồng Nai for Quý III, Quý IV and Cả năm 2025: the whole year is said to be the merged unit's (was: no word)", async () => {
    const f = writeTemp(
      'dong-nai-h2.csv',
      'KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH ĐỒNG NAI NĂM 2025\nSTT,Chỉ tiêu,Quý III/2025,Quý IV/2025,Cả năm\n1,Số hồ sơ trực tuyến (hồ sơ),45.120,50.300,180.000\n',
    );
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    const w = preview.problems.filter((p) => p.code === 'periodSpansMerger');
    expect(w.map((p) => p.cell)).toEqual(['E3']);
    expect(w[0]!.messageEn).toContain('formed on that date from Bình Phước, Đồng Nai');
    expect(stored()).toEqual([
      'Đồng Nai | Số hồ sơ trực tuyến (hồ sơ) | 2025-07..2025-09 | 45120 | C3',
      'Đồng Nai | Số hồ sơ trực tuyến (hồ sơ) | 2025-10..2025-12 | 50300 | D3',
      'Đồng Nai | Số hồ sơ trực tuyến (hồ sơ) | 2025 | 180000 | E3',
    ]);
  });
});

describe("the ministry's detail table with one main index shifted by a row (tester round 21)", () => {
  const detail = (shift: 'down' | 'up' | null) =>
    writeWorkbook('detail.xlsx', [{ name: 'S', rows: detailTable2022(shift) }]);

  it.each(['down', 'up'] as const)(
    'shifted %s: one error naming the column (was: 58 warnings, all committed)',
    async (shift) => {
      const preview = await importFile(detail(shift), { year: 2022, group: 63, kind: 'ranking' });
      const e = preview.problems.filter((p) => p.severity === 'error');
      // (where the shift starts: the second data row a row down, the first empty; the first, up)
      expect(e.map((p) => [p.code, p.cell])).toEqual([['formulaMismatch', shift === 'down' ? 'E3' : 'E2']]);
      // (the rows off the formula are that error, not a warning each as well)
      expect(preview.problems.filter((p) => p.code === 'formulaMismatch')).toHaveLength(1);
      expect(e[0]!.messageEn).toContain(`the column looks shifted ${shift} by a row from here`);
      expect(e[0]!.messageVi).toContain(`cột có vẻ bị lệch ${shift === 'down' ? 'xuống' : 'lên'} một dòng`);
      expect(stored()).toEqual([]);
    },
  );

  it('as published: no formula error', async () => {
    const preview = await importFile(detail(null), { year: 2022, group: 63, kind: 'ranking' });
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'formulaMismatch')).toEqual([]);
    expect(stored().length).toBe(63 * 9);
  });
});

describe('cells and columns of provincial reports (tester round 21)', () => {
  it('"…" and "..." say the figure is not available, as "-" and "x" do (was: "…" not a number)', async () => {
    const f = writeTemp(
      'placeholders.csv',
      'Tỉnh,Chỉ tiêu,Tháng 7/2025,Tháng 8/2025,Tháng 9/2025\nLạng Sơn,Số hồ sơ trực tuyến,12450,-,12980\nLạng Sơn,Số giao dịch thanh toán,x,3400,…\nLạng Sơn,Số tổ công nghệ số,...,120,121\n',
    );
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Lạng Sơn | Số hồ sơ trực tuyến | 2025-07 | 12450 | C2',
      'Lạng Sơn | Số giao dịch thanh toán | 2025-08 | 3400 | D3',
      'Lạng Sơn | Số tổ công nghệ số | 2025-08 | 120 | D4',
      'Lạng Sơn | Số hồ sơ trực tuyến | 2025-09 | 12980 | E2',
      'Lạng Sơn | Số tổ công nghệ số | 2025-09 | 121 | E4',
    ]);
  });

  it('"Tăng/giảm so với cùng kỳ (%)" as the only figures of a table is the change of what its title names (was: set aside, "no value column")', async () => {
    const change = (title: string) =>
      writeTemp(
        'change.csv',
        `${title}\nTỉnh,Tăng/giảm so với cùng kỳ (%)\nThanh Hóa,"−3,2"\nNghệ An,"(1,5)"\nHà Tĩnh,"4,0"\n`,
      );
    const preview = await importFile(change('TĂNG TRƯỞNG THANH TOÁN TRỰC TUYẾN NĂM 2025'), { group: 34 });
    expect(codes(preview, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Thanh Hóa | Tăng trưởng thanh toán trực tuyến (%) | 2025 | -3.2 | B3',
      'Nghệ An | Tăng trưởng thanh toán trực tuyến (%) | 2025 | -1.5 | B4',
      'Hà Tĩnh | Tăng trưởng thanh toán trực tuyến (%) | 2025 | 4 | B5',
    ]);
    // Another title, another KPI (round 22: the two were one KPI, the second file overwrote the first)
    const other = await importFile(change('SỐ HỒ SƠ TRỰC TUYẾN NĂM 2025'), { group: 34 });
    console.log(
      JSON.stringify(other.counts),
      other.problems.map((p) => p.messageEn),
    );
    expect(other.counts).toMatchObject({ changed: 0, new: 3 });
    expect(stored().filter((r) => r.startsWith('Thanh Hóa'))).toEqual([
      'Thanh Hóa | Tăng trưởng thanh toán trực tuyến (%) | 2025 | -3.2 | B3',
      'Thanh Hóa | Tăng/giảm so với cùng kỳ – số hồ sơ trực tuyến (%) | 2025 | -3.2 | B3',
    ]);
    // A title that names nothing: set aside as before (no KPI named by the header alone).
    const none = await importFile(change('BÁO CÁO NĂM 2025'), { group: 34 });
    expect(codes(none, 'error')).toEqual(['noValueColumn']);
  });

  it('beside the figures it is worked out from, the change column is still set aside', async () => {
    const f = writeTemp(
      'beside.csv',
      'Tỉnh,Số hồ sơ năm 2025 (hồ sơ),Tăng/giảm so với cùng kỳ (%)\nThanh Hóa,1000,"−3,2"\n',
    );
    const preview = await importFile(f, { group: 34 });
    expect(codes(preview, 'error')).toEqual([]);
    expect(stored()).toEqual(['Thanh Hóa | Số hồ sơ (hồ sơ) | 2025 | 1000 | B2']);
  });
});

describe('a comparison table "SO SÁNH CHỈ SỐ DTI NĂM 2022 VÀ 2023" (tester round 21)', () => {
  const compare = () => {
    const units = published2022().map((r) => r.label);
    return writeWorkbook('so-sanh.xlsx', [
      {
        name: 'S',
        rows: [
          ['SO SÁNH CHỈ SỐ DTI NĂM 2022 VÀ 2023'],
          ['STT', 'Tỉnh, thành phố', 'Năm 2022', null, 'Năm 2023', null],
          [null, null, 'Điểm', 'Hạng', 'Điểm', 'Hạng'],
          ...units.map((u, i) => [i + 1, u, 0.7 - i * 0.004, i + 1, 0.8 - i * 0.005, i + 1]),
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
          { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
        ],
      },
    ]);
  };

  it.each([2022, 2023])(
    'imports the columns of %i, and says the other year\'s are its (was: 2023 refused, "the title says 2022")',
    async (year) => {
      const { session, preview } = await importLikeCli(store, compare(), year);
      expect(codes(preview, 'error')).toEqual([]);
      session.commit();
      session.dispose();
      const scores = store.db
        .prepare(
          `SELECT DISTINCT o.year, o.source_cell FROM observation o WHERE o.layer = 'user' AND o.source_cell LIKE '_4, _4'`,
        )
        .all();
      expect(scores).toEqual([{ year, source_cell: year === 2022 ? 'C4, D4' : 'E4, F4' }]);
      const other = preview.problems.filter((p) => p.code === 'duplicateColumn');
      const otherYear = year === 2022 ? 2023 : 2022;
      expect(other.map((p) => p.messageEn)).toEqual([
        expect.stringContaining(
          `column "Năm ${otherYear} / Điểm" holds the figures of ${otherYear}, not of ${year}`,
        ),
        expect.stringContaining(
          `column "Năm ${otherYear} / Hạng" holds the figures of ${otherYear}, not of ${year}`,
        ),
      ]);
    },
  );

  it('without a year chosen, the latest', async () => {
    const { session } = await stageFile(store, { kind: 'file', path: compare() });
    expect(session.target?.year).toBe(2023);
    session.dispose();
  });
});

describe('a layout remembered from a file whose title named its KPI (tester round 22)', () => {
  it('is not applied to the same headers under another title (was: the second KPI overwrote the first)', async () => {
    const levels = (title: string, a: number, b: number) =>
      writeTemp('levels.csv', `${title}\nTỉnh,Cấp tỉnh,Cấp xã\nHà Nội,${a},${b}\n`);
    await importFile(levels('TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2024 (%)', 80, 70));
    const second = await importFile(levels('TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2024 (%)', 50, 40));
    expect(second.counts).toMatchObject({ new: 2, changed: 0 });
    expect(stored()).toEqual([
      'Hà Nội | Tỷ lệ hồ sơ trực tuyến – cấp tỉnh (%) | 2024 | 80 | B3',
      'Hà Nội | Tỷ lệ thanh toán trực tuyến – cấp tỉnh (%) | 2024 | 50 | B3',
      'Hà Nội | Tỷ lệ hồ sơ trực tuyến – cấp xã (%) | 2024 | 70 | C3',
      'Hà Nội | Tỷ lệ thanh toán trực tuyến – cấp xã (%) | 2024 | 40 | C3',
    ]);
    // The same title next year: the layout is the same one, remembered.
    const again = new ImportSession(store.db, {
      kind: 'file',
      path: levels('TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2025 (%)', 1, 2),
    });
    expect((await again.analyze(undefined)).remembered).toBe(true);
    again.dispose();
  });
});

describe('tester round 22: what round 21 left', () => {
  it('a main-index column shifted from midway (a cell deleted, the rest moved up): one error at the row it starts', async () => {
    const f = writeWorkbook('partial.xlsx', [{ name: 'S', rows: detailTable2022('up', 3, 20) }]);
    const preview = await importFile(f, { year: 2022, group: 63, kind: 'ranking' });
    const e = preview.problems.filter((p) => p.severity === 'error');
    // (data row 20 is sheet row 22: from there each figure is the next unit's)
    expect(e.map((p) => [p.code, p.cell])).toEqual([['formulaMismatch', 'D22']]);
    expect(e[0]!.messageEn).toContain('from this row on');
    expect(e[0]!.messageEn).toContain('shifted up by a row from here');
    expect(preview.problems.filter((p) => p.code === 'formulaMismatch')).toHaveLength(1);
    expect(stored()).toEqual([]);
  });

  it('"TỈNH TUYÊN QUANG NĂM 2025" names Tuyên Quang, not also Quảng Nam ("QUANG NĂM" without its marks)', () => {
    const units = store.units.list('gso2004');
    const named = (t: string) => unitsNamedIn(t, units).map((id) => units.find((u) => u.id === id)!.name);
    expect(named('BÁO CÁO CHUYỂN ĐỔI SỐ TỈNH TUYÊN QUANG NĂM 2025')).toEqual(['Tuyên Quang']);
    expect(named('BÁO CÁO TỈNH QUẢNG NAM NĂM 2022')).toEqual(['Quảng Nam']);
    // (tones typed or placed otherwise are the same letters; without marks at all, as before)
    expect(named('Kết quả tỉnh Đăk Lăk năm 2022')).toEqual(['Đắk Lắk']);
    expect(named('TINH HOA BINH')).toEqual(['Hòa Bình']);
  });

  it('a KPI over two years beside another of one year: each column its year (was: "no period column")', async () => {
    const f = writeTemp(
      'mixed-years.csv',
      'TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG\nSTT,Tỉnh,Số tổ công nghệ số cộng đồng năm 2023 (tổ),Số tổ công nghệ số cộng đồng năm 2024 (tổ),Tỷ lệ thôn có tổ công nghệ số năm 2024 (%)\n1,Hà Nội,574,727,"68,3"\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hà Nội | Số tổ công nghệ số cộng đồng (tổ) | 2023 | 574 | C3',
      'Hà Nội | Số tổ công nghệ số cộng đồng (tổ) | 2024 | 727 | D3',
      'Hà Nội | Tỷ lệ thôn có tổ công nghệ số (%) | 2024 | 68.3 | E3',
    ]);
  });

  it.each([
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH - Đơn vị tính: %'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH,,,Đơn vị tính: %'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH\nĐơn vị tính: %'],
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%) NĂM 2024 (34 TỈNH, THÀNH PHỐ)'],
  ])('the KPI a title names over period columns takes the unit it states: %j', async (title) => {
    const f = writeTemp('title-unit.csv', `${title}\nSTT,Tỉnh,Năm 2023,Năm 2024\n1,Hà Nội,"60,5","70,5"\n`);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(codes(preview, 'error')).toEqual([]);
    expect(session.target?.indicator).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình (%)');
    session.dispose();
  });

  it('a KPI the store holds in another unit is another KPI, and said (was: a second KPI without a word)', async () => {
    const table = (unit: string, v: number) =>
      writeTemp('unit.csv', `Tỉnh,Số giao dịch thanh toán trực tuyến tháng 9/2025 (${unit})\nHà Nội,${v}\n`);
    await importFile(table('giao dịch', 100), { group: 34 });
    // (the same unit written in English or as a code: the same KPI, nothing said)
    const same = await importFile(table('transactions', 100), { group: 34 });
    expect(same.counts).toMatchObject({ unchanged: 1, new: 0 });
    const other = await importFile(table('lượt', 120), { group: 34 });
    const w = other.problems.filter((p) => p.code === 'kpiOtherUnit');
    expect(w.map((p) => p.cell)).toEqual(['B2']);
    expect(w[0]!.messageEn).toContain(
      'the database holds "Số giao dịch thanh toán trực tuyến" in giao dịch; this file gives it in lượt',
    );
    expect(w[0]!.messageVi).toContain('hãy ghi đơn vị tính như trong cơ sở dữ liệu');
  });
});

describe('a corrected copy of a KPI table (tester round 22)', () => {
  it('that leaves out a row or empties a cell: the stored values are kept, and said (was: nothing said)', async () => {
    const units = store.units.list('2025').map((u) => u.name);
    const table = (rows: string[][]) =>
      writeTemp(
        'kpi.csv',
        [
          'Tỉnh,Tỷ lệ hồ sơ trực tuyến toàn trình tháng 9/2025 (%),Số giao dịch tháng 9/2025 (giao dịch)',
          ...rows.map((r) => r.join(',')),
        ].join('\n'),
      );
    const full = units.map((u, i) => [u, String(60 + i), String(1000 + i)]);
    expect(codes(await importFile(table(full)), 'error')).toEqual([]);
    // Cà Mau's row left out, Bắc Ninh's rate emptied, one value corrected
    const corrected = full
      .filter((r) => r[0] !== 'Cà Mau')
      .map((r) => (r[0] === 'Bắc Ninh' ? [r[0]!, '', r[2]!] : r[0] === 'Hà Nội' ? [r[0]!, '99', r[2]!] : r));
    const preview = await importFile(table(corrected));
    expect(preview.counts).toMatchObject({ changed: 1, new: 0 });
    const w = preview.problems.filter((p) => p.code === 'storedNotInFile');
    expect(w).toHaveLength(1);
    expect(w[0]!.messageEn).toContain(
      '3 stored value(s) of these KPIs and periods are not imported from this file',
    );
    expect(w[0]!.messageEn).toContain('Cà Mau – Số giao dịch – 2025-09');
    expect(w[0]!.messageEn).toContain('Bắc Ninh – Tỷ lệ hồ sơ trực tuyến toàn trình – 2025-09');
    // (kept, as said)
    expect(stored().filter((r) => r.startsWith('Cà Mau'))).toHaveLength(2);
    // A file of one province beside a table of all is no corrected copy: nothing said.
    const one = await importFile(table([['Hà Nội', '98', '1000']]));
    expect(one.problems.filter((p) => p.code === 'storedNotInFile')).toEqual([]);
  });
});

describe("a province's report with columns on both sides of 1 July 2025 (tester round 22)", () => {
  it("of a merged province is its unit of the 34's, the quarters before as restated, said (round 74; was: refused, asking for each side apart)", async () => {
    const f = writeTemp(
      'quang-tri.csv',
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ NĂM 2025\nSTT,Chỉ tiêu,Quý I/2025,Quý II/2025,Quý III/2025,Quý IV/2025\n1,Số hồ sơ trực tuyến (hồ sơ),100,110,120,130\n',
    );
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    expect(codes(preview, 'warning')).toContain('listFollowsPeriod');
    expect(preview.problems.map((p) => p.code)).not.toContain('unitCodeUnknown');
    expect(storedUnitLists(store, { named: true })).toEqual(['Quảng Trị 2025']);
    expect(stored()).toHaveLength(4);
  });
});

describe('tester round 23', () => {
  it('a workbook of a sheet per month titled with the year: each sheet its month, the title its KPI (was: both sheets the year, one overwriting the other)', async () => {
    const units = store.units.list('2025').map((u) => u.name);
    const sheet = (name: string, base: number) => ({
      name,
      rows: [
        ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN NĂM 2026 (giao dịch)'],
        ['STT', 'Tỉnh, thành phố', 'Số giao dịch'],
        ...units.map((u, i) => [i + 1, u, base + i]),
      ],
    });
    const f = writeWorkbook('thang.xlsx', [sheet('Tháng 4', 1000), sheet('Tháng 5', 2000)]);
    for (const name of ['Tháng 5', 'Tháng 4']) {
      const { session, preview } = await stageFile(store, { kind: 'file', path: f }, {}, name);
      expect(codes(preview, 'error')).toEqual([]);
      session.commit();
      session.dispose();
    }
    expect(stored().filter((r) => r.startsWith('Hà Nội'))).toEqual([
      'Hà Nội | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-05 | 2000 | C3',
      'Hà Nội | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-04 | 1000 | C3',
    ]);
  });

  it('the one KPI column under a title that names it longer, with its unit: a count "12,345" is read whole', async () => {
    const f = writeTemp(
      'title-kpi.csv',
      'Số giao dịch thanh toán trực tuyến tháng 6/2026 (giao dịch)\nSTT,Tỉnh,Số giao dịch\n1,Hà Nội,"12,345"\n2,Lai Châu,"24,690"\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hà Nội | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-06 | 12345 | C3',
      'Lai Châu | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-06 | 24690 | C4',
    ]);
  });

  it('a portal page: the heading\'s unit line is read, a change "so với tháng trước" is set aside', async () => {
    const f = writeTemp(
      'portal.html',
      `<html><body><h2>Thống kê hồ sơ trực tuyến tháng 6/2026</h2><p><em>Đơn vị tính: hồ sơ</em></p>
<table><tr><th>STT</th><th>Tỉnh, thành phố</th><th>Số hồ sơ trực tuyến</th><th>Tỷ lệ so với tháng trước (%)</th></tr>
<tr><td>1</td><td>Hà Nội</td><td>12.000</td><td>3,5</td></tr><tr><td>2</td><td>Lai Châu</td><td>1.500</td><td>-1,2</td></tr></table></body></html>`,
    );
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hà Nội | Số hồ sơ trực tuyến (hồ sơ) | 2026-06 | 12000 | C2',
      'Lai Châu | Số hồ sơ trực tuyến (hồ sơ) | 2026-06 | 1500 | C3',
    ]);
  });

  it('"Không phát sinh" is no figure; "(TCNSCĐ)" is the stored KPI\'s unit tổ, not a second KPI', async () => {
    const table = (unit: string, v: string) =>
      writeTemp(
        'to.csv',
        `Tỉnh,Số tổ công nghệ số cộng đồng tháng 6/2026 (${unit})\nHà Nội,${v}\nLai Châu,Không phát sinh\n`,
      );
    expect(codes(await importFile(table('tổ', '708')), 'error')).toEqual([]);
    const again = await importFile(table('TCNSCĐ', '708'));
    expect(again.counts).toMatchObject({ unchanged: 1, new: 0 });
    expect(again.problems.map((p) => p.code)).not.toContain('kpiOtherUnit');
    expect(stored()).toEqual(['Hà Nội | Số tổ công nghệ số cộng đồng (tổ) | 2026-06 | 708 | B2']);
  });

  it('a signing block with its titles side by side ("Người lập biểu | | Thủ trưởng đơn vị") ends the table', async () => {
    const f = writeWorkbook('ky.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN THÁNG 6/2026 (%)'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          [1, 'Hà Nội', 60],
          [2, 'Lai Châu', 61],
          [],
          [null, 'Người lập biểu', null, 'Thủ trưởng đơn vị'],
          [null, 'Nguyễn Văn A', null, 'Trần Văn B'],
        ],
      },
    ]);
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(stored()).toHaveLength(2);
  });

  it('"Quý I/2025 | Quý I/2026" for group 34: the earlier quarter restated for the 34, said (was: refused either way)', async () => {
    const f = writeTemp(
      'yoy.csv',
      // (with a unit that merged: a table of provinces left as they were only is taken, each value
      // on its period's list — round 76, round75.test.ts)
      'DOANH THU THƯƠNG MẠI ĐIỆN TỬ (tỷ đồng)\nTỉnh,Quý I/2025,Quý I/2026\nHà Nội,100,120\nQuảng Trị,10,12\n',
    );
    const refused = await importFile(f);
    expect(codes(refused, 'error')).toEqual(['periodOutsideList']);
    expect(refused.problems[0]!.messageEn).toContain('or import them all for the 34-unit list');
    const preview = await importFile(f, { group: 34 });
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toContain('listFollowsPeriod');
    expect(stored()).toHaveLength(4);
  });

  it('a corrected copy missing 4 of 34 values still says they are kept (a third at most)', async () => {
    const units = store.units.list('2025').map((u) => u.name);
    const table = (rows: string[]) =>
      writeTemp('kpi.csv', ['Tỉnh,Số hồ sơ tháng 6/2026 (hồ sơ)', ...rows].join('\n'));
    await importFile(table(units.map((u, i) => `${u},${100 + i}`)));
    const preview = await importFile(table(units.slice(4).map((u, i) => `${u},${104 + i}`)));
    const w = preview.problems.filter((p) => p.code === 'storedNotInFile');
    expect(w).toHaveLength(1);
    expect(w[0]!.messageEn).toContain('4 stored value(s)');
  });

  it('a column shifted up over its last six rows only: one error at the row it starts', async () => {
    const f = writeWorkbook('tail.xlsx', [{ name: 'S', rows: detailTable2022('up', 3, 57) }]);
    const preview = await importFile(f, { year: 2022, group: 63, kind: 'ranking' });
    const e = preview.problems.filter((p) => p.severity === 'error');
    expect(e.map((p) => [p.code, p.cell])).toEqual([['formulaMismatch', 'D59']]);
  });
});

describe('a figure of the year 2025 for an unchanged unit, in two layouts (tester round 23)', () => {
  it('goes to one unit (its unit of the 34) whether long or a province report (was: one each, the value twice)', async () => {
    const long = writeTemp(
      'long.csv',
      'Tỉnh,Chỉ tiêu,Kỳ,Giá trị\nHà Nội,Số hồ sơ trực tuyến (hồ sơ),Năm 2025,98.765\n',
    );
    const report = writeTemp(
      'report.csv',
      'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÀNH PHỐ HÀ NỘI NĂM 2025\nSTT,Chỉ tiêu,Đơn vị tính,Năm 2025\n1,Số hồ sơ trực tuyến,hồ sơ,98.765\n',
    );
    const first = await importFile(long);
    expect(codes(first, 'error')).toEqual([]);
    const second = await importFile(report);
    expect(codes(second, 'error')).toEqual([]);
    expect(second.counts).toMatchObject({ unchanged: 1, new: 0 });
    expect(second.problems.map((p) => p.code)).not.toContain('storedNotInFile');
    const lists = store.db
      .prepare(
        `SELECT DISTINCT u.code_list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user'`,
      )
      .pluck()
      .all();
    expect(lists).toEqual(['2025']);
  });
});

describe('tester round 24', () => {
  it('a title naming a region after the KPI leaves a column that names its KPI with its unit alone (was: a KPI named with the region)', async () => {
    const f = writeTemp(
      'region.csv',
      'SỐ HỒ SƠ TRỰC TUYẾN THÁNG 2/2026 CÁC TỈNH MIỀN NÚI PHÍA BẮC (hồ sơ)\nSTT,Tỉnh,Số hồ sơ trực tuyến (hồ sơ)\n1,Lai Châu,1037\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual(['Lai Châu | Số hồ sơ trực tuyến (hồ sơ) | 2026-02 | 1037 | C3']);
  });

  it('the short KPI column beside a rate still takes the title\'s KPI and unit: "12,345" read whole', async () => {
    const f = writeTemp(
      'short-rate.csv',
      'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN THÁNG 6/2026 (giao dịch)\nSTT,Tỉnh,Số giao dịch,Tỷ lệ thanh toán trực tuyến (%)\n1,Hà Nội,"12,345","40,0"\n2,Lai Châu,"24,690","35,5"\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored().filter((r) => r.includes('giao dịch'))).toEqual([
      'Hà Nội | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-06 | 12345 | C3',
      'Lai Châu | Số giao dịch thanh toán trực tuyến (giao dịch) | 2026-06 | 24690 | C4',
    ]);
  });

  it('a signing block whose titles fall in the value column ends the table (was: the column "not recognised")', async () => {
    const f = writeWorkbook('sign.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ HỒ SƠ TRỰC TUYẾN THÁNG 6/2026 (hồ sơ)'],
          ['STT', 'Tỉnh, thành phố', 'Số hồ sơ trực tuyến'],
          [1, 'Hà Nội', 4703],
          [2, 'Lai Châu', 2369],
          [null, 'Người lập biểu', 'Thủ trưởng đơn vị'],
          [null, 'Nguyễn Văn A', 'Trần Văn B'],
        ],
      },
    ]);
    const preview = await importFile(f);
    expect(codes(preview, 'error')).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(stored()).toHaveLength(2);
  });

  it.each([
    ['up', 'D61'],
    ['down', 'D61'],
  ] as const)(
    'a column shifted %s over its last four rows only: one error (was: committed)',
    async (shift, cell) => {
      const f = writeWorkbook('last4.xlsx', [{ name: 'S', rows: detailTable2022(shift, 3, 59) }]);
      const preview = await importFile(f, { year: 2022, group: 63, kind: 'ranking' });
      const e = preview.problems.filter((p) => p.severity === 'error');
      expect(e.map((p) => [p.code, p.cell])).toEqual([['formulaMismatch', cell]]);
      expect(stored()).toEqual([]);
    },
  );

  it('a title "… QUÝ I (hồ sơ)" over "Quý I/2025 | Quý I/2026": the quarter is no part of the KPI\'s name', async () => {
    const f = writeTemp(
      'q1.csv',
      'SỐ HỒ SƠ TRỰC TUYẾN QUÝ I (hồ sơ)\nTỉnh,Quý I/2025,Quý I/2026\nLai Châu,100,120\n',
    );
    const { session } = await stageFile(store, { kind: 'file', path: f });
    expect(session.target?.indicator).toBe('Số hồ sơ trực tuyến (hồ sơ)');
    session.dispose();
  });

  it("an unchanged province's own report of Quý I–IV 2025: Quý I–II on its unit of the 63, III–IV on the 34's, nothing to say; a merged one's all on the 34's, its first half said as restated (round 76; was refused)", async () => {
    const report = (name: string) =>
      writeTemp(
        'q.csv',
        `BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH ${name} NĂM 2025\nSTT,Chỉ tiêu,Quý I/2025,Quý II/2025,Quý III/2025,Quý IV/2025\n1,Số hồ sơ trực tuyến (hồ sơ),100,110,120,130\n`,
      );
    const same = await importFile(report('LAI CHÂU'));
    expect(codes(same, 'error')).toEqual([]);
    expect(same.problems.map((p) => p.code)).not.toContain('listFollowsPeriod');
    const lists = store.db
      .prepare(
        `SELECT DISTINCT u.code_list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user'`,
      )
      .pluck()
      .all();
    expect(lists.sort()).toEqual(['2025', 'gso2004']);
    const merged = await importFile(report('QUẢNG TRỊ'));
    expect(codes(merged, 'error')).toEqual([]);
    expect(merged.problems.find((p) => p.code === 'listFollowsPeriod')?.messageEn).toContain('restated');
  });
});

describe('tester round 25', () => {
  it('a title naming a region after the KPI: the KPI without it, and the short column takes it', async () => {
    const f = writeTemp(
      'region-short.csv',
      'SỐ HỒ SƠ TRỰC TUYẾN THÁNG 2/2026 CÁC TỈNH MIỀN NÚI PHÍA BẮC (hồ sơ)\nSTT,Tỉnh,Số hồ sơ\n1,Lai Châu,1037\n2,Điện Biên,1111\n',
    );
    expect(codes(await importFile(f), 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Lai Châu | Số hồ sơ trực tuyến (hồ sơ) | 2026-02 | 1037 | C3',
      'Điện Biên | Số hồ sơ trực tuyến (hồ sơ) | 2026-02 | 1111 | C4',
    ]);
  });

  it.each([
    ['QUÝ II', '2026-04..2026-06'],
    ['THÁNG 5', '2026-05'],
  ])(
    'a title ending "%s" without a year, with the year given: that part of it (was: the whole year)',
    async (part, period) => {
      const f = writeTemp(
        'part.csv',
        `SỐ HỒ SƠ TRỰC TUYẾN ${part} (hồ sơ)\nSTT,Tỉnh,Số hồ sơ trực tuyến\n1,Lai Châu,1037\n`,
      );
      const { session } = await importLikeCli(store, f, 2026);
      expect(session.target?.period).toBe(period);
      session.dispose();
      // (as the wizard sends it: the year typed, no period)
      const wizard = await stageFile(
        store,
        { kind: 'file', path: f },
        { year: 2026, period: null, group: 34 },
      );
      expect(wizard.preview.target.period).toBe(period);
      wizard.session.dispose();
    },
  );
});

describe('tester round 26', () => {
  it('a title of two quarters ("QUÝ III VÀ QUÝ IV NĂM 2025") is their months, not the last one', () => {
    expect(periodFromTitle(['SỐ HỒ SƠ TRỰC TUYẾN QUÝ III VÀ QUÝ IV NĂM 2025'])).toBe('2025-07..2025-12');
    expect(periodFromTitle(['Số hồ sơ quý 1, quý 2 năm 2026'])).toBe('2026-01..2026-06');
    expect(periodFromTitle(['SỐ HỒ SƠ TRỰC TUYẾN QUÝ III/2025'])).toBe('2025-07..2025-09');
  });
});
