/**
 * The backup slice of the API: list the database's backups, take one now, restore one (from the list or from a
 * file the clerk kept elsewhere), and export one as bytes. Bytes travel as base64 and a backup is named by its id
 * (its file name, checked against BACKUP_ID_PATTERN), never by a path. The lead merges this slice into
 * contract.ts; electron/services/backup/backup-service.ts implements it.
 */
import { z } from 'zod';
import { base64Bytes } from './base64-bytes';

export const BACKUP_KINDS = ['auto', 'manual', 'before-import', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  auto: '自动备份',
  manual: '手动备份',
  'before-import': '导入前自动备份',
  'before-restore': '恢复前的数据库',
};

/**
 * selfeval-20250314T163015+0800-auto.sqlite: local time with its offset (older backups: UTC, "…083015Z"); "-2"
 * before the kind when two fall in the same second.
 */
export const BACKUP_ID_PATTERN =
  /^selfeval-(\d{8}T\d{6}(?:Z|[+-]\d{4}))(?:-(\d{1,3}))?-(auto|manual|before-import|before-restore)\.sqlite$/;

/** A whole database; generous for many years of reports, small enough to travel through one API call. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

const backupId = z.string().max(100).regex(BACKUP_ID_PATTERN, { error: '备份编号无效' });

export const BackupInfoSchema = z.object({
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** ISO time the backup was taken. */
  createdAt: z.string(),
  sizeBytes: z.number().int().min(0),
  /** The reports it holds ("通道侗族自治县公安局 2024年度"), or null when it cannot be read. */
  reports: z.array(z.string()).nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

const restoreResult = z.object({
  /** Where the data now comes from: the backup's id, or the uploaded file's name. */
  restoredFrom: z.string(),
  /** The database as it was just before the restore, kept as a backup so the restore can be undone. */
  keptAs: BackupInfoSchema.nullable(),
  /** Saves in the restored data, so the clerk sees at once what came back. */
  reportCount: z.number().int().min(0),
});

export const backupApi = {
  'backup.list': { input: z.object({}), output: z.array(BackupInfoSchema) },
  'backup.create': { input: z.object({}), output: BackupInfoSchema },
  'backup.restore': { input: z.object({ id: backupId }), output: restoreResult },
  'backup.restoreFile': {
    input: z.object({
      fileName: z.string().max(260),
      data: base64Bytes(MAX_BACKUP_BYTES, {
        tooLarge: `文件过大（超过${MAX_BACKUP_BYTES / 1024 / 1024} MB），不是本程序的备份`,
      }).min(1, { error: '文件是空的' }),
    }),
    output: restoreResult,
  },
  'backup.export': {
    input: z.object({ id: backupId }),
    output: z.object({ fileName: z.string(), data: z.string() }),
  },
} as const;

export type BackupApi = typeof backupApi;
