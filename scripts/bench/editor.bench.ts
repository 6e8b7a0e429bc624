// The editor in Chromium with a large report (200 projects, half of them with a 项目支出绩效自评表, 150 indicator
// rows): how long from a key press to the next painted frame when typing in a table cell (the project list, 附件2 and
// a project's 自评表), and from a click in the side list to the new screen painted (项目自评汇总 included).
// Needs the built renderer (npm run build). Measures and reports; never passes or fails on time.
//
// Key press → paint: a capture listener takes the input event's own timestamp and waits for the frame after the
// update (requestAnimationFrame, then a task: the frame has been painted by then). Screen switch: from the click's
// timestamp to the editor's own "selfeval:screen-switch:painted" mark (EditorShell.tsx). The browser's Event
// Timing entries (input delay + processing + presentation, as INP counts them) are reported beside.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DatabaseHolder } from '../../electron/db/database-holder';
import { startWebServer } from '../../electron/web/server';
import * as store from '../../electron/db/report-store';
import { Report } from '../../shared/model/report';
import { launchChromium } from '../../tests/e2e/chromium';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// SELFEVAL_BENCH_RENDERER: another build of the renderer (an earlier commit's), to measure before and after in turns.
const rendererDir = process.env.SELFEVAL_BENCH_RENDERER ?? path.join(repoRoot, 'dist', 'renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('找不到 dist/renderer/index.html：请先运行 npm run build');
  process.exit(1);
}

function largeReport(): Report {
  const file = path.join(repoRoot, 'tests', 'fixtures', 'reference-2024-projects.selfeval.json');
  const r = Report.parse((JSON.parse(readFileSync(file, 'utf8')) as { report: unknown }).report);
  // The reference's nine constructed tables, given in turn to every other project.
  const tables = r.projects.items.map((p) => p.table);
  r.projects.items = Array.from({ length: 200 }, (_, i) => ({
    name: `第${i + 1}号项目：办案业务及装备购置经费`,
    initialFen: 1_000_000 * (i + 1),
    annualFen: 1_200_000 * (i + 1),
    spentFen: 1_100_000 * (i + 1),
    addedMidYear: i % 7 === 0,
    lowRateReason: i % 5 === 0 ? '部分合同年底尚未结算' : '',
    table: i % 2 === 0 ? (tables[(i / 2) % tables.length] ?? null) : null,
  }));
  const ind = r.selfEval.indicators[1]!;
  r.selfEval.indicators = Array.from({ length: 150 }, (_, i) => ({ ...ind, name: `第${i + 1}项三级指标` }));
  return r;
}

interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}

function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0, n: s.length };
}

const fmt = (s: Stats) =>
  `中位数 ${s.median.toFixed(1)} ms，P95 ${s.p95.toFixed(1)} ms，最大 ${s.max.toFixed(1)} ms（${s.n} 次）`;

/** Installs the in-page probes once per page load. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyToPaint: number[]; __events: { name: string; duration: number }[] };
    w.__keyToPaint = [];
    w.__events = [];
    // beforeinput: fired for every character, typed keys and input-method text alike.
    window.addEventListener(
      'beforeinput',
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__keyToPaint.push(performance.now() - start), 0));
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__events.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
}

/**
 * Long tables draw only the rows near the visible part: scroll the editor down, as a clerk would with the wheel,
 * until the cell exists.
 */
async function scrollToField(page: Page, fieldPath: string) {
  const cell = page.locator(`[data-field-path="${fieldPath}"]`);
  await page.locator('.editor-main').hover();
  for (let i = 0; i < 100 && (await cell.count()) === 0; i++) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(50);
  }
  await cell.scrollIntoViewIfNeeded();
  return cell;
}

async function typeInCell(
  page: Page,
  fieldPath: string,
  text: string,
): Promise<{ keys: Stats; samples: number[]; slowEvents: number; worstEvent: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyToPaint: number[]; __events: { name: string; duration: number }[] };
    w.__keyToPaint = [];
    w.__events = [];
  });
  const cell = await scrollToField(page, fieldPath);
  await cell.click();
  await cell.press('End');
  // A steady typist: one key every 120 ms.
  await page.keyboard.type(text, { delay: 120 });
  await page.waitForTimeout(300);
  const { keys, events } = await page.evaluate(() => {
    const w = window as unknown as { __keyToPaint: number[]; __events: { name: string; duration: number }[] };
    return { keys: w.__keyToPaint, events: w.__events };
  });
  const keyEvents = events.filter((e) => /key|input|beforeinput/.test(e.name));
  return {
    keys: stats(keys),
    samples: keys,
    slowEvents: keyEvents.filter((e) => e.duration >= 50).length,
    worstEvent: Math.max(0, ...keyEvents.map((e) => e.duration)),
  };
}

/** Per view: click → the new screen painted; for 预览全文 also click → the whole document (both attachment tables too) drawn and painted. */
async function switchScreens(
  page: Page,
  views: readonly string[],
  rounds: number,
): Promise<{ painted: Map<string, number[]>; previewComplete: number[] }> {
  const painted = new Map<string, number[]>();
  const previewComplete: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const view of views) {
      const button = page.locator(`button.nav-item[data-view="${view}"]`);
      const ms = await page.evaluate(
        (v) =>
          new Promise<{ painted: number; complete: number | null }>((resolve) => {
            const btn = document.querySelector<HTMLButtonElement>(`button.nav-item[data-view="${v}"]`);
            if (!btn) throw new Error(v);
            performance.clearMarks('selfeval:screen-switch:painted');
            performance.clearMarks('selfeval:preview:complete');
            let start = 0;
            let paintedMs = -1;
            btn.addEventListener('click', (e) => (start = e.timeStamp), { once: true, capture: true });
            const done = (complete: number | null) => resolve({ painted: paintedMs, complete });
            new PerformanceObserver((list, observer) => {
              if (paintedMs < 0 && list.getEntriesByName('selfeval:screen-switch:painted').length) {
                paintedMs = performance.now() - start;
                // A build without the mark (before the preview drew its attachments late) draws all at once.
                if (v !== 'preview') {
                  observer.disconnect();
                  done(null);
                } else setTimeout(() => (observer.disconnect(), done(paintedMs)), 3000);
              }
              if (list.getEntriesByName('selfeval:preview:complete').length) {
                observer.disconnect();
                done(performance.now() - start);
              }
            }).observe({ type: 'mark' });
            btn.click();
          }),
        view,
      );
      await button.waitFor();
      painted.set(view, [...(painted.get(view) ?? []), ms.painted]);
      if (ms.complete !== null) previewComplete.push(ms.complete);
    }
  }
  return { painted, previewComplete };
}

const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-editor-bench-'));
const holder = await DatabaseHolder.open(path.join(dir, 'bench.sqlite'));
const db = holder.handle;
const created = store.createReport(db, { title: '大报告', report: largeReport(), summary: '新建' });
const server = await startWebServer({ holder, staticDir: rendererDir, checkOutput: false });
const browser = await launchChromium();

try {
  for (const throttle of [1, 4]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${server.url}#token=${server.token}`);
    // The token is taken once the list shows; only then open the report.
    await page.getByText('报告列表').first().waitFor();
    await page.goto(`${server.url}#/report/${created.id}/projects`);
    await page.locator('[data-field-path="projects.items.0.name"]').waitFor();
    await page.waitForTimeout(1000);
    await installProbes(page);
    const label = throttle === 1 ? '本机' : `CPU 降速 ${throttle} 倍（模拟更慢的机器）`;
    console.log(`\n— ${label}，报告含 200 个项目、150 行指标 —`);
    const typing: number[] = [];
    const switching: number[] = [];

    const name = await typeInCell(page, 'projects.items.120.name', '（含年中追加部分，由县财政局于十月下达）');
    typing.push(...name.samples);
    console.log(
      `项目名称单元格打字 按键→画面：${fmt(name.keys)}；浏览器事件计时 ≥50ms 的 ${name.slowEvents} 次，最长 ${name.worstEvent.toFixed(0)} ms`,
    );
    const money = await typeInCell(page, 'projects.items.120.spentFen', '12345');
    typing.push(...money.samples);
    console.log(
      `项目金额单元格打字（合计、执行率、审核随之更新）按键→画面：${fmt(money.keys)}；≥50ms 的 ${money.slowEvents} 次，最长 ${money.worstEvent.toFixed(0)} ms`,
    );

    const switches = await switchScreens(page, ['selfEval', 'projects', 'budget', 'preview', 'projects'], 4);
    for (const [view, ms] of switches.painted) {
      switching.push(...ms);
      console.log(`切换到「${view}」点击→画面：${fmt(stats(ms))}`);
    }
    console.log(`切换到「preview」点击→全文（含两张附件表）画完：${fmt(stats(switches.previewComplete))}`);

    await page.locator('button.nav-item[data-view="selfEval"]').click();
    await page.locator('[data-field-path="selfEval.indicators.0.name"]').waitFor();
    await page.waitForTimeout(1000);
    const indicator = await typeInCell(page, 'selfEval.indicators.75.deviation', '下一步加强督导，按季度通报进展');
    typing.push(...indicator.samples);
    console.log(
      `指标表偏差原因单元格打字 按键→画面：${fmt(indicator.keys)}；≥50ms 的 ${indicator.slowEvents} 次，最长 ${indicator.worstEvent.toFixed(0)} ms`,
    );
    const score = await typeInCell(page, 'selfEval.indicators.75.scoreCenti', '4.5');
    typing.push(...score.samples);
    console.log(`指标得分单元格打字（总分、等级随之更新）按键→画面：${fmt(score.keys)}`);

    // A project's 自评表 (project 121 of 200): its indicator grid and its 项目资金 source lines.
    await page.goto(`${server.url}#/report/${created.id}/projectTable-120`);
    await page.locator('[data-field-path="projects.items.120.table.indicators.0.name"]').waitFor();
    await page.waitForTimeout(1000);
    const tableText = await typeInCell(page, 'projects.items.120.table.indicators.2.deviation', '下一步按季度巡检');
    typing.push(...tableText.samples);
    console.log(
      `项目自评表偏差原因单元格打字 按键→画面：${fmt(tableText.keys)}；≥50ms 的 ${tableText.slowEvents} 次，最长 ${tableText.worstEvent.toFixed(0)} ms`,
    );
    const tableMoney = await typeInCell(page, 'projects.items.120.table.funds.other.spentFen', '12.5');
    typing.push(...tableMoney.samples);
    console.log(`项目自评表资金来源单元格打字（核对随之更新）按键→画面：${fmt(tableMoney.keys)}`);
    const tableSwitches = (await switchScreens(page, ['projectTables', 'projects'], 3)).painted;
    for (const [view, ms] of tableSwitches) {
      switching.push(...ms);
      console.log(`切换到「${view}」点击→画面：${fmt(stats(ms))}`);
    }
    console.log(`汇总（${label}）：打字 按键→画面 ${fmt(stats(typing))}`);
    console.log(`汇总（${label}）：切换屏幕 点击→画面 ${fmt(stats(switching))}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
