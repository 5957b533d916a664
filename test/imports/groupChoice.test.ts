// Which list an import goes to (63 units until 30/06/2025, 34 after) when neither the analyst nor
// the title says it: the ranking year where it decides (2024 was published for both), else what the
// file shows — names only one list knows, a complete table of the 34, a KPI table's periods.
// A KPI value whose period the list cannot hold, a year the title contradicts, and a provincial
// city taken for its province are errors or questions, never silently stored.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { Store } from '../../src/main/store';
import type { RankingGroup } from '../../src/shared/domain';
import { tempDir } from '../store/helpers';
import { referenceCsv, storedRanking, errorCodes } from './helpers';

let store: Store;
let dir: string;
beforeEach(() => {
  dir = tempDir('dti-group-');
  store = new Store(path.join(dir, 'g.db'));
});
afterEach(() => store.close());

const units34 = referenceCsv('units_2025.csv').map((r) => r.name_vi!);
const pub2022 = referenceCsv('dti_2022_published.csv');

/** Imports as `dti-desk import FILE [--year Y] [--group G]` does: the year given, the group the session infers. */
async function importAs(body: string, opts: { year?: number; group?: RankingGroup } = {}) {
  const file = path.join(dir, 'table.csv');
  fs.writeFileSync(file, body, 'utf8');
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  const analysis = await session.analyze();
  const year = opts.year ?? analysis.target.year;
  const period = opts.year !== undefined ? String(opts.year) : (analysis.target.period ?? null);
  const group = opts.group ?? session.groupFor({ kind: analysis.target.kind, year, period });
  const preview = await session.stage(analysis.mapping, { ...analysis.target, year, period, group });
  return { session, analysis, preview };
}
const errorsOf = errorCodes;
const storedUnitLists = () =>
  (
    store.db
      .prepare(
        `SELECT DISTINCT u.code_list AS list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user'`,
      )
      .all() as { list: string }[]
  ).map((r) => r.list);

describe('rankings: the group of a 2024 table comes from the file', () => {
  it('press labels "TP. Hải Phòng (mới)" put a 2024 excerpt on the 34-unit list', async () => {
    const body = [
      'Xếp hạng;Tỉnh, thành phố;Điểm DTI',
      '1;TP. Hà Nội;0,8241',
      '2;TP. Huế;0,7951',
      '3;TP. Hải Phòng (mới);0,7857',
      '4;TP. Hồ Chí Minh (mới);0,7770',
      '5;Thanh Hóa;',
      '17;TP. Đà Nẵng (mới);0,7069',
    ].join('\n');
    const { session, analysis, preview } = await importAs(body, { year: 2024 });
    expect(analysis.target.group).toBe(34);
    expect(preview.target.group).toBe(34);
    expect(errorsOf(preview)).toEqual([]);
    expect(preview.questions).toEqual([]);
    session.commit();
    expect(storedRanking(store, 2024, 63).size).toBe(0);
    const rows = store.rankingRows(2024, 34);
    expect(rows.find((r) => r.unitName === 'Hải Phòng')).toMatchObject({
      rank: 3,
      score: 0.7857,
      rankOf: 34,
    });
    expect(rows.find((r) => r.unitName === 'Hồ Chí Minh')).toMatchObject({ rank: 4 });
  });

  it('a complete table of the 34 units without a title goes to the 34-unit list, not "missing 29 of 63"', async () => {
    const body = [
      'STT,"Tỉnh, thành phố",Điểm DTI,Xếp hạng DTI',
      ...units34.map((n, i) => `${i + 1},${n},${n === 'Hà Nội' ? '0.8241,1' : ','}`),
    ].join('\n');
    const { session, preview } = await importAs(body, { year: 2024 });
    expect(preview.target.group).toBe(34);
    expect(preview.problems.map((p) => p.code)).not.toContain('missingUnits');
    expect(errorsOf(preview)).toEqual([]);
    session.commit();
    expect(storedUnitLists()).toEqual(['2025']);
  });

  it('the 63-unit table of 2024 goes to the 63-unit list', async () => {
    const body = [
      'Xếp hạng DTI,Tỉnh,Điểm DTI',
      ...pub2022.map((r) => `${r.dti_rank},${r.label_as_published},${r.pdti}`),
    ].join('\n');
    const { preview } = await importAs(body, { year: 2024 });
    expect(preview.target.group).toBe(63);
    expect(preview.questions).toEqual([]);
  });

  it('a 2024 top 10 whose names both lists know: the group is asked, nothing is guessed', async () => {
    const body = ['Xếp hạng,Tỉnh,Điểm DTI', ...units34.slice(0, 10).map((n, i) => `${i + 1},${n},`)].join(
      '\n',
    );
    const { session, preview } = await importAs(body, { year: 2024 });
    expect(preview.target.group).toBeNull();
    expect(errorsOf(preview)).toContain('noGroup');
    expect(preview.canCommit).toBe(false);
    expect(() => session.commit()).toThrow();
  });

  it('outside 2024 the year decides: 34 rows for 2023 are checked against the 63 units', async () => {
    const body = ['STT,Tỉnh,Điểm DTI', ...units34.map((n, i) => `${i + 1},${n},`)].join('\n');
    const { preview } = await importAs(body, { year: 2023 });
    expect(preview.target.group).toBe(63);
    expect(errorsOf(preview)).toContain('missingUnits');
    // the 34 units' table: the year is what to check (2023 was ranked among 63 only)
    expect(preview.problems.find((p) => p.code === 'groupContradicts')?.textEn).toContain(
      '2023 was ranked among the 63 units',
    );
    const press = await importAs('Xếp hạng,Tỉnh\n1,TP. Hải Phòng (mới)\n', { year: 2023 });
    expect(press.preview.target.group).toBe(63);
    expect(press.preview.questions.map((q) => q.label)).toEqual(['TP. Hải Phòng (mới)']);
    expect(press.preview.problems.find((p) => p.code === 'unitUnmatched')!.messageEn).toContain(
      'not one of the 63-unit list',
    );
  });
});

describe('KPI tables: the periods tell the list', () => {
  const kpi = (rows: [string, string, string][]) =>
    [
      '"Tỉnh, thành phố",Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính',
      ...rows.map(([unit, period, value]) => `${unit},Tỷ lệ DVCTT toàn trình,${period},"${value}",%`),
    ].join('\n');

  it('34 units for September 2025 are matched to the 34-unit list', async () => {
    const { session, analysis, preview } = await importAs(
      kpi(units34.map((n, i) => [n, 'Tháng 9/2025', `${40 + i},5`])),
    );
    expect(analysis.target).toMatchObject({ kind: 'kpi', group: 34 });
    expect(errorsOf(preview)).toEqual([]);
    session.commit();
    expect(storedUnitLists()).toEqual(['2025']);
  });

  it('periods up to June 2025 are of the 63-unit list', async () => {
    const { analysis } = await importAs(
      kpi([
        ['Hà Nội', 'Năm 2024', '40'],
        ['Hà Tĩnh', '6 tháng đầu năm 2025', '41'],
      ]),
    );
    expect(analysis.target.group).toBe(63);
  });

  it('a 63-list unit with a period after June 2025 is an error naming the cell', async () => {
    const { session, preview } = await importAs(
      kpi([
        ['Hà Giang', 'Tháng 9/2025', '40'],
        ['Hà Nội', 'Tháng 5/2025', '41'],
      ]),
    );
    expect(preview.target.group).toBe(63);
    const errors = preview.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'periodOutsideList',
        file: 'table.csv',
        row: 2,
        col: 4,
        cell: 'D2',
        value: '40',
      }),
    ]);
    expect(errors[0]!.messageVi).toContain('"Hà Giang"');
    expect(errors[0]!.messageVi).toContain('ô D2 (dòng 2, cột D: Giá trị)');
    expect(errors[0]!.messageEn).toMatch(/period Sep 2025 of "Hà Giang" \(63-unit list\).*value "40"/);
    expect(() => session.commit()).toThrow();
  });

  it('imported for the 34 units, a 2024 value is a restatement for the new unit, said once', async () => {
    const { session, preview } = await importAs(kpi([['Lào Cai', 'Năm 2024', '12,5']]), { group: 34 });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const w = preview.problems.filter((p) => p.code === 'listFollowsPeriod');
    expect(w).toHaveLength(1);
    expect(w[0]!.messageVi).toContain('được nhập cho 34 đơn vị sau sắp xếp');
    session.commit();
    expect(
      store.db
        .prepare(
          `SELECT u.code_list FROM observation o JOIN unit u ON u.id = o.unit_id WHERE o.layer = 'user'`,
        )
        .pluck()
        .all(),
    ).toEqual(['2025']);
  });

  it('a year given for the import that the title contradicts is an error, as for rankings', async () => {
    const body = [
      'KẾT QUẢ MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023',
      '',
      '"Tỉnh, thành phố",Tỷ lệ DVCTT toàn trình (%),Vùng phủ 4G (%)',
      'Hà Nội,"40,5","99,1"',
      'Hà Tĩnh,"41,5","98,2"',
    ].join('\n');
    const asTitled = await importAs(body);
    expect(asTitled.analysis.target).toMatchObject({ kind: 'kpi', year: 2023 });
    expect(errorsOf(asTitled.preview)).toEqual([]);
    const { session, preview } = await importAs(body, { year: 2022 });
    const e = preview.problems.find((p) => p.code === 'yearContradicts')!;
    expect(e).toMatchObject({ severity: 'error', file: 'table.csv' });
    expect(e.messageEn).toContain('the file title says 2023, but the import is for 2022');
    expect(() => session.commit()).toThrow();
  });
});

describe('a provincial city is not its province', () => {
  it('"Thành phố Hà Tĩnh" in a district table is a question naming why, never a match', async () => {
    const body = [
      'Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính',
      'Thành phố Hà Tĩnh,Tỷ lệ DVCTT toàn trình,Năm 2023,"71,2",%',
      'Thị xã Hồng Lĩnh,Tỷ lệ DVCTT toàn trình,Năm 2023,"65,4",%',
      'Tỉnh Hà Tĩnh,Tỷ lệ DVCTT toàn trình,Năm 2023,"60,1",%',
    ].join('\n');
    const { session, preview } = await importAs(body);
    expect(preview.questions.map((q) => [q.label, q.kind])).toEqual([
      ['Thành phố Hà Tĩnh', 'unmatched'],
      ['Thị xã Hồng Lĩnh', 'unmatched'],
    ]);
    const city = preview.problems.find((p) => p.value === 'Thành phố Hà Tĩnh')!;
    expect(city).toMatchObject({ code: 'unitPrefixMismatch', row: 2, cell: 'A2' });
    expect(city.messageVi).toContain('Hà Tĩnh là tỉnh');
    expect(city.messageEn).toContain('Hà Tĩnh is a province');
    expect(preview.rows.find((r) => r.row === 4)).toMatchObject({ unitName: 'Hà Tĩnh' });
    expect(() => session.commit()).toThrow();
  });
});
