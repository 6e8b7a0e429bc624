/** The one type every db function takes: the handle is passed in, never imported as a global. */
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;
