// Checks on each project's 项目支出绩效自评表: each fires on a table that breaks it and stays silent on one that does
// not, and every finding points into projects.items.i.table so the table's editor can show it at its cell.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import type { ProjectTable } from '../../shared/model/project-table';
import { runChecks } from '../../shared/checks/run-checks';
import { RulePackSchema, type RulePack } from '../../shared/checks/rule-pack';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import type { Finding } from '../../shared/checks/finding';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/reference-2024-projects.selfeval.json', import.meta.url), 'utf8'),
) as { report: unknown };
const withTables = () => Report.parse(fixture.report);
const check = (r: Report, pack: RulePack = HUNAN_DEFAULT) => runChecks(r, pack, { today: '2026-11-26' });
const where = (f: Finding) => `${f.severity}:${f.code}:${f.paths[0]?.join('.')}`;
/** Findings about project tables (their first path inside a table). */
const onTables = (r: Report, pack?: RulePack) =>
  check(r, pack).filter((f) => f.paths[0]?.[0] === 'projects' && f.paths[0]?.[3] === 'table');
/** The first project's table: 县监管中心医疗经费, 40 万元 budget, 37.54 万元 spent (93.85%). */
function table0(r: Report): ProjectTable {
  const t = r.projects.items[0]?.table;
  if (!t) throw new Error('测试数据中项目1没有自评表');
  return t;
}
function row(t: ProjectTable, i: number) {
  const ind = t.indicators[i];
  if (!ind) throw new Error(`测试数据中没有第${i + 1}行指标`);
  return ind;
}

describe('the reference with its nine project tables', () => {
  it('has only the tables’ genuine problems: three 定量 targets of the unbuilt project answered in words', () => {
    expect(onTables(withTables()).map(where)).toEqual([
      'warning:ACTUAL_NOT_NUMERIC:projects.items.7.table.indicators.1.actual',
      'warning:ACTUAL_NOT_NUMERIC:projects.items.7.table.indicators.3.actual',
      'warning:ACTUAL_NOT_NUMERIC:projects.items.7.table.indicators.4.actual',
    ]);
    expect(onTables(withTables())[0]?.message).toBe(
      '项目（8）“双江派出所“两所一室”改造项目”项目支出绩效自评表 第2行“工程验收合格率”是定量指标（目标100%），' +
        '实际完成值却是“未验收”：请填写实际数值',
    );
  });
});

describe('score over weight', () => {
  it('is 强制, at the score cell', () => {
    const r = withTables();
    row(table0(r), 0).scoreCenti = 2500;
    const found = onTables(r).filter((f) => f.code === 'SCORE_OVER_WEIGHT');
    expect(found.map(where)).toEqual(['error:SCORE_OVER_WEIGHT:projects.items.0.table.indicators.0.scoreCenti']);
    expect(found[0]?.message).toContain('第1行“入所健康体检人次”得分25分超过分值20分');
  });
  it('is silent at full marks', () => {
    expect(onTables(withTables()).filter((f) => f.code === 'SCORE_OVER_WEIGHT')).toEqual([]);
  });
});

describe('a missed target with full marks', () => {
  it('fires, with the score the pack’s rule gives', () => {
    const r = withTables();
    row(table0(r), 0).actual = '540人次'; // target ≥600
    const found = onTables(r).filter((f) => f.code === 'MISSED_TARGET_FULL_MARKS');
    expect(found.map(where)).toEqual([
      'warning:MISSED_TARGET_FULL_MARKS:projects.items.0.table.indicators.0.scoreCenti',
    ]);
    expect(found[0]?.message).toContain('目标≥600人次未达到（实际540人次），却得满分20分');
  });
  it('is silent when the target is met (652 ≥ 600) or the score was cut', () => {
    const r = withTables();
    expect(onTables(r).filter((f) => f.code === 'MISSED_TARGET_FULL_MARKS')).toEqual([]);
    row(table0(r), 0).actual = '540人次';
    row(table0(r), 0).scoreCenti = 1800;
    row(table0(r), 0).deviation = '新建监区延期启用，入所人数少于预期。';
    expect(onTables(r).filter((f) => f.code === 'MISSED_TARGET_FULL_MARKS')).toEqual([]);
  });
});

describe('a deduction without a 偏差原因', () => {
  it('fires at the deviation cell', () => {
    const r = withTables();
    row(table0(r), 1).scoreCenti = 1800;
    expect(onTables(r).map(where)).toContain(
      'warning:DEDUCTION_UNEXPLAINED:projects.items.0.table.indicators.1.deviation',
    );
  });
  it('is silent once the reason is written', () => {
    const r = withTables();
    row(table0(r), 1).scoreCenti = 1800;
    row(table0(r), 1).deviation = '两名在押人员转院延误，已与县医院签订绿色通道协议。';
    expect(onTables(r).filter((f) => f.code === 'DEDUCTION_UNEXPLAINED')).toEqual([]);
  });
});

describe('the 执行率 restated in the table', () => {
  it('fires when an indicator states another rate than the project list gives (93.85%)', () => {
    const r = withTables();
    table0(r).indicators.push({ ...row(table0(r), 1), name: '预算执行率', target: '100', actual: '95%', unit: '%' });
    const found = onTables(r).filter((f) => f.code === 'INDICATOR_RESTATES_DERIVED');
    expect(found.map(where)).toEqual(['warning:INDICATOR_RESTATES_DERIVED:projects.items.0.table.indicators.5.actual']);
    expect(found[0]?.message).toContain('项目执行率为93.85%');
  });
  it('is silent when it agrees at the precision written', () => {
    const r = withTables();
    table0(r).indicators.push({ ...row(table0(r), 1), name: '预算执行率', target: '100', actual: '94%', unit: '%' });
    expect(onTables(r).filter((f) => f.code === 'INDICATOR_RESTATES_DERIVED')).toEqual([]);
  });
  it('fires when the 实际完成情况 or a 偏差原因 writes another rate', () => {
    const r = withTables();
    table0(r).goalActual = '全年资金执行率为95%，完成在押人员入所体检。';
    row(table0(r), 2).deviation = '预算执行率达到 90.5%，部分设备采购延至次年。';
    expect(
      onTables(r)
        .filter((f) => f.code === 'TEXT_RESTATES_RATE')
        .map(where),
    ).toEqual([
      'warning:TEXT_RESTATES_RATE:projects.items.0.table.goalActual',
      'warning:TEXT_RESTATES_RATE:projects.items.0.table.indicators.2.deviation',
    ]);
  });
  it('is silent when the text writes the rate the figures give', () => {
    const r = withTables();
    table0(r).goalActual = '全年资金执行率为93.85%，完成在押人员入所体检。';
    row(table0(r), 2).deviation = '执行率94%。';
    expect(onTables(r).filter((f) => f.code === 'TEXT_RESTATES_RATE')).toEqual([]);
  });
});

describe('the source lines against the 年度资金总额 line (the project row)', () => {
  it('is 强制 when every printed line states the column and they disagree', () => {
    const r = withTables();
    table0(r).funds.fiscal.spentFen = 37_000_000; // 37 万元 + 0 + 0 ≠ 37.54 万元
    const found = onTables(r).filter((f) => f.code === 'PROJECT_FUNDS_SPLIT');
    expect(found.map(where)).toEqual(['error:PROJECT_FUNDS_SPLIT:projects.items.0.table.funds.fiscal.spentFen']);
    expect(found[0]?.message).toBe(
      '项目（1）“县监管中心监管场所医疗工作及相关经费”项目支出绩效自评表 年度资金总额的全年执行数37.54万元，' +
        '不等于当年财政拨款、上年结转资金、其他资金的全年执行数之和37万元（相差0.54万元）',
    );
    expect(found[0]?.paths.map((p) => p.join('.'))).toContain('projects.items.0.spentFen');
  });
  it('is a 提示 at most when a line is blank (未填写): only stated lines above the total', () => {
    const r = withTables();
    table0(r).funds.other.spentFen = null;
    table0(r).funds.fiscal.spentFen = 37_000_000; // below the total with a line blank: nothing proved
    expect(onTables(r).filter((f) => f.code === 'PROJECT_FUNDS_SPLIT')).toEqual([]);
    table0(r).funds.fiscal.spentFen = 38_000_000; // 38 万元 stated, above the total
    expect(
      onTables(r)
        .filter((f) => f.code === 'PROJECT_FUNDS_SPLIT')
        .map(where),
    ).toEqual(['warning:PROJECT_FUNDS_SPLIT:projects.items.0.table.funds.fiscal.spentFen']);
  });
  it('compares only the lines the pack prints', () => {
    const pack = RulePackSchema.parse({
      ...HUNAN_DEFAULT,
      attachments: {
        ...HUNAN_DEFAULT.attachments,
        projectTable: {
          ...HUNAN_DEFAULT.attachments.projectTable,
          fundLines: [{ key: 'fiscal', label: '其中：财政拨款' }],
        },
      },
    });
    const r = withTables();
    table0(r).funds.other.spentFen = 5_000_000; // not printed under this pack
    expect(onTables(r, pack).filter((f) => f.code === 'PROJECT_FUNDS_SPLIT')).toEqual([]);
    table0(r).funds.fiscal.spentFen = 1;
    expect(onTables(r, pack).filter((f) => f.code === 'PROJECT_FUNDS_SPLIT')[0]?.message).toContain(
      '不等于财政拨款的全年执行数之和',
    );
  });
});

describe('weights against the frame’s total (100 分)', () => {
  it('fires as a 提示 when they do not add up', () => {
    const r = withTables();
    row(table0(r), 0).weightCenti = 2500;
    row(table0(r), 0).scoreCenti = 2500;
    const found = onTables(r).filter((f) => f.code === 'WEIGHTS_TOTAL');
    expect(found.map(where)).toEqual(['warning:WEIGHTS_TOTAL:projects.items.0.table.indicators']);
    expect(found[0]?.message).toContain('各指标分值（含预算执行率10分）合计105分，应为100分');
  });
  it('is silent on the nine tables as built (10 + 50 + 30 + 10)', () => {
    expect(onTables(withTables()).filter((f) => f.code === 'WEIGHTS_TOTAL')).toEqual([]);
  });
});

describe('an execution rate below the pack’s line', () => {
  it('without a reason is shown at the table’s money block too', () => {
    const found = check(withTables()).filter((f) => f.code === 'LOW_EXECUTION_RATE' && f.paths[0]?.[2] === 3);
    expect(found).toHaveLength(1);
    expect(found[0]?.paths.map((p) => p.join('.'))).toEqual([
      'projects.items.3.lowRateReason',
      'projects.items.3.spentFen',
      'projects.items.3.table.funds',
    ]);
  });
  it('is silent once the reason is given', () => {
    const r = withTables();
    r.projects.items[3]!.lowRateReason = '部分维护合同年底尚未结算';
    expect(check(r).filter((f) => f.code === 'LOW_EXECUTION_RATE' && f.paths[0]?.[2] === 3)).toEqual([]);
  });
});
