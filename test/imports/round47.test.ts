// Session 17: leftovers of session 16 and tester round 47's findings. Each test imports the file as
// the wizard or the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import {
  fixture,
  refusal,
  importFileInto,
  importLikeCli,
  referenceCsv,
  storedLines,
  storedRanking,
  storeDti2025,
  units34Names,
  writeWorkbook,
  errorCodes,
  unitsCsv,
  userValuesOf,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round47-'), 'r.db'));
});

const provinces63 = () => referenceCsv('provinces_63.csv').map((r) => r.name_vi!);

const stored = () => storedLines(store, 'i.name_vi, length(o.source_cell), o.source_cell');

const dtiRows = () => userValuesOf(store, ['dti', 'cqs', 'kts', 'xhs']);

const errors = errorCodes;

const csv = unitsCsv;

describe('another index named beside the title\'s index (session 16: "Điểm PCI" took the PAPI\'s ranks)', () => {
  it('"CHỈ SỐ PAPI" over "Điểm | Xếp hạng | Điểm PCI": the bare columns are the PAPI, the PCI its own KPI', async () => {
    const f = csv(
      'papi-pci.csv',
      ['CHỈ SỐ PAPI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng,Điểm PCI',
      provinces63(),
      (i) => `${(50 - i / 5).toFixed(2)},${i + 1},${(60 + i / 4).toFixed(2)}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const hn = stored().filter((r) => r.startsWith('Hà Nội |'));
    expect(hn).toEqual(['Hà Nội | Chỉ số PAPI | 2024 | 50 | 1', 'Hà Nội | Điểm PCI | 2024 | 60 | null']);
    expect(stored().filter((r) => r.includes('| Điểm PCI |') && !r.endsWith('| null'))).toEqual([]);
    expect(stored()).toHaveLength(126);
  });

  it('"Xếp hạng PCI" under the PAPI\'s title is set aside, said; the PAPI keeps its own rank', async () => {
    const f = csv(
      'papi-pci-ranks.csv',
      ['CHỈ SỐ PAPI NĂM 2024'],
      'STT,"Tỉnh, thành phố",Điểm PAPI,Xếp hạng PAPI,Điểm PCI,Xếp hạng PCI',
      provinces63(),
      (i) => `${(50 - i / 5).toFixed(2)},${i + 1},${(60 + i / 4).toFixed(2)},${63 - i}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const hn = stored().filter((r) => r.startsWith('Hà Nội |'));
    expect(hn).toEqual(['Hà Nội | Điểm PAPI | 2024 | 50 | 1', 'Hà Nội | Điểm PCI | 2024 | 60 | null']);
    const aside = preview.problems.filter((p) => p.code === 'unknownColumn');
    expect(aside.map((p) => p.cell)).toEqual(['F3']);
    expect(aside[0]!.messageEn).toContain(
      'column "Xếp hạng PCI" ranks an index other than the one the title names: not imported',
    );
    expect(aside[0]!.messageVi).toContain('cột "Xếp hạng PCI" là thứ hạng của một chỉ số khác');
  });
});

describe("a region's average with its rank among the regions (session 16: the ranks stored as the KPI's among 34)", () => {
  const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
  it('"ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG" over "Tỉnh | Điểm trung bình vùng | Xếp hạng" (1…6 in each region)', async () => {
    const f = csv(
      'theo-vung.csv',
      ['ĐIỂM TRUNG BÌNH CHỈ SỐ DTI THEO VÙNG NĂM 2025'],
      'STT,Tỉnh,Điểm trung bình vùng,Xếp hạng',
      units34,
      (i) => `${(0.7 + (i % 6) / 100).toFixed(2)},${(i % 6) + 1}`,
    );
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(dtiRows()).toBe(0);
    const rows = stored();
    expect(rows).toHaveLength(34);
    expect(rows[0]).toBe('Hà Nội | Điểm trung bình chỉ số DTI theo vùng | 2025 | 0.7 | null');
    expect(rows.every((r) => r.endsWith('| null'))).toBe(true);
    const aside = preview.problems.filter((p) => p.code === 'unknownColumn');
    expect(aside.map((p) => p.cell)).toEqual(['D3']);
    expect(aside[0]!.messageEn).toContain('is a rank within a region or a group, not the national rank');
  });

  it('a KPI of remote areas ("VÙNG SÂU, VÙNG XA") keeps its national ranks', async () => {
    const f = csv(
      'vung-sau.csv',
      ['"TỶ LỆ XÃ VÙNG SÂU, VÙNG XA CÓ SÓNG 4G NĂM 2026"'],
      'STT,Tỉnh,Tỷ lệ (%),Xếp hạng',
      units34.slice(0, 12),
      (i) => `${90 - i},${i + 1}`,
    );
    await importFileInto(store, f, { group: 34 });
    const rows = stored();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^Hà Nội \| Tỷ lệ xã vùng sâu, vùng xa có sóng 4G.* \| 2026 \| 90 \| 1$/);
  });
});

const units34 = units34Names;

/** The DTI 2025 ranking of the 34, as published files give it: unit i scores 0.8 − i/100, rank i + 1. */
const dti2025 = () => storeDti2025(store);

describe('a numbered title (round 47: "1. TỶ LỆ …" over "Tỷ lệ | Xếp hạng" overwrote the DTI 2025 ranks)', () => {
  it.each(['1. ', '2.1 ', 'II. ', 'a) '])(
    '"%sTỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025" is that KPI with its rank',
    async (n) => {
      const before = await dti2025();
      const f = csv(
        'numbered.csv',
        [`${n}TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025`],
        'STT,"Tỉnh, thành phố",Tỷ lệ,Xếp hạng',
        units34(),
        (i) => `${(40 + i).toFixed(1)},${34 - i}`,
      );
      const p = await importFileInto(store, f);
      expect(errors(p)).toEqual([]);
      expect(p.target).toMatchObject({ kind: 'kpi' });
      expect(storedRanking(store, 2025, 34)).toEqual(before);
      expect(stored().filter((r) => r.startsWith('Hà Nội | Tỷ lệ'))).toEqual([
        'Hà Nội | Tỷ lệ hồ sơ trực tuyến toàn trình | 2025 | 40 | 34',
      ]);
    },
  );
});

describe('figures derived from the DTI in other words (round 47: stored as the DTI 2025 score and rank)', () => {
  it.each([
    ['SỐ ĐIỂM DTI TĂNG THÊM NĂM 2025 SO VỚI NĂM 2024', 'Số điểm DTI tăng thêm'],
    ['KHOẢNG CÁCH ĐIỂM DTI NĂM 2025 SO VỚI TỈNH DẪN ĐẦU', 'Khoảng cách điểm DTI'],
    ['TỐC ĐỘ TĂNG ĐIỂM DTI NĂM 2025', 'Tốc độ tăng điểm DTI'],
    ['ĐIỂM DTI NĂM 2025 TĂNG SO VỚI NĂM 2024', 'Điểm DTI'],
  ])('"%s" over "Điểm | Xếp hạng" is a KPI of its own', async (title, name) => {
    const before = await dti2025();
    const f = csv('tang.csv', [title], 'STT,"Tỉnh, thành phố",Điểm,Xếp hạng', units34(), (i) =>
      [(0.2 - i / 200).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(p.target).toMatchObject({ kind: 'kpi' });
    expect(p.target.indicator!.startsWith(name)).toBe(true);
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('a sheet named "Chênh lệch DTI" with no title: a KPI of that name', async () => {
    const before = await dti2025();
    const f = writeWorkbook('chenh-lech.xlsx', [
      {
        name: 'Chênh lệch DTI',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, u, 0.2 - i / 200, i + 1]),
        ],
      },
    ]);
    const p = await importFileInto(store, f, { year: 2025 });
    expect(p.target).toMatchObject({ kind: 'kpi', indicator: 'Chênh lệch DTI' });
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });
});

describe("another index's columns the DTI's title or columns sit beside (round 47: stored as the DTI's)", () => {
  it('"Chỉ số hài lòng | Xếp hạng" with no title is a KPI with its rank', async () => {
    const before = await dti2025();
    const f = csv('hai-long.csv', [], 'STT,"Tỉnh, thành phố",Chỉ số hài lòng,Xếp hạng', units34(), (i) =>
      [(0.9 - i / 100).toFixed(4), 34 - i].join(','),
    );
    const p = await importFileInto(store, f, { year: 2025 });
    expect(errors(p)).toEqual([]);
    expect(storedRanking(store, 2025, 34)).toEqual(before);
    expect(stored().filter((r) => r.startsWith('Hà Nội | Chỉ số hài lòng'))).toEqual([
      'Hà Nội | Chỉ số hài lòng | 2025 | 0.9 | 34',
    ]);
  });

  it('under "KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) VÀ CHỈ SỐ HÀI LÒNG (SIPAS)" too', async () => {
    const before = await dti2025();
    const f = csv(
      'dti-sipas.csv',
      ['"KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) VÀ CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2025"'],
      'STT,"Tỉnh, thành phố",Chỉ số hài lòng,Xếp hạng',
      units34(),
      (i) => [(0.9 - i / 100).toFixed(4), 34 - i].join(','),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(storedRanking(store, 2025, 34)).toEqual(before);
    expect(stored().filter((r) => r.startsWith('Hà Nội | Chỉ số hài lòng'))).toHaveLength(1);
  });

  it('"PCI | Xếp hạng | DTI | Xếp hạng | PAPI | Xếp hạng": each bare rank is the index before it; the DTI imported', async () => {
    const f = csv(
      'pci-dti-papi.csv',
      ['"KẾT QUẢ PCI, DTI VÀ PAPI NĂM 2025"'],
      'STT,"Tỉnh, thành phố",PCI,Xếp hạng,DTI,Xếp hạng,PAPI,Xếp hạng',
      units34(),
      (i) =>
        [
          (70 - i / 2).toFixed(2),
          i + 1,
          (0.8 - i / 100).toFixed(4),
          i + 1,
          (45 - i / 4).toFixed(2),
          34 - i,
        ].join(','),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    const ranking = storedRanking(store, 2025, 34);
    expect(ranking.get('01:dti')).toEqual({ value: 0.8, rank: 1 });
    expect(ranking.size).toBe(34);
    expect(p.problems.filter((x) => x.code === 'unknownColumn').map((x) => x.cell)).toEqual([
      'C3',
      'D3',
      'G3',
      'H3',
    ]);
  });

  it('under a title "PCI 2025", bare "Điểm | Xếp hạng" beside "Điểm DTI | Xếp hạng DTI" are the PCI\'s: set aside', async () => {
    const f = csv(
      'pci-title.csv',
      ['PCI 2025'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng,Điểm DTI,Xếp hạng DTI',
      units34(),
      (i) => [(70 - i / 2).toFixed(2), 34 - i, (0.8 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });

  it.each([
    ['CHỈ SỐ DTI VÀ ICT INDEX NĂM 2025', 'ICT Index 2025', 'ICT Index'],
    ['CHUYỂN ĐỔI SỐ NĂM 2025', 'Chỉ số hài lòng', 'Chỉ số hài lòng'],
  ])(
    'a sheet named for another index under "%s" is that index, named by the sheet',
    async (title, sheet, name) => {
      const before = await dti2025();
      const f = writeWorkbook('sheet-index.xlsx', [
        {
          name: sheet,
          rows: [
            [title],
            [],
            ['STT', 'Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
            ...units34().map((u, i) => [i + 1, u, 0.9 - i / 100, 34 - i]),
          ],
        },
      ]);
      const p = await importFileInto(store, f, { year: 2025 });
      expect(errors(p)).toEqual([]);
      expect(p.target).toMatchObject({ kind: 'kpi', indicator: name });
      expect(storedRanking(store, 2025, 34)).toEqual(before);
    },
  );
});

describe('ranks within a region or a group (round 47: stored as national ranks)', () => {
  it.each([
    ['XẾP HẠNG DTI NĂM 2025 CÁC TỈNH VÙNG ĐBSCL', 'Điểm DTI,Xếp hạng DTI'],
    ['CHỈ SỐ DTI 2025 - CÁC TỈNH MIỀN TÂY', 'Điểm DTI,Xếp hạng DTI'],
    ['XẾP HẠNG DTI 2025 CÁC TỈNH TÂY BẮC', 'Điểm,Xếp hạng'],
    ['XẾP HẠNG DTI 2025 CỦA CÁC TỈNH BIÊN GIỚI', 'Điểm DTI,Xếp hạng DTI'],
  ])('"%s" over 1…5: the ranks set aside, said; the scores kept', async (title, cols) => {
    const before = await dti2025();
    const five = units34().slice(20, 25);
    const f = csv(
      'region.csv',
      [title],
      `STT,Tỉnh,${cols}`,
      five,
      (i) => `${(0.8 - (20 + i) / 100).toFixed(4)},${i + 1}`,
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(p.problems.find((x) => x.code === 'unknownColumn')!.messageEn).toContain(
      'is a rank within a region or a group',
    );
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('an excerpt ranked 1…n whose ranks other units hold in the stored ranking is refused, naming the cells', async () => {
    await dti2025();
    const five = units34().slice(20, 25);
    const f = csv(
      'group-a.csv',
      ['XẾP HẠNG DTI NĂM 2025 CÁC TỈNH NHÓM A'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      five,
      (i) => [(0.8 - (20 + i) / 100).toFixed(4), i + 1].join(','),
    );
    const { preview } = await (async () => {
      const { stageFile } = await import('./helpers');
      return stageFile(store, { kind: 'file', path: f });
    })();
    const held = preview.problems.find((x) => x.code === 'rankHeldByOther')!;
    expect(held).toMatchObject({ severity: 'error', cell: 'D4' });
    expect(preview.canCommit).toBe(false);
    expect(held.messageEn).toContain(
      `the file ranks its 5 units from 1 again, and the stored ranking gives those ranks to units this file does not list (cells D4, D5, D6, D7, D8; rank 1 of ${five[0]} is Hà Nội's there)`,
    );
    expect(held.messageEn).toContain('Set the rank column to Ignore in the mapping step');
    expect(held.messageEn).toContain('units that score above units this file ranks before them');
    expect(held.messageVi).toContain('tệp xếp 5 đơn vị từ hạng 1');
  });

  it("a correction of two units' ranks that others hold is said, and imported", async () => {
    await dti2025();
    const two = units34().slice(10, 12);
    const f = csv('swap.csv', ['"XẾP HẠNG DTI NĂM 2025 (ĐÍNH CHÍNH)"'], 'STT,Tỉnh,Xếp hạng DTI', two, (i) =>
      String(10 - i),
    );
    const p = await importFileInto(store, f);
    const held = p.problems.find((x) => x.code === 'rankHeldByOther')!;
    expect(held.severity).toBe('warning');
    expect(held.messageEn).toContain(
      'the file gives 2 rank(s) that the stored ranking gives to units this file does not list (cells C4, C5;',
    );
    expect(
      storedRanking(store, 2025, 34).get(`${referenceCsv('units_2025.csv')[10]!.code_2025}:dti`)!.rank,
    ).toBe(10);
  });

  it('an excerpt of the national ranking (its own ranks) is not', async () => {
    await dti2025();
    const five = units34().slice(20, 25);
    const f = csv(
      'excerpt.csv',
      ['XẾP HẠNG DTI NĂM 2025 (TRÍCH)'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      five,
      (i) => [(0.8 - (20 + i) / 100).toFixed(4), 21 + i].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.problems.filter((x) => x.code === 'rankHeldByOther')).toEqual([]);
  });
});

describe("a corrected copy's title (round 47: a KPI of its own named by the whole title, 68 new values)", () => {
  it.each([' - ĐÍNH CHÍNH', ' - CẬP NHẬT', ' – Đính chính ngày 15/01/2026'])(
    '"…%s" corrects the KPI',
    async (tail) => {
      const table = (t: string, v: (i: number) => number) =>
        csv(
          'tt.csv',
          [`"TỶ LỆ THANH TOÁN TRỰC TUYẾN TRÊN CỔNG DỊCH VỤ CÔNG NĂM 2025 (34 tỉnh, thành phố)${t}"`],
          'STT,"Tỉnh, thành phố",Tỷ lệ (%),Xếp hạng',
          units34(),
          (i) => `${v(i)},${i + 1}`,
        );
      await importFileInto(
        store,
        table('', (i) => 80 - i),
      );
      const p = await importFileInto(
        store,
        table(tail, (i) => (i === 3 ? 90 : 80 - i)),
      );
      expect(errors(p)).toEqual([]);
      expect(p.counts).toMatchObject({ new: 0, changed: 1 });
      expect(p.target.indicator).toBe('Tỷ lệ thanh toán trực tuyến trên cổng dịch vụ công');
    },
  );
});

describe('a workbook of one sheet per month of one province (round 47: the other months unsaid)', () => {
  it('names the other sheets whose title names the province', async () => {
    const sheet = (m: number) => ({
      name: `Tháng ${m}`,
      rows: [
        ['BÁO CÁO CHỈ TIÊU CHUYỂN ĐỔI SỐ THÀNH PHỐ CẦN THƠ NĂM 2026'],
        [],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 50 + m],
        [2, 'Số Tổ công nghệ số cộng đồng', 'tổ', 480 + m],
      ],
    });
    const f = writeWorkbook('thang.xlsx', [sheet(1), sheet(2), sheet(3)]);
    const { preview: p, session } = await importLikeCli(store, f);
    session.dispose();
    const other = p.problems.find((x) => x.code === 'otherSheetsWithTables')!;
    expect(other.messageEn).toContain(
      'the workbook has 2 other sheet(s) with a table, not read by this import: "Tháng 2", "Tháng 3"',
    );
  });
});

describe('a damaged file (round 47: named the file, said nothing of what to do)', () => {
  it.each(['hostile_truncated.xlsx', 'hostile_png_renamed.xlsx'])(
    '%s is refused saying what to do',
    async (name) => {
      const e = await refusal(fixture(name));
      expect(e.messageVi).toContain(
        'Hãy lấy lại tệp từ nơi gửi, hoặc mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập bản vừa lưu.',
      );
      expect(e.messageEn).toContain('Get the file again from whoever sent it, or open it in Excel');
      expect(e.messageEn.startsWith(`${e.messageEn.split(':')[0]}: file "${name}"`)).toBe(true);
    },
  );
});

describe('a month\'s report with a row named by a period (round 47: stored as a KPI "Quý III/2025 – cấp tỉnh")', () => {
  it('skips the row and says so; the KPIs around it are stored', async () => {
    const f = writeWorkbook('t9.xlsx', [
      {
        name: 'T9',
        rows: [
          ['UBND TỈNH LẠNG SƠN'],
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 9/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Cấp tỉnh', 'Cấp xã'],
          [1, 'Tỷ lệ hồ sơ trực tuyến (%)', 95.5, 88.2],
          [2, 'Tỷ lệ thanh toán trực tuyến (%)', 80.1, 70.3],
          ['', 'Quý III/2025', 81, 71],
          ['', 'Lũy kế 9 tháng', 79, 69],
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    const said = p.problems.filter((x) => x.messageEn.includes('names a period'));
    // ("Lũy kế 9 tháng" in September's report is the KPI above to date — session 18)
    expect(said.map((x) => x.cell)).toEqual(['B7']);
    expect(said[0]!.messageVi).toContain(
      'dòng "Quý III/2025" ghi một kỳ (hoặc cùng kỳ năm trước, hoặc kế hoạch), không phải tên chỉ tiêu',
    );
    const names = stored().map((r) => r.split(' | ')[1]);
    expect(names.some((n) => /Quý|Lũy kế/.test(n!))).toBe(false);
    expect(stored()).toHaveLength(6);
    expect(stored().filter((r) => r.includes('| 2025-01..2025-09 |'))).toHaveLength(2);
  });
});

describe('a change of rank under its title (round 47: the steps stored as ranks, negative ones refused as ranks)', () => {
  it('"THAY ĐỔI THỨ HẠNG DTI NĂM 2025 SO VỚI NĂM 2024" over a bare "Xếp hạng" of −4…: the change, a value', async () => {
    const before = await dti2025();
    const f = csv(
      'thay-doi.csv',
      ['THAY ĐỔI THỨ HẠNG DTI NĂM 2025 SO VỚI NĂM 2024 (SỐ BẬC)'],
      'STT,"Tỉnh, thành phố",Xếp hạng',
      units34(),
      (i) => String((i % 9) - 4),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(p.target).toMatchObject({ kind: 'kpi', indicator: 'Thay đổi thứ hạng DTI (số bậc)' });
    expect(stored().filter((r) => r.startsWith('Hà Nội | Thay đổi'))).toEqual([
      'Hà Nội | Thay đổi thứ hạng DTI (số bậc) | 2025 | -4 | null',
    ]);
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });
});

describe("the year inside a title's KPI name (round 47: next year's file named another KPI)", () => {
  it.each([
    ['KHOẢNG CÁCH ĐIỂM DTI NĂM 2025 SO VỚI TỈNH DẪN ĐẦU', 'Khoảng cách điểm DTI so với tỉnh dẫn đầu'],
    ['ĐO LƯỜNG SỰ HÀI LÒNG NĂM 2025 (SIPAS)', 'Đo lường sự hài lòng (SIPAS)'],
    ['VIETNAM ICT INDEX 2025 - KHỐI TỈNH, THÀNH PHỐ', 'Vietnam ICT index'],
  ])('"%s" names "%s"', async (title, name) => {
    const f = csv('named.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Điểm,Xếp hạng', units34(), (i) =>
      [(0.9 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f, { year: 2025 });
    expect(p.target.indicator).toBe(name);
  });

  it('a span ("GIAI ĐOẠN 2021-2025") stays in the name', async () => {
    const f = csv(
      'span.csv',
      ['"TỶ LỆ HOÀN THÀNH MỤC TIÊU GIAI ĐOẠN 2021-2025 CỦA KẾ HOẠCH"'],
      'STT,"Tỉnh, thành phố",Tỷ lệ (%)',
      units34(),
      (i) => String(50 + i),
    );
    const p = await importFileInto(store, f, { year: 2025 });
    expect(p.target.indicator).toBe('Tỷ lệ hoàn thành mục tiêu giai đoạn 2021-2025 của kế hoạch');
  });
});

describe('a KPI merged down over its levels (round 47: refused, "the indicator name is missing")', () => {
  it('the rows below take the merged KPI', async () => {
    const f = writeWorkbook('q3.xlsx', [
      {
        name: 'Q3',
        rows: [
          ['UBND TỈNH LẠNG SƠN'],
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Cấp', 'Tháng 7', 'Tháng 8', 'Tháng 9'],
          [1, 'Số hồ sơ trực tuyến (hồ sơ)', 'Cấp tỉnh', 100, 200, 300],
          [null, null, 'Cấp xã', 1000, 2000, 3000],
          [2, 'Tỷ lệ hồ sơ trực tuyến (%)', 'Cấp tỉnh', 90, 91, 92],
          [null, null, 'Cấp xã', 70, 71, 72],
        ],
        merges: [
          { s: { r: 4, c: 0 }, e: { r: 5, c: 0 } },
          { s: { r: 4, c: 1 }, e: { r: 5, c: 1 } },
          { s: { r: 6, c: 0 }, e: { r: 7, c: 0 } },
          { s: { r: 6, c: 1 }, e: { r: 7, c: 1 } },
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    const rows = stored();
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.includes('– cấp xã') && r.includes('| 2025-08 |'))).toEqual([
      'Lạng Sơn | Số hồ sơ trực tuyến – cấp xã | 2025-08 | 2000 | null',
      'Lạng Sơn | Tỷ lệ hồ sơ trực tuyến – cấp xã | 2025-08 | 71 | null',
    ]);
  });
});

describe('a province\'s DTI over the years with no year chosen (round 47: "unit appears again" for each year\'s row)', () => {
  it('says the table has a row per year and to choose one, with no repeat of the unit', async () => {
    const f = writeWorkbook('soc-trang.xlsx', [
      {
        name: 'Sóc Trăng',
        rows: [
          ['CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH SÓC TRĂNG QUA CÁC NĂM'],
          [],
          ['Năm', 'Điểm DTI', 'Xếp hạng DTI', 'Hạng CQS'],
          ['Năm 2022', 0.41, 40, 38],
          ['Năm 2023', 0.44, 37, 35],
          ['Năm 2024', 0.47, 33, 30],
        ],
      },
    ]);
    const { preview, session } = await importLikeCli(store, f);
    session.dispose();
    expect(preview.problems.filter((x) => x.code === 'duplicateUnit')).toEqual([]);
    const said = preview.problems.find((x) => x.messageEn.includes('the table has a row per year'))!;
    expect(said.messageEn).toContain('the table has a row per year (2022, 2023, 2024)');
    expect(said.cell).toBe('A5');
    expect(said.messageVi).toContain('bảng có mỗi năm một dòng (2022, 2023, 2024)');
  });
});

describe("a province's own 2024 figures (round 47: asked for the list, though the province is on the 63 alone)", () => {
  it('a province merged on 01/07/2025 is of the 63; one left as it was is asked', async () => {
    const table = (unit: string) =>
      writeWorkbook(`dti-2024-${unit}.xlsx`, [
        {
          name: 'DTI 2024',
          rows: [
            [`KẾT QUẢ CHỈ SỐ DTI NĂM 2024 CỦA TỈNH ${unit.toUpperCase()}`],
            [],
            ['Năm', 'Điểm DTI', 'Xếp hạng'],
            ['2024', 0.5754, 44],
          ],
        },
      ]);
    const soc = await importLikeCli(store, table('Sóc Trăng'));
    soc.session.dispose();
    expect(soc.preview.target).toMatchObject({ kind: 'ranking', year: 2024, group: 63 });
    expect(errors(soc.preview)).toEqual([]);
    const ls = await importLikeCli(store, table('Lạng Sơn'));
    ls.session.dispose();
    expect(ls.preview.target.group).toBeNull();
  });
});

describe('an index named by a group header over "Điểm | Xếp hạng" (session 16: a KPI "SIPAS – Điểm")', () => {
  it('is that index, named as the group header names it', async () => {
    const f = writeWorkbook('sipas-group.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'SIPAS', null, 'PAPI', null],
          [null, null, 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, u, 0.9 - i / 100, i + 1, 45 - i / 4, 34 - i]),
        ],
        merges: [
          { s: { r: 0, c: 2 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 4 }, e: { r: 0, c: 5 } },
        ],
      },
    ]);
    const p = await importFileInto(store, f, { year: 2025 });
    expect(errors(p)).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | PAPI | 2025 | 45 | 34',
      'Hà Nội | SIPAS | 2025 | 0.9 | 1',
    ]);
  });
});

describe("round 48 (adversarial at round 47's readings)", () => {
  it.each([
    '(1) TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025',
    '1/ TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025',
    'Bảng 1.2: Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025',
    'Mục 2.3 - Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025',
    'Chỉ tiêu 5: Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025',
    'II.3. TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025',
    'BẢN ĐÍNH CHÍNH - TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025',
  ])('"%s" over "Tỷ lệ | Xếp hạng" is the KPI, the DTI untouched', async (title) => {
    const before = await dti2025();
    const f = csv('n.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Tỷ lệ,Xếp hạng', units34(), (i) =>
      [40 + i, 34 - i].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.target).toMatchObject({ kind: 'kpi', indicator: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it.each([
    ['MỨC ĐỘ HOÀN THÀNH MỤC TIÊU CHUYỂN ĐỔI SỐ NĂM 2025 (%)', 'Mức độ hoàn thành mục tiêu chuyển đổi số (%)'],
    ['PHỦ SÓNG 5G NĂM 2025 (% DÂN SỐ)', 'Phủ sóng 5G (% dân số)'],
    [
      'MỨC ĐỘ HOÀN THÀNH MỤC TIÊU ĐẾN NĂM 2025 THEO QUYẾT ĐỊNH 749/QĐ-TTg (%)',
      'Mức độ hoàn thành mục tiêu đến năm 2025 theo quyết định 749/QĐ-TTg (%)',
    ],
  ])(
    'a figure the vocabulary does not know beside a bare rank under "%s": that KPI, not the DTI',
    async (title, name) => {
      const before = await dti2025();
      const f = csv('m.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Tỷ lệ,Xếp hạng', units34(), (i) =>
        [40 + i, 34 - i].join(','),
      );
      const p = await importFileInto(store, f);
      expect(p.target).toMatchObject({ kind: 'kpi', indicator: name });
      expect(storedRanking(store, 2025, 34)).toEqual(before);
    },
  );

  it.each([
    'KẾT QUẢ DTI 2025, TĂNG TRƯỞNG KINH TẾ SỐ',
    'CHỈ SỐ DTI 2025: KHOẢNG CÁCH GIỮA CÁC ĐỊA PHƯƠNG ĐƯỢC THU HẸP',
    'XẾP HẠNG CHỈ SỐ DTI 2025 - TỐC ĐỘ TĂNG ĐIỂM CAO NHẤT TỪ TRƯỚC ĐẾN NAY',
  ])('a ranking whose title says a change aside ("%s") stays the ranking', async (title) => {
    const f = csv('r.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng', units34(), (i) =>
      [(0.8 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.target.kind).toBe('ranking');
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });

  it.each(['CÁC TỈNH ĐỒNG BẰNG BẮC BỘ', 'CÁC TỈNH, THÀNH PHỐ VEN BIỂN', 'CÁC TỈNH MIỀN NÚI'])(
    'ranks 1…n of "%s" are set aside as a group\'s',
    async (group) => {
      const before = await dti2025();
      const six = units34().slice(20, 26);
      const f = csv('g.csv', [`XẾP HẠNG DTI NĂM 2025 ${group}`], 'STT,Tỉnh,Điểm DTI,Xếp hạng DTI', six, (i) =>
        [(0.8 - (20 + i) / 100).toFixed(4), i + 1].join(','),
      );
      const p = await importFileInto(store, f);
      expect(errors(p)).toEqual([]);
      expect(storedRanking(store, 2025, 34)).toEqual(before);
    },
  );

  it('a title naming two indices keeps each its rank ("CHỈ SỐ PCI VÀ PAPI NĂM 2025")', async () => {
    const f = writeWorkbook('pci-papi.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['CHỈ SỐ PCI VÀ PAPI NĂM 2025'],
          ['STT', 'Tỉnh, thành phố', 'PCI', null, 'PAPI', null],
          [null, null, 'Điểm', 'Xếp hạng', 'Điểm', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, u, 70 - i / 2, i + 1, 47.5 - i / 4, 34 - i]),
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
          { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    expect(stored().filter((r) => r.startsWith('Hà Nội |'))).toEqual([
      'Hà Nội | PAPI | 2025 | 47.5 | 34',
      'Hà Nội | PCI | 2025 | 70 | 1',
    ]);
  });

  it('a month sheet with no year ("Tháng 8") under --year is that month; an untitled workbook names its other months', async () => {
    const sheet = (m: number) => ({
      name: `Tháng ${m}`,
      rows: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 60 + m],
        [2, 'Số Tổ công nghệ số cộng đồng', 'tổ', 480 + m],
      ],
    });
    const f = writeWorkbook('thang-khong-tieu-de.xlsx', [sheet(7), sheet(8), sheet(9)]);
    const { stageFile } = await import('./helpers');
    const { session, preview } = await stageFile(
      store,
      { kind: 'file', path: f },
      { year: 2025, unitId: 72 },
    );
    session.dispose();
    expect(preview.target.period).toBe('2025-07');
    expect(preview.problems.find((x) => x.code === 'otherSheetsWithTables')!.messageEn).toContain(
      '"Tháng 8", "Tháng 9"',
    );
    const cli = await importLikeCli(store, f, 2025, 'Tháng 8');
    cli.session.dispose();
    expect(cli.preview.target.period).toBe('2025-08');
  });

  it('a KPI named "Lũy kế …" is that KPI from January (session 18); a level row under a skipped period row is skipped with it', async () => {
    const f = writeWorkbook('luy-ke.xlsx', [
      {
        name: 'Q3',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN QUÝ III/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Cấp', 'Giá trị'],
          [1, 'Lũy kế số hồ sơ trực tuyến từ đầu năm', 'Cấp tỉnh', 5000],
          [2, 'Số giao dịch thanh toán trực tuyến (giao dịch)', 'Cấp tỉnh', 1200],
          [null, 'Lũy kế 9 tháng', 'Cấp tỉnh', 3600],
          [null, null, 'Cấp xã', 800],
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    // ("Lũy kế 9 tháng" under a KPI in the third quarter's report: that KPI to date, its levels
    // too — session 18; was skipped)
    const names = stored().map((r) => r.split(' | ').slice(1, 3).join(' | '));
    expect(names).toEqual([
      'Số giao dịch thanh toán trực tuyến – cấp tỉnh | 2025-07..2025-09',
      'Số giao dịch thanh toán trực tuyến – cấp tỉnh | 2025-01..2025-09',
      'Số giao dịch thanh toán trực tuyến – cấp xã | 2025-01..2025-09',
      'Số hồ sơ trực tuyến – cấp tỉnh | 2025-01..2025-09',
    ]);
  });

  it.each([
    ['TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (ĐÃ ĐÍNH CHÍNH)', 'Tỷ lệ hồ sơ trực tuyến'],
    [
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2025 (Bản đính chính, thay thế bản gửi ngày 10/01/2026)',
      'Tỷ lệ hồ sơ trực tuyến',
    ],
    [
      'SỐ XÃ KẾT NỐI MẠNG TRUYỀN SỐ LIỆU CHUYÊN DÙNG, 2025 (xã)',
      'Số xã kết nối mạng truyền số liệu chuyên dùng (xã)',
    ],
  ])('"%s" names "%s"', async (title, name) => {
    const f = csv('c.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Giá trị', units34(), (i) => String(40 + i));
    const p = await importFileInto(store, f, { year: 2025 });
    expect(p.target.indicator).toBe(name);
  });
});

describe("round 49 (adversarial at round 48's readings)", () => {
  it.each([
    ['CHÍNH QUYỀN SỐ - TỶ LỆ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH NĂM 2025', 'Tỷ lệ hồ sơ trực tuyến toàn trình'],
    ['KINH TẾ SỐ: TỶ TRỌNG KINH TẾ SỐ TRONG GRDP NĂM 2025', 'Tỷ trọng kinh tế số trong GRDP'],
  ])(
    'a KPI under a pillar\'s name ("%s") over fractions and a bare rank: that KPI, the pillar untouched',
    async (title, name) => {
      const before = await dti2025();
      const f = csv('p.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Tỷ lệ,Xếp hạng', units34(), (i) =>
        [(0.4 + i / 100).toFixed(4), 34 - i].join(','),
      );
      const p = await importFileInto(store, f);
      expect(p.target).toMatchObject({ kind: 'kpi', indicator: name });
      expect(storedRanking(store, 2025, 34)).toEqual(before);
    },
  );

  it('an untitled sheet named for a pillar over "Tỷ lệ | Xếp hạng": asked for the KPI, never the pillar\'s ranks', async () => {
    const f = writeWorkbook('cqs.xlsx', [
      {
        name: 'Chính quyền số',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ', 'Xếp hạng'],
          ...units34().map((u, i) => [i + 1, u, 0.4 + i / 100, 34 - i]),
        ],
      },
    ]);
    const p = await importFileInto(store, f, { year: 2025 });
    expect(p.target).toMatchObject({ kind: 'kpi', indicator: null });
    expect(p.canCommit).toBe(false);
    expect(userValuesOf(store, ['dti', 'cqs', 'kts', 'xhs'])).toBe(0);
  });

  it.each(['T8', 'Th8', 'T.8', 'T08'])('a sheet "%s" is August of --year', async (name) => {
    const f = writeWorkbook('t.xlsx', [
      {
        name: 'T7',
        rows: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 61],
        ],
      },
      {
        name,
        rows: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 62],
        ],
      },
    ]);
    const cli = await importLikeCli(store, f, 2025, name);
    cli.session.dispose();
    expect(cli.preview.target.period).toBe('2025-08');
  });

  it.each([
    'CHỈ SỐ CHUYỂN ĐỔI SỐ DOANH NGHIỆP (DBI) NĂM 2025',
    'KẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ DOANH NGHIỆP NĂM 2025',
  ])('"%s" over "Điểm | Xếp hạng" is that index, never the DTI', async (title) => {
    const before = await dti2025();
    const f = csv('dbi.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Điểm,Xếp hạng', units34(), (i) =>
      [(0.6 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.target.kind).toBe('kpi');
    expect(p.target.indicator).toMatch(/^(Chỉ số chuyển đổi số doanh nghiệp)( \(DBI\))?$/);
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('two KPIs defined by two decisions stay two KPIs (round 49: "… THEO QUYẾT ĐỊNH 749" and "… 942" merged)', async () => {
    const table = (qd: string, v: number) =>
      csv(
        `qd-${qd}.csv`,
        [`"TỶ LỆ HỒ SƠ ĐẠT CHUẨN THEO QUYẾT ĐỊNH ${qd}/QĐ-TTg NĂM 2025"`],
        'STT,"Tỉnh, thành phố",Tỷ lệ (%)',
        units34(),
        (i) => String(v + i),
      );
    const a = await importFileInto(store, table('749', 40));
    const b = await importFileInto(store, table('942', 10));
    expect(a.target.indicator).toBe('Tỷ lệ hồ sơ đạt chuẩn theo quyết định 749/QĐ-TTg');
    expect(b.target.indicator).toBe('Tỷ lệ hồ sơ đạt chuẩn theo quyết định 942/QĐ-TTg');
    expect(b.counts).toMatchObject({ new: 34, changed: 0 });
  });
});

describe('round 49 regression sweep', () => {
  it("a country's top five against a stored ranking of other scores is said, not refused; a period alone is no KPI, numbered or not", async () => {
    await dti2025();
    // (the stored ranking puts units 0…4 first; a file of units 10…14 scoring above all of them)
    const top = units34().slice(10, 15);
    const f = csv(
      'top5.csv',
      ['10 ĐỊA PHƯƠNG DẪN ĐẦU CHỈ SỐ DTI NĂM 2025'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      top,
      (i) => [(0.95 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('warning');
    expect(p.canCommit).toBe(true);
    const r = writeWorkbook('numbered-period.xlsx', [
      {
        name: 'T9',
        rows: [
          ['BÁO CÁO CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN THÁNG 9/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị'],
          [1, 'Số hồ sơ trực tuyến', 'hồ sơ', 12000],
          [2, 'Tổng cộng', 'hồ sơ', 12000],
          [3, 'Lũy kế 9 tháng', 'hồ sơ', 101000],
        ],
      },
    ]);
    const q = await importFileInto(store, r);
    expect(q.problems.filter((x) => x.messageEn.includes('names a period')).map((x) => x.cell)).toEqual([
      'B6',
    ]);
    expect(stored().some((l) => l.includes('Lũy kế'))).toBe(false);
  });

  it.each([
    'XẾP HẠNG DTI NĂM 2025: MỨC TĂNG CAO NHẤT',
    'CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2025: MỨC TĂNG MẠNH',
  ])('a remark after a colon ("%s") leaves the ranking a ranking', async (title) => {
    const f = csv('rk.csv', [`"${title}"`], 'STT,"Tỉnh, thành phố",Điểm,Xếp hạng', units34(), (i) =>
      [(0.8 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.target.kind).toBe('ranking');
    expect(storedRanking(store, 2025, 34).get('01:dti')).toEqual({ value: 0.8, rank: 1 });
  });

  it('"Cùng kỳ năm 2024", "Kế hoạch năm" rows under a KPI are skipped and said, not KPIs', async () => {
    const f = writeWorkbook('cung-ky.xlsx', [
      {
        name: 'T9',
        rows: [
          ['BÁO CÁO CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN THÁNG 9/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị'],
          [1, 'Số hồ sơ trực tuyến toàn trình', 'hồ sơ', 12000],
          [null, 'Cùng kỳ năm 2024', 'hồ sơ', 9000],
          [2, 'Số giao dịch thanh toán trực tuyến', 'giao dịch', 3000],
          [null, 'Kế hoạch năm', 'giao dịch', 40000],
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(p.problems.filter((x) => x.messageEn.includes('names a period')).map((x) => x.cell)).toEqual([
      'B5',
      'B7',
    ]);
    expect(stored().map((l) => l.split(' | ')[1])).toEqual([
      'Số giao dịch thanh toán trực tuyến',
      'Số hồ sơ trực tuyến toàn trình',
    ]);
  });

  it('a month sheet under a title of running totals is the year to that month', async () => {
    const sheet = (m: number) => ({
      name: `Tháng ${m}`,
      rows: [
        ['BÁO CÁO LŨY KẾ TỪ ĐẦU NĂM 2025 TỈNH LẠNG SƠN'],
        [],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        [1, 'Số hồ sơ trực tuyến toàn trình', 'hồ sơ', 1000 * m],
      ],
    });
    const f = writeWorkbook('luy-ke-thang.xlsx', [sheet(7), sheet(8)]);
    const cli = await importLikeCli(store, f, 2025, 'Tháng 8');
    cli.session.dispose();
    expect(cli.preview.target.period).toBe('2025-01..2025-08');
  });

  it('"… THÀNH LẬP TỪ NĂM 2021" names where a count starts: no year of the table, part of the name', async () => {
    const f = csv(
      'tu-2021.csv',
      ['"SỐ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÀNH LẬP TỪ NĂM 2021 (tổ)"'],
      'STT,"Tỉnh, thành phố",Giá trị',
      units34(),
      (i) => String(100 + i),
    );
    const p = await importFileInto(store, f, { year: 2025 });
    expect(errors(p)).toEqual([]);
    expect(p.target.indicator).toBe('Số tổ công nghệ số cộng đồng thành lập từ năm 2021 (tổ)');
  });

  it('rows under a section\'s heading ("I | CHÍNH QUYỀN SỐ") name no KPI: refused at their cells, never "CHÍNH QUYỀN SỐ – cấp tỉnh"', async () => {
    const f = writeWorkbook('section.xlsx', [
      {
        name: 'Q3',
        rows: [
          ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN QUÝ III/2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Cấp', 'Giá trị'],
          ['I', 'CHÍNH QUYỀN SỐ', null, null],
          [null, null, 'Cấp tỉnh', 95.1],
          [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)', 'Cấp tỉnh', 92.5],
          [null, null, 'Cấp xã', 77.7],
        ],
      },
    ]);
    const p = await importFileInto(store, f);
    expect(p.problems.filter((x) => x.severity === 'error').map((x) => x.cell)).toEqual(['B5']);
    expect(userValuesOf(store, ['dti', 'cqs'])).toBe(0);
    expect(stored()).toEqual([]);
  });

  it('a group ranked 1…n that a unit it does not list outscores is refused ("… 11 TỈNH KHÔNG THỰC HIỆN SẮP XẾP")', async () => {
    const before = await dti2025();
    // (units 5…10 with their stored scores, ranked 1…6 among themselves; Hà Nội, unlisted, scores above)
    const six = units34().slice(5, 11);
    const f = csv(
      'nhom.csv',
      ['XẾP HẠNG DTI NĂM 2025 CỦA CÁC TỈNH KHÔNG THỰC HIỆN SẮP XẾP'],
      'STT,Tỉnh,Điểm DTI,Xếp hạng DTI',
      six,
      (i) => [(0.8 - (5 + i) / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.problems.find((x) => x.code === 'rankHeldByOther')!.severity).toBe('error');
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('"CHỈ SỐ DTI NĂM 2025: TRỤ CỘT CHÍNH QUYỀN SỐ" over "Điểm | Xếp hạng" is the pillar\'s (was written over the DTI)', async () => {
    const before = await dti2025();
    const f = csv(
      'tru-cot.csv',
      ['"CHỈ SỐ DTI NĂM 2025: TRỤ CỘT CHÍNH QUYỀN SỐ"'],
      'STT,"Tỉnh, thành phố",Điểm,Xếp hạng',
      units34(),
      (i) => [(0.7 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(errors(p)).toEqual([]);
    const after = storedRanking(store, 2025, 34);
    expect(after.get('01:dti')).toEqual(before.get('01:dti'));
    expect(after.get('01:cqs')).toEqual({ value: 0.7, rank: 1 });
  });

  it('a title naming the DTI over "Tổng số | Xếp hạng" stays the DTI\'s ranking (its ranks), not a KPI', async () => {
    const f = csv(
      'tong-so.csv',
      ['XẾP HẠNG CHỈ SỐ DTI NĂM 2025'],
      'STT,"Tỉnh, thành phố",Tổng số,Xếp hạng',
      units34(),
      (i) => [(0.8 - i / 100).toFixed(4), i + 1].join(','),
    );
    const p = await importFileInto(store, f);
    expect(p.target.kind).toBe('ranking');
  });
});
