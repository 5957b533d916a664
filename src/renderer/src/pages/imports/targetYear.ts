// What the year typed in the mapping step changes: the group (code list) until the analyst picks
// one, and which sheet to read when the workbook has one sheet per year. Pure, tested without a DOM.
import { groupOfYear, rankingGroupOfYear, yearsNamedIn, type RankingGroup } from '../../../../shared/domain';
import type { ImportTarget, SheetPreview } from '../../../../shared/importSession';
import type { SheetInfo } from '../../../../shared/imports/types';

/**
 * The group for a typed year when the analyst has not picked one: the title's; for a ranking the
 * year's — none for 2024, published among 63 and among 34 units, so the group field asks — unless
 * the analysis read it off the file itself (names one list only knows, a complete 34-unit table);
 * for a KPI table the analysis' (from its periods), else the year's list.
 */
export function groupForTypedYear(
  kind: ImportTarget['kind'],
  year: number | null,
  analysis: Pick<SheetPreview, 'target' | 'titleHints'>,
): RankingGroup | null {
  if (analysis.titleHints.group !== null) return analysis.titleHints.group;
  const proposed = analysis.target;
  if (year === null) return proposed.group;
  if (kind === 'kpi') return proposed.group ?? groupOfYear(year);
  const byYear = rankingGroupOfYear(year);
  if (byYear !== null) return byYear;
  // 2024: the analysis' group stands only when the file, not the analysis' own year, gave it.
  const fromFile = proposed.year === null || rankingGroupOfYear(proposed.year) === null;
  return fromFile ? proposed.group : null;
}

/**
 * The target once the analyst types `year`: the group follows the year until they pick one
 * (`groupPicked`); a KPI table without a period of its own takes the year as its period, and keeps
 * following it (a year typed "2024" then corrected to "2026" is the period 2026, not 2024). A unit
 * chosen for a table without a unit column is kept only while the list stays the same.
 */
export function targetWithYear(
  target: ImportTarget,
  year: number | null,
  analysis: Pick<SheetPreview, 'target' | 'titleHints'>,
  groupPicked: boolean,
): ImportTarget {
  const group = groupPicked ? target.group : groupForTypedYear(target.kind, year, analysis);
  const listChanged = target.group !== null && group !== null && group !== target.group;
  const periodOfYear = !target.period || (target.year !== null && target.period === String(target.year));
  return {
    ...target,
    year,
    group,
    ...(listChanged ? { unitId: null } : {}),
    ...(target.kind === 'kpi' && periodOfYear ? { period: year !== null ? String(year) : null } : {}),
  };
}

/**
 * Hidden sheets to offer when the sheet read has no table (no unit or no value column): a
 * workbook often keeps its data on a hidden sheet behind a chart or a cover. At most three.
 */
export function hiddenSheetsToTry(sheets: readonly SheetInfo[], current: string | null): string[] {
  return sheets
    .filter((s) => s.hidden && s.name !== current && (s.rowCount ?? 1) > 0)
    .slice(0, 3)
    .map((s) => s.name);
}

/**
 * The sheet to read instead for an import of `year`: when the sheet read names another year (in
 * its name, else its title) and another visible sheet is named for `year` ("DTI 2021" read, the
 * year 2022 typed, "DTI 2022" there). Null when the sheet read fits or no sheet is named for it.
 */
export function sheetForYear(
  sheets: readonly SheetInfo[],
  current: string | null,
  titleYear: number | null,
  year: number | null,
): string | null {
  if (year === null) return null;
  const named = yearsNamedIn(current);
  const currentYears = named.length > 0 ? named : titleYear !== null ? [titleYear] : [];
  if (currentYears.length === 0 || currentYears.includes(year)) return null;
  return (
    sheets.find((s) => !s.hidden && s.name !== current && yearsNamedIn(s.name).includes(year))?.name ?? null
  );
}
