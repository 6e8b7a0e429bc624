/**
 * Real PDFs to put beside the 汇总 fixtures: one approved through the app (submit, 签发) from the very content of
 * fixture 13, and a plain export of fixture 02 (no approval mark).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Output } from '../../shared/api/contract';
import { SUMMARY_FIXTURES } from '../fixtures/summary-fixtures';
import { openHandlers } from '../api/handlers-harness';
import { testAssets } from '../pdf/pdf-test-kit';

type Stored = Output<'report.get'>;

export async function makeSummaryPdfs(): Promise<{ approved: Buffer; plain: Buffer }> {
  const h = await openHandlers({ today: () => '2025-05-29', pdfAssets: await testAssets(), actor: '王会计' });
  try {
    const read = (name: string) => readFileSync(path.join(SUMMARY_FIXTURES, `${name}.selfeval.json`), 'utf8');
    const a = await h.call<Stored>('report.importFile', { content: read('13-通道侗族自治县公安局（修改后）') });
    await h.call('signoff.submit', { id: a.id, baseRevision: a.revision });
    const prepared = await h.call<Output<'signoff.preparePdf'>>('signoff.preparePdf', {
      id: a.id,
      approverName: '李局长',
      approverRole: '局长',
      comment: '同意报送',
    });
    await h.call('signoff.approve', { id: a.id, revision: prepared.revision, pdfSha256: prepared.pdfSha256 });
    const b = await h.call<Stored>('report.importFile', { content: read('02-县财政局') });
    const plain = await h.call<{ base64: string }>('export.pdf', { id: b.id });
    return { approved: Buffer.from(prepared.base64, 'base64'), plain: Buffer.from(plain.base64, 'base64') };
  } finally {
    h.close();
  }
}
