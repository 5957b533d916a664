// Session 16: round 40's leftovers and tester rounds 41–42's findings. Each test imports the file as
// the wizard or the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import {
  importFileInto,
  importLikeCli,
  referenceCsv,
  storedLines,
  storedRanking,
  writeTemp,
  writeWorkbook,
  errorCodes,
  unitsCsv,
  userValuesOf,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round41-'), 'r.db'));
});

const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
const provinces63 = () => referenceCsv('provinces_63.csv').map((r) => r.name_vi!);

const stored = () => storedLines(store, 'i.name_vi, length(o.source_cell), o.source_cell');

/** The names of the KPIs the store holds values of from imports, in order. */
const kpis = () =>
  store.db
    .prepare(
      `SELECT DISTINCT i.name_vi AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id
       WHERE o.layer = 'user' AND i.kind = 'kpi' ORDER BY 1`,
    )
    .all()
    .map((r) => (r as { n: string }).n);

const dtiRows = () => userValuesOf(store, ['dti']);

const errors = errorCodes;

const csv = unitsCsv;

describe('"Tổng số" or "Số lượng" alone under a title naming a count (round 40: refused, "the title names no KPI")', () => {
  it('is that count: "SỐ ĐIỂM BƯU ĐIỆN VĂN HÓA XÃ CÓ KẾT NỐI INTERNET NĂM 2026" over "Tổng số | Xếp hạng"', async () => {
    const f = csv(
      'buu-dien.csv',
      ['SỐ ĐIỂM BƯU ĐIỆN VĂN HÓA XÃ CÓ KẾT NỐI INTERNET NĂM 2026'],
      'STT,"Tỉnh, thành phố",Tổng số,Xếp hạng',
      units34,
      (i) => `${100 - i},${i + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    const rows = stored();
    expect(rows).toHaveLength(34);
    expect(rows[0]).toBe('Hà Nội | Số điểm bưu điện văn hóa xã có kết nối internet | 2026 | 100 | 1');
    expect(rows[33]).toBe(
      `${units34[33]} | Số điểm bưu điện văn hóa xã có kết nối internet | 2026 | 67 | 34`,
    );
    expect(dtiRows()).toBe(0);
  });

  it('"Số lượng" likewise names the title\'s count, not a KPI "– số lượng"', async () => {
    const f = csv(
      'wifi.csv',
      ['SỐ ĐIỂM PHÁT WIFI CÔNG CỘNG MIỄN PHÍ NĂM 2026'],
      'STT,"Tỉnh, thành phố",Số lượng,Xếp hạng',
      units34,
      (i) => `${118 - i},${i + 1}`,
    );
    await importFileInto(store, f);
    expect(stored()[0]).toBe('Hà Nội | Số điểm phát wifi công cộng miễn phí | 2026 | 118 | 1');
  });

  it('a rate\'s title does not make "Tổng số" its rate: a total of what, the file does not say (refused)', async () => {
    const f = csv(
      'rate-title.csv',
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2026'],
      'STT,"Tỉnh, thành phố",Tổng số,Tỷ lệ',
      units34,
      (i) => `${1000 + i},${(80 - i / 2).toFixed(1)}`,
    );
    const preview = await importFileInto(store, f);
    expect(new Set(errors(preview))).toEqual(new Set(['noTableIndicator']));
    expect(stored()).toEqual([]);
  });
});

describe("an average of the DTI's component indices (round 40: stored as the DTI's score and rank)", () => {
  it('is a KPI of its own, named as the title names it, abbreviations in capitals', async () => {
    const f = csv(
      'tb-thanh-phan.csv',
      ['ĐIỂM TRUNG BÌNH CÁC CHỈ SỐ THÀNH PHẦN DTI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng',
      provinces63(),
      (i) => `0.${8054 - i * 10},${i + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(preview.target).toMatchObject({ kind: 'kpi', year: 2024, group: 63 });
    expect(dtiRows()).toBe(0);
    expect(stored()[0]).toBe('Hà Nội | Điểm trung bình các chỉ số thành phần DTI | 2024 | 0.8054 | 1');
    expect(stored()).toHaveLength(63);
  });

  it('the DTI ranking itself, under a title naming the DTI, stays the ranking', async () => {
    const f = csv(
      'dti.csv',
      ['KẾT QUẢ CHỈ SỐ DTI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng',
      provinces63(),
      (i) => `0.${8054 - i * 10},${i + 1}`,
    );
    await importFileInto(store, f);
    expect(dtiRows()).toBe(63);
    expect(storedRanking(store, 2024, 63).get('01:dti')).toEqual({ value: 0.8054, rank: 1 });
  });
});

describe('another index beside the DTI in one table (round 40: "Điểm PAPI" refused as the same figure as "Điểm DTI")', () => {
  const table = (other: string) =>
    csv(
      `dti-${other}.csv`,
      [`CHỈ SỐ DTI VÀ CHỈ SỐ ${other} NĂM 2024`],
      `STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI,Điểm ${other},Xếp hạng ${other}`,
      provinces63(),
      (i) => `0.${7000 - i * 10},${i + 1},${(0.4 + i / 200).toFixed(4)},${63 - i}`,
    );

  it.each(['PAPI', 'PCI', 'CCHC'])(
    'imports the DTI and sets %s aside, saying it is another index',
    async (other) => {
      const preview = await importFileInto(store, table(other));
      expect(errors(preview)).toEqual([]);
      const ranking = storedRanking(store, 2024, 63);
      expect(ranking.size).toBe(63);
      expect(ranking.get('01:dti')).toEqual({ value: 0.7, rank: 1 });
      expect(ranking.get(`${referenceCsv('provinces_63.csv')[62]!.gso_code}:dti`)).toEqual({
        value: 0.638,
        rank: 63,
      });
      const setAside = preview.problems.filter((p) => p.code === 'unknownColumn');
      expect(setAside.map((p) => p.cell)).toEqual(['E3', 'F3']);
      expect(setAside[0]!.messageVi).toContain(
        `cột "Điểm ${other}" là số liệu của một chỉ số khác, không phải DTI`,
      );
      expect(setAside[1]!.messageEn).toContain(
        `column "Xếp hạng ${other}" is a figure of an index other than the DTI`,
      );
    },
  );
});

describe("a table of another index without a title (was: its scores and ranks stored as the DTI's)", () => {
  it('"Điểm PAPI | Xếp hạng PAPI" is a KPI with its rank', async () => {
    const f = csv(
      'papi.csv',
      [],
      'STT,"Tỉnh, thành phố",Điểm PAPI,Xếp hạng PAPI',
      units34,
      (i) => `${(0.9 - i / 100).toFixed(4)},${i + 1}`,
    );
    const preview = await importFileInto(store, f, { year: 2026 });
    expect(preview.target).toMatchObject({ kind: 'kpi' });
    expect(dtiRows()).toBe(0);
    expect(stored()[0]).toBe('Hà Nội | Điểm PAPI | 2026 | 0.9 | 1');
    expect(stored()).toHaveLength(34);
  });

  it('two indices side by side are two KPIs, each with its own rank', async () => {
    const f = csv(
      'papi-pci.csv',
      [],
      'STT,"Tỉnh, thành phố",Điểm PAPI,Xếp hạng PAPI,Điểm PCI,Xếp hạng PCI',
      units34,
      (i) => `${(0.9 - i / 100).toFixed(4)},${i + 1},${(60 + i / 2).toFixed(2)},${34 - i}`,
    );
    await importFileInto(store, f, { year: 2026 });
    expect(dtiRows()).toBe(0);
    const hn = stored().filter((r) => r.startsWith('Hà Nội |'));
    expect(hn).toEqual(['Hà Nội | Điểm PAPI | 2026 | 0.9 | 1', 'Hà Nội | Điểm PCI | 2026 | 60 | 34']);
  });
});

describe('spellings analysts write (round 41: "HCMC" and "Đắc Lắk" asked about)', () => {
  it('are matched without a question, on the 34 as on the 63', async () => {
    for (const [year, group] of [
      [2026, 34],
      [2024, 63],
    ] as const) {
      const f = writeTemp(
        'spellings.csv',
        ['Province,Online payment rate (%)', 'HCMC,61.5', 'Đắc Lắk,48.2'].join('\n'),
      );
      const preview = await importFileInto(store, f, { year, group });
      expect(preview.questions).toEqual([]);
      expect(errors(preview)).toEqual([]);
    }
    expect(
      stored()
        .map((r) => r.split(' | ').slice(0, 4).join(' | '))
        .sort(),
    ).toEqual([
      'Hồ Chí Minh | Online payment rate | 2024 | 61.5',
      'Hồ Chí Minh | Online payment rate | 2026 | 61.5',
      'Đắk Lắk | Online payment rate | 2024 | 48.2',
      'Đắk Lắk | Online payment rate | 2026 | 48.2',
    ]);
  });
});

describe('a comparison with last year (round 41: "no ranking year is chosen")', () => {
  const header = 'STT,"Tỉnh, thành phố",Điểm DTI 2025,Xếp hạng 2025,Xếp hạng 2024';
  const cells = (i: number) => `${(0.8 - i / 100).toFixed(4)},${i + 1},${34 - i}`;

  it.each([
    ['a title comparing with a year', ['XẾP HẠNG DTI NĂM 2025 SO VỚI NĂM 2024 (34 tỉnh, thành phố)']],
    ["no title: the scores' year has its ranks", []],
  ])("%s: the year of the scores, the other year's ranks set aside as such", async (_, titles) => {
    const preview = await importFileInto(store, csv('so-sanh.csv', titles, header, units34, cells));
    expect(preview.target).toMatchObject({ kind: 'ranking', year: 2025, group: 34 });
    expect(errors(preview)).toEqual([]);
    const ranking = storedRanking(store, 2025, 34);
    expect(ranking.get('01:dti')).toEqual({ value: 0.8, rank: 1 });
    expect(ranking.size).toBe(34);
    const aside = preview.problems.find((p) => p.header === 'Xếp hạng 2024')!;
    expect(aside.messageEn).toContain('holds the figures of 2024, not of 2025');
  });

  it('a score of one year beside a rank of another alone says no year', async () => {
    const f = csv(
      'hai-nam.csv',
      [],
      'STT,"Tỉnh, thành phố",Điểm DTI 2025,Xếp hạng 2024',
      units34,
      (i) => `${(0.8 - i / 100).toFixed(4)},${i + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(preview.target.year).toBeNull();
    expect(stored()).toEqual([]);
  });
});

describe('a KPI value changed by a file without ranks (round 41: the old rank stayed beside it unsaid)', () => {
  const header = 'STT,"Tỉnh, thành phố",Tỷ lệ thanh toán trực tuyến (%)';
  it('keeps the rank and says, naming the cells, that it ranked the old value', async () => {
    await importFileInto(
      store,
      csv('kh-th.csv', [], `${header},Xếp hạng`, units34, (i) => `${(80 - i / 2).toFixed(1)},${i + 1}`),
      { year: 2026 },
    );
    const estimate = csv('uoc.csv', [], header, units34, (i) =>
      i === 1 || i === 4 ? '61.3' : (80 - i / 2).toFixed(1),
    );
    const preview = await importFileInto(store, estimate, { year: 2026 });
    const said = preview.problems.filter((p) => p.code === 'rankOfOldValue');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'warning', cell: 'C3' });
    expect(said[0]!.messageVi).toContain('2 giá trị thay đổi mà tệp không cho thứ hạng (ô C3, C6)');
    expect(said[0]!.messageEn).toContain('the rank stored ranked the old value and is kept');
    expect(stored().filter((r) => r.endsWith('| 61.3 | 2') || r.endsWith('| 61.3 | 5'))).toHaveLength(2);
  });

  it("is not said when the values stay; a ranking's score changed without its rank is said too", async () => {
    const rows = (i: number) => `${(80 - i / 2).toFixed(1)},${i + 1}`;
    await importFileInto(store, csv('a.csv', [], `${header},Xếp hạng`, units34, rows), { year: 2026 });
    const same = await importFileInto(
      store,
      csv('b.csv', [], header, units34, (i) => (80 - i / 2).toFixed(1)),
      {
        year: 2026,
      },
    );
    expect(same.problems.map((p) => p.code)).not.toContain('rankOfOldValue');
    await importFileInto(
      store,
      csv('r.csv', [], 'STT,Tỉnh,Điểm DTI,Xếp hạng DTI', units34, (i) => `0.${800 - i},${i + 1}`),
      {
        year: 2025,
      },
    );
    const scores = await importFileInto(
      store,
      csv('s.csv', [], 'STT,Tỉnh,Điểm DTI', units34, (i) => `0.${i === 0 ? 555 : 800 - i}`),
      { year: 2025 },
    );
    expect(scores.problems.filter((p) => p.code === 'rankOfOldValue').map((p) => p.cell)).toEqual(['C2']);
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.555, rank: 1 });
  });
});

describe('a KPI written without marks or with its usual abbreviation (round 41: a KPI of its own)', () => {
  it('"Ty le DVCTT phat sinh ho so cap tinh (%)" is the built-in KPI "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ - cấp tỉnh"', async () => {
    store.loadReference();
    const f = writeTemp(
      'khongdau.csv',
      ['Tinh,Nam,Ty le DVCTT phat sinh ho so cap tinh (%)', 'Gia Lai,2026,69.7'].join('\n'),
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    const row = store.db
      .prepare(
        `SELECT i.code FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user'`,
      )
      .get() as { code: string };
    expect(row.code).toBe('kpi.online_public_services_with_filed_records_provincial_level');
  });
});

describe('a province\'s own report by level (round 41: refused, "no value column is mapped")', () => {
  const gialai = () => store.units.byCode('2025', '52')!;

  it('"STT | Chỉ tiêu | Cấp tỉnh | Cấp xã", the province and month in the title: each row\'s KPI at each level', async () => {
    const f = writeWorkbook('dvctt-t1.xlsx', [
      {
        name: 'T1',
        rows: [
          ['UBND TỈNH GIA LAI'],
          ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
          ['BÁO CÁO KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN THÁNG 1/2026 - TỈNH GIA LAI'],
          ['STT', 'Chỉ tiêu', 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ (%)', 80.34, 49.74],
          [2, 'Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 61.2, 40.5],
        ],
      },
    ]);
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(preview.target).toMatchObject({ kind: 'kpi', period: '2026-01', unitId: gialai().id });
    // (the preview names each row by its KPI, not "Gia Lai" again: UI round 42)
    expect(preview.rows.map((r) => [r.itemLabel, r.unitName])).toEqual([
      ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ (%)', 'Gia Lai'],
      ['Tỷ lệ hồ sơ thanh toán trực tuyến (%)', 'Gia Lai'],
    ]);
    expect(stored()).toEqual([
      'Gia Lai | Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp tỉnh | 2026-01 | 80.34 | null',
      'Gia Lai | Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp xã | 2026-01 | 49.74 | null',
      'Gia Lai | Tỷ lệ hồ sơ thanh toán trực tuyến – cấp tỉnh | 2026-01 | 61.2 | null',
      'Gia Lai | Tỷ lệ hồ sơ thanh toán trực tuyến – cấp xã | 2026-01 | 40.5 | null',
    ]);
  });

  it('the KPI merged over "Cấp tỉnh | Cấp xã", no unit column: the line right above names the KPI', async () => {
    const f = writeWorkbook('dvc-t9.xlsx', [
      {
        name: 'T9',
        rows: [
          ['TỈNH GIA LAI - KẾT QUẢ DỊCH VỤ CÔNG TRỰC TUYẾN THÁNG 9/2026'],
          ['Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ (%)', null],
          ['Cấp tỉnh', 'Cấp xã'],
          [69.79, 62.96],
        ],
        merges: [{ s: { r: 1, c: 0 }, e: { r: 1, c: 1 } }],
      },
    ]);
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(preview.target).toMatchObject({ kind: 'kpi', period: '2026-09', unitId: gialai().id });
    expect(stored()).toEqual([
      'Gia Lai | Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp tỉnh | 2026-09 | 69.79 | null',
      'Gia Lai | Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ – cấp xã | 2026-09 | 62.96 | null',
    ]);
  });
});

describe('tester round 41 (adversarial): figures that name the DTI and are not its score', () => {
  it.each([
    ['MỨC TĂNG ĐIỂM DTI SO VỚI NĂM TRƯỚC NĂM 2025', 'Mức tăng điểm DTI so với năm trước', -0.02],
    [
      'CHÊNH LỆCH ĐIỂM DTI SO VỚI TRUNG BÌNH CẢ NƯỚC NĂM 2025',
      'Chênh lệch điểm DTI so với trung bình cả nước',
      0.2,
    ],
    ['ĐIỂM TRUNG BÌNH DTI CỦA NHÓM TỈNH NĂM 2025', 'Điểm trung bình DTI của nhóm tỉnh', 0.7],
    [
      'ĐIỂM CHỈ TIÊU THANH TOÁN TRỰC TUYẾN TRONG BỘ CHỈ SỐ DTI NĂM 2025',
      'Điểm chỉ tiêu thanh toán trực tuyến trong bộ chỉ số DTI',
      0.66,
    ],
  ])(
    '"%s" over "Điểm | Xếp hạng" is a KPI of that name, never the DTI (was: 34 DTI scores replaced)',
    async (title, kpi, first) => {
      const f = csv('derived.csv', [title], 'STT,Tỉnh,Điểm,Xếp hạng', units34, (i) =>
        i === 0 ? `${first},1` : `${(0.15 - i / 1000).toFixed(3)},${i + 1}`,
      );
      const preview = await importFileInto(store, f);
      expect(preview.target).toMatchObject({ kind: 'kpi', year: 2025 });
      expect(errors(preview)).toEqual([]);
      expect(dtiRows()).toBe(0);
      expect(kpis()).toEqual([kpi]);
      expect(stored()[0]).toBe(`Hà Nội | ${kpi} | 2025 | ${first} | 1`);
    },
  );

  it('a header naming the DTI and an indicator ("Điểm DTI của chỉ tiêu …") is that indicator\'s KPI', async () => {
    const f = csv(
      'kq.csv',
      ['KẾT QUẢ NĂM 2025'],
      'STT,Tỉnh,Điểm DTI của chỉ tiêu thanh toán trực tuyến,Xếp hạng',
      units34,
      (i) => `${(0.66 - i / 100).toFixed(2)},${i + 1}`,
    );
    await importFileInto(store, f);
    expect(dtiRows()).toBe(0);
    expect(stored()[0]).toBe('Hà Nội | Điểm DTI của chỉ tiêu thanh toán trực tuyến | 2025 | 0.66 | 1');
  });

  it('"Điểm DTI trung bình vùng" beside "Điểm DTI" is set aside and said (was: refused as the same figure)', async () => {
    const f = csv(
      'tb-vung.csv',
      [],
      'STT,Tỉnh,Điểm DTI,Điểm DTI trung bình vùng,Xếp hạng DTI',
      units34,
      (i) => `${(0.9 - i / 100).toFixed(2)},0.61,${i + 1}`,
    );
    const preview = await importFileInto(store, f, { year: 2025 });
    expect(errors(preview)).toEqual([]);
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.9, rank: 1 });
    const aside = preview.problems.find((p) => p.header === 'Điểm DTI trung bình vùng')!;
    expect(aside.messageVi).toContain('có nhắc DTI nhưng không phải điểm DTI của đơn vị');
  });
});

describe('tester round 41 (adversarial): other indices named short, by title or sheet', () => {
  it.each([
    ['PCI 2025', 'PCI'],
    ['KẾT QUẢ PCI 2025', 'PCI'],
  ])('title "%s" over "Điểm | Hạng" is the KPI %s (was: the DTI)', async (title, kpi) => {
    const f = csv(
      'pci.csv',
      [title],
      'STT,Tỉnh,Điểm,Hạng',
      units34,
      (i) => `${(71 - i / 2).toFixed(1)},${i + 1}`,
    );
    await importFileInto(store, f);
    expect(dtiRows()).toBe(0);
    expect(stored()[0]).toBe(`Hà Nội | ${kpi} | 2025 | 71 | 1`);
  });

  it('no title, a sheet named "SIPAS 2025": the KPI SIPAS', async () => {
    const f = writeWorkbook('sipas.xlsx', [
      {
        name: 'SIPAS 2025',
        rows: [['Tỉnh', 'Điểm', 'Xếp hạng'], ...units34.map((u, i) => [u, 0.85 - i / 100, i + 1])],
      },
    ]);
    await importFileInto(store, f, { year: 2025 });
    expect(dtiRows()).toBe(0);
    expect(stored()[0]).toBe('Hà Nội | SIPAS | 2025 | 0.85 | 1');
  });

  it('a bare "Chỉ số" under PAR INDEX and then under PAPI are two KPIs (was: PAPI wrote over PAR)', async () => {
    const table = (title: string, v: (i: number) => number) =>
      csv('chiso.csv', [title], 'STT,Tỉnh,Chỉ số,Xếp hạng', provinces63(), (i) => `${v(i)},${i + 1}`);
    await importFileInto(
      store,
      table('CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2024', (i) => 92 - i / 10),
    );
    const papi = await importFileInto(
      store,
      table('CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) NĂM 2024', (i) => 45 - i / 10),
    );
    expect(papi.counts.changed).toBe(0);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | Chỉ số cải cách hành chính (PAR index) | 2024 | 92 | 1',
      'Hà Nội | Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) | 2024 | 45 | 1',
    ]);
  });
});

describe("tester round 41 (adversarial): a header that is the title's KPI cut short", () => {
  it('"Số hồ sơ" under "SỐ HỒ SƠ TIẾP NHẬN …", then under "SỐ HỒ SƠ TRỰC TUYẾN …": two KPIs (was: one, overwritten)', async () => {
    const table = (title: string, n: number) =>
      csv('so-ho-so.csv', [title], 'STT,Tỉnh,Số hồ sơ,Xếp hạng', units34, (i) => `${n - i * 100},${i + 1}`);
    await importFileInto(store, table('SỐ HỒ SƠ TIẾP NHẬN THÁNG 12/2026', 90000));
    const second = await importFileInto(store, table('SỐ HỒ SƠ TRỰC TUYẾN THÁNG 12/2026', 30000));
    expect(second.counts.changed).toBe(0);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | Số hồ sơ tiếp nhận | 2026-12 | 90000 | 1',
      'Hà Nội | Số hồ sơ trực tuyến | 2026-12 | 30000 | 1',
    ]);
  });
});

describe("tester round 41 (adversarial): ranks of a region's provinces among themselves", () => {
  const region = referenceCsv('provinces_63.csv').filter((r) => r.region === 'Trung du và miền núi phía Bắc');

  it('are set aside and said; the scores are imported (was: stored as national ranks, unsaid)', async () => {
    const f = csv(
      'vung.csv',
      ['XẾP HẠNG DTI CÁC TỈNH VÙNG TRUNG DU VÀ MIỀN NÚI PHÍA BẮC NĂM 2024'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng',
      region.map((r) => r.name_vi!),
      (i) => `${(0.7 - i / 100).toFixed(2)},${i + 1}`,
    );
    const preview = await importFileInto(store, f, { group: 63 });
    expect(errors(preview)).toEqual([]);
    const ranking = storedRanking(store, 2024, 63);
    expect(ranking.get(`${region[0]!.gso_code}:dti`)).toEqual({ value: 0.7, rank: null });
    expect(preview.problems.find((p) => p.header === 'Xếp hạng')!.messageEn).toContain(
      'is a rank within a region or a group, not the national rank',
    );
  });

  it("an excerpt of the national ranking under a region's name keeps its national ranks", async () => {
    const f = csv(
      'vung-trich.csv',
      ['XẾP HẠNG DTI CÁC TỈNH VÙNG TRUNG DU VÀ MIỀN NÚI PHÍA BẮC NĂM 2024'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng',
      region.map((r) => r.name_vi!),
      (i) => `${(0.7 - i / 100).toFixed(2)},${i * 3 + 5}`,
    );
    await importFileInto(store, f, { group: 63 });
    expect(storedRanking(store, 2024, 63).get(`${region[0]!.gso_code}:dti`)).toEqual({ value: 0.7, rank: 5 });
  });
});

describe("tester round 41 (adversarial): a province's own DTI over the years", () => {
  it('"Năm | Điểm DTI | Xếp hạng": the chosen year\'s score and its rank (was: the rank dropped unsaid)', async () => {
    const f = writeWorkbook('qn.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) CỦA TỈNH QUẢNG NINH QUA CÁC NĂM'],
          ['Năm', 'Điểm DTI', 'Xếp hạng'],
          ['Năm 2022', 0.6, 14],
          ['Năm 2023', 0.65, 11],
          ['Năm 2024', 0.7, 8],
        ],
      },
    ]);
    const preview = await importFileInto(store, f, { year: 2023, group: 63 });
    expect(errors(preview)).toEqual([]);
    expect(storedRanking(store, 2023, 63).get('22:dti')).toEqual({ value: 0.65, rank: 11 });
  });
});

describe("tester round 42 (a merged province's history)", () => {
  const title = 'TỶ LỆ DỊCH VỤ CÔNG TRỰC TUYẾN PHÁT SINH HỒ SƠ CẤP TỈNH THÁNG 5/2025 CỦA 63 TỈNH, THÀNH PHỐ';
  const table = (name: string, t: string, bump: number) =>
    csv(
      name,
      [t],
      'STT,"Tỉnh, thành phố",Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ - cấp tỉnh (%),Xếp hạng',
      provinces63(),
      (i) => `"${(99.64 - i / 10 + (i < 2 ? bump : 0)).toFixed(2).replace('.', ',')}",${i + 1}`,
    );
  const codes = () =>
    store.db
      .prepare(
        `SELECT DISTINCT i.code FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.layer = 'user'`,
      )
      .all()
      .map((r) => (r as { code: string }).code);

  it('a column naming the title\'s KPI in full is that KPI (was: "title – column", apart from the provinces\' reports)', async () => {
    store.loadReference();
    await importFileInto(store, table('t5.csv', title, 0));
    expect(codes()).toEqual(['kpi.online_public_services_with_filed_records_provincial_level']);
  });

  it('a corrected copy "(đính chính)" corrects the values it changes (was: 126 new values on a KPI named by the whole title)', async () => {
    await importFileInto(store, table('t5.csv', title, 0));
    const fixed = await importFileInto(store, table('t5-dc.csv', `${title} (đính chính)`, 0.01));
    expect(fixed.counts).toMatchObject({ changed: 2, new: 0 });
    expect(codes()).toHaveLength(1);
  });

  it('a row "Số giao dịch" under a title naming the KPI and its unit is that KPI, with its unit', async () => {
    const f = writeWorkbook('ld.xlsx', [
      {
        name: '2025',
        rows: [
          ['TỈNH LÂM ĐỒNG - SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN PHÍ, LỆ PHÍ NĂM 2025 (giao dịch)'],
          ['Chỉ tiêu', 'Tháng 7', 'Tháng 8'],
          ['Số giao dịch', 87393, 88322],
        ],
      },
    ]);
    const preview = await importFileInto(store, f, { group: 34 });
    expect(errors(preview)).toEqual([]);
    expect(stored()).toEqual([
      'Lâm Đồng | Số giao dịch thanh toán trực tuyến phí, lệ phí | 2025-07 | 87393 | null',
      'Lâm Đồng | Số giao dịch thanh toán trực tuyến phí, lệ phí | 2025-08 | 88322 | null',
    ]);
    const uom = store.db
      .prepare(
        `SELECT unit_of_measure AS u FROM indicator WHERE name_vi = 'Số giao dịch thanh toán trực tuyến phí, lệ phí'`,
      )
      .get() as { u: string };
    expect(uom.u).toBe('giao dịch');
  });

  it('a province\'s DTI a row per year: the group of the year chosen is its row\'s "55/63" (was: asked)', async () => {
    const f = writeWorkbook('ld-nam.xlsx', [
      {
        name: 'Lâm Đồng',
        rows: [
          ['CHỈ SỐ CHUYỂN ĐỔI SỐ CỦA TỈNH LÂM ĐỒNG QUA CÁC NĂM'],
          ['Năm', 'Điểm DTI', 'Xếp hạng'],
          ['Năm 2023', 0.61, '6/63'],
          ['Năm 2024', 0.52, '55/63'],
          ['Năm 2025', 0.71, '3/34'],
        ],
      },
    ]);
    // (as `dti-desk import FILE --year 2024` runs it)
    const { session, preview } = await importLikeCli(store, f, 2024);
    expect(preview.target).toMatchObject({ year: 2024, group: 63 });
    expect(errors(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(storedRanking(store, 2024, 63).get('68:dti')).toEqual({ value: 0.52, rank: 55 });
  });
});

describe('round 42 regression sweep: readings of this session kept to their cases', () => {
  it('"Nội dung | Số giao dịch" over a total and its parts: each row\'s KPI (was: refused, every row the title\'s KPI)', async () => {
    const f = writeWorkbook('bp.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ GIAO DỊCH THANH TOÁN TRỰC TUYẾN TỈNH BÌNH PHƯỚC NĂM 2022'],
          ['STT', 'Nội dung', 'Số giao dịch'],
          [null, 'Tổng số', 5160],
          [1, 'Phí, lệ phí', 1200],
          [2, 'Tiền điện', 3960],
        ],
      },
    ]);
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(stored()).toHaveLength(3);
    expect(stored()).toContain('Bình Phước | Số giao dịch thanh toán trực tuyến | 2022 | 5160 | null');
  });

  it('an index\'s components ("Mức độ hài lòng") are no other index: "Tổng điểm" is the title\'s KPI', async () => {
    const f = csv(
      'pvnd.csv',
      ['"KẾT QUẢ ĐÁNH GIÁ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP QUÝ III/2025"'],
      'STT,Tên đơn vị,Công khai minh bạch,Mức độ hài lòng,Tổng điểm',
      units34,
      (i) => `8.5,11.3,${(60.3 - i / 10).toFixed(1)}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(kpis()).toEqual(['Đánh giá bộ chỉ số phục vụ người dân, doanh nghiệp']);
    expect(stored()[0]).toBe(
      'Hà Nội | Đánh giá bộ chỉ số phục vụ người dân, doanh nghiệp | 2025-07..2025-09 | 60.3 | null',
    );
  });

  it('"Chỉ số PAPI" over "Điểm | Xếp hạng": the KPI with its rank (was: the rank a KPI "… / Xếp hạng")', async () => {
    const f = writeWorkbook('papi-grp.xlsx', [
      {
        name: 'Sheet',
        rows: [
          ['KẾT QUẢ CHỈ SỐ PAPI NĂM 2025 CỦA CÁC TỈNH, THÀNH PHỐ'],
          ['Tỉnh', 'Chỉ số PAPI', null],
          [null, 'Điểm', 'Xếp hạng'],
          ...units34.map((u, i) => [u, 0.937 - i / 100, i + 1]),
        ],
        merges: [{ s: { r: 1, c: 1 }, e: { r: 1, c: 2 } }],
      },
    ]);
    await importFileInto(store, f);
    expect(dtiRows()).toBe(0);
    expect(kpis()).toEqual(['Chỉ số PAPI']);
    expect(stored()[0]).toBe('Hà Nội | Chỉ số PAPI | 2025 | 0.937 | 1');
  });

  it('a note in the title\'s row ("Đơn vị: Sở TT&TT") is no part of a KPI name', async () => {
    const f = writeWorkbook('donvi.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG NĂM 2026', null, 'Đơn vị: Sở TT&TT'],
          ['STT', 'Tỉnh, thành phố', 'Số tổ'],
          ...units34.map((u, i) => [i + 1, u, 300 - i]),
        ],
      },
    ]);
    await importFileInto(store, f);
    expect(kpis()).toEqual(['Số tổ công nghệ số cộng đồng']);
  });

  it('"Xếp hạng TTHC" ranks the column that writes "TTHC", not "Số thủ tục hành chính …" too', async () => {
    const f = csv(
      'tthc.csv',
      [],
      'STT,Tỉnh,Tỷ lệ TTHC cung cấp trực tuyến (%),Số thủ tục hành chính được số hóa,Xếp hạng TTHC',
      units34,
      (i) => `${(72.7 - i / 10).toFixed(1)},${554 - i},${i + 1}`,
    );
    const preview = await importFileInto(store, f, { year: 2026 });
    expect(errors(preview)).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | Số thủ tục hành chính được số hóa | 2026 | 554 | null',
      'Hà Nội | Tỷ lệ TTHC cung cấp trực tuyến | 2026 | 72.7 | 1',
    ]);
  });

  it('one KPI written short and in full with the same values: one kept, the copy set aside (was: refused)', async () => {
    const f = csv(
      'cnscd.csv',
      [],
      'STT,Tỉnh,Số tổ CNSCĐ,Số tổ công nghệ số cộng đồng (tổ)',
      units34,
      (i) => `${300 - i},${300 - i}`,
    );
    const preview = await importFileInto(store, f, { year: 2026 });
    expect(errors(preview)).toEqual([]);
    expect(stored()).toHaveLength(34);
    expect(preview.problems.map((p) => p.header)).toContain('Số tổ công nghệ số cộng đồng (tổ)');
  });

  it('a title\'s comparison and rows ("… NĂM 2025 SO VỚI NĂM 2024", "… NĂM 2025 CỦA CÁC TỈNH") are no part of the KPI name', async () => {
    const f = csv(
      'cl.csv',
      ['TỶ LỆ TĂNG SỐ HỒ SƠ TRỰC TUYẾN NĂM 2025 SO VỚI NĂM 2024'],
      'STT,Tỉnh,Tỷ lệ',
      units34,
      (i) => (12.5 - i / 10).toFixed(1),
    );
    await importFileInto(store, f);
    expect(kpis()).toEqual(['Tỷ lệ tăng số hồ sơ trực tuyến']);
  });
});

describe('"Quý III" over its months with no year anywhere (session 15 left: refused even with --year)', () => {
  const book = (months: string[]) =>
    writeWorkbook('q3.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ HỒ SƠ TRỰC TUYẾN CÁC TỈNH'],
          ['Tỉnh', 'Quý III', null, null],
          [null, ...months],
          ...units34.map((u, i) => [u, 100 + i, 200 + i, 300 + i]),
        ],
        merges: [
          { s: { r: 1, c: 1 }, e: { r: 1, c: 3 } },
          { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
        ],
      },
    ]);

  it('its months take the year given (`--year 2026`); without one, the year is asked', async () => {
    const f = book(['Tháng 7', 'Tháng 8', 'Tháng 9']);
    const { session, preview } = await importLikeCli(store, f, 2026);
    expect(errors(preview)).toEqual([]);
    session.commit();
    session.dispose();
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | Số hồ sơ trực tuyến | 2026-07 | 100 | null',
      'Hà Nội | Số hồ sơ trực tuyến | 2026-08 | 200 | null',
      'Hà Nội | Số hồ sơ trực tuyến | 2026-09 | 300 | null',
    ]);
    const noYear = await importLikeCli(store, f);
    expect(errors(noYear.preview)).toContain('periodNeedsYear');
    noYear.session.dispose();
  });

  it('a month outside its quarter stays set aside, said', async () => {
    const { session, preview } = await importLikeCli(store, book(['Tháng 7', 'Tháng 8', 'Tháng 10']), 2026);
    expect(preview.problems.find((p) => p.header === 'Quý III / Tháng 10')!.messageEn).toContain(
      'names a period outside the period of its group header',
    );
    session.dispose();
  });
});

describe('round 43 regression sweep', () => {
  it('a "Chỉ tiêu" row naming its KPI in full under a title naming a region keeps its name (was: the title\'s, region and all)', async () => {
    const f = writeWorkbook('dnb.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CÁC TỈNH ĐÔNG NAM BỘ NĂM 2022'],
          ['STT', 'Tỉnh', 'Chỉ tiêu', 'Tỷ lệ (%)'],
          [1, 'Bình Phước', 'Tỷ lệ hồ sơ trực tuyến', 70],
          [2, 'Đồng Nai', 'Tỷ lệ hồ sơ trực tuyến', 65],
        ],
      },
    ]);
    await importFileInto(store, f, { year: 2022 });
    expect(stored()).toEqual([
      'Bình Phước | Tỷ lệ hồ sơ trực tuyến | 2022 | 70 | null',
      'Đồng Nai | Tỷ lệ hồ sơ trực tuyến | 2022 | 65 | null',
    ]);
  });
});

describe('a ranking whose title mentions an average or a change aside ("… VÀ ĐIỂM TRUNG BÌNH CẢ NƯỚC", "(THAY ĐỔI …)")', () => {
  it.each([
    ['BẢNG XẾP HẠNG DTI 2025 VÀ ĐIỂM TRUNG BÌNH CẢ NƯỚC'],
    ['KẾT QUẢ DTI 2025 (THAY ĐỔI SO VỚI 2024)'],
  ])('"%s" over "Điểm | Xếp hạng" is the DTI ranking', async (title) => {
    const f = csv(
      'dti.csv',
      [`"${title}"`],
      'STT,Tỉnh,Điểm,Xếp hạng',
      units34,
      (i) => `${(0.8 - i / 100).toFixed(2)},${i + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(preview.target).toMatchObject({ kind: 'ranking', year: 2025 });
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });
});

describe('tester round 44 (adversarial and regression)', () => {
  const ranking = (cells: (i: number) => string, header = 'STT,Tỉnh,Điểm,Xếp hạng', titles: string[] = []) =>
    csv('t.csv', titles, header, units34, cells);

  it('"Tỉnh | Điểm | Xếp hạng | Điểm PAPI": the DTI ranking, PAPI set aside (was: PAPI a KPI with the DTI\'s ranks)', async () => {
    const preview = await importFileInto(
      store,
      ranking(
        (i) => `${(0.8 - i / 100).toFixed(2)},${i + 1},${(49 - i / 10).toFixed(1)}`,
        'STT,Tỉnh,Điểm,Xếp hạng,Điểm PAPI',
      ),
      { year: 2025 },
    );
    expect(preview.target.kind).toBe('ranking');
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
    expect(kpis()).toEqual([]);
  });

  it('a sheet named "PCI 2024" under a title naming no index ("KẾT QUẢ NĂM 2024") is the KPI PCI (was: the DTI)', async () => {
    const f = writeWorkbook('pci.xlsx', [
      {
        name: 'PCI 2024',
        rows: [
          ['KẾT QUẢ NĂM 2024'],
          ['Tỉnh', 'Điểm', 'Xếp hạng'],
          ...provinces63().map((u, i) => [u, 0.71 - i / 1000, i + 1]),
        ],
      },
    ]);
    await importFileInto(store, f);
    expect(dtiRows()).toBe(0);
    expect(kpis()).toEqual(['PCI']);
  });

  it('"CHÊNH LỆCH ĐIỂM DTI …" over a header "Điểm DTI": the KPI of the title (was: the DTI overwritten)', async () => {
    await importFileInto(
      store,
      ranking((i) => `${(0.2 - i / 1000).toFixed(3)},${i + 1}`, 'STT,Tỉnh,Điểm DTI,Xếp hạng', [
        'CHÊNH LỆCH ĐIỂM DTI SO VỚI TRUNG BÌNH CẢ NƯỚC NĂM 2025',
      ]),
    );
    expect(dtiRows()).toBe(0);
    expect(kpis()).toEqual(['Chênh lệch điểm DTI so với trung bình cả nước']);
  });

  it('"… DTI 2025, MỨC TĂNG SO VỚI 2024" is the ranking; "ĐIỂM THÀNH PHẦN CHÍNH QUYỀN SỐ TRONG CHỈ SỐ DTI" the pillar', async () => {
    await importFileInto(
      store,
      ranking((i) => `${(0.8 - i / 100).toFixed(2)},${i + 1},0.03`, 'STT,Tỉnh,Điểm,Xếp hạng,Mức tăng', [
        '"KẾT QUẢ XẾP HẠNG DTI 2025, MỨC TĂNG SO VỚI 2024"',
      ]),
    );
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
    await importFileInto(
      store,
      ranking((i) => `${(0.7 - i / 100).toFixed(2)},${i + 1}`, 'STT,Tỉnh,Điểm,Xếp hạng', [
        'ĐIỂM THÀNH PHẦN CHÍNH QUYỀN SỐ TRONG CHỈ SỐ DTI NĂM 2025',
      ]),
    );
    expect(storedRanking(store, 2025, 34).get('01:cqs')).toEqual({ value: 0.7, rank: 1 });
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });

  it('a region abbreviated ("ĐBSH") or named by the sheet ("Tây Nguyên") over ranks among its provinces: set aside', async () => {
    const region = referenceCsv('provinces_63.csv').filter((r) => r.region === 'Tây Nguyên');
    const f = writeWorkbook('tn.xlsx', [
      {
        name: 'Tây Nguyên',
        rows: [
          ['XẾP HẠNG DTI NĂM 2024'],
          ['Tỉnh', 'Điểm DTI', 'Xếp hạng'],
          ...region.map((r, i) => [r.name_vi!, 0.6 - i / 100, i + 1]),
        ],
      },
    ]);
    const preview = await importFileInto(store, f, { group: 63 });
    expect(storedRanking(store, 2024, 63).get(`${region[0]!.gso_code}:dti`)).toEqual({
      value: 0.6,
      rank: null,
    });
    expect(preview.problems.some((p) => p.header === 'Xếp hạng' && p.code === 'unknownColumn')).toBe(true);
  });

  it('"CỦA 6 TỈNH ĐÔNG NAM BỘ" and a five-syllable label ("Số hồ sơ tiếp nhận" under "… TIẾP NHẬN TRỰC TUYẾN")', async () => {
    await importFileInto(
      store,
      csv(
        'dnb.csv',
        ['TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA 6 TỈNH ĐÔNG NAM BỘ NĂM 2022'],
        'STT,Tỉnh,Tỷ lệ',
        ['Bình Phước', 'Đồng Nai'],
        (i) => String(70 - i),
      ),
      { group: 63 },
    );
    await importFileInto(
      store,
      csv('tn.csv', ['SỐ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN NĂM 2026'], 'STT,Tỉnh,Số hồ sơ tiếp nhận', units34, (i) =>
        String(900 - i),
      ),
    );
    expect(kpis()).toEqual(['Số hồ sơ tiếp nhận trực tuyến', 'Tỷ lệ hồ sơ trực tuyến']);
  });
});

describe('round 45 regression sweep', () => {
  const table = (titles: string[], header: string, cells: (i: number) => string) =>
    csv('t.csv', titles, header, units34, cells);

  it('"DTI NĂM 2025 – CHÊNH LỆCH …" over a bare "Điểm | Xếp hạng": a KPI, never the DTI', async () => {
    await importFileInto(
      store,
      table(
        ['DTI NĂM 2025 – CHÊNH LỆCH SO VỚI TỈNH THẤP NHẤT'],
        'STT,Tỉnh,Điểm,Xếp hạng',
        (i) => `${(0.33 - i / 100).toFixed(2)},${i + 1}`,
      ),
    );
    expect(dtiRows()).toBe(0);
    expect(kpis()).toHaveLength(1);
  });

  it('the figure the title speaks of in a column of its own: the other columns are the DTI ranking', async () => {
    const preview = await importFileInto(
      store,
      table(
        ['CHÊNH LỆCH XẾP HẠNG DTI NĂM 2025'],
        'STT,Tỉnh,Điểm DTI 2025,Xếp hạng 2025,Chênh lệch xếp hạng',
        (i) => `${(0.85 - i / 100).toFixed(2)},${i + 1},${i % 3}`,
      ),
    );
    expect(errors(preview)).toEqual([]);
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.85, rank: 1 });
    expect(kpis()).toEqual([]);
  });

  it('"Số hồ sơ tiếp nhận | Trong đó: trực tuyến" under "SỐ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN": the whole is not the title\'s KPI', async () => {
    const preview = await importFileInto(
      store,
      table(
        ['SỐ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN NĂM 2026'],
        'STT,Tỉnh,Số hồ sơ tiếp nhận,Trong đó: trực tuyến',
        (i) => `${1000 + i},${400 + i}`,
      ),
    );
    expect(errors(preview)).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))[0]).toBe(
      'Hà Nội | Số hồ sơ tiếp nhận | 2026 | 1000 | null',
    );
  });
});

describe('round 46 regression sweep', () => {
  const table = (titles: string[], header: string, cells: (i: number) => string) =>
    csv('t.csv', titles, header, units34, cells);

  it.each([
    ['CHÊNH LỆCH ĐIỂM DTI NĂM 2025 SO VỚI TRUNG BÌNH CẢ NƯỚC', 'STT,Tỉnh,Điểm,Xếp hạng,Trung bình cả nước'],
    ['MỨC TĂNG ĐIỂM DTI NĂM 2025', 'STT,Tỉnh,Điểm,Xếp hạng,Thay đổi thứ hạng'],
  ])('"%s" over a bare "Điểm" beside a reference column: a KPI, the DTI untouched', async (title, header) => {
    await importFileInto(
      store,
      table([title], header, (i) => `${(0.33 - i / 100).toFixed(2)},${i + 1},0.61`),
    );
    expect(dtiRows()).toBe(0);
  });

  it('an average given aside after a dash ("CHỈ SỐ DTI NĂM 2025 - ĐIỂM BÌNH QUÂN CẢ NƯỚC 0,61") leaves the ranking a ranking', async () => {
    await importFileInto(
      store,
      table(
        ['"CHỈ SỐ DTI NĂM 2025 - ĐIỂM BÌNH QUÂN CẢ NƯỚC 0,61"'],
        'STT,Tỉnh,Điểm,Xếp hạng',
        (i) => `${(0.8 - i / 100).toFixed(2)},${i + 1}`,
      ),
    );
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });

  it('"Tổng số | Trong đó: thành lập mới" under a count\'s title: the KPI whole (was: refused)', async () => {
    const preview = await importFileInto(
      store,
      table(
        ['SỐ DOANH NGHIỆP CÔNG NGHỆ SỐ NĂM 2024'],
        'STT,Tỉnh,Tổng số,Trong đó: thành lập mới',
        (i) => `${300 + i},${20 + i}`,
      ),
      { group: 34 },
    );
    expect(errors(preview)).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toContain(
      'Hà Nội | Số doanh nghiệp công nghệ số | 2024 | 300 | null',
    );
  });
});

describe('the warnings about cells are counted over every row, not the 500 the preview shows', () => {
  it('a stale rank at row 681 of a long table is said, with its cell', async () => {
    // (20 months from July 2025: the 34 units' time)
    const months = Array.from({ length: 20 }, (_, m) => {
      const k = 6 + m;
      return `${2025 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    });
    const lines = (ranked: boolean, bump: (u: number, m: number) => number) => [
      `Tỉnh,Kỳ,Tỷ lệ hồ sơ trực tuyến (%)${ranked ? ',Xếp hạng' : ''}`,
      ...months.flatMap((p, m) =>
        units34.map(
          (u, i) => `"${u}",${p},${(50 + i / 2 + bump(i, m)).toFixed(1)}${ranked ? `,${i + 1}` : ''}`,
        ),
      ),
    ];
    await importFileInto(store, writeTemp('long.csv', lines(true, () => 0).join('\n')), { group: 34 });
    const last = (i: number, m: number) => (i === 33 && m === 19 ? 5 : 0);
    const preview = await importFileInto(store, writeTemp('long2.csv', lines(false, last).join('\n')), {
      group: 34,
    });
    expect(preview.rows.length).toBeLessThan(681);
    const said = preview.problems.filter((p) => p.code === 'rankOfOldValue');
    expect(said.map((p) => p.cell)).toEqual(['C681']);
    expect(said[0]!.messageVi).toContain('1 giá trị thay đổi');
  });
});
