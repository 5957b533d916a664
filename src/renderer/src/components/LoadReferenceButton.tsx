// "Load published reference data": one click, then every page reloads its data.
import { useState } from 'react';
import { formatNumber } from '../../../shared/format';
import { unwrap } from '../api/unwrap';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { useSession } from '../session/SessionContext';
import { Notice, type NoticeValue } from './Notice';

export function LoadReferenceButton({ onLoaded, primary }: { onLoaded?: () => void; primary?: boolean }) {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  const load = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const r = await unwrap(window.api.referenceLoad({}));
      const text = r.alreadyLoaded
        ? t('reference.alreadyLoaded')
        : t('reference.loaded', {
            observations: formatNumber(r.observations, lang, 0),
            batches: formatNumber(r.batches, lang, 0),
          });
      await refresh();
      setNotice({ kind: 'info', text });
      onLoaded?.();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(lang, e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="load-reference">
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        data-testid="load-reference"
        aria-busy={busy}
        disabled={busy}
        onClick={() => void load()}
      >
        {busy ? t('common.working') : t('reference.load')}
      </button>
      <Notice notice={notice} testId="load-reference-result" />
    </div>
  );
}
