// What an undo did, as the history says it: in values (a score and a rank are two), the parts
// adding up to the import's count — new values removed, values back to what they were, values a
// later import wrote the same and keeps, values it left unchanged. One value in the singular
// ("1 new value removed": round 75 said "1 new values removed"). Pure, so it is tested without a DOM.
import { formatNumber } from '../../../../shared/format';
import type { Language } from '../../../../shared/domain';
import { countKey, translate } from '../../../../shared/i18n';
import type { UndoValues } from '../../../../shared/importSession';

export function undoSummary(lang: Language, id: number, total: number | null, v: UndoValues): string {
  const n = (x: number) => formatNumber(x, lang, 0);
  const parts: string[] = [];
  const say = (key: 'Removed' | 'Restored' | 'Kept' | 'Unchanged', x: number, later?: number) =>
    parts.push(
      translate(lang, countKey(`imports.history.undo${key}`, x), {
        n: n(x),
        ...(later !== undefined ? { later } : {}),
      }),
    );
  if (v.removed > 0) say('Removed', v.removed);
  if (v.restored > 0) say('Restored', v.restored);
  for (const k of v.keptBy) say('Kept', k.values, k.id);
  // The rest of the import's values were the same before it: undo leaves them as they are.
  const rest =
    total === null ? 0 : total - v.removed - v.restored - v.keptBy.reduce((a, k) => a + k.values, 0);
  if (rest > 0) say('Unchanged', rest);
  if (parts.length === 0) parts.push(translate(lang, 'imports.history.undoNothing'));
  return total !== null && rest >= 0
    ? translate(lang, countKey('imports.history.undoDone', total), {
        id,
        n: n(total),
        parts: parts.join(', '),
      })
    : translate(lang, 'imports.history.undoDoneNoTotal', { id, parts: parts.join(', ') });
}
