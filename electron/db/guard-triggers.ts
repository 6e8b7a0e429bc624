/**
 * The protective triggers a database must hold, checked where a file comes in: at start-up (missing or altered ones
 * are re-created, and each report's audit log says so), on restoring a backup (refused), and by `selfeval verify`
 * (reported). Someone who can write the file can drop triggers; this makes the app notice and put them back.
 */
import type { Db } from './db-handle';
import { GUARD_TRIGGERS_V40, GUARD_TRIGGER_NAMES_V20 } from './migrations/0040-signoff-guards';

/** The triggers of the current schema; a migration that changes them points this at its own list. */
export const GUARD_TRIGGERS = GUARD_TRIGGERS_V40;
const GUARDS_SINCE = 40;

const normalize = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function storedTriggers(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], { name: string; sql: string | null }>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
    .all();
  return new Map(rows.map((r) => [r.name, normalize(r.sql ?? '')]));
}

/** Names of the triggers a database of `schemaVersion` should hold but does not, or holds in another form. */
export function missingOrAlteredGuards(db: Db, schemaVersion: number): string[] {
  const stored = storedTriggers(db);
  if (schemaVersion >= GUARDS_SINCE) {
    return GUARD_TRIGGERS.filter((t) => stored.get(t.name) !== normalize(t.sql)).map((t) => t.name);
  }
  // An older file is migrated on opening, which re-creates every trigger: what it should hold is checked by name.
  if (schemaVersion >= 20) return GUARD_TRIGGER_NAMES_V20.filter((name) => !stored.has(name));
  return [];
}

/** Re-creates missing or altered triggers (in the caller's transaction); returns their names. */
export function recreateGuards(db: Db): string[] {
  const broken = new Set(missingOrAlteredGuards(db, GUARDS_SINCE));
  for (const t of GUARD_TRIGGERS) {
    if (!broken.has(t.name)) continue;
    db.exec(`DROP TRIGGER IF EXISTS "${t.name}"`);
    db.exec(t.sql);
  }
  return [...broken];
}
