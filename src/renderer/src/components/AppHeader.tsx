// Top bar: whose province this desk is set up for, and the language switch.
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../session/SessionContext';
import { unitLabel } from '../session/unitSearch';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ title }: { title: string }) {
  const { t } = useI18n();
  const { settings, units } = useSession();
  const home = units.find((u) => u.id === settings.homeUnitId);
  return (
    <header className="app-header">
      <div className="app-header-title">{title}</div>
      <div className="app-header-home" data-testid="header-home-unit">
        <span className="muted">{t('shell.homeUnit')}:</span>{' '}
        <strong>{home ? unitLabel(home, t) : t('unit.none')}</strong>
      </div>
      <LanguageSwitch />
    </header>
  );
}
