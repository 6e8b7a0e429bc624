/** Backup file names carry their own time and kind, so the folder can be listed without any index file. */
import { BACKUP_ID_PATTERN, type BackupKind } from '../../../shared/api/backup-api';
import { backupStampTime } from '../../../shared/api/backup-label';

export interface ParsedBackupName {
  id: string;
  kind: BackupKind;
  createdAt: Date;
  /** Orders two backups taken in the same second. */
  sequence: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * 20250314T163015+0800: the computer's local time, as the backup page shows it (a clerk looking in the folder
 * sees the same time as on screen), with its offset so the instant stays exact across a time-zone change.
 */
function stamp(d: Date, offsetMinutes: number): string {
  const local = new Date(Math.floor(d.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  const core = local.toISOString().slice(0, 19).replace(/[-:]/g, '');
  const abs = Math.abs(offsetMinutes);
  return `${core}${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** `offsetMinutes`: east of UTC, the computer's own by default (tests fix it). */
export function backupName(
  createdAt: Date,
  kind: BackupKind,
  sequence = 1,
  offsetMinutes = -createdAt.getTimezoneOffset(),
): string {
  const seq = sequence > 1 ? `-${sequence}` : '';
  return `selfeval-${stamp(createdAt, offsetMinutes)}${seq}-${kind}.sqlite`;
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const m = BACKUP_ID_PATTERN.exec(name);
  if (!m) return null;
  const [, s, seq, kind] = m;
  if (!s || !kind) return null;
  // Older backups were named in UTC ("…Z"); newer ones in local time with the offset ("…+0800").
  const createdAt = backupStampTime(s);
  if (!createdAt) return null;
  return { id: name, kind: kind as BackupKind, createdAt, sequence: seq ? Number(seq) : 1 };
}

/** Newest first. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence;
}

/**
 * A free name for a backup taken at `at`: one sequence number past the highest already used in that second.
 * Never an earlier, freed number: the retention would take a reused low number for the oldest backup of that
 * second and delete the new backup at once (seen with several automatic backups in one second).
 */
export function freeBackupName(at: Date, kind: BackupKind, existing: ReadonlySet<string>): string {
  let highest = 0;
  for (let seq = 1; seq < 1000; seq++) if (existing.has(backupName(at, kind, seq))) highest = seq;
  if (highest >= 999) throw new Error('同一秒内的备份过多');
  return backupName(at, kind, highest + 1);
}

/** Copies in progress are written under this prefix and renamed only once verified. */
export const PARTIAL_PREFIX = '.partial-';
