// Top level: load the session, then either the first-run welcome or the app frame.
import { useState } from 'react';
import { AppFrame } from './AppFrame';
import { DemoBanner } from './components/DemoBanner';
import { IntegrityBanner } from './components/IntegrityBanner';
import { useI18n } from './i18n/I18nContext';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionProvider, useSession } from './session/SessionContext';

export function App({ demoMode }: { demoMode: boolean }) {
  return (
    <SessionProvider
      renderLoading={() => <Splash />}
      renderFailure={(message, retry) => <StartFailure message={message} retry={retry} />}
    >
      {demoMode && <DemoBanner />}
      <IntegrityBanner />
      <Root />
    </SessionProvider>
  );
}

function Root() {
  const { settings } = useSession();
  // The welcome asks one thing, the home province; once that is saved it is not asked again.
  // It stays open after saving until the user picks the data to start with.
  const [welcome, setWelcome] = useState(() => settings.homeUnitId == null);
  return welcome ? <FirstRunPage onDone={() => setWelcome(false)} /> : <AppFrame />;
}

function Splash() {
  const { t } = useI18n();
  return (
    <div className="splash" role="status" aria-live="polite">
      {t('shell.loading')}
    </div>
  );
}

function StartFailure({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="splash" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        {t('shell.retry')}
      </button>
    </div>
  );
}
