// What keeps the mapping step from reading the whole file: pure, so it is tested without a DOM.
import type { MessageKey } from '../../../../shared/i18n';
import { kpiRanksNeedGroup, needsTableIndicator, needsTablePeriod } from '../../../../shared/imports/fields';
import type { ImportMapping, ImportTarget } from '../../../../shared/importSession';

export const hasUnitColumn = (m: ImportMapping): boolean =>
  m.columns.some((c) => c.mapping.field === 'unit' || c.mapping.field === 'unitCode');

/** Why the mapping cannot be read yet (empty: it can). */
export function mappingProblems(m: ImportMapping, target: ImportTarget): MessageKey[] {
  const out: MessageKey[] = [];
  if (!hasUnitColumn(m) && !target.unitId) out.push('imports.mapping.needUnitColumnOrUnit');
  const valueFields = m.columns.filter(
    (c) =>
      ![
        'ignore',
        'unit',
        'unitCode',
        'stt',
        'kpi.indicator',
        'kpi.period',
        'kpi.unitOfMeasure',
        'kpi.note',
      ].includes(c.mapping.field),
  );
  if (valueFields.length === 0) out.push('imports.mapping.needValueColumn');
  if (target.kind === 'ranking') {
    if (target.year === null) out.push('imports.mapping.needYear');
    if (target.group === null) out.push('imports.mapping.needGroup');
  } else if (valueFields.length > 0) {
    if (kpiRanksNeedGroup(m, target)) out.push('imports.mapping.needGroupForRanks');
    if (needsTableIndicator(m) && !target.indicator?.trim()) out.push('imports.mapping.needIndicator');
    if (needsTablePeriod(m) && !target.period?.trim() && target.year === null)
      out.push('imports.mapping.needPeriod');
  }
  if (m.dataStartRow <= m.headerRow || (m.dataEndRow !== null && m.dataEndRow < m.dataStartRow))
    out.push('imports.mapping.badRows');
  return out;
}

/**
 * The control that settles each problem (its data-testid): Enter on a step that cannot go on
 * takes the analyst there instead of doing nothing. A value column is settled in the columns table.
 */
export const PROBLEM_CONTROL: Partial<Record<MessageKey, string>> = {
  'imports.mapping.needUnitColumnOrUnit': 'target-unit',
  'imports.mapping.needValueColumn': 'mapping-columns',
  'imports.mapping.needYear': 'target-year',
  'imports.mapping.needGroup': 'target-group',
  'imports.mapping.needGroupForRanks': 'target-group',
  'imports.mapping.needIndicator': 'target-indicator',
  'imports.mapping.needPeriod': 'target-period',
  'imports.mapping.badRows': 'mapping-header-row',
};
