/** Program settings that belong with the data (a unit's house layout of the PDF): one JSON value per key. */
import type { Migration } from './migration';

export const settings: Migration = {
  version: 30,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
