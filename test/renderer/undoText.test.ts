// The history's words for an undo: the parts add up to the import's values, one in the singular.
import { describe, expect, it } from 'vitest';
import { undoSummary } from '../../src/renderer/src/pages/imports/undoText';

describe('what an undo did, in words', () => {
  it('one value is said in the singular in English (round 75: "1 new values removed")', () => {
    expect(undoSummary('en', 7, 1, { removed: 1, restored: 0, keptBy: [] })).toBe(
      'Import #7 undone. Of its 1 value: 1 new value removed.',
    );
    expect(undoSummary('en', 7, 3, { removed: 1, restored: 1, keptBy: [{ id: 9, values: 1 }] })).toBe(
      'Import #7 undone. Of its 3 values: 1 new value removed, 1 value back to what it was before it, 1 value stays because import #9 wrote it too.',
    );
  });

  it('many values, and the rest left unchanged, in both languages', () => {
    expect(undoSummary('en', 2, 1200, { removed: 1000, restored: 0, keptBy: [] })).toBe(
      'Import #2 undone. Of its 1,200 values: 1,000 new values removed, 200 values it left unchanged stay as they are.',
    );
    expect(undoSummary('vi', 2, 1200, { removed: 1000, restored: 0, keptBy: [] })).toBe(
      'Đã hoàn tác lần nhập #2. Trong 1.200 giá trị của lần nhập: 1.000 giá trị mới đã được xóa, 200 giá trị vốn không đổi khi nhập nên vẫn như cũ.',
    );
  });

  it("without the import's total: the parts alone", () => {
    expect(undoSummary('en', 4, null, { removed: 0, restored: 0, keptBy: [] })).toBe(
      'Import #4 undone: no value changed.',
    );
  });
});

describe('the key of a message about n things', () => {
  it('its "One" form for one, where the catalogue has it; else the key itself', async () => {
    const { countKey } = await import('../../src/shared/i18n');
    expect(countKey('imports.done.summary', 1)).toBe('imports.done.summaryOne');
    expect(countKey('imports.done.summary', 2)).toBe('imports.done.summary');
    expect(countKey('imports.history.countNew', 1)).toBe('imports.history.countNew');
  });
});
