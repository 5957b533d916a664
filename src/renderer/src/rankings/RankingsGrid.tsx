// The AG Grid of one year's ranking. It never changes data itself (readOnlyEdit): an edit is a
// request the page validates and sends to main, and the grid shows whatever row comes back.
import { useEffect, useMemo, useRef } from 'react';
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type GridApi,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import type { MainIndexColumn, MainIndexTable, RankingRow } from '../../../shared/domain';
import { useI18n } from '../i18n/I18nContext';
import { parseCellKey, type CellRef } from './cells';
import { rankingColumns } from './columns';
import { gridLocaleText } from './gridLocale';
import { gridTheme } from './gridTheme';

ModuleRegistry.registerModules([AllCommunityModule]);

interface Props {
  rows: RankingRow[];
  loading: boolean;
  label: string;
  /** Main-index columns to show after the pillars (none: the headline columns only). */
  mainIndices?: { indices: MainIndexColumn[]; values: MainIndexTable['values'] };
  onEditRequest: (row: RankingRow, ref: CellRef, raw: unknown) => void;
  onCellSelected: (row: RankingRow, ref: CellRef | null) => void;
}

export function RankingsGrid({ rows, loading, label, mainIndices, onEditRequest, onCellSelected }: Props) {
  const { t, lang } = useI18n();
  const columnDefs = useMemo(() => rankingColumns(t, lang, mainIndices), [t, lang, mainIndices]);
  const localeText = useMemo(() => gridLocaleText(t, lang), [t, lang]);
  // The home province stays in view above the scrolling rows whatever the sort or filter.
  const pinnedTop = useMemo(() => rows.filter((r) => r.isHome), [rows]);
  // Main-index columns open to the right of the pillars: scroll them into view when they appear,
  // or ticking the box would seem to do nothing on a laptop screen.
  const api = useRef<GridApi<RankingRow> | null>(null);
  const firstIndex = mainIndices?.indices[0]?.code;
  useEffect(() => {
    if (firstIndex) api.current?.ensureColumnVisible(`mainIndex.${firstIndex}`, 'start');
  }, [firstIndex]);

  const onCellEditRequest = (e: CellEditRequestEvent<RankingRow>) => {
    const ref = parseCellKey(e.column.getColId());
    if (ref && e.data) onEditRequest(e.data, ref, e.newValue);
  };

  const onCellFocused = (e: CellFocusedEvent<RankingRow>) => {
    if (e.rowIndex == null || !e.column || typeof e.column === 'string') return;
    const node =
      e.rowPinned === 'top' ? e.api.getPinnedTopRow(e.rowIndex) : e.api.getDisplayedRowAtIndex(e.rowIndex);
    if (node?.data) onCellSelected(node.data, parseCellKey(e.column.getColId()));
  };

  return (
    <div className="grid-host" role="region" aria-label={label}>
      <AgGridReact<RankingRow>
        // localeText is read once when the grid is created: a new language means a new grid.
        key={lang}
        theme={gridTheme}
        rowData={rows}
        pinnedTopRowData={pinnedTop}
        columnDefs={columnDefs}
        defaultColDef={{
          sortable: true,
          resizable: true,
          filter: true,
          // Filters in a row under the headers: visible, and reachable with Tab. The header's own
          // filter/menu buttons would repeat them and cost width the pillar columns need.
          floatingFilter: true,
          suppressHeaderFilterButton: true,
          suppressHeaderMenuButton: true,
          wrapHeaderText: true,
          autoHeaderHeight: true,
        }}
        getRowId={(p) => (p.rowPinned ? `home-${p.data.unitId}` : String(p.data.unitId))}
        rowClassRules={{ 'row-home': (p) => !!p.data?.isHome }}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={(e) => (api.current = e.api)}
        stopEditingWhenCellsLoseFocus
        // Arrows move between cells; Tab leaves the grid for the page's next control (round 77: it
        // went cell by cell through 630 cells, no way out) — but while editing, Tab goes on to edit
        // the next cell, as in a spreadsheet.
        tabToNextCell={(p) => (p.editing ? (p.nextCellPosition ?? false) : false)}
        tooltipShowDelay={400}
        localeText={localeText}
        loading={loading}
        ensureDomOrder
        suppressColumnVirtualisation
        animateRows={false}
      />
    </div>
  );
}
