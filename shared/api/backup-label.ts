/**
 * A backup's id is its file name (selfeval-20250314T163015+0800-manual.sqlite): exact, but not what a clerk
 * reads. Where a person sees it (the audit log, messages), it is told as "2025年3月14日 16:30:15的手动备份".
 */
import { BACKUP_ID_PATTERN, BACKUP_KIND_LABELS, type BackupKind } from './backup-api';

/** The instant in a backup name's stamp: "20250314T163015+0800" (local time and offset) or "…Z" (older, UTC). */
export function backupStampTime(stamp: string): Date | null {
  const zone = stamp.slice(15);
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const s = stamp;
  const d = new Date(
    `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}${offset}`,
  );
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2025年3月14日 16:30:15的手动备份" in this computer's time, or null when `id` is not a backup name. */
export function describeBackupId(id: string): string | null {
  const m = BACKUP_ID_PATTERN.exec(id);
  const at = m?.[1] ? backupStampTime(m[1]) : null;
  if (!m || !at) return null;
  const time = `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日 ${pad2(at.getHours())}:${pad2(at.getMinutes())}:${pad2(at.getSeconds())}`;
  return `${time}的${BACKUP_KIND_LABELS[m[3] as BackupKind]}`;
}

/** Backup names inside a text (an audit entry written before names were told this way) told as above. */
export function replaceBackupIds(text: string): string {
  return text.replace(/selfeval-\d{8}T\d{6}(?:Z|[+-]\d{4})(?:-\d{1,3})?-[a-z-]+\.sqlite/g, (id) => {
    const told = describeBackupId(id);
    return told ? `${told}（${id}）` : id;
  });
}
