/**
 * Which backups to keep. Pure, so the policy is tested on made-up dates. Automatic backups rotate like a
 * grandfather-father-son tape set: the newest few, then one per day for the last days that have backups, then
 * one per week; the others kinds keep their newest N. A backup is only ever deleted *after* a newer one was
 * written and verified (backup-now.ts), so a failing disk never leaves the clerk with fewer good copies.
 */
import type { BackupKind } from '../../../shared/api/backup-api';
import { compareNewestFirst, type ParsedBackupName } from './backup-names';

/** Documented retention constants (reliability.md D7 "e.g. 7 daily / 4 weekly"). */
export const RETENTION = {
  /** The newest automatic backups, whatever their day: a bad edit this morning can be undone from before it. */
  autoRecent: 3,
  /** One automatic backup (the newest of its day) for each of this many days. */
  autoDaily: 7,
  /** One automatic backup (the newest of its week) for each of this many weeks, beyond the daily ones. */
  autoWeekly: 4,
  /** Backups the clerk asked for; they go only when this many newer ones exist. */
  manual: 20,
  /** Taken before each import. */
  'before-import': 10,
  /** The database as it was before each restore (the restore's undo). */
  'before-restore': 5,
} as const;

/** How often the running app takes an automatic backup (checked at start and every half hour). */
export const AUTO_BACKUP_INTERVAL_MS = 4 * 60 * 60 * 1000;

export interface DayKeys {
  /** A calendar-day key for a time (the clerk's local day in the app). */
  day(d: Date): string;
  /** A week key (Monday-based) for a time. */
  week(d: Date): string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local calendar days and Monday-starting weeks. */
export const localDayKeys: DayKeys = {
  day: (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  week: (d) => {
    const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
    return localDayKeys.day(monday);
  },
};

function keepNewestPerKey(
  sorted: readonly ParsedBackupName[],
  key: (b: ParsedBackupName) => string,
  count: number,
): Set<string> {
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const b of sorted) {
    const k = key(b);
    if (seen.has(k)) continue;
    if (seen.size >= count) break;
    seen.add(k);
    kept.add(b.id);
  }
  return kept;
}

/** The ids to delete, given every backup in the folder. */
export function backupsToDelete(backups: readonly ParsedBackupName[], keys: DayKeys = localDayKeys): string[] {
  const byKind = new Map<BackupKind, ParsedBackupName[]>();
  for (const b of backups) byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), b]);
  const doomed: string[] = [];
  for (const [kind, list] of byKind) {
    const sorted = [...list].sort(compareNewestFirst);
    let keep: Set<string>;
    if (kind === 'auto') {
      keep = new Set(sorted.slice(0, RETENTION.autoRecent).map((b) => b.id));
      const daily = keepNewestPerKey(sorted, (b) => keys.day(b.createdAt), RETENTION.autoDaily);
      daily.forEach((id) => keep.add(id));
      // Weekly copies come from before the oldest daily one, so the two ranges extend each other.
      const oldestDaily = sorted.filter((b) => daily.has(b.id)).at(-1);
      const older = oldestDaily
        ? sorted.filter(
            (b) => b.createdAt < oldestDaily.createdAt && keys.week(b.createdAt) !== keys.week(oldestDaily.createdAt),
          )
        : [];
      keepNewestPerKey(older, (b) => keys.week(b.createdAt), RETENTION.autoWeekly).forEach((id) => keep.add(id));
    } else {
      keep = new Set(sorted.slice(0, RETENTION[kind]).map((b) => b.id));
    }
    for (const b of sorted) if (!keep.has(b.id)) doomed.push(b.id);
  }
  return doomed;
}
