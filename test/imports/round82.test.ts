// Session 27: leftovers of tester round 81 taken up. Each test imports the file as the command line
// does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022 } from '../fixtures/generate';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { errorCodes, importLikeCli, storedLines, writeTemp, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round82-'), 'r.db'));
});

/** The 63 provinces' names, in the 2022 ranking's order. */
const provinces = () => published2022().map((r) => r.label);

describe("a pillar's rank beside a KPI named with the pillar's words is that KPI's (round 81: stored as the pillar's ranks)", () => {
  const share = (i: number) => Number((25 - i * 0.3).toFixed(2));
  const table = (header: string, rankHeader: string, title?: string) =>
    writeWorkbook('kinh-te-so-grdp-2023.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ...(title ? [[title], []] : []),
          ['Tỉnh/thành phố', header, rankHeader],
          ...provinces().map((p, i) => [p, share(i), i + 1]),
        ],
      },
    ]);

  it.each([
    ['Tỷ trọng kinh tế số/GRDP (%)', 'Xếp hạng kinh tế số', undefined],
    ['Tỷ trọng kinh tế số trong GRDP (%)', 'Xếp hạng kinh tế số', undefined],
    ['Tỷ trọng kinh tế số/GRDP (%)', 'Xếp hạng kinh tế số', 'TỶ TRỌNG KINH TẾ SỐ TRONG GRDP NĂM 2023'],
    ['Tỷ lệ dân số trưởng thành có tài khoản thanh toán xã hội số (%)', 'Xếp hạng xã hội số', undefined],
  ])('"%s | %s": the KPI\'s value and rank, no pillar rank', async (header, rankHeader, title) => {
    const { preview, session } = await importLikeCli(store, table(header, rankHeader, title), 2023);
    expect(errorCodes(preview)).toEqual([]);
    expect(preview.unknownColumns ?? []).toEqual([]);
    session.commit();
    const lines = storedLines(store);
    expect(lines).toHaveLength(63);
    // (the KPI is named without its unit, "%", kept as its unit)
    const kpi = header.replace(/ \(%\)$/, '');
    expect(lines.filter((l) => l.endsWith(' | 1'))).toEqual([`Đà Nẵng | ${kpi} | 2023 | ${share(0)} | 1`]);
    expect(lines.every((l) => l.includes(` | ${kpi} | 2023 | `))).toBe(true);
  });

  it("beside the pillar's own score the rank stays the pillar's (and a KPI column there is the ranking's unknown one)", async () => {
    const file = writeWorkbook('kts-2023.xlsx', [
      {
        name: 'DTI 2023',
        rows: [
          ['Tỉnh', 'Kinh tế số', 'Xếp hạng kinh tế số'],
          ...provinces().map((p, i) => [p, Number((0.7 - i / 200).toFixed(4)), i + 1]),
        ],
      },
    ]);
    const { mapping } = await importLikeCli(store, file, 2023);
    expect(mapping.columns.map((c) => c.mapping.field)).toEqual(['unit', 'kts.score', 'kts.rank']);
  });
});

describe('a DTI typed as a percentage ("69,33%") is read as its score and said (round 81: converted silently)', () => {
  it.each(['Điểm DTI', 'Điểm DTI (%)'])(
    'under "%s": 0.6933 stored, one warning at the column\'s first such cell',
    async (header) => {
      const file = writeWorkbook('dti-2022-phan-tram.xlsx', [
        {
          name: 'DTI 2022',
          rows: [
            ['BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022'],
            ['Tỉnh', header, 'Xếp hạng'],
            ...provinces().map((p, i) => [p, `${(69.33 - i / 2).toFixed(2).replace('.', ',')}%`, i + 1]),
          ],
        },
      ]);
      const { preview, session } = await importLikeCli(store, file, 2022);
      expect(errorCodes(preview)).toEqual([]);
      const said = preview.problems.filter((p) => p.messageVi.includes('điểm được ghi dưới dạng phần trăm'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ severity: 'warning', row: 3, col: 2 });
      expect(said[0]!.messageVi).toContain('đã đọc là 0,6933');
      expect(said[0]!.messageEn).toContain('read as 0.6933');
      session.commit();
      expect(storedLines(store).filter((l) => l.endsWith(' | 1'))).toEqual([
        'Đà Nẵng | Chỉ số chuyển đổi số cấp tỉnh (DTI) | 2022 | 0.6933 | 1',
      ]);
    },
  );

  it('scores written 0..1 say nothing of percentages', async () => {
    const file = writeWorkbook('dti-2022.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Tỉnh', 'Điểm DTI', 'Xếp hạng'],
          ...provinces().map((p, i) => [p, Number((0.69 - i / 200).toFixed(4)), i + 1]),
        ],
      },
    ]);
    const { preview } = await importLikeCli(store, file, 2022);
    expect(preview.problems.filter((p) => p.messageVi.includes('phần trăm'))).toEqual([]);
  });
});

describe('the table\'s default period typed in the wizard as analysts write it (round 81: only "2024-09" was understood)', () => {
  const file = () =>
    writeWorkbook('ho-so-truc-tuyen.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['Tỉnh', 'Tỷ lệ hồ sơ trực tuyến toàn trình (%)'],
          ['Hà Nội', 55.5],
          ['Hải Phòng', 44.25],
        ],
      },
    ]);
  const stageWith = async (period: string) => {
    const session = new ImportSession(store.db, { kind: 'file', path: file() });
    await session.open();
    const a = await session.analyze(null);
    const preview = await session.stage(a.mapping, {
      ...a.target,
      kind: 'kpi',
      year: 2024,
      group: 63,
      period,
    });
    return { session, preview };
  };

  it.each([
    ['09/2024', '2024-09'],
    ['T9/2024', '2024-09'],
    ['Quý III/2024', '2024-07..2024-09'],
    ['Quý 3', '2024-07..2024-09'],
    ['6 tháng đầu năm 2024', '2024-01..2024-06'],
    ['2024-09', '2024-09'],
  ])('"%s" is stored as %s', async (typed, stored) => {
    const { session, preview } = await stageWith(typed);
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedLines(store)).toEqual([
      `Hà Nội | Tỷ lệ hồ sơ trực tuyến toàn trình | ${stored} | 55.5 | null`,
      `Hải Phòng | Tỷ lệ hồ sơ trực tuyến toàn trình | ${stored} | 44.25 | null`,
    ]);
  });

  it('a text that is no period is refused once, of the period — not at each cell', async () => {
    // ("tháng chín" is September since round 84: a text that names no period at all)
    const { preview } = await stageWith('kỳ tới');
    expect(preview.canCommit).toBe(false);
    const bad = preview.problems.filter((p) => p.code === 'badPeriod');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.messageVi).toContain('không hiểu kỳ mặc định "kỳ tới" của bảng');
    expect(bad[0]!.messageEn).toContain('default period "kỳ tới" is not understood');
  });
});

describe("a column's period typed in the mapping step (round 81: it could not be changed)", () => {
  const file = () =>
    writeWorkbook('ho-so-theo-thang.xlsx', [
      {
        name: 'Hồ sơ trực tuyến',
        rows: [
          ['Tỉnh', 'Tháng 7', 'Tháng 8', 'Tháng 9'],
          ['Hà Nội', 10, 20, 30],
        ],
      },
    ]);
  const stageWith = async (periods: Record<number, string>) => {
    const session = new ImportSession(store.db, { kind: 'file', path: file() });
    await session.open();
    const a = await session.analyze(null);
    const mapping = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) =>
        periods[c.col] !== undefined
          ? { ...c, mapping: { field: 'kpi.valueForPeriod' as const, period: periods[c.col]! } }
          : c,
      ),
    };
    const preview = await session.stage(mapping, {
      ...a.target,
      kind: 'kpi',
      year: 2024,
      group: 63,
      period: null,
    });
    return { session, preview };
  };

  it('"09/2024", "Quý III/2024" and a yearless "T7" (the year chosen) are stored in the store\'s form', async () => {
    const { session, preview } = await stageWith({ 2: 'T7', 3: '09/2024', 4: 'Quý III/2024' });
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    expect(storedLines(store).map((l) => l.split(' | ').slice(2, 4).join(' '))).toEqual([
      '2024-07 10',
      '2024-09 20',
      '2024-07..2024-09 30',
    ]);
  });

  it('a column period that is no period is refused once, at its column — not at each of its cells', async () => {
    const { preview } = await stageWith({ 3: 'kỳ tới' });
    expect(preview.canCommit).toBe(false);
    const bad = preview.problems.filter((p) => p.code === 'badPeriod');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ col: 3 });
    expect(bad[0]!.messageVi).toContain('không hiểu kỳ "kỳ tới" của cột này');
  });
});

describe("a layout remembered for one kind of table is not laid over a file that reads as the other (round 81: PCI's columns read as the DTI's, nothing imported)", () => {
  const sameHeaders = (name: string, score: (i: number) => number) =>
    writeWorkbook(name, [
      {
        name: 'Sheet1',
        rows: [['Tỉnh, thành phố', 'Điểm', 'Xếp hạng'], ...provinces().map((p, i) => [p, score(i), i + 1])],
      },
    ]);
  const dti = () => sameHeaders('DTI 2023.xlsx', (i) => Number((0.8 - i * 0.005).toFixed(4)));
  const pci = (year = 2023) => sameHeaders(`PCI ${year}.xlsx`, (i) => Number((75 - i * 0.3).toFixed(2)));

  it('the DTI, then PCI of the same headers: PCI is its own KPI; the DTI again is the ranking again', async () => {
    const first = await importLikeCli(store, dti(), 2023);
    expect(errorCodes(first.preview)).toEqual([]);
    first.session.commit();

    const second = await importLikeCli(store, pci(), 2023);
    expect(second.analysis.remembered).toBe(false);
    expect(second.analysis.target.kind).toBe('kpi');
    expect(errorCodes(second.preview)).toEqual([]);
    second.session.commit();
    expect(storedLines(store).filter((l) => l.startsWith('Đà Nẵng | '))).toEqual([
      'Đà Nẵng | Chỉ số chuyển đổi số cấp tỉnh (DTI) | 2023 | 0.8 | 1',
      'Đà Nẵng | PCI | 2023 | 75 | 1',
    ]);

    const again = await importLikeCli(store, dti(), 2023);
    expect(again.analysis.target.kind).toBe('ranking');
    expect(again.mapping.columns.map((c) => c.mapping.field)).toEqual(['unit', 'dti.score', 'dti.rank']);
  });

  it("a kind the analyst chose over detection's is kept for the next file detection reads alike", async () => {
    // (PCI's file taken by the analyst for the DTI's ranking, as their office names its copies)
    const first = sameHeaders('PCI 2023.xlsx', (i) => Number((0.8 - i * 0.005).toFixed(4)));
    const session = new ImportSession(store.db, { kind: 'file', path: first });
    await session.open();
    const a = await session.analyze(null);
    expect(a.target.kind).toBe('kpi');
    const asRanking = {
      ...a.mapping,
      columns: a.mapping.columns.map((c) =>
        c.col === 2
          ? { ...c, mapping: { field: 'dti.score' as const } }
          : c.col === 3
            ? { ...c, mapping: { field: 'dti.rank' as const } }
            : c,
      ),
    };
    const next = sameHeaders('PCI 2022.xlsx', (i) => Number((0.7 - i * 0.005).toFixed(4)));
    const preview = await session.stage(asRanking, {
      ...a.target,
      kind: 'ranking',
      year: 2023,
      group: 63,
      indicator: null,
    });
    expect(errorCodes(preview)).toEqual([]);
    session.commit();
    const later = new ImportSession(store.db, { kind: 'file', path: next });
    await later.open();
    const b = await later.analyze(null);
    expect(b.remembered).toBe(true);
    expect(b.mapping.columns.map((c) => c.mapping.field)).toEqual(['unit', 'dti.score', 'dti.rank']);
  });
});

describe("a running total that is not the sum of its months on the row (round 79's leftover: never checked)", () => {
  const report = (kpi: string, uom: string, months: number[], total: number) =>
    writeWorkbook('bao-cao-t9.xlsx', [
      {
        name: 'Bieu 02',
        rows: [
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ - TỈNH QUẢNG NINH NĂM 2025'],
          [],
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Quý III'],
          [1, kpi, uom, ...months, total],
        ],
      },
    ]);

  it('a count: the total off its months is a warning at its cell, both figures said; imported as written', async () => {
    const { preview, session } = await importLikeCli(
      store,
      report('Số hồ sơ trực tuyến', 'hồ sơ', [100, 200, 300], 650),
      2025,
    );
    expect(errorCodes(preview)).toEqual([]);
    const said = preview.problems.filter((p) => p.code === 'runningTotalOffMonths');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'warning', row: 4, col: 7 });
    expect(said[0]!.messageVi).toContain('số lũy kế 650 khác tổng 3 tháng của nó trên cùng dòng (600)');
    session.commit();
    expect(storedLines(store).filter((l) => l.includes('2025-07..2025-09'))).toEqual([
      'Quảng Ninh | Số hồ sơ trực tuyến | 2025-07..2025-09 | 650 | null',
    ]);
  });

  it.each([
    ['the sum', 'Số hồ sơ trực tuyến', 'hồ sơ', 600],
    ['a rate', 'Tỷ lệ hồ sơ trực tuyến', '%', 70],
    ['an average', 'Số hồ sơ bình quân mỗi ngày', 'hồ sơ', 7],
  ])('%s: nothing said', async (_, kpi, uom, total) => {
    const { preview } = await importLikeCli(
      store,
      report(
        kpi,
        uom,
        [100, 200, 300].map((v) => (uom === '%' ? v / 10 : v)),
        total,
      ),
      2025,
    );
    expect(preview.problems.filter((p) => p.code === 'runningTotalOffMonths')).toEqual([]);
  });
});

describe('a CSV that ends inside a data row (round 81: a file cut while copied was imported as it was)', () => {
  const head = 'Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nHà Nội,Số hồ sơ trực tuyến,2024,1200\n';
  const cutWarnings = async (text: string) => {
    const { preview } = await importLikeCli(store, writeTemp('ho-so.csv', text), 2024);
    return preview.problems.filter((p) => p.code === 'fileEndsMidRow');
  };

  it('short of its header and with no line break after it: a warning at its last cell', async () => {
    const said = await cutWarnings(`${head}Lai Châu,Số hồ sơ trực tuyến,20`);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'warning', row: 3, col: 3 });
    expect(said[0]!.messageVi).toContain('dòng chỉ có 3 trong 4 ô của tiêu đề');
  });

  it('a whole last row without a line break, or a short one with it, says nothing of a cut', async () => {
    expect(await cutWarnings(`${head}Lai Châu,Số hồ sơ trực tuyến,2024,900`)).toEqual([]);
    expect(await cutWarnings(`${head}Lai Châu,Số hồ sơ trực tuyến,2024\n`)).toEqual([]);
  });
});
