// Undo, redo, the optional reason for the next edit, and the history panel toggle.
import { useI18n } from '../i18n/I18nContext';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  reason: string;
  onReason: (reason: string) => void;
  historyOpen: boolean;
  onToggleHistory: () => void;
}

export function EditTools(p: Props) {
  const { t } = useI18n();
  return (
    <div className="edit-tools">
      <div className="button-row">
        <button
          type="button"
          data-testid="undo"
          aria-label={t('rankings.undo')}
          title={t('rankings.undoHint')}
          aria-keyshortcuts="Control+Z"
          disabled={!p.canUndo}
          onClick={p.onUndo}
        >
          ↶ {t('rankings.undo')}
        </button>
        <button
          type="button"
          data-testid="redo"
          aria-label={t('rankings.redo')}
          title={t('rankings.redoHint')}
          aria-keyshortcuts="Control+Y Control+Shift+Z"
          disabled={!p.canRedo}
          onClick={p.onRedo}
        >
          ↷ {t('rankings.redo')}
        </button>
      </div>
      <label className="reason-field">
        <span className="visually-hidden">{t('rankings.reason')}</span>
        <input
          type="text"
          aria-label={t('rankings.reason')}
          data-testid="edit-reason"
          placeholder={t('rankings.reason')}
          title={t('rankings.reasonPlaceholder')}
          maxLength={2000}
          value={p.reason}
          onChange={(e) => p.onReason(e.target.value)}
        />
      </label>
      <button
        type="button"
        data-testid="history-toggle"
        aria-pressed={p.historyOpen}
        title={t('rankings.historyHint')}
        onClick={p.onToggleHistory}
      >
        {t('rankings.history')}
      </button>
    </div>
  );
}
