// The startup integrity check runs in the background (main: store/health.ts). If it finds a
// problem the analyst must know before trusting the figures: say so, and point to a backup.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

const POLL_MS = 2000;

export function IntegrityBanner() {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await window.api.appInfo({});
      if (stop || !r.ok) return;
      if (r.value.integrity === 'pending') timer = setTimeout(() => void poll(), POLL_MS);
      else if (r.value.integrity !== 'ok') setProblem(r.value.integrity);
    };
    void poll();
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (!problem) return null;
  return (
    <div className="integrity-banner" role="alert" data-testid="integrity-banner">
      {t('integrity.failed', { detail: problem })}
    </div>
  );
}
