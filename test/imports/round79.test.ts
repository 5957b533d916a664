// Session 25: what tester round 79 found, and the rounds' leftovers taken up. Each test imports the
// file as the command line does and checks what is stored against what the file says.
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/main/store';
import { tempDir } from '../store/helpers';
import { detail2022Workbook, errorCodes, importCommitted, proposedYear, storedRanking } from './helpers';

let store: Store;
beforeEach(() => {
  store = new Store(path.join(tempDir('dti-round79-'), 'r.db'));
});

const yearOfTitle = (...titles: string[]) => proposedYear(store, detail2022Workbook('xh.xlsx', titles));

describe('a title that says which year its figures are of gives that year (round 78: the assessment year was taken)', () => {
  it.each([
    ['Đánh giá năm 2023 (số liệu 2022)', 2022],
    ['KẾT QUẢ ĐÁNH GIÁ DTI NĂM 2023 (SỐ LIỆU NĂM 2022)', 2022],
    ['Chỉ số DTI năm 2023 - dữ liệu năm 2022', 2022],
    ['Bảng xếp hạng DTI (Bộ TT&TT công bố ngày 26/6/2023, số liệu năm 2022)', 2022],
    ['DTI 2023 assessment (data for 2022)', 2022],
    ['DTI ranking published 2023 (2022 data)', 2022],
  ])('"%s" is %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('on a line of its own, under the title naming the assessment year', async () => {
    expect(await yearOfTitle('BẢNG XẾP HẠNG DTI NĂM 2023', '(Số liệu năm 2022)')).toBe(2022);
  });

  it.each([
    // a span of years is no year of the figures; the title's own year stays
    ['XẾP HẠNG DTI NĂM 2022 (so sánh số liệu 2020–2022)', 2022],
    ['XẾP HẠNG DTI NĂM 2022 (số liệu 2020, 2021 và 2022)', 2022],
    // a date is no year either (a KPI's "số liệu ngày 30/6/2025" is its period's business)
    ['XẾP HẠNG DTI NĂM 2022 (số liệu ngày 26/6/2023)', 2022],
  ])('"%s" stays %i', async (title, year) => {
    expect(await yearOfTitle(title)).toBe(year);
  });

  it('is stored as that year, the title no contradiction of it', async () => {
    const f = detail2022Workbook('xh.xlsx', ['Đánh giá năm 2023 (số liệu 2022)']);
    const p = await importCommitted(store, f);
    expect(errorCodes(p)).toEqual([]);
    expect(storedRanking(store, 2022, 63).get('48:dti')).toEqual({ value: 0.8002, rank: 1 });
    expect(storedRanking(store, 2023, 63).size).toBe(0);
  });
});
