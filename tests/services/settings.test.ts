// The unit's house layout: kept in the database, used by the PDF export, refused in Chinese when out of bounds,
// and reset to GB/T 9704.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { createReport } from '../../electron/db/report-store';
import type { Output } from '../../shared/api/contract';
import { GBT9704_HOUSE_LAYOUT } from '../../shared/pdf/house-layout';
import { ROOT, referenceReport, testAssets } from '../pdf/pdf-test-kit';

let id: string;

let h: HandlerHarness;

beforeAll(async () => {
  h = await openHandlers({ pdfAssets: await testAssets() });
  id = createReport(h.holder.handle, { title: '版式测试', report: referenceReport(), summary: '新建' }).id;
}, 60_000);
afterAll(() => h.close());

const call = <T>(name: string, input: unknown) => h.call<T>(name, input);
const attempt = <T>(name: string, input: unknown) => h.attempt<T>(name, input);

const pages = async () => (await call<{ pages: number }>('export.pdf', { id })).pages;

describe('the house layout of the PDF', () => {
  it('is the standard until a unit sets its own, which the export then follows; reset goes back', async () => {
    expect(await call<Output<'settings.pdfLayout'>>('settings.pdfLayout', {})).toEqual({
      layout: GBT9704_HOUSE_LAYOUT,
      isStandard: true,
    });
    const standardPages = await pages();

    const house = {
      ...GBT9704_HOUSE_LAYOUT,
      marginsMm: { top: 35, bottom: 33, left: 27, right: 27 },
      linesPerPage: 18,
    };
    expect(await call('settings.setPdfLayout', { layout: house })).toEqual({ layout: house, isStandard: false });
    // Fewer lines a page: the same text needs more pages.
    expect(await pages()).toBeGreaterThan(standardPages);

    expect(await call('settings.setPdfLayout', { layout: null })).toMatchObject({ isStandard: true });
    expect(await pages()).toBe(standardPages);
  }, 120_000);

  it('refuses values no printer would use, naming the field, and keeps what was set', async () => {
    const bad = { ...GBT9704_HOUSE_LAYOUT, marginsMm: { ...GBT9704_HOUSE_LAYOUT.marginsMm, top: 5 } };
    const refused = await attempt('settings.setPdfLayout', { layout: bad });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : [refused.error.message, ...(refused.error.details ?? [])].join('；')).toContain(
      '上边距（天头）不能小于10毫米',
    );
    expect((await call<Output<'settings.pdfLayout'>>('settings.pdfLayout', {})).isStandard).toBe(true);
  });
});

describe('removing a rule pack a finance bureau issued', () => {
  const bureauPack = () => ({
    ...(JSON.parse(readFileSync(path.join(ROOT, 'shared/packs/hunan-default.json'), 'utf8')) as object),
    id: 'xx-county-2025',
    name: '某县2025年规则',
    issuer: '某县财政局',
    version: '2025.1',
  });
  const ids = (list: Output<'settings.rulePacks'>) => list.filter((p) => !p.builtIn).map((p) => p.pack.id);
  const message = (r: { ok: boolean; error?: { message: string; details?: string[] } }) =>
    r.ok ? '' : [r.error?.message, ...(r.error?.details ?? [])].join('；');

  it('is refused while a report uses it (naming the report), allowed once none does, and never for a built-in', async () => {
    await call('settings.importRulePack', { content: JSON.stringify(bureauPack()) });
    const report = referenceReport();
    report.rulePackId = 'xx-county-2025';
    const user = createReport(h.holder.handle, { title: '用县规则的报告', report, summary: '新建' }).id;

    const refused = await attempt('settings.removeRulePack', { id: 'xx-county-2025' });
    expect(message(refused)).toContain('仍有1份报告在使用');
    expect(message(refused)).toContain('用县规则的报告');
    expect(ids(await call('settings.rulePacks', {}))).toEqual(['xx-county-2025']);

    expect(message(await attempt('settings.removeRulePack', { id: 'hunan-default' }))).toContain('内置规则包');
    expect(message(await attempt('settings.removeRulePack', { id: 'no-such-pack' }))).toContain('没有导入过');

    await call('report.delete', { id: user });
    expect(message(await attempt('settings.removeRulePack', { id: 'xx-county-2025' }))).toContain('（回收站）');
    h.holder.handle.prepare('DELETE FROM reports WHERE id = ?').run(user);
    expect(ids(await call('settings.removeRulePack', { id: 'xx-county-2025' }))).toEqual([]);
    expect(ids(await call('settings.rulePacks', {}))).toEqual([]);
  });
});
