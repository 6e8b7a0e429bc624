// Issue 14, separation of duties on one PC: the optional 审核人口令 (kept as a slow salted hash) is required to
// approve, even in the session that submitted; changing the 签发设置 needs it too; and the setting "签发须使用证书"
// refuses a PDF without a certificate signature.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { createReport } from '../../electron/db/report-store';
import { listAudit } from '../../electron/db/audit-log';
import type { Output } from '../../shared/api/contract';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { referenceReport, testAssets } from '../pdf/pdf-test-kit';

let h: HandlerHarness;
let id: string;
const PASSWORD = '审核口令-2025';

beforeAll(async () => {
  h = await openHandlers({ today: () => '2025-05-29', pdfAssets: await testAssets(), actor: '王会计' });
  id = createReport(h.holder.handle, {
    title: '口令测试',
    report: fixReferenceFindings(referenceReport()),
    summary: '新建',
  }).id;
  await h.call('signoff.submit', { id, baseRevision: 1 });
}, 60_000);
afterAll(() => h.close());

type State = Output<'signoff.state'>;
const reviewer = { approverName: '李局长', approverRole: '局长', comment: '同意' };

describe('the 审核人口令', () => {
  it('is stored only as a scrypt hash with its salt', async () => {
    expect((await h.call<State>('signoff.state', { id })).policy).toEqual({
      requireCertificate: false,
      reviewerPasswordSet: false,
    });
    const tooShort = await h.attempt('signoff.setPolicy', { newReviewerPassword: '123' });
    expect(tooShort.ok ? '' : tooShort.error.details?.join('；')).toContain('审核人口令至少6个字符');
    const policy = await h.call('signoff.setPolicy', { newReviewerPassword: PASSWORD });
    expect(policy).toEqual({ requireCertificate: false, reviewerPasswordSet: true });
    const raw = new Database(h.dbFile, { readonly: true });
    const row = raw
      .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'signoff.reviewerPassword'")
      .get();
    raw.close();
    expect(row?.value).not.toContain(PASSWORD);
    expect(JSON.parse(row?.value ?? '{}')).toMatchObject({ algorithm: 'scrypt', N: 32768 });
  });

  it('is required to approve, also in the session that submitted; a wrong one approves nothing', async () => {
    const prepared = await h.call<Output<'signoff.preparePdf'>>('signoff.preparePdf', { id, ...reviewer });
    const approval = { id, revision: prepared.revision, pdfSha256: prepared.pdfSha256 };
    const none = await h.attempt('signoff.approve', approval);
    expect(none.ok ? '' : none.error).toMatchObject({
      code: 'reviewer-password',
      message: expect.stringContaining('请审核人输入口令'),
    });
    const wrong = await h.attempt('signoff.approve', { ...approval, reviewerPassword: '猜一个' });
    expect(wrong.ok ? '' : wrong.error.message).toBe('审核人口令不正确，未签发');
    expect((await h.call<State>('signoff.state', { id })).status).toBe('submitted');
    const done = await h.call<State>('signoff.approve', { ...approval, reviewerPassword: PASSWORD });
    expect(done.status).toBe('approved');
    expect(listAudit(h.holder.handle, id).at(-1)?.newValue).toContain('已验证审核人口令');
  }, 60_000);

  it('guards the 签发设置: without it nothing changes, with it the password can be removed', async () => {
    const refused = await h.attempt('signoff.setPolicy', { newReviewerPassword: '' });
    expect(refused.ok ? '' : refused.error.code).toBe('reviewer-password');
    expect((await h.call<State>('signoff.state', { id })).policy.reviewerPasswordSet).toBe(true);
    const cleared = await h.call('signoff.setPolicy', { newReviewerPassword: '', currentReviewerPassword: PASSWORD });
    expect(cleared).toEqual({ requireCertificate: false, reviewerPasswordSet: false });
  });
});

describe('签发须使用证书', () => {
  it('refuses to prepare a PDF without a certificate once set', async () => {
    await h.call('signoff.reopen', { id });
    await h.call('signoff.submit', { id, baseRevision: (await h.call<State>('signoff.state', { id })).revision });
    await h.call('signoff.setPolicy', { requireCertificate: true });
    const refused = await h.attempt('signoff.preparePdf', { id, ...reviewer });
    expect(refused.ok ? '' : refused.error).toMatchObject({
      code: 'certificate-required',
      message: expect.stringContaining('签发须使用证书'),
    });
  });
});
