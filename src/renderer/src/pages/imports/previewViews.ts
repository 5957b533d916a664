// The preview's three views of its rows: all, those that change a stored value, those in error.
// An error said at a row — a rank out of order with a score, a cell refused — makes it a row "in
// error" whatever its own status: its status says so (round 75 saw such rows marked "mới" beside
// "Lỗi 2") and the error view finds every row the error list names (round 74); a row in error
// writes nothing, so it is no row "that changes", as the counts have it. Pure: tested without a DOM.
import type { ImportPreview, PreviewRow } from '../../../../shared/importSession';

export interface PreviewViews {
  all: PreviewRow[];
  changed: PreviewRow[];
  error: PreviewRow[];
}

export function previewViews(preview: ImportPreview | null): PreviewViews {
  const rows = preview?.rows ?? [];
  const named = new Set(
    (preview?.problems ?? []).flatMap((p) => (p.severity === 'error' && p.row != null ? [p.row] : [])),
  );
  const all = rows.map((r) =>
    named.has(r.row) && r.status !== 'error' ? { ...r, status: 'error' as const } : r,
  );
  return {
    all,
    changed: all.filter(
      (r) => r.status !== 'error' && (r.status === 'changed' || r.cells.some((c) => c.status === 'changed')),
    ),
    error: all.filter((r) => r.status === 'error'),
  };
}
