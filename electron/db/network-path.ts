/**
 * Refuses a database on a network folder. SQLite's WAL "does not work over a network filesystem" and SMB/NFS
 * locking is unreliable, so a database there can lose saves or corrupt (reliability.md §2.1, D10).
 * The classification is pure (tested with made-up paths and mount tables); `assertLocalDatabasePath` feeds it
 * the real system: realpath (which turns a mapped Windows drive into its \\server\share UNC form) and, on Linux,
 * /proc/mounts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../shared/api/result';

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

/** Filesystem types that live on another computer (or behave like it for locking). */
const NETWORK_FS_TYPES: ReadonlySet<string> = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'coda',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  '9p',
  'davfs',
  'sshfs',
  'fuse.sshfs',
  'fuse.glusterfs',
  'fuse.cephfs',
  'fuse.s3fs',
  'fuse.rclone',
  'fuse.davfs2',
  // GNOME/UOS file managers mount SMB, FTP, WebDAV and phones here (…/gvfs/smb-share:server=…).
  'fuse.gvfsd-fuse',
]);

/** Decodes the octal escapes /proc/mounts uses for space, tab, newline and backslash in mount points. */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export function parseProcMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const [, mountPoint, fsType] = fields;
    if (mountPoint && fsType) entries.push({ mountPoint: unescapeMountField(mountPoint), fsType });
  }
  return entries;
}

/** The mount a path lives on: the longest mount point that is the path or one of its parents (later wins ties). */
export function mountFor(resolvedPath: string, mounts: readonly MountEntry[]): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const m of mounts) {
    const mp = m.mountPoint === '/' ? '/' : m.mountPoint.replace(/\/+$/, '');
    const inside = mp === '/' || resolvedPath === mp || resolvedPath.startsWith(`${mp}/`);
    if (inside && (!best || mp.length >= best.mountPoint.replace(/\/+$/, '').length)) best = m;
  }
  return best;
}

/** UNC paths (\\server\share, //server/share, \\?\UNC\server\share); device paths like \\?\C:\ are local. */
export function isWindowsNetworkPath(p: string): boolean {
  const s = p.replace(/\//g, '\\');
  if (/^\\\\[?.]\\UNC\\/i.test(s)) return true;
  if (/^\\\\[?.]\\/.test(s)) return false;
  return /^\\\\[^\\]+\\[^\\]+/.test(s);
}

/**
 * Why a path is not local, in Chinese, or null when it is local. `resolvedPath` is the real path (symlinks and
 * mapped drives already resolved); `mounts` is the Linux mount table (ignored on Windows).
 */
export function networkPathReason(
  resolvedPath: string,
  platform: NodeJS.Platform,
  mounts: readonly MountEntry[] = [],
): string | null {
  if (platform === 'win32') {
    return isWindowsNetworkPath(resolvedPath) ? '网络共享文件夹（\\\\服务器\\共享 或映射的网络驱动器）' : null;
  }
  const mount = mountFor(resolvedPath, mounts);
  if (mount && NETWORK_FS_TYPES.has(mount.fsType.toLowerCase())) {
    return `网络文件系统（${mount.fsType}，挂载于 ${mount.mountPoint}）`;
  }
  return null;
}

/** What the real-system check needs; tests pass a fake. */
export interface PathProbe {
  platform: NodeJS.Platform;
  realpath(p: string): string;
  readMounts(): MountEntry[];
}

export const systemPathProbe: PathProbe = {
  platform: process.platform,
  // The native realpath asks Windows for the final path: a mapped drive (Z:\) comes back as \\server\share.
  realpath: (p) => fs.realpathSync.native(p),
  readMounts: () => {
    try {
      return parseProcMounts(fs.readFileSync('/proc/mounts', 'utf8'));
    } catch {
      return [];
    }
  },
};

/** The real path of the file, or of its nearest existing parent folder (the file may not exist yet). */
function resolveExisting(file: string, probe: PathProbe): string {
  const p = pathFor(probe.platform);
  let current = p.resolve(file);
  let rest = '';
  for (;;) {
    try {
      const real = probe.realpath(current);
      return rest ? p.join(real, rest) : real;
    } catch {
      const parent = p.dirname(current);
      if (parent === current) return p.resolve(file);
      rest = rest ? p.join(p.basename(current), rest) : p.basename(current);
      current = parent;
    }
  }
}

function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

export function assertLocalDatabasePath(file: string, probe: PathProbe = systemPathProbe): void {
  if (file === ':memory:') return;
  // The UNC check also runs on the path as given: realpath of an unreachable share fails and falls back.
  const given = pathFor(probe.platform).resolve(file);
  const resolved = resolveExisting(file, probe);
  const reason =
    (probe.platform === 'win32' && isWindowsNetworkPath(file) ? networkPathReason(file, 'win32') : null) ??
    networkPathReason(resolved, probe.platform, probe.platform === 'win32' ? [] : probe.readMounts());
  if (reason) {
    throw new UserFacingError(
      'network-path',
      `数据库文件位于${reason}：${given}。在网络文件夹中使用数据库，断网或多台电脑同时打开时可能丢失或损坏数据，本程序不允许这样做。` +
        '请把数据放在本机磁盘上（默认位置即为本机），如需在多台电脑间交换，请使用“导出报告文件”或“导出备份”',
    );
  }
}
