// One line of feedback after an action: success is announced politely, errors assertively.
import type { Language } from '../../../shared/domain';
import { useI18n, type Translate } from '../i18n/I18nContext';

export interface NoticeValue {
  kind: 'info' | 'error';
  /** As written, or written when shown: in the language the window has then. */
  text: string | ((t: Translate, lang: Language) => string);
}

export function Notice({ notice, testId }: { notice: NoticeValue | null; testId?: string }) {
  const { t, lang } = useI18n();
  if (!notice) return null;
  return (
    <p
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {typeof notice.text === 'string' ? notice.text : notice.text(t, lang)}
    </p>
  );
}
