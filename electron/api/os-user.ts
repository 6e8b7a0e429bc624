/** The computer's login name, for the audit log's "who"; a fixed word when the system will not say. */
import os from 'node:os';
import { DEFAULT_ACTOR } from '../db/report-store';

export function osUserName(): string {
  try {
    const name = os.userInfo().username.trim();
    return name ? name.slice(0, 64) : DEFAULT_ACTOR;
  } catch {
    return DEFAULT_ACTOR;
  }
}
