// Shown only when the renderer runs on the in-memory fake (no preload): nobody should mistake
// sample data for their database.
import { useI18n } from '../i18n/I18nContext';

export function DemoBanner() {
  const { t } = useI18n();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      {t('shell.fakeApi')}
    </div>
  );
}
