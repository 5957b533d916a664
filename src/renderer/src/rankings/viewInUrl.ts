// Keeps the year and group shown in the URL hash (#/rankings?year=2022&group=63) so a reload
// (F5, or the e2e test's page.reload) comes back to the same table instead of the newest year;
// and for this window's session, so that coming back from another page ("#/rankings" from the
// menu) shows the table last looked at — one opened from an import's link too.
import type { RankingGroup } from '../../../shared/domain';

const LAST_VIEW_KEY = 'dti-desk.rankings.lastView';

function parseView(query: string | null | undefined): { year: number; group: RankingGroup } | null {
  if (!query) return null;
  const params = new URLSearchParams(query);
  const year = Number(params.get('year'));
  const group = Number(params.get('group'));
  if (!Number.isInteger(year) || (group !== 63 && group !== 34)) return null;
  return { year, group };
}

export function readRankingsView(): { year: number; group: RankingGroup } | null {
  return parseView(window.location.hash.split('?')[1]) ?? parseView(sessionStorage.getItem(LAST_VIEW_KEY));
}

export function writeRankingsView(year: number, group: RankingGroup): void {
  const page = window.location.hash.split('?')[0] || '#/rankings';
  const query = `year=${year}&group=${group}`;
  // replaceState: choosing a year is not a navigation step, and it must not fire hashchange.
  window.history.replaceState(null, '', `${page}?${query}`);
  sessionStorage.setItem(LAST_VIEW_KEY, query);
}
