// The 核验PDF headline: at a finance bureau (no approvals in its database) a picked 签发回执 answers; a database
// verdict that found a real problem still leads.
import { describe, expect, it } from 'vitest';
import type { Output } from '../../shared/api/contract';
import { headlineFor } from '../../renderer/src/verify/headline';

type Verdict = Output<'verify.pdf'>;

const verdict = (v: Verdict['verdict'], receipt: Verdict['receipt']): Verdict => ({
  verdict: v,
  message: `数据库的结论：${v}`,
  problems: [],
  expected: null,
  signature: null,
  trustedCount: null,
  receipt,
  pdfSha256: 'a'.repeat(64),
  report: null,
  approval: null,
});
const receipt = (ok: boolean) => ({
  ok,
  problems: ok ? [] : ['PDF与回执不符'],
  lines: [],
  signer: null,
  trusted: null,
});

describe('the 核验PDF headline', () => {
  it('leads with an agreeing receipt when the database does not know the approval', () => {
    for (const v of ['unknown-approval', 'no-match'] as const) {
      const h = headlineFor(verdict(v, receipt(true)));
      expect(h).toMatchObject({ status: 'success', source: 'receipt', title: '与签发回执一致：是回执记载的签发版' });
      expect(h.subTitle).toContain('本机数据库中没有这次签发的记录');
    }
  });

  it('says the receipt disagrees when it does', () => {
    expect(headlineFor(verdict('unknown-approval', receipt(false)))).toMatchObject({
      status: 'error',
      source: 'receipt',
    });
  });

  it('keeps the database verdict without a receipt, and when the database found a problem or knows the approval', () => {
    expect(headlineFor(verdict('unknown-approval', null))).toMatchObject({
      status: 'warning',
      source: 'database',
      subTitle: '数据库的结论：unknown-approval',
    });
    expect(headlineFor(verdict('altered', receipt(true)))).toMatchObject({ status: 'error', title: '文件已被改动' });
    expect(headlineFor(verdict('inconsistent', receipt(true))).source).toBe('database');
    expect(headlineFor(verdict('approved', receipt(true)))).toMatchObject({ status: 'success', source: 'database' });
  });
});
