// What each channel does, over the Store. Dialogs and the shell are injected so this runs under
// plain Node (tests, e2e) as well as in Electron.
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import type { Language } from '../../shared/domain';
import { translate } from '../../shared/i18n';
import { AppError } from '../../shared/result';
import { writeRankingsExport } from '../export/rankingsExport';
import type { ImportService } from '../imports/service';
import { undoBatch, undoBlocker } from '../imports/pipeline/batches';
import type { Store } from '../store';
import { timestampedName } from '../store/backup';

export interface FileFilter {
  name: string;
  extensions: string[];
}
export interface Dialogs {
  chooseSavePath(opts: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(opts: {
    title: string;
    defaultPath?: string;
    filters: FileFilter[];
  }): Promise<string | null>;
}
export interface ShellLike {
  openPath(p: string): Promise<string>;
}

export interface AppContext {
  store: Store;
  dialogs: Dialogs;
  shell: ShellLike;
  version: string;
  imports: ImportService;
  /** Background integrity check; absent in tests that do not need it. */
  health?: { integrity: string };
  /** The language was changed in Settings (the shell rebuilds its menu). */
  onLanguage?: (lang: Language) => void;
}

export function createHandlers(ctx: AppContext): Handlers {
  const s = () => ctx.store;
  const home = () => s().settings.homeUnitId();
  const lang = () => s().settings.language();
  return {
    'app.info': () => ({
      version: ctx.version,
      dbPath: path.resolve(s().file),
      dataDir: s().dataDir,
      schemaVersion: s().schemaVersion,
      referenceLoaded: s().referenceLoaded(),
      integrity: ctx.health?.integrity ?? 'pending',
    }),
    'settings.get': () => s().settings.get(),
    'settings.update': (input) => {
      const before = lang();
      const settings = s().settings.update(input);
      if (settings.language !== before) ctx.onLanguage?.(settings.language);
      return settings;
    },
    'units.list': (input) => s().units.list(input.codeList),
    'units.rememberedNames': () => s().units.rememberedNames(),
    'units.forgetName': (input) => ({ forgotten: s().units.forgetName(input.id) }),
    'reference.load': () => s().loadReference(),
    'rankings.years': () => s().rankings.years(),
    'rankings.get': (input) => s().rankings.get(input.year, input.group, home()),
    'rankings.mainIndices': (input) => s().rankings.mainIndexTable(input.year, input.group),
    'rankings.edit': (input) => s().rankings.edit(input, s().actor, home()),
    'rankings.export': async (input) => {
      const rows = s().rankings.get(input.year, input.group, home());
      const sheet = translate(input.language, 'export.sheet', { year: input.year, group: input.group });
      const file = await ctx.dialogs.chooseSavePath({
        title: sheet,
        defaultPath: path.join(s().dataDir, `xep-hang-dti-${input.year}-${input.group}.${input.format}`),
        filters: [
          input.format === 'csv'
            ? { name: 'CSV', extensions: ['csv'] }
            : { name: 'Excel', extensions: ['xlsx'] },
        ],
      });
      if (!file) return { path: null, rows: 0 };
      writeRankingsExport(file, rows, input.language, input.format, sheet);
      return { path: file, rows: rows.length };
    },
    'changes.list': (input) => s().rankings.changes(input),
    'changes.undo': (input) => s().rankings.undo(input.changeId, s().actor, home()),
    'changes.redo': (input) => s().rankings.redo(input.changeId, s().actor, home()),
    'data.openFolder': async () => {
      const err = await ctx.shell.openPath(s().dataDir);
      if (err) throw new AppError('IO', `Cannot open ${s().dataDir}: ${err}`, { detail: err });
      return { path: s().dataDir };
    },
    'backup.create': async () => {
      const target = await ctx.dialogs.chooseSavePath({
        title: translate(lang(), 'backup.saveTitle'),
        defaultPath: path.join(s().backupDir, timestampedName()),
        filters: [{ name: 'DTI Desk', extensions: ['db'] }],
      });
      return { path: target ? s().backup(target) : null };
    },
    'backup.restore': async () => {
      const from = await ctx.dialogs.chooseOpenPath({
        title: translate(lang(), 'backup.openTitle'),
        defaultPath: s().backupDir,
        filters: [{ name: 'DTI Desk', extensions: ['db'] }],
      });
      if (!from) return { restoredFrom: null, safetyBackup: null };
      await ctx.imports.closeAll();
      // restore() runs the full integrity check on the candidate before it is swapped in.
      return s().restore(from);
    },
    'imports.chooseFile': async () => ({
      path: await ctx.dialogs.chooseOpenPath({
        title: translate(lang(), 'imports.openTitle'),
        filters: [
          {
            name: translate(lang(), 'imports.filterTables'),
            extensions: ['xlsx', 'xlsm', 'xls', 'xml', 'csv', 'tsv', 'txt', 'html', 'htm'],
          },
          { name: '*', extensions: ['*'] },
        ],
      }),
    }),
    'imports.open': (input) => ctx.imports.open(input.source),
    'imports.analyze': (input) => ctx.imports.call(input.sessionId, { op: 'analyze', sheet: input.sheet }),
    'imports.stage': (input) => {
      ctx.imports.startStage(input.sessionId, { op: 'stage', mapping: input.mapping, target: input.target });
      return { started: true };
    },
    'imports.progress': (input) => ctx.imports.progress(input.sessionId),
    'imports.answer': (input) => ctx.imports.call(input.sessionId, { op: 'answer', answers: input.answers }),
    'imports.commit': (input) => ctx.imports.call(input.sessionId, { op: 'commit' }),
    'imports.cancel': (input) => {
      ctx.imports.cancel(input.sessionId);
      return { cancelled: true };
    },
    'imports.close': async (input) => {
      await ctx.imports.close(input.sessionId);
      return { closed: true };
    },
    'imports.history': () => ctx.imports.history(s().db),
    'imports.undo': (input) => undoBatch(s().db, input.batchId),
    'imports.undoCheck': (input) => {
      const blocked = undoBlocker(s().db, input.batchId);
      if (blocked?.code === 'NOT_FOUND') throw blocked;
      return { blocked: blocked?.toShape() ?? null };
    },
  };
}
