/** The rotation policy on made-up dates: 3 newest + 7 daily + 4 weekly automatic backups; N newest of the rest. */
import { describe, expect, it } from 'vitest';
import {
  backupName,
  freeBackupName,
  parseBackupName,
  type ParsedBackupName,
} from '../../electron/services/backup/backup-names';
import { backupsToDelete, RETENTION, type DayKeys } from '../../electron/services/backup/retention';
import type { BackupKind } from '../../shared/api/backup-api';

/** UTC calendar so the test does not depend on the machine's time zone. */
const utcKeys: DayKeys = {
  day: (d) => d.toISOString().slice(0, 10),
  week: (d) => {
    const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
    return monday.toISOString().slice(0, 10);
  },
};

function at(iso: string, kind: BackupKind = 'auto', seq = 1): ParsedBackupName {
  const parsed = parseBackupName(backupName(new Date(iso), kind, seq));
  if (!parsed) throw new Error('bad name');
  return parsed;
}

function kept(all: ParsedBackupName[]): string[] {
  const doomed = new Set(backupsToDelete(all, utcKeys));
  return all.filter((b) => !doomed.has(b.id)).map((b) => b.createdAt.toISOString().slice(0, 16));
}

describe('backup names', () => {
  it('round-trip time, kind and sequence; the name shows local time (here UTC+8) with its offset', () => {
    const name = backupName(new Date('2025-03-14T08:30:15.123Z'), 'before-import', 2, 480);
    expect(name).toBe('selfeval-20250314T163015+0800-2-before-import.sqlite');
    expect(parseBackupName(name)).toEqual({
      id: name,
      kind: 'before-import',
      createdAt: new Date('2025-03-14T08:30:15Z'),
      sequence: 2,
    });
    expect(backupName(new Date('2025-03-14T08:30:15Z'), 'auto', 1, -300)).toBe(
      'selfeval-20250314T033015-0500-auto.sqlite',
    );
  });

  it('gives a backup in the same second a number past the highest used, never a freed lower one', () => {
    const at = new Date('2025-03-14T08:30:15Z');
    const taken = new Set([2, 3, 4].map((seq) => backupName(at, 'auto', seq)));
    expect(freeBackupName(at, 'auto', taken)).toBe(backupName(at, 'auto', 5));
    expect(freeBackupName(at, 'auto', new Set())).toBe(backupName(at, 'auto', 1));
  });

  it('still reads the older UTC names', () => {
    expect(parseBackupName('selfeval-20250314T083015Z-manual.sqlite')?.createdAt).toEqual(
      new Date('2025-03-14T08:30:15Z'),
    );
  });

  it.each([
    '../selfeval-20250314T083015Z-auto.sqlite',
    'selfeval-20250314T083015Z-auto.sqlite-wal',
    '.partial-selfeval-20250314T083015Z-auto.sqlite',
    'x.sqlite',
  ])('rejects %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});

describe('retention of automatic backups', () => {
  it('keeps the newest 3, one per day for 7 days, then one per week for 4 weeks', () => {
    // Four backups a day (every 6 hours) for 60 days, newest first: 2025-03-01 back to 2025-01-01.
    const all: ParsedBackupName[] = [];
    for (let d = 0; d < 60; d++) {
      for (const h of [18, 12, 6, 0]) {
        all.push(at(new Date(Date.UTC(2025, 2, 1 - d, h)).toISOString()));
      }
    }
    const k = kept(all);
    expect(k.slice(0, 3)).toEqual(['2025-03-01T18:00', '2025-03-01T12:00', '2025-03-01T06:00']);
    // Daily: the newest of each of the 7 newest days (the first is already among the 3 newest).
    expect(k.slice(3, 9)).toEqual([
      '2025-02-28T18:00',
      '2025-02-27T18:00',
      '2025-02-26T18:00',
      '2025-02-25T18:00',
      '2025-02-24T18:00',
      '2025-02-23T18:00',
    ]);
    // Weekly (Monday weeks), beyond the week of the oldest daily copy (2025-02-23 is a Sunday, week of 02-17).
    expect(k.slice(9)).toEqual(['2025-02-16T18:00', '2025-02-09T18:00', '2025-02-02T18:00', '2025-01-26T18:00']);
    expect(k).toHaveLength(RETENTION.autoRecent + RETENTION.autoDaily - 1 + RETENTION.autoWeekly);
  });

  it('deletes nothing while there are few backups', () => {
    const all = [at('2025-03-01T10:00:00Z'), at('2025-02-20T10:00:00Z'), at('2024-12-01T10:00:00Z')];
    expect(backupsToDelete(all, utcKeys)).toEqual([]);
  });
});

describe('retention of the other kinds', () => {
  it('keeps the newest N of each kind, independently of the automatic ones', () => {
    const all: ParsedBackupName[] = [];
    for (let i = 0; i < 30; i++) {
      all.push(at(new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), 'manual'));
      all.push(at(new Date(Date.UTC(2025, 0, 1 + i, 1)).toISOString(), 'before-import'));
      all.push(at(new Date(Date.UTC(2025, 0, 1 + i, 2)).toISOString(), 'before-restore'));
    }
    const doomed = new Set(backupsToDelete(all, utcKeys));
    const left = (kind: BackupKind) => all.filter((b) => b.kind === kind && !doomed.has(b.id));
    expect(left('manual')).toHaveLength(RETENTION.manual);
    expect(left('before-import')).toHaveLength(RETENTION['before-import']);
    expect(left('before-restore')).toHaveLength(RETENTION['before-restore']);
    // The newest survive (the list above is oldest first).
    expect(left('manual').map((b) => b.createdAt.getUTCDate())).toEqual(Array.from({ length: 20 }, (_, i) => 11 + i));
  });
});
