import { referenceCsv } from '../../src/main/store/referenceFiles';
import { describe, expect, it } from 'vitest';
import {
  buildUnitMatcher,
  canonicalName,
  compactKey,
  unitKey,
  type MatchCandidate,
} from '../../src/shared/unitNames';

const ref = referenceCsv;

const provinces = ref('provinces_63.csv');
const candidates: MatchCandidate[] = provinces.map((p, i) => ({
  id: i + 1,
  code: p.gso_code!,
  name: p.name_vi!,
  aliases: [p.name_ascii!, p.dti_label_2022!, ...p.aliases!.split('|')],
}));
const idOf = (code: string) => candidates.find((c) => c.code === code)!.id;

describe('unit-name normalisation', () => {
  it('unifies tone-mark placement, case, NFC and dashes', () => {
    expect(canonicalName('Hoà Bình')).toBe(canonicalName('Hòa Bình'));
    expect(canonicalName('KHÁNH HOÀ')).toBe(canonicalName('khánh hòa'));
    expect(canonicalName('Hòa Bình'.normalize('NFD'))).toBe(canonicalName('Hòa Bình'));
    expect(unitKey('Bà Rịa – Vũng Tàu')).toBe(unitKey('Bà Rịa - Vũng Tàu'));
    expect(compactKey('Bà Rịa-Vũng Tàu')).toBe(compactKey('Ba Ria Vung Tau'));
  });
  it('drops administrative prefixes and (cũ)/(mới) marks', () => {
    expect(unitKey('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(unitKey('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(unitKey('Tỉnh Bình Phước')).toBe('binh phuoc');
    expect(unitKey('TP.Hà Nội')).toBe('ha noi');
    expect(unitKey('TP. Đà Nẵng (cũ)')).toBe('da nang');
  });
});

describe('unit matching', () => {
  const match = buildUnitMatcher(candidates);
  it('matches every name, ASCII name, alias and 2022 label of the 63 units to its own unit', () => {
    for (const p of provinces) {
      for (const label of [p.name_vi!, p.name_ascii!, p.dti_label_2022!, ...p.aliases!.split('|')]) {
        expect(match(label), label).toEqual(
          expect.objectContaining({ kind: 'matched', id: idOf(p.gso_code!) }),
        );
      }
    }
  });
  it('matches the spellings analysts meet', () => {
    const cases: [string, string][] = [
      ['TP HCM', '79'],
      ['Tp. Hồ Chí Minh', '79'],
      ['BR-VT', '77'],
      ['Bà Rịa – Vũng Tàu', '77'],
      ['TT Huế', '46'],
      ['Thừa Thiên - Huế', '46'],
      ['Hoà Bình', '17'],
      ['HÒA BÌNH', '17'],
      ['Khánh Hoà', '56'],
      ['tinh binh phuoc', '70'],
      ['Đắk Lắk', '66'],
      ['Dak Lak', '66'],
      ['  Thanh   Hóa ', '38'],
    ];
    for (const [label, code] of cases)
      expect(match(label), label).toEqual(expect.objectContaining({ kind: 'matched', id: idOf(code) }));
  });
  it('never guesses: unknown names are unmatched, shared aliases are ambiguous', () => {
    expect(match('Atlantis')).toEqual({ kind: 'unmatched' });
    expect(match('')).toEqual({ kind: 'unmatched' });
    const m = buildUnitMatcher([
      { id: 1, code: '1', name: 'A', aliases: ['X'] },
      { id: 2, code: '2', name: 'B', aliases: ['X'] },
    ]);
    expect(m('X')).toEqual({ kind: 'ambiguous', ids: [1, 2] });
  });
});
