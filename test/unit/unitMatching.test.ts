// A prefix is part of the name: "Thành phố"/"TP" names a centrally-run city, "Tỉnh" a province, so
// "Thành phố Hà Tĩnh" (the provincial city) is not the province Hà Tĩnh. A "(mới)" label names a
// unit of the 34-unit list, never one of the 63. Matched against the units the store seeds.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { UnitRepository } from '../../src/main/store/units';
import { codeListOfPeriod, rankingGroupOfYear, type CodeList, type Unit } from '../../src/shared/domain';
import { buildUnitMatcher, unitsNamedIn, type MatchResult } from '../../src/shared/unitNames';
import { tempDir } from '../store/helpers';

let store: Store;
const lists = {} as Record<CodeList, Unit[]>;
beforeAll(() => {
  store = new Store(path.join(tempDir('dti-units-'), 'u.db'));
  const repo = new UnitRepository(store.db);
  lists.gso2004 = repo.list('gso2004');
  lists['2025'] = repo.list('2025');
});
afterAll(() => store.close());

const unit = (list: CodeList, name: string) => lists[list].find((u) => u.name === name)!;
const matcher = (list: CodeList) => buildUnitMatcher(lists[list]);
const matched = (list: CodeList, name: string) =>
  expect.objectContaining({ kind: 'matched', id: unit(list, name).id });
const refused = (list: CodeList, name: string, reason: string): MatchResult => ({
  kind: 'unmatched',
  near: { ids: [unit(list, name).id], reason: reason as 'prefixCity' },
});

describe('a "Thành phố"/"Tỉnh" prefix must fit the unit', () => {
  it('"Thành phố Hà Tĩnh" and other provincial cities are not their province, on either list', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = matcher(list);
      for (const label of [
        'Thành phố Hà Tĩnh',
        'TP Hà Tĩnh',
        'TP. Hà Tĩnh',
        'Tp.Hà Tĩnh',
        'THÀNH PHỐ HÀ TĨNH',
      ])
        expect(match(label), `${list}: ${label}`).toEqual(refused(list, 'Hà Tĩnh', 'prefixCity'));
      expect(match('Thành phố Thanh Hóa')).toEqual(refused(list, 'Thanh Hóa', 'prefixCity'));
      expect(match('TP. Lào Cai')).toEqual(refused(list, 'Lào Cai', 'prefixCity'));
    }
  });

  it('the kind in brackets after the name says what a prefix says: "Hà Nội (TP)" is Hà Nội, "Hà Tĩnh (TP)" is refused (round 70)', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = matcher(list);
      for (const label of [
        'Hà Nội (TP)',
        'Hà Nội (TP.)',
        'Hà Nội (T.P)',
        'Hà Nội (Thành phố)',
        'HÀ NỘI (THÀNH PHỐ)',
        'Hà Nội (TP) (*)',
      ])
        expect(match(label), `${list}: ${label}`).toEqual(matched(list, 'Hà Nội'));
      expect(match('Cần Thơ (thành phố)')).toEqual(matched(list, 'Cần Thơ'));
      expect(match('Quảng Ninh (tỉnh)')).toEqual(matched(list, 'Quảng Ninh'));
      expect(match('Hà Tĩnh (TP)')).toEqual(refused(list, 'Hà Tĩnh', 'prefixCity'));
      expect(match('Hà Nội (tỉnh)')).toEqual(refused(list, 'Hà Nội', 'prefixProvince'));
    }
    expect(matcher('gso2004')('Đà Nẵng (TP) (cũ)')).toEqual(matched('gso2004', 'Đà Nẵng'));
  });

  it('"Thủ đô Hà Nội" is Hà Nội, on either list; "Thủ đô" before another unit is not taken', () => {
    for (const list of ['gso2004', '2025'] as const) {
      expect(matcher(list)('Thủ đô Hà Nội')).toEqual(matched(list, 'Hà Nội'));
      expect(matcher(list)('THỦ ĐÔ HÀ NỘI')).toEqual(matched(list, 'Hà Nội'));
    }
    expect(matcher('gso2004')('Thủ đô Hà Tĩnh').kind).not.toBe('matched');
  });

  it('"Tỉnh" before a centrally-run city is refused', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = matcher(list);
      expect(match('Tỉnh Hà Nội')).toEqual(refused(list, 'Hà Nội', 'prefixProvince'));
      expect(match('Tỉnh Cần Thơ')).toEqual(refused(list, 'Cần Thơ', 'prefixProvince'));
      expect(match('Tỉnh Huế')).toEqual(refused(list, 'Huế', 'prefixProvince'));
    }
  });

  it('every legitimate spelling still matches: each unit alias, with or without its prefix', () => {
    for (const list of ['gso2004', '2025'] as const) {
      const match = matcher(list);
      for (const u of lists[list])
        for (const label of [u.name, ...u.aliases])
          expect(match(label), `${list}: ${label}`).toEqual(matched(list, u.name));
      const cases: [string, string][] = [
        ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
        ['TP HCM', 'Hồ Chí Minh'],
        ['TP.HCM', 'Hồ Chí Minh'],
        ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
        ['Thừa Thiên - Huế', 'Huế'],
        ['TT Huế', 'Huế'],
        ['Tỉnh Thừa Thiên Huế', 'Huế'],
        ['Tỉnh Thừa Thiên - Huế', 'Huế'],
        ['Thành phố Huế', 'Huế'],
        ['Thành phố trực thuộc trung ương Cần Thơ', 'Cần Thơ'],
        ['Tỉnh Hà Tĩnh', 'Hà Tĩnh'],
        ['tinh ha tinh', 'Hà Tĩnh'],
        ['Hà Tĩnh', 'Hà Tĩnh'],
        ['Khánh Hoà', 'Khánh Hòa'],
      ];
      for (const [label, name] of cases)
        expect(match(label), `${list}: ${label}`).toEqual(matched(list, name));
    }
    expect(matcher('gso2004')('Bà Rịa – Vũng Tàu')).toEqual(matched('gso2004', 'Bà Rịa - Vũng Tàu'));
  });

  it("an alias written with the prefix (the analyst's remembered answer) is honoured", () => {
    const haTinh = unit('gso2004', 'Hà Tĩnh');
    const match = buildUnitMatcher([{ ...haTinh, aliases: [...haTinh.aliases, 'Thành phố Hà Tĩnh'] }]);
    expect(match('TP. Hà Tĩnh')).toEqual(expect.objectContaining({ kind: 'matched', id: haTinh.id }));
  });

  it('candidates without a type (lists built elsewhere) are matched as before', () => {
    const match = buildUnitMatcher([{ id: 1, code: '42', name: 'Hà Tĩnh', aliases: [] }]);
    expect(match('Thành phố Hà Tĩnh')).toEqual({ kind: 'matched', id: 1, via: 'name' });
  });
});

describe('"(mới)" and "(cũ)" labels', () => {
  const newLabels: [string, string][] = [
    ['TP. Hải Phòng (mới)', 'Hải Phòng'],
    ['TP. Hồ Chí Minh (mới)', 'Hồ Chí Minh'],
    ['TP. Đà Nẵng (mới)', 'Đà Nẵng'],
    ['Hà Tĩnh (mới)', 'Hà Tĩnh'],
    ['Tỉnh Lào Cai (mới)', 'Lào Cai'],
  ];
  it('a "(mới)" label never matches a unit of the 63-unit list', () => {
    const match = matcher('gso2004');
    for (const [label, name] of newLabels)
      expect(match(label), label).toEqual(refused('gso2004', name, 'eraNew'));
  });
  it('with the 34-unit list a "(mới)" label matches the new unit', () => {
    const match = matcher('2025');
    for (const [label, name] of newLabels) expect(match(label), label).toEqual(matched('2025', name));
    expect(unit('2025', 'Lào Cai').code).toBe('15'); // the new Lào Cai has the old Yên Bái code
  });
  it('a "(cũ)" label names the unit of before the rearrangement', () => {
    expect(matcher('gso2004')('TP. Đà Nẵng (cũ)')).toEqual(matched('gso2004', 'Đà Nẵng'));
    expect(matcher('2025')('TP. Đà Nẵng (cũ)')).toEqual(refused('2025', 'Đà Nẵng', 'eraOld'));
  });
});

describe('units named inside a title or sheet name', () => {
  const named = (list: CodeList, text: string) =>
    unitsNamedIn(text, lists[list]).map((id) => lists[list].find((u) => u.id === id)!.name);
  it('finds the unit, respecting the prefix and the (mới) mark', () => {
    expect(named('gso2004', 'Kết quả chuyển đổi số của tỉnh Bình Phước năm 2022')).toEqual(['Bình Phước']);
    expect(named('gso2004', 'Báo cáo của thành phố Hà Tĩnh năm 2023')).toEqual([]);
    expect(named('gso2004', 'Số liệu của tỉnh Hà Tĩnh năm 2023')).toEqual(['Hà Tĩnh']);
    expect(named('gso2004', 'Số liệu TP. Hải Phòng (mới)')).toEqual([]);
    expect(named('2025', 'Số liệu TP. Hải Phòng (mới)')).toEqual(['Hải Phòng']);
  });
});

describe('code list of a period and group of a ranking year', () => {
  it('periods by June 2025 are of the 63-unit list, from July 2025 of the 34; spanning ones of neither', () => {
    const cases: [string, CodeList | null][] = [
      ['2024', 'gso2004'],
      ['2025-06', 'gso2004'],
      ['2025-01..2025-06', 'gso2004'],
      ['2025-07', '2025'],
      ['2025-07..2025-12', '2025'],
      ['2026', '2025'],
      ['2025', null],
      ['2025-01..2025-09', null],
      ['Lũy kế 2024 - 2026', null],
      ['Năm 2023', 'gso2004'],
      ['chưa rõ', null],
    ];
    for (const [p, list] of cases) expect(codeListOfPeriod(p), p).toBe(list);
  });
  it('2024 was published for 63 and for 34 units: the year alone does not tell', () => {
    expect(rankingGroupOfYear(2023)).toBe(63);
    expect(rankingGroupOfYear(2024)).toBeNull();
    expect(rankingGroupOfYear(2025)).toBe(34);
  });
});
