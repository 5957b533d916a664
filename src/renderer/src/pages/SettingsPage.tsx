// Settings: home province, language, where the data lives, backup/restore, reference data, the
// unit names answered in imports.
import { useEffect, useState, type ReactNode } from 'react';
import type { RememberedName } from '../../../shared/contract';
import type { Language } from '../../../shared/domain';
import { formatDateTime } from '../../../shared/format';
import { ApiError, unwrap } from '../api/unwrap';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LoadReferenceButton } from '../components/LoadReferenceButton';
import { Notice, type NoticeValue } from '../components/Notice';
import { UnitSelect } from '../components/UnitSelect';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { undoStack } from '../rankings/undoStack';
import { useSession } from '../session/SessionContext';
import { unitLabel } from '../session/unitSearch';

function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`} data-testid={`settings-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Runs an action and turns its outcome into a notice; a cancelled file dialog says nothing. */
function useAction() {
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      const text = await action();
      if (text) setNotice({ kind: 'info', text });
    } catch (e) {
      if (!(e instanceof ApiError && e.shape.code === 'CANCELLED'))
        setNotice({ kind: 'error', text: errorText(lang, e) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, run };
}

function HomeUnitSection() {
  const { t } = useI18n();
  const { units, settings, updateSettings } = useSession();
  const [unitId, setUnitId] = useState(settings.homeUnitId);
  const { busy, notice, run } = useAction();
  const save = () =>
    run(async () => {
      if (unitId == null) return null;
      await updateSettings({ homeUnitId: unitId });
      const unit = units.find((u) => u.id === unitId);
      return unit ? t('settings.homeSaved', { name: unitLabel(unit, t) }) : null;
    });
  return (
    <SettingsSection id="home" title={t('settings.homeSection')}>
      <div className="inline-form">
        <UnitSelect
          units={units}
          value={unitId}
          onChange={setUnitId}
          label={t('settings.homeSection')}
          testId="settings-home-unit"
        />
        <button
          type="button"
          className="primary"
          data-testid="settings-home-save"
          disabled={busy || unitId == null || unitId === settings.homeUnitId}
          onClick={() => void save()}
        >
          {t('settings.homeSave')}
        </button>
      </div>
      <Notice notice={notice} />
    </SettingsSection>
  );
}

function LanguageSection() {
  const { t, lang, setLang } = useI18n();
  return (
    <SettingsSection id="language" title={t('settings.languageSection')}>
      <select
        aria-label={t('settings.languageSection')}
        data-testid="settings-language"
        value={lang}
        onChange={(e) => setLang(e.target.value as Language)}
      >
        <option value="vi" lang="vi">
          {t('lang.vi')}
        </option>
        <option value="en" lang="en">
          {t('lang.en')}
        </option>
      </select>
    </SettingsSection>
  );
}

function DataFolderSection() {
  const { t } = useI18n();
  const { info } = useSession();
  const { busy, notice, run } = useAction();
  return (
    <SettingsSection id="data" title={t('settings.dataSection')}>
      <p className="path" data-testid="data-dir">
        {info.dataDir}
      </p>
      <p className="muted">{t('settings.dbFile', { path: info.dbPath })}</p>
      <p className="muted">{t('settings.version', { version: info.version, schema: info.schemaVersion })}</p>
      <button
        type="button"
        data-testid="open-data-folder"
        disabled={busy}
        onClick={() =>
          void run(async () =>
            t('settings.openedFolder', { path: (await unwrap(window.api.dataOpenFolder({}))).path }),
          )
        }
      >
        {t('settings.openFolder')}
      </button>
      <Notice notice={notice} />
    </SettingsSection>
  );
}

function BackupSection() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const backup = useAction();
  const restore = useAction();
  const [confirming, setConfirming] = useState(false);

  const doRestore = () => {
    setConfirming(false);
    void restore.run(async () => {
      const r = await unwrap(window.api.backupRestore({}));
      if (!r.restoredFrom) return null; // the analyst closed the file dialog
      // Change ids belong to the database they were made in: the session's undo stack is void now.
      undoStack.clear();
      // (an import in progress on the Imports page was read against the old file: it starts over)
      await refresh({ replaced: true });
      return t('settings.restoreDone', { path: r.restoredFrom, safety: r.safetyBackup ?? '—' });
    });
  };

  return (
    <SettingsSection id="backup" title={t('settings.backupSection')}>
      <div className="button-row">
        <button
          type="button"
          data-testid="backup-now"
          disabled={backup.busy}
          onClick={() =>
            void backup.run(async () => {
              const { path } = await unwrap(window.api.backupCreate({}));
              return path ? t('settings.backupDone', { path }) : null;
            })
          }
        >
          {t('settings.backupNow')}
        </button>
        <button
          type="button"
          data-testid="restore-backup"
          disabled={restore.busy}
          onClick={() => setConfirming(true)}
        >
          {t('settings.restore')}
        </button>
      </div>
      <Notice notice={backup.notice} testId="backup-result" />
      <Notice notice={restore.notice} testId="restore-result" />
      <ConfirmDialog
        open={confirming}
        title={t('settings.restoreTitle')}
        body={t('settings.restoreBody')}
        confirmLabel={t('settings.restoreConfirm')}
        onConfirm={doRestore}
        onCancel={() => setConfirming(false)}
        testId="restore-confirm"
      />
    </SettingsSection>
  );
}

function ReferenceSection() {
  const { t } = useI18n();
  const { info } = useSession();
  return (
    <SettingsSection id="reference" title={t('settings.referenceSection')}>
      <p className="muted">{t('settings.referenceHint')}</p>
      <p data-testid="reference-state">
        {info.referenceLoaded ? t('settings.referenceLoadedState') : t('settings.referenceNotLoadedState')}
      </p>
      <LoadReferenceButton />
    </SettingsSection>
  );
}

/**
 * The unit names the analyst answered in imports ("Bình Phướcc" → Bình Phước), each forgettable:
 * a slip of an answer would otherwise put every later file with that spelling on the wrong unit.
 */
function RememberedNamesSection() {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [names, setNames] = useState<RememberedName[] | null>(null);
  const { busy, notice, run } = useAction();
  const load = () =>
    run(async () => {
      setNames(await unwrap(window.api.unitsRememberedNames({})));
      return null;
    });
  useEffect(() => {
    void load();
  }, []);
  const forget = (n: RememberedName) =>
    run(async () => {
      await unwrap(window.api.unitsForgetName({ id: n.id }));
      setNames(await unwrap(window.api.unitsRememberedNames({})));
      // (the unit pickers search names by their aliases too: a forgotten one must not lead there)
      await refresh();
      return t('settings.namesForgotten', { alias: n.alias });
    });
  return (
    <SettingsSection id="names" title={t('settings.namesSection')}>
      <p className="muted">{t('settings.namesHint')}</p>
      {names !== null && names.length === 0 ? (
        <p data-testid="remembered-names-empty">{t('settings.namesNone')}</p>
      ) : null}
      {names !== null && names.length > 0 ? (
        <table className="remembered-names" data-testid="remembered-names">
          <thead>
            <tr>
              <th scope="col">{t('settings.namesAlias')}</th>
              <th scope="col">{t('settings.namesUnit')}</th>
              <th scope="col">{t('settings.namesSince')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.namesForget')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map((n) => (
              <tr key={n.id}>
                <td>“{n.alias}”</td>
                <td>{unitLabel({ name: n.unitName, codeList: n.codeList }, t)}</td>
                <td>
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    data-testid={`forget-name-${n.id}`}
                    aria-label={t('settings.namesForgetOne', { alias: n.alias })}
                    onClick={() => void forget(n)}
                  >
                    {t('settings.namesForget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Notice notice={notice} testId="remembered-names-result" />
    </SettingsSection>
  );
}

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="settings-grid">
        <HomeUnitSection />
        <LanguageSection />
        <DataFolderSection />
        <BackupSection />
        <ReferenceSection />
        <RememberedNamesSection />
      </div>
    </section>
  );
}
