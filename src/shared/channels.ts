// The list of IPC channels, without schemas, so the preload can derive window.api from it
// without bundling zod. contract.ts must declare exactly these keys (checked by the compiler).
export const CHANNELS = [
  'app.info',
  'settings.get',
  'settings.update',
  'units.list',
  'units.rememberedNames',
  'units.forgetName',
  'reference.load',
  'rankings.years',
  'rankings.get',
  'rankings.mainIndices',
  'rankings.edit',
  'rankings.export',
  'changes.list',
  'changes.undo',
  'changes.redo',
  'data.openFolder',
  'backup.create',
  'backup.restore',
  'imports.chooseFile',
  'imports.open',
  'imports.analyze',
  'imports.stage',
  'imports.progress',
  'imports.answer',
  'imports.commit',
  'imports.cancel',
  'imports.close',
  'imports.history',
  'imports.undo',
  'imports.undoCheck',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** 'rankings.get' → 'rankingsGet': the name of the function on window.api. */
export type ApiName<C extends string> = C extends `${infer A}.${infer B}` ? `${A}${Capitalize<B>}` : C;
export const apiName = (channel: string): string =>
  channel.replace(/\.([a-z])/g, (_m, c: string) => c.toUpperCase());
