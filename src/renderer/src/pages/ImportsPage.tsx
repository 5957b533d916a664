// Imports: the wizard (file or paste → sheet → mapping → reading → unit questions → preview →
// commit) and the import history with undo. A file dropped anywhere on the window comes here (the
// frame catches it: AppFrame.tsx). The parts live in ./imports.
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nContext';
import { ImportHistory } from './imports/ImportHistory';
import { ImportWizard } from './imports/ImportWizard';
import { formatBytes } from './imports/format';
import { useImportWizard } from './imports/useImportWizard';
import './imports/imports.css';

/**
 * Largest file accepted by drop (its bytes cross IPC); larger ones go through "Chọn tệp…", which
 * sends a path. Same value as MAX_DROPPED_BYTES in src/shared/contract.ts, which the renderer
 * does not import (it would bundle zod).
 */
const MAX_DROPPED_BYTES = 256 * 1024 * 1024;

type Tab = 'wizard' | 'history';

/** Files dropped on the window; `id` tells one drop from the next. */
export interface DroppedFiles {
  files: File[];
  id: number;
}

/**
 * `active`: the page is the one shown (it stays mounted behind the others, see AppFrame);
 * `dropped`: the last files dropped on the window, taken once each; `dragActive`: files are being
 * dragged over the window.
 */
export function ImportsPage({
  active = true,
  dropped = null,
  dragActive = false,
  onDropTaken,
}: {
  active?: boolean;
  dropped?: DroppedFiles | null;
  dragActive?: boolean;
  /** The drop `id` is taken: not to be taken again by a page made anew. */
  onDropTaken?: (id: number) => void;
}) {
  const { t, lang } = useI18n();
  const wizard = useImportWizard();
  const [tab, setTab] = useState<Tab>('wizard');
  const [historyVersion, setHistoryVersion] = useState(0);
  // Back from another page: the history may have changed there (an edit blocks an undo).
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setHistoryVersion((v) => v + 1);
  }
  // A file dropped while a file is being read or written would pull the rug from under it.
  const canDrop = !wizard.state.busy && wizard.state.step !== 'reading';

  // A file dropped while a mapping or answers are in progress, waiting for the analyst's yes.
  const [replacing, setReplacing] = useState<File[] | null>(null);
  const takeDrop = async (files: File[], confirmed = false) => {
    const file = files[0]!;
    setTab('wizard');
    if (!canDrop) {
      wizard.report('alert', 'imports.source.busyDrop', { name: file.name });
      return;
    }
    // Answers and a mapping in progress are lost with a new file: only after asking — in the
    // app's own dialog, over the wizard it replaces (round 74: the browser's confirm came up over
    // the history, before the wizard was back in view).
    const inProgress = ['mapping', 'questions', 'preview'].includes(wizard.state.step);
    if (inProgress && !confirmed) {
      setReplacing(files);
      return;
    }
    if (file.size > MAX_DROPPED_BYTES) {
      wizard.report('alert', 'imports.source.tooLarge', {
        name: file.name,
        size: formatBytes(file.size, lang, t),
      });
      return;
    }
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      await wizard.openSource(
        { kind: 'bytes', name: file.name, data },
        file.name,
        files.length > 1
          ? {
              kind: 'info',
              key: 'imports.source.manyFiles',
              params: {
                name: file.name,
                others: files
                  .slice(1)
                  .map((f) => f.name)
                  .join(', '),
              },
            }
          : null,
      );
    } catch (err) {
      wizard.reportError(err);
    }
  };
  // Each drop once (this page may mount after the drop that opened it); a drop taken is said so,
  // so that the page made anew after a restore does not open it again (round 76, a flaky e2e).
  const taken = useRef(0);
  useEffect(() => {
    if (!dropped || dropped.id === taken.current || dropped.files.length === 0) return;
    taken.current = dropped.id;
    onDropTaken?.(dropped.id);
    void takeDrop(dropped.files);
  });

  const openTab = (next: Tab) => {
    setTab(next);
    if (next === 'history') setHistoryVersion((v) => v + 1);
    // "Nhập tệp mới" after an import is done starts the next one (one in progress is kept: its
    // mapping and answers are the analyst's work)
    if (next === 'wizard' && wizard.state.step === 'done') wizard.reset();
  };

  return (
    <section
      className={`page imports-page${dragActive ? ' is-dragging' : ''}`}
      aria-labelledby="imports-title"
      data-testid="page-imports"
    >
      <div className="page-head">
        <h1 id="imports-title">{t('imports.title')}</h1>
        <div className="tabs" role="tablist" aria-label={t('imports.tabsLabel')}>
          {(['wizard', 'history'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`imports-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`imports-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              data-testid={`imports-tab-${id}`}
              onClick={() => openTab(id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  const other = id === 'wizard' ? 'history' : 'wizard';
                  openTab(other);
                  document.getElementById(`imports-tab-${other}`)?.focus();
                }
              }}
            >
              {t(id === 'wizard' ? 'imports.tabWizard' : 'imports.tabHistory')}
            </button>
          ))}
        </div>
      </div>
      {/* Both panels stay mounted: a look at the history keeps the wizard where it was. */}
      <div
        role="tabpanel"
        id="imports-panel-wizard"
        aria-labelledby="imports-tab-wizard"
        hidden={tab !== 'wizard'}
      >
        <ImportWizard wizard={wizard} dragActive={dragActive} />
      </div>
      <div
        role="tabpanel"
        id="imports-panel-history"
        aria-labelledby="imports-tab-history"
        hidden={tab !== 'history'}
      >
        <ImportHistory version={historyVersion} />
      </div>
      <ConfirmDialog
        open={replacing !== null}
        title={t('imports.source.replaceTitle')}
        body={replacing ? t('imports.source.replaceConfirm', { name: replacing[0]!.name }) : ''}
        confirmLabel={t('imports.source.replaceYes')}
        onConfirm={() => {
          const files = replacing!;
          setReplacing(null);
          void takeDrop(files, true);
        }}
        onCancel={() => setReplacing(null)}
        testId="replace-import-dialog"
      />
    </section>
  );
}
