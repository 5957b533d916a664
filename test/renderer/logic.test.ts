// The renderer's pure logic (no DOM): what a typed cell becomes, which year and group the
// Rankings page opens on, how the province picker finds units typed without diacritics, and what
// the import mapping step still needs before it can read the file.
import { describe, expect, it } from 'vitest';
import { parseCellInput } from '../../src/renderer/src/rankings/cellInput';
import { defaultYear, groupForYear, yearOptions } from '../../src/renderer/src/rankings/yearChoice';
import {
  orderUnitsForPicker,
  unitMatches,
  unitOrFormerMatches,
} from '../../src/renderer/src/session/unitSearch';
import { yearOfFileName, type Unit } from '../../src/shared/domain';
import type { ColumnField } from '../../src/shared/imports/fields';
import type { ImportMapping, ImportTarget } from '../../src/shared/importSession';
import {
  groupForTypedYear,
  hiddenSheetsToTry,
  sheetForYear,
  targetWithYear,
} from '../../src/renderer/src/pages/imports/targetYear';
import {
  columnPeriod,
  fieldGroups,
  ignoreNote,
  withColumnPeriod,
} from '../../src/renderer/src/pages/imports/fieldOptions';
import { mappingProblems } from '../../src/renderer/src/pages/imports/mappingProblems';
import { readerLabel } from '../../src/renderer/src/pages/imports/format';
import type { Translate } from '../../src/renderer/src/i18n/I18nContext';
import { translate } from '../../src/shared/i18n';

describe('typed cell values', () => {
  it('accepts Vietnamese and English decimals and clears on empty', () => {
    expect(parseCellInput('0,6543', 'score', 63)).toEqual({ ok: true, value: 0.6543 });
    expect(parseCellInput('0.6543', 'score', 63)).toEqual({ ok: true, value: 0.6543 });
    expect(parseCellInput('1.000', 'score', 63)).toEqual({ ok: true, value: 1 });
    expect(parseCellInput('', 'score', 63)).toEqual({ ok: true, value: null });
    expect(parseCellInput('12', 'rank', 63)).toEqual({ ok: true, value: 12 });
  });
  it('refuses what is not a score or a rank of the group, with the message to show', () => {
    expect(parseCellInput('1,5', 'score', 63)).toMatchObject({
      ok: false,
      messageKey: 'validation.scoreRange',
    });
    expect(parseCellInput('35', 'rank', 34)).toMatchObject({
      ok: false,
      messageKey: 'validation.rankRange',
      params: { of: 34 },
    });
    expect(parseCellInput('2,5', 'rank', 63)).toMatchObject({
      ok: false,
      messageKey: 'validation.rankRange',
    });
    expect(parseCellInput('abc', 'rank', 63)).toMatchObject({
      ok: false,
      messageKey: 'validation.notANumber',
    });
  });
});

describe('year and group choice', () => {
  const years = [
    { year: 2024, group: 34 as const, units: 8, methodology: 'QD-405-2025' },
    { year: 2024, group: 63 as const, units: 3, methodology: 'QD-405-2025' },
    { year: 2022, group: 63 as const, units: 63, methodology: 'QD-922-2022' },
  ];
  it('offers every year from 2020 to last year, newest first, and opens on the newest with data', () => {
    const opts = yearOptions(years, new Date('2026-11-25'));
    expect(opts.map((o) => o.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    expect(defaultYear(opts)).toBe(2024);
  });
  it("prefers the home province's list when that ranking has data", () => {
    const opts = yearOptions(years, new Date('2026-11-25'));
    const y2024 = opts.find((o) => o.year === 2024);
    expect(groupForYear(y2024, null, '2025')).toBe(34);
    expect(groupForYear(y2024, null, 'gso2004')).toBe(63);
    expect(
      groupForYear(
        opts.find((o) => o.year === 2022),
        34,
        '2025',
      ),
    ).toBe(63);
    expect(
      groupForYear(
        opts.find((o) => o.year === 2025),
        null,
        null,
      ),
    ).toBe(34);
  });
});

describe('province picker', () => {
  const unit = (over: Partial<Unit>): Unit => ({
    id: 1,
    codeList: 'gso2004',
    code: '70',
    name: 'Bình Phước',
    nameAscii: 'Binh Phuoc',
    type: 'tinh',
    region: null,
    validFrom: null,
    validTo: '2025-06-30',
    successorId: null,
    successorCode: '75',
    predecessorCodes: [],
    codeVerified: true,
    aliases: ['Tỉnh Bình Phước'],
    ...over,
  });
  it('finds units typed without diacritics, by alias or abbreviation', () => {
    expect(unitMatches(unit({}), 'binh phuoc')).toBe(true);
    expect(unitMatches(unit({ name: 'Hồ Chí Minh', aliases: ['TP HCM'] }), 'tp hcm')).toBe(true);
    expect(unitMatches(unit({ name: 'Huế', aliases: ['Thừa Thiên Huế'] }), 'thua thien')).toBe(true);
    expect(unitMatches(unit({}), 'dong nai')).toBe(false);
  });
  it('lists the 34 current units first, then the former 63, each in Vietnamese order', () => {
    const ordered = orderUnitsForPicker([
      unit({ id: 1, name: 'Đồng Nai', codeList: 'gso2004' }),
      unit({ id: 2, name: 'Cà Mau', codeList: '2025' }),
      unit({ id: 3, name: 'An Giang', codeList: '2025' }),
      unit({ id: 4, name: 'Bình Phước', codeList: 'gso2004' }),
    ]);
    expect(ordered.map((u) => u.id)).toEqual([3, 2, 4, 1]);
  });

  it('a unit of the 34 is found by the name of a unit it was formed from (round 76: "binh phuoc" found nothing)', () => {
    const bp = unit({ id: 4, name: 'Bình Phước', nameAscii: 'Binh Phuoc', codeList: 'gso2004', code: '70' });
    const former = new Map([['70', bp]]);
    const dongNai = unit({
      id: 9,
      name: 'Đồng Nai',
      nameAscii: 'Dong Nai',
      codeList: '2025',
      code: '75',
      predecessorCodes: ['75', '70'],
    });
    expect(unitOrFormerMatches(dongNai, 'binh phuoc', former)).toBe(true);
    expect(unitOrFormerMatches(dongNai, 'dong nai', former)).toBe(true);
    expect(unitOrFormerMatches(dongNai, 'ca mau', former)).toBe(false);
    // (a former unit itself is found by its own name only)
    expect(unitOrFormerMatches(bp, 'dong nai', former)).toBe(false);
  });
});

describe('import mapping step', () => {
  const col = (n: number, field: ColumnField) => ({ col: n, header: `h${n}`, mapping: field, confidence: 1 });
  const mapping = (...fields: ColumnField[]): ImportMapping => ({
    headerRow: 1,
    dataStartRow: 2,
    dataEndRow: null,
    columns: fields.map((f, i) => col(i + 1, f)),
  });
  const kpi = { kind: 'kpi' as const, year: null, group: 63 as const };

  it('a table with one column per period needs the indicator it holds', () => {
    const m = mapping({ field: 'unit' }, { field: 'kpi.valueForPeriod', period: '2022' });
    expect(mappingProblems(m, kpi)).toEqual(['imports.mapping.needIndicator']);
    expect(mappingProblems(m, { ...kpi, indicator: '  ' })).toEqual(['imports.mapping.needIndicator']);
    expect(mappingProblems(m, { ...kpi, indicator: 'Tỷ lệ DVC trực tuyến' })).toEqual([]);
  });
  it('a KPI table without a period column needs the year or a default period', () => {
    const m = mapping({ field: 'unit' }, { field: 'kpi.valueForIndicator', indicator: 'Vùng phủ 4G' });
    expect(mappingProblems(m, kpi)).toEqual(['imports.mapping.needPeriod']);
    expect(mappingProblems(m, { ...kpi, year: 2024 })).toEqual([]);
    expect(mappingProblems(m, { ...kpi, period: '2024-06' })).toEqual([]);
    // A long table has its periods in a column.
    expect(
      mappingProblems(
        mapping(
          { field: 'unit' },
          { field: 'kpi.indicator' },
          { field: 'kpi.period' },
          { field: 'kpi.value' },
        ),
        kpi,
      ),
    ).toEqual([]);
    // (without an indicator column, its one KPI is named by the title or the user)
    expect(
      mappingProblems(mapping({ field: 'unit' }, { field: 'kpi.period' }, { field: 'kpi.value' }), kpi),
    ).toEqual(['imports.mapping.needIndicator']);
    expect(
      mappingProblems(mapping({ field: 'unit' }, { field: 'kpi.period' }, { field: 'kpi.value' }), {
        ...kpi,
        indicator: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
      }),
    ).toEqual([]);
  });
  it("a KPI table with ranks needs the group when nothing else tells the ranks' denominator", () => {
    const m = mapping(
      { field: 'unit' },
      { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ hồ sơ trực tuyến', period: '2025' },
      { field: 'kpi.rank' },
    );
    expect(mappingProblems(m, { ...kpi, group: null })).toEqual(['imports.mapping.needGroupForRanks']);
    expect(mappingProblems(m, { ...kpi, group: 34 })).toEqual([]);
    // a column of denominators ("Trên tổng số") tells it
    expect(
      mappingProblems(mapping(...m.columns.map((c) => c.mapping), { field: 'kpi.rankOf' }), {
        ...kpi,
        group: null,
      }),
    ).toEqual([]);
  });
});

describe('import history format column', () => {
  const vi: Translate = (key, params) => translate('vi', key, params);
  const en: Translate = (key, params) => translate('en', key, params);
  it('describes the stored reader id the way an analyst names the file type', () => {
    expect(readerLabel('papaparse@5 (utf-8, ",")', vi)).toBe('CSV · UTF-8 · dấu phẩy (,)');
    expect(readerLabel('papaparse@5 (windows-1258, ";")', en)).toBe('CSV · WINDOWS-1258 · semicolon (;)');
    expect(readerLabel('papaparse@5 (utf-16le, "\\t")', vi)).toBe('TSV (phân cách bằng tab) · UTF-16LE');
    expect(readerLabel('dti-desk/xlsx-stream', vi)).toBe('Excel (xlsx)');
    expect(readerLabel('@e965/xlsx@0.20.3', en)).toBe('Excel 97–2003 (xls)');
    expect(readerLabel('paste/html', vi)).toBe('Bảng dán từ trang web');
    expect(readerLabel('dti-desk/html (utf-8)', en)).toBe('Web page (HTML)');
    expect(readerLabel('paste/text', en)).toBe('Pasted table');
  });
  it('shows an unknown reader as stored and a missing one as a dash', () => {
    expect(readerLabel('some-future-reader@2', vi)).toBe('some-future-reader@2');
    expect(readerLabel(null, vi)).toBe('—');
  });
});

describe('import mapping step: the year typed', () => {
  const ranking = { kind: 'ranking' as const, year: null, group: null, period: null, unitId: null };
  const analysis = (target: Partial<ImportTarget> = {}, titleGroup: 63 | 34 | null = null) => ({
    target: { ...ranking, ...target },
    titleHints: { year: null, group: titleGroup, kind: null, text: null },
  });

  it('2024 leaves the group of a ranking to the analyst; other years give theirs', () => {
    const a = analysis();
    expect(targetWithYear(a.target, 2024, a, false).group).toBeNull();
    expect(targetWithYear(a.target, 2023, a, false).group).toBe(63);
    expect(targetWithYear(a.target, 2025, a, false).group).toBe(34);
    // The group follows the year until the analyst picks one.
    const from2023 = analysis({ year: 2023, group: 63 });
    expect(targetWithYear(from2023.target, 2024, from2023, false).group).toBeNull();
    expect(targetWithYear({ ...from2023.target, group: 34 }, 2024, from2023, true).group).toBe(34);
  });

  it('a group the file itself gave (its names, its title) stays for 2024', () => {
    const byNames = analysis({ group: 34 });
    expect(groupForTypedYear('ranking', 2024, byNames)).toBe(34);
    expect(groupForTypedYear('ranking', 2024, analysis({ year: 2024, group: 63 }))).toBe(63);
    expect(groupForTypedYear('ranking', 2023, analysis({}, 34))).toBe(34);
    // A KPI table: the analysis' list (from its periods), else the year's.
    expect(groupForTypedYear('kpi', 2024, analysis({ kind: 'kpi' }))).toBe(63);
  });

  it('a KPI table takes the year as its period; a unit of another list is dropped', () => {
    const kpiTarget = { ...ranking, kind: 'kpi' as const, group: 63 as const, unitId: 45 };
    const a = { target: kpiTarget, titleHints: analysis().titleHints };
    expect(targetWithYear(kpiTarget, 2024, a, false)).toMatchObject({
      period: '2024',
      group: 63,
      unitId: 45,
    });
    const r = analysis({ year: 2023, group: 63, unitId: 7 });
    expect(targetWithYear(r.target, 2025, r, false)).toMatchObject({ group: 34, unitId: null });
  });

  it('the period taken from the year follows a corrected year (was: stayed the first year typed)', () => {
    const kpiTarget = { ...ranking, kind: 'kpi' as const, group: null, period: null };
    const a = { target: kpiTarget, titleHints: analysis().titleHints };
    const typed2024 = targetWithYear(kpiTarget, 2024, a, false);
    expect(typed2024).toMatchObject({ year: 2024, period: '2024', group: 63 });
    expect(targetWithYear(typed2024, 2026, a, false)).toMatchObject({
      year: 2026,
      period: '2026',
      group: 34,
    });
    expect(targetWithYear(typed2024, null, a, false)).toMatchObject({ year: null, period: null });
    // a period of the file's own ("2026-06") stays
    const monthly = { ...kpiTarget, year: 2026, period: '2026-06' };
    expect(targetWithYear(monthly, 2025, { target: monthly, titleHints: a.titleHints }, false).period).toBe(
      '2026-06',
    );
  });

  it('offers the sheet named for the year typed when the sheet read names another', () => {
    const sheets = [
      { name: 'Nhap', hidden: true },
      { name: 'DTI 2021', hidden: false },
      { name: 'DTI 2022', hidden: false },
    ];
    expect(sheetForYear(sheets, 'DTI 2021', null, 2022)).toBe('DTI 2022');
    expect(sheetForYear(sheets, 'DTI 2022', null, 2022)).toBeNull();
    expect(sheetForYear(sheets, 'DTI 2021', null, 2020)).toBeNull();
    expect(sheetForYear(sheets, 'DTI 2021', null, null)).toBeNull();
    // A sheet name without a year: its title's year tells.
    const plain = [
      { name: 'Sheet1', hidden: false },
      { name: 'DTI 2022', hidden: false },
    ];
    expect(sheetForYear(plain, 'Sheet1', 2021, 2022)).toBe('DTI 2022');
    expect(sheetForYear(plain, 'Sheet1', null, 2022)).toBeNull();
  });

  it('names a plan-target column as such', () => {
    const vi: Translate = (key, params) => translate('vi', key, params);
    const en: Translate = (key, params) => translate('en', key, params);
    expect(ignoreNote('target', vi)).toBe('chỉ tiêu kế hoạch (chưa nhập)');
    expect(ignoreNote('target', en)).toBe('plan target (not imported yet)');
  });
});

describe('import mapping step: a sheet without a table', () => {
  it('offers the hidden sheets of the workbook, never the one read or an empty one', () => {
    const sheets = [
      { name: 'Biểu đồ', hidden: false },
      { name: 'Ghi chú', hidden: false },
      { name: 'Số liệu', hidden: true },
      { name: 'Trống', hidden: true, rowCount: 0 },
    ];
    expect(hiddenSheetsToTry(sheets, 'Biểu đồ')).toEqual(['Số liệu']);
    expect(hiddenSheetsToTry(sheets, 'Số liệu')).toEqual([]);
    expect(hiddenSheetsToTry([{ name: 'Sheet1', hidden: false }], 'Sheet1')).toEqual([]);
  });
});

describe('the year a file name offers', () => {
  it('is the one year the name gives, without its extension', () => {
    expect(yearOfFileName('xep-hang-dti-2022.xlsx')).toBe(2022);
    expect(yearOfFileName('ranking_2022_windows1258.csv')).toBe(2022);
    expect(yearOfFileName('DTI 2023 (ban sao).xls')).toBe(2023);
    expect(yearOfFileName('so-sanh-2021-2022.xlsx')).toBe(null);
    expect(yearOfFileName('bang-2022-2022.csv')).toBe(2022);
    expect(yearOfFileName('kpi.csv')).toBe(null);
    expect(yearOfFileName('ma-12345.csv')).toBe(null);
    expect(yearOfFileName(null)).toBe(null);
  });
});

describe("a value's source in the Rankings tooltip", () => {
  it('a pasted table is named as the app names it, not by its id (round 76: "clipboard C7")', async () => {
    const { sourceNamed } = await import('../../src/renderer/src/rankings/columns');
    const { translate } = await import('../../src/shared/i18n');
    const t = ((key: string, params?: Record<string, string | number>) =>
      translate('vi', key, params)) as Parameters<typeof sourceNamed>[1];
    expect(sourceNamed('clipboard C7, A7', t)).toBe('Bảng đã dán C7, A7');
    expect(sourceNamed('xep-hang-2022.xlsx DTI 2022!D28', t)).toBe('xep-hang-2022.xlsx DTI 2022!D28');
  });
});

describe("a column's period in the mapping step", () => {
  const periodChoices = (header: string) =>
    fieldGroups(header, { field: 'ignore' })
      .flatMap((g) => g.fields)
      .filter((f) => f.field === 'kpi.valueForPeriod');
  it('a header naming a period without its year is offered as that period; other headers are not', () => {
    expect(periodChoices('T9')).toEqual([{ field: 'kpi.valueForPeriod', period: 'T9' }]);
    expect(periodChoices('Quý III')).toEqual([{ field: 'kpi.valueForPeriod', period: 'Quý III' }]);
    expect(periodChoices('Năm 2024')).toEqual([{ field: 'kpi.valueForPeriod', period: '2024' }]);
    expect(periodChoices('Ghi chú')).toEqual([]);
    expect(periodChoices('Tỉnh, thành phố')).toEqual([]);
    expect(periodChoices('Việt Nam')).toEqual([]);
    expect(periodChoices('Quy mô')).toEqual([]);
    expect(periodChoices('6 tháng đầu năm')).toEqual([
      { field: 'kpi.valueForPeriod', period: '6 tháng đầu năm' },
    ]);
    expect(periodChoices('Tháng 10')).toEqual([{ field: 'kpi.valueForPeriod', period: 'Tháng 10' }]);
  });
  it("the period typed replaces the column's own; a field without one is left as it is", () => {
    const f: ColumnField = { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ', period: '2024' };
    expect(withColumnPeriod(f, '09/2024')).toEqual({ ...f, period: '09/2024' });
    expect(columnPeriod(withColumnPeriod(f, 'Quý III/2024'))).toBe('Quý III/2024');
    const plain: ColumnField = { field: 'kpi.valueForIndicator', indicator: 'Tỷ lệ' };
    expect(withColumnPeriod(plain, '09/2024')).toEqual(plain);
    expect(columnPeriod(plain)).toBeNull();
    expect(columnPeriod({ field: 'dti.score' })).toBeNull();
  });
});
