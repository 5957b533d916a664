// Layout shapes the third sweep found mis-read: quarter and month columns without a year, a year
// merged over its quarters, KPI names holding a pillar's words, a unit-of-measure row under the
// header, a table far down or far right on a sheet, two tables stacked on one sheet, and a table
// turned on its side.
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  classifyHeader,
  detectLayout,
  indicatorFromTitle,
  isYearlessPeriod,
  normalisePeriod,
  normalizeHeader,
} from '../../src/main/imports/layout';
import { Store } from '../../src/main/store';
import type { CellRange, RawCell } from '../../src/shared/imports/types';
import { DETAIL_HEADERS_2022, RANKING_HEADERS_2022 } from '../fixtures/generate';
import { tempDir } from '../store/helpers';
import { referenceCsv, stageFile, writeWorkbook, errorCodes, DETAIL_FIELDS_2022 } from './helpers';

const table = (rows: RawCell[][], merges: CellRange[] = []) => ({
  file: 't.xlsx',
  sheet: 'Sheet1',
  hidden: false,
  rows,
  hiddenRows: [],
  merges,
});
const mappings = (rows: RawCell[][], merges: CellRange[] = []) =>
  detectLayout(table(rows, merges)).columns.map((c) => c.mapping);

let store: Store;
let dir: string;
beforeEach(() => {
  dir = tempDir('dti-layout-r3-');
  store = new Store(path.join(dir, 'i.db'));
});
afterEach(() => store.close());

const writeBook = (name: string, rows: RawCell[][], merges: XLSX.Range[] = []): string =>
  writeWorkbook(name, [{ name: 'Dữ liệu', rows, merges }]);
const storedKpi = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS name, i.unit_of_measure AS uom, u.name_vi AS unit, o.period, o.value
       FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
       WHERE i.kind = 'kpi' AND o.layer = 'user' ORDER BY i.name_vi, u.name_vi, o.period`,
    )
    .all() as { name: string; uom: string | null; unit: string; period: string; value: number }[];
const errors = errorCodes;

const QUARTERS_2024 = ['2024-01..2024-03', '2024-04..2024-06', '2024-07..2024-09', '2024-10..2024-12'];

describe('quarter and month columns written without a year', () => {
  it.each([
    ['Q1 … Q4', ['Q1', 'Q2', 'Q3', 'Q4'], QUARTERS_2024],
    ['Quý I … Quý IV', ['Quý I', 'Quý II', 'Quý III', 'Quý IV'], QUARTERS_2024],
    ['Tháng 1 … Tháng 3', ['Tháng 1', 'Tháng 2', 'Tháng 3'], ['2024-01', '2024-02', '2024-03']],
    ['T1 … T3', ['T1', 'T2', 'T3'], ['2024-01', '2024-02', '2024-03']],
  ])('%s under a title with the year are periods of that year', (_, heads, periods) => {
    const l = detectLayout(
      table([
        ['TỶ LỆ DVCTT TOÀN TRÌNH THEO QUÝ NĂM 2024'],
        ['Đơn vị', ...heads],
        ['Bình Phước', ...heads.map((_h, i) => 40 + i)],
        ['Đồng Nai', ...heads.map((_h, i) => 30 + i)],
      ]),
    );
    expect(l.kind).toBe('kpi-wide-period');
    expect(l.columns.map((c) => c.mapping)).toEqual([
      { field: 'unit' },
      ...periods.map((period) => ({ field: 'kpi.valueForPeriod', period })),
    ]);
    // the table's one indicator is the title's, not "Q1"
    expect(indicatorFromTitle(l.titleHints.titles, 'Quý')).toBe('Tỷ lệ DVCTT toàn trình');
  });

  it('with no year anywhere they are still periods, whose year is asked (never indicators "Q1")', () => {
    const l = detectLayout(
      table([
        ['Đơn vị', 'Q1', 'Q2', 'T3'],
        ['Bình Phước', 40.1, 41.2, 12],
      ]),
    );
    expect(l.columns.slice(1).map((c) => c.mapping)).toEqual([
      { field: 'kpi.valueForPeriod', period: 'Q1' },
      { field: 'kpi.valueForPeriod', period: 'Q2' },
      { field: 'kpi.valueForPeriod', period: 'T3' },
    ]);
    for (const c of l.columns.slice(1)) {
      const p = (c.mapping as { period: string }).period;
      expect(isYearlessPeriod(p)).toBe(true);
    }
    // the year the user gives completes them
    expect(normalisePeriod('Q1', 2024)).toBe('2024-01..2024-03');
    expect(normalisePeriod('T3', 2024)).toBe('2024-03');
    expect(normalisePeriod('Q1')).toBe('Q1');
  });

  it('a unit after the title year stays with the indicator name', () => {
    expect(indicatorFromTitle(['Số hồ sơ trực tuyến tiếp nhận năm 2023 (hồ sơ)'], null)).toBe(
      'Số hồ sơ trực tuyến tiếp nhận (hồ sơ)',
    );
    expect(indicatorFromTitle(['TỶ TRỌNG KINH TẾ SỐ TRONG GRDP NĂM 2023'], null)).toBe(
      'Tỷ trọng kinh tế số trong GRDP',
    );
    expect(indicatorFromTitle(['VÙNG PHỦ SÓNG 4G CÁC THÁNG NĂM 2024'], null)).toBe('Vùng phủ sóng 4G');
  });

  it('imports "T1 … T3" under "… năm 2023 (hồ sơ)" as months of 2023 of the title’s KPI', async () => {
    const f = writeBook('thang.xlsx', [
      ['Số hồ sơ trực tuyến tiếp nhận năm 2023 (hồ sơ)'],
      ['Đơn vị', 'T1', 'T2', 'T3'],
      ['Bình Phước', 1200, 1300, 1400],
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(storedKpi()).toEqual([
      {
        name: 'Số hồ sơ trực tuyến tiếp nhận',
        uom: 'hồ sơ',
        unit: 'Bình Phước',
        period: '2023-01',
        value: 1200,
      },
      {
        name: 'Số hồ sơ trực tuyến tiếp nhận',
        uom: 'hồ sơ',
        unit: 'Bình Phước',
        period: '2023-02',
        value: 1300,
      },
      {
        name: 'Số hồ sơ trực tuyến tiếp nhận',
        uom: 'hồ sơ',
        unit: 'Bình Phước',
        period: '2023-03',
        value: 1400,
      },
    ]);
  });
});

describe('a year over its quarters (two-row header)', () => {
  const rows: RawCell[][] = [
    ['Đơn vị', 'Chỉ tiêu', 'Năm 2024'],
    [null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
    ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 40.1, 41.2, 42.3, 43.4],
    ['Đồng Nai', 'Tỷ lệ DVCTT toàn trình', 30.1, 31.2, 32.3, 33.4],
  ];
  const want = [
    { field: 'unit' },
    { field: 'kpi.indicator' },
    ...QUARTERS_2024.map((period) => ({ field: 'kpi.valueForPeriod', period })),
  ];

  it('"Năm 2024" typed once over "Quý I | … | Quý IV" (no merge, a short first row)', () => {
    const l = detectLayout(table(rows));
    expect(l.headerRows).toEqual([1, 2]);
    expect(l.dataRows).toEqual([3, 4]);
    expect(l.columns.map((c) => c.mapping)).toEqual(want);
  });

  it('and merged over them', () => {
    const merges = [
      { fromRow: 1, toRow: 1, fromCol: 3, toCol: 6 },
      { fromRow: 1, toRow: 2, fromCol: 1, toCol: 1 },
      { fromRow: 1, toRow: 2, fromCol: 2, toCol: 2 },
    ];
    expect(mappings(rows, merges)).toEqual(want);
  });

  it('imports the four quarters of 2024', async () => {
    const f = writeBook('quy.xlsx', rows, [
      { s: { r: 0, c: 2 }, e: { r: 0, c: 5 } },
      { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
      { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(storedKpi().map((r) => `${r.unit} ${r.period} ${r.value}`)).toEqual([
      'Bình Phước 2024-01..2024-03 40.1',
      'Bình Phước 2024-04..2024-06 41.2',
      'Bình Phước 2024-07..2024-09 42.3',
      'Bình Phước 2024-10..2024-12 43.4',
      'Đồng Nai 2024-01..2024-03 30.1',
      'Đồng Nai 2024-04..2024-06 31.2',
      'Đồng Nai 2024-07..2024-09 32.3',
      'Đồng Nai 2024-10..2024-12 33.4',
    ]);
  });
});

describe('KPI names that hold a pillar’s or a main index’s words', () => {
  const kpi = (indicator: string) => ({ field: 'kpi.valueForIndicator', indicator });

  it('are KPI columns of a KPI table, not DTI scores', () => {
    const heads = [
      'Tỷ lệ DVCTT toàn trình (%)',
      'Tỷ trọng kinh tế số trong GRDP (%)',
      'Số sự cố an toàn thông tin mạng được xử lý',
      'Tỷ lệ hộ gia đình có kết nối hạ tầng số băng rộng (%)',
    ];
    const l = detectLayout(
      table([
        ['MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
        ['Đơn vị', ...heads],
        ['Bình Phước', 52.25, 12.5, 37, 80.5],
        ['Đồng Nai', 44.9, 15.1, 52, 85.2],
      ]),
    );
    expect(l.kind).toBe('kpi-wide-indicator');
    expect(l.columns.map((c) => c.mapping)).toEqual([{ field: 'unit' }, ...heads.map(kpi)]);
  });

  it('with a period column and fractions', () => {
    expect(
      mappings([
        ['Đơn vị', 'Năm', 'Tỷ trọng kinh tế số trong GRDP', 'Tỷ lệ doanh nghiệp sử dụng nền tảng số'],
        ['Bình Phước', 2023, 0.125, 0.45],
        ['Đồng Nai', 2023, 0.151, 0.52],
      ]),
    ).toEqual([
      { field: 'unit' },
      { field: 'kpi.period' },
      kpi('Tỷ trọng kinh tế số trong GRDP'),
      kpi('Tỷ lệ doanh nghiệp sử dụng nền tảng số'),
    ]);
  });

  it('a pillar-named column among named KPIs is one more KPI, not a score the KPI import drops', () => {
    expect(
      mappings([
        ['CÁC CHỈ TIÊU NĂM 2023'],
        ['Đơn vị', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Chỉ số xã hội số của tỉnh'],
        ['Bình Phước', 0.82, 0.41],
        ['Đồng Nai', 0.85, 0.45],
      ]),
    ).toEqual([
      { field: 'unit' },
      kpi('Tỷ lệ dân số trưởng thành có điện thoại thông minh'),
      kpi('Chỉ số xã hội số của tỉnh'),
    ]);
  });

  it.each([
    'Tỷ trọng kinh tế số trong GRDP (%)',
    'Số sự cố an toàn thông tin mạng được xử lý',
    'Tỷ lệ hộ gia đình có kết nối hạ tầng số băng rộng',
    'Doanh thu thương mại điện tử của doanh nghiệp kinh tế số',
    'Hộ có kết nối hạ tầng số (%)',
  ])('"%s" is never read as a score', (h) => {
    for (const ctx of [false, true]) {
      const f = classifyHeader(h, normalizeHeader(h), ctx).mapping.field;
      expect(f).not.toMatch(/\.score$|^idx\./);
    }
  });

  it('ranking tables keep their pillar and index columns', () => {
    const rank = (headers: string[], row: RawCell[]) => detectLayout(table([headers, row]));
    expect(
      rank(DETAIL_HEADERS_2022, [1, 'Bình Phước', 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.66]).columns.map(
        (c) => c.mapping.field,
      ),
    ).toEqual(DETAIL_FIELDS_2022);
    expect(rank(RANKING_HEADERS_2022, [1, 'Bình Phước', 1, 2, 3]).kind).toBe('ranking');
    // bare pillars, no rank, no KPI name: a ranking
    expect(
      rank(['Tỉnh', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'], ['Bình Phước', 0.8, 0.7, 0.6]).columns.map(
        (c) => c.mapping.field,
      ),
    ).toEqual(['unit', 'cqs.score', 'kts.score', 'xhs.score']);
    // a KPI next to the DTI score: still a ranking (the KPI is set aside and reported)
    const withKpi = rank(['Tỉnh', 'Điểm DTI', 'Xếp hạng', 'Tỷ lệ DVCTT (%)'], ['Bình Phước', 0.8, 1, 50]);
    expect(withKpi.kind).toBe('ranking');
    expect(withKpi.columns.map((c) => c.mapping.field)).toEqual(['unit', 'dti.score', 'dti.rank', 'ignore']);
  });

  it('imports the four KPIs with no score-range error', async () => {
    const f = writeBook('kpi.xlsx', [
      ['MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023'],
      ['Đơn vị', 'Tỷ trọng kinh tế số trong GRDP (%)', 'Số sự cố an toàn thông tin mạng được xử lý'],
      ['Bình Phước', 12.5, 37],
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(storedKpi()).toEqual([
      {
        name: 'Số sự cố an toàn thông tin mạng được xử lý',
        uom: null,
        unit: 'Bình Phước',
        period: '2023',
        value: 37,
      },
      { name: 'Tỷ trọng kinh tế số trong GRDP', uom: '%', unit: 'Bình Phước', period: '2023', value: 12.5 },
    ]);
  });
});

describe('a unit-of-measure row under KPI headers', () => {
  const heads = [
    'Đơn vị',
    'Tỷ lệ DVCTT toàn trình',
    'Thanh toán trực tuyến phí, lệ phí',
    'Số Tổ công nghệ số cộng đồng',
  ];
  const data: RawCell[][] = [
    ['Bình Phước', 52.25, 8100, 1110],
    ['Đồng Nai', 44.9, 9100, 1600],
  ];

  it.each([
    ['unlabelled', null],
    ['labelled "Đơn vị tính"', 'Đơn vị tính'],
  ])('%s: is the header’s last row, and each unit goes with its column', (_, label) => {
    const l = detectLayout(
      table([['CÁC CHỈ TIÊU NĂM 2023'], heads, [label, '%', 'giao dịch', 'tổ'], ...data]),
    );
    expect(l.headerRows).toEqual([2, 3]);
    expect(l.dataRows).toEqual([4, 5]);
    expect(l.columns.map((c) => c.mapping)).toEqual([
      { field: 'unit' },
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ DVCTT toàn trình (%)' },
      { field: 'kpi.valueForIndicator', indicator: 'Thanh toán trực tuyến phí, lệ phí (giao dịch)' },
      { field: 'kpi.valueForIndicator', indicator: 'Số Tổ công nghệ số cộng đồng (tổ)' },
    ]);
  });

  it('under a two-row header, a group typed once over its KPIs', () => {
    const l = detectLayout(
      table([
        ['Đơn vị', 'Dịch vụ công trực tuyến'],
        [null, 'Tỷ lệ DVCTT toàn trình', 'Số hồ sơ trực tuyến'],
        [null, '%', 'hồ sơ'],
        ['Bình Phước', 52.25, 8100],
      ]),
    );
    expect(l.headerRows).toEqual([1, 2, 3]);
    expect(l.dataRows).toEqual([4]);
    expect(l.columns.slice(1).map((c) => c.header)).toEqual([
      'Dịch vụ công trực tuyến / Tỷ lệ DVCTT toàn trình (%)',
      'Dịch vụ công trực tuyến / Số hồ sơ trực tuyến (hồ sơ)',
    ]);
    expect(l.kind).toBe('kpi-wide-indicator');
  });

  it('a unit the name splitter does not list is still carried, said as one', () => {
    const l = detectLayout(table([heads.slice(0, 2), [null, 'chiếc'], ['Bình Phước', 5]]));
    expect(l.columns[1]!.mapping).toEqual({
      field: 'kpi.valueForIndicator',
      indicator: 'Tỷ lệ DVCTT toàn trình (ĐVT: chiếc)',
    });
  });

  it('"Điểm | Điểm" under pillars and an all-text data row are not unit rows', () => {
    const l = detectLayout(
      table([
        ['Tỉnh', 'Chính quyền số', 'Kinh tế số'],
        ['Bình Phước', 'N/A', 'N/A'],
        ['Đồng Nai', 0.5, 0.6],
      ]),
    );
    expect(l.headerRows).toEqual([1]);
    expect(l.dataRows).toEqual([2, 3]);
  });

  it('imports the values with their units, none of the unit row as data', async () => {
    const f = writeBook('dvt.xlsx', [
      ['CÁC CHỈ TIÊU NĂM 2023'],
      heads,
      ['Đơn vị tính', '%', 'giao dịch', 'tổ'],
      ...data,
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errors(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
    session.commit();
    const rows = storedKpi().filter((r) => r.unit === 'Bình Phước');
    expect(rows.map((r) => [r.name, r.uom, r.value])).toEqual([
      ['Số Tổ công nghệ số cộng đồng', 'tổ', 1110],
      ['Thanh toán trực tuyến phí, lệ phí', 'giao dịch', 8100],
      ['Tỷ lệ DVCTT toàn trình', '%', 52.25],
    ]);
  });
});

describe('a table far down or far right on the sheet', () => {
  const provinces = referenceCsv('provinces_63.csv').slice(0, 10);
  const at = (top: number, left: number, width: number, junk: (r: number) => RawCell[] = () => []) => {
    const rows: RawCell[][] = Array.from({ length: top - 1 }, (_, r) => junk(r));
    const pad = Array<RawCell>(left - 1).fill(null);
    rows[top - 3] = [...pad, 'XẾP HẠNG DTI CẤP TỈNH NĂM 2022'];
    rows.push([...pad, 'Xếp hạng DTI', 'Tỉnh, thành phố', 'Điểm DTI']);
    provinces.forEach((p, i) => rows.push([...pad, i + 1, p['name_vi']!, 0.8 - i / 100]));
    for (const r of rows) while (r.length < width) r.push(null);
    return rows;
  };

  it('a header at A32 under blank rows', () => {
    const l = detectLayout(table(at(32, 1, 3)));
    expect(l.headerRows).toEqual([32]);
    expect(l.dataRows).toHaveLength(10);
    expect(l.columns.map((c) => c.mapping.field)).toEqual(['dti.rank', 'unit', 'dti.score']);
    expect(l.titleHints.year).toBe(2022);
  });

  it('a table at CV40 of a 200-column sheet, numbers in column A above it', () => {
    const l = detectLayout(table(at(40, 100, 200, (r) => (r >= 3 ? [r * 3] : ['Bảng tổng hợp của phòng']))));
    expect(l.headerRows).toEqual([40]);
    expect(l.dataRows[0]).toBe(41);
    expect(l.columns.slice(99, 102).map((c) => c.mapping.field)).toEqual(['dti.rank', 'unit', 'dti.score']);
  });

  it('a header 150 rows down under a long block of notes', () => {
    const l = detectLayout(table(at(150, 1, 3, (r) => [`Ghi chú số ${r + 1}`])));
    expect(l.headerRows).toEqual([150]);
    expect(l.kind).toBe('ranking');
  });

  it('imports the table at A32', async () => {
    const f = writeBook('a32.xlsx', at(32, 1, 3));
    const { preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(errors(preview)).toEqual([]);
    expect(preview.counts.rows).toBe(10);
  });
});

describe('two tables stacked on one sheet', () => {
  const ranking: RawCell[][] = [
    ['KẾT QUẢ CHỈ SỐ DTI CẤP TỈNH NĂM 2022'],
    ['Xếp hạng', 'Tỉnh, thành phố', 'Điểm DTI', 'Điểm CQS'],
    [1, 'TP. Đà Nẵng', 0.8002, 0.8502],
    [2, 'TP. Hồ Chí Minh', 0.7163, 0.7663],
    [3, 'Quảng Ninh', 0.7024, 0.7524],
  ];
  const second: RawCell[][] = [
    ['Bảng 2. Điểm trung bình theo vùng kinh tế - xã hội'],
    ['Vùng', 'Điểm DTI trung bình', 'Số tỉnh'],
    ['Đồng bằng sông Hồng', 0.55, 5],
    ['Cả nước', '0,6153', 63],
  ];

  it('the data ends with the first table ("Bảng 2 …" after two blank rows)', () => {
    const l = detectLayout(table([...ranking, [], [], ...second]));
    expect(l.dataRows).toEqual([3, 4, 5]);
    expect(l.dataEndRow).toBe(5);
    expect(l.nextTableRow).toBe(8);
    expect(l.kind).toBe('ranking');
  });

  it('after a source line, and with no title over the second header', () => {
    const l = detectLayout(table([...ranking, ['Nguồn: Bộ TT&TT'], [], ...second.slice(1)]));
    expect(l.dataEndRow).toBe(5);
    expect(l.footnoteRows).toEqual([6]);
    expect(l.nextTableRow).toBe(8);
  });

  it('the same header again (a table printed in blocks) and blank separators do not end it', () => {
    const blocks = detectLayout(
      table([
        ['NĂM 2022'],
        ['Đơn vị', 'Tỷ lệ DVCTT toàn trình (%)'],
        ['Bình Phước', 35.5],
        [],
        ['Đơn vị', 'Tỷ lệ DVCTT toàn trình (%)'],
        ['Bình Dương', 52.25],
      ]),
    );
    expect(blocks.dataEndRow).toBeNull();
    // With a title line of its own ("NĂM 2023"), the block is another table: another period's
    // values, not more rows of this one (said at its row; test/imports/sweep8Headers.test.ts).
    const titled = detectLayout(
      table([
        ['NĂM 2022'],
        ['Đơn vị', 'Tỷ lệ DVCTT toàn trình (%)'],
        ['Bình Phước', 35.5],
        [],
        ['NĂM 2023'],
        ['Đơn vị', 'Tỷ lệ DVCTT toàn trình (%)'],
        ['Bình Phước', 52.25],
      ]),
    );
    expect(titled.nextTableRow).toBe(5);
    expect(titled.dataEndRow).toBe(3);
    const long = detectLayout(
      table([
        ['Đơn vị', 'Chỉ tiêu', 'Kỳ', 'Giá trị'],
        ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'Quý I/2024', 40.1],
        [],
        ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'Quý II/2024', 'N/A'],
        [],
        ['Bình Phước', 'Tỷ lệ DVCTT toàn trình', 'Quý III/2024', 42.3],
      ]),
    );
    expect(long.dataEndRow).toBeNull();
    expect(long.dataRows).toEqual([2, 4, 6]);
  });
});

describe('a table turned on its side (units across a row)', () => {
  it('is flagged once, with the row of unit names', () => {
    const names = referenceCsv('provinces_63.csv').map((p) => p['dti_label_2022']!);
    const l = detectLayout(
      table([
        ['CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022'],
        ['Chỉ tiêu', ...names],
        ['Xếp hạng DTI', ...names.map((_, i) => i + 1)],
        ['Điểm DTI (PDTI)', ...names.map((_, i) => 0.8 - i / 100)],
      ]),
    );
    expect(l.unitsAcross).toEqual({ row: 2, units: 63 });
  });

  it('an ordinary ranking is not', () => {
    const l = detectLayout(
      table([
        ['Xếp hạng', 'Tỉnh, thành phố', 'Điểm DTI'],
        [1, 'TP. Đà Nẵng', 0.8],
        [2, 'Hà Nội', 0.7],
      ]),
    );
    expect(l.unitsAcross).toBeNull();
  });
});
