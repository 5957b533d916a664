// The frame around every page: navigation on the left, header on top, the page below it.
import { AppHeader } from './components/AppHeader';
import { NavBar } from './components/NavBar';
import { usePageFromHash } from './components/usePageFromHash';
import { useI18n } from './i18n/I18nContext';
import { PAGES } from './pages/pages';

export function AppFrame() {
  const { t } = useI18n();
  const [page, navigate] = usePageFromHash();
  const Page = PAGES[page].component;
  return (
    <div className="app-frame">
      <NavBar current={page} onNavigate={navigate} />
      <div className="app-main">
        <AppHeader title={t(PAGES[page].labelKey)} />
        <main className="app-content" id="main">
          <Page />
        </main>
      </div>
    </div>
  );
}
