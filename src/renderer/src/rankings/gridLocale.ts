// AG Grid's own texts (filter menus, "no rows", aria labels) in the interface language, plus the
// vi-VN separators its number filter uses to read what the analyst types.
import type { Language } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n';
import type { Translate } from '../i18n/I18nContext';

const GRID_KEYS = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
  'lessThan',
  'greaterThan',
  'lessThanOrEqual',
  'greaterThanOrEqual',
  'inRange',
  'inRangeStart',
  'inRangeEnd',
  'filterOoo',
  'andCondition',
  'orCondition',
  'noRowsToShow',
  'loadingOoo',
  'ariaFilterInput',
  'ariaFilterValue',
  'ariaFilterFromValue',
  'ariaFilterToValue',
  'ariaFilteringOperator',
  'ariaFilterMenuOpen',
  'ariaColumnFiltered',
  'ariaSortableColumn',
  'ariaMenuColumn',
  // (the cell editor's label: "Input Editor" in the Vietnamese grid, round 77)
  'ariaInputEditor',
] as const;

export function gridLocaleText(t: Translate, lang: Language): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(
    GRID_KEYS.map((k) => [k, t(`grid.${k}` as MessageKey)]),
  );
  out.decimalSeparator = lang === 'vi' ? ',' : '.';
  out.thousandSeparator = lang === 'vi' ? '.' : ',';
  return out;
}
