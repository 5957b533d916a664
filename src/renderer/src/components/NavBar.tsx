// Left navigation. Buttons, not links: there is nothing to open in a new window, and the e2e
// tests find them by data-testid="nav-<page>" or by their accessible name.
import { useI18n } from '../i18n/I18nContext';
import { PAGE_IDS, PAGES, type PageId } from '../pages/pages';

export function NavBar({ current, onNavigate }: { current: PageId; onNavigate: (page: PageId) => void }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t('shell.navLabel')}>
      <div className="nav-brand">
        <span className="nav-logo" aria-hidden="true">
          DTI
        </span>
        <span>
          <strong>{t('app.title')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </div>
      <ul>
        {PAGE_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              data-testid={`nav-${id}`}
              aria-current={id === current ? 'page' : undefined}
              onClick={() => onNavigate(id)}
            >
              <span className="nav-icon" aria-hidden="true">
                {PAGES[id].icon}
              </span>
              {t(PAGES[id].labelKey)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
