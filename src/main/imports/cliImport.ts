// `dti-desk import FILE [--year Y] [--group 63|34] [--sheet NAME] [--dry-run] [--json]`
// Exit 0: committed (or, with --dry-run, valid). Exit 2: validation failed or a unit name needs an
// answer (nothing written; problems listed). Exit 1: the file cannot be read.
import path from 'node:path';
import type { Language } from '../../shared/domain';
import type { ImportPreview, ImportTarget } from '../../shared/importSession';
import { AppError } from '../../shared/result';
import type { Io, ParsedArgs } from '../cli';
import type { Store } from '../store';
import { listBatches, undoBatch } from './pipeline/batches';
import { ImportSession } from './pipeline/session';
import { isImportReadError } from './readers';

const flag = (a: ParsedArgs, k: string): string | undefined => {
  const v = a.flags.get(k);
  return typeof v === 'string' ? v : undefined;
};

function changes(p: ImportPreview) {
  return p.rows.flatMap((r) =>
    r.cells
      .filter((c) => c.status !== 'unchanged')
      .map((c) => ({
        row: r.row,
        unit: r.unitName ?? r.unitLabel,
        indicator: c.indicator,
        field: c.field,
        period: c.period,
        old: c.old,
        new: c.new,
        status: c.status,
      })),
  );
}

function summary(p: ImportPreview) {
  return {
    file: p.file,
    sheet: p.sheet,
    target: p.target,
    counts: p.counts,
    problems: p.problems.map((x) => ({
      severity: x.severity,
      code: x.code,
      file: x.file,
      sheet: x.sheet,
      row: x.row,
      col: x.col,
      cell: x.cell,
      header: x.header,
      value: x.value,
      message: x.messageEn,
      messageVi: x.messageVi,
    })),
    questions: p.questions.map((q) => ({
      label: q.label,
      kind: q.kind,
      rows: q.rows,
      candidates: q.kind === 'ambiguous' ? q.candidates : undefined,
    })),
    unknownColumns: p.unknownColumns,
  };
}

export async function runImportCommand(store: Store, args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positional[0];
  const json = args.flags.has('--json');
  const lang: Language = store.settings.language();
  const msg = (x: { messageVi: string; messageEn: string }) => (lang === 'vi' ? x.messageVi : x.messageEn);
  if (!file) throw new AppError('INVALID_INPUT', 'import needs a FILE');
  const yearFlag = flag(args, '--year');
  const groupFlag = flag(args, '--group');
  const year = yearFlag === undefined ? undefined : Number(yearFlag);
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
    throw new AppError('INVALID_INPUT', `--year must be a year like 2022, not ${yearFlag}`);
  if (groupFlag !== undefined && groupFlag !== '63' && groupFlag !== '34')
    throw new AppError('INVALID_INPUT', `--group must be 63 or 34, not ${groupFlag}`);

  const session = new ImportSession(store.db, { kind: 'file', path: path.resolve(file) });
  try {
    let preview: ImportPreview;
    try {
      const info = await session.open();
      const sheet = flag(args, '--sheet');
      if (sheet !== undefined && !info.sheets.some((s) => s.name === sheet)) {
        const names = info.sheets.map((s) => `"${s.name}"`).join(', ') || '(none: a text file has no sheets)';
        io.err(`dti-desk: ${info.fileName} has no sheet "${sheet}"; sheets: ${names}`);
        if (json)
          io.out(
            JSON.stringify({
              status: 'unreadable',
              file: info.fileName,
              error: { code: 'NO_SUCH_SHEET', message: `no sheet "${sheet}"` },
            }),
          );
        return 1;
      }
      // Without --sheet: the sheet that looks most like a table (not a cover or instructions sheet).
      const analysis = await session.analyze(sheet ?? (await session.suggestSheet()));
      const y = year ?? analysis.target.year;
      const target: ImportTarget = {
        ...analysis.target,
        year: y,
        group:
          groupFlag !== undefined
            ? (Number(groupFlag) as 63 | 34)
            : (analysis.target.group ?? (y !== null ? (y >= 2025 ? 34 : 63) : null)),
        period:
          year !== undefined ? String(year) : (analysis.target.period ?? (y !== null ? String(y) : null)),
      };
      preview = await session.stage(analysis.mapping, target);
    } catch (e) {
      if (isImportReadError(e)) {
        io.err(`dti-desk: ${msg(e)}`);
        if (json)
          io.out(
            JSON.stringify(
              {
                status: 'unreadable',
                file: path.basename(file),
                error: { code: e.code, message: e.messageEn, messageVi: e.messageVi },
              },
              null,
              2,
            ),
          );
        return 1;
      }
      throw e;
    }

    const blocked = !preview.canCommit;
    if (blocked || args.flags.has('--dry-run')) {
      const status = blocked ? 'invalid' : 'dry-run';
      if (json) io.out(JSON.stringify({ status, ...summary(preview), changes: changes(preview) }, null, 2));
      else {
        const c = preview.counts;
        io.out(
          `${preview.file}${preview.sheet ? ` [${preview.sheet}]` : ''}: ${c.rows} rows, ${c.observations} values — ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged; ${c.errors} errors, ${c.warnings} warnings`,
        );
        for (const p of preview.problems) {
          const hint = p.code === 'noYear' ? ' (--year)' : p.code === 'noGroup' ? ' (--group 63|34)' : '';
          io.out(`${p.severity === 'error' ? 'ERROR  ' : 'WARNING'} ${msg(p)}${hint}`);
        }
        for (const q of preview.questions)
          io.out(
            `UNIT?   "${q.label}" (rows ${q.rows.join(', ')}): ${q.kind === 'ambiguous' ? `could be ${q.candidates.map((x) => x.name).join(' / ')}` : 'not recognised'} — answer it in the Imports wizard`,
          );
        if (!blocked)
          for (const ch of changes(preview).slice(0, 200))
            io.out(
              `  row ${ch.row} ${ch.unit} ${ch.indicator}.${ch.field}: ${ch.old ?? '—'} → ${ch.new ?? '—'}`,
            );
        if (!blocked) io.out('Dry run: nothing was written.');
      }
      if (blocked)
        io.err(
          `dti-desk: ${preview.file}: ${preview.counts.errors} error(s)${preview.questions.length ? `, ${preview.questions.length} unit name(s) to confirm` : ''}; nothing was written`,
        );
      return blocked ? 2 : 0;
    }
    const r = session.commit();
    if (json)
      io.out(
        JSON.stringify(
          { status: 'committed', batchId: r.batchId, ...summary(preview), changes: changes(preview) },
          null,
          2,
        ),
      );
    else
      io.out(
        `Imported ${r.counts.observations} values from ${preview.file} as import #${r.batchId}: ${r.counts.new} new, ${r.counts.changed} changed, ${r.counts.unchanged} unchanged (${r.counts.warnings} warnings).`,
      );
    return 0;
  } finally {
    session.dispose();
  }
}

export function runImportsList(store: Store, json: boolean, io: Io): number {
  const batches = listBatches(store.db);
  if (json) io.out(JSON.stringify(batches, null, 2));
  else
    for (const b of batches)
      io.out(
        `#${b.id} ${b.createdAt} ${b.kind} ${b.fileName ?? ''}${b.sheet ? ` [${b.sheet}]` : ''} ${b.observations} values${b.undoneAt ? ' (undone)' : ''}`,
      );
  return 0;
}

export function runUndoImport(store: Store, id: string | undefined, io: Io): number {
  const n = Number(id);
  if (!id || !Number.isInteger(n) || n < 1)
    throw new AppError('INVALID_INPUT', 'undo-import needs an import number (see dti-desk imports)');
  const r = undoBatch(store.db, n);
  io.out(`Import #${n} undone: ${r.restored} values restored, ${r.removed} removed.`);
  return 0;
}
