// The preview's views: a row an error names is in error, in its status too.
import { describe, expect, it } from 'vitest';
import { previewViews } from '../../src/renderer/src/pages/imports/previewViews';
import type { ImportPreview, PreviewRow } from '../../src/shared/importSession';

const row = (n: number, status: PreviewRow['status'], changed = false): PreviewRow => ({
  row: n,
  unitLabel: `U${n}`,
  unitId: n,
  unitName: `U${n}`,
  status,
  cells: changed ? [{ status: 'changed' } as PreviewRow['cells'][number]] : [],
});

const preview = (rows: PreviewRow[], errorRows: number[], warningRows: number[] = []) =>
  ({
    rows,
    problems: [
      ...errorRows.map((r) => ({ severity: 'error', row: r })),
      ...warningRows.map((r) => ({ severity: 'warning', row: r })),
    ],
  }) as unknown as ImportPreview;

describe('the preview views', () => {
  it('a "new" row a rank error names shows as in error, and is in the error view, not among the changes (round 75)', () => {
    const v = previewViews(
      preview([row(2, 'new'), row(3, 'new'), row(4, 'changed', true), row(5, 'error')], [3, 4], [2]),
    );
    expect(v.all.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(v.error.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(v.changed).toEqual([]);
  });

  it('no preview: nothing', () => {
    expect(previewViews(null)).toEqual({ all: [], changed: [], error: [] });
  });
});

describe("the preview's value columns", () => {
  it('in the file\'s column order, whichever row shows one first (round 76: "DTI – Điểm" last)', async () => {
    const { valueColumns } = await import('../../src/renderer/src/pages/imports/PreviewGrid');
    const cell = (indicator: string, col: number) =>
      ({ indicator, field: 'value', period: '2022', col, status: 'changed' }) as PreviewRow['cells'][number];
    const rows = [
      { ...row(5, 'changed'), cells: [cell('cqs', 5)] },
      { ...row(6, 'changed'), cells: [cell('dti', 3), cell('cqs', 5)] },
    ];
    expect([...valueColumns(rows).values()].map((c) => c.indicator)).toEqual(['dti', 'cqs']);
  });
});
