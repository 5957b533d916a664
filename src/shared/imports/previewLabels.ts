// What a value of an import's preview is called, as the wizard's preview grid heads its columns
// and the command line's dry run lists its changes: "DTI – Điểm", "Kinh tế số – Hạng", "Chỉ số
// nhận thức số", "<KPI> – Giá trị (2025-09)".
import type { MessageKey } from '../i18n';
import type { ImportKind, PreviewCell } from '../importSession';
import { SIMPLE_FIELDS } from './fields';

type Translate = (key: MessageKey) => string;

const HEADLINE = ['dti', 'cqs', 'kts', 'xhs'];

/** The DTI, a pillar or a main index by its name; a KPI as it is named. */
export function indicatorLabel(indicator: string, t: Translate): string {
  if (HEADLINE.includes(indicator)) return t(`pillar.${indicator}` as MessageKey);
  // (a main index of any year: "ha_tang_so", or 2020's "cqs.chuyen_doi_nhan_thuc")
  if ((SIMPLE_FIELDS as readonly string[]).includes(`idx.${indicator}`))
    return t(`imports.field.idx.${indicator}` as MessageKey);
  return indicator;
}

/** A preview value's name: its indicator, what of it (score, rank, value) and, for a KPI, its period. */
export function previewValueLabel(
  c: Pick<PreviewCell, 'indicator' | 'field' | 'period'>,
  kind: ImportKind,
  t: Translate,
): string {
  const name = indicatorLabel(c.indicator, t);
  if (kind === 'kpi') {
    const part = t(c.field === 'rank' ? 'imports.preview.fieldRank' : 'imports.preview.fieldValue');
    return `${name} – ${part}${c.period ? ` (${c.period})` : ''}`;
  }
  if (HEADLINE.includes(c.indicator))
    return `${name} – ${t(c.field === 'rank' ? 'imports.preview.fieldRank' : 'imports.preview.fieldScore')}`;
  return c.field === 'rank' ? `${name} – ${t('imports.preview.fieldRank')}` : name;
}
