// Names as the ministry's English tables and the analysts' own copies write them: an English
// suffix ("Da Nang City", "Binh Phuoc Province") names the kind of unit as "TP."/"Tỉnh" do, under
// the same rule (a city suffix only for a centrally-run city, a province suffix only for a
// province), and a footnote marker after a name ("Thanh Hóa (*)", "Yên Bái*") is not part of it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { UnitRepository } from '../../src/main/store/units';
import type { CodeList, Unit } from '../../src/shared/domain';
import { buildUnitMatcher, labelParts, withoutFootnoteMark } from '../../src/shared/unitNames';
import { tempDir } from '../store/helpers';

let store: Store;
const lists = {} as Record<CodeList, Unit[]>;
beforeAll(() => {
  store = new Store(path.join(tempDir('dti-units-more-'), 'u.db'));
  const repo = new UnitRepository(store.db);
  lists.gso2004 = repo.list('gso2004');
  lists['2025'] = repo.list('2025');
});
afterAll(() => store.close());

const unit = (list: CodeList, name: string) => lists[list].find((u) => u.name === name)!;
const matched = (list: CodeList, name: string) =>
  expect.objectContaining({ kind: 'matched', id: unit(list, name).id });
const refused = (list: CodeList, name: string, reason: 'prefixCity' | 'prefixProvince') => ({
  kind: 'unmatched',
  near: { ids: [unit(list, name).id], reason },
});

describe('English "City"/"Province" suffixes', () => {
  it('match like the Vietnamese prefixes, on either list', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = buildUnitMatcher(lists[list]);
      const cases: [string, string][] = [
        ['Da Nang City', 'Đà Nẵng'],
        ['Ho Chi Minh City', 'Hồ Chí Minh'],
        ['Hue City', 'Huế'],
        ['Can Tho City', 'Cần Thơ'],
        ['Hai Phong City', 'Hải Phòng'],
        ['HA NOI CITY', 'Hà Nội'],
        ['Hanoi City', 'Hà Nội'],
        ['Quang Ninh Province', 'Quảng Ninh'],
        ['Lang Son Province', 'Lạng Sơn'],
        ['Thanh Hoa province', 'Thanh Hóa'],
        ['Thua Thien Hue Province', 'Huế'], // "Tỉnh Thừa Thiên Huế" is one of Huế's aliases
      ];
      for (const [label, name] of cases)
        expect(match(label), `${list}: ${label}`).toEqual(matched(list, name));
    }
    const old = buildUnitMatcher(lists.gso2004);
    expect(old('Binh Phuoc Province')).toEqual(matched('gso2004', 'Bình Phước'));
    expect(old('Ba Ria - Vung Tau Province')).toEqual(matched('gso2004', 'Bà Rịa - Vũng Tàu'));
  });

  it('keep the city/province rule: "Ha Tinh City" is the provincial city, "Da Nang Province" no unit', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = buildUnitMatcher(lists[list]);
      expect(match('Ha Tinh City')).toEqual(refused(list, 'Hà Tĩnh', 'prefixCity'));
      expect(match('Thanh Hoa City')).toEqual(refused(list, 'Thanh Hóa', 'prefixCity'));
      expect(match('Da Nang Province')).toEqual(refused(list, 'Đà Nẵng', 'prefixProvince'));
      expect(match('Can Tho Province')).toEqual(refused(list, 'Cần Thơ', 'prefixProvince'));
      // A prefix the suffix contradicts stays a question.
      expect(match('Tỉnh Đà Nẵng City')).toEqual(refused(list, 'Đà Nẵng', 'prefixProvince'));
    }
  });

  it("read the suffix as the label's kind, and only as a whole word at the end", () => {
    expect(labelParts('Da Nang City')).toEqual({ key: 'da nang', prefix: 'city', era: null });
    expect(labelParts('Binh Phuoc Province')).toEqual({ key: 'binh phuoc', prefix: 'province', era: null });
    expect(labelParts('Hai Phong City (new)')).toEqual({ key: 'hai phong', prefix: 'city', era: 'new' });
    expect(labelParts('City')).toMatchObject({ key: 'city', prefix: null });
    expect(labelParts('Velocity')).toMatchObject({ key: 'velocity', prefix: null });
  });
});

describe('footnote markers after a name', () => {
  it('are stripped: "(*)", "*", "**", "(1)", "¹", "†"', () => {
    const match = buildUnitMatcher(lists.gso2004);
    const cases: [string, string][] = [
      ['Thanh Hóa (*)', 'Thanh Hóa'],
      ['Yên Bái*', 'Yên Bái'],
      ['Hà Nội (1)', 'Hà Nội'],
      ['Lào Cai **', 'Lào Cai'],
      ['Lào Cai (**)', 'Lào Cai'],
      ['Bình Phước¹', 'Bình Phước'],
      ['Quảng Ninh †', 'Quảng Ninh'],
      ['TP. Hồ Chí Minh (*)', 'Hồ Chí Minh'],
      ['Da Nang City (*)', 'Đà Nẵng'],
      ['Hà Nội [2]', 'Hà Nội'],
    ];
    for (const [label, name] of cases) expect(match(label), label).toEqual(matched('gso2004', name));
  });

  it('never hide what the rest of the label says', () => {
    const old = buildUnitMatcher(lists.gso2004);
    expect(old('Tỉnh Hà Nội (*)')).toEqual(refused('gso2004', 'Hà Nội', 'prefixProvince'));
    expect(old('Thành phố Hà Tĩnh*')).toEqual(refused('gso2004', 'Hà Tĩnh', 'prefixCity'));
    // "(mới)" still names a unit of the 34-unit list, marker or not.
    expect(old('TP. Hải Phòng (mới) (*)')).toMatchObject({ kind: 'unmatched', near: { reason: 'eraNew' } });
    expect(buildUnitMatcher(lists['2025'])('TP. Hải Phòng (mới) (*)')).toEqual(matched('2025', 'Hải Phòng'));
    expect(old('(*)')).toEqual({ kind: 'unmatched' });
    expect(withoutFootnoteMark('Thanh Hóa (*)')).toBe('Thanh Hóa');
    expect(withoutFootnoteMark('Hà Nội 1')).toBe('Hà Nội 1');
  });
});

describe('footnote markers on hostile cells', () => {
  // A backtracking pattern would take minutes here: the test's timeout is the guard.
  it('a cell of thousands of stars or spaces is read at once', () => {
    const match = buildUnitMatcher(lists.gso2004);
    expect(match('Thanh Hóa' + '*'.repeat(30_000) + 'x')).toEqual({ kind: 'unmatched' });
    expect(match('Thanh Hóa ' + '* '.repeat(10_000))).toEqual(matched('gso2004', 'Thanh Hóa'));
    expect(withoutFootnoteMark('*'.repeat(30_000))).toBe('');
  });
});
