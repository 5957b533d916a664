// Layout detection on the shapes a tester's sweep found mis-read: KPI columns with "no data" cells,
// indicators whose name starts with "Nguồn", plan-versus-result tables, and ranking tables with a
// numbering row, a group row above "STT", a bare "Hạng" after each score, or two years side by side.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyHeader, detectLayout, isFootnoteText, normalizeHeader } from '../../src/main/imports/layout';
import { Store } from '../../src/main/store';
import type { LayoutProposal } from '../../src/shared/imports/layout';
import type { CellRange, RawCell } from '../../src/shared/imports/types';
import { tempDir } from '../store/helpers';
import { stageFile, writeTemp, errorCodes } from './helpers';

const table = (rows: RawCell[][], merges: CellRange[] = []) => ({
  file: 't.xlsx',
  sheet: 'Sheet1',
  hidden: false,
  rows,
  hiddenRows: [],
  merges,
});
const fields = (l: LayoutProposal) => l.columns.map((c) => c.mapping.field);
const classify = (h: string) => classifyHeader(h, normalizeHeader(h), true);

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-layout-more-'), 'i.db'));
});
const writeCsv = writeTemp;
const storedKpi = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS name, o.period, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
       WHERE i.kind = 'kpi' AND o.layer = 'user' ORDER BY i.name_vi, o.period, o.value`,
    )
    .all() as { name: string; period: string; value: number }[];
const errors = errorCodes;

describe('one column per indicator, with "no data" cells', () => {
  it('"N/A", "-", "x" and empty cells do not count against a column being numeric', () => {
    const l = detectLayout(
      table([
        ['Kỳ', 'Tỷ lệ DVCTT toàn trình', 'Số Tổ công nghệ số cộng đồng', 'Số người học MOOC kỹ năng số'],
        ['Quý I/2024', 45.5, 1102, 7001],
        ['Quý II/2024', 'N/A', '-', '8.120'],
        ['Quý III/2024', '#N/A', 'x', '9.432'],
        ['Quý IV/2024', '', 'không có', null],
      ]),
    );
    expect(l.kind).toBe('kpi-wide-indicator');
    expect(l.columns.slice(1).map((c) => c.mapping)).toEqual([
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ DVCTT toàn trình' },
      { field: 'kpi.valueForIndicator', indicator: 'Số Tổ công nghệ số cộng đồng' },
      { field: 'kpi.valueForIndicator', indicator: 'Số người học MOOC kỹ năng số' },
    ]);
    expect(l.ignored).toEqual([]);
  });

  it('a column with no number at all, or with real text, is still set aside', () => {
    const l = detectLayout(
      table([
        ['Tỉnh, thành phố', 'Tỷ lệ DVCTT (%)', 'Người phụ trách', 'Vùng phủ 4G (%)'],
        ['Bình Phước', 'N/A', 'Ông A', 99.5],
        ['Đồng Nai', '-', 'Bà B', 'N/A'],
      ]),
    );
    expect(fields(l)).toEqual(['unit', 'ignore', 'ignore', 'kpi.valueForIndicator']);
  });

  it('imports the values of a column where some provinces have "N/A" or "-"', async () => {
    const f = writeCsv(
      'kpi.csv',
      '"Tỉnh, thành phố",Tỷ lệ DVCTT toàn trình (%),Tỷ lệ phủ sóng 4G (%)\n' +
        'Bình Phước,"55,5",100\nĐồng Nai,N/A,"99,9"\nTây Ninh,-,"99,1"\n',
    );
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { year: 2023, period: '2023' },
    );
    expect(errors(preview)).toEqual([]);
    expect(preview.unknownColumns).toEqual([]);
    session.commit();
    session.dispose();
    expect(storedKpi().map((k) => [k.name, k.value])).toEqual([
      ['Tỷ lệ DVCTT toàn trình', 55.5],
      ['Tỷ lệ phủ sóng 4G', 99.1],
      ['Tỷ lệ phủ sóng 4G', 99.9],
      ['Tỷ lệ phủ sóng 4G', 100],
    ]);
  });
});

describe('"Nguồn" starting an indicator name is data; a source line is a footnote', () => {
  it.each([
    ['Nguồn: Bộ Thông tin và Truyền thông', true],
    ['Nguồn số liệu: Sở TT&TT', true],
    ['NGUỒN: dti.gov.vn', true],
    ['(Nguồn: Cục Chuyển đổi số quốc gia)', true],
    ['Nguồn - Báo cáo của UBND tỉnh', true],
    ['Nguồn Bộ TT&TT', true],
    ['Source: MIC', true],
    ['Ghi chú: số liệu ước tính', true],
    ['(*) Số liệu đến 30/9', true],
    ['Nguồn nhân lực CNTT chuyên trách trong cơ quan nhà nước', false],
    ['Nguồn vốn đầu tư cho chuyển đổi số', false],
    ['Source code mở được công bố', false],
    ['Lưu trữ hồ sơ điện tử', false],
  ])('%s → footnote: %s', (text, want) => expect(isFootnoteText(text)).toBe(want));

  it('keeps the "Nguồn nhân lực …" row as data and the source lines below as footnotes', () => {
    const l = detectLayout(
      table([
        ['Chỉ tiêu', 'Đơn vị tính', 'Năm 2022', 'Năm 2023'],
        ['Nguồn nhân lực CNTT chuyên trách trong cơ quan nhà nước', 'người', 152, 170],
        ['Tỷ lệ DVCTT toàn trình', '%', 45.2, 55.5],
        [],
        ['Nguồn Sở Thông tin và Truyền thông'],
        ['Nguồn: Báo cáo số 12/BC-STTTT'],
      ]),
    );
    expect(l.dataRows).toEqual([2, 3]);
    expect(l.footnoteRows).toEqual([5, 6]);
  });

  it('imports the indicator named "Nguồn nhân lực …"', async () => {
    const f = writeCsv(
      'kpi.csv',
      'KẾT QUẢ CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TỈNH BÌNH PHƯỚC\n' +
        'Chỉ tiêu,Đơn vị tính,Năm 2022,Năm 2023\n' +
        'Nguồn nhân lực CNTT chuyên trách trong cơ quan nhà nước,người,152,170\n' +
        'Tỷ lệ DVCTT toàn trình,%,"45,2","55,5"\n' +
        'Nguồn: Sở TT&TT,,,\n',
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f }, { group: 63 });
    expect(errors(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(storedKpi().filter((k) => k.name.startsWith('Nguồn nhân lực'))).toMatchObject([
      { period: '2022', value: 152 },
      { period: '2023', value: 170 },
    ]);
  });
});

describe('plan versus result', () => {
  it.each([
    ['Thực hiện năm 2024', '2024'],
    ['Kết quả 2024', '2024'],
    ['TH 2024', '2024'],
    ['Ước thực hiện 2025', '2025'],
    ['Ước TH năm 2025', '2025'],
    ['Thuc hien nam 2024', '2024'],
    ['Kết quả thực hiện 6 tháng đầu năm 2024', '2024-01..2024-06'],
    ['Thực hiện Quý III/2024', '2024-07..2024-09'],
    ['TH 2024 (%)', '2024'],
  ])('%s → the value for %s', (h, period) =>
    expect(classify(h)).toEqual({ mapping: { field: 'kpi.valueForPeriod', period }, confidence: 0.85 }),
  );

  it.each([
    'Kế hoạch năm 2024',
    'KH 2024',
    'Mục tiêu 2025',
    'Chỉ tiêu kế hoạch 2025',
    'Mục tiêu đến năm 2025',
    'Kế hoạch 2021-2025',
    'Ke hoach nam 2024',
    'Kế hoạch',
  ])('%s → a target, set aside as such', (h) =>
    expect(classify(h)).toEqual({ mapping: { field: 'ignore' }, confidence: 0, note: 'target' }),
  );

  it('plain headers keep their meaning: "Chỉ tiêu", "Thực hiện", "Kết quả", "Kết quả chính quyền số"', () => {
    expect(classify('Chỉ tiêu').mapping.field).toBe('kpi.indicator');
    expect(classify('Thực hiện').mapping.field).toBe('kpi.value');
    expect(classify('Kết quả').mapping.field).toBe('kpi.value');
    expect(classifyHeader('Kết quả chính quyền số', 'ket qua chinh quyen so', false).mapping.field).toBe(
      'cqs.score',
    );
    expect(classify('Tỷ lệ đạt (%)').note).toBe('derived');
    expect(classify('Tỷ lệ hoàn thành kế hoạch').note).toBe('derived');
  });

  it('a plan-versus-result table reads the result as the period value and sets the plan aside', () => {
    const l = detectLayout(
      table([
        ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024 CỦA TỈNH BÌNH PHƯỚC'],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Tỷ lệ đạt (%)'],
        [1, 'Tỷ lệ DVCTT toàn trình', '%', 80, 65.2, 81.5],
      ]),
    );
    expect(l.kind).toBe('kpi-wide-period');
    expect(l.columns[4]!.mapping).toEqual({ field: 'kpi.valueForPeriod', period: '2024' });
    expect(l.ignored).toEqual([
      { col: 4, header: 'Kế hoạch năm 2024', note: 'target' },
      { col: 6, header: 'Tỷ lệ đạt (%)', note: 'derived' },
    ]);
  });

  it('a period over "Kế hoạch | Thực hiện" sub-headers', () => {
    const l = detectLayout(
      table(
        [
          ['STT', 'Chỉ tiêu', 'Năm 2024', null, 'Năm 2025', null],
          [null, null, 'Kế hoạch', 'Thực hiện', 'KH', 'Ước TH'],
          [1, 'Tỷ lệ DVCTT toàn trình', 80, 65.2, 90, 75],
        ],
        [
          { fromRow: 1, fromCol: 1, toRow: 2, toCol: 1 },
          { fromRow: 1, fromCol: 2, toRow: 2, toCol: 2 },
          { fromRow: 1, fromCol: 3, toRow: 1, toCol: 4 },
          { fromRow: 1, fromCol: 5, toRow: 1, toCol: 6 },
        ],
      ),
    );
    expect(l.headerRows).toEqual([1, 2]);
    expect(l.columns.map((c) => c.note ?? c.mapping)).toEqual([
      { field: 'stt' },
      { field: 'kpi.indicator' },
      'target',
      { field: 'kpi.valueForPeriod', period: '2024' },
      'target',
      { field: 'kpi.valueForPeriod', period: '2025' },
    ]);
  });

  it('imports the "Thực hiện" column of a plan-versus-result table', async () => {
    const f = writeCsv(
      'kh.csv',
      'KẾT QUẢ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024 CỦA TỈNH BÌNH PHƯỚC,,,,,\n' +
        'STT,Chỉ tiêu,Đơn vị tính,Kế hoạch năm 2024,Thực hiện năm 2024,Tỷ lệ đạt (%)\n' +
        '1,Tỷ lệ DVCTT toàn trình,%,80,"65,2","81,5"\n' +
        '2,Tài khoản thanh toán của người từ 15 tuổi trở lên,tài khoản,1000000,1012345,"101,2"\n',
    );
    const { session, preview } = await stageFile(store, { kind: 'file', path: f });
    expect(errors(preview)).toEqual([]);
    expect(preview.unknownColumns.map((c) => c.header)).toEqual(['Kế hoạch năm 2024', 'Tỷ lệ đạt (%)']);
    session.commit();
    session.dispose();
    expect(storedKpi().map((k) => [k.name, k.period, k.value])).toEqual([
      ['Tài khoản thanh toán của người từ 15 tuổi trở lên', '2024', 1012345],
      ['Tỷ lệ DVCTT toàn trình', '2024', 65.2],
    ]);
  });
});

describe('ranking tables as provinces retype them', () => {
  const PILLARS = ['dti', 'cqs', 'kts', 'xhs'].flatMap((p) => [`${p}.score`, `${p}.rank`]);
  const scoreRank = ['Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng'];
  const groups = ['Chỉ số DTI', null, 'Chính quyền số', null, 'Kinh tế số', null, 'Xã hội số', null];
  /** The group headers merged over their two sub-headers, on a row. */
  const at = (row: number) =>
    [3, 5, 7, 9].map((c) => ({ fromRow: row, fromCol: c, toRow: row, toCol: c + 1 }));
  const data: RawCell[][] = [
    [1, 'TP. Đà Nẵng', 0.4874, 1, 0.5346, 1, 0.4155, 1, 0.4964, 1],
    [2, 'Thừa Thiên Huế', 0.4097, 2, 0.522, 2, 0.304, 13, 0.3655, 10],
  ];

  it('the numbering row "(1) (2) …" under a two-row header is neither header nor data', () => {
    for (const numbering of [
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
      ['A', 'B', '1', '2', '3', '4', '5', '6', '7', '8'],
    ]) {
      const l = detectLayout(
        table(
          [
            ['KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2020'],
            ['STT', 'Tỉnh, thành phố', ...groups],
            [null, null, ...scoreRank],
            numbering,
            ...data,
          ],
          [
            { fromRow: 2, fromCol: 1, toRow: 3, toCol: 1 },
            { fromRow: 2, fromCol: 2, toRow: 3, toCol: 2 },
            ...at(2),
          ],
        ),
      );
      expect(l.headerRows).toEqual([2, 3]);
      expect(l.dataRows).toEqual([5, 6]);
      expect(fields(l)).toEqual(['stt', 'unit', ...PILLARS]);
    }
  });

  it('a group row above "STT | Tỉnh | Điểm | Xếp hạng …" names whose score and rank each is', () => {
    const l = detectLayout(
      table(
        [
          ['CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2020'],
          [null, null, ...groups],
          ['STT', 'Tỉnh, thành phố', ...scoreRank],
          ...data,
        ],
        at(2),
      ),
    );
    expect(l.headerRows).toEqual([2, 3]);
    expect(l.titleRows).toEqual([1]);
    expect(l.columns[3]!.header).toBe('Chỉ số DTI / Xếp hạng');
    expect(fields(l)).toEqual(['stt', 'unit', ...PILLARS]);
  });

  it('a bare "Hạng" after each score is that score\'s rank', () => {
    const l = detectLayout(
      table([
        ['Tỉnh', 'Điểm DTI', 'Hạng', 'Điểm CQS', 'Hạng', 'Điểm KTS', 'Hạng', 'Điểm XHS', 'Hạng'],
        ['TP. Đà Nẵng', 0.4874, 1, 0.5346, 1, 0.4155, 1, 0.4964, 1],
      ]),
    );
    expect(fields(l)).toEqual(['unit', ...PILLARS]);
    // A main index has no rank in the vocabulary: its "Hạng" is reported, not taken for the DTI's.
    const idx = detectLayout(
      table([
        ['Tỉnh', 'Nhận thức số', 'Hạng', 'Điểm DTI', 'Hạng'],
        ['TP. Đà Nẵng', 0.5, 3, 0.4874, 1],
      ]),
    );
    expect(fields(idx)).toEqual(['unit', 'idx.nhan_thuc_so', 'ignore', 'dti.score', 'dti.rank']);
    expect(idx.ignored).toEqual([{ col: 3, header: 'Hạng', note: 'rank of a main index' }]);
  });

  it('"Xếp hạng 2022 | Xếp hạng 2023": the latest year is the rank, the earlier one is set aside', () => {
    const l = detectLayout(
      table([
        ['STT', 'Tỉnh, thành phố', 'Xếp hạng 2022', 'Xếp hạng 2023', 'Tăng/giảm'],
        [1, 'TP. Đà Nẵng', 1, 1, 0],
        [2, 'TP. Hà Nội', 24, 6, 18],
      ]),
    );
    expect(fields(l)).toEqual(['stt', 'unit', 'ignore', 'dti.rank', 'ignore']);
    expect(l.ignored.map((c) => c.note)).toEqual(['duplicate of column 4 (dti.rank)', 'derived']);
  });

  it.each([
    ['Tên tỉnh/TP', 'unit'],
    ['Provinces/Cities', 'unit'],
    ['Province name', 'unit'],
    ['Xếp hạng tổng thể', 'dti.rank'],
    ['Xếp thứ', 'dti.rank'],
  ])('%s → %s', (h, f) => {
    const l = detectLayout(
      table([
        h === 'Xếp hạng tổng thể' || h === 'Xếp thứ' ? ['Tỉnh, thành phố', h] : [h, 'Xếp hạng DTI'],
        ['TP. Đà Nẵng', 1],
        ['TP. Hồ Chí Minh', 2],
      ]),
    );
    expect(l.kind).toBe('ranking');
    expect(fields(l)).toContain(f);
    expect(l.ignored).toEqual([]);
  });
});
