// An import failure as the analyst should read it. Unreadable files carry the reader's own
// sentence in both languages (details.messageVi beside the English message); everything else
// goes through the app's usual error translation.
import type { Language } from '../../../../shared/domain';
import { translate } from '../../../../shared/i18n';
import { ApiError } from '../../api/unwrap';
import { errorText } from '../../i18n/errorText';

export function importErrorText(lang: Language, err: unknown): string {
  if (err instanceof ApiError && err.shape.code === 'IMPORT_UNREADABLE') {
    const d = err.shape.details;
    const vi =
      d && typeof d === 'object' && 'messageVi' in d && typeof d.messageVi === 'string' ? d.messageVi : null;
    return lang === 'vi' && vi ? vi : err.shape.message;
  }
  // (main closed the session: the app restored a backup, or the worker ended)
  if (err instanceof ApiError && err.shape.code === 'NOT_FOUND' && /^Import session /.test(err.shape.message))
    return translate(lang, 'imports.sessionGone');
  return errorText(lang, err);
}
