// What every page needs to know about the app: app info, persisted settings and the unit lists.
// Loaded once at start, refreshed after actions that replace data (reference load, restore).
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo, Language, Settings, Unit } from '../../../shared/domain';
import type { InputOf } from '../../../shared/contract';
import { unwrap } from '../api/unwrap';
import { I18nProvider } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { translate } from '../../../shared/i18n';

export interface Session {
  info: AppInfo;
  settings: Settings;
  /** Both code lists: the 34 current units and the 63 former ones. */
  units: Unit[];
  /** Bumped whenever stored data changed underneath the pages, so they reload. */
  dataVersion: number;
  /** Bumped when the database file itself was replaced (a restore): work in progress on the old one ends. */
  storeGeneration: number;
  updateSettings: (patch: InputOf<'settings.update'>) => Promise<Settings>;
  /** Re-reads app info, settings and units, then bumps dataVersion (and storeGeneration if `replaced`). */
  refresh: (opts?: { replaced?: boolean }) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

interface Loaded {
  info: AppInfo;
  settings: Settings;
  units: Unit[];
}

async function loadAll(): Promise<Loaded> {
  const [info, settings, units] = await Promise.all([
    unwrap(window.api.appInfo({})),
    unwrap(window.api.settingsGet({})),
    unwrap(window.api.unitsList({})),
  ]);
  return { info, settings, units };
}

export function SessionProvider(props: {
  children: ReactNode;
  renderLoading: () => ReactNode;
  renderFailure: (message: string, retry: () => void) => ReactNode;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);

  const load = useCallback(() => {
    setFailure(null);
    loadAll()
      .then(setLoaded)
      .catch((e: unknown) => setFailure(errorText('vi', e)));
  }, []);
  useEffect(load, [load]);

  const updateSettings = useCallback(async (patch: InputOf<'settings.update'>) => {
    const settings = await unwrap(window.api.settingsUpdate(patch));
    setLoaded((l) => (l ? { ...l, settings } : l));
    return settings;
  }, []);

  const [storeGeneration, setStoreGeneration] = useState(0);
  const refresh = useCallback(async (opts: { replaced?: boolean } = {}) => {
    setLoaded(await loadAll());
    setDataVersion((v) => v + 1);
    if (opts.replaced) setStoreGeneration((g) => g + 1);
  }, []);

  // The language switch must feel instant: show the new language first, persist it after, and
  // go back if saving failed.
  const setLang = useCallback(
    (language: Language) => {
      let previous: Language = 'vi';
      setLoaded((l) => {
        if (!l) return l;
        previous = l.settings.language;
        return { ...l, settings: { ...l.settings, language } };
      });
      updateSettings({ language }).catch(() =>
        setLoaded((l) => (l ? { ...l, settings: { ...l.settings, language: previous } } : l)),
      );
    },
    [updateSettings],
  );

  if (failure !== null) {
    return (
      <I18nProvider lang="vi" setLang={() => undefined}>
        {props.renderFailure(`${translate('vi', 'shell.loadFailed')} ${failure}`, load)}
      </I18nProvider>
    );
  }
  if (!loaded) return <>{props.renderLoading()}</>;
  const session: Session = { ...loaded, dataVersion, storeGeneration, updateSettings, refresh };
  return (
    <SessionContext.Provider value={session}>
      <I18nProvider lang={loaded.settings.language} setLang={setLang}>
        {props.children}
      </I18nProvider>
    </SessionContext.Provider>
  );
}
