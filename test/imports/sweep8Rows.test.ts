// What the eighth sweep found in the rows of ranking tables, as an analyst meets it: the header
// repeated over each printed block, region headings between groups of units, a former unit's row
// marked "(cũ)" under the 34 units, ranks written with their change ("9 (↑16)", "Hạng 9"), scores
// rounded to two decimals, and scores written out of 100 or 1000.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportSession } from '../../src/main/imports/pipeline/session';
import { mappingForYear } from '../../src/shared/imports/yearColumns';
import { Store } from '../../src/main/store';
import type { ImportPreview, ImportTarget } from '../../src/shared/importSession';
import { tempDir } from '../store/helpers';
import { referenceCsv, storedRanking, writeWorkbook } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-sweep8-rows-'), 's.db'));
});
afterEach(() => store.close());

type Cell = string | number | null;
const pub2022 = referenceCsv('dti_2022_published.csv');

/**
 * The 2022 ranking with the ministry's names and ranks (in rank order; two units tie at 15) and a
 * score made from the rank (the published file lacks most scores): 0.8002 for the first.
 */
const rows2022 = (): { code: string; label: string; score: number; rank: number }[] =>
  pub2022.map((r) => ({
    code: r.gso_code!,
    label: r.label_as_published!,
    score: Number((0.8061 - 0.0059 * Number(r.dti_rank)).toFixed(4)),
    rank: Number(r.dti_rank),
  }));
const HEADER: Cell[] = ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng'];
const book = (name: string, rows: Cell[][]) => writeWorkbook(name, [{ name: 'Sheet1', rows }]);

/** The import as `dti-desk import FILE --year Y` runs it. */
async function importAs(file: string, year: number) {
  const session = new ImportSession(store.db, { kind: 'file', path: file });
  await session.open();
  const analysis = await session.analyze(await session.suggestSheet(year));
  const period = String(year);
  const target: ImportTarget = {
    ...analysis.target,
    year,
    period,
    group: session.groupFor({ kind: analysis.target.kind, year, period }),
  };
  const preview = await session.stage(mappingForYear(analysis.mapping, year), target);
  return { session, preview };
}
const codes = (p: ImportPreview, severity: 'error' | 'warning') =>
  p.problems.filter((x) => x.severity === severity).map((x) => x.code);
const problemsOf = (p: ImportPreview, code: string) => p.problems.filter((x) => x.code === code);

/** Imports FILE for 2022 without an error or question, commits, and checks every unit's score and rank. */
async function importsWhole2022(file: string, expected = rows2022()) {
  const { session, preview } = await importAs(file, 2022);
  expect(codes(preview, 'error'), JSON.stringify(preview.problems.slice(0, 3))).toEqual([]);
  expect(preview.questions).toEqual([]);
  session.commit();
  const stored = storedRanking(store, 2022, 63);
  for (const r of expected) {
    expect(stored.get(`${r.code}:dti`)?.rank, r.label).toBe(r.rank);
    expect(stored.get(`${r.code}:dti`)?.value, r.label).toBeCloseTo(r.score, 6);
  }
  return preview;
}

describe('ranks written with their change or after the word "Hạng"', () => {
  it.each([
    ['9 (↑16)', (r: number) => `${r} (↑${(r % 5) + 1})`],
    ['9 (↓3)', (r: number) => `${r} (↓${(r % 3) + 1})`],
    ['9 (+2)', (r: number) => `${r} (${r % 2 ? '+' : '-'}${(r % 4) + 1})`],
    ['Hạng 9', (r: number) => `Hạng ${r}`],
    ['hạng 9/63', (r: number) => `hạng ${r}/63`],
  ])('%s reads as the rank', async (_, write) => {
    const rows = rows2022();
    const f = book('ranks.xlsx', [HEADER, ...rows.map((r, i) => [i + 1, r.label, r.score, write(r.rank)])]);
    await importsWhole2022(f, rows);
  });

  it('any other text in a rank cell stays an error at its cell', async () => {
    const rows = rows2022();
    const odd = ['9 (ước)', 'Hạng A', '9 (↑)x', 'khoảng 9'];
    const f = book('odd-ranks.xlsx', [
      HEADER,
      ...rows.map((r, i) => [i + 1, r.label, r.score, i < odd.length ? odd[i]! : r.rank]),
    ]);
    const { preview } = await importAs(f, 2022);
    const bad = problemsOf(preview, 'notANumber');
    expect(bad.map((p) => p.value)).toEqual(odd);
    expect(bad.map((p) => p.cell)).toEqual(['D2', 'D3', 'D4', 'D5']);
    expect(bad[0]!.messageEn).toContain('odd-ranks.xlsx');
  });
});

describe('the header repeated over each printed block', () => {
  it('a header row every 20 rows is skipped with a warning quoting it', async () => {
    const rows = rows2022();
    const body: Cell[][] = [HEADER];
    rows.forEach((r, i) => {
      if (i > 0 && i % 20 === 0) body.push(HEADER);
      body.push([i + 1, r.label, r.score, r.rank]);
    });
    const preview = await importsWhole2022(book('blocks.xlsx', body), rows);
    const again = problemsOf(preview, 'sectionRow');
    expect(again.map((p) => p.row)).toEqual([22, 43, 64]);
    expect(again.every((p) => p.severity === 'warning')).toBe(true);
    expect(again[0]!.messageEn).toContain('blocks.xlsx');
    expect(again[0]!.messageEn).toContain('row 22');
    expect(again[0]!.messageEn).toContain('"STT | Tỉnh, thành phố | Điểm DTI | Xếp hạng"');
    expect(again[0]!.messageVi).toContain('lặp lại tiêu đề');
  });

  it('the header printed again in capitals, with its column numbers under it, is not data either', async () => {
    const rows = rows2022();
    const numbers: Cell[] = ['(1)', '(2)', '(3)', '(4)'];
    const body: Cell[][] = [HEADER, numbers];
    rows.forEach((r, i) => {
      if (i > 0 && i % 30 === 0)
        body.push(
          HEADER.map((h) => String(h).toUpperCase()),
          [1, 2, 3, 4],
        );
      body.push([i + 1, r.label, r.score, r.rank]);
    });
    const preview = await importsWhole2022(book('blocks-numbered.xlsx', body), rows);
    const texts = problemsOf(preview, 'sectionRow').map((p) => p.messageEn);
    expect(texts).toHaveLength(4);
    expect(texts.filter((t) => t.includes('column numbers ("1 | 2 | 3 | 4")'))).toHaveLength(2);
  });
});

describe('region headings between groups of units', () => {
  /** The 2022 ranking grouped by region under HEADING rows (STT starting again at 1 under each). */
  const byRegion = (heading: (region: string, i: number) => Cell[]) => {
    const regionOf = new Map(referenceCsv('provinces_63.csv').map((p) => [p.gso_code!, p.region!]));
    const rows = rows2022();
    const regions = [...new Set(rows.map((r) => regionOf.get(r.code)!))];
    const body: Cell[][] = [HEADER];
    regions.forEach((region, i) => {
      body.push(heading(region, i));
      rows
        .filter((r) => regionOf.get(r.code) === region)
        .forEach((r, n) => body.push([n + 1, r.label, r.score, r.rank]));
    });
    return { rows, body, regions };
  };
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

  it('"I | Đồng bằng sông Hồng" rows are headings: skipped with a warning, every unit imported', async () => {
    const { rows, body, regions } = byRegion((region, i) => [ROMAN[i]!, region, '', '']);
    const preview = await importsWhole2022(book('regions.xlsx', body), rows);
    const headings = problemsOf(preview, 'sectionRow');
    expect(headings).toHaveLength(6);
    expect(headings[0]!.messageEn).toContain(`"${regions[0]}" names a region`);
    expect(headings[0]!.cell).toBe('B2');
  });

  it('regions in capitals, with "Vùng"/"Khu vực", without marks or with a count are headings too', async () => {
    const spell = [
      (r: string) => `VÙNG ${r.toUpperCase()}`,
      (r: string) => `Khu vực ${r}`,
      (r: string) => `${ROMAN[2]}. ${r}`,
      (r: string) => `${r} (5 tỉnh)`,
      (r: string) => r.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
      (r: string) => r.toLowerCase(),
    ];
    const { rows, body } = byRegion((region, i) => [null, spell[i]!(region), null, null]);
    const preview = await importsWhole2022(book('regions-spelled.xlsx', body), rows);
    expect(problemsOf(preview, 'sectionRow')).toHaveLength(6);
  });

  it('a region\'s row with numbers is its average: skipped like "Cả nước", never stored', async () => {
    const { rows, body, regions } = byRegion((region) => [null, region, 0.55, null]);
    const preview = await importsWhole2022(book('region-averages.xlsx', body), rows);
    const averages = problemsOf(preview, 'summaryRow');
    expect(averages).toHaveLength(6);
    expect(averages[0]!.messageEn).toContain(`"${regions[0]}" is a region`);
    expect(averages[0]!.value).toBe(regions[0]);
    // every stored value is one of the units' own
    const n = store.db
      .prepare(`SELECT COUNT(*) FROM observation WHERE layer = 'user' AND value = 0.55`)
      .pluck()
      .get();
    expect(n).toBe(0);
  });

  it('a Roman-numbered group heading that names no unit is a heading; a unit under a Roman number stays data', async () => {
    const rows = rows2022();
    const body: Cell[][] = [
      HEADER,
      ['I', 'NHÓM DẪN ĐẦU', null, null],
      ...rows.slice(0, 30).map((r, i) => [i + 1, r.label, r.score, r.rank]),
      ['II', 'Nhóm còn lại', null, null],
      ...rows.slice(30).map((r, i) => [i === 0 ? 'III' : i + 1, r.label, r.score, r.rank]),
    ];
    const preview = await importsWhole2022(book('groups.xlsx', body), rows);
    expect(problemsOf(preview, 'sectionRow').map((p) => p.row)).toEqual([2, 33]);
  });
});

describe('a former unit marked "(cũ)" in a table of the 34 units', () => {
  const units = referenceCsv('units_2025.csv');
  const table34 = (extra: Cell[][]) => [
    HEADER,
    ...units.map((u, i) => [i + 1, u.name_vi!, Number((0.82 - 0.004 * i).toFixed(4)), i + 1]),
    ...extra,
  ];

  it.each(['Bình Phước (cũ)', 'Bình Phước (trước sáp nhập)', 'Tỉnh Bắc Kạn (cũ)'])(
    '"%s" is skipped with a warning naming the unit it merged into',
    async (label) => {
      const f = book('2025-former.xlsx', table34([[null, label, 0.61, null]]));
      const { session, preview } = await importAs(f, 2025);
      expect(codes(preview, 'error')).toEqual([]);
      expect(preview.questions).toEqual([]);
      const former = problemsOf(preview, 'unitMerged');
      expect(former).toHaveLength(1);
      expect(former[0]!.severity).toBe('warning');
      expect(former[0]!.cell).toBe(`B${units.length + 2}`);
      expect(former[0]!.value).toBe(label);
      expect(former[0]!.messageEn).toContain(label.startsWith('Tỉnh Bắc Kạn') ? 'Thái Nguyên' : 'Đồng Nai');
      session.commit();
      const stored = storedRanking(store, 2025, 34);
      expect(stored.size).toBe(units.length);
      expect([...stored.values()].some((v) => v.value === 0.61)).toBe(false);
    },
  );

  it('without the mark the former unit is still asked about (it may be the merged unit)', async () => {
    const f = book('2025-former-unmarked.xlsx', table34([[null, 'Bình Phước', 0.61, null]]));
    const { preview } = await importAs(f, 2025);
    expect(codes(preview, 'error')).toContain('unitMerged');
    expect(preview.questions.map((q) => q.label)).toEqual(['Bình Phước']);
  });

  it('"Hà Nội (cũ)", a unit that did not merge, is not skipped', async () => {
    const f = book('2025-unchanged-cu.xlsx', table34([[null, 'Hà Nội (cũ)', 0.61, null]]));
    const { preview } = await importAs(f, 2025);
    expect(preview.questions.map((q) => q.label)).toEqual(['Hà Nội (cũ)']);
  });
});

describe('scores rounded to fewer decimals than the ranks were made from', () => {
  const PILLARS: Cell[] = ['STT', 'Tỉnh, thành phố', 'Điểm DTI', 'Xếp hạng DTI', 'Điểm CQS', 'Xếp hạng CQS'];
  /** The ranking with scores to 2 decimals: units one rank apart often share a score. */
  const rounded = () => rows2022().map((r) => ({ ...r, score: Number(r.score.toFixed(2)) }));

  it('equal scores at two decimals with different ranks import, with one warning for the table', async () => {
    const rows = rounded();
    const f = book('2dec.xlsx', [
      PILLARS,
      ...rows.map((r, i) => [i + 1, r.label, r.score, r.rank, r.score, r.rank]),
    ]);
    const preview = await importsWhole2022(f, rows);
    const ties = problemsOf(preview, 'rankInconsistent');
    expect(ties).toHaveLength(1);
    expect(ties[0]!.severity).toBe('warning');
    expect(ties[0]!.messageEn).toContain('(2 decimals)');
    expect(ties[0]!.messageEn).toMatch(/first: score 0\.\d\d\)/);
    expect(ties[0]!.messageVi).toMatch(/điểm 0,\d\d\)/);
    const stored = storedRanking(store, 2022, 63);
    for (const r of rows) expect(stored.get(`${r.code}:cqs`)?.rank, r.label).toBe(r.rank);
  });

  it('a higher score ranked below another is still an error, the score said as the file writes it', async () => {
    const rows = rounded();
    // the units ranked 3 and 10 swap ranks, in the DTI and in the pillar
    const swap = (rank: number) => (rank === 3 ? 10 : rank === 10 ? 3 : rank);
    const f = book('2dec-swapped.xlsx', [
      PILLARS,
      ...rows.map((r, i) => [i + 1, r.label, r.score, swap(r.rank), r.score, swap(r.rank)]),
    ]);
    const { preview } = await importAs(f, 2022);
    const errors = preview.problems.filter((p) => p.code === 'rankInconsistent' && p.severity === 'error');
    const third = rows.find((r) => r.rank === 3)!;
    // said where the order breaks: the swapped units and their neighbours in score, nowhere else
    const cells = errors.map((p) => p.cell!);
    expect(cells).toEqual(expect.arrayContaining(['D4', 'D11', 'F4', 'F11']));
    expect(cells.every((c) => Number(c.slice(1)) >= 4 && Number(c.slice(1)) <= 11)).toBe(true);
    expect(errors.find((p) => p.cell === 'F4')!.messageEn).toContain('CQS rank');
    expect(errors[0]!.messageVi).toContain(
      `đơn vị này điểm ${third.score.toFixed(2).replace('.', ',')}, còn `,
    );
    expect(errors[0]!.messageEn).toContain('2dec-swapped.xlsx');
  });

  it('two units level in rank with different scores are still an error', async () => {
    const rows = rows2022();
    const f = book('tie-apart.xlsx', [
      HEADER,
      ...rows.map((r, i) => [i + 1, r.label, r.score, r.rank === 2 ? 1 : r.rank]),
    ]);
    const { preview } = await importAs(f, 2022);
    expect(problemsOf(preview, 'rankInconsistent').map((p) => [p.severity, p.cell])).toEqual([
      ['error', 'D2'],
      ['error', 'D3'],
    ]);
  });
});

describe('scores written out of 100 or 1000', () => {
  it.each([
    ['text "80.02"', (s: number) => (s * 100).toFixed(2)],
    ['numbers 80.02', (s: number) => Number((s * 100).toFixed(2))],
  ])('under "Điểm DTI (%)", %s are percentages: read as 0.8002, said once', async (_, write) => {
    const rows = rows2022();
    const f = book('percent-header.xlsx', [
      ['STT', 'Tỉnh, thành phố', 'Điểm DTI (%)', 'Xếp hạng'],
      ...rows.map((r, i) => [i + 1, r.label, write(r.score), r.rank]),
    ]);
    const preview = await importsWhole2022(f, rows);
    const told = problemsOf(preview, 'scoreRange');
    expect(told).toHaveLength(1);
    expect(told[0]!.severity).toBe('warning');
    expect(told[0]!.cell).toBe('C2');
    expect(told[0]!.messageEn).toContain(
      `(${(rows[0]!.score * 100).toFixed(2)} → ${rows[0]!.score.toFixed(4)})`,
    );
  });

  it('without "%" in the header, scores out of 100 are errors that say they look like percentages', async () => {
    const rows = rows2022();
    const f = book('x100.xlsx', [
      HEADER,
      ...rows.map((r, i) => [i + 1, r.label, Number((r.score * 100).toFixed(2)), r.rank]),
    ]);
    const { preview } = await importAs(f, 2022);
    const errors = problemsOf(preview, 'scoreRange');
    expect(errors).toHaveLength(rows.length);
    expect(errors.every((p) => p.severity === 'error')).toBe(true);
    const first = rows[0]!.score;
    expect(errors[0]!.messageEn).toBe(
      `file "x100.xlsx", sheet "Sheet1", cell C2 (row 2, column C: Điểm DTI): a score must be between 0 and 1: ` +
        `${(first * 100).toFixed(2)} looks like a percentage — write ${first.toFixed(4)} or ${(first * 100).toFixed(2)}% — value "${(first * 100).toFixed(2)}"`,
    );
    expect(errors[0]!.messageVi).toContain('có vẻ là phần trăm');
    expect(storedRanking(store, 2022, 63).size).toBe(0);
  });

  it('"Tổng điểm" out of 1000 is an error that says it looks like points', async () => {
    const rows = rows2022();
    const f = book('x1000.xlsx', [
      ['STT', 'Tỉnh, thành phố', 'Tổng điểm', 'Xếp hạng'],
      ...rows.map((r, i) => [i + 1, r.label, Number((r.score * 1000).toFixed(1)), r.rank]),
    ]);
    const { preview } = await importAs(f, 2022);
    const errors = problemsOf(preview, 'scoreRange');
    expect(errors).toHaveLength(rows.length);
    expect(errors[5]!.messageEn).toContain('looks like points out of 1000');
    expect(errors[5]!.messageEn).toContain('cell C7 (row 7, column C: Tổng điểm)');
    expect(errors[5]!.value).toBe(String(Number((rows[5]!.score * 1000).toFixed(1))));
  });

  it('one score mistyped above 1 is a plain error, not taken for a percentage', async () => {
    const rows = rows2022();
    const f = book('typo.xlsx', [
      HEADER,
      ...rows.map((r, i) => [i + 1, r.label, i === 4 ? 6.924 : r.score, r.rank]),
    ]);
    const { preview } = await importAs(f, 2022);
    const errors = problemsOf(preview, 'scoreRange');
    expect(errors.map((p) => p.cell)).toEqual(['C6']);
    expect(errors[0]!.messageEn).toMatch(/a score must be between 0 and 1 — value "6.924"$/);
  });
});
