// Step 1: where the table comes from — the open dialog, a file dropped on the page (the whole
// Imports page is a drop target; this zone shows it), or a table pasted from Excel or a web page.
import type { ClipboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { StepHeading } from './StepHeading';
import type { ImportWizard } from './useImportWizard';

export function SourceStep({ wizard, dragActive }: { wizard: ImportWizard; dragActive: boolean }) {
  const { t } = useI18n();
  const { busy, opening } = wizard.state;

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // A table copied from a web page or Excel carries HTML with its cells; plain text otherwise.
    const html = e.clipboardData.getData('text/html');
    const text = html.trim() ? html : e.clipboardData.getData('text/plain');
    e.preventDefault();
    if (text.trim()) void wizard.openSource({ kind: 'paste', text }, t('imports.format.paste'));
  };

  return (
    <div className="import-step" data-testid="import-step-source">
      <StepHeading>{t('imports.source.title')}</StepHeading>
      <p className="muted">{t('imports.source.hint')}</p>
      <div className="import-sources">
        <div
          className={`drop-zone${dragActive ? ' is-active' : ''}`}
          role="group"
          aria-label={t('imports.source.dropLabel')}
          data-testid="import-drop-zone"
        >
          <span className="drop-icon" aria-hidden="true">
            ⇩
          </span>
          <p>{dragActive ? t('imports.source.dropActive') : t('imports.source.drop')}</p>
          <button
            type="button"
            className="primary"
            data-testid="import-choose-file"
            disabled={busy}
            onClick={() => void wizard.chooseFile()}
          >
            {t('imports.source.choose')}
          </button>
        </div>
        <label className="paste-zone">
          <span className="paste-title">{t('imports.source.paste')}</span>
          <textarea
            data-testid="import-paste"
            placeholder={t('imports.source.pastePlaceholder')}
            aria-describedby="import-paste-hint"
            rows={5}
            disabled={busy}
            value=""
            onChange={() => undefined}
            onPaste={onPaste}
          />
          <span id="import-paste-hint" className="muted">
            {t('imports.source.pasteHint')}
          </span>
        </label>
      </div>
      {opening && (
        <p className="muted" role="status">
          {t('imports.source.opening', { name: opening })}
        </p>
      )}
    </div>
  );
}
