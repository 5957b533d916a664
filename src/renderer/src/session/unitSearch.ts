// Searching and labelling units in the province pickers. Analysts type without diacritics
// ("binh phuoc", "hue", "tp hcm"), so matching folds case, tone marks and đ, and also tries
// the unit's aliases and its prefix-free key.
import type { Unit } from '../../../shared/domain';
import { compactKey, stripDiacritics } from '../../../shared/unitNames';
import type { Translate } from '../i18n/I18nContext';

export const fold = (s: string): string =>
  stripDiacritics(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();

/** "Bình Phước (trước 01/07/2025)" for a former unit, the plain name for a current one. */
export function unitLabel(unit: Pick<Unit, 'name' | 'codeList'>, t: Translate): string {
  return unit.codeList === 'gso2004' ? `${unit.name} ${t('unit.formerSuffix')}` : unit.name;
}

export function unitMatches(unit: Unit, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  const compactQ = q.replace(/\s/g, '');
  const names = [unit.name, unit.nameAscii, ...unit.aliases];
  return names.some((n) => fold(n).includes(q) || (compactQ.length > 1 && compactKey(n).includes(compactQ)));
}

/**
 * A unit of the 34 found by the name of a unit it was formed from too ("binh phuoc" finds Đồng
 * Nai, "vung tau" Hồ Chí Minh: round 76 found nothing in a question of the 34); `former` are the
 * 63 by code.
 */
export function unitOrFormerMatches(unit: Unit, query: string, former: ReadonlyMap<string, Unit>): boolean {
  if (unitMatches(unit, query)) return true;
  if (unit.codeList !== '2025' || !fold(query)) return false;
  return unit.predecessorCodes.some((code) => {
    const p = former.get(code);
    return p !== undefined && unitMatches(p, query);
  });
}

/** Current units first (the list people choose from today), then the former 63, each by name. */
export function orderUnitsForPicker(units: readonly Unit[]): Unit[] {
  const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'vi');
  return [
    ...units.filter((u) => u.codeList === '2025').sort(byName),
    ...units.filter((u) => u.codeList === 'gso2004').sort(byName),
  ];
}
