/**
 * A real database to tamper with, as an auditor would with the sqlite3 tool on a copy: one report approved through
 * the app (its real approved PDF), one draft that still has 强制 errors (and its plain export), and edits made
 * after the approval. Each test gets its own copy of the file and changes it with raw SQL.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { runVerifyCommand } from '../../electron/cli/commands/verify-command';
import { entryHash, GENESIS_HASH, type AuditAction } from '../../electron/db/audit-log';
import { sha256Hex } from '../../electron/db/signoff-store';
import type { Output } from '../../shared/api/contract';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { testAssets } from '../pdf/pdf-test-kit';

export interface TamperFixture {
  h: HandlerHarness;
  /** A closed, checkpointed copy of the database: the original every test copies. */
  pristine: string;
  approvedId: string;
  approvedPdf: Buffer;
  draftId: string;
  /** A plain export of the draft: what a forger would point a fake approval at. */
  draftPdf: Buffer;
}

type Stored = Output<'report.get'>;

export async function buildTamperFixture(options: { certificate?: { data: string; password: string } } = {}) {
  const h = await openHandlers({ today: () => '2025-05-29', pdfAssets: await testAssets(), actor: '王会计' });
  const content = readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
  const call = h.call.bind(h);

  const a = await call<Stored>('report.importFile', { content });
  const saved = await call<{ revision: number }>('report.save', {
    id: a.id,
    baseRevision: a.revision,
    report: fixReferenceFindings(a.report),
  });
  await call('signoff.submit', { id: a.id, baseRevision: saved.revision });
  const prepared = await call<Output<'signoff.preparePdf'>>('signoff.preparePdf', {
    id: a.id,
    approverName: '李局长',
    approverRole: '局长',
    comment: '同意报送',
    ...(options.certificate ? { certificate: options.certificate } : {}),
  });
  await call('signoff.approve', { id: a.id, revision: prepared.revision, pdfSha256: prepared.pdfSha256 });
  const approvedPdf = Buffer.from(prepared.base64, 'base64');

  const b = await call<Stored>('report.importFile', { content });
  b.report.selfName = '本局';
  await call('report.save', { id: b.id, baseRevision: b.revision, report: b.report });
  const plain = await call<{ base64: string }>('export.pdf', { id: b.id });

  const pristine = path.join(h.dir, 'pristine.sqlite');
  await h.holder.handle.backup(pristine);
  const fixture: TamperFixture = {
    h,
    pristine,
    approvedId: a.id,
    approvedPdf,
    draftId: b.id,
    draftPdf: Buffer.from(plain.base64, 'base64'),
  };
  return fixture;
}

let copies = 0;

/** A fresh copy of the fixture's database, opened with raw better-sqlite3 (no app code, triggers as stored). */
export function tamperCopy(f: TamperFixture): { file: string; raw: Database.Database } {
  copies += 1;
  const file = path.join(f.h.dir, `copy-${copies}.sqlite`);
  copyFileSync(f.pristine, file);
  return { file, raw: new Database(file) };
}

export function dropAllTriggers(raw: Database.Database): void {
  const names = raw.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all();
  for (const { name } of names) raw.exec(`DROP TRIGGER "${name}"`);
}

export function writeTemp(f: TamperFixture, name: string, bytes: Uint8Array): string {
  const file = path.join(f.h.dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function verifyCli(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runVerifyCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => readFileSync(p),
  });
  return { code, stdout, stderr };
}

/** The forger's "short script": rewrites every entry's hash from `fromSeq` on and points the head at the new end. */
export function recomputeChain(raw: Database.Database): void {
  const rows = raw
    .prepare<
      [],
      {
        seq: number;
        report_id: string;
        at: string;
        actor: string;
        action: AuditAction;
        field: string;
        path: string;
        old_value: string;
        new_value: string;
      }
    >('SELECT * FROM audit_log ORDER BY seq')
    .all();
  let prev = GENESIS_HASH;
  const update = raw.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const hash = entryHash(prev, {
      seq: r.seq,
      reportId: r.report_id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      field: r.field,
      path: r.path,
      oldValue: r.old_value,
      newValue: r.new_value,
    });
    update.run(prev, hash, r.seq);
    prev = hash;
  }
  raw.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(rows.length, prev);
}

export { sha256Hex };
