/** Settings kept in the database: read with a schema (a damaged value reads as absent), written in one statement. */
import type { z } from 'zod';
import type { Db } from './db-handle';
import { guardWrite } from './sqlite-errors';

export function readSetting<S extends z.ZodType>(db: Db, key: string, schema: S): z.output<S> | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key);
  if (!row) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `null` removes the setting (back to the default). */
export function writeSetting(db: Db, key: string, value: unknown): void {
  guardWrite(() => {
    if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(key, JSON.stringify(value), new Date().toISOString());
  });
}
