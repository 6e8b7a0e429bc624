/** Builds the full handler table for one open database; both transports serve exactly this. */
import type { Handlers } from '../../shared/api/contract';
import type { Db } from '../db/db-handle';
import { createReportService } from '../services/report-service';
import { APP_VERSION } from './app-version';

export function createHandlers(db: Db, options: { today?: () => string } = {}): Handlers {
  return createReportService(db, { ...options, appVersion: APP_VERSION });
}
