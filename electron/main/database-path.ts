/** Where the desktop app keeps its database. (A later issue moves it to %LOCALAPPDATA% on Windows.) */
import path from 'node:path';

export function databasePath(userDataDir: string): string {
  return path.join(userDataDir, 'selfeval.sqlite');
}
