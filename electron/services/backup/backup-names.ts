/** Backup file names carry their own time and kind, so the folder can be listed without any index file. */
import { BACKUP_ID_PATTERN, type BackupKind } from '../../../shared/api/backup-api';

export interface ParsedBackupName {
  id: string;
  kind: BackupKind;
  createdAt: Date;
  /** Orders two backups taken in the same second. */
  sequence: number;
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function backupName(createdAt: Date, kind: BackupKind, sequence = 1): string {
  const seq = sequence > 1 ? `-${sequence}` : '';
  return `selfeval-${stamp(createdAt)}${seq}-${kind}.sqlite`;
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const m = BACKUP_ID_PATTERN.exec(name);
  if (!m) return null;
  const [, s, seq, kind] = m;
  if (!s || !kind) return null;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  const createdAt = new Date(iso);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { id: name, kind: kind as BackupKind, createdAt, sequence: seq ? Number(seq) : 1 };
}

/** Newest first. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence;
}

/**
 * A name for a backup taken at `at`, ordered after every backup already taken in the same second. A number freed by
 * retention is never reused: a reused lower number would sort as the oldest of that second and be deleted at once.
 */
export function freeBackupName(at: Date, kind: BackupKind, existing: ReadonlySet<string>): string {
  const second = Math.floor(at.getTime() / 1000);
  let highest = 0;
  for (const name of existing) {
    const parsed = parseBackupName(name);
    if (parsed && parsed.kind === kind && parsed.createdAt.getTime() / 1000 === second) {
      highest = Math.max(highest, parsed.sequence);
    }
  }
  if (highest >= 999) throw new Error('同一秒内的备份过多');
  return backupName(at, kind, highest + 1);
}

/** Copies in progress are written under this prefix and renamed only once verified. */
export const PARTIAL_PREFIX = '.partial-';
