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
