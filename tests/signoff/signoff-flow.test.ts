// The sign-off workflow through the handlers both transports serve, with the real PDF worker: refusal with the
// list, approval bound to the exact PDF shown, the approved PDF's sign-off block, fingerprint and 签发单, and
// verification of that PDF, of a copy with one byte flipped, of an unapproved export and of a foreign PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { runVerifyCommand } from '../../electron/cli/commands/verify-command';
import type { Output } from '../../shared/api/contract';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { flipOneByte } from '../fixtures/flip-one-byte';
import { flatText, pdfInfo, pdfText, renderPages, testAssets } from '../pdf/pdf-test-kit';

let h: HandlerHarness;

beforeAll(async () => {
  h = await openHandlers({ today: () => '2025-05-29', pdfAssets: await testAssets(), actor: '王会计' });
}, 60_000);
afterAll(() => h.close());

const call = <T>(name: string, input: unknown) => h.call<T>(name, input);
const attempt = <T>(name: string, input: unknown) => h.attempt<T>(name, input);

type Stored = Output<'report.get'>;
type State = Output<'signoff.state'>;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('sign-off from submission to verification', () => {
  let id: string;
  let approvedPdf: Uint8Array;

  it('refuses submission with the list of what is missing, then accepts the fixed report', async () => {
    const content = readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
    const stored = await call<Stored>('report.importFile', { content });
    id = stored.id;
    const state = await call<State>('signoff.state', { id });
    expect(state).toMatchObject({ status: 'draft', version: 1, allowedActions: ['submit'] });
    expect(state.blockers).toHaveLength(7);

    const refused = await attempt('signoff.submit', { id, baseRevision: stored.revision });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('submit-blocked');
    expect(refused.error.message).toContain('有7项需要先处理');
    expect(refused.error.details?.[0]).toMatch(/^［强制］落款日期/);
    expect(refused.error.details?.filter((d) => d.startsWith('［提示未说明］'))).toHaveLength(6);

    const saved = await call<{ revision: number }>('report.save', {
      id,
      baseRevision: stored.revision,
      report: fixReferenceFindings(stored.report),
    });
    const submitted = await call<State>('signoff.submit', { id, baseRevision: saved.revision });
    expect(submitted).toMatchObject({ status: 'submitted', blockers: [], allowedActions: ['return', 'approve'] });
  });

  it('keeps the submitted report locked until it is returned', async () => {
    const { report, revision } = await call<Stored>('report.get', { id });
    const locked = await attempt('report.save', { id, baseRevision: revision, report });
    expect(locked.ok ? '' : locked.error.code).toBe('locked');
    const returned = await call<State>('signoff.return', { id, reviewerName: '李局长', reason: '请补充绩效目标' });
    expect(returned).toMatchObject({ status: 'returned', statusNote: '请补充绩效目标' });
    report.goals.push({ heading: '', text: '全年刑事案件破案率不低于上年。' });
    const saved = await call<{ revision: number }>('report.save', { id, baseRevision: revision, report });
    await call<State>('signoff.submit', { id, baseRevision: saved.revision });
  });

  it('approves exactly the PDF prepared for the current revision', async () => {
    const prepared = await call<Output<'signoff.preparePdf'>>('signoff.preparePdf', {
      id,
      approverName: '李局长',
      approverRole: '局长',
      comment: '同意报送',
    });
    const bytes = new Uint8Array(Buffer.from(prepared.base64, 'base64'));
    expect(prepared.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(prepared.fileName).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告（第1版签发）.pdf');
    expect(prepared.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);

    const wrong = await attempt('signoff.approve', { id, revision: prepared.revision, pdfSha256: 'a'.repeat(64) });
    expect(wrong.ok ? '' : wrong.error.code).toBe('not-prepared');
    const stale = await attempt('signoff.approve', {
      id,
      revision: prepared.revision - 1,
      pdfSha256: prepared.pdfSha256,
    });
    expect(stale.ok ? '' : stale.error.code).toBe('conflict');

    const state = await call<State>('signoff.approve', {
      id,
      revision: prepared.revision,
      pdfSha256: prepared.pdfSha256,
    });
    expect(state.status).toBe('approved');
    expect(state.approvals).toEqual([
      expect.objectContaining({ version: 1, approverName: '李局长', pdfSha256: prepared.pdfSha256 }),
    ]);
    const download = await call<{ fileName: string; base64: string }>('signoff.approvedPdf', { id, version: 1 });
    approvedPdf = new Uint8Array(Buffer.from(download.base64, 'base64'));
    expect(Buffer.from(approvedPdf).equals(Buffer.from(bytes))).toBe(true);
    expect(download.fileName).toBe(prepared.fileName);
  }, 60_000);

  it('prints the sign-off block, the fingerprint on every page and the 签发单, and names itself in its metadata', async () => {
    const { approvals } = await call<State>('signoff.state', { id });
    const fingerprint = approvals[0]!.fingerprint;
    const text = pdfText(approvedPdf);
    const flat = flatText(text);
    expect(flat).toContain('审核人：李局长（局长）');
    expect(flat).toContain('版本：第1版');
    expect(flat).toContain('报告签发单');
    expect(flat).toContain('审核人签字');
    expect(flat).toContain('单位（盖章）');
    // Content order (raw): on the landscape pages, layout mode interleaves the footer with the table's columns.
    const pages = pdfText(approvedPdf, 'raw')
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(flatText(page)).toContain(`报告指纹${fingerprint}`);
    // The 签发单 is one page of its own, the last one.
    const sheet = flatText(pages[pages.length - 1] ?? '');
    expect(sheet).toContain('报告签发单');
    expect(sheet).toContain('单位（盖章）');
    expect(flatText(pages[pages.length - 2] ?? '')).not.toContain('报告签发单');
    const info = pdfInfo(approvedPdf);
    expect(info.SelfevalReportId).toBe(id);
    expect(info.SelfevalApprovedVersion).toBe('1');
    expect(info.SelfevalFingerprint).toBe(fingerprint);
    renderPages(approvedPdf, 'approved-reference');
  });

  it('verifies the approved PDF, and tells a one-byte change, an unapproved export and a foreign PDF apart', async () => {
    const verify = (bytes: Uint8Array) => call<Output<'verify.pdf'>>('verify.pdf', { data: b64(bytes) });
    const ok = await verify(approvedPdf);
    expect(ok).toMatchObject({ verdict: 'approved', report: { id }, approval: { version: 1 } });
    expect(ok.message).toContain('文件未被改动');

    const altered = await verify(flipOneByte(approvedPdf));
    expect(altered.verdict).toBe('altered');
    expect(altered.message).toContain('文件已被改动');

    const plain = await call<{ base64: string }>('export.pdf', { id });
    expect((await verify(new Uint8Array(Buffer.from(plain.base64, 'base64')))).verdict).toBe('draft');

    const foreign = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expect((await verify(foreign)).verdict).toBe('no-match');

    const notPdf = await attempt('verify.pdf', { data: b64(new TextEncoder().encode('hello')) });
    expect(notPdf.ok ? '' : notPdf.error.message).toContain('这不是PDF文件');
  }, 60_000);

  it('reopens as version 2 and leaves version 1 exactly as approved', async () => {
    const state = await call<State>('signoff.reopen', { id });
    expect(state).toMatchObject({ status: 'draft', version: 2 });
    const { report, revision } = await call<Stored>('report.get', { id });
    report.selfName = '本局';
    await call('report.save', { id, baseRevision: revision, report });
    const again = await call<{ base64: string }>('signoff.approvedPdf', { id, version: 1 });
    expect(Buffer.from(again.base64, 'base64').equals(Buffer.from(approvedPdf))).toBe(true);
    expect((await call<Output<'verify.pdf'>>('verify.pdf', { data: b64(approvedPdf) })).verdict).toBe('approved');
  });

  it('lists the audit log with an intact chain, and exports it as CSV', async () => {
    const log = await call<Output<'audit.list'>>('audit.list', { id });
    expect(await call('audit.verify', {})).toEqual({ ok: true, count: log.total, problem: '' });
    // Pages come from SQL, newest first.
    const second = await call<Output<'audit.list'>>('audit.list', { id, offset: 1, limit: 1 });
    expect(second).toEqual({ total: log.total, entries: [log.entries[1]] });
    const actions = log.entries.map((e) => e.action);
    expect(actions[0]).toBe('修改');
    expect(actions).toEqual(expect.arrayContaining(['新建', '送审', '退回', '签发', '重新打开']));
    expect(log.entries.find((e) => e.field.includes('落款') && e.newValue.includes('2025'))).toBeDefined();
    expect(log.entries.find((e) => e.action === '退回')?.actor).toBe('李局长');
    const csv = await call<{ fileName: string; content: string }>('audit.export', { id });
    expect(csv.content.startsWith('\uFEFF"序号"')).toBe(true);
    expect(csv.content).toContain('哈希链校验通过');
  });

  it('selfeval verify answers the same from the command line, without writing to the database', () => {
    const file = path.join(h.dir, 'approved.pdf');
    writeFileSync(file, approvedPdf);
    const altered = path.join(h.dir, 'altered.pdf');
    writeFileSync(altered, flipOneByte(approvedPdf));
    const run = (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = runVerifyCommand(args, {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        readFile: (p) => readFileSync(p),
      });
      return { code, stdout, stderr };
    };
    const before = readFileSync(h.dbFile);
    expect(run([file, '--db', h.dbFile])).toMatchObject({ code: 0, stdout: expect.stringContaining('文件未被改动') });
    expect(run([altered, '--db', h.dbFile])).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('文件已被改动'),
    });
    expect(run(['--db', h.dbFile])).toMatchObject({ code: 0, stdout: expect.stringContaining('审计日志完好') });
    expect(run([file])).toMatchObject({ code: 2, stderr: expect.stringContaining('--db') });
    expect(readFileSync(h.dbFile).equals(before)).toBe(true);
    // The bundled command, as a clerk or an auditor would run it.
    const cli = path.join(process.cwd(), 'dist', 'cli', 'selfeval.mjs');
    const out = execFileSync('node', [cli, 'verify', file, '--db', h.dbFile], { encoding: 'utf8' });
    expect(out).toContain('文件未被改动');
  });
});

describe('a sign-off PDF that cannot be made', () => {
  it('is refused with the missing character and where it is, as for export.pdf (not as an internal error)', async () => {
    const content = readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
    const stored = await call<Stored>('report.importFile', { content });
    const report = fixReferenceFindings(stored.report);
    const project = report.projects.items[0];
    if (!project) throw new Error('the reference has projects');
    project.name = `𠮷${project.name}`;
    const saved = await call<{ revision: number }>('report.save', {
      id: stored.id,
      baseRevision: stored.revision,
      report,
    });
    await call<State>('signoff.submit', { id: stored.id, baseRevision: saved.revision });
    const refused = await attempt('signoff.preparePdf', {
      id: stored.id,
      approverName: '李局长',
      approverRole: '局长',
      comment: '同意',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('pdf-missing-glyphs');
    expect(refused.error.details?.[0]).toContain('“𠮷”（U+20BB7）');
  });
});
