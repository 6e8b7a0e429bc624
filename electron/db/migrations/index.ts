/** Every migration the app knows, oldest first. Add a new file (0020-…) and list it here. */
import type { Migration } from './migration';
import { initial } from './0010-initial';
import { signoff } from './0020-signoff';
import { settings } from './0030-settings';
import { signoffGuards } from './0040-signoff-guards';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [initial, signoff, settings, signoffGuards];

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
