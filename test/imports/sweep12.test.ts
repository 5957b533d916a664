// Layouts of KPI tables that were refused until the twelfth round: a rank under a period's group,
// a quarter over its months, and headers of three rows.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { readSheet } from '../../src/main/imports/readers';
import { detectLayout } from '../../src/main/imports/layout/detectLayout';
import { parsePeriodHeader } from '../../src/main/imports/layout/headerVocabulary';
import {
  errorCodes,
  importLikeCli,
  stageFile,
  storedRanking,
  writeTemp,
  writeWorkbook,
  storedUnitLists,
} from './helpers';
import { parseHtmlTables } from '../../src/main/imports/readers/text/htmlTable';
import { INDEX_2020_FIELDS, rankPartners } from '../../src/shared/imports/fields';
import { DETAIL_HEADERS_2022, published2022, RANKING_HEADERS_2022, TITLE_2022 } from '../fixtures/generate';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-sweep12-'), 't.db'));
});

const M = (r1: number, c1: number, r2: number, c2: number) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

const stored = () =>
  store.db
    .prepare(
      `SELECT u.name_vi AS unit, i.name_vi AS name, i.unit_of_measure AS uom, o.period, o.value, o.rank, o.rank_of AS rankOf
       FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
       WHERE o.layer = 'user' ORDER BY u.name_vi, i.name_vi, o.period`,
    )
    .all() as {
    unit: string;
    name: string;
    uom: string | null;
    period: string;
    value: number;
    rank: number | null;
    rankOf: number | null;
  }[];

const errors = (p: { problems: { severity: string; code: string }[] }) =>
  p.problems.filter((x) => x.severity === 'error').map((x) => x.code);

describe('a rank under a period, beside the value (the KPI in the title)', () => {
  it('"Năm 2024" over "KH | TH | Xếp hạng": TH is the value and the rank is its rank; KH is set aside', async () => {
    const file = writeWorkbook('kh-th-rank.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Năm 2024', null, null],
          [null, null, 'KH', 'TH', 'Xếp hạng'],
          [1, 'Bình Phước', 60, '62,5', 11],
          [2, 'Đồng Nai', 70, '68,1', 7],
        ],
        merges: [M(2, 0, 3, 0), M(2, 1, 3, 1), M(2, 2, 2, 4)],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toContain('planTargetColumn');
    session.commit();
    expect(stored()).toEqual([
      {
        unit: 'Bình Phước',
        name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        uom: '%',
        period: '2024',
        value: 62.5,
        rank: 11,
        rankOf: 63,
      },
      {
        unit: 'Đồng Nai',
        name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        uom: '%',
        period: '2024',
        value: 68.1,
        rank: 7,
        rankOf: 63,
      },
    ]);
  });

  it('two years, each over "TH | Xếp hạng": each rank with its own year\'s value', async () => {
    const file = writeWorkbook('two-years-rank.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN (giao dịch)'],
          ['STT', 'Tỉnh, thành phố', 'Năm 2023', null, 'Năm 2024', null],
          [null, null, 'TH', 'Xếp hạng', 'TH', 'Xếp hạng'],
          [1, 'Bình Phước', 1200, 30, 1500, 25],
          [2, 'Đồng Nai', 5200, 9, 6100, 8],
        ],
        merges: [M(1, 0, 2, 0), M(1, 1, 2, 1), M(1, 2, 1, 3), M(1, 4, 1, 5)],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.unit, r.period, r.value, r.rank])).toEqual([
      ['Bình Phước', '2023', 1200, 30],
      ['Bình Phước', '2024', 1500, 25],
      ['Đồng Nai', '2023', 5200, 9],
      ['Đồng Nai', '2024', 6100, 8],
    ]);
  });
});

describe('a quarter over its months', () => {
  const file = (quarter: string, months: string[]) =>
    writeWorkbook('quarter-months.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ HỒ SƠ TRỰC TUYẾN - TỈNH BÌNH PHƯỚC'],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', quarter, null, null],
          [null, null, null, ...months],
          [1, 'Số hồ sơ trực tuyến', 'hồ sơ', '12.000', '12.500', '13.100'],
          [2, 'Tỷ lệ hồ sơ trực tuyến', '%', '80,1', '81,2', '82,3'],
        ],
        merges: [M(2, 0, 3, 0), M(2, 1, 3, 1), M(2, 2, 3, 2), M(2, 3, 2, 5)],
      },
    ]);

  it('"Quý III/2024" over "Tháng 7 | Tháng 8 | Tháng 9": one period per month of 2024', async () => {
    const { session, preview } = await stageFile(store, {
      kind: 'file',
      path: file('Quý III/2024', ['Tháng 7', 'Tháng 8', 'Tháng 9']),
    });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.name, r.uom, r.period, r.value])).toEqual([
      ['Số hồ sơ trực tuyến', 'hồ sơ', '2024-07', 12000],
      ['Số hồ sơ trực tuyến', 'hồ sơ', '2024-08', 12500],
      ['Số hồ sơ trực tuyến', 'hồ sơ', '2024-09', 13100],
      ['Tỷ lệ hồ sơ trực tuyến', '%', '2024-07', 80.1],
      ['Tỷ lệ hồ sơ trực tuyến', '%', '2024-08', 81.2],
      ['Tỷ lệ hồ sơ trực tuyến', '%', '2024-09', 82.3],
    ]);
    expect(new Set(stored().map((r) => r.unit))).toEqual(new Set(['Bình Phước']));
  });

  it('a month column outside its quarter is set aside, saying why; the others are read', async () => {
    const { session, preview } = await stageFile(store, {
      kind: 'file',
      path: file('Quý III/2024', ['Tháng 7', 'Tháng 8', 'Tháng 10']),
    });
    expect(errors(preview)).toEqual([]);
    const aside = preview.problems.find((p) => p.col === 6)!;
    expect(aside.messageEn).toContain('names a period outside the period of its group header');
    session.commit();
    expect(new Set(stored().map((r) => r.period))).toEqual(new Set(['2024-07', '2024-08']));
  });

  it('a month outside its quarter names no period', () => {
    expect(parsePeriodHeader('Quý III/2024 / Tháng 7')).toBe('2024-07');
    expect(parsePeriodHeader('Quý III/2024 / Tháng 10')).toBeNull();
    expect(parsePeriodHeader('6 tháng đầu năm 2024 / Quý II')).toBe('2024-04..2024-06');
    expect(parsePeriodHeader('6 tháng đầu năm 2024 / Quý III')).toBeNull();
    expect(parsePeriodHeader('Năm 2024 / Quý I')).toBe('2024-01..2024-03');
  });
});

describe('a header of three rows', () => {
  const rows = (third: (string | null)[]) => [
    ['DỊCH VỤ CÔNG TRỰC TUYẾN'],
    [],
    ['STT', 'Tỉnh, thành phố', 'Năm 2023', null, 'Năm 2024', null],
    [null, null, 'Tỷ lệ hồ sơ trực tuyến (%)', null, 'Tỷ lệ hồ sơ trực tuyến (%)', null],
    third,
    [1, 'Bình Phước', '80,1', '60,2', '85,3', '65,4'],
    [2, 'Đồng Nai', '81,5', '61,6', '86,7', '66,8'],
  ];
  const levels = [null, null, 'Cấp tỉnh', 'Cấp xã', 'Cấp tỉnh', 'Cấp xã'];
  const expected = [
    ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', '2023', 80.1],
    ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', '2024', 85.3],
    ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', '2023', 60.2],
    ['Bình Phước', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', '2024', 65.4],
    ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', '2023', 81.5],
    ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp tỉnh', '2024', 86.7],
    ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', '2023', 61.6],
    ['Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến – cấp xã', '2024', 66.8],
  ];

  it.each([
    [
      'merged (STT and the unit merged down three rows, the groups across)',
      [M(2, 0, 4, 0), M(2, 1, 4, 1), M(2, 2, 2, 3), M(2, 4, 2, 5), M(3, 2, 3, 3), M(3, 4, 3, 5)],
    ],
    ['typed once over their columns, nothing merged (pasted)', []],
  ])('"Năm" over a KPI over its levels, %s: a KPI per level, a period per year', async (_, merges) => {
    const file = writeWorkbook('three-rows.xlsx', [{ name: 'Sheet1', rows: rows(levels), merges }]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.unit, r.name, r.period, r.value])).toEqual(expected);
    expect(new Set(stored().map((r) => r.uom))).toEqual(new Set(['%']));
  });

  it('a KPI over its years over its levels reads the same', async () => {
    const file = writeWorkbook('kpi-year-level.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)', null, null, null],
          [null, null, 'Năm 2023', null, 'Năm 2024', null],
          levels,
          ...rows(levels).slice(5),
        ],
        merges: [M(0, 0, 2, 0), M(0, 1, 2, 1), M(0, 2, 0, 5), M(1, 2, 1, 3), M(1, 4, 1, 5)],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.unit, r.name, r.period, r.value])).toEqual(expected);
  });

  it('a region heading under a two-row header stays data, not a third header row', async () => {
    const file = writeWorkbook('region-under-two-rows.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)', null],
          [null, null, 'Cấp tỉnh', 'Cấp xã'],
          ['I', 'Đông Nam Bộ', null, null],
          [1, 'Bình Phước', 80.1, 60.2],
          [2, 'Đồng Nai', 81.5, 61.6],
        ],
        merges: [M(0, 0, 1, 0), M(0, 1, 1, 1), M(0, 2, 0, 3)],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.columns.map((c) => c.header)).toEqual([
      'STT',
      'Tỉnh, thành phố',
      'Tỷ lệ hồ sơ trực tuyến (%) / Cấp tỉnh',
      'Tỷ lệ hồ sơ trực tuyến (%) / Cấp xã',
    ]);
  });
});

describe('rows under the data and unit columns found by their names', () => {
  it('a note numbered "(1)" in the STT column with its text in the unit column is skipped, not asked as a unit', async () => {
    const file = writeWorkbook('notes-in-stt.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG NĂM 2024'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Số tổ (tổ)'],
          [1, 'Bình Phước', '1.012'],
          [2, 'Đồng Nai', '1.534'],
          ['(1)', 'Số liệu ước tính đến 30/11/2024'],
          ['2/', 'Số liệu của Sở TT&TT'],
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
    expect(preview.counts.skippedRows).toBe(2);
    session.commit();
    expect(stored().map((r) => [r.unit, r.value])).toEqual([
      ['Bình Phước', 1012],
      ['Đồng Nai', 1534],
    ]);
  });

  it('a unit named after "(1)" with nothing else is still a row of the table (its name is asked about or matched)', async () => {
    const file = writeWorkbook('unit-after-mark.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Số tổ (tổ) năm 2024'],
          [1, 'Bình Phước', 1012],
          ['(2)', 'Đồng Nai', null],
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: file });
    expect(preview.counts.skippedRows).toBe(0);
  });

  it('"STT | Mã | Tên | Tỷ lệ … (%)": the names under "Tên" are the units, the KPI is read', async () => {
    const file = writeWorkbook('ma-ten.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['TỶ LỆ THÔN, ẤP PHỦ SÓNG 4G NĂM 2024'],
          [],
          ['STT', 'Mã', 'Tên', 'Tỷ lệ thôn, ấp phủ sóng 4G (%)'],
          [1, 70, 'Bình Phước', '99,5'],
          [2, 75, 'Đồng Nai', 100],
          [3, 74, 'Bình Dương', '99,9'],
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    expect(session.mapping!.columns.find((c) => c.col === 3)?.mapping.field).toBe('unit');
    session.commit();
    expect(stored().map((r) => [r.unit, r.name, r.period, r.value])).toEqual([
      ['Bình Dương', 'Tỷ lệ thôn, ấp phủ sóng 4G', '2024', 99.9],
      ['Bình Phước', 'Tỷ lệ thôn, ấp phủ sóng 4G', '2024', 99.5],
      ['Đồng Nai', 'Tỷ lệ thôn, ấp phủ sóng 4G', '2024', 100],
    ]);
  });
});

describe('a KPI rank whose denominator nothing tells', () => {
  const file = () =>
    writeWorkbook('nine-months-2025.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['KẾT QUẢ THANH TOÁN TRỰC TUYẾN 9 THÁNG NĂM 2025'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', null],
          [null, null, 'Giá trị (%)', 'Thứ hạng'],
          [1, 'Đồng Nai', '55,5', 7],
          [2, 'Tây Ninh', '48,2', 15],
        ],
        merges: [M(2, 0, 3, 0), M(2, 1, 3, 1), M(2, 2, 2, 3)],
      },
    ]);

  it('a period across 1 July 2025: the group (63 or 34) is asked, not left out of the ranks', async () => {
    const { preview, session } = await stageFile(store, { kind: 'file', path: file() });
    expect(session.target!.group).toBeNull();
    expect(errors(preview)).toEqual(['noGroup']);
    expect(preview.problems[0]!.messageEn).toContain('among the 63 or among the 34');
  });

  it('with the group chosen the ranks are among it; "Giá trị (%)" gives the KPI its unit', async () => {
    const { preview, session } = await stageFile(store, { kind: 'file', path: file() }, { group: 34 });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored()).toEqual([
      {
        unit: 'Tây Ninh',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến',
        uom: '%',
        period: '2025-01..2025-09',
        value: 48.2,
        rank: 15,
        rankOf: 34,
      },
      {
        unit: 'Đồng Nai',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến',
        uom: '%',
        period: '2025-01..2025-09',
        value: 55.5,
        rank: 7,
        rankOf: 34,
      },
    ]);
  });
});

describe('ranks that are not the DTI overall', () => {
  it('"Xếp hạng" in the table of one pillar (its main indices and its score, no DTI) ranks that pillar', async () => {
    const file = writeWorkbook('cqs-pillar.xlsx', [
      {
        name: 'CQS 2020',
        rows: [
          ['CHỈ SỐ CHÍNH QUYỀN SỐ CẤP TỈNH NĂM 2020'],
          ['Xếp hạng', 'Tỉnh, thành phố', 'Chuyển đổi nhận thức', 'Kiến tạo thể chế', 'Chính quyền số'],
          [1, 'Quảng Ninh', 0.9, 0.8, 0.8671],
          [2, 'Hưng Yên', 0.85, 0.79, 0.8502],
        ],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.columns[0]!.mapping).toEqual({ field: 'cqs.rank' });
    expect(layout.columns[4]!.mapping).toEqual({ field: 'cqs.score' });
    expect(layout.columns.some((c) => c.mapping.field.startsWith('dti.'))).toBe(false);
  });

  it("a bare rank beside the three pillars' scores and no DTI score is still the DTI's", async () => {
    const file = writeWorkbook('pillars-only.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['Xếp hạng', 'Tỉnh, thành phố', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
          [1, 'Quảng Ninh', 0.8671, 0.6, 0.7],
          [2, 'Hưng Yên', 0.8502, 0.55, 0.65],
        ],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.columns[0]!.mapping).toEqual({ field: 'dti.rank' });
  });

  it('a KPI rank of a period from July 2025 is among the 34; imported for the 63 it is refused', async () => {
    const file = writeWorkbook('q3-2025.xlsx', [
      {
        name: 'Q3-2025',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH QUÝ III/2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'Xếp hạng'],
          [1, 'Thành phố Hà Nội', 95.1, 1],
          [2, 'Đồng Nai', 90.2, 9],
        ],
      },
    ]);
    // (its rows would all be matched on the 34 whatever the group: the 63 is refused, not overridden)
    const as63 = await stageFile(store, { kind: 'file', path: file }, { group: 63 });
    expect(errors(as63.preview)).toEqual(['groupContradicts']);
    as63.session.dispose();
    const { session, preview } = await stageFile(store, { kind: 'file', path: file }, { group: 34 });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.unit, r.period, r.rank, r.rankOf])).toEqual([
      ['Hà Nội', '2025-07..2025-09', 1, 34],
      ['Đồng Nai', '2025-07..2025-09', 9, 34],
    ]);
  });
});

describe('a corrected copy of a ranking already imported', () => {
  const detail = (drop: string | null, empty: string | null) => {
    const rows = published2022()
      .filter((r) => r.label !== drop)
      .map((r) => [
        r.rank,
        r.label,
        ...r.idx.map((v, i) => (r.label === empty && i === 1 ? null : v)),
        r.pdti,
      ]);
    return writeWorkbook('detail-2022.xlsx', [
      { name: 'DTI 2022', rows: [[TITLE_2022], DETAIL_HEADERS_2022, ...rows] },
    ]);
  };

  it('says which units it leaves out and which emptied cells keep their stored value', async () => {
    const first = await importLikeCli(store, detail(null, null));
    expect(errorCodes(first.preview)).toEqual([]);
    first.session.commit();
    const before = storedRanking(store, 2022, 63);

    const { session, preview } = await importLikeCli(store, detail('Bạc Liêu', 'Quảng Ninh'));
    expect(errorCodes(preview)).toEqual([]);
    const left = preview.problems.find((p) => p.code === 'storedNotInFile')!;
    expect(left.messageEn).toContain('(Bạc Liêu)');
    const emptied = preview.problems.find((p) => p.code === 'emptyKeepsStored')!;
    expect(emptied).toMatchObject({ severity: 'warning', header: 'Chỉ số Thể chế số', col: 4 });
    expect(emptied.messageVi).toContain('0,9000');
    expect(emptied.messageEn).toContain('1 such empty cell');
    // …and the store keeps them, as said
    session.commit();
    expect(storedRanking(store, 2022, 63)).toEqual(before);
  });

  it('says nothing of the kind for a complete copy', async () => {
    (await importLikeCli(store, detail(null, null))).session.commit();
    const { preview } = await importLikeCli(store, detail(null, null));
    expect(preview.problems.map((p) => p.code)).not.toContain('storedNotInFile');
    expect(preview.problems.map((p) => p.code)).not.toContain('emptyKeepsStored');
  });
});

describe('a web page says above its table what the table is', () => {
  it('the heading just above a table, else its caption, is its heading; the page title is kept apart', () => {
    const grids = parseHtmlTables(
      `<html><head><title>Xếp hạng DTI 2022 - Cổng thông tin</title></head><body>
       <nav><a>Trang chủ</a></nav><h2>CHỈ SỐ CHUYỂN ĐỔI SỐ <b>CẤP TỈNH</b> NĂM&nbsp;2022</h2><p>Năm đánh giá</p>
       <table><tr><td>1</td><td>Hà Nội</td></tr></table>
       <table><caption>Bảng 2. Kinh tế số năm 2021</caption><tr><td>1</td><td>Hà Nội</td></tr></table>
       <table><tr><td>1</td><td>Huế</td></tr></table></body></html>`,
    );
    expect(grids.map((g) => g.heading)).toEqual([
      'CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022',
      'Bảng 2. Kinh tế số năm 2021',
      undefined,
    ]);
    expect(new Set(grids.map((g) => g.pageTitle))).toEqual(new Set(['Xếp hạng DTI 2022 - Cổng thông tin']));
    // a heading inside a cell is the cell's text
    expect(parseHtmlTables('<table><tr><td><h3>Hà Nội</h3></td><td>1</td></tr></table>')[0]!.rows).toEqual([
      ['Hà Nội', '1'],
    ]);
  });

  it('a saved page whose heading names the year imports for that year, with no --year', async () => {
    const rows = published2022()
      .map(
        (r) =>
          `<tr><td>${r.rank}</td><td>${r.label}</td><td>${r.rankCqs ?? ''}</td><td>${r.rankKts ?? ''}</td><td>${r.rankXhs ?? ''}</td></tr>`,
      )
      .join('');
    const file = writeTemp(
      'xep-hang-dti.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin DTI</title></head><body>
       <h2>BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022</h2>
       <table><thead><tr>${RANKING_HEADERS_2022.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></body></html>`,
    );
    const { session, preview } = await importLikeCli(store, file);
    expect(session.target).toMatchObject({ kind: 'ranking', year: 2022, group: 63 });
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedRanking(store, 2022, 63).get('70:dti')).toEqual({ value: null, rank: 12 });
  });
});

describe('a workbook of one sheet per year', () => {
  it("names the other years' sheets it does not read, though they hold the same units", async () => {
    const sheet = (year: number) => ({
      name: `DTI ${year}`,
      rows: [
        [`BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM ${year}`],
        RANKING_HEADERS_2022,
        ...published2022().map((r) => [r.rank, r.label, r.rankCqs, r.rankKts, r.rankXhs]),
      ],
    });
    const file = writeWorkbook('years.xlsx', [sheet(2021), sheet(2022), sheet(2023)]);
    const { session, preview } = await importLikeCli(store, file);
    expect(session.sheet).toBe('DTI 2021');
    const others = preview.problems.find((p) => p.code === 'otherSheetsWithTables')!;
    expect(others.messageEn).toContain('"DTI 2022", "DTI 2023"');
  });
});

describe('the 2020 main indices (QĐ 1726: seven under each pillar)', () => {
  const names = [
    'Chuyển đổi nhận thức',
    'Kiến tạo thể chế',
    'Hạ tầng và nền tảng số',
    'Thông tin và dữ liệu số',
    'Hoạt động chuyển đổi số',
    'An toàn an ninh mạng',
    'Nhân lực',
  ];
  const codes = [
    'chuyen_doi_nhan_thuc',
    'kien_tao_the_che',
    'ha_tang_va_nen_tang_so',
    'thong_tin_va_du_lieu_so',
    'hoat_dong_chuyen_doi_so',
    'an_toan_an_ninh_mang',
    'nhan_luc',
  ];
  const units = published2022();
  const value = (u: number, k: number) => Math.round(((u * 7 + k * 13) % 90) + 5) / 100;
  const stored2020 = (code: string) =>
    store.db
      .prepare(
        `SELECT u.code AS unit, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' AND o.period = '2020' AND i.code = ? ORDER BY u.code`,
      )
      .all(code) as { unit: string; value: number }[];

  it("under a pillar's group header, each is that pillar's index", async () => {
    const pillars = ['CHÍNH QUYỀN SỐ', 'KINH TẾ SỐ', 'XÃ HỘI SỐ'];
    const file = writeWorkbook('2020-indices.xlsx', [
      {
        name: '2020',
        rows: [
          ['CHỈ SỐ THÀNH PHẦN CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2020'],
          ['Xếp hạng', 'Tỉnh, thành phố', ...pillars.flatMap((p) => [p, ...names.slice(1).map(() => null)])],
          [null, null, ...pillars.flatMap(() => names)],
          ...units.map((r, u) => [
            r.rank,
            r.label,
            ...[0, 1, 2].flatMap((p) => names.map((_, k) => value(u, p * 7 + k))),
          ]),
        ],
        merges: [M(1, 0, 2, 0), M(1, 1, 2, 1), M(1, 2, 1, 8), M(1, 9, 1, 15), M(1, 16, 1, 22)],
      },
    ]);
    const { session, preview } = await importLikeCli(store, file);
    expect(session.target).toMatchObject({ year: 2020, group: 63 });
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.filter((p) => p.code === 'unknownColumn')).toEqual([]);
    session.commit();
    const kts = stored2020('kts.thong_tin_va_du_lieu_so');
    expect(kts).toHaveLength(63);
    const bp = units.findIndex((r) => r.label === 'Bình Phước');
    expect(kts.find((r) => r.unit === '70')!.value).toBe(value(bp, 7 + 3));
  });

  it("on the sheet of one pillar, named without it, they are that pillar's; the bare rank is the pillar's", async () => {
    const file = writeWorkbook('2020-cqs.xlsx', [
      {
        name: 'CQS 2020',
        rows: [
          ['CHỈ SỐ CHÍNH QUYỀN SỐ CẤP TỈNH NĂM 2020'],
          ['Xếp hạng', 'Tỉnh, thành phố', ...names, 'Chính quyền số'],
          ...units.map((r, u) => [r.rank, r.label, ...names.map((_, k) => value(u, k)), 0.9 - r.rank / 100]),
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, file);
    expect(errorCodes(preview)).toEqual([]);
    expect(session.mapping!.columns.map((c) => c.mapping.field)).toEqual([
      'cqs.rank',
      'unit',
      ...codes.map((c) => `idx.cqs.${c}`),
      'cqs.score',
    ]);
    session.commit();
    expect(stored2020('cqs.nhan_luc')).toHaveLength(63);
    expect(stored2020('dti')).toEqual([]);
  });
});

describe("QĐ 922's names of the activity indices in a table of a year under QĐ 405", () => {
  const file = (year: number) =>
    writeWorkbook(`detail-${year}.xlsx`, [
      {
        name: 'Sheet1',
        rows: [
          [TITLE_2022.replace('2022', String(year))],
          DETAIL_HEADERS_2022,
          ...published2022().map((r) => [r.rank, r.label, ...r.idx, r.pdti]),
        ],
      },
    ]);

  it('are read as its activity indices, and said once (the year may be mistyped)', async () => {
    const { preview } = await importLikeCli(store, file(2024));
    const said = preview.problems.filter((p) => p.messageEn.includes('QĐ 922 (2021–2023)'));
    expect(said).toHaveLength(1);
    expect(said[0]!.messageEn).toContain('"Chỉ số Hoạt động chính quyền số", "Chỉ số Hoạt động kinh tế số"');
    expect(said[0]).toMatchObject({ severity: 'warning', col: 8 });
  });

  it('say nothing in a year of their own methodology', async () => {
    const { preview } = await importLikeCli(store, file(2022));
    expect(preview.problems.filter((p) => p.messageEn.includes('QĐ 922 (2021–2023)'))).toEqual([]);
  });
});

describe('a row pasted twice into a ranking', () => {
  it('is said as a duplicate only, not also as the ties it makes in the ranks after it', async () => {
    const rows = published2022().map((r) => [r.rank, r.label, r.rankCqs, r.rankKts, r.rankXhs]);
    rows.splice(20, 0, rows[19]!);
    const file = writeWorkbook('dup.xlsx', [
      { name: 'DTI 2022', rows: [[TITLE_2022], RANKING_HEADERS_2022, ...rows] },
    ]);
    const { preview } = await importLikeCli(store, file);
    expect(preview.problems.map((p) => p.code)).toEqual(['duplicateUnit']);
  });
});

describe('a header of three rows whose last row reads best', () => {
  it('"STT" merged down over the KPI, its levels and "Giá trị (%) | Thứ hạng": all three rows are the header', async () => {
    const file = writeWorkbook('kpi-levels-value-rank.xlsx', [
      {
        name: 'TTTT',
        rows: [
          ['KẾT QUẢ THANH TOÁN TRỰC TUYẾN NĂM 2024'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', null, null, null],
          [null, null, 'Cấp tỉnh', null, 'Cấp xã', null],
          [null, null, 'Giá trị (%)', 'Thứ hạng', 'Giá trị (%)', 'Thứ hạng'],
          [1, 'Bình Phước', '55,5', 7, '40,2', 9],
          [2, 'Đồng Nai', '48,2', 15, '35,1', 20],
        ],
        merges: [M(1, 0, 3, 0), M(1, 1, 3, 1), M(1, 2, 1, 5), M(2, 2, 2, 3), M(2, 4, 2, 5)],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.headerRows).toEqual([2, 3, 4]);
    expect(layout.titleRows).toEqual([1]);
    expect(layout.columns.slice(2).map((c) => c.mapping)).toEqual([
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp tỉnh (%)' },
      { field: 'kpi.rank' },
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp xã (%)' },
      { field: 'kpi.rank' },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().filter((r) => r.unit === 'Bình Phước')).toEqual([
      {
        unit: 'Bình Phước',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp tỉnh',
        uom: '%',
        period: '2024',
        value: 55.5,
        rank: 7,
        rankOf: 63,
      },
      {
        unit: 'Bình Phước',
        name: 'Tỷ lệ hồ sơ có thanh toán trực tuyến – cấp xã',
        uom: '%',
        period: '2024',
        value: 40.2,
        rank: 9,
        rankOf: 63,
      },
    ]);
  });
});

describe('a top 10 ranked first', () => {
  it('"Xếp hạng | Tỉnh | Tỷ lệ (%)" under "… NĂM 2025 - 10 ĐỊA PHƯƠNG DẪN ĐẦU": the rank is the value\'s, the KPI named without the selection', async () => {
    const file = writeWorkbook('top10.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2025 - 10 ĐỊA PHƯƠNG DẪN ĐẦU'],
          ['Xếp hạng', 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          [1, 'Hà Nội', 90],
          [2, 'Điện Biên', 89],
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file }, { group: 34 });
    expect(session.target!.indicator).toBe('Tỷ lệ thanh toán trực tuyến');
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored().map((r) => [r.unit, r.name, r.uom, r.period, r.value, r.rank, r.rankOf])).toEqual([
      ['Hà Nội', 'Tỷ lệ thanh toán trực tuyến', '%', '2025', 90, 1, 34],
      ['Điện Biên', 'Tỷ lệ thanh toán trực tuyến', '%', '2025', 89, 2, 34],
    ]);
  });
});

describe('three header rows typed without merging, the KPI on top', () => {
  it('"KPI" over "Năm 2023 | Năm 2024" over "Cấp tỉnh | Cấp xã", the rows as long as their last cell', async () => {
    const file = writeWorkbook('kpi-year-level-plain.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'],
          [null, null, 'Năm 2023', null, 'Năm 2024'],
          [null, null, 'Cấp tỉnh', 'Cấp xã', 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Bình Phước', 66.03, 77.06, 88.09, 59.12],
          [2, 'Đồng Nai', 63.1, 74.13, 85.16, 56.19],
        ],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.headerRows).toEqual([1, 2, 3]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(
      stored()
        .filter((r) => r.unit === 'Bình Phước')
        .map((r) => [r.name, r.period, r.value]),
    ).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh', '2023', 66.03],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp tỉnh', '2024', 88.09],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã', '2023', 77.06],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình – cấp xã', '2024', 59.12],
    ]);
  });
});

describe('other tables of the workbook, named', () => {
  it('the sheets of the other pillars of the same year', async () => {
    const sheet = (name: string, pillar: string) => ({
      name,
      rows: [
        [`CHỈ SỐ ${pillar.toUpperCase()} CẤP TỈNH NĂM 2022`],
        ['Xếp hạng', 'Tỉnh, thành phố', pillar],
        ...published2022().map((r) => [r.rank, r.label, 0.9 - r.rank / 100]),
      ],
    });
    const file = writeWorkbook('pillars.xlsx', [
      sheet('CQS 2022', 'Chính quyền số'),
      sheet('KTS 2022', 'Kinh tế số'),
      sheet('XHS 2022', 'Xã hội số'),
    ]);
    const { preview } = await importLikeCli(store, file);
    expect(preview.problems.find((p) => p.code === 'otherSheetsWithTables')!.messageEn).toContain(
      '"KTS 2022", "XHS 2022"',
    );
  });

  it("a web page's two tables headed with two years", async () => {
    const table = (year: number) =>
      `<h3>BẢNG XẾP HẠNG DTI NĂM ${year}</h3><table><tr>${RANKING_HEADERS_2022.map((h) => `<th>${h}</th>`).join('')}</tr>${published2022()
        .map((r) => `<tr><td>${r.rank}</td><td>${r.label}</td><td></td><td></td><td></td></tr>`)
        .join('')}</table>`;
    const file = writeTemp('two-years.html', `<html><body>${table(2022)}${table(2023)}</body></html>`);
    const { session, preview } = await importLikeCli(store, file);
    expect(session.target!.year).toBe(2022);
    expect(preview.problems.find((p) => p.code === 'otherSheetsWithTables')!.messageEn).toContain('"Bảng 2"');
  });
});

describe('a table of the 63 for a period across 1 July 2025', () => {
  it('refuses each merged unit (the first three by name, the others in one); the unchanged ones are their own figures (round 74: were said)', async () => {
    const file = writeWorkbook('9-thang-2025-63.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH 9 THÁNG NĂM 2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          ...published2022().map((r, i) => [i + 1, r.label, 50 + (i % 40)]),
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: file }, { group: 63 });
    const w = preview.problems.filter((p) => p.code === 'periodSpansMerger');
    // (34 units remain, 23 of them unchanged: one territory throughout, nothing to say)
    expect(w.filter((p) => p.severity === 'warning')).toEqual([]);
    // A unit that merged has no figure of its own for Jan–Sep 2025 (round 22; was a warning):
    // the first three merged units one by one (with the unit each became), the others in one.
    const merged = w.filter((p) => p.messageEn.includes('of the 63-unit list became part of'));
    expect(merged).toHaveLength(3);
    const more = w.filter((p) => p.messageEn.includes('more units of the 63-unit list that merged'));
    expect(more).toHaveLength(1);
    expect(more[0]!.messageEn).toMatch(/\d+ more units .*→/);
    expect([...merged, ...more].every((p) => p.severity === 'error')).toBe(true);
    expect(w).toHaveLength(4);
    // (every merged unit counts as an error, not only the four messages: 52 of the 63 merged)
    expect(preview.counts.errors).toBe(52);
  });
});

describe('a ranking laid out in two blocks side by side (a two-column page of a report)', () => {
  it('is refused saying where the right block starts, not imported as half the ranking', async () => {
    const pub = published2022();
    const rows = Array.from({ length: 32 }, (_, i) => {
      const a = pub[i]!;
      const b = pub[i + 32];
      return [a.rank, a.label, null, b?.rank ?? null, b?.label ?? null];
    });
    const file = writeWorkbook('two-blocks.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          [TITLE_2022],
          ['XẾP HẠNG DTI', 'CÁC TỈNH, THÀNH PHỐ', null, 'XẾP HẠNG DTI', 'CÁC TỈNH, THÀNH PHỐ'],
          ...rows,
        ],
      },
    ]);
    const { preview } = await importLikeCli(store, file);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems.map((p) => p.code)).toEqual(['sideBySide']);
    expect(preview.problems[0]!.messageEn).toContain('unit names in columns B and E');
    expect(preview.problems[0]!.messageEn).toContain(
      'move the right block (from column D) under the left one',
    );
  });
});

describe('what the review found', () => {
  it("KPI names with a 2020 index's words are KPIs, not the 2020 indices, even on a pillar's sheet", async () => {
    const file = writeWorkbook('cqs-kpis.xlsx', [
      {
        name: 'Chính quyền số',
        rows: [
          [
            'STT',
            'Tỉnh, thành phố',
            'Nhân lực CNTT chuyên trách',
            'Hoạt động chuyển đổi số của doanh nghiệp',
            'Tỷ lệ hồ sơ trực tuyến (%)',
          ],
          [1, 'Bình Phước', 120, 45, 80.5],
          [2, 'Đồng Nai', 210, 60, 85.1],
        ],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.columns.some((c) => c.mapping.field.startsWith('idx.'))).toBe(false);
    expect(layout.columns[4]!.mapping).toMatchObject({ field: 'kpi.valueForIndicator' });
  });

  it("a rank under another KPI's group ranks nothing of this one", async () => {
    const file = writeWorkbook('rank-other-kpi.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2024'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ hồ sơ trực tuyến (%)', 'Tỷ lệ thanh toán trực tuyến (%)'],
          [null, null, 'Giá trị', 'Xếp hạng'],
          [1, 'Bình Phước', 80.5, 11],
          [2, 'Đồng Nai', 85.1, 7],
        ],
        merges: [M(1, 0, 2, 0), M(1, 1, 2, 1)],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    // (its rank column names another KPI: said at its cells, never stored as this KPI's rank)
    expect(errors(preview)).toEqual(['noIndicator']);
    expect(rankPartners(session.mapping!.columns).size).toBe(0);
  });

  it.each([
    [
      'a unit name repeated at the right edge',
      ['STT', 'Tỉnh, thành phố', 'Xếp hạng DTI', 'Xếp hạng chính quyền số', 'Tỉnh, thành phố'],
    ],
    [
      'a name column in two languages',
      ['Xếp hạng DTI', 'Tỉnh, thành phố', 'Province', 'Xếp hạng chính quyền số'],
    ],
  ])('%s is no table in two blocks', async (_, head) => {
    const pub = published2022();
    const rows = pub.map((r, i) =>
      head.map((h) =>
        /^(STT)$/.test(h)
          ? i + 1
          : /Xếp hạng DTI/.test(h)
            ? r.rank
            : /chính quyền/.test(h)
              ? (r.rankCqs ?? 30)
              : r.label,
      ),
    );
    const file = writeWorkbook('not-two-blocks.xlsx', [
      { name: 'DTI 2022', rows: [[TITLE_2022], head, ...rows] },
    ]);
    const { preview } = await importLikeCli(store, file);
    expect(preview.problems.map((p) => p.code)).not.toContain('sideBySide');
  });

  it('a caption or heading whose end tag is left out ends where the table starts', () => {
    const t = '<tr><td>1</td><td>Hà Nội</td></tr>';
    expect(
      parseHtmlTables(`<table><caption>Bảng 1. DTI 2022${t}</table><table>${t}</table>`).map(
        (g) => g.heading,
      ),
    ).toEqual(['Bảng 1. DTI 2022', undefined]);
    const g = parseHtmlTables(`<h2>XẾP HẠNG DTI 2022<table>${t}</table>`);
    expect(g.map((x) => [x.heading, x.rows.length])).toEqual([['XẾP HẠNG DTI 2022', 1]]);
  });

  it("a page's title gives a year at most, never a KPI's name", async () => {
    const file = writeTemp(
      'portal.html',
      `<html><head><title>Cổng thông tin điện tử Sở Thông tin và Truyền thông</title></head><body>
       <table><tr><th>STT</th><th>Tỉnh, thành phố</th><th>Năm 2023</th><th>Năm 2024</th></tr>
       <tr><td>1</td><td>Bình Phước</td><td>80</td><td>85</td></tr><tr><td>2</td><td>Đồng Nai</td><td>81</td><td>86</td></tr></table></body></html>`,
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(session.target!.indicator ?? null).toBeNull();
    expect(errors(preview)).toContain('noTableIndicator');
  });

  it('an empty merge beside the table does not pull its title into the header', async () => {
    const file = writeWorkbook('title-empty-merge.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BẢNG XẾP HẠNG DTI NĂM 2022'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'],
          [1, 'Bình Phước', 0.6, 12],
        ],
        merges: [M(0, 4, 2, 4)],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.headerRows).toEqual([3]);
    expect(layout.columns.map((c) => c.mapping.field).slice(0, 4)).toEqual([
      'stt',
      'unit',
      'dti.score',
      'dti.rank',
    ]);
  });

  it('two or three unchanged units across 1 July 2025: their figures, stored on their units of the 34 (round 74: each was said, stored on the 63-unit list)', async () => {
    const file = writeWorkbook('9-thang-2025-few.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH 9 THÁNG NĂM 2025'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          [1, 'Hà Nội', 90],
          [2, 'Lai Châu', 80],
          [3, 'Điện Biên', 70],
        ],
      },
    ]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file }, { group: 63 });
    expect(preview.problems.filter((p) => p.code === 'periodSpansMerger')).toEqual([]);
    session.commit();
    expect(storedUnitLists(store, { named: true })).toEqual([
      'Hà Nội 2025',
      'Lai Châu 2025',
      'Điện Biên 2025',
    ]);
  });
});

it("the 2020 index fields are exactly the 2020 methodology's main indices in the store", () => {
  const stored2020 = store.db
    .prepare(
      `SELECT i.code FROM indicator i JOIN methodology_year my ON my.methodology_id = i.methodology_id
       WHERE my.year = 2020 AND i.kind = 'main_index' ORDER BY i.code`,
    )
    .pluck()
    .all();
  expect(stored2020).toEqual(INDEX_2020_FIELDS.map((f) => f.slice(4)).sort());
});

describe('the fourth round', () => {
  it('"Tỉnh | Năm 2023 | Tỉnh | Năm 2024" with other units in the second name column: two blocks, refused (not stored under the left names)', async () => {
    const pub = published2022();
    const rows = pub.map((r, i) => [r.label, 30 + i, pub[(i + 7) % pub.length]!.label, 35 + i]);
    const file = writeWorkbook('two-years-two-names.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH (%)'],
          ['Tỉnh, thành phố', 'Năm 2023', 'Tỉnh, thành phố', 'Năm 2024'],
          ...rows,
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: file });
    expect(preview.canCommit).toBe(false);
    expect(preview.problems.map((p) => p.code)).toEqual(['sideBySide']);
    expect(preview.problems[0]!.messageEn).toContain('unit names in columns A and C');
  });

  it('the same units named again in a second column ("TP HCM" beside "Hồ Chí Minh") are one unit column', async () => {
    const file = writeWorkbook('names-twice.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024 (%)'],
          ['Tỉnh, thành phố', 'Tỷ lệ (%)', 'Tỉnh, thành phố'],
          ['TP. Hồ Chí Minh', 90, 'TP HCM'],
          ['Bình Phước', 80, 'Binh Phuoc'],
          ['Thừa Thiên Huế', 85, 'TT Huế'],
        ],
      },
    ]);
    const { preview } = await stageFile(store, { kind: 'file', path: file });
    expect(preview.problems.map((p) => p.code)).not.toContain('sideBySide');
    expect(errors(preview)).toEqual([]);
  });

  it.each(['STT / No.', 'STT\nNo.'])('a bilingual "%s" is the row number, not a KPI', async (stt) => {
    const file = writeWorkbook('stt-no.xlsx', [
      {
        name: 'KPI',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2024'],
          [stt, 'Tỉnh, thành phố', 'Tỷ lệ (%)'],
          [1, 'Bình Phước', 80],
          [2, 'Đồng Nai', 85],
        ],
      },
    ]);
    const layout = detectLayout(await readSheet(file, null));
    expect(layout.columns[0]!.mapping).toEqual({ field: 'stt' });
  });
});

describe('group labels merged across in the rows above the header', () => {
  const rows = (lead: (string | null)[]) => [
    [...lead.map(() => null), 'Quý III/2025', null],
    [...lead.map(() => null), 'Tỷ lệ hồ sơ trực tuyến (%)', null],
    [...lead, 'Toàn trình', 'Một phần'],
    [1, 'Hà Nội', 75.6, 86.63],
    [2, 'Đắk Lắk', 72.67, 83.7],
  ];
  it.each([
    ['STT and the unit in the last row', rows(['STT', 'Tỉnh, thành phố']), [M(0, 2, 0, 3), M(1, 2, 1, 3)]],
    [
      'STT and the unit merged down the three rows',
      (() => {
        const r = rows(['STT', 'Tỉnh, thành phố']);
        r[0]![0] = 'STT';
        r[0]![1] = 'Tỉnh, thành phố';
        r[2]![0] = null;
        r[2]![1] = null;
        return r;
      })(),
      [M(0, 0, 2, 0), M(0, 1, 2, 1), M(0, 2, 0, 3), M(1, 2, 1, 3)],
    ],
  ])('%s: a KPI per measure, its period from the top row', async (_, r, merges) => {
    const file = writeWorkbook('merged-groups.xlsx', [{ name: 'Q3', rows: r, merges }]);
    const { session, preview } = await stageFile(store, { kind: 'file', path: file });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(
      stored()
        .filter((x) => x.unit === 'Hà Nội')
        .map((x) => [x.name, x.uom, x.period, x.value]),
    ).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến – Một phần', '%', '2025-07..2025-09', 86.63],
      ['Tỷ lệ hồ sơ trực tuyến – Toàn trình', '%', '2025-07..2025-09', 75.6],
    ]);
  });

  it('a title merged across the whole table is no group label', async () => {
    const file = writeWorkbook('title-merged.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BẢNG XẾP HẠNG DTI NĂM 2022'],
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'],
          [1, 'Bình Phước', 0.6, 12],
        ],
        merges: [M(0, 0, 0, 3)],
      },
    ]);
    expect(detectLayout(await readSheet(file, null)).headerRows).toEqual([2]);
  });
});

it("a 2021 table of 2020's indices: the first three columns said at their cells, the others once, with what to check", async () => {
  const names = [
    'Chuyển đổi nhận thức',
    'Kiến tạo thể chế',
    'Hạ tầng và nền tảng số',
    'Thông tin và dữ liệu số',
    'Hoạt động chuyển đổi số',
  ];
  const file = writeWorkbook('2021-with-2020-indices.xlsx', [
    {
      name: '2021',
      rows: [
        ['CHỈ SỐ CHÍNH QUYỀN SỐ CẤP TỈNH NĂM 2021'],
        ['Xếp hạng', 'Tỉnh, thành phố', ...names, 'Chính quyền số'],
        ...published2022().map((r) => [r.rank, r.label, ...names.map(() => 0.5), 0.9 - r.rank / 100]),
      ],
    },
  ]);
  const { preview } = await importLikeCli(store, file);
  const w = preview.problems.filter((p) => p.code === 'noMethodology');
  expect(w.map((p) => p.col)).toEqual([3, 4, 5, 6]);
  expect(w[3]!.messageEn).toContain('2 more columns ("Thông tin và dữ liệu số", "Hoạt động chuyển đổi số")');
  expect(w[3]!.messageEn).toContain(
    '126 values are not imported — if the table is of another year, correct the year',
  );
});
