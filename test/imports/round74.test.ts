// Session 22: what rounds 70–73 left and round 74 found. Each test imports the file as the command
// line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { errorCodes, importCommitted, storedLines, writeWorkbook } from './helpers';
import { indicatorFromTitle, periodFromTitle } from '../../src/main/imports/layout/titleHints';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round74-'), 'r.db'));
});

const stored = () => storedLines(store, 'i.name_vi, o.period');

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
