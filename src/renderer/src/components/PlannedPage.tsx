// The frame of a page whose tools come in a later release: its title and what it will offer.
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n/I18nContext';

export function PlannedPage({
  titleKey,
  bodyKey,
  testId,
}: {
  titleKey: MessageKey;
  bodyKey: MessageKey;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <section className="page planned-page" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h1 id={`${testId}-title`}>{t(titleKey)}</h1>
      <div className="planned-card">
        <span className="planned-badge">{t('page.coming')}</span>
        <p>{t(bodyKey)}</p>
      </div>
    </section>
  );
}
