// A pasted table is not a file: messages about it name it "bảng đã dán" / "the pasted table",
// never 'tệp "clipboard"'; files keep their quoted name.
import { describe, expect, it } from 'vitest';
import { PASTED_SOURCE, placedMessage, placeText } from '../../src/shared/imports/place';
import { translate } from '../../src/shared/i18n';

describe('the place of a message', () => {
  it('calls a pasted table by what it is, in both languages', () => {
    expect(placeText('vi', { file: PASTED_SOURCE })).toBe('bảng đã dán');
    expect(placeText('en', { file: PASTED_SOURCE })).toBe('the pasted table');
    expect(placeText('vi', { file: PASTED_SOURCE, row: 3 })).toBe('bảng đã dán, dòng 3');
    const m = placedMessage('vi', { file: PASTED_SOURCE }, 'imports.history.undoNothing');
    expect(m).toBe('bảng đã dán: không giá trị nào thay đổi');
    expect(m).not.toContain('clipboard');
  });

  it('keeps a file its name', () => {
    expect(placeText('vi', { file: 'xep-hang.csv' })).toBe('tệp "xep-hang.csv"');
    expect(placeText('en', { file: 'clipboard.csv' })).toBe('file "clipboard.csv"');
  });

  it('labels file-wide problems without repeating the word the place starts with', () => {
    for (const lang of ['vi', 'en'] as const) {
      const label = translate(lang, 'imports.problems.file');
      const firstWord = (s: string) => s.split(/\s+/).slice(-1)[0]!.toLowerCase();
      for (const file of [PASTED_SOURCE, 'a.csv']) {
        const place = placeText(lang, { file });
        expect(place.split(/\s+/)[0]!.toLowerCase()).not.toBe(firstWord(label));
      }
    }
  });

  it('says a cell without its file and sheet where those are named once above (the wizard)', () => {
    const where = { file: 'xep-hang.xlsx', sheet: 'DTI 2022', row: 2, col: 1, header: 'Xếp hạng DTI' };
    expect(placeText('vi', where, false)).toBe('ô A2 (dòng 2, cột A: Xếp hạng DTI)');
    expect(placedMessage('vi', where, 'problem.rankRange', { n: 63 }, '64', false)).toBe(
      'ô A2 (dòng 2, cột A: Xếp hạng DTI): thứ hạng phải từ 1 đến 63 — giá trị "64"',
    );
    expect(placedMessage('vi', where, 'problem.rankRange', { n: 63 }, '64')).toBe(
      'tệp "xep-hang.xlsx", trang tính "DTI 2022", ô A2 (dòng 2, cột A: Xếp hạng DTI): thứ hạng phải từ 1 đến 63 — giá trị "64"',
    );
    // about the whole file: the text alone
    expect(placedMessage('en', { file: 'a.csv' }, 'problem.noData', {}, null, false)).toBe(
      translate('en', 'problem.noData'),
    );
  });
});
