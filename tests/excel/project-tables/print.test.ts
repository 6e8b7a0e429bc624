/**
 * The exported project tables as a clerk prints them, through LibreOffice: each table on A4 landscape one page
 * across, a table long enough for two pages repeats the indicator headings on the second, and the figures print.
 * Pages looked at: test-artifacts/project-tables-print-*.png (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProjectTablesWorkbook } from '../../../electron/services/excel/write-workbook';
import { pageSizes } from '../../docx/docx-kit';
import { printWithLibreOffice } from '../print-helpers';
import { referenceWithTables } from './reference-tables';

describe('printing the exported project tables', () => {
  it('A4 landscape, one page across, headings repeated', { timeout: 240_000 }, async () => {
    const report = referenceWithTables();
    // The first project's table with 30 more rows runs onto a second and third page.
    const first = report.projects.items[0]?.table;
    if (!first) throw new Error('fixture without tables');
    const extra = first.indicators.slice(0, 3);
    for (let i = 0; i < 10; i++) first.indicators.push(...extra.map((x) => ({ ...x, name: `${x.name}${i}` })));
    const { pages, pdf } = printWithLibreOffice(await writeProjectTablesWorkbook(report));
    const artifacts = path.join(path.dirname(new URL(import.meta.url).pathname), '../../../test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'project-tables-print.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      path.join(artifacts, 'project-tables-print.pdf'),
      path.join(artifacts, 'project-tables-print'),
    ]);
    expect(pages).toHaveLength(11);
    expect(new Set(pageSizes(pdf).map((s) => `${Math.round(s.width)}x${Math.round(s.height)}`))).toEqual(
      new Set(['842x595']),
    );
    expect(pages[0]).toContain('项目支出绩效自评表');
    expect(pages[0]).toMatch(/项目名称\s+县监管中心监管场所医疗工作及相关经费/);
    expect(pages[0]).toMatch(/年度资金总额\s+40\.00\s+40\.00\s+37\.54\s+10\.00\s+93\.85%\s+9\.39/);
    // Pages 2 and 3 continue the same table: each starts with the indicator headings.
    for (const i of [1, 2])
      expect(pages[i]).toMatch(
        /^\s*一级指标\s+二级指标\s+三级指标\s+年度指标值\s+实际完成值\s+分值\s+得分\s+偏差原因分析及改进措施/,
      );
    expect(pages[2]).toMatch(/总分\s+600\.00\s+599\.39\s+自评等级：优/);
    // One page across: the last column's heading is on every table's first page.
    for (const i of [0, 3, 4, 5, 6, 7, 8, 9, 10]) expect(pages[i]).toContain('偏差原因分析及改进措施');
    expect(pages[10]).toMatch(/年中追加业务费/);
  });
});
