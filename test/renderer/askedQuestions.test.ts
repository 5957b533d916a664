// The unit questions shown again from the preview (Back): the preview's own, and those answered
// before whose answers its rows still follow.
import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/renderer/src/pages/imports/useImportWizard';
import type { ImportPreview, PreviewRow, UnitQuestion } from '../../src/shared/importSession';

const q = (label: string): UnitQuestion => ({ label, kind: 'unmatched', rows: [3], candidates: [] });
const row = (unitLabel: string, unitId: number | null): PreviewRow => ({
  row: 3,
  unitLabel,
  unitId,
  unitName: null,
  status: unitId === null ? 'skipped' : 'new',
  cells: [],
});
const preview = (rows: PreviewRow[], questions: UnitQuestion[] = []) =>
  ({ rows, questions }) as unknown as ImportPreview;

describe('questions shown again from the preview', () => {
  it('an answer the rows follow is shown again, to be changed (round 75)', () => {
    expect(
      askedFor([q('Kon Tumm')], { 'Kon Tumm': 7 }, preview([row('Kon Tumm', 7)])).map((x) => x.label),
    ).toEqual(['Kon Tumm']);
    expect(askedFor([q('Kon Tumm')], { 'Kon Tumm': null }, preview([row('Kon Tumm', null)])).length).toBe(1);
  });

  it("a read of another group that matched the name itself does not show the other read's question (round 76)", () => {
    expect(askedFor([q('Bình Phước')], { 'Bình Phước': 95 }, preview([row('Bình Phước', 70)]))).toEqual([]);
  });

  it("the preview's own questions come after those answered before", () => {
    const p = preview([row('Kon Tumm', 7), row('Atlantis', null)], [q('Atlantis')]);
    expect(askedFor([q('Kon Tumm')], { 'Kon Tumm': 7 }, p).map((x) => x.label)).toEqual([
      'Kon Tumm',
      'Atlantis',
    ]);
  });
});
