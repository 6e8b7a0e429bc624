/**
 * Where the app keeps its data, as a pure function of the platform and the environment (so it is tested on any
 * machine). Windows: %LOCALAPPDATA%\绩效自评助手 — never %APPDATA%, which is the *roaming* profile: on domain PCs
 * it is often redirected to a server share, and SQLite's WAL "does not work over a network filesystem"
 * (reliability.md §2.1, §5.3). Linux (UOS, Kylin): the XDG data directory, ~/.local/share by default.
 */
import path from 'node:path';

/** The folder name on Windows (and macOS), shown to the clerk in Explorer. */
export const WINDOWS_DATA_FOLDER = '绩效自评助手';
/** The folder name on Linux: ASCII, because older domestic distributions still ship non-UTF-8 shells. */
export const LINUX_DATA_FOLDER = 'selfeval-desk';
export const DATABASE_FILE_NAME = 'selfeval.sqlite';
export const BACKUP_FOLDER_NAME = 'backups';
/** An explicit data folder (tests, a county that wants the data on D:\); must be an absolute path. */
export const DATA_DIR_ENV = 'SELFEVAL_DATA_DIR';

export interface LocationInput {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder (os.homedir()); used only when the environment does not name a folder. */
  homeDir: string;
}

export interface DataLocation {
  dataDir: string;
  databaseFile: string;
  backupDir: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export function dataDirectory(input: LocationInput): string {
  const { platform, env, homeDir } = input;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const explicit = nonEmpty(env[DATA_DIR_ENV]);
  if (explicit && p.isAbsolute(explicit)) return p.normalize(explicit);

  if (platform === 'win32') {
    // LOCALAPPDATA is set for every interactive Windows session; the fallback is where it points by default.
    const local = nonEmpty(env.LOCALAPPDATA);
    const base =
      local && p.isAbsolute(local) ? local : p.join(nonEmpty(env.USERPROFILE) ?? homeDir, 'AppData', 'Local');
    return p.join(base, WINDOWS_DATA_FOLDER);
  }
  if (platform === 'darwin') {
    return p.join(homeDir, 'Library', 'Application Support', WINDOWS_DATA_FOLDER);
  }
  // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_DATA_HOME);
  const base = xdg && p.isAbsolute(xdg) ? xdg : p.join(homeDir, '.local', 'share');
  return p.join(base, LINUX_DATA_FOLDER);
}

export function dataLocation(input: LocationInput): DataLocation {
  const p = input.platform === 'win32' ? path.win32 : path.posix;
  const dataDir = dataDirectory(input);
  return {
    dataDir,
    databaseFile: p.join(dataDir, DATABASE_FILE_NAME),
    backupDir: p.join(dataDir, BACKUP_FOLDER_NAME),
  };
}

/** The backups of a database live in a `backups` folder next to it (the import service needs only the handle). */
export function backupDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), BACKUP_FOLDER_NAME);
}
