// The editable cells of a ranking row. A cell is named "<indicator>.<field>" ("dti.score",
// "cqs.rank"): the same key main uses for provenance and editedCells, and the grid's colId.
import type { EditableField, HeadlineIndicator, Language, RankingRow } from '../../../shared/domain';
import { HEADLINE_INDICATORS } from '../../../shared/domain';
import { formatScore } from '../../../shared/format';
import type { Translate } from '../i18n/I18nContext';

export interface CellRef {
  indicator: HeadlineIndicator;
  field: EditableField;
}

export const cellKey = ({ indicator, field }: CellRef): string => `${indicator}.${field}`;

export function parseCellKey(key: string | undefined | null): CellRef | null {
  const [indicator, field] = (key ?? '').split('.');
  if (!(HEADLINE_INDICATORS as readonly string[]).includes(indicator ?? '')) return null;
  if (field !== 'score' && field !== 'rank') return null;
  return { indicator: indicator as HeadlineIndicator, field };
}

export function cellValue(row: RankingRow, { indicator, field }: CellRef): number | null {
  return indicator === 'dti' ? row[field] : row.pillars[indicator][field];
}

/** "Kinh tế số – Hạng", "DTI – Điểm". */
export const cellLabel = (t: Translate, { indicator, field }: CellRef): string =>
  t('cell.label', { indicator: t(`pillar.${indicator}`), field: t(`field.${field}`) });

/** A value as the analyst reads it: 4-decimal score, integer rank, "(trống)" for no value. */
export function formatCellValue(
  v: number | null,
  field: EditableField,
  lang: Language,
  t: Translate,
): string {
  if (v == null) return t('history.emptyValue');
  return field === 'score' ? formatScore(v, lang) : String(v);
}
