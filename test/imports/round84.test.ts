// Session 28, tester round 84: round 83's fixes tried for what they must not do — false alarms,
// formats they must leave alone, forms they missed. Each test imports as the command line does.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import {
  errorCodes,
  importLikeCli,
  storedLines,
  writeTemp,
  formatted,
  writeWorkbook,
  type TestSheet,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round84-'), 'r.db'));
});

const book = (name: string, rows: TestSheet['rows']) => writeWorkbook(name, [{ name: 'Sheet1', rows }]);
const values = () =>
  store.db
    .prepare(
      `SELECT i.name_vi AS kpi, o.period, o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id
       WHERE o.layer = 'user' ORDER BY o.source_cell`,
    )
    .all() as { kpi: string; period: string; value: number }[];

describe('number formats that write their scale or show by conditions keep the cell (round 84: 500 stored as 0.0005)', () => {
  it.each([['#,##0,"K"'], ['#,##0.0,," tr"'], ['[>=1000000]#,##0,,"M";[>=1000]#,##0,"K";0']])(
    '%s',
    async (z) => {
      const file = book('gd.xlsx', [
        ['Tỉnh, thành phố', 'Số giao dịch thanh toán trực tuyến'],
        ['Hà Nội', formatted(62_678_000, z)],
        ['Lai Châu', formatted(500, z)],
      ]);
      const { preview, session } = await importLikeCli(store, file, 2024);
      expect(errorCodes(preview)).toEqual([]);
      session.commit();
      expect(values().map((v) => v.value)).toEqual([62_678_000, 500]);
    },
  );

  it('a duration shown "[h]:mm" is a number, not a month (round 84: the column was refused)', async () => {
    const file = book('thoi-gian.xlsx', [
      ['Tỉnh, thành phố', 'Thời gian giải quyết hồ sơ trung bình (ngày)'],
      ['Hà Nội', formatted(1.5, '[h]:mm')],
      ['Lai Châu', formatted(0.75, '[h]:mm')],
    ]);
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values().map((v) => v.value)).toEqual([1.5, 0.75]);
  });

  it.each([['"Tháng "00'], ['"Tháng "0"/2024"']])(
    'month headers typed as numbers shown %s are months',
    async (z) => {
      const file = book('ho-so.xlsx', [
        ['SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024'],
        ['Tỉnh, thành phố', formatted(1, z), formatted(2, z)],
        ['Hà Nội', 10, 11],
      ]);
      const { preview, session } = await importLikeCli(store, file, 2024);
      expect(errorCodes(preview)).toEqual([]);
      session.commit();
      expect(values()).toEqual([
        { kpi: 'Số hồ sơ trực tuyến', period: '2024-01', value: 10 },
        { kpi: 'Số hồ sơ trực tuyến', period: '2024-02', value: 11 },
      ]);
    },
  );
});

describe('a count whole either way where nothing in the file tells (round 84: "2,000" stored as 2, unsaid)', () => {
  it('is the thousands, and said', async () => {
    const file = writeTemp(
      'gd.csv',
      'Tỉnh thành phố,Số giao dịch thanh toán trực tuyến\r\nHà Nội,"2,000"\r\nLai Châu,"5,000"\r\nĐiện Biên,317\r\n',
    );
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).toContain('countReadWhole');
    session.commit();
    expect(values().map((v) => v.value)).toEqual([2000, 5000, 317]);
  });
});

describe('false alarms of round 83 (round 84)', () => {
  it('a percentage corrected a thousandfold is no change of unit', async () => {
    const t = (name: string, v: string) =>
      writeTemp(name, `Tỉnh thành phố;Tỷ lệ thanh toán trực tuyến (%)\r\nHà Nội;${v}\r\nLai Châu;60,5\r\n`);
    (await importLikeCli(store, t('a.csv', '0,08'), 2024)).session.commit();
    const b = await importLikeCli(store, t('b.csv', '80'), 2024);
    expect(b.preview.problems.filter((p) => p.code === 'scaleJump')).toEqual([]);
  });

  it("an excerpt's score tied at four decimals with a stored unit ranked above it is in order", async () => {
    const units = published2022().map((r) => r.label);
    const score = (i: number) => Number((0.8 - i * 0.005).toFixed(4));
    const sheet = (name: string, rows: (string | number)[][]) =>
      writeWorkbook(name, [
        {
          name: 'DTI 2023',
          rows: [['BẢNG XẾP HẠNG DTI NĂM 2023'], ['Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI'], ...rows],
        },
      ]);
    (
      await importLikeCli(
        store,
        sheet(
          'all.xlsx',
          units.map((u, i) => [u, score(i), i + 1]),
        ),
        2023,
      )
    ).session.commit();
    // (rank 6 typed 0,78003: rank 5's stored 0,7800 is the same at the ministry's four decimals)
    const { preview } = await importLikeCli(store, sheet('excerpt.xlsx', [[units[5]!, 0.78003, 6]]), 2023);
    expect(preview.problems.filter((p) => p.code === 'rankInconsistentWithStored')).toEqual([]);
  });

  it.each([
    ['Tỷ lệ cơ sở kinh doanh dược kết nối liên thông (%)', 'Tỷ lệ cơ sở kinh doanh kết nối liên thông (%)'],
    ['Số nền tảng số đa dịch vụ', 'Số nền tảng số dịch vụ'],
  ])('"%s" beside "%s": other words, not fillers', async (fresh, stored) => {
    const t = (name: string, header: string) => writeTemp(name, `Tỉnh thành phố;${header}\r\nHà Nội;10\r\n`);
    (await importLikeCli(store, t('a.csv', stored), 2024)).session.commit();
    const b = await importLikeCli(store, t('b.csv', fresh), 2024);
    expect(b.preview.problems.filter((p) => p.code === 'kpiNearName')).toEqual([]);
    expect(storedLines(store)).toHaveLength(1);
  });

  it.each([['#PYTHON!'], ['#EXTERNAL!'], ['#TIMEOUT!']])('%s is a formula error', async (cell) => {
    const file = writeTemp(
      'tk.csv',
      `Tỉnh thành phố;Số tài khoản thanh toán\r\nHà Nội;${cell}\r\nLai Châu;5\r\n`,
    );
    expect(errorCodes((await importLikeCli(store, file, 2024)).preview)).toEqual(['formulaError']);
  });
});

describe('a column whose numbers write decimals both ways (round 84: told "no number reads one way only")', () => {
  it('is said as such', async () => {
    const file = writeTemp(
      'tl.csv',
      'Tỉnh thành phố;Tỷ lệ dân số trưởng thành có điện thoại thông minh\r\nHà Nội;"1,234,567"\r\nLai Châu;2,5\r\nĐiện Biên;"2,000"\r\n',
    );
    const { preview } = await importLikeCli(store, file, 2024);
    const said = preview.problems.filter((p) => p.code === 'ambiguousNumber');
    expect(said).toHaveLength(1);
    expect(said[0]!.messageVi).toContain('các số của cột viết dấu thập phân theo cả hai cách');
  });
});

describe('a row of month names without the year, "Tháng Một … Tháng Mười Hai" (round 84: its "Tháng Năm" read as a period column)', () => {
  const names = [
    'Một',
    'Hai',
    'Ba',
    'Tư',
    'Năm',
    'Sáu',
    'Bảy',
    'Tám',
    'Chín',
    'Mười',
    'Mười Một',
    'Mười Hai',
  ];
  it("is the twelve months of the title's year, May among them", async () => {
    const file = writeTemp(
      'ho-so-2024.csv',
      `SỐ HỒ SƠ TRỰC TUYẾN NĂM 2024\r\nTỉnh thành phố;${names.map((n) => `Tháng ${n}`).join(';')}\r\nHà Nội;${names.map((_, m) => 100 + m).join(';')}\r\n`,
    );
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values().map((v) => `${v.period} ${v.value}`)).toEqual(
      names.map((_, m) => `2024-${String(m + 1).padStart(2, '0')} ${100 + m}`),
    );
  });
  it('"Tháng năm" alone still heads a long table\'s period column', async () => {
    const file = writeTemp(
      'dai.csv',
      'Tỉnh thành phố;Chỉ tiêu;Tháng năm;Giá trị\r\nHà Nội;Số hồ sơ trực tuyến;07/2024;10\r\nHà Nội;Số hồ sơ trực tuyến;08/2024;11\r\n',
    );
    const { preview, session } = await importLikeCli(store, file, 2024);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(values().map((v) => `${v.period} ${v.value}`)).toEqual(['2024-07 10', '2024-08 11']);
  });
});
