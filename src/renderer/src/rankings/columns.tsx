// Column definitions of the Rankings grid: rank, unit, DTI score, rank change, then score and
// rank for each pillar as column groups. Score/rank cells are editable; colId is the cell key
// ("dti.score", "cqs.rank") so edits, provenance and history all speak the same name.
import type { ColDef, ColGroupDef, ITooltipParams, ICellRendererParams } from 'ag-grid-community';
import type { Language, MainIndexColumn, MainIndexTable, Pillar, RankingRow } from '../../../shared/domain';
import { PILLARS } from '../../../shared/domain';
import { formatScore, rankChangePhrase, rankChangeShort } from '../../../shared/format';
import type { MessageKey } from '../../../shared/i18n';
import type { Translate } from '../i18n/I18nContext';
import { fold } from '../session/unitSearch';
import { cellKey, cellValue, type CellRef } from './cells';
import { PASTED_SOURCE } from '../../../shared/imports/place';

type Num = number | null | undefined;

/** Rows without a value sort after every ranked row, whichever way the column is sorted. */
function nullsLast(a: Num, b: Num, _na: unknown, _nb: unknown, isDescending: boolean): number {
  if (a == null && b == null) return 0;
  if (a == null) return isDescending ? -1 : 1;
  if (b == null) return isDescending ? 1 : -1;
  return a - b;
}

/** A pasted table's source by the name the app gives it ("Bảng đã dán C7"), not its id ("clipboard C7": round 76). */
export const sourceNamed = (source: string, t: Translate): string =>
  source === PASTED_SOURCE || source.startsWith(`${PASTED_SOURCE} `)
    ? t('imports.file.pasted') + source.slice(PASTED_SOURCE.length)
    : source;

function provenanceTooltip(row: RankingRow | undefined, key: string, t: Translate): string {
  if (!row) return '';
  const p = row.provenance[key];
  if (!p) return t('prov.empty');
  const lines = [
    p.source ? t('prov.source', { source: sourceNamed(p.source, t) }) : t('prov.noSource'),
    `${t(`prov.status.${p.status}` as MessageKey)} · ${t(`prov.layer.${p.layer}` as MessageKey)}`,
  ];
  if (row.editedCells.includes(key)) lines.push(t('prov.edited'));
  return lines.join('\n');
}

function valueColumn(
  ref: CellRef,
  headerName: string,
  t: Translate,
  lang: Language,
  width: number,
): ColDef<RankingRow> {
  const key = cellKey(ref);
  const isScore = ref.field === 'score';
  return {
    colId: key,
    headerName,
    headerTooltip: headerName,
    valueGetter: (p) => (p.data ? cellValue(p.data, ref) : null),
    valueFormatter: (p) =>
      isScore ? formatScore(p.value as Num, lang) : p.value == null ? '' : String(p.value),
    // Keep what was typed as text: it is read with parseLocaleNumber ("0,8002") and validated by
    // the page before anything reaches main.
    valueParser: (p) => p.newValue as unknown,
    cellDataType: 'number',
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    editable: true,
    filter: 'agNumberColumnFilter',
    comparator: nullsLast,
    width,
    type: 'rightAligned',
    cellClassRules: { 'cell-edited': (p) => !!p.data?.editedCells.includes(key) },
    tooltipValueGetter: (p: ITooltipParams<RankingRow>) => provenanceTooltip(p.data, key, t),
  };
}

function RankChangeCell(p: ICellRendererParams<RankingRow, number | null> & { lang: Language }) {
  const v = p.value;
  if (v == null) return null;
  const cls = v > 0 ? 'change-up' : v < 0 ? 'change-down' : 'change-same';
  return (
    <span className={cls} aria-label={rankChangePhrase(v, p.lang)}>
      {rankChangeShort(v)}
    </span>
  );
}

function rankChangeTooltip(row: RankingRow | undefined, t: Translate, lang: Language): string {
  if (!row) return '';
  if (row.rankChange == null || row.previousRank == null || row.rank == null) return t('col.rankChangeNone');
  return t('col.rankChangeTooltip', {
    phrase: rankChangePhrase(row.rankChange, lang),
    year: row.year - 1,
    from: row.previousRank,
    to: row.rank,
  });
}

function pillarGroup(pillar: Pillar, t: Translate, lang: Language): ColGroupDef<RankingRow> {
  return {
    groupId: pillar,
    headerName: t(`pillar.${pillar}`),
    headerClass: `pillar-header pillar-${pillar}`,
    children: [
      valueColumn({ indicator: pillar, field: 'score' }, t('field.score'), t, lang, 90),
      valueColumn({ indicator: pillar, field: 'rank' }, t('field.rank'), t, lang, 80),
    ],
  };
}

/**
 * The year's main indices after the pillars, read-only: they come from the ministry's detail
 * table (imported or published) and are corrected by importing it again, not typed in.
 */
function mainIndexGroup(
  indices: MainIndexColumn[],
  values: MainIndexTable['values'],
  t: Translate,
  lang: Language,
): ColGroupDef<RankingRow> {
  return {
    groupId: 'mainIndices',
    headerName: t('rankings.mainIndices'),
    headerClass: 'main-index-header',
    children: indices.map((c): ColDef<RankingRow> => {
      const name = lang === 'en' && c.nameEn ? c.nameEn : c.name;
      return {
        colId: `mainIndex.${c.code}`,
        headerName: name,
        headerTooltip: `${name} — ${t('rankings.mainIndexReadOnly')}`,
        ...(c.pillar ? { headerClass: `pillar-header pillar-${c.pillar}` } : {}),
        valueGetter: (p) => (p.data ? (values[String(p.data.unitId)]?.[c.code] ?? null) : null),
        valueFormatter: (p) => formatScore(p.value as Num, lang),
        cellDataType: 'number',
        editable: false,
        filter: 'agNumberColumnFilter',
        comparator: nullsLast,
        width: 112,
        type: 'rightAligned',
        // (a cellClass of its own replaces the type's: the right alignment, and the figures' digits,
        // are named again — round 80's screen showed these figures left-aligned)
        cellClass: ['ag-right-aligned-cell', 'cell-readonly'],
      };
    }),
  };
}

export function rankingColumns(
  t: Translate,
  lang: Language,
  mainIndices?: { indices: MainIndexColumn[]; values: MainIndexTable['values'] },
): (ColDef<RankingRow> | ColGroupDef<RankingRow>)[] {
  return [
    {
      ...valueColumn({ indicator: 'dti', field: 'rank' }, t('col.rank'), t, lang, 84),
      pinned: 'left',
      sort: 'asc',
    },
    {
      colId: 'unitName',
      field: 'unitName',
      headerName: t('col.unit'),
      cellDataType: 'text',
      pinned: 'left',
      width: 160,
      filter: 'agTextColumnFilter',
      // "binh phuoc" finds Bình Phước, as in the province pickers.
      filterParams: { textFormatter: (s: string) => fold(s) },
      comparator: (a: string, b: string) => a.localeCompare(b, 'vi'),
    },
    valueColumn({ indicator: 'dti', field: 'score' }, t('col.score'), t, lang, 96),
    {
      colId: 'rankChange',
      headerName: t('col.rankChange'),
      headerTooltip: t('col.rankChange'),
      valueGetter: (p) => p.data?.rankChange ?? null,
      cellDataType: 'number',
      cellRenderer: RankChangeCell,
      cellRendererParams: { lang },
      filter: 'agNumberColumnFilter',
      comparator: nullsLast,
      width: 92,
      type: 'rightAligned',
      tooltipValueGetter: (p: ITooltipParams<RankingRow>) => rankChangeTooltip(p.data, t, lang),
    },
    ...PILLARS.map((p) => pillarGroup(p, t, lang)),
    ...(mainIndices && mainIndices.indices.length > 0
      ? [mainIndexGroup(mainIndices.indices, mainIndices.values, t, lang)]
      : []),
  ];
}
