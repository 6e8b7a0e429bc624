/** Layouts as real county tables lay them out (issue 13 item 1), on plain rows. */
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../shared/import/import-workbook';
import { formatProblem } from '../../shared/import/problems';
import type { CellValue, MergeRange, SheetData } from '../../shared/import/workbook-data';
import { emptyReport } from '../../shared/model/empty';

const sheet = (name: string, rows: CellValue[][], merges: MergeRange[] = []): SheetData => ({ name, rows, merges });
const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });
const lines = (r: ReturnType<typeof previewImport>) => r.problems.map(formatProblem);

describe('blocks found by their labels wherever they sit', () => {
  it('a one-row 楼堂馆所 block followed by the 厉行节约 text row: the text is text, not building figures', () => {
    const report = emptyReport('某县文化旅游广电体育局', 2023);
    const result = previewImport(
      {
        sheets: [
          sheet(
            '附件1',
            [
              ['经费控制情况（万元）', '2022年决算数', '2023年预算数', '2023年决算数'],
              ['公用经费', 10, 12, 11],
              [
                '楼堂馆所控制情况',
                '批复规模（㎡）',
                '实际规模（㎡）',
                '规模控制率',
                '预算投资（万元）',
                '实际投资（万元）',
                '投资概算控制率',
              ],
              [null, 1200, 1180, '98.33%', 300, 295.5, '98.50%'],
              ['厉行节约保障措施', '严格执行公务接待制度，压减会议费1,200元，全年无超标准支出。'],
              ['说明：公用经费填报基本支出中的一般商品和服务支出。'],
            ],
            [m(5, 2, 5, 7), m(6, 1, 6, 7)],
          ),
        ],
      },
      report,
    );
    expect(lines(result)).toEqual([]);
    expect(result.next.baseData.building).toEqual({
      exists: true,
      approvedAreaCenti: 120_000,
      actualAreaCenti: 118_000,
      budgetInvestFen: 300_000_000,
      actualInvestFen: 295_500_000,
    });
    expect(result.next.baseData.frugality).toBe('严格执行公务接待制度，压减会议费1,200元，全年无超标准支出。');
  });

  it('附件2 with 按收入性质分 | figure | 按支出性质分 | figure pairs: income sources and 基本支出 read as 执行数', () => {
    const report = emptyReport('衡山县贯塘乡人民政府', 2023);
    report.rulePackId = 'hunan-2023';
    const rows: CellValue[][] = [
      ['年度预算申请（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 120, 110, 10, '91.67%', 9.17],
      ['按收入性质分：', 110, null, '按支出性质分：', null, 110],
      ['其中：一般公共预算：', 100, null, '其中：基本支出：', null, 80],
      ['政府性基金拨款：', '—', null, '项目支出：', null, 30],
      ['其他资金：10'],
    ];
    report.projects.statedTotal.spentFen = 30_000_000;
    const result = previewImport({ sheets: [sheet('附件2', rows)] }, report);
    expect(lines(result)).toEqual([]);
    const n = result.next;
    expect(n.selfEval.income.general.spentFen).toBe(100_000_000);
    expect(n.selfEval.income.govFund.spentFen).toBeNull();
    expect(n.selfEval.income.other.spentFen).toBe(10_000_000);
    expect(n.basic.spentFen).toBe(80_000_000);
    expect(n.budget.spentFen).toBe(110_000_000);
  });

  it('the pair layout under a three-column rule pack is read as 执行数 and says so once', () => {
    const report = emptyReport('某单位', 2023);
    const result = previewImport(
      {
        sheets: [
          sheet('附件2', [
            ['年度预算申请（万元）', '年初预算数', '全年预算数', '全年执行数'],
            ['年度资金总额', 100, 120, 110],
            ['按收入性质分：', 110, '按支出性质分：', 110],
            ['一般公共预算：', 110, '基本支出：', 110],
          ]),
        ],
      },
      report,
    );
    expect(result.canApply).toBe(true);
    expect(result.next.selfEval.income.general.spentFen).toBe(110_000_000);
    expect(result.next.basic.spentFen).toBe(110_000_000);
    expect(lines(result).filter((l) => l.includes('只有一个数'))).toHaveLength(1);
  });

  it('a text cell in a block figure cell is still an error', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('附件1', [
            ['经费控制情况（万元）', '2022年决算数', '2023年预算数', '2023年决算数'],
            ['公用经费', 10, '十二', 11],
          ]),
        ],
      },
      emptyReport('某单位', 2023),
    );
    expect(lines(result)).toContain('[错误] 工作表「附件1」第2行C列：「十二」不是数字');
    expect(result.canApply).toBe(false);
  });
});
