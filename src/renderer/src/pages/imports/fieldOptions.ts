// The choices of the mapping step's per-column select. A <select> holds strings, so each
// ColumnField gets a stable string value ("dti.rank", "period:2022", "indicator:Tỷ lệ…").
import { periodLabel } from '../../../../shared/imports/previewLabels';
import { columnLetters } from '../../../../shared/imports/cellAddress';
import {
  rankedColumnOf,
  SIMPLE_FIELDS,
  type ColumnField,
  type SimpleField,
} from '../../../../shared/imports/fields';
import type { MessageKey } from '../../../../shared/i18n';
import type { Translate } from '../../i18n/I18nContext';

// (a column by indicator with its own period: "indicator:NAME␟PERIOD", the unit separator)
const SEP = '\u001f';

export const fieldValue = (f: ColumnField): string => {
  switch (f.field) {
    case 'kpi.valueForPeriod':
      return `period:${f.period}`;
    case 'kpi.valueForIndicator':
      return `indicator:${f.indicator}${f.period !== undefined ? `${SEP}${f.period}` : ''}`;
    default:
      return f.field;
  }
};

export function parseFieldValue(v: string): ColumnField {
  if (v.startsWith('period:')) return { field: 'kpi.valueForPeriod', period: v.slice(7) };
  if (v.startsWith('indicator:')) {
    const [indicator, period] = v.slice(10).split(SEP);
    return period !== undefined
      ? { field: 'kpi.valueForIndicator', indicator: indicator!, period }
      : { field: 'kpi.valueForIndicator', indicator: indicator! };
  }
  if ((SIMPLE_FIELDS as readonly string[]).includes(v)) return { field: v as SimpleField };
  return { field: 'ignore' };
}

export function fieldLabel(f: ColumnField, t: Translate): string {
  switch (f.field) {
    case 'kpi.valueForPeriod':
      return t('imports.field.valueForPeriod', { period: periodLabel(f.period, t) });
    case 'kpi.valueForIndicator':
      return f.period !== undefined
        ? t('imports.field.valueForIndicatorInPeriod', {
            indicator: f.indicator,
            period: periodLabel(f.period, t),
          })
        : t('imports.field.valueForIndicator', { indicator: f.indicator });
    default:
      return t(`imports.field.${f.field}` as MessageKey);
  }
}

export interface FieldGroup {
  labelKey: MessageKey;
  fields: ColumnField[];
}

const simple = (prefix: (f: string) => boolean): ColumnField[] =>
  SIMPLE_FIELDS.filter(prefix).map((field) => ({ field }));

/** A header that may name a period without a year ("T9", "Tháng 10", "Quý III", "Q2", "6 tháng đầu năm"). */
const PERIOD_WORD =
  /^(?:t|th|q)\.?\s*\d{1,2}(?!\d)|(?:^|\s)(?:tháng|thang|quý|quy)\s+(?:\d|[ivx]+(?![\p{L}]))|^\d{1,2}\s*(?:tháng|thang)/iu;

/** A period the mapping gives a column itself (a wide table's period column), if any. */
export const columnPeriod = (f: ColumnField): string | null =>
  f.field === 'kpi.valueForPeriod' || (f.field === 'kpi.valueForIndicator' && f.period !== undefined)
    ? (f.period ?? null)
    : null;

/** `f` with its period as typed (only a field that has one changes). */
export const withColumnPeriod = (f: ColumnField, period: string): ColumnField =>
  f.field === 'kpi.valueForPeriod' || (f.field === 'kpi.valueForIndicator' && f.period !== undefined)
    ? { ...f, period }
    : f;

/** A header that names a period ("2021", "Năm 2022", "2022-09") can be a wide table's period column. */
const periodOf = (header: string): string | null => /\b(20\d{2}(?:-\d{2})?)\b/.exec(header)?.[1] ?? null;

/**
 * Every field the column can take, grouped. The wide-table choices use the column's own header
 * as the period or indicator, and keep whatever layout detection proposed.
 */
export function fieldGroups(header: string, proposed: ColumnField): FieldGroup[] {
  const wide: ColumnField[] = [];
  const h = header.trim();
  const period = periodOf(h);
  if (period) wide.push({ field: 'kpi.valueForPeriod', period });
  // (a header naming a period without its year, "T9", "Quý III", "Tháng 10": that period, its
  // year the table's — read with it when the file is read; editable beside the choice)
  else if (h && h.length <= 30 && PERIOD_WORD.test(h)) wide.push({ field: 'kpi.valueForPeriod', period: h });
  if (h) wide.push({ field: 'kpi.valueForIndicator', indicator: h.slice(0, 500) });
  if (
    (proposed.field === 'kpi.valueForPeriod' || proposed.field === 'kpi.valueForIndicator') &&
    !wide.some((w) => fieldValue(w) === fieldValue(proposed))
  )
    wide.unshift(proposed);
  return [
    {
      labelKey: 'imports.fieldGroup.unit',
      fields: simple((f) => f === 'unit' || f === 'unitCode' || f === 'stt'),
    },
    { labelKey: 'imports.fieldGroup.headline', fields: simple((f) => /^(dti|cqs|kts|xhs)\./.test(f)) },
    { labelKey: 'imports.fieldGroup.mainIndex', fields: simple((f) => f.startsWith('idx.')) },
    { labelKey: 'imports.fieldGroup.kpi', fields: simple((f) => f.startsWith('kpi.')) },
    ...(wide.length ? [{ labelKey: 'imports.fieldGroup.wide' as const, fields: wide }] : []),
  ];
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';
export const confidenceLevel = (c: number): ConfidenceLevel =>
  c >= 0.85 ? 'high' : c >= 0.6 ? 'medium' : 'low';

/** What the mapping step says beside a column it maps with a note ("its rank in brackets is read too"). */
export function mappedNote(note: string | undefined, t: Translate): string | null {
  if (note === 'with its rank') return t('imports.note.withRank');
  if (note === 'rank of several columns') return t('imports.note.rankOfSeveral');
  const ranks = rankedColumnOf(note);
  return ranks !== null ? t('imports.note.ranksColumn', { col: columnLetters(ranks) }) : null;
}

/** Layout detection's reason for setting a column aside, in the interface language. */
export function ignoreNote(note: string, t: Translate): string {
  const dup = /^duplicate of column (\d+)/.exec(note);
  if (dup) return t('imports.note.duplicate', { col: columnLetters(Number(dup[1])) });
  const block = /^another block beside column (\d+)$/.exec(note);
  if (block) return t('imports.note.anotherBlock', { col: columnLetters(Number(block[1])) });
  const key: Record<string, MessageKey> = {
    unknown: 'imports.note.unknown',
    'no header': 'imports.note.noHeader',
    derived: 'imports.note.derived',
    'same period last year': 'imports.note.samePeriodLastYear',
    'previous period': 'imports.note.previousPeriod',
    'this period untold': 'imports.note.thisPeriodUntold',
    'rank of a main index': 'imports.note.mainIndexRank',
    'another index': 'imports.note.anotherIndex',
    'not the DTI': 'imports.note.notTheDti',
    'rank of another index': 'imports.note.otherIndexRank',
    'rank of several columns': 'imports.note.rankOfSeveral',
    target: 'imports.note.target',
    'regional rank': 'imports.note.regionalRank',
    'former units': 'imports.note.formerUnits',
    'another year': 'imports.note.otherYear',
    'period to a date': 'imports.note.periodToDate',
    'period outside its group': 'imports.note.periodOutsideGroup',
    'total of no known span': 'imports.note.totalOfNoSpan',
    'total of part of a period': 'imports.note.totalOfPart',
    'total of rates': 'imports.note.totalOfRates',
    'average of columns': 'imports.note.averageOfColumns',
    'units merged into': 'imports.note.unitsMergedInto',
    'sub-provincial units': 'imports.note.subProvincial',
    'sub-provincial rows': 'imports.note.subProvincial',
  };
  return key[note] ? t(key[note]) : note;
}
