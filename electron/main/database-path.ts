/**
 * Where the desktop app keeps its database: %LOCALAPPDATA%\绩效自评助手 on Windows, the XDG data folder on Linux
 * (electron/db/data-location.ts explains why not Electron's roaming userData).
 */
import os from 'node:os';
import { dataLocation, type DataLocation } from '../db/data-location';

export function appDataLocation(env: NodeJS.ProcessEnv = process.env): DataLocation {
  return dataLocation({ platform: process.platform, env, homeDir: os.homedir() });
}
