// Tester round 37's findings (session 15): each test imports the file as the wizard or the command
// line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { published2022, RANKING_HEADERS_2022 } from '../fixtures/generate';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { undoImport } from '../../src/main/imports/pipeline/batches';
import { parseCellNumber } from '../../src/main/imports/layout/cellNumber';
import {
  importFileInto,
  importLikeCli,
  referenceCsv,
  stageFile,
  storedRanking,
  storedLines,
  writeTemp,
  writeWorkbook,
} from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round37-'), 'r.db'));
});

const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
const provinces63 = () => referenceCsv('provinces_63.csv').map((r) => r.name_vi!);

const stored = () => storedLines(store);

const errors = (p: { problems: { severity: string; code: string }[] }) =>
  p.problems.filter((x) => x.severity === 'error').map((x) => x.code);

describe('a bare "Tỷ lệ" under a title naming the KPI, beside a bare rank', () => {
  const table = (title: string, rankHeader: string) =>
    writeWorkbook('tyle-xephang.xlsx', [
      {
        name: 'T12',
        rows: [
          [title],
          [],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ', rankHeader],
          ...units34.map((u, i) => [
            i + 1,
            u,
            (900 - i * 10) / 1000,
            rankHeader.includes('toàn') ? i + 1 : `${i + 1}/34`,
          ]),
        ],
      },
    ]);

  it("is the title's KPI with its ranks, never the DTI ranking (was: 34 KPI ranks stored as DTI ranks)", async () => {
    for (const rankHeader of ['Xếp hạng', 'Xếp hạng toàn quốc']) {
      store = new Store(path.join(tempDir('dti-round37-'), 'r.db'));
      const f = table('TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026', rankHeader);
      const { session, preview } = await importLikeCli(store, f);
      expect(session.target!.kind, rankHeader).toBe('kpi');
      expect(errors(preview)).toEqual([]);
      session.commit();
      const rows = stored();
      expect(rows).toHaveLength(34);
      expect(rows).toContain('Hà Nội | Tỷ lệ hồ sơ thanh toán trực tuyến | 2026-12 | 0.9 | 1');
      expect(rows).toContain(`${units34[33]} | Tỷ lệ hồ sơ thanh toán trực tuyến | 2026-12 | 0.57 | 34`);
      expect(
        store.db
          .prepare(
            `SELECT COUNT(*) AS n FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.code = 'dti'`,
          )
          .get(),
      ).toEqual({ n: 0 });
    }
  });

  it("leaves a year's DTI ranks as they were (was: 32 of 34 published ranks replaced)", async () => {
    const ranking = writeTemp(
      'dti-2025.csv',
      [
        'Xếp hạng,Tỉnh,Điểm DTI',
        ...units34.map((u, i) => `${i + 1},${u},${(0.9 - i * 0.005).toFixed(4)}`),
      ].join('\n'),
    );
    await importFileInto(store, ranking, { year: 2025, group: 34 });
    const before = storedRanking(store, 2025, 34);
    const f = table('TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2025', 'Xếp hạng');
    const { session } = await importLikeCli(store, f);
    expect(session.target!.kind).toBe('kpi');
    session.commit();
    expect(storedRanking(store, 2025, 34)).toEqual(before);
  });

  it('a title naming a KPI over "Tỉnh | Xếp hạng" alone ranks that KPI, not the DTI', async () => {
    const f = writeWorkbook('xephang-only.xlsx', [
      {
        name: 'T12',
        rows: [
          ['TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026'],
          ['Tỉnh, thành phố', 'Xếp hạng'],
          ...units34.map((u, i) => [u, i + 1]),
        ],
      },
    ]);
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.mapping.columns.map((c) => c.mapping.field)).toEqual(['unit', 'kpi.rank']);
    expect(a.target.kind).toBe('kpi');
  });
});

describe('a total after the months under a quarter ("Quý III/2026" over "Tháng 7 | 8 | 9 | Cộng quý")', () => {
  const table = (total: string) =>
    writeWorkbook('quy3.xlsx', [
      {
        name: 'Quy III',
        rows: [
          ['SỐ LƯỢNG HỒ SƠ THANH TOÁN TRỰC TUYẾN QUÝ III NĂM 2026 (hồ sơ)'],
          ['STT', 'Tỉnh, thành phố', 'Quý III/2026', null, null, null],
          [null, null, 'Tháng 7', 'Tháng 8', 'Tháng 9', total],
          [1, 'Hà Nội', 100, 200, 300, 600],
          [2, 'Huế', 10, 20, 30, 60],
        ],
        merges: [
          { s: { r: 1, c: 2 }, e: { r: 1, c: 5 } },
          { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
          { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
        ],
      },
    ]);

  it('is the title\'s KPI for the quarter (was: a KPI named "Cộng quý", or the file refused at every row)', async () => {
    for (const total of ['Cộng quý', 'Tổng quý III', 'Cộng', 'Tổng cộng', 'Tổng cộng quý 3']) {
      store = new Store(path.join(tempDir('dti-round37-'), 'r.db'));
      const preview = await importFileInto(store, table(total), { group: 34 });
      expect(errors(preview), total).toEqual([]);
      const rows = stored();
      expect(rows, total).toContain(
        'Hà Nội | Số lượng hồ sơ thanh toán trực tuyến | 2026-07..2026-09 | 600 | null',
      );
      expect(rows, total).toContain('Huế | Số lượng hồ sơ thanh toán trực tuyến | 2026-08 | 20 | null');
      expect(new Set(rows.map((r) => r.split(' | ')[1])), total).toEqual(
        new Set(['Số lượng hồ sơ thanh toán trực tuyến']),
      );
    }
  });

  it('a total naming another quarter than its months sum is set aside, not stored for either', async () => {
    const a = await new ImportSession(store.db, { kind: 'file', path: table('Tổng quý II') }).analyze();
    expect(a.mapping.columns[5]).toMatchObject({
      mapping: { field: 'ignore' },
      note: 'total of part of a period',
    });
  });
});

describe('a ranking with footnotes under it', () => {
  it('"(1), (2): đồng hạng." is a note like "(*)" (was: the ranking refused at its cell)', async () => {
    const rows = published2022().map((r) => [r.rank, r.label, r.rankCqs, r.rankKts, r.rankXhs]);
    const f = writeWorkbook('xep-hang-2022-ghi-chu.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022'],
          [...RANKING_HEADERS_2022],
          ...rows,
          [],
          ['(*) Tỉnh Bình Phước: số liệu đã được hiệu chỉnh.'],
          ['(1), (2): đồng hạng.'],
          ['(3) và (4) - số liệu sơ bộ'],
        ],
      },
    ]);
    const preview = await importFileInto(store, f);
    expect(errors(preview)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('70:dti')?.rank).toBe(12); // Bình Phước
  });
});

describe("the year a ranking's score header names", () => {
  it('"Xếp hạng;Tỉnh/TP;Điểm DTI 2024 (34 đơn vị)" is the 2024 ranking (was: "no ranking year chosen")', async () => {
    const f = writeTemp(
      'dti-2024.csv',
      `\ufeffXếp hạng;Tỉnh/TP;Điểm DTI 2024 (34 đơn vị)\n;Cả nước;0,6961\n${units34
        .map((u, i) => `${i + 1};${u};${(0.8241 - i * 0.004).toFixed(4).replace('.', ',')}`)
        .join('\n')}\n`,
    );
    const { session, preview } = await importLikeCli(store, f);
    expect(session.target).toMatchObject({ kind: 'ranking', year: 2024, group: 34 });
    expect(errors(preview)).toEqual([]);
  });

  it('is not proposed when a rank column names another year', async () => {
    const f = writeTemp(
      'two-years.csv',
      ['Tỉnh,Điểm DTI 2024,Xếp hạng 2023', ...units34.map((u, i) => `${u},0.${80 - i},${i + 1}`)].join('\n'),
    );
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.target.year).toBeNull();
  });
});

describe('full-width digits ("６８，９", pasted from some PDFs and East Asian input methods)', () => {
  it('are read as the digits they are', () => {
    expect(parseCellNumber('６８，９')).toEqual({ value: 68.9 });
    expect(parseCellNumber('０．６９７５')).toEqual({ value: 0.6975 });
    expect(parseCellNumber('８５％')).toEqual({ value: 85, percent: true });
  });

  it('import to the values they say (was: "not a number" at every such cell)', async () => {
    const f = writeTemp(
      'fullwidth.csv',
      ['Tỉnh;Tỷ lệ hồ sơ trực tuyến (%)', 'Hà Nội;６８，９', 'Huế;７２，５'].join('\n'),
    );
    const preview = await importFileInto(store, f, { year: 2026, group: 34 });
    expect(errors(preview)).toEqual([]);
    expect(stored().map((r) => r.split(' | ')[3])).toEqual(['68.9', '72.5']);
  });
});

describe('a re-import over values edited by hand (UI round 37)', () => {
  const fixtureFile = path.join(__dirname, '../fixtures/files/ranking_2022_web_copy.xlsx');
  const bpRank = (p: { rows: { unitId: number | null; cells: { key: string }[] }[] }, unitId: number) =>
    p.rows.find((r) => r.unitId === unitId)!.cells.find((c) => c.key === 'dti.rank');

  it('marks each one the file replaces and says how many, once; a value the import wrote since is no edit', async () => {
    await importFileInto(store, fixtureFile);
    const bp = store.units.byCode('gso2004', '70')!;
    store.rankings.edit(
      { year: 2022, group: 63, unitId: bp.id, indicator: 'dti', field: 'rank', value: 11 },
      'x',
      null,
    );
    const { session, preview } = await importLikeCli(store, fixtureFile);
    expect(bpRank(preview, bp.id)).toMatchObject({ old: 11, new: 12, status: 'changed', edited: true });
    expect(preview.rows.flatMap((r) => r.cells).filter((c) => c.edited)).toHaveLength(1);
    const said = preview.problems.filter((p) => p.code === 'replacesHandEdits');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({
      severity: 'warning',
      row: preview.rows.find((r) => r.unitId === bp.id)!.row,
    });
    expect(said[0]!.messageVi).toContain('1 giá trị anh/chị đã sửa tay sẽ được thay bằng giá trị trong tệp');
    expect(said[0]!.messageVi).toContain(`(ô ${said[0]!.cell}, ghi “sửa tay”`);
    expect(preview.canCommit).toBe(true);
    // (the Rankings grid marks the cell edited until an import replaces it, and again once undone)
    const editedMark = () =>
      store.rankingRows(2022, 63).find((r) => r.unitId === bp.id)!.provenance['dti.rank']!.edited;
    expect(editedMark()).toBe(true);
    const { batchId } = session.commit();
    expect(editedMark()).toBe(false);
    const again = await importLikeCli(store, fixtureFile);
    expect(bpRank(again.preview, bp.id)).toMatchObject({ old: 12, new: 12, status: 'unchanged' });
    expect(again.preview.problems.map((p) => p.code)).not.toContain('replacesHandEdits');
    again.session.dispose();
    undoImport(store.db, batchId);
    expect(editedMark()).toBe(true);
  });

  it('names the edited cells it replaces, ten of them and "…" beyond (UI round 40: the link went to the first only)', async () => {
    await importFileInto(store, fixtureFile);
    const units = store.units.list('gso2004');
    const edit = (n: number) =>
      units
        .slice(0, n)
        .forEach((u) =>
          store.rankings.edit(
            { year: 2022, group: 63, unitId: u.id, indicator: 'dti', field: 'rank', value: 1 },
            'x',
            null,
          ),
        );
    edit(3);
    const three = await importLikeCli(store, fixtureFile);
    const said = three.preview.problems.find((p) => p.code === 'replacesHandEdits')!;
    const cells = three.preview.rows.flatMap((r) =>
      r.cells.filter((c) => c.edited).map((c) => `${String.fromCharCode(64 + c.col!)}${r.row}`),
    );
    expect(cells).toHaveLength(3);
    expect(said.messageVi).toContain(`3 giá trị anh/chị đã sửa tay`);
    expect(said.messageVi).toContain(`(ô ${cells.join(', ')}, ghi “sửa tay”`);
    expect(said.messageEn).toContain(`(cells ${cells.join(', ')}, marked “edited”`);
    three.session.dispose();
    edit(12);
    const twelve = await importLikeCli(store, fixtureFile);
    const all = twelve.preview.problems.find((p) => p.code === 'replacesHandEdits')!;
    expect(all.messageVi).toContain('12 giá trị');
    expect(all.messageVi).toMatch(/\(ô (?:[A-Z]+\d+, ){10}…, ghi “sửa tay”/);
    twelve.session.dispose();
  });

  it('an edit undone since, or one the file agrees with, is not said', async () => {
    await importFileInto(store, fixtureFile);
    const bp = store.units.byCode('gso2004', '70')!;
    const dn = store.units.byCode('gso2004', '48')!;
    const { change } = store.rankings.edit(
      { year: 2022, group: 63, unitId: bp.id, indicator: 'dti', field: 'rank', value: 11 },
      'x',
      null,
    );
    store.rankings.undo(change!.id, 'x', null);
    store.rankings.edit(
      { year: 2022, group: 63, unitId: dn.id, indicator: 'dti', field: 'rank', value: 2 },
      'x',
      null,
    );
    store.rankings.edit(
      { year: 2022, group: 63, unitId: dn.id, indicator: 'dti', field: 'rank', value: 1 },
      'x',
      null,
    );
    const { preview } = await importLikeCli(store, fixtureFile);
    expect(preview.rows.flatMap((r) => r.cells).filter((c) => c.edited)).toEqual([]);
    expect(preview.problems.map((p) => p.code)).not.toContain('replacesHandEdits');
  });
});

describe('a sheet without a single cell', () => {
  it('is said to be empty, once (was: "choose the unit column" and "no value column")', async () => {
    const f = writeWorkbook('two-sheets.xlsx', [
      { name: 'Trống', rows: [] },
      {
        name: 'DTI',
        rows: [
          ['Tỉnh', 'Xếp hạng DTI'],
          ['Huế', 4],
        ],
      },
    ]);
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze('Trống');
    const preview = await session.stage(a.mapping, { ...a.target, year: 2022, group: 63 });
    expect(errors(preview)).toEqual(['emptySheet']);
    expect(preview.problems[0]!.messageEn).toContain('sheet "Trống": this sheet has no cell with data');
    session.dispose();
  });
});

describe('round 38: the new readings at their edges', () => {
  it('"SỐ ĐIỂM VÀ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH" over "Điểm | Xếp hạng" is the DTI ranking, not a KPI "Điểm"', async () => {
    for (const title of [
      'SỐ ĐIỂM VÀ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2023',
      'TỶ LỆ ĐIỂM ĐẠT ĐƯỢC VÀ XẾP HẠNG DTI CÁC TỈNH NĂM 2023',
    ]) {
      const f = writeWorkbook('sodiem.xlsx', [
        {
          name: 'DTI',
          rows: [
            [title],
            ['STT', 'Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
            ...provinces63().map((u, i) => [i + 1, u, Number((0.8 - i * 0.004).toFixed(4)), i + 1]),
          ],
        },
      ]);
      const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
      expect(a.target, title).toMatchObject({ kind: 'ranking', year: 2023 });
      expect(a.mapping.columns.map((c) => c.mapping.field)).toEqual(['stt', 'unit', 'dti.score', 'dti.rank']);
    }
  });

  it('a KPI\'s ranks alone under its title are that KPI\'s ranks (was: "the indicator name is missing")', async () => {
    const f = writeWorkbook('ranks-only.xlsx', [
      {
        name: 'T12',
        rows: [
          ['TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026'],
          ['STT', 'Tỉnh, thành phố', 'Xếp hạng toàn quốc'],
          ...units34.map((u, i) => [i + 1, u, 34 - i]),
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f);
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored()).toContain('Hà Nội | Tỷ lệ hồ sơ thanh toán trực tuyến | 2026-12 | null | 34');
    expect(stored()).toHaveLength(34);
  });

  it('a "Số" column of 1, 2, 3… is the row number, not the title\'s KPI (was: the KPI stored as 1..34)', async () => {
    const f = writeWorkbook('so-stt.xlsx', [
      {
        name: 'S',
        rows: [
          ['SỐ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN NĂM 2026'],
          ['Số', 'Tỉnh, thành phố', 'Hồ sơ tiếp nhận trực tuyến'],
          ...units34.map((u, i) => [i + 1, u, 1000 + i * 7]),
        ],
      },
    ]);
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.mapping.columns[0]!.mapping.field).toBe('stt');
  });

  const quarter = (title: string, group: string, subs: string[], total: (row: number[]) => number) =>
    writeWorkbook('quarter.xlsx', [
      {
        name: 'Q',
        rows: [
          [title],
          ['STT', 'Tỉnh, thành phố', group, ...subs.slice(1).map(() => null)],
          [null, null, ...subs],
          ...[
            [100, 200, 300],
            [10, 20, 30],
          ].map((m, i) => [i + 1, i ? 'Huế' : 'Hà Nội', ...m.slice(0, subs.length - 1), total(m)]),
        ],
        merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 1 + subs.length } }],
      },
    ]);
  const sum = (m: number[]) => m.reduce((a, b) => a + b, 0);
  const fieldsOf = async (f: string) =>
    (await new ImportSession(store.db, { kind: 'file', path: f }).analyze()).mapping.columns
      .slice(2)
      .map((c) =>
        'period' in c.mapping ? `${c.mapping.field} ${c.mapping.period}` : `${c.mapping.field} ${c.note}`,
      );

  it('"Quý III" without its year over its months, under a title of 2026, is 2026\'s third quarter', async () => {
    const f = quarter(
      'SỐ HỒ SƠ THANH TOÁN TRỰC TUYẾN NĂM 2026 (hồ sơ)',
      'Quý III',
      ['Tháng 7', 'Tháng 8', 'Tháng 9', 'Tổng quý III'],
      sum,
    );
    expect(await fieldsOf(f)).toEqual([
      'kpi.valueForPeriod 2026-07',
      'kpi.valueForPeriod 2026-08',
      'kpi.valueForPeriod 2026-09',
      'kpi.valueForPeriod 2026-07..2026-09',
    ]);
  });

  it("a quarter's total after two of its months, a total of rates and an average are set aside, never a KPI of that name", async () => {
    const two = quarter(
      'SỐ HỒ SƠ THANH TOÁN TRỰC TUYẾN (hồ sơ)',
      'Quý III/2026',
      ['Tháng 7', 'Tháng 8', 'Cộng quý'],
      sum,
    );
    expect((await fieldsOf(two))[2]).toBe('ignore total of part of a period');
    const rates = quarter(
      'TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN (%)',
      'Quý III/2026',
      ['Tháng 7', 'Tháng 8', 'Tháng 9', 'Cộng'],
      () => 3,
    );
    expect((await fieldsOf(rates))[3]).toBe('ignore total of rates');
    const average = quarter(
      'TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN (%)',
      'Quý III/2026',
      ['Tháng 7', 'Tháng 8', 'Tháng 9', 'Bình quân quý'],
      (m) => sum(m) / 3,
    );
    expect((await fieldsOf(average))[3]).toBe('ignore average of columns');
    const preview = await importFileInto(store, average, { group: 34 });
    expect(
      preview.problems.find((p) => p.code === 'columnSetAside' || p.header === 'Quý III/2026 / Bình quân quý')
        ?.messageEn,
    ).toContain('is an average of the columns before it: not imported');
  });

  it('two quarters in one header row, each with its "Cộng quý", are each their quarter (was: the second set aside)', async () => {
    const f = writeTemp(
      'two-quarters.csv',
      [
        'STT,Tỉnh,Tháng 7/2026,Tháng 8/2026,Tháng 9/2026,Cộng quý,Tháng 10/2026,Tháng 11/2026,Tháng 12/2026,Cộng quý',
        '1,Hà Nội,1,2,3,6,4,5,6,15',
      ].join('\n'),
    );
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(
      a.mapping.columns.slice(2).map((c) => ('period' in c.mapping ? c.mapping.period : c.note)),
    ).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-07..2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2026-10..2026-12',
    ]);
  });

  it('full-width thousands and a full-width score with its rank read as the ASCII ones', async () => {
    const f = writeTemp(
      'fw.csv',
      [
        'Tỉnh;Số giao dịch thanh toán trực tuyến;Tỷ lệ thanh toán trực tuyến (%)',
        'Hà Nội;３４８．１４８;９８，５',
        'Huế;１２．３４５;７０',
      ].join('\n'),
    );
    await importFileInto(store, f, { year: 2026, group: 34 });
    expect(
      stored()
        .map((r) => r.split(' | ').slice(1, 4).join(' | '))
        .sort(),
    ).toEqual([
      'Số giao dịch thanh toán trực tuyến | 2026 | 12345',
      'Số giao dịch thanh toán trực tuyến | 2026 | 348148',
      'Tỷ lệ thanh toán trực tuyến | 2026 | 70',
      'Tỷ lệ thanh toán trực tuyến | 2026 | 98.5',
    ]);
  });
});

describe('round 38 regression sweep', () => {
  it("the table's KPI taken from its title is still the one --indicator names when given", async () => {
    const f = writeWorkbook('tyle.xlsx', [
      {
        name: 'T10',
        rows: [
          ['TỶ LỆ DÂN SỐ TRƯỞNG THÀNH CÓ TÀI KHOẢN THANH TOÁN THÁNG 10/2026'],
          ['STT', 'Tỉnh, thành phố', 'Tỷ lệ'],
          ...units34.map((u, i) => [i + 1, u, 0.8 + i / 1000]),
        ],
      },
    ]);
    const { session } = await stageFile(
      store,
      { kind: 'file', path: f },
      { indicator: 'Tỷ lệ người lớn có tài khoản' },
    );
    session.commit();
    expect(new Set(stored().map((r) => r.split(' | ')[1]))).toEqual(
      new Set(['Tỷ lệ người lớn có tài khoản']),
    );
  });

  it('"XẾP HẠNG TỶ LỆ …" over "Tỉnh | Xếp hạng" is that KPI\'s ranks, not the DTI\'s', async () => {
    const f = writeTemp(
      'xh-tyle.csv',
      [
        'XẾP HẠNG TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026',
        '',
        'Tỉnh, thành phố,Xếp hạng',
        ...units34.map((u, i) => `${u},${i + 1}`),
      ].join('\n'),
    );
    const { session, preview } = await importLikeCli(store, f);
    expect(session.target).toMatchObject({ kind: 'kpi', indicator: 'Tỷ lệ hồ sơ thanh toán trực tuyến' });
    expect(errors(preview)).toEqual([]);
  });

  it('"Tổng số" under "TỔNG SỐ …" with no periods before it is the title\'s KPI', async () => {
    const f = writeTemp(
      'tongso.csv',
      [
        'TỔNG SỐ TÀI KHOẢN THANH TOÁN ĐIỆN TỬ NĂM 2026',
        '',
        'STT,Tỉnh,Tổng số',
        ...units34.map((u, i) => `${i + 1},${u},${1000 + i}`),
      ].join('\n'),
    );
    const { session, preview } = await importLikeCli(store, f);
    expect(session.target).toMatchObject({ kind: 'kpi', indicator: 'Tổng số tài khoản thanh toán điện tử' });
    expect(errors(preview)).toEqual([]);
    session.commit();
    expect(stored()).toContain('Hà Nội | Tổng số tài khoản thanh toán điện tử | 2026 | 1000 | null');
  });
});

describe("round 39: an analyst's year of files", () => {
  it('another index\'s table ("BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP") is a KPI with its rank, never the DTI (was: 124 DTI values replaced)', async () => {
    const ranking = writeTemp(
      'dti-2024.csv',
      [
        'Xếp hạng,Tỉnh,Điểm DTI',
        ...provinces63().map((u, i) => `${i + 1},${u},${(0.85 - i * 0.005).toFixed(4)}`),
      ].join('\n'),
    );
    await importFileInto(store, ranking, { year: 2024, group: 63 });
    const before = storedRanking(store, 2024, 63);
    for (const [title, score] of [
      ['BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2024', 'Tổng điểm (100 điểm)'],
      ['KẾT QUẢ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP NĂM 2024', 'Điểm'],
    ]) {
      const f = writeWorkbook('766.xlsx', [
        {
          name: '2024',
          rows: [
            [title],
            ['STT', 'Tỉnh, thành phố', score, 'Xếp hạng'],
            ...provinces63().map((u, i) => [i + 1, u, 91.43 - i / 10, i + 1]),
          ],
        },
      ]);
      const { session, preview } = await importLikeCli(store, f);
      expect(session.target!.kind, title).toBe('kpi');
      expect(errors(preview)).toEqual([]);
      session.commit();
    }
    expect(storedRanking(store, 2024, 63)).toEqual(before);
    expect(stored()).toContain('Hà Nội | Bộ chỉ số phục vụ người dân, doanh nghiệp | 2024 | 91.43 | 1');
  });

  it('"DTI 2024" heading the score beside main indices naming no year is the 2024 ranking', async () => {
    const f = writeTemp(
      'dti2024-34.csv',
      `Xếp hạng DTI;Tỉnh/thành phố;Nhận thức số;Chính quyền số;DTI 2024\n1;TP. Hà Nội;0,7273;0,7596;0,8241\n2;TP. Huế;0,7634;0,6620;0,7951\n`,
    );
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.target).toMatchObject({ kind: 'ranking', year: 2024 });
  });

  it('a province\'s own report of November 2025 with "Tháng này | Lũy kế từ đầu năm" is the new Đồng Nai\'s', async () => {
    const f = writeTemp(
      'dongnai-t11.csv',
      '\ufeffUBND TỈNH ĐỒNG NAI\nKẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 11/2025\nSTT;Chỉ tiêu;ĐVT;Tháng này;Lũy kế từ đầu năm\n1;Tỷ lệ hồ sơ trực tuyến toàn trình;%;76,45;72,10\n',
    );
    const { session, preview } = await importLikeCli(store, f);
    expect(session.target).toMatchObject({ group: 34, period: '2025-11' });
    expect(errors(preview)).toEqual([]);
  });

  it('an English "Unit" column of %, accounts… beside the indicators is the unit of measure, not a province', async () => {
    const f = writeWorkbook('en.xlsx', [
      {
        name: 'KPIs',
        rows: [
          ['Dong Nai Province - Digital transformation KPIs, 2026'],
          ['No.', 'Indicator', 'Unit', 'Q1', 'Q2'],
          [1, 'Fully online applications rate', '%', 73, 75.5],
          [2, 'Payment accounts', 'accounts', 1200, 1300],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f);
    expect(session.mapping!.columns[2]!.mapping.field).toBe('kpi.unitOfMeasure');
    expect(preview.questions).toEqual([]);
  });
});

describe('round 39 regression sweep', () => {
  const analyzeRows = async (rows: (string | number | null)[][]) =>
    new ImportSession(store.db, {
      kind: 'file',
      path: writeWorkbook('t.xlsx', [{ name: 'S', rows }]),
    }).analyze();
  const body = (...cols: ((i: number) => number)[]) =>
    units34.map((u, i) => [i + 1, u, ...cols.map((c) => c(i))]);

  it("KPI titles that speak of points or of the DTI are KPIs: their ranks are never the DTI's", async () => {
    for (const [title, kpi] of [
      ['TỶ LỆ HỒ SƠ ĐẠT ĐIỂM ĐÁNH GIÁ TỐI ĐA THÁNG 12/2026', 'Tỷ lệ hồ sơ đạt điểm đánh giá tối đa'],
      [
        'TỶ LỆ ĐƠN VỊ CẤP XÃ ĐÃ ĐƯỢC ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2026',
        'Tỷ lệ đơn vị cấp xã đã được đánh giá chỉ số chuyển đổi số',
      ],
      ['TỶ LỆ HỒ SƠ TRỰC TUYẾN VÀ XẾP HẠNG DTI NĂM 2026', 'Tỷ lệ hồ sơ trực tuyến'],
    ]) {
      const a = await analyzeRows([
        [title],
        ['STT', 'Tỉnh, thành phố', 'Tỷ lệ', 'Xếp hạng'],
        ...body(
          (i) => 90 - i,
          (i) => i + 1,
        ),
      ]);
      expect(a.target, title).toMatchObject({ kind: 'kpi', indicator: kpi });
      expect(a.mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['kpi.value', 'kpi.rank']);
    }
  });

  it('"Tỷ lệ | Số lượng" under a rate\'s title are two KPIs, neither dropped', async () => {
    const a = await analyzeRows([
      ['TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026'],
      ['STT', 'Tỉnh, thành phố', 'Tỷ lệ', 'Số lượng', 'Xếp hạng'],
      ...body(
        (i) => 90 - i,
        (i) => 1000 + i,
        (i) => i + 1,
      ),
    ]);
    expect(a.mapping.columns.slice(2, 4).map((c) => c.mapping.field)).toEqual([
      'kpi.valueForIndicator',
      'kpi.valueForIndicator',
    ]);
  });

  it('other indices and other points ("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "ĐIỂM HÀI LÒNG …") are KPIs with their ranks', async () => {
    for (const [title, header, kpi] of [
      ['CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'Chỉ số CCHC', 'Chỉ số cải cách hành chính'],
      [
        'ĐIỂM HÀI LÒNG CỦA NGƯỜI DÂN VỀ DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2024',
        'Điểm',
        'Điểm hài lòng của người dân về dịch vụ công trực tuyến',
      ],
    ]) {
      const a = await analyzeRows([
        [title],
        ['STT', 'Tỉnh, thành phố', header, 'Xếp hạng'],
        ...body(
          (i) => 85 - i / 3,
          (i) => i + 1,
        ),
      ]);
      expect(a.target, title).toMatchObject({ kind: 'kpi', indicator: kpi });
      expect(a.mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['kpi.value', 'kpi.rank']);
    }
    const ranks = await analyzeRows([
      ['XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
      ['Tỉnh, thành phố', 'Xếp hạng'],
      ...units34.map((u, i) => [u, i + 1]),
    ]);
    expect(ranks.target).toMatchObject({ kind: 'kpi', indicator: 'Chỉ số cải cách hành chính' });
  });

  it('a total of rates known from "Đơn vị tính: %" under the title is set aside too', async () => {
    const f = writeWorkbook('dvt.xlsx', [
      {
        name: 'Q',
        rows: [
          ['HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH'],
          ['Đơn vị tính: %'],
          ['STT', 'Tỉnh, thành phố', 'Quý III/2026', null, null, null],
          [null, null, 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Cộng'],
          [1, 'Hà Nội', 15, 16, 16.8, 47.8],
        ],
        merges: [{ s: { r: 2, c: 2 }, e: { r: 2, c: 5 } }],
      },
    ]);
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.mapping.columns[5]).toMatchObject({
      mapping: { field: 'ignore' },
      note: 'total of rates',
    });
  });
});

describe('a total under a group of a longer period', () => {
  it('is the span of the columns it sums when its cells add up so ("Năm 2026" over "Quý I | Quý II | Cộng")', async () => {
    const book = (total: (a: number, b: number) => number) =>
      writeWorkbook('half.xlsx', [
        {
          name: 'S',
          rows: [
            ['SỐ HỒ SƠ THANH TOÁN TRỰC TUYẾN (hồ sơ)'],
            ['STT', 'Tỉnh, thành phố', 'Năm 2026', null, null],
            [null, null, 'Quý I', 'Quý II', 'Cộng'],
            [1, 'Hà Nội', 100, 200, total(100, 200)],
            [2, 'Huế', 10, 20, total(10, 20)],
          ],
          merges: [{ s: { r: 1, c: 2 }, e: { r: 1, c: 4 } }],
        },
      ]);
    const added = await new ImportSession(store.db, { kind: 'file', path: book((a, b) => a + b) }).analyze();
    expect(added.mapping.columns[4]!.mapping).toEqual({
      field: 'kpi.valueForPeriod',
      period: '2026-01..2026-06',
    });
    // (a year's total over two quarters shown: of no span that can be told)
    const year = await new ImportSession(store.db, {
      kind: 'file',
      path: book((a, b) => 2 * (a + b)),
    }).analyze();
    expect(year.mapping.columns[4]).toMatchObject({
      mapping: { field: 'ignore' },
      note: 'total of part of a period',
    });
  });
});

describe("a province's own DTI over the years, a row per year", () => {
  it('imports the row of the year asked for, the others set aside and said (was: "unit appears again" at every row)', async () => {
    const f = writeWorkbook('bp-dti.xlsx', [
      {
        name: 'DTI qua các năm',
        rows: [
          ['UBND TỈNH BÌNH PHƯỚC'],
          ['KẾT QUẢ XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) CỦA TỈNH BÌNH PHƯỚC GIAI ĐOẠN 2020 - 2024'],
          ['Năm', 'Điểm DTI', 'Xếp hạng DTI', 'Xếp hạng CQS', 'Xếp hạng KTS', 'Xếp hạng XHS'],
          ['Năm 2021', '-', '9/63', '8/63', '14/63', '15/63'],
          ['Năm 2022', '-', '12/63', '12/63', '22/63', '14/63'],
          ['Năm 2023', 0.6512, '19/63', '15/63', '25/63', '20/63'],
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f, 2022);
    expect(errors(preview)).toEqual([]);
    const said = preview.problems.find((p) => p.code === 'rowsOfOtherYears')!;
    expect(said.messageVi).toContain('chỉ nhập dòng năm 2022; các dòng năm 2021, 2023 để riêng');
    session.commit();
    const bp = storedRanking(store, 2022, 63);
    expect([...bp.values()].map((v) => v.rank).sort((a, b) => Number(a) - Number(b))).toEqual([
      12, 12, 14, 22,
    ]);
  });
});

describe('the 63 grouped by the 34 they became ("Tỉnh mới | Tỉnh cũ")', () => {
  it('is a table of the former provinces: the new names repeat and are set aside, said (was: refused, ranks "from 1 to 34")', async () => {
    const newOf = new Map(referenceCsv('merger_2025.csv').map((r) => [r.old_name_vi!, r.new_name_vi!]));
    const rows = provinces63().map((old, i) => [
      newOf.get(old) ?? old,
      old,
      Number((0.8 - i * 0.003).toFixed(4)),
      i + 1,
    ]);
    rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const f = writeWorkbook('grouped.xlsx', [
      {
        name: 'DTI 2024',
        rows: [
          ['KẾT QUẢ DTI NĂM 2024 CỦA CÁC TỈNH CŨ THEO ĐƠN VỊ HÀNH CHÍNH MỚI'],
          ['Tỉnh mới', 'Tỉnh cũ', 'Điểm DTI 2024', 'Xếp hạng/63'],
          ...rows,
        ],
      },
    ]);
    const { session, preview } = await importLikeCli(store, f);
    expect(session.mapping!.columns.map((c) => c.mapping.field)).toEqual([
      'ignore',
      'unit',
      'dti.score',
      'dti.rank',
    ]);
    expect(session.target).toMatchObject({ kind: 'ranking', year: 2024, group: 63 });
    expect(errors(preview)).toEqual([]);
    expect(preview.problems.find((p) => p.col === 1)?.messageEn).toContain(
      'names the new unit each former province merged into',
    );
  });
});

describe('round 40 regression sweep', () => {
  const analyzeCsv = async (lines: string[]) =>
    new ImportSession(store.db, { kind: 'file', path: writeTemp('t.csv', lines.join('\n')) }).analyze();
  const rows = (f: (i: number) => string) => provinces63().map((u, i) => `${i + 1},${u},${f(i)}`);

  it('"điểm" that is a place ("SỐ ĐIỂM BƯU ĐIỆN …", "TỶ LỆ ĐIỂM PHỤC VỤ …") makes a KPI title; the DTI\'s points stay a ranking', async () => {
    const kpi = await analyzeCsv([
      'SỐ ĐIỂM PHÁT WIFI CÔNG CỘNG MIỄN PHÍ NĂM 2024',
      '',
      'STT,Tỉnh,Xếp hạng',
      ...rows((i) => `${i + 1}`),
    ]);
    expect(kpi.target).toMatchObject({ kind: 'kpi', indicator: 'Số điểm phát wifi công cộng miễn phí' });
    for (const title of [
      'ĐIỂM CĐS CÁC TỈNH NĂM 2024',
      'CHỈ SỐ CĐS CẤP TỈNH NĂM 2024',
      'SỐ THỨ HẠNG CHỈ SỐ DTI NĂM 2024',
    ]) {
      const a = await analyzeCsv([
        title,
        '',
        'STT,Tỉnh,Điểm,Xếp hạng',
        ...rows((i) => `${(0.8 - i / 500).toFixed(4)},${i + 1}`),
      ]);
      expect(a.target.kind, title).toBe('ranking');
    }
  });

  it('a header naming the DTI keeps an "other index" title\'s table the DTI\'s, its bare rank too', async () => {
    const a = await analyzeCsv([
      'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      '',
      'STT,Tỉnh,Điểm DTI,Xếp hạng',
      ...rows((i) => `${(0.8 - i / 500).toFixed(4)},${i + 1}`),
    ]);
    expect(a.mapping.columns.slice(2).map((c) => c.mapping.field)).toEqual(['dti.score', 'dti.rank']);
  });

  it('a bare "Điểm" beside a KPI names no KPI; a leading "Tổng số" with its parts after it is no total of columns before it', async () => {
    const diem = await analyzeCsv([
      'TỶ LỆ HỒ SƠ THANH TOÁN TRỰC TUYẾN THÁNG 12/2026',
      '',
      'STT,Tỉnh,Tỷ lệ,Điểm,Xếp hạng',
      ...rows((i) => `${90 - i / 2},${8 - i / 10},${i + 1}`),
    ]);
    expect(diem.mapping.columns[3]).toMatchObject({ mapping: { field: 'ignore' }, note: 'unknown' });
    const total = await analyzeCsv([
      'TỔNG SỐ HỒ SƠ TIẾP NHẬN NĂM 2026',
      '',
      'STT,Tỉnh,Tổng số,Trong đó: trực tuyến',
      ...rows((i) => `${1000 + i},${500 + i}`),
    ]);
    expect(total.mapping.columns[2]!.mapping.field).not.toBe('ignore');
  });
});

describe('a channel named alone beside the total ("Tổng số | Trong đó: trực tuyến")', () => {
  it('is the part of the table\'s KPI so made, not a KPI "Trực tuyến" another file would write over', async () => {
    const f = writeWorkbook('channels.xlsx', [
      {
        name: 'S',
        rows: [
          ['TỔNG SỐ HỒ SƠ TIẾP NHẬN NĂM 2026'],
          ['STT', 'Tỉnh, thành phố', 'Tổng số', 'Trong đó: trực tuyến'],
          [1, 'Hà Nội', 5843, 5422],
          [2, 'Huế', 1200, 1000],
        ],
      },
    ]);
    const preview = await importFileInto(store, f, { group: 34 });
    expect(errors(preview)).toEqual([]);
    expect(new Set(stored().map((r) => r.split(' | ')[1]))).toEqual(
      new Set(['Tổng số hồ sơ tiếp nhận', 'Tổng số hồ sơ tiếp nhận – trong đó: trực tuyến']),
    );
  });
});

describe('a table of an activity index ("CHỈ SỐ HOẠT ĐỘNG CHÍNH QUYỀN SỐ NĂM 2023")', () => {
  it('scores that index, its rank set aside — never the DTI (was: 126 DTI values replaced)', async () => {
    const f = writeTemp(
      'hd-cqs.csv',
      [
        'CHỈ SỐ HOẠT ĐỘNG CHÍNH QUYỀN SỐ NĂM 2023',
        '',
        'STT,Tỉnh,Điểm,Xếp hạng',
        ...provinces63().map((u, i) => `${i + 1},${u},${(0.8 - i / 500).toFixed(4)},${i + 1}`),
      ].join('\n'),
    );
    const a = await new ImportSession(store.db, { kind: 'file', path: f }).analyze();
    expect(a.mapping.columns.slice(2)).toMatchObject([
      { mapping: { field: 'idx.hd_chinh_quyen_so' } },
      { mapping: { field: 'ignore' }, note: 'rank of a main index' },
    ]);
  });
});

describe('"Tổng số | Trực tuyến | Trực tiếp" under a title naming the KPI', () => {
  it('is the KPI whole and its two parts (was: refused, "the title names no KPI")', async () => {
    const f = writeTemp(
      'parts.csv',
      [
        'SỐ HỒ SƠ TIẾP NHẬN NĂM 2026',
        '',
        'STT,Tỉnh,Tổng số,Trực tuyến,Trực tiếp',
        '1,Hà Nội,5913,5490,423',
        '2,Huế,1200,1000,200',
      ].join('\n'),
    );
    const preview = await importFileInto(store, f, { group: 34 });
    expect(errors(preview)).toEqual([]);
    expect(
      stored()
        .filter((r) => r.startsWith('Hà Nội'))
        .map((r) => r.split(' | ').slice(1, 4).join(' | '))
        .sort(),
    ).toEqual([
      'Số hồ sơ tiếp nhận | 2026 | 5913',
      'Số hồ sơ tiếp nhận – trực tiếp | 2026 | 423',
      'Số hồ sơ tiếp nhận – trực tuyến | 2026 | 5490',
    ]);
  });
});
