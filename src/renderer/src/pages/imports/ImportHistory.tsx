// "Lịch sử nhập": every import batch with its file, sheet, reader, counts and state, and an exact
// undo per batch (after a confirmation). The published reference data cannot be undone.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import type { ImportBatchInfo } from '../../../../shared/importSession';
import { unwrap } from '../../api/unwrap';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice, type NoticeValue } from '../../components/Notice';
import { useI18n } from '../../i18n/I18nContext';
import { errorText } from '../../i18n/errorText';
import { useSession } from '../../session/SessionContext';
import { formatBytes, readerLabel } from './format';

export function ImportHistory({ version }: { version: number }) {
  const { t, lang } = useI18n();
  const { refresh, dataVersion } = useSession();
  const [batches, setBatches] = useState<ImportBatchInfo[] | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  // An undo's result is kept as numbers and worded at render time, so it follows the language.
  const [undone, setUndone] = useState<{ id: number; restored: number; removed: number } | null>(null);
  const [confirming, setConfirming] = useState<ImportBatchInfo | null>(null);
  const [busy, setBusy] = useState(false);

  // The language is read when a load fails, not a reason to load again.
  const langRef = useRef(lang);
  langRef.current = lang;
  const load = useCallback(() => {
    unwrap(window.api.importsHistory({}))
      .then(setBatches)
      .catch((e: unknown) => {
        setBatches([]);
        setNotice({ kind: 'error', text: errorText(langRef.current, e) });
      });
  }, []);
  // Reloaded when shown, after an import (version) and when data changed elsewhere (restore).
  useEffect(load, [load, version, dataVersion]);

  const undo = async (b: ImportBatchInfo) => {
    setConfirming(null);
    setBusy(true);
    setNotice(null);
    setUndone(null);
    try {
      const r = await unwrap(window.api.importsUndo({ batchId: b.id }));
      setUndone({ id: b.id, restored: r.restored, removed: r.removed });
      // refresh() bumps dataVersion, which reloads the list above.
      await refresh();
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(lang, e) });
      load();
    } finally {
      setBusy(false);
    }
  };

  const fileOf = (b: ImportBatchInfo) =>
    b.kind === 'reference'
      ? t('imports.history.reference')
      : b.kind === 'paste'
        ? t('imports.history.paste')
        : (b.fileName ?? '—');

  const countsOf = (b: ImportBatchInfo) =>
    b.counts && b.counts.new !== undefined
      ? t('imports.history.counts', {
          observations: formatNumber(b.counts.observations ?? b.observations, lang, 0),
          new: formatNumber(b.counts.new, lang, 0),
          changed: formatNumber(b.counts.changed ?? 0, lang, 0),
        })
      : t('imports.history.observations', { n: formatNumber(b.observations, lang, 0) });

  const stateOf = (b: ImportBatchInfo) =>
    b.kind === 'reference'
      ? t('imports.history.referenceState')
      : b.undoneAt
        ? t('imports.history.undone', { time: formatDateTime(b.undoneAt, lang) })
        : t('imports.history.active');

  return (
    <section className="import-history" aria-labelledby="import-history-title" data-testid="import-history">
      <div className="step-head">
        <h2 id="import-history-title">{t('imports.history.title')}</h2>
        <button type="button" onClick={load} disabled={busy}>
          {t('imports.history.refresh')}
        </button>
      </div>
      <Notice
        notice={
          notice ??
          (undone && {
            kind: 'info',
            text: t('imports.history.undoDone', {
              id: undone.id,
              restored: formatNumber(undone.restored, lang, 0),
              removed: formatNumber(undone.removed, lang, 0),
            }),
          })
        }
        testId="import-history-notice"
      />
      {batches !== null && batches.length === 0 && <p className="muted">{t('imports.history.empty')}</p>}
      {batches !== null && batches.length > 0 && (
        <div className="history-scroll">
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t('imports.history.col.id')}</th>
                <th scope="col">{t('imports.history.col.time')}</th>
                <th scope="col">{t('imports.history.col.file')}</th>
                <th scope="col">{t('imports.history.col.sheet')}</th>
                <th scope="col">{t('imports.history.col.format')}</th>
                <th scope="col">{t('imports.history.col.target')}</th>
                <th scope="col">{t('imports.history.col.counts')}</th>
                <th scope="col">{t('imports.history.col.state')}</th>
                <th scope="col">{t('imports.history.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr
                  key={b.id}
                  className={b.undoneAt ? 'is-undone' : undefined}
                  data-testid={`import-batch-${b.id}`}
                >
                  <td>{b.id}</td>
                  <td className="nowrap">{formatDateTime(b.createdAt, lang)}</td>
                  <td className="history-file">
                    {fileOf(b)}
                    {b.fileSize !== null && b.kind === 'file' && (
                      <span className="muted nowrap"> · {formatBytes(b.fileSize, lang, t)}</span>
                    )}
                  </td>
                  <td>{b.sheet ?? '—'}</td>
                  <td title={b.reader ?? undefined}>{readerLabel(b.reader, t)}</td>
                  <td>{b.year !== null ? `${b.year}${b.group ? ` / ${b.group}` : ''}` : '—'}</td>
                  <td>{countsOf(b)}</td>
                  <td data-testid={`import-state-${b.id}`}>{stateOf(b)}</td>
                  <td>
                    {b.kind !== 'reference' && !b.undoneAt && (
                      <button
                        type="button"
                        data-testid={`import-undo-${b.id}`}
                        aria-label={t('imports.history.undoLabel', { id: b.id })}
                        disabled={busy}
                        onClick={() => setConfirming(b)}
                      >
                        {t('imports.history.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('imports.history.undoTitle', { id: confirming.id }) : ''}
        body={confirming ? t('imports.history.undoBody', { file: fileOf(confirming) }) : ''}
        confirmLabel={t('imports.history.undoConfirm')}
        onConfirm={() => confirming && void undo(confirming)}
        onCancel={() => setConfirming(null)}
        testId="import-undo-confirm"
      />
    </section>
  );
}
