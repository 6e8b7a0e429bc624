/**
 * 导入Excel in Chromium, on the reference report: a clerk's 附件2 workbook is picked, its preview lists each figure
 * old → new, applying it puts the new figures in the editor and the database as one revision, and 撤销这次导入
 * brings the old ones back. A file that is not a workbook is refused with its Chinese message and changes nothing;
 * a workbook dragged onto another screen opens its preview; a preview being read can be cancelled; the attachment
 * tables export as a workbook that imports back without a single change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { createReportService } from '../../electron/services/report-service';
import * as store from '../../electron/db/report-store';
import { field, fixturePath, openApp, openScreen, repoRoot, shot, startHarness, type Harness } from './editor-harness';

const XLSX_DIR = path.join(repoRoot, 'tests', 'fixtures', 'xlsx');
/** 附件2 as a clerk typed it (full-width digits, numbers as text) for the reference unit: it changes 6 fields (一般公共预算 and 其他资金 typed as 0, which is stated); the reference's other 6 indicators are not in it and are kept. */
const SELF_EVAL_XLSX = path.join(XLSX_DIR, '04-self-eval-fullwidth-text.xlsx');
/** A project list whose formula cell was saved without its value: a blocking problem. */
const FORMULA_WITHOUT_VALUE = path.join(XLSX_DIR, '11-formula-without-value.xlsx');
const PDF_RENAMED = path.join(repoRoot, 'tests', 'fixtures', 'xlsx-bad', 'pdf-renamed.xlsx');
const INCOME_PATH = 'selfEval.income.general.initialFen';
const IMPORTED_FEN = 5_521_280_000;

let h: Harness;
let page: Page;
let id = '';

const stored = () => store.getReport(h.db, id);
const importView = () => page.locator('[data-screen="import"]');
const phase = () => importView().getAttribute('data-import-phase');

/** A call through the same loopback API the page uses. */
async function serverCall<T>(name: string, input: unknown): Promise<T> {
  const response = await fetch(`${h.server.url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-selfeval-token': h.server.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

async function waitForPhase(kind: string): Promise<void> {
  await page.locator(`[data-screen="import"][data-import-phase="${kind}"]`).waitFor();
}

async function changeRows(): Promise<string[][]> {
  const rows = page.locator('[data-testid="import-changes"] tbody tr.ant-table-row');
  const out: string[][] = [];
  for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).map((t) => t.trim()));
  return out;
}

beforeAll(async () => {
  h = await startHarness();
  page = h.page;
  const service = createReportService(h.db, { appVersion: 'test' });
  id = (await service['report.importFile']({ content: readFileSync(fixturePath, 'utf8') })).id;
  await openApp(h);
  await page.goto(`${h.server.url}#/report/${id}/selfEval`);
  await page.locator('[data-screen="selfEval"]').waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('importing a workbook in the editor', () => {
  let oldText = '';
  let revisionBefore = 0;
  let reportBefore: ReturnType<typeof stored>['report'] | null = null;

  it('previews a picked workbook: each field that changes, old → new, with the tables found', async () => {
    oldText = await field(page, INCOME_PATH).inputValue();
    revisionBefore = stored().revision;
    reportBefore = stored().report;
    expect(stored().report.selfEval.income.general.initialFen).toBeNull();

    await openScreen(page, 'import');
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(SELF_EVAL_XLSX);
    await waitForPhase('preview');
    const preview = page.locator('[data-testid="import-preview"]');
    expect(await preview.innerText()).toContain('附件2 自评表：工作表「Sheet1」，6项修改');
    expect(await preview.innerText()).toContain('将要修改的内容（共6项）');
    const rows = await changeRows();
    // The first page of the list, in the sheet's order.
    expect(rows[0]).toEqual(['附件2 自评表 按收入性质分 一般公共预算「年初预算数」', '未填写', '→', '5521.28万元']);
    expect(rows).toHaveLength(6);
    // The three indicators the sheet lists are the report's own; the other six are listed apart and kept.
    expect(await preview.innerText()).toContain('报告中有而工作簿中没有的行（6行，将保留）');
    expect(await preview.innerText()).toContain('报告中有6行在工作簿中没有，已保留');
    await shot(page, '40-import-preview');
    // Nothing is written by a preview.
    expect(stored().revision).toBe(revisionBefore);
  });

  it('applies it as one revision: the editor and the server show the new figures', async () => {
    await importView().getByRole('button', { name: '应用' }).click();
    await waitForPhase('applied');
    const result = await importView().locator('.import-result').innerText();
    expect(result).toContain('已导入「04-self-eval-fullwidth-text.xlsx」：6项修改');
    expect(result).toContain('导入Excel：附件2 自评表（6项）');
    await shot(page, '41-import-applied');

    const after = await serverCall<{
      revision: number;
      report: { selfEval: { income: { general: { initialFen: number } } } };
    }>('report.get', { id });
    expect(after.report.selfEval.income.general.initialFen).toBe(IMPORTED_FEN);
    expect(after.revision).toBe(revisionBefore + 1);
    const history = await serverCall<{ revision: number; summary: string }[]>('report.revisions', { id });
    expect(history[0]).toMatchObject({ revision: revisionBefore + 1, summary: '导入Excel：附件2 自评表（6项）' });

    await openScreen(page, 'selfEval');
    expect(await field(page, INCOME_PATH).inputValue()).toBe('5521.28');
  });

  it('undoes the import from its result, as a new revision with the old figures', async () => {
    await openScreen(page, 'import');
    // Coming back to the screen keeps the result and its undo button.
    await waitForPhase('applied');
    await importView().getByRole('button', { name: '撤销这次导入' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('报告将恢复为导入前的内容，另存为一条新的修订');
    await confirm.getByRole('button', { name: '撤销导入' }).click();
    await waitForPhase('undone');
    expect(await importView().locator('.import-result').innerText()).toContain(
      '报告已恢复为导入前的内容，另存为一条新的修订',
    );
    await shot(page, '42-import-undone');

    const now = stored();
    expect(now.revision).toBe(revisionBefore + 2);
    expect(now.report.selfEval.income.general.initialFen).toBeNull();
    expect(now.report).toEqual(reportBefore);
    await openScreen(page, 'selfEval');
    expect(await field(page, INCOME_PATH).inputValue()).toBe(oldText);
  });

  it('refuses a file that is not a workbook with its Chinese message, and changes nothing', async () => {
    const before = stored();
    await openScreen(page, 'import');
    await importView().getByRole('button', { name: '导入其他工作簿' }).click();
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(PDF_RENAMED);
    await waitForPhase('failed');
    const alert = importView().locator('.import-error');
    expect(await alert.innerText()).toContain('无法导入：「pdf-renamed.xlsx」');
    expect(await page.locator('[data-testid="import-error-message"]').innerText()).toBe(
      '这是 PDF 文件，不是 Excel 工作簿',
    );
    await shot(page, '43-import-bad-file');
    expect(stored()).toEqual(before);
  });

  it('lists every problem with 工作表/行/列 and keeps 应用 disabled while one blocks the import', async () => {
    const before = stored();
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(FORMULA_WITHOUT_VALUE);
    await waitForPhase('preview');
    const problems = page.locator('[data-testid="import-problems"] tbody tr.ant-table-row');
    const lines = await Promise.all((await problems.all()).map((r) => r.locator('td').allInnerTexts()));
    expect(lines).toEqual([
      [
        '错误',
        '项目',
        '2',
        'D',
        '这是公式，但文件里没有保存计算结果（可能由其他程序生成）。请在 Excel 或 WPS 中打开并保存后再导入',
      ],
      ['提示', '项目', '1', 'A', '项目明细表没有注明金额单位（如“单位：万元”），已按万元读取'],
    ]);
    expect(await importView().locator('.import-summary').innerText()).toContain(
      '工作簿中有1处错误（见下方标红的行），不能导入',
    );
    expect(await importView().getByRole('button', { name: '应用' }).isDisabled()).toBe(true);
    expect(await importView().locator('[data-testid="import-preview"]').innerText()).toContain(
      '发现的问题（错误1处，提示1处）',
    );
    await shot(page, '47-import-blocked');
    await importView().getByRole('button', { name: '取消' }).click();
    await waitForPhase('idle');
    expect(stored()).toEqual(before);
  });

  it('opens the preview of a workbook dropped on another screen', async () => {
    await openScreen(page, 'budget');
    const bytes = [...readFileSync(SELF_EVAL_XLSX)];
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], '拖入的自评表.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      (window as unknown as { dragged: DataTransfer }).dragged = transfer;
      const target = document.querySelector('[data-screen="budget"]') ?? document.body;
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
      target.dispatchEvent(over);
      if (!over.defaultPrevented) throw new Error('the editor did not accept the drag');
      // The whole window says what a drop will do (not only the browser's file handling kept off).
      if (!document.body.classList.contains('workbook-drag-over')) throw new Error('no drop overlay shown');
    }, bytes);
    await shot(page, '44a-import-drag-over');
    await page.evaluate(() => {
      const transfer = (window as unknown as { dragged: DataTransfer }).dragged;
      const target = document.querySelector('[data-screen="budget"]') ?? document.body;
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
    await waitForPhase('preview');
    expect(page.url()).toMatch(new RegExp(`#/report/${id}/import$`));
    expect(await importView().locator('.import-summary').innerText()).toContain('「拖入的自评表.xlsx」');
    expect((await changeRows())[0]?.[3]).toBe('5521.28万元');
    await shot(page, '44-import-dropped');

    const before = stored();
    await importView().getByRole('button', { name: '取消' }).click();
    await waitForPhase('idle');
    expect(await importView().innerText()).toContain('已取消导入，报告未作任何修改');
    expect(stored()).toEqual(before);
  });

  it('cancels a preview while it is being read: its answer is ignored', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen = false;
    const hold = async (route: Route) => {
      seen = true;
      await held;
      await route.continue();
    };
    await page.route('**/api/import.preview', hold);
    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(SELF_EVAL_XLSX);
    await waitForPhase('reading');
    await expect.poll(() => seen).toBe(true);
    expect(await page.locator('[data-testid="import-stage"]').innerText()).toContain('正在解析工作簿');
    await shot(page, '45-import-reading');
    await page.locator('[data-testid="import-cancel-reading"]').click();
    await waitForPhase('idle');
    const answered = page.waitForResponse('**/api/import.preview');
    release();
    await answered;
    await page.unroute('**/api/import.preview', hold);
    // The answer arrived after the cancel and is not shown.
    expect(await phase()).toBe('idle');
    expect(await page.locator('[data-testid="import-preview"]').count()).toBe(0);
  });

  it('exports the attachment tables, which import back without a single change', async () => {
    const download = page.waitForEvent('download');
    await importView().getByRole('button', { name: '导出附件Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('通道侗族自治县公安局2024年度绩效自评附表.xlsx');
    const saved = path.join(h.dir, file.suggestedFilename());
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');

    await page.locator('[data-testid="import-xlsx-input"]').setInputFiles(saved);
    await waitForPhase('preview');
    expect(await importView().locator('[data-testid="import-preview"]').innerText()).toContain(
      '将要修改的内容（共0项）',
    );
    expect(await importView().getByRole('button', { name: '应用' }).isDisabled()).toBe(true);
    expect(await importView().locator('.import-summary').innerText()).toContain('没有需要导入的修改');
    await shot(page, '46-import-roundtrip');
    await importView().getByRole('button', { name: '取消' }).click();

    const template = page.waitForEvent('download');
    await importView().getByRole('button', { name: '下载空白模板' }).click();
    expect((await template).suggestedFilename()).toBe('2024年度绩效自评附表（空白模板）.xlsx');
  });

  it('raised no console error and made no request outside the app', () => {
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
