// "Lịch sử nhập": every import batch with its file, sheet, reader, counts and state, and an exact
// undo per batch (after a confirmation). The published reference data cannot be undone.
// Undo is said in values (a score and a rank are two), as the import counted them, and the parts
// add up to the import's count; values a later import wrote the same stay, and the text says so.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDateTime, formatNumber } from '../../../../shared/format';
import { countKey } from '../../../../shared/i18n';
import type { ImportBatchInfo, UndoValues } from '../../../../shared/importSession';
import { ApiError, unwrap } from '../../api/unwrap';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice, type NoticeValue } from '../../components/Notice';
import { useI18n } from '../../i18n/I18nContext';
import { errorText } from '../../i18n/errorText';
import { useSession } from '../../session/SessionContext';
import { formatBytes, readerLabel } from './format';
import { undoSummary } from './undoText';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
/** What an undone import's undo did, in values (counts.undo), when the batch has it whole. */
function undoValuesOf(b: ImportBatchInfo): UndoValues | null {
  const v: Partial<UndoValues> | undefined = b.counts?.undo;
  if (!v || !isCount(v.restored) || !isCount(v.removed) || !Array.isArray(v.keptBy)) return null;
  if (!v.keptBy.every((k) => isCount(k?.id) && isCount(k?.values))) return null;
  return { restored: v.restored, removed: v.removed, keptBy: v.keptBy };
}

export function ImportHistory({ version }: { version: number }) {
  const { t, lang } = useI18n();
  const { refresh, dataVersion } = useSession();
  const [batches, setBatches] = useState<ImportBatchInfo[] | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  // An undo's result is kept as numbers and worded at render time, so it follows the language.
  // The import just undone: its result is said once the reloaded list has it (counts.undo).
  const [undone, setUndone] = useState<number | null>(null);
  // The newest import when the undo was done: a newer one in the list makes the notice old news
  // (round 75: "Import #4 undone" stayed above imports #8–#10).
  const [newestAtUndo, setNewestAtUndo] = useState<number | null>(null);
  const newest = batches?.reduce((m, b) => Math.max(m, b.id), 0) ?? null;
  const [confirming, setConfirming] = useState<ImportBatchInfo | null>(null);
  const [busy, setBusy] = useState(false);
  // The undo button goes with the undo: focus moves to the result, not to the page's <body>.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (undone !== null) resultRef.current?.focus();
  }, [undone]);
  // (a refused undo too: its reason, not the page's <body>)
  useEffect(() => {
    if (notice?.kind === 'error') resultRef.current?.focus();
  }, [notice]);

  // (a failed load said in the language shown, not a reason to load again)
  const load = useCallback(() => {
    unwrap(window.api.importsHistory({}))
      .then((list) => setBatches(list))
      .catch((e: unknown) => {
        setBatches([]);
        setNotice({ kind: 'error', text: (_, l) => errorText(l, e) });
      });
  }, []);
  // Reloaded when shown, after an import (version) and when data changed elsewhere (restore).
  useEffect(load, [load, version, dataVersion]);

  // An undo that would be refused says why before any confirmation (round 76: the dialog promised
  // what the undo then refused).
  const askUndo = async (b: ImportBatchInfo) => {
    setNotice(null);
    try {
      const { blocked } = await unwrap(window.api.importsUndoCheck({ batchId: b.id }));
      if (blocked) {
        const why = new ApiError(blocked);
        setNotice({ kind: 'error', text: (_, l) => errorText(l, why) });
      } else setConfirming(b);
    } catch (e) {
      setNotice({ kind: 'error', text: (_, l) => errorText(l, e) });
    }
  };

  const undo = async (b: ImportBatchInfo) => {
    setConfirming(null);
    setBusy(true);
    setNotice(null);
    setUndone(null);
    try {
      await unwrap(window.api.importsUndo({ batchId: b.id }));
      setUndone(b.id);
      setNewestAtUndo(newest);
      // refresh() bumps dataVersion, which reloads the list above.
      await refresh();
    } catch (e) {
      setNotice({ kind: 'error', text: (_, l) => errorText(l, e) });
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

  const observationsOf = (b: ImportBatchInfo): number =>
    b.counts && b.counts.new !== undefined ? (b.counts.observations ?? b.observations) : b.observations;
  // "81 giá trị (69 mới, 0 thay đổi, 12 không đổi)": each phrase read whole, a line may end only between them.
  const countsOf = (b: ImportBatchInfo) => (
    <>
      <span className="nowrap">
        {/* (one in the singular: round 76) */}
        {t(countKey('imports.history.observations', observationsOf(b)), {
          n: formatNumber(observationsOf(b), lang, 0),
        })}
      </span>{' '}
      {b.counts && b.counts.new !== undefined && (
        <>
          (
          <span className="nowrap">
            {t('imports.history.countNew', { n: formatNumber(b.counts.new, lang, 0) })}
          </span>
          ,{' '}
          <span className="nowrap">
            {t('imports.history.countChanged', { n: formatNumber(b.counts.changed ?? 0, lang, 0) })}
          </span>
          {/* (the unchanged too, so the parts add up to the values: round 76) */}
          {isCount(b.counts.unchanged) && b.counts.unchanged > 0 && (
            <>
              ,{' '}
              <span className="nowrap">
                {t('imports.history.countUnchanged', { n: formatNumber(b.counts.unchanged, lang, 0) })}
              </span>
            </>
          )}
          )
        </>
      )}
    </>
  );

  const undoneText = (id: number): string | null => {
    const b = batches?.find((x) => x.id === id);
    // not yet reloaded: said when it is (a row beyond the list's end: said plainly)
    if (b && !b.undoneAt) return null;
    const v = b ? undoValuesOf(b) : null;
    if (!b || !v) return t('imports.history.undoDonePlain', { id });
    const total = isCount(b.counts?.observations) ? b.counts.observations : null;
    return undoSummary(lang, b.id, total, v);
  };

  const undoneNotice =
    undone !== null && !(newest !== null && newestAtUndo !== null && newest > newestAtUndo)
      ? undoneText(undone)
      : null;

  const confirmBody = (b: ImportBatchInfo): string => {
    const kept = b.keptBy ?? [];
    if (kept.length === 0) return t('imports.history.undoBody', { file: fileOf(b) });
    return t('imports.history.undoBodyKept', {
      file: fileOf(b),
      n: formatNumber(
        kept.reduce((a, k) => a + k.values, 0),
        lang,
        0,
      ),
      later: kept.map((k) => `#${k.id}`).join(', '),
    });
  };

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
      <div ref={resultRef} tabIndex={-1} className="history-result" data-testid="import-history-result">
        <Notice
          notice={notice ?? (undoneNotice !== null ? { kind: 'info', text: undoneNotice } : null)}
          testId="import-history-notice"
        />
      </div>
      {batches !== null && batches.length === 0 && <p className="muted">{t('imports.history.empty')}</p>}
      {batches !== null && batches.length > 0 && (
        <div className="history-scroll">
          {/* Fixed column widths: the table does not reflow when an undo takes its button away. */}
          <table className="history-table">
            <colgroup>
              <col className="col-id" />
              <col className="col-time" />
              <col className="col-file" />
              <col className="col-sheet" />
              <col className="col-target" />
              <col className="col-counts" />
              <col className="col-state" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('imports.history.col.id')}</th>
                <th scope="col">{t('imports.history.col.time')}</th>
                <th scope="col">{t('imports.history.col.file')}</th>
                <th scope="col">{t('imports.history.col.sheet')}</th>
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
                  <td>{formatDateTime(b.createdAt, lang)}</td>
                  <td className="history-file">
                    {/* one line, never broken at a hyphen; a long name ends in … with the whole in its title */}
                    <span className="history-file-name" title={fileOf(b)}>
                      {fileOf(b)}
                    </span>
                    {/* its size and format under it: the file's own column keeps the width for its name */}
                    <span className="muted history-file-meta" title={b.reader ?? undefined}>
                      {b.fileSize !== null && b.kind === 'file' && (
                        <>
                          <span className="nowrap">{formatBytes(b.fileSize, lang, t)}</span>
                          {' · '}
                        </>
                      )}
                      {/* (a pasted table is named so already: "Bảng đã dán / Bảng đã dán" said nothing more) */}
                      {readerLabel(b.reader, t) !== fileOf(b) ? readerLabel(b.reader, t) : null}
                    </span>
                  </td>
                  <td className="history-sheet" title={b.sheet ?? undefined}>
                    {b.sheet ?? '—'}
                  </td>
                  <td className="nowrap">
                    {b.year !== null ? `${b.year}${b.group ? ` / ${b.group}` : ''}` : '—'}
                  </td>
                  <td>{countsOf(b)}</td>
                  <td data-testid={`import-state-${b.id}`}>{stateOf(b)}</td>
                  <td>
                    {b.kind !== 'reference' && !b.undoneAt ? (
                      <button
                        type="button"
                        data-testid={`import-undo-${b.id}`}
                        aria-label={t('imports.history.undoLabel', { id: b.id })}
                        disabled={busy}
                        onClick={() => void askUndo(b)}
                      >
                        {t('imports.history.undo')}
                      </button>
                    ) : (
                      <span className="muted" aria-hidden="true">
                        {t('imports.history.noAction')}
                      </span>
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
        body={confirming ? confirmBody(confirming) : ''}
        confirmLabel={t('imports.history.undoConfirm')}
        onConfirm={() => confirming && void undo(confirming)}
        onCancel={() => setConfirming(null)}
        testId="import-undo-confirm"
      />
    </section>
  );
}
