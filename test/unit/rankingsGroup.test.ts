// The Rankings page's group for a year without data is the group that year was ranked in: 2022
// among the 63 (Bình Phước is Bình Phước, not Đồng Nai, whatever group was shown before), 2025
// among the 34; 2024, published in both, keeps the current group or takes the home list's.
import { describe, expect, it } from 'vitest';
import { defaultYear, groupForYear, yearOptions } from '../../src/renderer/src/rankings/yearChoice';

const empty = yearOptions([], new Date('2026-11-26'));
const opt = (year: number) => empty.find((o) => o.year === year);

describe('group for a year without data', () => {
  it('opens on 2025 among the 34 when nothing is loaded', () => {
    const y = defaultYear(empty);
    expect(y).toBe(2025);
    expect(groupForYear(opt(y), null, 'gso2004')).toBe(34);
  });

  it('switching from 2025 (34) to 2022 shows the 63, for a Bình Phước analyst and any other', () => {
    expect(groupForYear(opt(2022), 34, 'gso2004')).toBe(63);
    expect(groupForYear(opt(2022), 34, '2025')).toBe(63);
    expect(groupForYear(opt(2020), 34, null)).toBe(63);
    expect(groupForYear(opt(2025), 63, 'gso2004')).toBe(34);
  });

  it('2024 keeps the current group, or takes the home list’s', () => {
    expect(groupForYear(opt(2024), 34, 'gso2004')).toBe(34);
    expect(groupForYear(opt(2024), 63, '2025')).toBe(63);
    expect(groupForYear(opt(2024), null, '2025')).toBe(34);
    expect(groupForYear(opt(2024), null, 'gso2004')).toBe(63);
  });

  it('a year with data in one group shows that group', () => {
    const withData = yearOptions(
      [{ year: 2022, group: 34, units: 34, methodology: null }],
      new Date('2026-11-26'),
    );
    expect(
      groupForYear(
        withData.find((o) => o.year === 2022),
        63,
        'gso2004',
      ),
    ).toBe(34);
  });
});
