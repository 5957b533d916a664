// Where the data lives, computed without Electron so the CLI and the app agree:
// --db PATH, else DTI_DESK_DB, else <user data folder>/dti-desk.db, where the user data folder is
// the one Electron's app.getPath('userData') gives for productName "DTI Desk".
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'DTI Desk';
export const DB_FILE_NAME = 'dti-desk.db';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  // (an empty or relative XDG_CONFIG_HOME is to be ignored, as the XDG spec says: round 81 found a
  // database made in the current folder under XDG_CONFIG_HOME= set empty)
  const xdg = env.XDG_CONFIG_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config'), PRODUCT_NAME);
}

export function resolveDbPath(opts: {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  dataDir?: string;
}): string {
  const env = opts.env ?? process.env;
  if (opts.flag) return path.resolve(opts.flag);
  if (env.DTI_DESK_DB) return path.resolve(env.DTI_DESK_DB);
  return path.join(opts.dataDir ?? defaultDataDir(env), DB_FILE_NAME);
}
