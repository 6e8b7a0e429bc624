/**
 * A finance bureau's own rule pack in the editor (Chromium through the loopback adapter): a bad pack file is refused
 * with the fields at fault, a good one is imported, chosen for the report (its version kept with the report), and its
 * outline numbers the sections; the server checks the report against it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as store from '../../electron/db/report-store';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { openApp, openReportId, shot, startHarness, type Harness } from './editor-harness';

let h: Harness;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'selfeval-pack-e2e-'));

/** A county's pack: score section first, and staffing over authorisation not checked. */
const countyPack = {
  ...HUNAN_DEFAULT,
  id: 'xx-county-2025',
  version: '2025.2',
  name: '某某县部门整体支出绩效自评规则',
  issuer: '某某县财政局',
  outline: [
    { key: 'performance', title: '自评得分及绩效情况' },
    ...HUNAN_DEFAULT.outline.filter((s) => s.key !== 'performance'),
  ],
  severities: { STAFF_OVER_AUTHORIZED: 'off' },
};

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 768 } });
  page = h.page;
});

afterAll(async () => {
  await h?.close();
});

describe('a rule pack issued by the finance bureau', () => {
  it('is refused with the fields at fault when it does not validate, and nothing is kept', async () => {
    await openApp(h);
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建报告' });
    await dialog.getByLabel('单位名称').fill('某某县农业农村局');
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await page.locator('[data-screen="info"]').waitFor();

    const bad = join(dir, 'bad-pack.json');
    writeFileSync(bad, JSON.stringify({ ...countyPack, id: 'Bad Id', lowRateLine: -1 }));
    await page.locator('[data-testid="import-rule-pack"]').setInputFiles(bad);
    const alert = page.locator('[data-screen="info"] .ant-alert-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('规则包文件「bad-pack.json」未导入');
    expect(await alert.innerText()).toContain('id 只能由小写字母、数字和连字符组成');
    await shot(page, '60-rule-pack-refused');
  });

  it('is imported, chosen for the report with its version, and numbers the sections by its outline', async () => {
    const good = join(dir, 'county-pack.json');
    writeFileSync(good, JSON.stringify(countyPack));
    await page.locator('[data-testid="import-rule-pack"]').setInputFiles(good);
    await page.getByText('已导入规则包「county-pack.json」').waitFor();

    await page.locator('[data-field-path="rulePackId"]').click();
    await page.getByTitle('某某县部门整体支出绩效自评规则（某某县财政局，版本2025.2）').click();
    await page.getByText('某某县财政局发布，版本2025.2').waitFor();
    // The side list follows the pack's outline: the score section is now 一.
    await page
      .locator('.nav-part', { hasText: '一、自评得分及绩效情况' })
      .or(page.getByText('一、自评得分及绩效情况'))
      .first()
      .waitFor();
    await shot(page, '61-rule-pack-chosen');

    const id = openReportId(page);
    await expect.poll(() => store.getReport(h.db, id).report.rulePackId, { timeout: 10_000 }).toBe('xx-county-2025');
    expect(store.getReport(h.db, id).report.rulePackVersion).toBe('2025.2');
  });

  it('can be removed only once no report uses it', async () => {
    const imported = page.locator('[data-testid="imported-packs"]');
    await imported.getByText('本报告正在使用').waitFor();
    expect(await imported.getByRole('button', { name: '移除' }).count()).toBe(0);

    // Back to a built-in pack: the imported one may go, after a confirmation.
    await page.locator('[data-field-path="rulePackId"]').click();
    await page.getByTitle(/^湖南省县级部门整体支出绩效自评（现行提纲）/).click();
    const id = openReportId(page);
    // Saved first: the server refuses to remove a pack a stored report still names.
    await expect.poll(() => store.getReport(h.db, id).report.rulePackId, { timeout: 10_000 }).toBe('hunan-default');
    await imported.getByRole('button', { name: '移除' }).click();
    await shot(page, '62-rule-pack-remove-confirm');
    await page.locator('.ant-popconfirm').getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除规则包「某某县部门整体支出绩效自评规则」').waitFor();
    expect(await imported.count()).toBe(0);
    expect(await page.locator('[data-field-path="rulePackId"]').innerText()).toContain('湖南省县级');
  });
});
