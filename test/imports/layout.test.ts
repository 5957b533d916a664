// Layout detection on every realistic fixture: header row(s), data block and the proposed mapping.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectLayout,
  layoutSignature,
  parseCellNumber,
  classifyHeader,
  indicatorFromTitle,
  normalisePeriod,
  normalizeHeader,
} from '../../src/main/imports/layout';
import { DETAIL_FIELDS_2022 } from './helpers';
import { cellNumber } from '../../src/main/imports/pipeline/cells';
import { readPasted, readSheet } from '../../src/main/imports/readers';
import type { LayoutProposal } from '../../src/shared/imports/layout';
import {
  DETAIL_HEADERS_2022,
  generateFixtures,
  RANKING_HEADERS_2022,
  type FixtureName,
} from '../fixtures/generate';

let files: Record<string, string>;
beforeAll(async () => {
  files = (await generateFixtures(fs.mkdtempSync(path.join(os.tmpdir(), 'dti-layout-')))).files;
});

async function layoutOf(name: FixtureName): Promise<LayoutProposal> {
  const p = files[name]!;
  const table = name.startsWith('pasted') ? readPasted(fs.readFileSync(p, 'utf8')) : await readSheet(p, null);
  return detectLayout(table);
}

const fields = (l: LayoutProposal) => l.columns.map((c) => c.mapping.field);
const RANKING_FIELDS = ['dti.rank', 'unit', 'cqs.rank', 'kts.rank', 'xhs.rank'];
/** Score and rank of the DTI and of each pillar, in the order tables print them. */
const PILLAR_FIELDS = ['dti', 'cqs', 'kts', 'xhs'].flatMap((p) => [`${p}.score`, `${p}.rank`]);

describe('ranking tables', () => {
  it.each([
    ['ranking2022WebXlsx', [3], [1], 4, 66],
    ['ranking2022Utf8BomCsv', [1], [], 2, 64],
    ['ranking2022Utf16Tsv', [2], [1], 3, 65],
    ['pastedTsv', [1], [], 2, 21],
    ['pastedHtml', [2], [1], 3, 22],
  ] as [FixtureName, number[], number[], number, number][])(
    '%s: ministry headers',
    async (name, header, titles, first, last) => {
      const l = await layoutOf(name);
      expect(l.headerRows).toEqual(header);
      expect(l.titleRows).toEqual(titles);
      expect(l.dataRows[0]).toBe(first);
      expect(l.dataRows.at(-1)).toBe(last);
      expect(fields(l)).toEqual(RANKING_FIELDS);
      expect(l.kind).toBe('ranking');
      expect(l.columns.every((c) => c.confidence >= 0.9)).toBe(true);
      expect(l.signature).toBe(layoutSignature(RANKING_HEADERS_2022));
      if (titles.length) expect(l.titleHints.year).toBe(2022);
    },
  );

  it('detail table: main indices and PDTI → dti.score', async () => {
    for (const name of ['detail2022Xlsx', 'detail2022SemicolonCsv'] as FixtureName[]) {
      const l = await layoutOf(name);
      expect(fields(l)).toEqual(DETAIL_FIELDS_2022);
      expect(l.dataRows).toHaveLength(6);
      expect(l.signature).toBe(layoutSignature(DETAIL_HEADERS_2022));
    }
  });

  it('two-row merged header', async () => {
    const l = await layoutOf('twoRowHeader2020Xlsx');
    expect(l.headerRows).toEqual([2, 3]);
    expect(l.titleRows).toEqual([1]);
    expect(l.titleHints).toMatchObject({ year: 2020, group: 63 });
    expect(l.columns.map((c) => c.header).slice(0, 4)).toEqual([
      'STT',
      'Tỉnh, thành phố',
      'Chỉ số DTI / Điểm',
      'Chỉ số DTI / Xếp hạng',
    ]);
    expect(fields(l)).toEqual(['stt', 'unit', ...PILLAR_FIELDS]);
    expect(l.dataRows).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('legacy .xls and Windows-1258 CSV', async () => {
    expect(fields(await layoutOf('ranking2022Xls'))).toEqual(['stt', 'unit', 'dti.rank']);
    const w = await layoutOf('ranking2022Win1258Csv');
    expect(fields(w)).toEqual(['stt', 'unit', 'dti.rank']);
    expect(w.dataRows).toHaveLength(63);
  });

  it('abbreviated headers without diacritics, and English headers', async () => {
    expect(fields(await layoutOf('abbreviatedAsciiXlsx'))).toEqual(['stt', 'unit', ...PILLAR_FIELDS]);
    expect(fields(await layoutOf('englishCsv'))).toEqual(['unit', ...PILLAR_FIELDS]);
  });

  it('shuffled columns; the unknown column is kept aside and reported', async () => {
    const l = await layoutOf('shuffledUnknownXlsx');
    expect(fields(l)).toEqual(['xhs.rank', 'unit', 'ignore', 'dti.rank', 'kts.rank', 'cqs.rank']);
    expect(l.ignored).toEqual([{ col: 3, header: 'Người nhập', note: 'unknown' }]);
  });

  it('blank rows inside the data and a "Nguồn:" footnote below it', async () => {
    const l = await layoutOf('footnoteBlankCsv');
    expect(l.headerRows).toEqual([3]);
    expect(l.dataRows).toHaveLength(63);
    expect(l.blankRows).toEqual([4, 25, 46]);
    expect(l.footnoteRows).toEqual([71, 72]);
    expect(l.titleHints.footnotes[0]).toMatch(/^Nguồn:/);
  });

  it('formulas + hidden rows: derived columns are set aside, not read as a second rank', async () => {
    const l = await layoutOf('formulasHiddenXlsm');
    expect(fields(l)).toEqual(['unit', 'dti.rank', 'cqs.rank', 'kts.rank', 'xhs.rank', 'ignore', 'ignore']);
    expect(l.ignored.map((c) => c.note)).toEqual(['derived', 'derived']);
    expect(l.dataRows).toContain(5); // the hidden row is still data
  });

  it('odd unit names and a bare "Hạng" (lower confidence)', async () => {
    const l = await layoutOf('oddNamesXlsx');
    expect(fields(l)).toEqual(['dti.rank', 'unit']);
    expect(l.columns[0]!.confidence).toBeLessThan(0.9);
  });

  it('34-unit 2024 table: year and group from the title', async () => {
    const l = await layoutOf('units34Xlsx');
    expect(l.titleHints).toMatchObject({ year: 2024, group: 34 });
    expect(fields(l)).toEqual(['stt', 'unit', 'dti.score', 'dti.rank']);
    expect(l.dataRows).toHaveLength(34);
  });
});

describe('KPI tables', () => {
  it('long', async () => {
    const l = await layoutOf('kpiLongCsv');
    expect(l.kind).toBe('kpi-long');
    expect(fields(l)).toEqual([
      'unit',
      'kpi.indicator',
      'kpi.period',
      'kpi.value',
      'kpi.unitOfMeasure',
      'kpi.rank',
      'kpi.rankOf',
      'kpi.note',
    ]);
    expect(l.dataRows).toHaveLength(14);
  });

  it('wide by period', async () => {
    const l = await layoutOf('kpiWidePeriodsXlsx');
    expect(l.kind).toBe('kpi-wide-period');
    expect(l.columns.map((c) => c.mapping)).toEqual([
      { field: 'kpi.indicator' },
      { field: 'kpi.unitOfMeasure' },
      { field: 'kpi.valueForPeriod', period: '2020' },
      { field: 'kpi.valueForPeriod', period: '2021' },
      { field: 'kpi.valueForPeriod', period: '2022' },
    ]);
  });

  it('wide by indicator', async () => {
    const l = await layoutOf('kpiWideIndicatorsCsv');
    expect(l.kind).toBe('kpi-wide-indicator');
    expect(l.columns[2]!.mapping).toEqual({
      field: 'kpi.valueForIndicator',
      indicator: 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ - cấp tỉnh',
    });
    expect(l.columns.slice(2).every((c) => c.mapping.field === 'kpi.valueForIndicator')).toBe(true);
  });
});

describe('headers and values', () => {
  it.each([
    ['XẾP HẠNG CHÍNH QUYỀN SỐ', 'cqs.rank'],
    ['xep hang chinh quyen so', 'cqs.rank'],
    ['Hang CQS', 'cqs.rank'],
    ['Diem DTI', 'dti.score'],
    ['XH DTI', 'dti.rank'],
    ['DTI score', 'dti.score'],
    ['Digital government rank', 'cqs.rank'],
    ['Province', 'unit'],
    ['CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)', 'dti.score'],
    ['Chỉ số Hoạt động chính quyền số', 'idx.hd_chinh_quyen_so'],
    ['An toàn thông tin mạng', 'idx.an_toan_thong_tin_mang'],
    ['Đơn vị tính', 'kpi.unitOfMeasure'],
    ['Mã tỉnh', 'unitCode'],
    ['Ghi chú', 'kpi.note'],
    ['Xếp hạng năm 2022', 'dti.rank'],
    ['Mã ĐVHC', 'unitCode'],
    ['Tỉnh/Thành phố', 'unit'],
    ['Kinh tế số - Hạng', 'kts.rank'],
    ['Chính quyền số (điểm)', 'cqs.score'],
    ['Overall rank', 'dti.rank'],
    ['Điểm tổng hợp', 'dti.score'],
    ['Xếp hạng tổng hợp', 'dti.rank'],
  ])('%s → %s', (h, f) => {
    expect(classifyHeader(h, normalizeHeader(h), false).mapping.field).toBe(f);
  });

  it('period headers', () => {
    const p = (h: string) => classifyHeader(h, normalizeHeader(h), true).mapping;
    expect(p('2021')).toEqual({ field: 'kpi.valueForPeriod', period: '2021' });
    expect(p('Năm 2022')).toEqual({ field: 'kpi.valueForPeriod', period: '2022' });
    expect(p('2022-09')).toEqual({ field: 'kpi.valueForPeriod', period: '2022-09' });
    expect(p('09/2022')).toEqual({ field: 'kpi.valueForPeriod', period: '2022-09' });
    expect(p('Quý 3/2022')).toEqual({ field: 'kpi.valueForPeriod', period: '2022-07..2022-09' });
    expect(p('6 tháng đầu năm 2024')).toEqual({ field: 'kpi.valueForPeriod', period: '2024-01..2024-06' });
  });

  it('signature ignores case and diacritics but not order', () => {
    expect(layoutSignature(['Xếp hạng DTI', 'Tỉnh'])).toBe(layoutSignature(['XEP HANG DTI', 'tinh']));
    expect(layoutSignature(['Xếp hạng DTI', 'Tỉnh'])).not.toBe(layoutSignature(['Tỉnh', 'Xếp hạng DTI']));
  });

  it('parseCellNumber', () => {
    expect(parseCellNumber('0.8002')).toEqual({ value: 0.8002 });
    expect(parseCellNumber('0,8002')).toEqual({ value: 0.8002 });
    // a negative the accountants' way; a tie mark or a rank in brackets is not one
    expect(parseCellNumber('(5,2)')).toEqual({ value: -5.2 });
    expect(parseCellNumber('( 1.234,5 )')).toEqual({ value: -1234.5 });
    expect(parseCellNumber('(3,5%)')).toEqual({ value: -3.5, percent: true });
    expect(parseCellNumber('(đồng hạng)')).toMatchObject({ error: expect.any(String) });
    expect(parseCellNumber(0.8002)).toEqual({ value: 0.8002 });
    expect(parseCellNumber('99,52%')).toEqual({ value: 99.52, percent: true });
    expect(parseCellNumber('912.687')).toEqual({ value: 912687 });
    for (const empty of [null, '', ' ', '-', '–', 'N/A', 'n/a', '#N/A', 'không có'])
      expect(parseCellNumber(empty)).toEqual({ value: null });
    expect(parseCellNumber('15*')).toEqual({ value: 15, tie: true });
    expect(parseCellNumber('15 (đồng hạng)')).toEqual({ value: 15, tie: true });
    expect(parseCellNumber('12/63')).toEqual({ value: 12, of: 63 });
    expect(parseCellNumber('abc')).toHaveProperty('error');
    expect(parseCellNumber(true)).toHaveProperty('error');
  });
});

describe('KPI tables by their shape', () => {
  const table = (rows: (string | number)[][]) => ({
    file: 't.csv',
    sheet: null,
    hidden: false,
    rows,
    hiddenRows: [],
    merges: [],
  });
  it('unit + named numeric columns, no period column: one column per indicator', () => {
    const p = detectLayout(
      table([
        ['STT', 'Đơn vị', 'Tỷ lệ DVC trực tuyến toàn trình (%)', 'Vùng phủ 4G (%)'],
        [1, 'Bình Phước', 45.2, 99.5],
        [2, 'Đồng Nai', 50, 99.9],
      ]),
    );
    expect(p.kind).toBe('kpi-wide-indicator');
    expect(p.columns.map((c) => c.mapping.field)).toEqual([
      'stt',
      'unit',
      'kpi.valueForIndicator',
      'kpi.valueForIndicator',
    ]);
  });
  it('a score or rank column the vocabulary does not know is set aside, never taken for a KPI', () => {
    const p = detectLayout(
      table([
        ['Tỉnh', 'Điểm chung cuộc', 'Hạng'],
        ['Bình Phước', 0.5, 12],
      ]),
    );
    expect(p.columns.map((c) => c.mapping.field)).toEqual(['unit', 'ignore', 'dti.rank']);
  });
});

describe('the indicator of a table without an indicator column', () => {
  it('comes from the title without its numbering and period, in sentence case', () => {
    expect(
      indicatorFromTitle(['Biểu 2: TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH GIAI ĐOẠN 2021 - 2023'], null),
    ).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(indicatorFromTitle(['Tỷ lệ thanh toán trực tuyến năm 2024'], 'Sheet1')).toBe(
      'Tỷ lệ thanh toán trực tuyến',
    );
    expect(indicatorFromTitle(['Bảng 3. Vùng phủ sóng 4G (2020–2024)'], null)).toBe('Vùng phủ sóng 4G');
    expect(indicatorFromTitle(['BÁO CÁO KẾT QUẢ TỶ LỆ THANH TOÁN TRỰC TUYẾN NĂM 2024'], null)).toBe(
      'Tỷ lệ thanh toán trực tuyến',
    );
    expect(indicatorFromTitle(['Phụ lục IV - Số tài khoản thanh toán'], null)).toBe(
      'Số tài khoản thanh toán',
    );
    // (a table of the KPI's ranks: the KPI it ranks, session 15)
    expect(indicatorFromTitle(['Bảng xếp hạng tỷ lệ hồ sơ trực tuyến'], null)).toBe('Tỷ lệ hồ sơ trực tuyến');
    // A title that is only a report's name says nothing about the indicator.
    expect(indicatorFromTitle(['BÁO CÁO TỔNG HỢP'], 'Sheet1')).toBeNull();
  });
  it('else from a sheet name that says something; never from "Sheet1" or a bare year', () => {
    expect(indicatorFromTitle(['2023'], 'Số tài khoản thanh toán')).toBe('Số tài khoản thanh toán');
    expect(indicatorFromTitle([], 'Sheet1')).toBeNull();
    expect(indicatorFromTitle([], 'Trang tính 2')).toBeNull();
    expect(indicatorFromTitle([], null)).toBeNull();
  });
});

describe('periods as reports write them', () => {
  it.each([
    ['2022', '2022'],
    ['Năm 2022', '2022'],
    ['09/2022', '2022-09'],
    ['9-2022', '2022-09'],
    ['2022-9', '2022-09'],
    ['Tháng 9/2022', '2022-09'],
    ['Tháng 9 năm 2022', '2022-09'],
    ['Quý 3/2024', '2024-07..2024-09'],
    ['Quý III năm 2024', '2024-07..2024-09'],
    ['quy iv/2024', '2024-10..2024-12'],
    ['Q1-2023', '2023-01..2023-03'],
    ['6 tháng đầu năm 2024', '2024-01..2024-06'],
    ['8 tháng năm 2022', '2022-01..2022-08'],
    ['9 tháng 2024', '2024-01..2024-09'],
    ['13/2022', '13/2022'],
    ['Giai đoạn 2021-2025', 'Giai đoạn 2021-2025'],
  ])('%s → %s', (raw, want) => expect(normalisePeriod(raw)).toBe(want));
});

describe('numbers in score and value columns', () => {
  it('a score written or formatted as a percentage is a fraction of 1; a KPI value keeps percent units', () => {
    expect(cellNumber('80,02%', 'score')).toEqual({ value: 0.8002 });
    expect(cellNumber('65.43 %', 'score')).toEqual({ value: 0.6543 });
    expect(cellNumber(0.8002, 'score')).toEqual({ value: 0.8002 });
    expect(cellNumber('85,5%')).toEqual({ value: 85.5, percent: true });
    expect(cellNumber('abc', 'score')).toEqual({ error: true });
  });
});
