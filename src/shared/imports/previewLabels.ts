// What a value of an import's preview is called, as the wizard's preview grid heads its columns
// and the command line's dry run lists its changes: "DTI – Điểm", "Kinh tế số – Hạng", "Chỉ số
// nhận thức số", "<KPI> – Giá trị (Tháng 9/2025)".
import type { MessageKey } from '../i18n';
import type { ImportKind, PreviewCell } from '../importSession';
import { SIMPLE_FIELDS } from './fields';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const HEADLINE = ['dti', 'cqs', 'kts', 'xhs'];

/** The DTI, a pillar or a main index by its name; a KPI as it is named. */
export function indicatorLabel(indicator: string, t: Translate): string {
  if (HEADLINE.includes(indicator)) return t(`pillar.${indicator}` as MessageKey);
  // (a main index of any year: "ha_tang_so", or 2020's "cqs.chuyen_doi_nhan_thuc")
  if ((SIMPLE_FIELDS as readonly string[]).includes(`idx.${indicator}`))
    return t(`imports.field.idx.${indicator}` as MessageKey);
  return indicator;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
/** Month names for the English words ("June 2024"); Vietnamese writes the number ("Tháng 6/2024"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period in the store's form as reports write it: "2025-06" → "Tháng 6/2025", "2025-04..2025-06"
 * → "Quý II/2025", "2025-01..2025-06" → "6 tháng đầu năm 2025", "2025-01..2025-09" → "9 tháng năm
 * 2025", "2025-07..2025-12" → "6 tháng cuối năm 2025", another run "Tháng 4–8/2025" (English:
 * "June 2025", "Q2 2025", "H1 2025", "Apr–Aug 2025", …); a year, or anything else, as it is.
 */
export function periodLabel(
  period: string,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  const month = /^((?:19|20)\d{2})-(\d{2})$/.exec(period);
  if (month)
    return t('period.month', {
      month: Number(month[2]),
      monthName: MONTHS[Number(month[2]) - 1]!,
      year: month[1]!,
    });
  const run = /^((?:19|20)\d{2})-(\d{2})\.\.\1-(\d{2})$/.exec(period);
  if (!run) return period;
  const [year, from, to] = [run[1]!, Number(run[2]), Number(run[3])];
  if (to - from === 2 && from % 3 === 1)
    return t('period.quarter', { quarter: ROMAN[(from - 1) / 3]!, n: (from + 2) / 3, year });
  if (from === 1 && to === 6) return t('period.firstHalf', { year });
  if (from === 7 && to === 12) return t('period.secondHalf', { year });
  if (from === 1) return t('period.firstMonths', { n: to, year });
  return t('period.months', { from, to, fromName: MONTHS[from - 1]!, toName: MONTHS[to - 1]!, year });
}

/**
 * A preview value's name: its indicator, what of it (score, rank, value) and, for a KPI, its period.
 * `ofRow`: the KPI the row is named by (a province's report), left out of the names of its values.
 */
export function previewValueLabel(
  c: Pick<PreviewCell, 'indicator' | 'field' | 'period'>,
  kind: ImportKind,
  t: Translate,
  ofRow?: string,
): string {
  const name = indicatorLabel(c.indicator, t);
  if (kind === 'kpi') {
    const part = t(c.field === 'rank' ? 'imports.preview.fieldRank' : 'imports.preview.fieldValue');
    const what = `${part}${c.period ? ` (${periodLabel(c.period, t)})` : ''}`;
    return c.indicator === ofRow ? what : `${name} – ${what}`;
  }
  if (HEADLINE.includes(c.indicator))
    return `${name} – ${t(c.field === 'rank' ? 'imports.preview.fieldRank' : 'imports.preview.fieldScore')}`;
  return c.field === 'rank' ? `${name} – ${t('imports.preview.fieldRank')}` : name;
}
