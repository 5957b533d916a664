// Keeps the year and group shown in the URL hash (#/rankings?year=2022&group=63) so a reload
// (F5, or the e2e test's page.reload) comes back to the same table instead of the newest year.
import type { RankingGroup } from '../../../shared/domain';

export function readRankingsView(): { year: number; group: RankingGroup } | null {
  const query = window.location.hash.split('?')[1];
  if (!query) return null;
  const params = new URLSearchParams(query);
  const year = Number(params.get('year'));
  const group = Number(params.get('group'));
  if (!Number.isInteger(year) || (group !== 63 && group !== 34)) return null;
  return { year, group };
}

export function writeRankingsView(year: number, group: RankingGroup): void {
  const page = window.location.hash.split('?')[0] || '#/rankings';
  // replaceState: choosing a year is not a navigation step, and it must not fire hashchange.
  window.history.replaceState(null, '', `${page}?year=${year}&group=${group}`);
}
