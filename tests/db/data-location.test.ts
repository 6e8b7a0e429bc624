/** Where the data lives, for each platform: local (never roaming) on Windows, the XDG data folder on Linux. */
import { describe, expect, it } from 'vitest';
import { dataDirectory, dataLocation } from '../../electron/db/data-location';

const winEnv = {
  APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming',
  LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local',
  USERPROFILE: 'C:\\Users\\clerk',
};

describe('dataDirectory on Windows', () => {
  it('uses %LOCALAPPDATA%\\绩效自评助手 and never the roaming %APPDATA%', () => {
    const loc = dataLocation({ platform: 'win32', env: winEnv, homeDir: 'C:\\Users\\clerk' });
    expect(loc.dataDir).toBe('C:\\Users\\clerk\\AppData\\Local\\绩效自评助手');
    expect(loc.databaseFile).toBe('C:\\Users\\clerk\\AppData\\Local\\绩效自评助手\\selfeval.sqlite');
    expect(loc.backupDir).toBe('C:\\Users\\clerk\\AppData\\Local\\绩效自评助手\\backups');
    expect(loc.dataDir).not.toContain('Roaming');
  });

  it('falls back to the default local folder when LOCALAPPDATA is missing or not absolute — not to APPDATA', () => {
    for (const LOCALAPPDATA of [undefined, '', 'relative\\dir']) {
      const dir = dataDirectory({ platform: 'win32', env: { ...winEnv, LOCALAPPDATA }, homeDir: 'C:\\Users\\clerk' });
      expect(dir).toBe('C:\\Users\\clerk\\AppData\\Local\\绩效自评助手');
    }
  });

  it('honours an explicit absolute SELFEVAL_DATA_DIR (an IT-chosen D:\\ folder) and ignores a relative one', () => {
    expect(
      dataDirectory({ platform: 'win32', env: { ...winEnv, SELFEVAL_DATA_DIR: 'D:\\绩效数据' }, homeDir: 'C:\\' }),
    ).toBe('D:\\绩效数据');
    expect(dataDirectory({ platform: 'win32', env: { ...winEnv, SELFEVAL_DATA_DIR: 'data' }, homeDir: 'C:\\' })).toBe(
      'C:\\Users\\clerk\\AppData\\Local\\绩效自评助手',
    );
  });
});

describe('dataDirectory on Linux (UOS, Kylin)', () => {
  it('uses $XDG_DATA_HOME/selfeval-desk when it is absolute', () => {
    expect(dataDirectory({ platform: 'linux', env: { XDG_DATA_HOME: '/data/xdg' }, homeDir: '/home/clerk' })).toBe(
      '/data/xdg/selfeval-desk',
    );
  });

  it('uses ~/.local/share when XDG_DATA_HOME is unset, empty or relative (the XDG spec says ignore it)', () => {
    for (const XDG_DATA_HOME of [undefined, '', ' ', 'rel/share']) {
      const loc = dataLocation({ platform: 'linux', env: { XDG_DATA_HOME }, homeDir: '/home/clerk' });
      expect(loc.dataDir).toBe('/home/clerk/.local/share/selfeval-desk');
      expect(loc.databaseFile).toBe('/home/clerk/.local/share/selfeval-desk/selfeval.sqlite');
    }
  });
});
