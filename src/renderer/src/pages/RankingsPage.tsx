// Rankings: one year's ranking in a grid, with validated in-place edits, undo/redo, cell
// history and export. The page holds the flow; each part lives in src/renderer/src/rankings.
import { useEffect, useMemo, useState } from 'react';
import type { ChangeEntry, Language, RankingGroup, RankingRow, RankingYear } from '../../../shared/domain';
import { unwrap } from '../api/unwrap';
import { LoadReferenceButton } from '../components/LoadReferenceButton';
import { Notice, type NoticeValue } from '../components/Notice';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import { useSession } from '../session/SessionContext';
import { cellLabel, cellValue, formatCellValue, parseCellKey, type CellRef } from '../rankings/cells';
import { parseCellInput } from '../rankings/cellInput';
import { ChangeHistoryPanel, type SelectedCell } from '../rankings/ChangeHistoryPanel';
import { EditTools } from '../rankings/EditTools';
import { ExportButtons } from '../rankings/ExportButtons';
import { methodologyLabel } from '../rankings/methodologyLabel';
import { RankingSelectors } from '../rankings/RankingSelectors';
import { RankingsGrid } from '../rankings/RankingsGrid';
import { undoStack, useUndoStacks, type UndoEntry } from '../rankings/undoStack';
import { indicesWithValues, useMainIndices } from '../rankings/useMainIndices';
import { useRankingRows } from '../rankings/useRankingRows';
import { useUndoShortcuts } from '../rankings/useUndoShortcuts';
import { readRankingsView, writeRankingsView } from '../rankings/viewInUrl';
import { defaultYear, groupForYear, yearOptions } from '../rankings/yearChoice';

const SHOW_INDICES_KEY = 'dti-desk.rankings.showMainIndices';
const HISTORY_OPEN_KEY = 'dti-desk.rankings.historyOpen';

export function RankingsPage() {
  const { t, lang } = useI18n();
  const { info, settings, units, dataVersion } = useSession();
  const homeCodeList = units.find((u) => u.id === settings.homeUnitId)?.codeList ?? null;

  const [years, setYears] = useState<RankingYear[] | null>(null);
  const [yearsError, setYearsError] = useState<unknown>(null);
  const [year, setYear] = useState<number | null>(null);
  const [group, setGroup] = useState<RankingGroup | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  // The change history beside the grid: as the analyst last left it, else open on a window wide
  // enough for it and the three pillars (below ~1366 px it leaves the pillars off-screen).
  const [historyOpen, setHistoryOpenState] = useState(() => {
    const kept = localStorage.getItem(HISTORY_OPEN_KEY);
    return kept !== null ? kept === '1' : window.innerWidth >= 1366;
  });
  const setHistoryOpen = (open: boolean) => {
    setHistoryOpenState(open);
    localStorage.setItem(HISTORY_OPEN_KEY, open ? '1' : '0');
  };
  const [historyVersion, setHistoryVersion] = useState(0);
  const stacks = useUndoStacks();
  // Main-index columns are extra width most visits do not need: off until asked for, then kept.
  const [showIndices, setShowIndices] = useState(() => localStorage.getItem(SHOW_INDICES_KEY) === '1');
  const toggleIndices = (on: boolean) => {
    setShowIndices(on);
    localStorage.setItem(SHOW_INDICES_KEY, on ? '1' : '0');
  };

  // Which years exist decides what the page opens on: the newest year with data.
  useEffect(() => {
    setYearsError(null);
    unwrap(window.api.rankingsYears({}))
      .then(setYears)
      .catch((e: unknown) => {
        setYears([]);
        setYearsError(e);
      });
  }, [dataVersion]);

  const options = useMemo(() => yearOptions(years ?? [], new Date()), [years]);
  useEffect(() => {
    if (years === null) return;
    const fromUrl = year === null ? readRankingsView() : null;
    if (fromUrl && options.some((o) => o.year === fromUrl.year)) {
      setYear(fromUrl.year);
      setGroup(fromUrl.group);
      return;
    }
    const y = year !== null && options.some((o) => o.year === year) ? year : defaultYear(options);
    setYear(y);
    setGroup((g) =>
      groupForYear(
        options.find((o) => o.year === y),
        g,
        homeCodeList,
      ),
    );
    // Runs only when the year list changes: later choices are the user's, so year and group
    // are deliberately not dependencies.
  }, [options]);

  useEffect(() => {
    if (year !== null && group !== null) writeRankingsView(year, group);
  }, [year, group]);

  const { rows, loading, error, replaceRow } = useRankingRows(year, group, dataVersion);
  const indexTable = useMainIndices(year, group, dataVersion);
  const mainIndices = useMemo(() => {
    const indices = indicesWithValues(indexTable);
    return indexTable && indices.length > 0 ? { indices, values: indexTable.values } : null;
  }, [indexTable]);

  // (a notice of another table's change goes with it)
  const chooseYear = (y: number) => {
    setNotice(null);
    setYear(y);
    setGroup((g) =>
      groupForYear(
        options.find((o) => o.year === y),
        g,
        homeCodeList,
      ),
    );
    setSelected(null);
  };

  // (said in the language the window has when the notice is shown, see Notice)
  const describe =
    (key: 'rankings.saved' | 'rankings.undone' | 'rankings.redone', change: ChangeEntry) =>
    (tr: Translate, l: Language) => {
      const ref = parseCellKey(`${change.indicator}.${change.field}`);
      return tr(key, {
        unit: change.unitName,
        cell: ref ? cellLabel(tr, ref) : change.indicator,
        from: formatCellValue(change.oldValue, change.field, l, tr),
        to: formatCellValue(change.newValue, change.field, l, tr),
      });
    };

  const afterChange = (row: RankingRow) => {
    replaceRow(row);
    setSelected((s) => (s && s.row.unitId === row.unitId ? { ...s, row } : s));
    setHistoryVersion((v) => v + 1);
  };

  const onEditRequest = async (row: RankingRow, ref: CellRef, raw: unknown) => {
    const input = parseCellInput(raw, ref.field, row.rankOf);
    if (!input.ok) {
      // Refused here: nothing is sent, and the grid (readOnlyEdit) still shows the old value.
      setNotice({
        kind: 'error',
        text: (tr) =>
          tr('rankings.editRefused', {
            unit: row.unitName,
            cell: cellLabel(tr, ref),
            message: tr(input.messageKey, input.params),
          }),
      });
      return;
    }
    if (input.value === cellValue(row, ref)) return;
    try {
      const { row: updated, change } = await unwrap(
        window.api.rankingsEdit({
          year: row.year,
          group: row.group,
          unitId: row.unitId,
          indicator: ref.indicator,
          field: ref.field,
          value: input.value,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }),
      );
      afterChange(updated);
      if (change) {
        undoStack.recordEdit({ changeId: change.id, year: row.year, group: row.group });
        setNotice({ kind: 'info', text: describe('rankings.saved', change) });
        setReason('');
      }
    } catch (e) {
      setNotice({
        kind: 'error',
        text: (tr, l) =>
          tr('rankings.editRefused', {
            unit: row.unitName,
            cell: cellLabel(tr, ref),
            message: errorText(l, e),
          }),
      });
    }
  };

  const step = async (kind: 'undo' | 'redo') => {
    const entry: UndoEntry | undefined = kind === 'undo' ? undoStack.peekUndo() : undoStack.peekRedo();
    if (!entry) return;
    try {
      const call = kind === 'undo' ? window.api.changesUndo : window.api.changesRedo;
      const { row, change } = await unwrap(call({ changeId: entry.changeId }));
      if (kind === 'undo') undoStack.undone(entry);
      else undoStack.redone(entry);
      if (row.year !== year || row.group !== group) {
        // Show the analyst what was undone, even if it was in another year's table.
        setYear(row.year);
        setGroup(row.group);
      } else {
        afterChange(row);
      }
      setHistoryVersion((v) => v + 1);
      if (change)
        setNotice({
          kind: 'info',
          text: describe(kind === 'undo' ? 'rankings.undone' : 'rankings.redone', change),
        });
    } catch (e) {
      undoStack.drop(entry);
      setNotice({ kind: 'error', text: (_, l) => errorText(l, e) });
    }
  };
  useUndoShortcuts(
    () => void step('undo'),
    () => void step('redo'),
  );

  if (year === null || group === null) {
    return (
      <section className="page" aria-busy="true">
        <p className="muted">{t('shell.loading')}</p>
      </section>
    );
  }

  const yearInfo = years?.find((y) => y.year === year && y.group === group);
  const isEmpty = !loading && rows.every((r) => r.score == null && r.rank == null);
  const gridLabel = t('rankings.gridLabel', { year, group: t(`group.${group}`) });

  return (
    <section className="page rankings-page" aria-labelledby="rankings-title">
      <div className="page-head">
        <h1 id="rankings-title">{t('rankings.title')}</h1>
        {yearInfo?.methodology && (
          <span className="muted">
            {t('rankings.methodology', { name: methodologyLabel(yearInfo.methodology) })}
          </span>
        )}
        <label
          className="toolbar-toggle head-toggle"
          title={mainIndices ? t('rankings.mainIndicesHint') : t('rankings.mainIndicesNone')}
        >
          <input
            type="checkbox"
            checked={showIndices && mainIndices !== null}
            disabled={mainIndices === null}
            onChange={(e) => toggleIndices(e.target.checked)}
            data-testid="rankings-show-indices"
          />
          {t('rankings.showMainIndices', { n: mainIndices?.indices.length ?? 0 })}
        </label>
        <ExportButtons year={year} group={group} onNotice={setNotice} />
      </div>

      <div className="toolbar">
        <RankingSelectors
          years={options}
          year={year}
          group={group}
          onYear={chooseYear}
          onGroup={(g) => {
            setNotice(null);
            setGroup(g);
          }}
        />
        <EditTools
          canUndo={stacks.undo.length > 0}
          canRedo={stacks.redo.length > 0}
          onUndo={() => void step('undo')}
          onRedo={() => void step('redo')}
          reason={reason}
          onReason={setReason}
          historyOpen={historyOpen}
          onToggleHistory={() => setHistoryOpen(!historyOpen)}
        />
      </div>

      <div className="grid-notes">
        <Notice notice={notice} testId="rankings-notice" />
        {(error ?? yearsError) != null && (
          <Notice
            notice={{ kind: 'error', text: errorText(lang, error ?? yearsError) }}
            testId="rankings-load-error"
          />
        )}
        {isEmpty && (
          <div className="empty-state" data-testid="rankings-empty">
            <p>{t('rankings.empty')}</p>
            {!info.referenceLoaded && <LoadReferenceButton />}
          </div>
        )}
      </div>

      <div className="rankings-body">
        <div className="grid-wrap" data-testid="rankings-grid">
          <RankingsGrid
            rows={rows}
            loading={loading}
            label={gridLabel}
            {...(showIndices && mainIndices ? { mainIndices } : {})}
            onEditRequest={(row, ref, raw) => void onEditRequest(row, ref, raw)}
            onCellSelected={(row, ref) => setSelected(ref ? { row, ref } : null)}
          />
        </div>
        {historyOpen && (
          <ChangeHistoryPanel
            year={year}
            group={group}
            selected={selected}
            version={historyVersion}
            onClose={() => setHistoryOpen(false)}
          />
        )}
      </div>

      <p className="legend">
        <span className="legend-home" aria-hidden="true" /> {t('rankings.legendHome')}
        <span className="legend-edited" aria-hidden="true" /> {t('rankings.legendEdited')}
        <span className="muted"> · {t('rankings.editHelp')}</span>
      </p>
    </section>
  );
}
