/**
 * Separation of duties on a shared PC (issue 14): an optional 审核人口令 that the supervisor sets and every approval
 * then needs, and a setting that makes a certificate (PAdES) signature compulsory for 签发. The password is kept
 * only as a slow salted hash (scrypt, N=2^15): whoever reads the database learns neither the password nor a quick
 * way to guess it. Both live in the database's settings: the owner of the file can remove them with another SQLite
 * tool (the README says so); what they prevent is a clerk approving through the app in the supervisor's name.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/result';
import type { Db } from '../../db/db-handle';
import { readSetting, writeSetting } from '../../db/settings-store';

const PASSWORD_KEY = 'signoff.reviewerPassword';
const REQUIRE_CERTIFICATE_KEY = 'signoff.requireCertificate';

const StoredPassword = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string(),
  hash: z.string(),
});
type StoredPassword = z.infer<typeof StoredPassword>;

const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(password.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem: 128 * cost.N * cost.r * 2 });
}

export function hashReviewerPassword(password: string): StoredPassword {
  const salt = randomBytes(16);
  return {
    algorithm: 'scrypt',
    ...COST,
    salt: salt.toString('base64'),
    hash: derive(password, salt, COST).toString('base64'),
  };
}

export function reviewerPasswordMatches(stored: StoredPassword, password: string): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export interface SignoffPolicy {
  requireCertificate: boolean;
  reviewerPasswordSet: boolean;
}

export function readPolicy(db: Db): SignoffPolicy {
  return {
    requireCertificate: readSetting(db, REQUIRE_CERTIFICATE_KEY, z.boolean()) ?? false,
    reviewerPasswordSet: readSetting(db, PASSWORD_KEY, StoredPassword) !== null,
  };
}

/** Refuses unless no password is set, or `password` is it. Returns how the approver was confirmed (for the log). */
export function checkReviewerPassword(db: Db, password: string | undefined): string {
  const stored = readSetting(db, PASSWORD_KEY, StoredPassword);
  if (!stored) return '未设审核人口令';
  if (!password) throw new UserFacingError('reviewer-password', '本机已设审核人口令：请审核人输入口令后再签发');
  if (!reviewerPasswordMatches(stored, password)) {
    throw new UserFacingError('reviewer-password', '审核人口令不正确，未签发');
  }
  return '已验证审核人口令';
}

export interface PolicyChange {
  requireCertificate?: boolean;
  /** A new password; '' removes it. */
  newReviewerPassword?: string;
  /** Needed for any change once a password is set: otherwise the clerk could simply remove it. */
  currentReviewerPassword?: string;
}

export function changePolicy(db: Db, change: PolicyChange): SignoffPolicy {
  checkReviewerPassword(db, change.currentReviewerPassword);
  if (change.requireCertificate !== undefined) writeSetting(db, REQUIRE_CERTIFICATE_KEY, change.requireCertificate);
  if (change.newReviewerPassword !== undefined) {
    writeSetting(
      db,
      PASSWORD_KEY,
      change.newReviewerPassword ? hashReviewerPassword(change.newReviewerPassword) : null,
    );
  }
  return readPolicy(db);
}
