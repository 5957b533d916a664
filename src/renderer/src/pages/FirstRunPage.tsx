// First run: which province does this analyst work for, then which data to start with.
import { useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LoadReferenceButton } from '../components/LoadReferenceButton';
import { Notice, type NoticeValue } from '../components/Notice';
import { UnitSelect } from '../components/UnitSelect';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { useSession } from '../session/SessionContext';
import { unitLabel } from '../session/unitSearch';

export function FirstRunPage({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { units, settings, info, updateSettings } = useSession();
  const [unitId, setUnitId] = useState<number | null>(settings.homeUnitId);
  const [step, setStep] = useState<'province' | 'data'>('province');
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = units.find((u) => u.id === unitId);

  const save = async () => {
    if (unitId == null) return;
    setSaving(true);
    setNotice(null);
    try {
      await updateSettings({ homeUnitId: unitId });
      setStep('data');
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(lang, e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="welcome">
      <div className="welcome-card" role="region" aria-labelledby="welcome-title">
        <div className="welcome-top">
          <span className="nav-logo" aria-hidden="true">
            DTI
          </span>
          <LanguageSwitch />
        </div>
        <h1 id="welcome-title">{t('welcome.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>

        {step === 'province' ? (
          <form
            className="welcome-step"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h2 id="welcome-question">{t('welcome.question')}</h2>
            <p className="muted">{t('welcome.hint')}</p>
            <UnitSelect
              units={units}
              value={unitId}
              onChange={setUnitId}
              label={t('welcome.question')}
              testId="home-unit-select"
            />
            <div className="welcome-actions">
              <button
                type="submit"
                className="primary"
                data-testid="home-unit-save"
                disabled={unitId == null || saving}
                aria-busy={saving}
              >
                {t('welcome.save')}
              </button>
            </div>
            <Notice notice={notice} />
          </form>
        ) : (
          <div className="welcome-step">
            {chosen && (
              <p className="welcome-chosen">{t('unitSelect.chosen', { name: unitLabel(chosen, t) })}</p>
            )}
            <h2>{t('welcome.dataQuestion')}</h2>
            <p className="muted">{t('welcome.dataHint')}</p>
            <div className="welcome-actions">
              {info.referenceLoaded ? (
                <>
                  <p>{t('reference.alreadyLoaded')}</p>
                  <button type="button" className="primary" data-testid="welcome-continue" onClick={onDone}>
                    {t('welcome.continue')}
                  </button>
                </>
              ) : (
                <>
                  <LoadReferenceButton primary onLoaded={onDone} />
                  <button type="button" data-testid="start-empty" onClick={onDone}>
                    {t('welcome.startEmpty')}
                  </button>
                </>
              )}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
