/** The backup folder on disk: listing it, durable renames, and one-at-a-time access. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/api/backup-api';
import { compareNewestFirst, parseBackupName, PARTIAL_PREFIX, type ParsedBackupName } from './backup-names';

export function parsedBackups(dir: string): ParsedBackupName[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((b): b is ParsedBackupName => b !== null)
    .sort(compareNewestFirst);
}

export function backupInfo(dir: string, b: ParsedBackupName): BackupInfo | null {
  try {
    const file = path.join(dir, b.id);
    const stat = fs.statSync(file);
    return {
      id: b.id,
      kind: b.kind,
      createdAt: b.createdAt.toISOString(),
      sizeBytes: stat.size,
      reports: reportsIn(file, stat.mtimeMs, stat.size),
    };
  } catch {
    return null;
  }
}

/** A backup never changes once written: what it holds is read once per file (keyed by path, time and size). */
const contents = new Map<string, string[] | null>();

/** The live reports in a backup ("单位 2024年度"), by unit and year; null when it cannot be read. */
function reportsIn(file: string, mtimeMs: number, size: number): string[] | null {
  const key = `${file}|${mtimeMs}|${size}`;
  const known = contents.get(key);
  if (known !== undefined) return known;
  let found: string[] | null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      found = db
        .prepare<[], { unit_name: string; year: number }>(
          'SELECT unit_name, year FROM reports WHERE deleted_at IS NULL ORDER BY unit_name, year DESC',
        )
        .all()
        .map((r) => `${r.unit_name} ${r.year}年度`);
    } finally {
      db.close();
    }
  } catch {
    found = null;
  }
  contents.set(key, found);
  return found;
}

/** Every backup in the folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  return parsedBackups(dir)
    .map((b) => backupInfo(dir, b))
    .filter((b): b is BackupInfo => b !== null);
}

/** Forces a file's bytes to the disk, so a power cut after the rename cannot leave an empty "backup". */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in `dir` durable. Windows cannot open a folder this way; NTFS journals the rename itself. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Best effort: a leftover temp file is cleaned at the next backup.
  }
}

/** Half-written copies left by a backup that was killed (power cut, crash); never trusted, always removed. */
export function removePartials(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(PARTIAL_PREFIX)) removeQuietly(path.join(dir, name));
}

const queues = new Map<string, Promise<unknown>>();

/** Runs backup-folder work one at a time per folder (the half-hourly timer and a click can coincide). */
export function serialized<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

/** A backup id from the page is only ever a name matching the pattern; this resolves it inside the folder. */
export function backupPath(dir: string, id: string): string | null {
  if (!parseBackupName(id) || path.basename(id) !== id) return null;
  return path.join(dir, id);
}
