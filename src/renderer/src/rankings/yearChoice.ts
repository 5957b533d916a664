// Which years and ranking groups the Rankings page offers, and which it opens on.
import {
  groupOfYear,
  rankingGroupOfYear,
  type CodeList,
  type RankingGroup,
  type RankingYear,
} from '../../../shared/domain';

export interface YearOption {
  year: number;
  /** Groups that hold at least one value for this year. */
  groupsWithData: RankingGroup[];
}

/** The first DTI ranking was published for 2020. */
const FIRST_DTI_YEAR = 2020;

/**
 * Every year from 2020 to the later of the newest data and last year (results for year N are
 * published in N+1), newest first. Years without data stay choosable so values can be typed in.
 */
export function yearOptions(years: readonly RankingYear[], now: Date): YearOption[] {
  const withData = years.filter((y) => y.units > 0);
  const newest = Math.max(now.getFullYear() - 1, ...withData.map((y) => y.year));
  const oldest = Math.min(FIRST_DTI_YEAR, ...withData.map((y) => y.year));
  const out: YearOption[] = [];
  for (let year = newest; year >= oldest; year--) {
    out.push({ year, groupsWithData: withData.filter((y) => y.year === year).map((y) => y.group) });
  }
  return out;
}

/**
 * The group to show for a year: keep the current one if it has data, else the home list's if that
 * has, else one that has. A year without data opens in the group it was ranked in — 2022 among
 * the 63 (the 34 exist from 01/07/2025: Bình Phước is not shown as Đồng Nai for 2022), 2025 among
 * the 34; only 2024, ranked in both, keeps the current group or takes the home list's.
 */
export function groupForYear(
  option: YearOption | undefined,
  current: RankingGroup | null,
  homeCodeList: CodeList | null,
): RankingGroup {
  const withData = option?.groupsWithData ?? [];
  if (current !== null && withData.includes(current)) return current;
  const homeGroup: RankingGroup | null =
    homeCodeList === '2025' ? 34 : homeCodeList === 'gso2004' ? 63 : null;
  if (homeGroup !== null && withData.includes(homeGroup)) return homeGroup;
  if (withData.length > 0) return withData[0]!;
  const year = option?.year ?? new Date().getFullYear();
  return rankingGroupOfYear(year) ?? current ?? homeGroup ?? groupOfYear(year);
}

/** Opens on the newest year that has data (or the newest year offered when nothing is loaded). */
export function defaultYear(options: readonly YearOption[]): number {
  return (options.find((o) => o.groupsWithData.length > 0) ?? options[0])!.year;
}
