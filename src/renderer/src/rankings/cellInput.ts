// Checks what an analyst typed into a score or rank cell before anything is sent to main, so a
// bad value is refused with a message in their language and the grid keeps the old value.
import type { EditableField } from '../../../shared/domain';
import { parseLocaleNumber } from '../../../shared/format';
import type { MessageKey } from '../../../shared/i18n';
import { isValidRank, isValidScore } from '../../../shared/rank';

export type CellInput =
  | { ok: true; value: number | null }
  | { ok: false; messageKey: MessageKey; params: Record<string, string | number> };

export function parseCellInput(raw: unknown, field: EditableField, rankOf: number): CellInput {
  let value: number | null;
  if (raw == null) value = null;
  else if (typeof raw === 'number') value = raw;
  // In a score cell one "." or "," is the decimal mark: "1.000" is 1.
  else value = parseLocaleNumber(String(raw), { score: field === 'score' });
  if (value === null) return { ok: true, value: null }; // clearing a cell is allowed
  if (Number.isNaN(value))
    return { ok: false, messageKey: 'validation.notANumber', params: { value: String(raw) } };
  if (field === 'score' && !isValidScore(value))
    return { ok: false, messageKey: 'validation.scoreRange', params: {} };
  if (field === 'rank' && !isValidRank(value, rankOf))
    return { ok: false, messageKey: 'validation.rankRange', params: { of: rankOf } };
  return { ok: true, value };
}
