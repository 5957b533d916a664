// Loads change-log entries for a filter; `version` changes after every edit/undo/redo so the
// history panels follow what the analyst just did.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { ChangeEntry } from '../../../shared/domain';
import { unwrap } from '../api/unwrap';

export function useChanges(filter: InputOf<'changes.list'> | null, version: number) {
  const [entries, setEntries] = useState<ChangeEntry[]>([]);
  const [error, setError] = useState<unknown>(null);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (filter === null) {
      setEntries([]);
      return;
    }
    let current = true;
    setError(null);
    unwrap(window.api.changesList(filter))
      .then((e) => current && setEntries(e))
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
    // filterKey stands for filter: callers build a new object on every render.
  }, [filterKey, version]);

  return { entries, error };
}
