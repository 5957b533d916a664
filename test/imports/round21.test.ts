// What tester round 20 left, and tester round 21: real-looking files that were refused or read
// without what they say (an estimate's period, a year per column, "Mar-24", a unit written without
// marks or in English, the table's unit on a line of its own). Each test imports the file as the
// wizard does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { normalisePeriod } from '../../src/main/imports/layout/periods';
import { isEstimateHeader, withoutEstimateMark } from '../../src/main/imports/layout/headerVocabulary';
import { splitIndicatorName } from '../../src/shared/imports/indicatorNames';
import { Store } from '../../src/main/store';
import type { ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round21-'), 'r.db'));
});

/** Stages FILE (the proposed mapping, `override` on the target); commits when it can. */
async function importFile(file: string, override: Partial<ImportTarget> = {}) {
  const { session, preview } = await stageFile(store, { kind: 'file', path: file }, override);
  if (preview.canCommit) session.commit();
  session.dispose();
  return preview;
}

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
