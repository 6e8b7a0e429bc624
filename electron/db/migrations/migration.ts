import type { Db } from '../db-handle';

/** One schema step. Versions go in steps of 10 so a fix-up can slot in between without renumbering. */
export interface Migration {
  version: number;
  name: string;
  /** Runs inside the transaction that also sets user_version; it must not open its own. */
  up(db: Db): void;
}
