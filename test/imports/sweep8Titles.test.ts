// What testers found in the eighth sweep about the lines above a table: the administrative block
// of a Vietnamese report (issuing body, quốc hiệu, "Số: …", "Đồng Nai, ngày 10 tháng 01 năm
// 2026") is not the title — its signing date is no period and its body no indicator; a span of
// years is no year; and a district's or commune's report is not its province's.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  indicatorFromTitle,
  periodFromTitle,
  readTitleHints,
  subProvincialNamedIn,
  withoutAdministrative,
} from '../../src/main/imports/layout/titleHints';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { errorCodes, stageFile, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-sweep8-titles-'), 't.db'));
});

/** The header block of Nghị định 30/2020, as two columns of three rows. */
const ADMIN_BLOCK = [
  ['UBND TỈNH ĐỒNG NAI', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, 'Độc lập - Tự do - Hạnh phúc'],
  [null, null, 'Đồng Nai, ngày 10 tháng 01 năm 2026'],
  [],
];

const storedKpi = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS name, i.unit_of_measure AS uom, o.period, o.value, u.name_vi AS unit FROM observation o
       JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id
       WHERE i.kind = 'kpi' AND o.layer = 'user' ORDER BY i.name_vi, o.period`,
    )
    .all() as { name: string; uom: string | null; period: string; value: number; unit: string }[];

const stage = (f: string, override = {}) => stageFile(store, { kind: 'file', path: f }, override);

describe('the administrative block is not the title', () => {
  it('its lines, read alone or joined as layout detection joins a row, leave nothing', () => {
    for (const line of [
      'UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc',
      'BỘ KHOA HỌC VÀ CÔNG NGHỆ',
      'ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC',
      'VĂN PHÒNG UBND TỈNH',
      'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH',
      'Đồng Nai, ngày 10 tháng 01 năm 2026',
      'TP. Hồ Chí Minh, ngày 10/01/2026',
      'ngày     tháng     năm 2026',
      'Số: 15/BC-SKHCN Đồng Nai, ngày 05 tháng 01 năm 2026',
      'Số:      /BC-UBND',
      '(Kèm theo Báo cáo số 123/BC-UBND ngày 10/01/2026 của UBND tỉnh)',
      // a date after the place needs no "ngày"
      'Đồng Nai, tháng 01/2026',
      'Đồng Nai, tháng 01 năm 2026',
      'Đồng Nai, 05/01/2026',
    ])
      expect(withoutAdministrative(line), line).toBe('');
    // …but a line that opens with its period is a title naming it
    expect(withoutAdministrative('Tháng 9/2025')).toBe('Tháng 9/2025');
    expect(periodFromTitle(['Đồng Nai, tháng 01/2026', 'KẾT QUẢ QUÝ III NĂM 2025'])).toBe('2025-07..2025-09');
    // A title keeps its words; "Bộ chỉ số" is no ministry.
    expect(withoutAdministrative('BỘ CHỈ SỐ DTI NĂM 2023')).toBe('BỘ CHỈ SỐ DTI NĂM 2023');
    expect(withoutAdministrative('Số tổ công nghệ số cộng đồng năm 2024')).toBe(
      'Số tổ công nghệ số cộng đồng năm 2024',
    );
  });

  it('gives no year and no period; the title under it does', () => {
    const block = ADMIN_BLOCK.map((r) => r.filter(Boolean).join(' ')).filter(Boolean);
    expect(readTitleHints(block, []).year).toBeUndefined();
    expect(periodFromTitle(block)).toBeNull();
    expect(readTitleHints([...block, 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THEO QUÝ - 2025'], []).year).toBe(
      2025,
    );
    expect(periodFromTitle([...block, 'KẾT QUẢ 6 THÁNG CUỐI NĂM 2025'])).toBe('2025-07..2025-12');
    // The attachment note's date is the report's, the document number's year the decree's.
    expect(readTitleHints(['(Kèm theo Báo cáo số 123/BC-UBND ngày 10/01/2026 của UBND tỉnh)'], []).year).toBe(
      undefined,
    );
    expect(
      readTitleHints(['Theo Nghị định 30/2020/NĐ-CP', 'CHỈ TIÊU CHUYỂN ĐỔI SỐ'], []).year,
    ).toBeUndefined();
    // A date said in the title itself is the title's.
    expect(readTitleHints(['SỐ LIỆU TÍNH ĐẾN NGÀY 30/9/2025'], []).year).toBe(2025);
  });

  it('is not the indicator: the agency, the quốc hiệu and a bare "BÁO CÁO" are skipped', () => {
    expect(
      indicatorFromTitle(
        ['BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CỦA CÁC TỈNH, THÀNH PHỐ (%)'],
        'Sheet1',
      ),
    ).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình (%)');
    expect(
      indicatorFromTitle(
        [
          'UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          'SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc',
          'BIỂU 01: TỶ LỆ THANH TOÁN TRỰC TUYẾN CÁC TỈNH (%)',
        ],
        null,
      ),
    ).toBe('Tỷ lệ thanh toán trực tuyến (%)');
    expect(
      indicatorFromTitle(['UBND TỈNH ĐỒNG NAI', 'PHỤ LỤC', 'Biểu số 02', 'Vùng phủ sóng 4G'], null),
    ).toBe('Vùng phủ sóng 4G');
    expect(
      indicatorFromTitle(
        ['UBND TỈNH ĐỒNG NAI', 'TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CÁC XÃ, PHƯỜNG QUÝ III/2025 (%)'],
        null,
      ),
    ).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình (%)');
    expect(indicatorFromTitle(['BỘ KHOA HỌC VÀ CÔNG NGHỆ'], 'Sheet1')).toBeNull();
  });

  it('a yearless quarterly report signed the next January is of the title’s year, not of 2026', async () => {
    const f = writeWorkbook('y01.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ...ADMIN_BLOCK,
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH THEO QUÝ - 2024'],
          [],
          ['STT', 'Chỉ tiêu', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 60, 65, 70, 75],
        ],
      },
    ]);
    const { session, preview } = await stage(f);
    expect(session.target).toMatchObject({ kind: 'kpi', year: 2024 });
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedKpi().map((r) => [r.unit, r.period, r.value])).toEqual([
      ['Đồng Nai', '2024-01..2024-03', 60],
      ['Đồng Nai', '2024-04..2024-06', 65],
      ['Đồng Nai', '2024-07..2024-09', 70],
      ['Đồng Nai', '2024-10..2024-12', 75],
    ]);
  });

  it('a report with no period but the signing date asks for the period instead of taking 2026-01', async () => {
    for (const [name, top, title] of [
      ['y02.xlsx', ADMIN_BLOCK, 'BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG CUỐI NĂM'],
      [
        'y03.xlsx',
        [['Số: 15/BC-SKHCN', null, 'Đồng Nai, ngày 05 tháng 01 năm 2026'], []],
        'KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH ĐỒNG NAI',
      ],
    ] as const) {
      const f = writeWorkbook(name, [
        {
          name: 'Sheet1',
          rows: [
            ...top.map((r) => [...r]),
            [title],
            [],
            ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
            [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 75],
          ],
        },
      ]);
      const { session, preview } = await stage(f);
      expect(session.target, name).toMatchObject({ year: null, period: null });
      expect(errorCodes(preview), name).toEqual(['noTablePeriod']);
      expect(preview.canCommit).toBe(false);
      // Said, the period is taken.
      const again = await stage(f, { year: 2025, period: '2025-07..2025-12', group: 34 });
      expect(errorCodes(again.preview), name).toEqual([]);
    }
  });

  it('an agency above a table of the 34 units does not name its KPI', async () => {
    const units = store.db
      .prepare(`SELECT name_vi AS name FROM unit WHERE code_list = '2025' ORDER BY code`)
      .all() as {
      name: string;
    }[];
    expect(units).toHaveLength(34);
    const f = writeWorkbook('w06.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BỘ KHOA HỌC VÀ CÔNG NGHỆ'],
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CỦA CÁC TỈNH, THÀNH PHỐ (%)'],
          [],
          ['STT', 'Tỉnh, thành phố', 'Quý III/2025', 'Tháng 10/2025'],
          ...units.map((u, i) => [i + 1, u.name, 70, 71]),
        ],
      },
    ]);
    const { session, preview } = await stage(f);
    expect(session.target?.indicator).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình (%)');
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    const stored = storedKpi();
    expect(new Set(stored.map((r) => `${r.name} [${r.uom}]`))).toEqual(
      new Set(['Tỷ lệ hồ sơ trực tuyến toàn trình [%]']),
    );
    expect(stored).toHaveLength(68);
  });
});

describe('a title naming a span of years', () => {
  it('gives no year hint; one year said alone still does', () => {
    for (const t of [
      'ĐIỂM CHỈ SỐ DTI CÁC TỈNH GIAI ĐOẠN 2021-2022',
      'TỶ LỆ THANH TOÁN TRỰC TUYẾN 2021 – 2025',
      'SỐ LIỆU CÁC NĂM 2020, 2021',
      'KẾT QUẢ TỪ NĂM 2021 ĐẾN NĂM 2025',
      'DTI 2022 cập nhật 2023',
    ])
      expect(readTitleHints([t], []).year, t).toBeUndefined();
    expect(readTitleHints(['XẾP HẠNG DTI NĂM 2022 (CÔNG BỐ NĂM 2023)'], []).year).toBe(2022);
    expect(readTitleHints(['GIAI ĐOẠN 2021-2025', 'KẾT QUẢ NĂM 2024'], []).year).toBe(2024);
    expect(readTitleHints(['Số liệu 2021', 'Bảng 2023'], []).year).toBe(2023);
  });

  it('a ranking titled "GIAI ĐOẠN 2021-2022" imports for 2022 without a contradiction', async () => {
    const f = writeWorkbook('c1d.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['ĐIỂM CHỈ SỐ DTI CÁC TỈNH GIAI ĐOẠN 2021-2022'],
          [],
          ['STT', 'Tỉnh', '2021', '2022'],
          [1, 'TP. Đà Nẵng', 0.646, 0.8002],
          [2, 'TP. Hồ Chí Minh', 0.65, 0.7163],
        ],
      },
    ]);
    const { session, preview } = await stage(f, { kind: 'ranking', year: 2022, group: 63, period: '2022' });
    expect(session.titleHints.year).toBeNull();
    expect(errorCodes(preview)).not.toContain('yearContradicts');
  });
});

describe('a district’s or commune’s report', () => {
  const isProvince = (l: string) => /hà nội|hồ chí minh/i.test(l);
  it('is told by the title or the sheet name, not by a kind of unit or "xã hội"', () => {
    expect(subProvincialNamedIn('KẾT QUẢ … HUYỆN ĐỒNG PHÚ, TỈNH BÌNH PHƯỚC NĂM 2024', isProvince)).toBe(
      'huyện Đồng Phú',
    );
    expect(subProvincialNamedIn('UBND HUYỆN ĐỒNG PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', isProvince)).toBe(
      'huyện Đồng Phú',
    );
    expect(subProvincialNamedIn('CHUYỂN ĐỔI SỐ PHƯỜNG BÌNH PHƯỚC QUÝ III/2025', isProvince)).toBe(
      'phường Bình Phước',
    );
    expect(subProvincialNamedIn('TP Đồng Xoài 2024', isProvince)).toBe('thành phố Đồng Xoài');
    expect(subProvincialNamedIn('Thành phố Hà Tĩnh', isProvince)).toBe('thành phố Hà Tĩnh');
    expect(subProvincialNamedIn('Quận 1', isProvince)).toBe('quận 1');
    for (const t of [
      'THÀNH PHỐ HÀ NỘI NĂM 2024',
      'TP. Hồ Chí Minh',
      'CHỈ SỐ XÃ HỘI SỐ CỦA CÁC TỈNH, THÀNH PHỐ',
      'TỶ LỆ XÃ ĐẠT CHUẨN NÔNG THÔN MỚI',
      'SỐ XÃ CÓ ĐIỂM PHỤC VỤ BƯU CHÍNH',
      'HỒ SƠ CÁC XÃ, PHƯỜNG QUÝ III/2025',
      'TỶ LỆ TTHC CẤP XÃ ĐỦ ĐIỀU KIỆN',
      'XÃ BIÊN GIỚI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ])
      expect(subProvincialNamedIn(t, isProvince), t).toBeNull();
  });

  const table = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024'],
    [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 85.3],
    [2, 'Số tổ công nghệ số cộng đồng', 'tổ', 76],
  ];

  it('is refused, naming the district, instead of being stored as the province it names', async () => {
    for (const [name, top, subject] of [
      [
        'l07.xlsx',
        [
          ['UBND HUYỆN ĐỒNG PHÚ', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['PHÒNG VĂN HÓA VÀ THÔNG TIN', null, 'Độc lập - Tự do - Hạnh phúc'],
          [],
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ HUYỆN ĐỒNG PHÚ, TỈNH BÌNH PHƯỚC NĂM 2024'],
        ],
        'huyện Đồng Phú',
      ],
      [
        'l08.xlsx',
        [
          ['UBND TỈNH BÌNH PHƯỚC'],
          ['UBND HUYỆN ĐỒNG PHÚ'],
          [],
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024'],
        ],
        'huyện Đồng Phú',
      ],
      [
        'l10.xlsx',
        [['KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ XÃ BÌNH PHƯỚC, TỈNH ĐỒNG NAI NĂM 2024']],
        'xã Bình Phước',
      ],
      ['l13.xlsx', [['KẾT QUẢ CHỈ TIÊU CHUYỂN ĐỔI SỐ PHƯỜNG BÌNH PHƯỚC QUÝ III/2025']], 'phường Bình Phước'],
    ] as const) {
      const f = writeWorkbook(name, [{ name: 'Sheet1', rows: [...top.map((r) => [...r]), [], ...table] }]);
      const { session, preview } = await stage(f);
      expect(session.target?.unitId ?? null, name).toBeNull();
      expect(preview.canCommit, name).toBe(false);
      const said = preview.problems.find((p) => p.messageEn.includes('not a province'));
      expect(said, name).toMatchObject({
        severity: 'error',
        code: 'noUnitColumn',
        file: name,
        sheet: 'Sheet1',
      });
      expect(said!.messageEn).toContain(`about ${subject}, not a province`);
      expect(said!.messageEn).toContain(name);
      expect(said!.messageVi).toContain(`số liệu của ${subject}`);
      expect(said!.messageVi).not.toContain('not a province');
      // The analyst who chooses the province says these are its figures.
      const bp = store.db
        .prepare(`SELECT id FROM unit WHERE name_vi = 'Bình Phước' AND code_list = 'gso2004'`)
        .get() as {
        id: number;
      };
      const chosen = await stage(f, { unitId: bp.id, year: 2024, period: '2024', group: 63 });
      expect(
        chosen.preview.problems.filter((p) => p.messageEn.includes('not a province')),
        name,
      ).toEqual([]);
    }
  });

  it('a province’s own report still gives its unit', async () => {
    for (const title of [
      'KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC NĂM 2024',
      'KẾT QUẢ CHỈ TIÊU KINH TẾ SỐ, XÃ HỘI SỐ CỦA TỈNH BÌNH PHƯỚC NĂM 2024',
    ]) {
      const f = writeWorkbook('province.xlsx', [
        {
          name: 'Sheet1',
          rows: [['UBND TỈNH BÌNH PHƯỚC', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], [title], [], ...table],
        },
      ]);
      const { session, preview } = await stage(f);
      expect(session.target?.unitId, title).not.toBeNull();
      expect(errorCodes(preview), title).toEqual([]);
    }
    // A ministry signs in Hà Nội: the place of signing is not the province the table is about.
    const signed = writeWorkbook('signed.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['BỘ KHOA HỌC VÀ CÔNG NGHỆ', null, 'Hà Nội, ngày 10 tháng 01 năm 2025'],
          ['KẾT QUẢ CHUYỂN ĐỔI SỐ CỦA TỈNH BÌNH PHƯỚC NĂM 2024'],
          [],
          ...table,
        ],
      },
    ]);
    const s = await stage(signed);
    const bp = store.db
      .prepare(`SELECT id FROM unit WHERE name_vi = 'Bình Phước' AND code_list = 'gso2004'`)
      .get() as {
      id: number;
    };
    expect(s.session.target).toMatchObject({ unitId: bp.id, year: 2024, period: '2024' });
    expect(errorCodes(s.preview)).toEqual([]);
    const hn = writeWorkbook('hanoi.xlsx', [
      { name: 'Sheet1', rows: [['KẾT QUẢ CHUYỂN ĐỔI SỐ THÀNH PHỐ HÀ NỘI NĂM 2024'], [], ...table] },
    ]);
    const { session, preview } = await stage(hn);
    expect(session.target?.unitId).not.toBeNull();
    expect(errorCodes(preview)).toEqual([]);
  });
});
