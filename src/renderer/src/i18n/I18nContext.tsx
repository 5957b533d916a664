// The language of the interface. The session owns the value (it is a persisted setting); this
// context only hands components a bound translate function.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  lang: Language;
  t: Translate;
  setLang: (lang: Language) => void;
}

const I18nContext = createContext<I18n>({
  lang: 'vi',
  t: (key, params) => translate('vi', key, params),
  setLang: () => undefined,
});

export function I18nProvider(props: {
  lang: Language;
  setLang: (lang: Language) => void;
  children: ReactNode;
}) {
  const { lang, setLang, children } = props;
  useEffect(() => {
    // Screen readers and the browser's hyphenation follow <html lang>.
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
