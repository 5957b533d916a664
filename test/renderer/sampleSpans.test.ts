import { describe, expect, it } from 'vitest';
import { sampleSpans, spanKey } from '../../src/renderer/src/pages/imports/sampleSpans';

describe('merged cells in the mapping sample', () => {
  it('draws a two-row header as the file has it: a group cell across its columns, a name down two rows', () => {
    // A1:A2 "Tỉnh" down, B1:C1 "CHỈ SỐ DTI" across "Điểm | Xếp hạng"
    const s = sampleSpans(
      [
        { fromRow: 1, fromCol: 1, toRow: 2, toCol: 1 },
        { fromRow: 1, fromCol: 2, toRow: 1, toCol: 3 },
      ],
      10,
      3,
    );
    expect(s.starts.get(spanKey(1, 1))).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(s.starts.get(spanKey(1, 2))).toMatchObject({ rowSpan: 1, colSpan: 2 });
    expect([...s.covered].sort()).toEqual(['1,3', '2,1']);
    expect(s.starts.has(spanKey(2, 2))).toBe(false);
  });

  it('clips a range to the sample, keeps the file range for its title, skips what lies outside', () => {
    const s = sampleSpans(
      [
        { fromRow: 59, fromCol: 1, toRow: 64, toCol: 2 }, // runs past the 60 rows shown
        { fromRow: 70, fromCol: 1, toRow: 71, toCol: 1 }, // below the sample
        { fromRow: 1, fromCol: 5, toRow: 1, toCol: 9 }, // right of the table's 4 columns
      ],
      60,
      4,
    );
    expect(s.starts.get(spanKey(59, 1))).toEqual({
      rowSpan: 2,
      colSpan: 2,
      range: { fromRow: 59, fromCol: 1, toRow: 64, toCol: 2 },
    });
    expect(s.starts.size).toBe(1);
    expect(s.covered.size).toBe(3);
  });

  it('ignores one-cell ranges and a range overlapping one already drawn', () => {
    const s = sampleSpans(
      [
        { fromRow: 1, fromCol: 1, toRow: 1, toCol: 1 },
        { fromRow: 2, fromCol: 1, toRow: 2, toCol: 3 },
        { fromRow: 2, fromCol: 3, toRow: 3, toCol: 3 },
      ],
      5,
      3,
    );
    expect([...s.starts.keys()]).toEqual(['2,1']);
    expect([...s.covered].sort()).toEqual(['2,2', '2,3']);
  });
});
