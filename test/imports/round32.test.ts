// Tester round 31's findings, fixed in session 14: each test imports the file as the wizard or the
// command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { countedByName } from '../../src/main/imports/pipeline/rowMapper';
import { ranksKpi } from '../../src/shared/imports/fields';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { importFileInto, importWithDecimalMark, storedRanking, writeTemp, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round32-'), 'r.db'));
});

const importFile = (file: string, override = {}) => importFileInto(store, file, override);

/** What the store holds from imports: "unit | KPI | value | cell". */
const stored = () =>
  (
    store.db
      .prepare(
        `SELECT u.name_vi AS unit, i.name_vi AS kpi, o.value, o.source_cell AS cell
         FROM observation o JOIN unit u ON u.id = o.unit_id JOIN indicator i ON i.id = o.indicator_id
         WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all() as { unit: string; kpi: string; value: number; cell: string }[]
  ).map((r) => `${r.unit} | ${r.kpi} | ${r.value} | ${r.cell}`);

/** The stored KPI values with their ranks, in file order: { kpi, value, rank }. */
const kpiRanks = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS kpi, o.value, o.rank FROM observation o JOIN indicator i ON i.id = o.indicator_id
       WHERE o.layer = 'user' ORDER BY o.source_cell`,
    )
    .all();

const codes = (p: { problems: { severity: string; code: string }[] }, severity: string) =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);

describe('a KPI whose name says it counts things is whole, whatever the file writes decimals with', () => {
  it('knows such names, with or without marks, and not rates, averages or amounts', () => {
    expect(countedByName('Số hồ sơ trực tuyến')).toBe('hồ sơ');
    expect(countedByName('Tổng số giao dịch thanh toán trực tuyến')).toBe('giao dịch');
    expect(countedByName('Số lượng tài khoản thanh toán')).toBe('tài khoản');
    expect(countedByName('So ho so truc tuyen')).toBe('hồ sơ');
    expect(countedByName('Số hộ gia đình có cáp quang')).toBe('hộ gia đình');
    expect(countedByName('Số hộ có cáp quang')).toBe('hộ');
    expect(countedByName('Số tổ công nghệ số cộng đồng')).toBe('tổ');
    expect(countedByName('SỐ LƯỢT TRUY CẬP CỔNG DỊCH VỤ CÔNG')).toBe('lượt');
    // (round 32: "mới" is no "mỗi"; numbered, bulleted and grouped names; English)
    expect(countedByName('Số doanh nghiệp thành lập mới')).toBe('doanh nghiệp');
    expect(countedByName('So ho so tiep nhan moi')).toBe('hồ sơ');
    expect(countedByName('Tổng số lượng hồ sơ tiếp nhận')).toBe('hồ sơ');
    expect(countedByName('Số DVCTT toàn trình')).toBe('dvctt');
    for (const numbered of [
      '1. Số hồ sơ trực tuyến',
      'a) Số hồ sơ trực tuyến',
      '(1) Số hồ sơ trực tuyến',
      '- Số hồ sơ trực tuyến',
      'I. Số hồ sơ trực tuyến',
      '2.1. Số hồ sơ trực tuyến',
      'Trong đó: Số hồ sơ trực tuyến',
    ])
      expect(countedByName(numbered), numbered).toBe('hồ sơ');
    expect(countedByName('Dịch vụ công trực tuyến – Số hồ sơ')).toBe('hồ sơ');
    expect(countedByName('Number of online applications')).toBe('applications');
    expect(countedByName('Total number of transactions')).toBe('transactions');
    // "trên" a place is no "per": counts on a portal, of people over an age, of communes listed
    expect(countedByName('Số hồ sơ tiếp nhận trên Cổng dịch vụ công')).toBe('hồ sơ');
    expect(countedByName('Số hồ sơ xử lý trên hệ thống một cửa điện tử')).toBe('hồ sơ');
    expect(countedByName('Số người trên 15 tuổi có tài khoản thanh toán')).toBe('người');
    expect(countedByName('Số xã, phường có điểm phục vụ')).toBe('xã');
    // the title over a short header may say it is an average
    expect(
      countedByName('Số giao dịch', 'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN BÌNH QUÂN TRÊN NGƯỜI DÂN NĂM 2026'),
    ).toBeNull();
    expect(countedByName('Số giao dịch', 'SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN CÁC TỈNH NĂM 2026')).toBe(
      'giao dịch',
    );
    for (const name of [
      'Số hồ sơ trực tuyến (nghìn)',
      'Số thuê bao di động (Triệu TB)',
      'Số giao dịch thanh toán (nghìn GD)',
      'Số người dùng VNeID (x1000)',
      'Số tài khoản thanh toán trên đầu người',
      'Số thuê bao di động trên dân số',
      'Số tài khoản thanh toán BQ đầu người',
      'Số thuê bao băng rộng trên trăm dân',
      'Số giao dịch trên mỗi người dân',
      'Average number of transactions per day',
      'Số hồ sơ trực tuyến trên cán bộ',
      'Số hồ sơ trực tuyến trên tổng số hồ sơ',
      'Số thuê bao băng rộng cố định trên hộ gia đình',
      'Số thuê bao Internet tính theo nghìn dân',
      'Số thuê bao băng rộng di động trên một trăm dân',
      'Số giao dịch hàng tháng của mỗi tài khoản',
      'Số lượt truy cập tăng so với năm trước (lần)',
      'Số giao dịch (triệu)',
      'Số giao dịch bình quân/người',
      'Số thuê bao trên 100 dân',
      'Số tiền thanh toán trực tuyến',
      'Tỷ lệ hồ sơ trực tuyến',
      'Số hồ sơ trung bình mỗi xã',
      'Số hóa dữ liệu',
      'Doanh thu',
    ])
      expect(countedByName(name), name).toBeNull();
  });

  it('"541.685" hồ sơ beside rates written "73.6%" is 541685, said once (was 541.685, silently)', async () => {
    const f = writeTemp(
      'dvc-2026.csv',
      '\uFEFFKẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CÁC TỈNH, THÀNH PHỐ NĂM 2026\n\n' +
        'STT;Mã ĐVHC;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ trực tuyến\n' +
        '1;01;Thành phố Hà Nội;73.6%;541.685\n' +
        '2;04;Cao Bằng;89.4%;239.130\n' +
        '3;08;Tuyên Quang;96.8%;99.020\n',
    );
    const p = await importFile(f, { group: 34, year: 2026 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Hà Nội | Tỷ lệ hồ sơ trực tuyến | 73.6 | D4',
      'Cao Bằng | Tỷ lệ hồ sơ trực tuyến | 89.4 | D5',
      'Tuyên Quang | Tỷ lệ hồ sơ trực tuyến | 96.8 | D6',
      'Hà Nội | Số hồ sơ trực tuyến | 541685 | E4',
      'Cao Bằng | Số hồ sơ trực tuyến | 239130 | E5',
      'Tuyên Quang | Số hồ sơ trực tuyến | 99020 | E6',
    ]);
    const said = p.problems.filter((x) => x.messageEn.includes('is a whole number: read as'));
    expect(said.map((x) => x.cell)).toEqual(['E4']);
    expect(said[0]!.messageVi).toContain('số đếm theo "hồ sơ" là số nguyên');
  });

  it('the same without "%" signs: the rates are decimals, the counts whole', async () => {
    const f = writeTemp(
      'dvc-no-pct.csv',
      'KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026\n' +
        'STT;Mã ĐVHC;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ trực tuyến\n' +
        '1;01;Hà Nội;73.6;541.685\n2;04;Cao Bằng;89.4;239.130\n',
    );
    await importFile(f, { group: 34, year: 2026 });
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['73.6', '89.4', '541685', '239130']);
  });

  it("a long table: counts among rates in one value column are whole, the rates keep the file's decimals", async () => {
    const f = writeTemp(
      'long.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\n' +
        'Bình Phước,Tỷ lệ hồ sơ trực tuyến (%),2023,99.52\n' +
        'Bình Phước,Tỷ lệ thanh toán trực tuyến (%),2023,87.975\n' +
        'Bình Phước,Số hồ sơ trực tuyến,2023,1.234\n' +
        'Đồng Nai,Số hồ sơ trực tuyến,2023,"12,345"\n',
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 99.52 | D2',
      'Bình Phước | Tỷ lệ thanh toán trực tuyến | 87.975 | D3',
      'Bình Phước | Số hồ sơ trực tuyến | 1234 | D4',
      'Đồng Nai | Số hồ sơ trực tuyến | 12345 | D5',
    ]);
  });

  it("an average of counts and an amount follow the file's decimal mark", async () => {
    const f = writeTemp(
      'avg.csv',
      'Tên đơn vị;Tỷ lệ thanh toán (%);Số giao dịch bình quân/người;Số tiền thanh toán\n' +
        'Bình Phước;73.6%;1.234;2.345\nĐồng Nai;62.5%;2.5;3.5\n',
    );
    await importFile(f, { year: 2023, group: 63 });
    expect(stored().map((r) => r.split(' | ').slice(1, 3).join(' = '))).toEqual([
      'Tỷ lệ thanh toán = 73.6',
      'Tỷ lệ thanh toán = 62.5',
      'Số giao dịch bình quân/người = 1.234',
      'Số giao dịch bình quân/người = 2.5',
      'Số tiền thanh toán = 2.345',
      'Số tiền thanh toán = 3.5',
    ]);
  });

  it('a "count" with a fraction that reads one way is no count: said, and its numbers follow the marks', async () => {
    const f = writeTemp('frac.csv', 'Tên đơn vị;Số hồ sơ trực tuyến\nBình Phước;1.234\nĐồng Nai;12.5\n');
    const p = await importFile(f, { year: 2023, group: 63 });
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['1.234', '12.5']);
    const said = p.problems.filter((x) => x.messageEn.includes('is a whole number, not below zero'));
    expect(said.map((x) => x.cell)).toEqual(['B3']);
  });
});

describe('a KPI export whose units are given by their 2025 codes alone ("Mã ĐVHC", no name column)', () => {
  const rows = [
    ['01', '73.6%', 'Hà Nội'],
    ['24', '94.1%', 'Bắc Ninh'],
    ['91', '76.1%', 'An Giang'],
    ['96', '98.7%', 'Cà Mau'],
  ];
  const body = (total: boolean) =>
    'Mã ĐVHC;Tỷ lệ hồ sơ trực tuyến (%)\n' +
    rows.map(([code, v]) => `${code};${v}`).join('\n') +
    (total ? '\nTổng: 34 đơn vị;\n' : '\n');

  it('imports the KPI column on the units the codes name (was: "no value column chosen")', async () => {
    const p = await importFile(writeTemp('code-only.csv', body(false)), { year: 2026, group: 34 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toEqual(
      rows.map(([, v, unit], i) => `${unit} | Tỷ lệ hồ sơ trực tuyến | ${parseFloat(v!)} | B${i + 2}`),
    );
  });

  it('a total line in the code column is skipped and said at its cell, not asked about as a unit', async () => {
    const p = await importFile(writeTemp('code-only-total.csv', body(true)), { year: 2026, group: 34 });
    expect(p.questions).toEqual([]);
    expect(codes(p, 'error')).toEqual([]);
    const total = p.problems.find((x) => x.code === 'summaryRow')!;
    expect([total.cell, total.value]).toEqual(['A6', 'Tổng: 34 đơn vị']);
    expect(stored()).toHaveLength(4);
  });

  it('under a title of 2026 the year and the 34-unit list come from the title', async () => {
    const f = writeTemp(
      'code-only-title.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN CÁC TỈNH, THÀNH PHỐ NĂM 2026\n' + body(true),
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toHaveLength(4);
    expect(
      store.db.prepare(`SELECT DISTINCT period FROM observation WHERE layer = 'user'`).pluck().all(),
    ).toEqual(['2026']);
  });
});

describe('a score and its rank in one cell, under any header that says so (was: every cell refused, or ranks lost)', () => {
  // 63 units in the published order, with made-up scores falling by rank (pillars rotated)
  const UNITS = published2022().map((u, i) => {
    const rank = (k: number) => ((i + k) % 63) + 1;
    const score = (r: number) => Math.round((0.8237 - (r - 1) * 0.006) * 1e4) / 1e4;
    return {
      unit: u.label,
      code: u.code,
      ranks: [rank(0), rank(5), rank(11), rank(17)],
      scores: [score(rank(0)), score(rank(5)), score(rank(11)), score(rank(17))],
    };
  });
  /** A 2023 table of the four headlines, each cell written by `cell`. */
  const table = (headers: string[], cell: (score: number, rank: number) => string) =>
    writeWorkbook('both.xlsx', [
      {
        name: 'DTI 2023',
        rows: [
          ['KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023'],
          ['STT', 'Tỉnh, thành phố', ...headers],
          ...UNITS.map((u, i) => [i + 1, u.unit, ...u.scores.map((s, k) => cell(s, u.ranks[k]!))]),
        ],
      },
    ]);
  const comma = (x: number) => x.toFixed(4).replace('.', ',');
  const HEADLINES = ['dti', 'cqs', 'kts', 'xhs'];
  const check = async (f: string) => {
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).toEqual([]);
    const got = storedRanking(store, 2023, 63);
    for (const u of UNITS)
      HEADLINES.forEach((h, k) =>
        expect(got.get(`${u.code}:${h}`), `${u.unit} ${h}`).toEqual({ value: u.scores[k], rank: u.ranks[k] }),
      );
  };

  it('"Chỉ số DTI (Xếp hạng)" over "0,8237 (1)"', async () => {
    await check(
      table(
        [
          'Chỉ số DTI (Xếp hạng)',
          'Chính quyền số (Xếp hạng)',
          'Kinh tế số (Xếp hạng)',
          'Xã hội số (Xếp hạng)',
        ],
        (s, r) => `${comma(s)} (${r})`,
      ),
    );
  });

  it('"Điểm (Hạng) DTI" over "0,8237\\n(1)"', async () => {
    await check(
      table(
        ['Điểm (Hạng) DTI', 'Điểm (Hạng) CQS', 'Điểm (Hạng) KTS', 'Điểm (Hạng) XHS'],
        (s, r) => `${comma(s)}\n(${r})`,
      ),
    );
  });

  it('"Xếp hạng DTI (điểm)" over the rank first, "1 (0,8237)"', async () => {
    await check(
      table(
        ['Xếp hạng DTI (điểm)', 'Xếp hạng CQS (điểm)', 'Xếp hạng KTS (điểm)', 'Xếp hạng XHS (điểm)'],
        (s, r) => `${r} (${comma(s)})`,
      ),
    );
  });

  it('a few "(1)" after scores are footnote marks, not ranks: said, no rank stored', async () => {
    // footnote marks on two cells of the DTI column only
    const marked = writeWorkbook('footnotes.xlsx', [
      {
        name: 'DTI 2023',
        rows: [
          ['KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023'],
          ['STT', 'Tỉnh, thành phố', 'Chỉ số DTI', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
          ...UNITS.map((u, i) => [
            i + 1,
            u.unit,
            i === 5 || i === 9 ? `${comma(u.scores[0]!)} (1)` : comma(u.scores[0]!),
            ...u.scores.slice(1).map(comma),
          ]),
        ],
      },
    ]);
    const p = await importFile(marked);
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([['valueMark', 'C8']]);
    const got = storedRanking(store, 2023, 63);
    for (const u of UNITS) expect(got.get(`${u.code}:dti`)).toEqual({ value: u.scores[0], rank: null });
  });

  it("a remembered layout takes this file's cells' word: ranks after scores in one file, footnotes in the next", async () => {
    const headers = ['Chỉ số DTI', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'];
    await check(table(headers, (s, r) => `${comma(s)} (${r})`));
    // the same headers, next year's copy: plain scores with two footnote marks
    const next = writeWorkbook('next.xlsx', [
      {
        name: 'DTI 2023',
        rows: [
          ['KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023'],
          ['STT', 'Tỉnh, thành phố', ...headers],
          ...UNITS.map((u, i) => [
            i + 1,
            u.unit,
            i === 5 || i === 9 ? `${comma(u.scores[0]!)} (1)` : comma(u.scores[0]!),
            ...u.scores.slice(1).map(comma),
          ]),
        ],
      },
    ]);
    const session = new ImportSession(store.db, { kind: 'file', path: next });
    const a = await session.analyze();
    expect(a.remembered).toBe(true);
    expect(a.mapping.columns.find((c) => c.col === 3)!.note).toBeUndefined();
    session.dispose();
  });

  it('the mapping says the rank is read too; mapped to the rank by hand, the column gives its ranks', async () => {
    const f = table(
      ['Chỉ số DTI (Xếp hạng)', 'Chính quyền số', 'Kinh tế số', 'Xã hội số'],
      (s, r) => `${comma(s)} (${r})`,
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const dti = a.mapping.columns.find((c) => c.col === 3)!;
    expect([dti.mapping.field, dti.note]).toEqual(['dti.score', 'with its rank']);
    const p = await session.stage(
      {
        ...a.mapping,
        columns: a.mapping.columns.map((c) =>
          c.col === 3 ? { ...c, mapping: { field: 'dti.rank' as const } } : c,
        ),
      },
      { ...a.target, group: 63 },
    );
    expect(codes(p, 'error')).toEqual([]);
    session.commit();
    session.dispose();
    const got = storedRanking(store, 2023, 63);
    for (const u of UNITS) expect(got.get(`${u.code}:dti`)).toEqual({ value: null, rank: u.ranks[0] });
  });

  it('a rank column of plain ranks stays a rank column', async () => {
    const p = await importFile(
      table(
        [
          'Chỉ số DTI (Xếp hạng)',
          'Chính quyền số (Xếp hạng)',
          'Kinh tế số (Xếp hạng)',
          'Xã hội số (Xếp hạng)',
        ],
        (_, r) => String(r),
      ),
    );
    expect(codes(p, 'error')).toEqual([]);
    const got = storedRanking(store, 2023, 63);
    for (const u of UNITS) expect(got.get(`${u.code}:dti`)).toEqual({ value: null, rank: u.ranks[0] });
  });
});

describe('a KPI with its rank in brackets, "73.6% (31)" under "… (%) (xếp hạng)"', () => {
  const f = () =>
    writeTemp(
      'rate-rank.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN CÁC TỈNH, THÀNH PHỐ NĂM 2026\n' +
        'STT;Mã ĐVHC;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%) (xếp hạng)\n' +
        '1;01;Thành phố Hà Nội;73.6% (31)\n2;04;Tỉnh Cao Bằng;89.4% (11)\n3;08;Tỉnh Tuyên Quang;96.8%\n',
    );

  it('is the KPI without the word, in %, with each rank among the 34 (was: a KPI named "… (xếp hạng)", ranks dropped)', async () => {
    const p = await importFile(f());
    expect(codes(p, 'error')).toEqual([]);
    expect(p.problems.map((x) => x.code)).toEqual([]);
    const rows = store.db
      .prepare(
        `SELECT i.name_vi AS kpi, i.unit_of_measure AS uom, u.name_vi AS unit, o.value, o.rank, o.rank_of AS rankOf
         FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
         WHERE o.layer = 'user' ORDER BY o.source_cell`,
      )
      .all();
    expect(rows).toEqual([
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', uom: '%', unit: 'Hà Nội', value: 73.6, rank: 31, rankOf: 34 },
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', uom: '%', unit: 'Cao Bằng', value: 89.4, rank: 11, rankOf: 34 },
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', uom: '%', unit: 'Tuyên Quang', value: 96.8, rank: null, rankOf: null },
    ]);
  });

  it('"Tỷ lệ … (xếp hạng)" over plain ranks ranks its KPI\'s column (was: a KPI named "(xếp hạng)" holding ranks as values)', async () => {
    const f = writeTemp(
      'rank-col.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2026\nSTT;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%);Tỷ lệ hồ sơ trực tuyến (xếp hạng)\n' +
        '1;Hà Nội;73.6%;31\n2;Cao Bằng;89.4%;11\n',
    );
    const p = await importFile(f);
    expect(codes(p, 'error')).toEqual([]);
    expect(kpiRanks()).toEqual([
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', value: 73.6, rank: 31 },
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', value: 89.4, rank: 11 },
    ]);
  });

  it("a KPI's rank column beside another KPI is that KPI's rank alone, never the other's", async () => {
    const f = writeTemp(
      'rank-other.csv',
      'STT;Tên đơn vị;Tỷ lệ thanh toán trực tuyến (%);Tỷ lệ hồ sơ trực tuyến (xếp hạng)\n1;Hà Nội;73.6%;31\n2;Cao Bằng;89.4%;11\n',
    );
    const p = await importFile(f, { year: 2026, group: 34 });
    expect(codes(p, 'error')).toEqual([]);
    expect(
      store.db
        .prepare(
          `SELECT i.name_vi AS kpi, o.value, o.rank, o.rank_of AS rankOf FROM observation o
           JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user' ORDER BY o.source_cell`,
        )
        .all(),
    ).toEqual([
      { kpi: 'Tỷ lệ thanh toán trực tuyến', value: 73.6, rank: null, rankOf: null },
      { kpi: 'Tỷ lệ thanh toán trực tuyến', value: 89.4, rank: null, rankOf: null },
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', value: null, rank: 31, rankOf: 34 },
      { kpi: 'Tỷ lệ hồ sơ trực tuyến', value: null, rank: 11, rankOf: 34 },
    ]);
  });

  it('a rank out of range is refused at its cell', async () => {
    const bad = writeTemp(
      'rate-rank-bad.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN CÁC TỈNH, THÀNH PHỐ NĂM 2026\n' +
        'STT;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%) (xếp hạng)\n1;Hà Nội;73.6% (31)\n2;Cao Bằng;89.4% (71)\n',
    );
    const p = await importFile(bad);
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => [x.code, x.cell])).toEqual([
      ['rankRange', 'C4'],
    ]);
  });
});

describe('counts among other figures: what decides, and what is said (tester round 32)', () => {
  it('numbered, "mới" and grouped count columns in a file writing "." decimals are whole', async () => {
    const f = writeTemp(
      'numbered.csv',
      'Tỉnh/thành phố,1. Số hồ sơ trực tuyến,Số doanh nghiệp thành lập mới,Tổng số lượng giao dịch,Tỷ lệ hồ sơ trực tuyến (%)\n' +
        'Bình Phước,541.685,2.345,1.050,73.6\nĐồng Nai,"12,345",1.087,987,45.2\n',
    );
    const p = await importFile(f, { year: 2024, group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored().map((r) => r.split(' | ').slice(2).join(' '))).toEqual([
      '541685 B2',
      '12345 B3',
      '2345 C2',
      '1087 C3',
      '1050 D2',
      '987 D3',
      '73.6 E2',
      '45.2 E3',
    ]);
  });

  it("a count given in thousands, or per head, keeps the file's decimals", async () => {
    const f = writeTemp(
      'scaled.csv',
      'Tỉnh/thành phố,Số hồ sơ trực tuyến (nghìn),Số tài khoản thanh toán trên đầu người,Tỷ lệ (%) thanh toán\n' +
        'Bình Phước,1.234,1.125,73.6\nĐồng Nai,2.5,0.98,45.2\n',
    );
    await importFile(f, { year: 2024, group: 63 });
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['1.234', '2.5', '1.125', '0.98', '73.6', '45.2']);
  });

  it('a "count" column with fractions written as text is no count: its two-way numbers follow the marks', async () => {
    const f = writeTemp(
      'frac-col.csv',
      'Tỉnh/thành phố,Số thuê bao băng rộng,Tỷ lệ (%) thuê bao\nBình Phước,1.125,73.6\nĐồng Nai,0.98,45.2\n',
    );
    const p = await importFile(f, { year: 2024, group: 63 });
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['1.125', '0.98', '73.6', '45.2']);
    expect(
      p.problems.filter((x) => x.messageEn.includes('is a whole number, not below zero')).map((x) => x.cell),
    ).toEqual(['B3']);
  });

  it("--decimal-mark dot on a long table is its rates' mark: its counts stay whole, said at the first", async () => {
    const f = writeTemp(
      'long-dot.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\n' +
        'Bình Phước,Tỷ lệ hồ sơ trực tuyến (%),2024,87.975\n' +
        'Bình Phước,Số hồ sơ trực tuyến,2024,87.975\n' +
        'Đồng Nai,Số hồ sơ trực tuyến,2024,1.234\n',
    );
    const p = await importWithDecimalMark(store, f, '.');
    expect(stored().map((r) => r.split(' | ').slice(2).join(' '))).toEqual([
      '87.975 D2',
      '87975 D3',
      '1234 D4',
    ]);
    expect(
      p.problems.filter((x) => x.messageEn.includes('is a whole number: read as')).map((x) => x.cell),
    ).toEqual(['D3']);
  });

  it('counts\' thousands ("2.417.423") do not decide the decimal mark of the averages beside them: unclear, said', async () => {
    const body =
      'Đơn vị;Chỉ tiêu;Kỳ;Giá trị\n' +
      'Bình Phước;Tổng số giao dịch;2024;2.417.423\n' +
      'Bình Phước;Số giao dịch bình quân/người;2024;2.128\n' +
      'Đồng Nai;Tổng số giao dịch;2024;9.552.411\n' +
      'Đồng Nai;Số giao dịch bình quân/người;2024;21.732\n';
    const p = await importFile(writeTemp('long-big.csv', body));
    expect(p.problems.filter((x) => x.code === 'ambiguousNumber').map((x) => x.cell)).toEqual(['D3']);
    // the analyst says the column writes decimals with a dot: the averages are 2.128 and 21.732,
    // the counts stay whole
    store = new Store(path.join(tempDir('dti-round32-'), 'r2.db'));
    await importWithDecimalMark(store, writeTemp('long-big2.csv', body), '.');
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['2417423', '2.128', '9552411', '21.732']);
  });

  it('a count read whole against a comma chosen for its column is said too', async () => {
    const f = writeTemp(
      'comma-count.csv',
      'Tỉnh, thành phố;Số hồ sơ trực tuyến;Tỷ lệ hồ sơ trực tuyến (%)\nBình Phước;1,100;50.0\nĐồng Nai;2,137;51.1\n',
    );
    const p = await importWithDecimalMark(store, f, ',', 'numeric');
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['1100', '2137', '50', '51.1']);
    const said = p.problems.filter((x) => x.code === 'countReadWhole');
    expect(said.map((x) => x.cell)).toEqual(['B2']);
    expect(said[0]!.messageEn).toContain('the decimal mark "," chosen for the column');
  });

  it('a percentage read in range is told once, not again as an unclear mark', async () => {
    const f = writeTemp(
      'long-amb.csv',
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nBình Phước,Tỷ lệ hồ sơ trực tuyến (%),2024,87.975\nĐồng Nai,Số hồ sơ trực tuyến,2024,87.975\n',
    );
    const p = await importFile(f);
    expect(stored().map((r) => r.split(' | ')[2])).toEqual(['87.975', '87975']);
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([['percentReadInRange', 'D2']]);
  });
});

describe('a two-row header whose unit header stands in its first row, unmerged (was: read as a title)', () => {
  it('keeps the groups in the KPI names and names no table KPI "Tỉnh …"', async () => {
    const f = writeTemp(
      'group2row.csv',
      'Tỉnh,Dịch vụ công trực tuyến,,Thanh toán trực tuyến,\n' +
        ',Số hồ sơ,Tỷ lệ (%),Số giao dịch,Số tiền (triệu đồng)\n' +
        'Bình Phước,"12,345",73.6,"1,234","1,234.5"\nĐồng Nai,"2,500",45.2,"3,750",980.25\n',
    );
    const p = await importFile(f, { year: 2024, group: 63 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Bình Phước'))).toEqual([
      'Bình Phước | Dịch vụ công trực tuyến – Số hồ sơ | 12345 | B3',
      'Bình Phước | Dịch vụ công trực tuyến – tỷ lệ | 73.6 | C3',
      'Bình Phước | Thanh toán trực tuyến – Số giao dịch | 1234 | D3',
      'Bình Phước | Thanh toán trực tuyến – Số tiền | 1234.5 | E3',
    ]);
  });
});

describe('units by code alone for the wrong list', () => {
  it("the 34 units' 2025 codes imported for the 63-unit list are refused at the code column (15 is Lào Cai, not Yên Bái)", async () => {
    const codes34 = store.db
      .prepare(`SELECT code FROM unit WHERE code_list = '2025' ORDER BY code`)
      .pluck()
      .all() as string[];
    const f = writeTemp(
      'codes34.csv',
      'Mã ĐVHC;Tỷ lệ hồ sơ trực tuyến (%)\n' + codes34.map((c, i) => `${c};${50 + i / 2}%`).join('\n') + '\n',
    );
    const p = await importFile(f, { year: 2024, group: 63 });
    const refused = p.problems.filter((x) => x.severity === 'error');
    expect(refused.map((x) => [x.code, x.col])).toEqual([['groupContradicts', 1]]);
    expect(refused[0]!.messageEn).toContain('all 34 codes are codes of the 34-unit list');
    expect(stored()).toEqual([]);
    // a part of the 63 whose codes the 34 also have ("01 … 22", 15 being Yên Bái there) is the 63's
    const northern = ['01', '02', '04', '06', '08', '10', '11', '12', '14', '15'];
    const part = writeTemp(
      'codes63.csv',
      'Mã tỉnh;Tỷ lệ hồ sơ trực tuyến (%)\n' + northern.map((c, i) => `${c};${60 + i}%`).join('\n') + '\n',
    );
    expect(codes(await importFile(part, { year: 2024, group: 63 }), 'error')).toEqual([]);
    expect(stored().some((r) => r.startsWith('Yên Bái | '))).toBe(true);
    store.db.exec(`DELETE FROM observation WHERE layer = 'user'`);
    // for 2026 they are the 34 units
    const q = await importFile(f, { year: 2026, group: 34 });
    expect(codes(q, 'error')).toEqual([]);
    expect(stored()).toHaveLength(34);
  });
});

describe('a letterhead beside a lone "Tỉnh" over the header (round 33: its text prefixed every KPI)', () => {
  it('two groups are groups, whatever their words ("Danh sách … thành thị | Danh sách … nông thôn")', async () => {
    const f = writeTemp(
      'two-groups.csv',
      'Tỉnh;Danh sách chỉ tiêu khu vực thành thị;;Danh sách chỉ tiêu khu vực nông thôn;\n' +
        ';Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ trực tuyến;Tỷ lệ hồ sơ trực tuyến (%);Số hồ sơ trực tuyến\n' +
        'Hà Nội;50.5;1000;40.5;800\n',
    );
    const p = await importFile(f, { year: 2026, group: 34 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored().map((r) => r.split(' | ')[1])).toEqual([
      'Danh sách chỉ tiêu khu vực thành thị – Tỷ lệ hồ sơ trực tuyến',
      'Danh sách chỉ tiêu khu vực thành thị – Số hồ sơ trực tuyến',
      'Danh sách chỉ tiêu khu vực nông thôn – Tỷ lệ hồ sơ trực tuyến',
      'Danh sách chỉ tiêu khu vực nông thôn – Số hồ sơ trực tuyến',
    ]);
  });

  const rows = 'Hà Nội,50.5,1000\nCao Bằng,51.5,1037\n';
  for (const [name, first] of [
    ['a report title', 'Tỉnh,BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2026,'],
    ["a province's name", 'Tỉnh,Bình Phước,'],
  ] as const)
    it(`${name}: the KPIs keep their own names`, async () => {
      const f = writeTemp(
        'letterhead.csv',
        `${first}\n,Tỷ lệ hồ sơ trực tuyến (%),Số hồ sơ trực tuyến\n${rows}`,
      );
      const p = await importFile(f, { year: 2026, group: 34 });
      expect(codes(p, 'error')).toEqual([]);
      expect(stored().map((r) => r.split(' | ').slice(0, 3).join(' | '))).toEqual([
        'Hà Nội | Tỷ lệ hồ sơ trực tuyến | 50.5',
        'Cao Bằng | Tỷ lệ hồ sơ trực tuyến | 51.5',
        'Hà Nội | Số hồ sơ trực tuyến | 1000',
        'Cao Bằng | Số hồ sơ trực tuyến | 1037',
      ]);
    });
});

describe('a rank column naming its KPI short or in full against an abbreviation (round 34: the rank went to the column before it)', () => {
  it('knows which KPI a rank header names', () => {
    expect(ranksKpi('Xếp hạng số tổ', 'Số tổ CNSCĐ')).toBe(true);
    expect(ranksKpi('Xếp hạng số tổ', 'Số thành viên tổ CNSCĐ')).toBe(false);
    expect(ranksKpi('Xếp hạng về số tổ công nghệ số cộng đồng', 'Số tổ CNSCĐ')).toBe(true);
    expect(ranksKpi('Xếp hạng số tổ CNSCĐ', 'Số tổ công nghệ số cộng đồng')).toBe(true);
    expect(ranksKpi('Xếp hạng về số tổ công nghệ số cộng đồng', 'Số thành viên tổ CNSCĐ')).toBe(false);
    expect(ranksKpi('Xếp hạng', 'Số tổ CNSCĐ')).toBe(false);
    expect(ranksKpi('Xếp hạng chung', 'Tỷ lệ hồ sơ trực tuyến')).toBe(false);
  });

  for (const header of ['Xếp hạng số tổ', 'Xếp hạng về số tổ công nghệ số cộng đồng'])
    it(`"${header}" after "Số thành viên tổ CNSCĐ" ranks "Số tổ CNSCĐ"`, async () => {
      const f = writeTemp(
        'cnscd.csv',
        `Tỉnh/thành phố;Kỳ;Số tổ CNSCĐ;Số thành viên tổ CNSCĐ;${header}\n` +
          'Hà Nội;Tháng 10/2026;1.335;8.182;26/34\nCao Bằng;Tháng 10/2026;103;9.295;34/34\n',
      );
      const p = await importFile(f, { group: 34 });
      expect(codes(p, 'error')).toEqual([]);
      expect(kpiRanks()).toEqual([
        { kpi: 'Số tổ CNSCĐ', value: 1335, rank: 26 },
        { kpi: 'Số tổ CNSCĐ', value: 103, rank: 34 },
        { kpi: 'Số thành viên tổ CNSCĐ', value: 8182, rank: null },
        { kpi: 'Số thành viên tổ CNSCĐ', value: 9295, rank: null },
      ]);
    });
});

describe("a province's communes listed under it, named like provinces (round 34)", () => {
  it('under a heading "Các xã, phường:" in the unit column: each refused as a commune, not as the merged province', async () => {
    const f = writeTemp(
      'communes.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 10/2026\nĐơn vị;Tỷ lệ hồ sơ trực tuyến toàn trình (%)\n' +
        'Tỉnh Đồng Nai;72.13\nCác xã, phường:;\nBiên Hòa;97.44\nBình Phước;89.76\n',
    );
    const p = await importFile(f, { group: 34 });
    const errors = p.problems.filter((x) => x.severity === 'error');
    expect(errors.map((x) => [x.cell, x.messageEn.includes('is a district or a commune')])).toEqual([
      ['A4', true],
      ['A5', true],
      ['A6', true],
    ]);
    expect(stored()).toEqual([]);
  });

  it('bulleted under the province\'s row ("Tỉnh Lào Cai" over "- Lào Cai", "- Yên Bái"): the same, no duplicate of Lào Cai', async () => {
    const f = writeTemp(
      'bullets.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 10/2026\nĐơn vị;Tỷ lệ hồ sơ trực tuyến toàn trình (%)\n' +
        'Tỉnh Lào Cai;70.5\n- Lào Cai;88.1\n- Yên Bái;76.3\n',
    );
    const p = await importFile(f, { group: 34 });
    const errors = p.problems.filter((x) => x.severity === 'error');
    expect(errors.map((x) => [x.cell, x.messageEn.includes('is a district or a commune')])).toEqual([
      ['A4', true],
      ['A5', true],
    ]);
  });

  it('a table of provinces all bulleted alike is read as ever', async () => {
    const f = writeTemp(
      'bulleted-provinces.csv',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THÁNG 10/2026\nĐơn vị;Tỷ lệ hồ sơ trực tuyến toàn trình (%)\n' +
        '- Lào Cai;88.1\n- Đồng Nai;76.3\n',
    );
    const p = await importFile(f, { group: 34 });
    expect(codes(p, 'error')).toEqual([]);
    expect(stored()).toHaveLength(2);
  });
});

describe('a rank column that names no one KPI column (round 35)', () => {
  for (const [name, headers] of [
    [
      'an abbreviation no column is ("Xếp hạng PCI" beside "Phổ cập Internet")',
      'Phổ cập Internet (%);Số hồ sơ trực tuyến;Xếp hạng PCI',
    ],
    [
      'a few words two columns share ("Xếp hạng số tổ" beside "Số tổ" and "Số tổ viên")',
      'Số tổ CNSCĐ;Số tổ viên CNSCĐ;Xếp hạng số tổ',
    ],
  ] as const)
    it(`${name}: said at its header, not put on the column before it`, async () => {
      const f = writeTemp(
        'rank-none.csv',
        `Tỉnh/Thành phố;${headers}\nHà Nội;72.7;554;9\nCao Bằng;84.8;397;23\n`,
      );
      const p = await importFile(f, { year: 2026, group: 34 });
      expect(codes(p, 'error')).toEqual([]);
      expect(
        p.problems.filter((x) => x.messageEn.includes('is a rank, but names no one')).map((x) => x.cell),
      ).toEqual(['D1']);
      expect(
        store.db
          .prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user' AND rank IS NOT NULL`)
          .pluck()
          .get(),
      ).toBe(0);
    });

  it('a name bulleted under a province\'s row is refused even when a province has it ("Tỉnh Quảng Trị" over "- Quảng Ninh", a commune of it since 2025)', async () => {
    const f = writeTemp(
      'bulleted-namesake.csv',
      'Tỉnh/Thành phố;Tỷ lệ hồ sơ trực tuyến (%)\nTỉnh Quảng Trị;70.5\n- Quảng Ninh;80.1\nCao Bằng;76.3\n',
    );
    const p = await importFile(f, { year: 2026, group: 34 });
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.cell)).toEqual(['A3']);
    expect(p.rows.filter((r) => r.unitId !== null).map((r) => r.row)).toEqual([2, 4]);
  });

  it('a commune section ends at a total or a province: the provinces after it are read', async () => {
    const f = writeTemp(
      'communes-then-provinces.csv',
      'Tỉnh/Thành phố;Tỷ lệ hồ sơ trực tuyến (%)\nCác xã, phường:;\nPhường Lào Cai;88.1\nTổng;80\nThành phố Hà Nội;70.5\nCao Bằng;76.3\n',
    );
    const p = await importFile(f, { year: 2026, group: 34 });
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.cell)).toEqual(['A2', 'A3']);
    expect(p.rows.filter((r) => r.unitId !== null).map((r) => r.row)).toEqual([5, 6]);
  });
});
