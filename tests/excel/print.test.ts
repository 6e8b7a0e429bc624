/**
 * The exported workbook as a clerk prints it, through LibreOffice (issue 13 item 5): every table fits A4 width
 * (one page across), the column headings repeat on the next page of 附件2 and the project list, and text such as
 * "-21.83%" prints as typed, without an apostrophe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../shared/format/report-file';
import type { Report } from '../../shared/model/report';
import { writeReportWorkbook } from '../../electron/services/excel/write-workbook';
import { pageSizes } from '../docx/docx-kit';
import { printWithLibreOffice } from './print-helpers';

/** The reference report with indicators and projects enough to run each table onto a second page. */
function longReport(): Report {
  const parsed = parseReportFile(
    readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  const r = parsed.report;
  const some = r.selfEval.indicators.slice(0, 3);
  for (let i = 0; i < 6; i++) r.selfEval.indicators.push(...some.map((x) => ({ ...x, name: `${x.name}${i}` })));
  r.selfEval.indicators.push({ ...some[0]!, name: '刑案变化', actual: '-21.83%', deviation: '=统计口径调整' });
  for (let i = 0; i < 40; i++) r.projects.items.push({ ...r.projects.items[0]!, name: `追加项目${i}` });
  return r;
}

describe('printing the exported workbook', () => {
  it('fits A4 width, repeats the headings, prints "-21.83%" without an apostrophe', { timeout: 240_000 }, async () => {
    const { pages, pdf } = printWithLibreOffice(await writeReportWorkbook(longReport()));
    // 附件1 on one portrait page, 附件2 on three landscape pages, the project list on two.
    expect(pages).toHaveLength(6);
    const sizes = pageSizes(pdf).map((s) => [Math.round(s.width), Math.round(s.height)]);
    expect(sizes).toEqual([
      [595, 842],
      [842, 595],
      [842, 595],
      [842, 595],
      [842, 595],
      [842, 595],
    ]);
    expect(pages[0]).toContain('2024年度部门整体支出绩效评价基础数据表');
    expect(pages[1]).toContain('2024年度部门整体支出绩效自评表');
    // Pages 2 and 3 of 附件2 and page 2 of the project list start with the column headings, not 填报单位.
    for (const i of [2, 3]) {
      expect(pages[i]).toMatch(/一级指标\s+二级指标\s+三级指标\s+年度指标值\s+实际完成值\s+分值\s+得分/);
      expect(pages[i]).not.toContain('填报单位');
    }
    expect(pages[5]).toMatch(/^\s*序号\s+项目名称\s+年初预算数\s+全年预算数\s+全年执行数/);
    // One page across: the last column of every table is on the page with its first.
    expect(pages[0]).toMatch(/经费控制情况（万元）\s+2023年决算数\s+2024年预算数\s+2024年决算数/);
    expect(pages[5]).toContain('备注（执行率偏低原因）');
    const all = pages.join('\n');
    expect(all).toMatch(/刑案变化\s+≥95%\s+-21\.83%/);
    expect(all).toContain('=统计口径调整');
    expect(all).not.toMatch(/'-21\.83%|'=统计/);
    // Amounts print as numbers with two decimals.
    expect(pages[1]).toMatch(/年度资金总额\s+5521\.28\s+6304\.13\s+6304\.03/);
  });
});
