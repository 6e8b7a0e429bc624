/**
 * A database on a network folder is refused with a Chinese message, before SQLite creates or changes anything.
 * The platform and mount table are faked, so Windows shares and Linux NFS/CIFS mounts are tested on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import {
  assertLocalDatabasePath,
  isWindowsNetworkPath,
  mountFor,
  networkPathReason,
  parseProcMounts,
  type PathProbe,
} from '../../electron/db/network-path';
import { openDatabase } from '../../electron/db/open-database';
import { tempDir } from './temp-db';

const PROC_MOUNTS = `/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/caiwu /mnt/caiwu cifs rw,vers=3.0 0 0
nas:/export/home /home/clerk/nas nfs4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
/dev/sdb1 /media/clerk/U\\040盘 vfat rw 0 0
/dev/sdc1 /mnt/caiwu/local-cache ext4 rw 0 0
`;

describe('parsing /proc/mounts', () => {
  const mounts = parseProcMounts(PROC_MOUNTS);
  it('reads mount points (with octal escapes) and types', () => {
    expect(mounts).toContainEqual({ mountPoint: '/mnt/caiwu', fsType: 'cifs' });
    expect(mounts).toContainEqual({ mountPoint: '/media/clerk/U 盘', fsType: 'vfat' });
  });

  it('finds the innermost mount of a path', () => {
    expect(mountFor('/mnt/caiwu/2024/selfeval.sqlite', mounts)?.fsType).toBe('cifs');
    expect(mountFor('/mnt/caiwu/local-cache/db.sqlite', mounts)?.fsType).toBe('ext4');
    expect(mountFor('/mnt/caiwuXYZ/db.sqlite', mounts)?.mountPoint).toBe('/');
  });

  it.each([
    ['/mnt/caiwu/selfeval.sqlite', 'cifs'],
    ['/home/clerk/nas/selfeval.sqlite', 'nfs4'],
    ['/run/user/1000/gvfs/smb-share:server=fs,share=caiwu/selfeval.sqlite', 'fuse.gvfsd-fuse'],
  ])('refuses %s (%s)', (p, type) => {
    expect(networkPathReason(p, 'linux', mounts)).toContain(type);
  });

  it.each([
    '/home/clerk/.local/share/selfeval-desk/selfeval.sqlite',
    '/tmp/x.sqlite',
    '/media/clerk/U 盘/a.sqlite',
    '/mnt/caiwu/local-cache/a.sqlite',
  ])('accepts the local path %s', (p) => {
    expect(networkPathReason(p, 'linux', mounts)).toBeNull();
  });
});

describe('Windows paths', () => {
  it.each([
    '\\\\fileserver\\caiwu\\selfeval.sqlite',
    '//fileserver/caiwu/selfeval.sqlite',
    '\\\\?\\UNC\\fileserver\\caiwu\\selfeval.sqlite',
    '\\\\wsl.localhost\\Ubuntu\\home\\a.sqlite',
  ])('recognises the UNC path %s', (p) => {
    expect(isWindowsNetworkPath(p)).toBe(true);
  });

  it.each([
    'C:\\Users\\clerk\\AppData\\Local\\绩效自评助手\\selfeval.sqlite',
    '\\\\?\\C:\\data\\a.sqlite',
    'D:\\a.sqlite',
  ])('treats %s as local', (p) => {
    expect(isWindowsNetworkPath(p)).toBe(false);
  });

  function windowsProbe(mapped: Record<string, string>): PathProbe {
    return {
      platform: 'win32',
      realpath(p) {
        for (const [drive, unc] of Object.entries(mapped))
          if (p.toUpperCase().startsWith(drive)) return unc + p.slice(2);
        if (/^[A-Z]:\\/i.test(p)) return p;
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      readMounts: () => [],
    };
  }

  it('refuses a mapped network drive, which realpath resolves to its \\\\server\\share form', () => {
    const probe = windowsProbe({ 'Z:': '\\\\fileserver\\caiwu' });
    expect(() => assertLocalDatabasePath('Z:\\绩效\\selfeval.sqlite', probe)).toThrow(/网络/);
    expect(() =>
      assertLocalDatabasePath('C:\\Users\\clerk\\AppData\\Local\\绩效自评助手\\selfeval.sqlite', probe),
    ).not.toThrow();
  });

  it('refuses a UNC path even when the share cannot be reached', () => {
    const probe = windowsProbe({});
    let caught: unknown;
    try {
      assertLocalDatabasePath('\\\\fileserver\\caiwu\\selfeval.sqlite', probe);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserFacingError);
    expect((caught as UserFacingError).code).toBe('network-path');
    expect((caught as UserFacingError).message).toContain('本机磁盘');
  });
});

describe('openDatabase on a network folder', () => {
  it('refuses with a Chinese message and creates nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'share', 'selfeval.sqlite');
    const probe: PathProbe = {
      platform: 'linux',
      realpath: (p) => fs.realpathSync(p),
      readMounts: () => [
        { mountPoint: '/', fsType: 'ext4' },
        { mountPoint: dir, fsType: 'nfs4' },
      ],
    };
    fs.mkdirSync(path.dirname(file));
    const err = await openDatabase(file, { pathProbe: probe }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as UserFacingError).code).toBe('network-path');
    expect((err as UserFacingError).message).toMatch(/网络文件系统（nfs4/);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('accepts the real temp folder of this machine (a local disk)', async () => {
    const db = await openDatabase(path.join(tempDir(), 'local.sqlite'));
    expect(db.open).toBe(true);
    db.close();
  });
});
