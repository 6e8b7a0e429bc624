/** The pure mapping (shared/import) on plain rows: layouts, number forms, the preview's changes and problems. */
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../shared/import/import-workbook';
import { formatProblem } from '../../shared/import/problems';
import type { CellValue, MergeRange, SheetData } from '../../shared/import/workbook-data';
import { emptyReport } from '../../shared/model/empty';
import type { Report } from '../../shared/model/report';

const sheet = (name: string, rows: CellValue[][], merges: MergeRange[] = []): SheetData => ({ name, rows, merges });
const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });
const base = () => emptyReport('通道侗族自治县公安局', 2024);

function problems(result: ReturnType<typeof previewImport>): string[] {
  return result.problems.map(formatProblem);
}

describe('finding a project list by its labels', () => {
  it('reads a header merged over two rows, skips blank and 合计 rows, stops at the notes', () => {
    const result = previewImport(
      {
        sheets: [
          sheet(
            '明细',
            [
              ['2024年度项目支出表'],
              ['填报单位：通道侗族自治县公安局', null, null, null, '单位：万元'],
              ['序号', '项目名称', '预算数（万元）', null, '执行数'],
              [null, null, '年初预算', '全年预算', null],
              [1, '业务工作经费', 100, 120, '118.50'],
              [],
              [2, '运行维护经费', '50', '５０', '49.99'],
              ['合计', null, 150, 170, 168.49],
              ['注：执行率低于90%需说明'],
              [3, '不应读到的行', 1, 1, 1],
            ],
            [m(3, 1, 4, 1), m(3, 2, 4, 2), m(3, 3, 3, 4), m(3, 5, 4, 5), m(8, 1, 8, 2)],
          ),
        ],
      },
      base(),
    );
    expect(result.tables.map((t) => t.kind)).toEqual(['projects']);
    expect(result.next.projects.items.map((p) => [p.name, p.initialFen, p.annualFen, p.spentFen])).toEqual([
      ['业务工作经费', 100_000_000, 120_000_000, 118_500_000],
      ['运行维护经费', 50_000_000, 50_000_000, 49_990_000],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.canApply).toBe(true);
  });

  it('reads a header merged over three rows, in 元, with columns in another order', () => {
    const result = previewImport(
      {
        sheets: [
          sheet(
            'Sheet1',
            [
              ['金额单位：元'],
              ['资金情况', null, null, '项目名称', '备注'],
              ['支出', '预算', null, null, null],
              [null, '全年预算数', '年初预算数', null, null],
              ['1,499,999.99', 1500000, '1,234,567.89', '乡村振兴衔接资金', ''],
            ],
            [m(2, 1, 2, 3), m(3, 1, 4, 1), m(3, 2, 3, 3), m(2, 4, 4, 4), m(2, 5, 4, 5)],
          ),
        ],
      },
      base(),
    );
    expect(result.next.projects.items).toEqual([
      {
        name: '乡村振兴衔接资金',
        initialFen: 123_456_789,
        annualFen: 150_000_000,
        spentFen: 149_999_999,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ]);
  });

  it('keeps what the sheet does not say about a known project, and shows removals', () => {
    const report = base();
    report.projects.items = [
      {
        name: '业务工作经费',
        initialFen: 1,
        annualFen: 2,
        spentFen: 3,
        addedMidYear: true,
        lowRateReason: '年底下达',
        table: null,
      },
      {
        name: '已取消的项目',
        initialFen: 5,
        annualFen: 5,
        spentFen: 0,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ];
    const result = previewImport(
      {
        sheets: [
          sheet('项目', [['单位：万元'], ['项目名称', '年初预算', '全年预算', '支出'], ['业务工作经费', 1, 2, 3]]),
        ],
      },
      report,
    );
    const updated = {
      name: '业务工作经费',
      initialFen: 1_000_000,
      annualFen: 2_000_000,
      spentFen: 3_000_000,
      addedMidYear: true,
      lowRateReason: '年底下达',
      table: null,
    };
    // Without the clerk's confirmation the project the sheet does not list stays, and is listed apart.
    expect(result.next.projects.items).toEqual([updated, report.projects.items[1]]);
    const labels = result.changes.map((c) => `${c.label}：${c.oldValue} → ${c.newValue}`);
    expect(labels).toContain('二（二）项目支出 第1行「年初预算」：0.000001万元 → 1.00万元');
    expect(labels.some((l) => l.includes('删除'))).toBe(false);
    expect(result.deletions.map((c) => `${c.label}：${c.oldValue} → ${c.newValue}`)).toEqual([
      '二（二）项目支出 第2行（删除）：「已取消的项目」 → （无）',
    ]);
    expect(result.deletionsApplied).toBe(false);
    expect(result.summary).toBe('导入Excel：项目明细表（3项）');

    const confirmed = previewImport(
      {
        sheets: [
          sheet('项目', [['单位：万元'], ['项目名称', '年初预算', '全年预算', '支出'], ['业务工作经费', 1, 2, 3]]),
        ],
      },
      report,
      { deleteMissingRows: true },
    );
    expect(confirmed.next.projects.items).toEqual([updated]);
    expect(confirmed.deletions).toHaveLength(1);
    expect(confirmed.deletionsApplied).toBe(true);
  });

  it('a project list printed over two pages (header repeated) is one list', () => {
    const header = ['项目名称', '年初预算数', '全年预算数', '全年执行数'];
    const result = previewImport({ sheets: [sheet('P', [header, ['甲', 1, 1, 1], header, ['乙', 2, 2, 2]])] }, base());
    expect(result.next.projects.items.map((p) => p.name)).toEqual(['甲', '乙']);
  });
});

describe('附件1 and 附件2 layouts', () => {
  it('附件1: caption merged down column A with names in B, 元 amounts, years decide the columns', () => {
    const result = previewImport(
      {
        sheets: [
          sheet(
            '附件3',
            [
              ['2024年度部门整体支出绩效评价基础数据表'],
              [null, null, null, null, '单位：元'],
              ['经费控制情况', '项目', '2024年预算数', '2023年决算数', '2024年决算数'],
              [null, '三公经费', '150,000.00', '183,456.70', '141,230.50'],
              [null, '1、公务用车购置和维护经费', '100,000.00', '120,000.00', '95,000.00'],
              [null, '其中：公车购置', '—', '—', '—'],
              [null, '公车运行维护', '100,000.00', '120,000.00', '95,000.00'],
              [null, '2、出国经费', '-', '-', '-'],
              [null, '3、公务接待', '50,000.00', '63,456.70', '46,230.50'],
            ],
            [m(3, 1, 9, 1)],
          ),
        ],
      },
      base(),
    );
    expect(result.next.threePublic.vehicleOperation).toEqual({
      prevFinalFen: 12_000_000,
      budgetFen: 10_000_000,
      finalFen: 9_500_000,
    });
    expect(result.next.threePublic.reception).toEqual({
      prevFinalFen: 6_345_670,
      budgetFen: 5_000_000,
      finalFen: 4_623_050,
    });
    // "—" is "not stated", never 0 (report format v2).
    expect(result.next.threePublic.vehiclePurchase).toEqual({ prevFinalFen: null, budgetFen: null, finalFen: null });
    expect(result.next.threePublic.abroad).toEqual({ prevFinalFen: null, budgetFen: null, finalFen: null });
    expect(result.problems).toEqual([]);
  });

  it('附件1: a printed 三公 total that does not add up is a warning; the parts are imported', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('A1', [
            ['单位：万元'],
            ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
            ['三公经费', 10, 10, 99],
            ['1、公务用车购置和维护经费', 0, 0, 0],
            ['其中：公车购置', 0, 0, 0],
            ['公车运行维护', 0, 0, 0],
            ['2、出国经费', 0, 0, 0],
            ['3、公务接待', 10, 10, 10],
          ]),
        ],
      },
      base(),
    );
    expect(result.next.threePublic.reception.finalFen).toBe(10_000_000);
    expect(problems(result)).toEqual([
      '[提示] 工作表「A1」第3行D列：「三公经费」本年决算数表中为99.00万元，按各项计算应为10.00万元；导入的是各项的数，合计由程序计算',
    ]);
    expect(result.canApply).toBe(true);
  });

  it('附件1: a printed 三公 total beside parts left blank is not compared (the blanks are not stated)', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('A1', [
            ['单位：万元'],
            ['经费控制情况（万元）', '上年决算数', '本年预算数', '本年决算数'],
            ['三公经费', 10, 10, 99],
            ['2、出国经费', null, null, null],
            ['3、公务接待', 10, 10, 10],
          ]),
        ],
      },
      base(),
    );
    expect(result.next.threePublic.abroad.finalFen).toBeNull();
    expect(problems(result)).toEqual([]);
  });

  it('附件1: the 编制数 total cannot be split when the report has 事业编制; the clerk is told so', () => {
    const report = base();
    report.staffing.adminAuthorized = 100;
    report.staffing.institutionAuthorized = 20;
    const result = previewImport(
      {
        sheets: [
          sheet('A1', [
            ['财政供养人员情况（人）', '编制数', '2024年实际在职人数', '控制率'],
            [null, 130, 0, null],
          ]),
        ],
      },
      report,
    );
    expect(result.next.staffing.adminAuthorized).toBe(100);
    expect(problems(result)[0]).toContain(
      '工作表「A1」第2行B列：表中编制数为130人，报告中行政、事业合计为120人；无法判断如何拆分',
    );
  });

  it('附件2: side-by-side 按收入性质分 | 按支出性质分, percent 执行率, indicators with merged 一级/二级', () => {
    const result = previewImport(
      {
        sheets: [
          sheet(
            '附件二',
            [
              ['年度预算申请（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
              ['年度资金总额', null, 100, 200, 150, 10, '75%', 7.5],
              [
                '按收入性质分',
                null,
                '年初预算数',
                '全年预算数',
                '全年执行数',
                '按支出性质分',
                '年初预算数',
                '全年预算数',
                '全年执行数',
              ],
              ['一般公共预算', null, 90, 180, 140, '基本支出', 60, 80, 70],
              ['其他资金', null, 10, 20, 10, '项目支出', 40, 120, 80],
              ['年度总体目标', null, '预期目标', null, null, '实际完成情况'],
              [null, null, '完成任务', null, null, '已完成'],
              [
                '一级指标',
                '二级指标',
                '三级指标',
                '年度指标值',
                '实际完成值',
                '分值',
                '得分',
                '偏差原因分析及改进措施',
              ],
              ['产出指标', '数量指标', '办案数', '≥100件', '120件', 45, 45, null],
              [null, null, '结案率', '≥９５％', '90%', 45, 40, '案件复杂'],
              ['总分', null, null, null, null, 100, 92.5],
              ['说明：执行率=全年执行数/全年预算数'],
            ],
            [
              m(1, 1, 1, 2),
              m(2, 1, 2, 2),
              m(3, 1, 3, 2),
              m(6, 1, 7, 2),
              m(6, 3, 6, 5),
              m(6, 6, 6, 8),
              m(7, 3, 7, 5),
              m(7, 6, 7, 8),
              m(9, 1, 10, 1),
              m(9, 2, 10, 2),
              m(11, 1, 11, 5),
            ],
          ),
        ],
      },
      base(),
    );
    const n = result.next;
    expect(n.budget).toMatchObject({ initialFen: 100_000_000, annualFen: 200_000_000, spentFen: 150_000_000 });
    expect(n.selfEval.income.general).toEqual({
      initialFen: 90_000_000,
      annualFen: 180_000_000,
      spentFen: 140_000_000,
    });
    expect(n.selfEval.income.other).toEqual({ initialFen: 10_000_000, annualFen: 20_000_000, spentFen: 10_000_000 });
    expect(n.basic).toMatchObject({ initialFen: 60_000_000, annualFen: 80_000_000, spentFen: 70_000_000 });
    expect(n.selfEval.goalExpected).toBe('完成任务');
    expect(n.selfEval.goalActual).toBe('已完成');
    expect(n.selfEval.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '办案数',
        nature: '≥',
        target: '100',
        unit: '件',
        actual: '120件',
        weightCenti: 4500,
        scoreCenti: 4500,
        deviation: '',
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '结案率',
        nature: '≥',
        target: '95',
        unit: '%',
        actual: '90%',
        weightCenti: 4500,
        scoreCenti: 4000,
        deviation: '案件复杂',
      },
    ]);
    // 项目支出 is printed but comes from the project list (empty here): a warning per column, nothing stored.
    expect(problems(result).every((p) => p.includes('「项目支出」') && p.startsWith('[提示]'))).toBe(true);
    expect(result.canApply).toBe(true);
  });

  it("附件2: keeps an indicator's stored parts when they print the same text", () => {
    const report = base();
    report.selfEval.indicators = [
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '制度建设',
        nature: '定性',
        target: '100%完成',
        unit: '',
        actual: '完成',
        weightCenti: 1000,
        scoreCenti: 1000,
        deviation: '',
      },
    ];
    const result = previewImport(
      {
        sheets: [
          sheet('S', [
            ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
            ['产出指标', '质量指标', '制度建设', '100%完成', '完成', 10, 10],
          ]),
        ],
      },
      report,
    );
    expect(result.changes).toEqual([]);
    expect(result.next.selfEval.indicators[0]?.nature).toBe('定性');
  });
});

describe('problems and refusals', () => {
  it('every unreadable figure is an error with 工作表/行/列, and blocks applying', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('项目', [
            ['项目名称', '年初预算', '全年预算', '支出'],
            ['甲', '12,34', 'abc', '-5'],
          ]),
        ],
      },
      base(),
    );
    expect(problems(result).filter((p) => p.startsWith('[错误]'))).toEqual([
      '[错误] 工作表「项目」第2行B列：「12,34」的千分位逗号位置不对，无法确定数值：如果逗号是小数点，请在表中改为 12.34；千分位逗号应每三位一个（如 1,234.50）',
      '[错误] 工作表「项目」第2行C列：「abc」不是数字',
      '[错误] 工作表「项目」第2行D列：「-5」是负数，报告中的金额不能为负数',
    ]);
    expect(result.canApply).toBe(false);
  });

  it('a formula saved without its value is refused, not read as 0', () => {
    const result = previewImport(
      {
        sheets: [
          {
            ...sheet('项目', [
              ['项目名称', '年初预算', '全年预算', '支出'],
              ['甲', 1, 1, null],
            ]),
            formulasWithoutResult: [{ row: 2, col: 4 }],
          },
        ],
      },
      base(),
    );
    expect(problems(result)).toContain(
      '[错误] 工作表「项目」第2行D列：这是公式，但文件里没有保存计算结果（可能由其他程序生成）。请在 Excel 或 WPS 中打开并保存后再导入',
    );
    expect(result.canApply).toBe(false);
  });

  it('a workbook without any known table is refused with the sheets it looked at', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('工资表', [
            ['姓名', '岗位工资'],
            ['张三', 3200],
          ]),
          sheet('Sheet2', []),
        ],
      },
      base(),
    );
    expect(result.tables).toEqual([]);
    expect(result.canApply).toBe(false);
    expect(result.problems[0]?.reason).toContain('已查看工作表「工资表」、「Sheet2」');
  });

  it('the same table on a second sheet is reported and not imported', () => {
    const list = (v: number) =>
      sheet(`S${v}`, [
        ['项目名称', '年初预算', '全年预算', '支出'],
        ['甲', v, v, v],
      ]);
    const result = previewImport({ sheets: [list(1), list(2)] }, base());
    expect(result.next.projects.items[0]?.initialFen).toBe(1_000_000);
    expect(problems(result)).toContain(
      '[提示] 工作表「S2」第1行A列：工作表「S1」中已有项目明细表，这里的同类表格未导入',
    );
  });

  it('a different unit name or year in the heading is a warning', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('S', [
            ['2023年度项目支出表'],
            ['填报单位：某某乡人民政府'],
            ['项目名称', '年初预算', '全年预算', '支出'],
            ['甲', 1, 1, 1],
          ]),
        ],
      },
      base(),
    );
    expect(problems(result)).toEqual([
      '[提示] 工作表「S」第3行A列：项目明细表没有注明金额单位（如“单位：万元”），已按万元读取',
      '[提示] 工作表「S」第1行A列：表格标题的年度（2023年）与报告年度（2024年）不一致，请确认选择了正确的文件',
      '[提示] 工作表「S」第2行A列：表中单位「某某乡人民政府」与报告单位「通道侗族自治县公安局」不一致，请确认选择了正确的文件',
    ]);
  });

  it('a project name longer than the report allows is an error at its cell', () => {
    const result = previewImport(
      {
        sheets: [
          sheet('S', [
            ['项目名称', '年初预算', '全年预算', '支出'],
            ['长'.repeat(201), 1, 1, 1],
          ]),
        ],
      },
      base(),
    );
    expect(problems(result)).toContain('[错误] 工作表「S」第2行A列：项目名称超过200字（共201字）');
  });

  it('never changes the report it was given', () => {
    const report: Report = base();
    const before = JSON.stringify(report);
    previewImport(
      {
        sheets: [
          sheet('S', [
            ['项目名称', '年初预算', '全年预算', '支出'],
            ['甲', 1, 1, 1],
          ]),
        ],
      },
      report,
    );
    expect(JSON.stringify(report)).toBe(before);
  });
});
