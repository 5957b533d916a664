// vi / en toggle. Two pressed-state buttons rather than a select: one click, and both names are
// visible in their own language so someone who cannot read the current one still finds theirs.
import type { Language } from '../../../shared/domain';
import { useI18n } from '../i18n/I18nContext';

const LANGS: readonly Language[] = ['vi', 'en'];

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('shell.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          data-testid={`lang-${l}`}
          onClick={() => setLang(l)}
        >
          {t(l === 'vi' ? 'lang.vi' : 'lang.en')}
        </button>
      ))}
    </div>
  );
}
