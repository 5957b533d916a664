// The main indices of the shown year and group (read-only columns under the pillars). Loaded
// only while the analyst has them shown; a demo or an error simply offers none.
import { useEffect, useState } from 'react';
import type { MainIndexTable, RankingGroup } from '../../../shared/domain';
import { unwrap } from '../api/unwrap';

export function useMainIndices(
  year: number | null,
  group: RankingGroup | null,
  dataVersion: number,
): MainIndexTable | null {
  const [table, setTable] = useState<MainIndexTable | null>(null);
  useEffect(() => {
    if (year === null || group === null) return;
    let current = true; // a slow answer for a year the user already left must not win
    unwrap(window.api.rankingsMainIndices({ year, group }))
      .then((t) => current && setTable(t))
      .catch(() => current && setTable(null));
    return () => {
      current = false;
    };
  }, [year, group, dataVersion]);
  return table;
}

/** The indices that hold at least one value: an index nobody imported would be an empty column. */
export function indicesWithValues(table: MainIndexTable | null): MainIndexTable['indices'] {
  if (!table) return [];
  const units = Object.values(table.values);
  return table.indices.filter((i) => units.some((v) => v[i.code] != null));
}
