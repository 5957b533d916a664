// The frame around every page: navigation on the left, header on top, the page below it.
import { useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { NavBar } from './components/NavBar';
import { usePageFromHash } from './components/usePageFromHash';
import { useI18n } from './i18n/I18nContext';
import { ImportsPage } from './pages/ImportsPage';
import { PAGES } from './pages/pages';
import { useSession } from './session/SessionContext';

export function AppFrame() {
  const { t } = useI18n();
  const { storeGeneration } = useSession();
  const [page, navigate] = usePageFromHash();
  const Page = PAGES[page].component;
  // The Imports page stays mounted once opened: an import in progress (a file being read, its
  // mapping, the answers, the preview) waits there while the analyst looks at other pages.
  const [importsOpened, setImportsOpened] = useState(page === 'imports');
  if (page === 'imports' && !importsOpened) setImportsOpened(true);
  return (
    <div className="app-frame">
      <NavBar current={page} onNavigate={navigate} />
      <div className="app-main">
        <AppHeader title={t(PAGES[page].labelKey)} />
        <main className="app-content" id="main">
          {page !== 'imports' && <Page />}
          {importsOpened && (
            <div hidden={page !== 'imports'} data-testid="imports-kept">
              {/* (a restored database ends the import in progress: the page starts over) */}
              <ImportsPage key={storeGeneration} active={page === 'imports'} />
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
