// What testers found in the second sweep, as an analyst meets it: English and footnoted unit names,
// dense ranks after a tie, one sheet per year, a table on a hidden sheet, a comparison table of two
// years, plan-target columns, a web page without a table, and problem codes the UI can tell apart.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { mappingForYear } from '../../src/shared/imports/yearColumns';
import { firstDenseRank } from '../../src/main/imports/pipeline/validate';
import { inspectFile } from '../../src/main/imports/readers';
import { Store } from '../../src/main/store';
import type { ImportPreview } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { importLikeCli, referenceCsv, storedRanking, writeWorkbook, writeTemp } from './helpers';

let store: Store;
let dir: string;
beforeEach(() => {
  dir = tempDir('dti-round-two-');
  store = new Store(path.join(dir, 'r.db'));
});
afterEach(() => store.close());

const pub2022 = referenceCsv('dti_2022_published.csv');
const provinces = referenceCsv('provinces_63.csv');
const known2023 = referenceCsv('dti_results_known.csv').filter(
  (r) => r.year === '2023' && r.ranking_group === '63' && r.dti_rank,
);

type Sheet = { name: string; rows: (string | number | null)[][]; hidden?: boolean };
const writeBook = (name: string, sheets: Sheet[]): string => writeWorkbook(name, sheets);
const writeText = writeTemp;

const importAs = (file: string, year?: number, sheet?: string) => importLikeCli(store, file, year, sheet);
const codes = (p: ImportPreview, severity: 'error' | 'warning') =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);

describe('unit names with English suffixes and footnote markers', () => {
  it('a 2022 ranking written "Da Nang City", "Binh Phuoc Province", "Thanh Hóa (*)" imports whole', async () => {
    const english = new Map(
      provinces.map((p) => [p.gso_code!, `${p.name_ascii} ${p.type === 'thanh_pho' ? 'City' : 'Province'}`]),
    );
    const label = (r: (typeof pub2022)[number]) =>
      r.gso_code === '38' ? 'Thanh Hóa (*)' : r.gso_code === '15' ? 'Yên Bái*' : english.get(r.gso_code!)!;
    const f = writeBook('english.xlsx', [
      {
        name: 'DTI 2022',
        rows: [
          ['Rank', 'Province', 'DTI score'],
          ...pub2022.map((r) => [Number(r.dti_rank), label(r), r.pdti ? Number(r.pdti) : null]),
        ],
      },
    ]);
    const { session, preview } = await importAs(f, 2022);
    expect(preview.questions).toEqual([]);
    expect(codes(preview, 'error')).toEqual([]);
    session.commit();
    const stored = storedRanking(store, 2022, 63);
    for (const r of pub2022)
      expect(stored.get(`${r.gso_code}:dti`)?.rank, r.label_as_published).toBe(Number(r.dti_rank));
  });

  it('a suffix that contradicts the unit is a question with its own code', async () => {
    const f = writeText(
      'suffix.csv',
      'Xếp hạng DTI,Tỉnh\n1,Da Nang Province\n2,Ha Tinh City\n3,Atlantis City\n',
    );
    const { preview } = await importAs(f, 2022);
    // (in the order the file writes them)
    expect(preview.questions.map((q) => q.label)).toEqual([
      'Da Nang Province',
      'Ha Tinh City',
      'Atlantis City',
    ]);
    const byValue = new Map(preview.problems.map((p) => [p.value, p]));
    expect(byValue.get('Da Nang Province')).toMatchObject({ code: 'unitPrefixMismatch', cell: 'B2' });
    expect(byValue.get('Da Nang Province')!.messageEn).toContain(
      'Đà Nẵng is a centrally-run city, not a province',
    );
    expect(byValue.get('Ha Tinh City')).toMatchObject({ code: 'unitPrefixMismatch', cell: 'B3' });
    expect(byValue.get('Ha Tinh City')!.messageVi).toContain('Hà Tĩnh là tỉnh');
    expect(byValue.get('Atlantis City')).toMatchObject({ code: 'unitUnmatched', cell: 'B4' });
  });
});

describe('dense ranks', () => {
  const header = 'Xếp hạng DTI,Tỉnh,Điểm DTI';
  const body = (rank: (r: number) => number) =>
    [header, ...pub2022.map((r) => `${rank(Number(r.dti_rank))},${r.label_as_published},${r.pdti}`)].join(
      '\n',
    );

  it('after a tie at 15, a 16 is a warning at its cell; the published 15, 15, 17 is not', async () => {
    const dense = await importAs(
      writeText(
        'dense.csv',
        body((r) => (r > 15 ? r - 1 : r)),
      ),
      2022,
    );
    const w = dense.preview.problems.filter((p) => p.code === 'rankNotCompetition');
    expect(w).toHaveLength(1);
    const row = 2 + pub2022.findIndex((r) => Number(r.dti_rank) === 17);
    expect(w[0]).toMatchObject({
      severity: 'warning',
      file: 'dense.csv',
      row,
      col: 1,
      cell: `A${row}`,
      header: 'Xếp hạng DTI',
      value: '16',
    });
    expect(w[0]!.messageVi).toContain(`ô A${row} (dòng ${row}, cột A: Xếp hạng DTI)`);
    expect(w[0]!.messageVi).toContain(
      '2 đơn vị đồng hạng 15 thì đơn vị tiếp theo phải xếp thứ 17, không phải 16',
    );
    expect(w[0]!.messageEn).toContain('2 units share rank 15, so the next unit must rank 17, not 16');
    expect(dense.preview.canCommit).toBe(true); // a warning: the analyst decides

    const published = await importAs(
      writeText(
        'published.csv',
        body((r) => r),
      ),
      2022,
    );
    expect(codes(published.preview, 'warning')).not.toContain('rankNotCompetition');
  });

  it('holds for excerpts and for every rank column, and only for what breaks the rule', () => {
    const rows = (...ranks: number[]) => ranks.map((rank, i) => ({ rank, row: i + 2 }));
    expect(firstDenseRank(rows(1, 2, 2, 3))).toMatchObject({
      at: { rank: 3, row: 5 },
      tie: 2,
      count: 2,
      expected: 4,
    });
    expect(firstDenseRank(rows(3, 1, 1, 2))).toMatchObject({ at: { row: 5 }, tie: 1, expected: 3 });
    expect(firstDenseRank(rows(1, 1, 1, 3))).toMatchObject({ tie: 1, count: 3, expected: 4 });
    expect(firstDenseRank(rows(1, 2, 2, 4, 9, 9, 11))).toBeNull();
    expect(firstDenseRank(rows(5, 9, 12))).toBeNull(); // a top-units excerpt with gaps
    expect(firstDenseRank(rows())).toBeNull();
  });
});

describe('one sheet per year', () => {
  const head = ['STT', 'Tỉnh, thành phố', 'Xếp hạng DTI'];
  const book = () =>
    writeBook('per-year.xlsx', [
      { name: 'Nhap', hidden: true, rows: [['tmp'], ['Đà Nẵng', 1]] },
      {
        name: 'DTI 2021',
        rows: [head, ...pub2022.slice(0, 10).map((r, i) => [i + 1, r.label_as_published!, i + 1])],
      },
      {
        name: 'DTI 2022',
        rows: [head, ...pub2022.map((r, i) => [i + 1, r.label_as_published!, Number(r.dti_rank)])],
      },
    ]);

  it('the year given picks the sheet named for it', async () => {
    const s = new ImportSession(store.db, { kind: 'file', path: book() });
    await s.open();
    expect(await s.suggestSheet(2022)).toBe('DTI 2022');
    expect(await s.suggestSheet(2021)).toBe('DTI 2021');
    expect(s.defaultSheet(2022)).toBe('DTI 2022');
    expect(s.defaultSheet()).toBe('DTI 2021');
    const { session, preview } = await importAs(book(), 2022);
    expect(preview.sheet).toBe('DTI 2022');
    expect(codes(preview, 'error')).toEqual([]);
    session.commit();
    expect(storedRanking(store, 2022, 63).get('70:dti')?.rank).toBe(12);
  });

  it('without a title, a sheet named for one year proposes it (the CLI then needs no --year)', async () => {
    const proposed = async (sheetName: string) => {
      const f = writeBook(`${sheetName}.xlsx`, [
        {
          name: sheetName,
          rows: [head, ...pub2022.map((r, i) => [i + 1, r.label_as_published!, Number(r.dti_rank)])],
        },
      ]);
      const s = new ImportSession(store.db, { kind: 'file', path: f });
      const a = await s.analyze();
      s.dispose();
      return [a.target.year, a.target.group];
    };
    expect(await proposed('DTI 2022')).toEqual([2022, 63]);
    expect(await proposed('Năm 2025')).toEqual([2025, 34]);
    // (the group then comes from the names: only the 63-unit list knows them all)
    expect(await proposed('Sheet1')).toEqual([null, 63]);
    expect(await proposed('So sánh 2021-2022')).toEqual([null, 63]);
    // a date is no year the sheet is named for
    expect(await proposed('Cập nhật 06-2023')).toEqual([null, 63]);
  });

  it('without a title or a year in the sheet name, ranking columns all headed with one year propose it', async () => {
    const year = async (header: string[]) => {
      const f = writeText(
        'pasted.csv',
        [
          header.join(','),
          ...pub2022.slice(0, 5).map((r) => `${r.label_as_published},${r.pdti || ''},${r.dti_rank}`),
        ].join('\n'),
      );
      const s = new ImportSession(store.db, { kind: 'file', path: f });
      const a = await s.analyze();
      s.dispose();
      return a.target.year;
    };
    expect(await year(['Tỉnh', 'Điểm DTI 2023', 'Xếp hạng DTI 2023'])).toBe(2023);
    expect(await year(['Tỉnh', 'Điểm DTI 2023', 'Xếp hạng DTI'])).toBe(2023);
    expect(await year(['Tỉnh', 'Điểm DTI', 'Xếp hạng DTI'])).toBeNull();
  });

  it('without a year in the sheet names, the titles tell', async () => {
    const f = writeBook('titled.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['XẾP HẠNG DTI NĂM 2021'],
          [],
          head,
          ...pub2022.slice(0, 5).map((r, i) => [i + 1, r.label_as_published!, i + 1]),
        ],
      },
      {
        name: 'Sheet2',
        rows: [
          ['XẾP HẠNG DTI NĂM 2022'],
          [],
          head,
          ...pub2022.slice(0, 5).map((r, i) => [i + 1, r.label_as_published!, i + 1]),
        ],
      },
    ]);
    const s = new ImportSession(store.db, { kind: 'file', path: f });
    expect(await s.suggestSheet(2022)).toBe('Sheet2');
    expect(await s.suggestSheet(2021)).toBe('Sheet1');
  });
});

describe('a table on a hidden sheet', () => {
  it('the chosen sheet without a table says which hidden sheet has one', async () => {
    const f = writeBook('hidden.xlsx', [
      { name: 'Biểu đồ', rows: [['Biểu đồ xếp hạng DTI 2022 các tỉnh Đông Nam Bộ']] },
      { name: 'Ghi chú', rows: [['Số liệu lấy từ dti.gov.vn ngày 10/7/2023']] },
      {
        name: 'Số liệu',
        hidden: true,
        rows: [
          ['XẾP HẠNG DTI', 'TỈNH, THÀNH PHỐ'],
          ...pub2022.map((r) => [Number(r.dti_rank), r.label_as_published!]),
        ],
      },
    ]);
    const { session, preview } = await importAs(f, 2022);
    expect(preview.sheet).toBe('Biểu đồ');
    expect(session.hiddenTableSheet).toBe('Số liệu');
    expect(codes(preview, 'error')).toEqual(['noUnitColumn', 'noValueColumn']);
    const w = preview.problems.find((p) => p.code === 'tableOnHiddenSheet')!;
    expect(w).toMatchObject({ severity: 'warning', file: 'hidden.xlsx', sheet: 'Biểu đồ' });
    expect(w.messageVi).toBe(
      'tệp "hidden.xlsx", trang tính "Biểu đồ": trang tính này không có bảng số liệu, nhưng trang tính ẩn "Số liệu" có: hãy chọn trang tính "Số liệu"',
    );
    expect(w.messageEn).toContain('the hidden sheet "Số liệu" has one');

    const chosen = await importAs(f, 2022, 'Số liệu');
    expect(chosen.session.hiddenTableSheet).toBeNull();
    expect(codes(chosen.preview, 'error')).toEqual([]);
  });
});

describe('a comparison table of two years', () => {
  const rows = () => {
    const p22 = new Map(pub2022.map((r) => [r.gso_code, Number(r.dti_rank)]));
    return known2023.map((r, i) => [
      i + 1,
      r.unit_label!,
      p22.get(r.gso_code)!,
      Number(r.dti_rank),
      p22.get(r.gso_code)! - Number(r.dti_rank),
    ]);
  };
  const header = ['STT', 'Tỉnh, thành phố', 'Xếp hạng 2022', 'Xếp hạng 2023', 'Tăng/giảm'];

  it('stores the ranks of the year imported, from the column headed with it', async () => {
    expect(known2023.length).toBeGreaterThan(3);
    const f = writeBook('compare.xlsx', [{ name: 'So sánh', rows: [header, ...rows()] }]);
    for (const year of [2022, 2023]) {
      const { session, preview } = await importAs(f, year);
      expect(codes(preview, 'error'), String(year)).toEqual([]);
      session.commit();
    }
    const s22 = storedRanking(store, 2022, 63);
    const s23 = storedRanking(store, 2023, 63);
    for (const r of known2023) {
      expect(s22.get(`${r.gso_code}:dti`)?.rank).toBe(
        Number(pub2022.find((p) => p.gso_code === r.gso_code)!.dti_rank),
      );
      expect(s23.get(`${r.gso_code}:dti`)?.rank).toBe(Number(r.dti_rank));
    }
  });

  it('swaps the mapped column for the other year; a title naming the year does it in the analysis', async () => {
    const f = writeBook('compare.xlsx', [{ name: 'So sánh', rows: [header, ...rows()] }]);
    const s = new ImportSession(store.db, { kind: 'file', path: f });
    const { mapping } = await s.analyze();
    const fields = (m: typeof mapping) => m.columns.map((c) => [c.col, c.mapping.field, c.note ?? null]);
    expect(fields(mapping).slice(2, 4)).toEqual([
      [3, 'ignore', 'duplicate of column 4 (dti.rank)'],
      [4, 'dti.rank', null],
    ]);
    expect(mappingForYear(mapping, 2023)).toBe(mapping);
    expect(mappingForYear(mapping, null)).toBe(mapping);
    expect(mappingForYear(mapping, 2020)).toBe(mapping);
    expect(fields(mappingForYear(mapping, 2022)).slice(2, 4)).toEqual([
      [3, 'dti.rank', null],
      [4, 'ignore', 'duplicate of column 3 (dti.rank)'],
    ]);
    expect(fields(mapping)[3]).toEqual([4, 'dti.rank', null]); // the analysis' mapping is left as it was

    const titled = writeBook('titled.xlsx', [
      { name: 'So sánh', rows: [['KẾT QUẢ XẾP HẠNG DTI NĂM 2022'], [], header, ...rows()] },
    ]);
    const a = await new ImportSession(store.db, { kind: 'file', path: titled }).analyze();
    expect(a.target.year).toBe(2022);
    expect(a.mapping.columns.find((c) => c.mapping.field === 'dti.rank')?.header).toBe('Xếp hạng 2022');
  });
});

describe("last year's column beside this year's, headed without a year", () => {
  it('"Điểm DTI 2021 | Điểm DTI" imported as 2022: the column without a year is the score, wherever it stands', async () => {
    const body = (order: 'before' | 'after') =>
      pub2022.map((r, i) => {
        // (the published table leaves some scores out)
        const now = r.pdti ? Number(r.pdti) : null;
        const last = now === null ? null : Math.round((now - 0.05) * 1e4) / 1e4;
        return [
          i + 1,
          r.label_as_published!,
          ...(order === 'before' ? [last, now] : [now, last]),
          Number(r.dti_rank),
        ];
      });
    for (const order of ['before', 'after'] as const) {
      const head =
        order === 'before'
          ? ['STT', 'Tỉnh, thành phố', 'Điểm DTI 2021', 'Điểm DTI', 'Xếp hạng DTI']
          : ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Điểm DTI 2021', 'Xếp hạng DTI'];
      const f = writeBook(`prev-${order}.xlsx`, [{ name: 'Sheet1', rows: [head, ...body(order)] }]);
      const { session, preview } = await importAs(f, 2022);
      expect(codes(preview, 'error'), order).toEqual([]);
      // Last year's column is said to be set aside for this year's, not "not recognised".
      const aside = preview.problems.find((p) => p.header === 'Điểm DTI 2021')!;
      expect(aside.code, order).toBe('duplicateColumn');
      // (as another year's: round 21 — was "holds what column D is imported for")
      expect(aside.messageVi, order).toContain('là số liệu năm 2021, không phải năm 2022');
      // …and not listed among the unrecognised columns
      expect(
        preview.unknownColumns.map((c) => c.header),
        order,
      ).not.toContain('Điểm DTI 2021');
      session.commit();
      const stored = storedRanking(store, 2022, 63);
      expect(stored.get('48:dti'), order).toEqual({ value: 0.8002, rank: 1 });
      expect(stored.get('70:dti')?.rank, order).toBe(12);
    }
    // Imported as 2021, the column headed 2021 is the score.
    const f = writeBook('prev-2021.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['STT', 'Tỉnh, thành phố', 'Điểm DTI 2021', 'Điểm DTI'],
          ...body('before').map((r) => r.slice(0, 4)),
        ],
      },
    ]);
    const s = new ImportSession(store.db, { kind: 'file', path: f });
    const { mapping } = await s.analyze();
    expect(mappingForYear(mapping, 2021).columns.find((c) => c.mapping.field === 'dti.score')?.header).toBe(
      'Điểm DTI 2021',
    );
    const scoreFor = (m: typeof mapping, year: number) =>
      mappingForYear(m, year).columns.find((c) => c.mapping.field === 'dti.score')?.header;
    expect(scoreFor(mapping, 2022)).toBe('Điểm DTI');
    expect(scoreFor(mapping, 2025)).toBe('Điểm DTI');
    // For 2020 neither column is that year's: the mapping stays (validation then says so).
    expect(mappingForYear(mapping, 2020)).toBe(mapping);
    // From the mapping chosen for 2022 (a title naming 2022 does that in the analysis), 2021
    // goes back to the column headed with it.
    expect(scoreFor(mappingForYear(mapping, 2022), 2021)).toBe('Điểm DTI 2021');
    s.dispose();
  });
});

describe('plan targets and web pages', () => {
  it('a "Kế hoạch năm 2024" column is said to be a plan target, not an unknown column', async () => {
    const f = writeText(
      'plan.csv',
      [
        'STT,Chỉ tiêu,Đơn vị tính,Kế hoạch năm 2024,Thực hiện năm 2024,Ghi chú xyz',
        '1,Tỷ lệ hồ sơ trực tuyến toàn trình,%,"50","48,5",',
      ].join('\n'),
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const unitId = store.db
      .prepare(`SELECT id FROM unit WHERE code_list = 'gso2004' AND code = '70'`)
      .get() as {
      id: number;
    };
    const preview = await session.stage(a.mapping, { ...a.target, unitId: unitId.id });
    const plan = preview.problems.find((p) => p.header === 'Kế hoạch năm 2024')!;
    expect(plan).toMatchObject({
      severity: 'warning',
      code: 'planTargetColumn',
      file: 'plan.csv',
      cell: 'D1',
    });
    expect(plan.messageVi).toContain('ô D1 (dòng 1, cột D: Kế hoạch năm 2024)');
    expect(plan.messageVi).toContain('là chỉ tiêu kế hoạch, chưa được nhập');
    expect(plan.messageEn).toContain('holds plan targets, not imported yet');
    expect(preview.problems.find((p) => p.header === 'Ghi chú xyz')).toMatchObject({ code: 'unknownColumn' });
  });

  it('a web page without a table has its own refusal', async () => {
    const p = writeText(
      'het-phien.xls',
      '<!DOCTYPE html><html><body><h1>Phiên làm việc đã hết hạn</h1><p>Vui lòng đăng nhập lại.</p></body></html>',
    );
    const e = await inspectFile(p).then(
      () => null,
      (x: unknown) => x as { code: string; messageVi: string; messageEn: string },
    );
    expect(e).toMatchObject({ code: 'HTML_NO_TABLE', file: 'het-phien.xls' });
    expect(e!.messageVi).toBe('Tệp là trang web (HTML) nhưng không có bảng số liệu: tệp "het-phien.xls".');
    expect(e!.messageEn).toBe('The file is a web page (HTML) but has no data table: file "het-phien.xls".');
    expect(e!.messageVi).not.toContain('ảnh');
  });
});

describe('dedicated problem codes', () => {
  it('a KPI value whose period the unit list cannot hold is "periodOutsideList"', async () => {
    const f = writeText(
      'kpi.csv',
      [
        '"Tỉnh, thành phố",Chỉ tiêu,Kỳ,Giá trị,Đơn vị tính',
        'Hà Giang,Tỷ lệ DVCTT toàn trình,Tháng 9/2025,"40",%',
      ].join('\n'),
    );
    const session = new ImportSession(store.db, { kind: 'file', path: f });
    const a = await session.analyze();
    const preview = await session.stage(a.mapping, a.target);
    expect(preview.target.group).toBe(63);
    const e = preview.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ code: 'periodOutsideList', cell: 'D2', value: '40' });
    expect(e.messageEn).toMatch(/period Sep 2025 of "Hà Giang" \(63-unit list\)/);
  });
});
