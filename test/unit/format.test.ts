import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatScore, parseLocaleNumber } from '../../src/shared/format';
import { translate } from '../../src/shared/i18n';
import { en } from '../../src/shared/i18n/en';
import { vi } from '../../src/shared/i18n/vi';

describe('vi/en formatting', () => {
  it('writes scores with 4 decimals, comma in Vietnamese', () => {
    expect(formatScore(0.8002, 'vi')).toBe('0,8002');
    expect(formatScore(0.8002, 'en')).toBe('0.8002');
    expect(formatScore(0.61, 'vi')).toBe('0,6100');
    expect(formatScore(null, 'vi')).toBe('');
  });
  it('uses . for thousands and , for decimals in Vietnamese', () => {
    expect(formatNumber(912687, 'vi')).toBe('912.687');
    expect(formatPercent(99.52, 'vi')).toBe('99,52%');
    expect(formatNumber(912687, 'en')).toBe('912,687');
  });
  it('parses what analysts type', () => {
    expect(parseLocaleNumber('0,8002')).toBe(0.8002);
    expect(parseLocaleNumber('0.8002')).toBe(0.8002);
    expect(parseLocaleNumber(' 99,52% ')).toBe(99.52);
    expect(parseLocaleNumber('912.687')).toBe(912687);
    expect(parseLocaleNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseLocaleNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseLocaleNumber('N/A')).toBeNull();
    expect(parseLocaleNumber('-')).toBeNull();
    expect(parseLocaleNumber('')).toBeNull();
    expect(parseLocaleNumber('abc')).toBeNaN();
    expect(parseLocaleNumber('-3')).toBe(-3);
    expect(parseLocaleNumber('−0,5')).toBe(-0.5);
    expect(parseLocaleNumber('không có')).toBeNull();
    expect(parseLocaleNumber('#N/A')).toBeNull();
    expect(parseLocaleNumber('—')).toBeNull();
  });
  it('groups thousands only in threes, and spaces only as thousands separators', () => {
    expect(parseLocaleNumber('1 234 567')).toBe(1234567);
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('12,5 %')).toBe(12.5);
    expect(parseLocaleNumber('- 3,2')).toBe(-3.2);
    expect(parseLocaleNumber('3.2e2')).toBe(320);
    expect(parseLocaleNumber('1.5E-05')).toBe(0.000015);
    // malformed: never a silently different number
    for (const bad of [
      '1.23.456',
      '12,5,3',
      '95.0.0',
      '9.5.2025',
      ' 95 5 ',
      '12 5',
      '1.23,5',
      '1,2.5',
      '1,234.5.6',
    ])
      expect(parseLocaleNumber(bad), bad).toBeNaN();
  });
});

describe('i18n', () => {
  it('has the same keys in vi and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const v of [...Object.values(vi), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });
  it('fills placeholders', () => {
    expect(translate('vi', 'validation.rankRange', { of: 63 })).toContain('1 đến 63');
    expect(translate('en', 'validation.rankRange', { of: 34 })).toContain('1 to 34');
  });
});

describe('dates', () => {
  it('show four-digit years', async () => {
    const { formatDateTime } = await import('../../src/shared/format');
    expect(formatDateTime('2026-11-25T23:06:00Z', 'vi')).toMatch(/2026/);
    expect(formatDateTime('not a date', 'vi')).toBe('not a date');
  });
});

describe('every message key main sends has a text', () => {
  it('details.key values used in src/main exist in vi and en', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { MESSAGES } = await import('../../src/shared/i18n');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walk(f);
        else if (f.endsWith('.ts')) files.push(f);
      }
    };
    walk(path.join(__dirname, '../../src/main'));
    const keys = new Set(
      files.flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/key: '([a-zA-Z.]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(keys.size).toBeGreaterThan(5);
    for (const k of keys) {
      expect((MESSAGES.vi as Record<string, string>)[k], k).toBeTruthy();
      expect((MESSAGES.en as Record<string, string>)[k], k).toBeTruthy();
    }
  });
});

describe('numbers in a score column', () => {
  it('read one "." or "," as the decimal mark', async () => {
    const { parseLocaleNumber } = await import('../../src/shared/format');
    expect(parseLocaleNumber('1.000', { score: true })).toBe(1);
    expect(parseLocaleNumber('0,800', { score: true })).toBe(0.8);
    expect(parseLocaleNumber('1.000')).toBe(1000); // elsewhere "1.000" is Vietnamese thousands
    expect(parseLocaleNumber('0.8002', { score: true })).toBe(0.8002);
  });
});

describe('import messages', () => {
  it('every problem code and read-error code has a vi and en text', async () => {
    const { PROBLEM_CODES } = await import('../../src/main/imports/pipeline/problems');
    const { READ_ERROR_CODES } = await import('../../src/shared/imports/types');
    const { MESSAGES } = await import('../../src/shared/i18n');
    for (const k of [
      ...PROBLEM_CODES.map((c) => `problem.${c}`),
      ...READ_ERROR_CODES.map((c) => `readError.${c}`),
    ]) {
      expect((MESSAGES.vi as Record<string, string>)[k], k).toBeTruthy();
      expect((MESSAGES.en as Record<string, string>)[k], k).toBeTruthy();
    }
  });
  it('name the place the same way and write scores the vi-VN way', async () => {
    const { placedMessage } = await import('../../src/shared/imports/place');
    const where = { file: 'bad.csv', sheet: 'DTI', row: 3, col: 1, header: 'Xếp hạng DTI' };
    const other = {
      indicator: 'DTI',
      score: { score: 0.9 },
      other: 'Đà Nẵng',
      otherRow: 2,
      otherScore: { score: 0.8002 },
      otherRank: 1,
    };
    expect(placedMessage('vi', where, 'problem.rankInconsistent', other, '2')).toBe(
      'tệp "bad.csv", trang tính "DTI", ô A3 (dòng 3, cột A: Xếp hạng DTI): thứ hạng DTI không khớp với thứ tự điểm: đơn vị này điểm 0,9000, còn Đà Nẵng (dòng 2) điểm 0,8002, hạng 1 — giá trị "2"',
    );
    expect(placedMessage('en', where, 'problem.rankInconsistent', other)).toContain(
      'file "bad.csv", sheet "DTI", cell A3 (row 3, column A: Xếp hạng DTI): DTI rank does not follow the scores: this unit has score 0.9000, while Đà Nẵng (row 2) has score 0.8002',
    );
  });
});

describe('a number whose decimal mark is in question, in a message', () => {
  it('is written with digits only and says whether it is whole or a decimal, in each language', async () => {
    const { formatParams } = await import('../../src/shared/imports/place');
    const r = (n: number, lang: 'vi' | 'en') => formatParams(lang, { n: { reading: n } }).n;
    expect(r(1234, 'vi')).toBe('1234 (số nguyên)');
    expect(r(1.234, 'vi')).toBe('1,234 (số thập phân)');
    expect(r(-912.687, 'vi')).toBe('-912,687 (số thập phân)');
    expect(r(1234, 'en')).toBe('1234 (a whole number)');
    expect(r(1.234, 'en')).toBe('1.234 (a decimal)');
    expect(r(1e21, 'en')).toBe('1000000000000000000000 (a whole number)');
  });
});
