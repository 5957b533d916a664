// The open page lives in location.hash (#/rankings) so a reload returns to the same page.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PAGE, isPageId, type PageId } from '../pages/pages';

const readHash = (): PageId => {
  const id = window.location.hash.replace(/^#\/?/, '').split('?')[0]!;
  return isPageId(id) ? id : DEFAULT_PAGE;
};

export function usePageFromHash(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(readHash);
  useEffect(() => {
    const onHash = () => setPage(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: PageId) => {
    window.location.hash = `/${next}`;
    setPage(next);
  }, []);
  return [page, navigate];
}
