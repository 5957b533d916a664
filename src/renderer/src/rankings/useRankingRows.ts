// Loads the ranking of one year and group, and lets the page swap in a row main sent back after
// an edit, undo or redo without reloading all 63 rows.
import { useCallback, useEffect, useState } from 'react';
import type { RankingGroup, RankingRow } from '../../../shared/domain';
import { unwrap } from '../api/unwrap';

export interface RankingRowsState {
  rows: RankingRow[];
  loading: boolean;
  error: unknown;
  replaceRow: (row: RankingRow) => void;
}

export function useRankingRows(
  year: number | null,
  group: RankingGroup | null,
  dataVersion: number,
): RankingRowsState {
  const [rows, setRows] = useState<RankingRow[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (year === null || group === null) return;
    let current = true; // a slow answer for a year the user already left must not win
    setLoading(true);
    setError(null);
    unwrap(window.api.rankingsGet({ year, group }))
      .then((r) => current && setRows(r))
      .catch((e: unknown) => current && setError(e))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [year, group, dataVersion]);

  const replaceRow = useCallback(
    (row: RankingRow) => {
      if (row.year !== year || row.group !== group) return;
      setRows((rs) => rs.map((r) => (r.unitId === row.unitId ? row : r)));
    },
    [year, group],
  );

  return { rows, loading, error, replaceRow };
}
