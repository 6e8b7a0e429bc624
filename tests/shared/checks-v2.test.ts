// The checks after issue 12: each new rule fires on a report that breaks it and stays silent on a correct one, and
// the false alarms of the earlier rules (on correct real reports) are gone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { runChecks } from '../../shared/checks/run-checks';
import { countedLists } from '../../shared/checks/counted-lists';
import { scoreByRule } from '../../shared/checks/indicator-values';
import { HUNAN_DEFAULT, rulePackFor } from '../../shared/packs/registry';
import type { RulePack } from '../../shared/checks/rule-pack';
import { validateReport } from '../../shared/model/validate';
import { describeFieldFor } from '../../shared/checks/field-location';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const reference = () => Report.parse(fixture.report);
const check = (r: Report, pack: RulePack = HUNAN_DEFAULT) => runChecks(r, pack, { today: '2026-11-26' });
const find = (r: Report, code: string, pack?: RulePack) => check(r, pack).filter((f) => f.code === code);

describe('budget adjustments are 全年 against 年初', () => {
  it('an under-spent report with no adjustment is not asked to explain one', () => {
    const r = reference();
    r.basic.varianceReason = '';
    r.basic.annualFen = r.basic.initialFen; // no adjustment; 执行 4301.77 ≠ 年初 4269.88 does not matter
    expect(find(r, 'ADJUSTMENT_UNEXPLAINED')).toEqual([]);
  });

  it('a 300万元 年中追加 with no reason is flagged, with the amount', () => {
    const r = reference();
    r.basic.varianceReason = '';
    r.basic.initialFen = 4_000_000_000;
    r.basic.annualFen = 4_300_000_000;
    const [f] = find(r, 'ADJUSTMENT_UNEXPLAINED');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('追加300万元');
  });
});

describe('template placeholders', () => {
  it('ordinary prose with 万元 is not a placeholder', () => {
    const r = reference();
    r.budget.usage = '全年节约公用经费数十万元，近百万元用于装备更新（单位：万元）。';
    expect(find(r, 'PLACEHOLDER_LEFT')).toEqual([]);
  });

  it('a gap left before the unit is, as a 提示', () => {
    const r = reference();
    r.budget.usage = '“三公”经费较上年减少   万元。';
    const [f] = find(r, 'PLACEHOLDER_LEFT');
    expect(f?.severity).toBe('warning');
    r.budget.usage = '本年度共开展XX次培训。';
    expect(find(r, 'PLACEHOLDER_LEFT')).toHaveLength(1);
  });
});

describe('counts in text', () => {
  it('reads the list up to the first comma', () => {
    expect(countedLists('开展2项调研：城乡融合、乡村振兴，形成报告')).toEqual([
      { phrase: '2项调研', stated: 2, named: 2, items: '城乡融合、乡村振兴' },
    ]);
  });

  it('reads the last item joined with 和/及 (南县财政局 2020: "有3个，分别为A、B和C")', () => {
    expect(countedLists('直属单位有3个，分别为国库集中支付中心、非税收入征收管理局和会计服务中心。')[0]).toMatchObject({
      stated: 3,
      named: 3,
    });
  });

  it('reads "N个，即A、B…" and "A、B共N项", and skips lists ending in 等', () => {
    const nine = '甲、乙、丙、丁、戊、己、庚、辛、壬';
    expect(countedLists(`直属事业单位10个，即${nine}。`)[0]).toMatchObject({ stated: 10, named: 9 });
    expect(countedLists('宣传、培训、督查共3项')[0]).toMatchObject({ stated: 3, named: 3 });
    expect(countedLists('宣传、培训等共5项')).toEqual([]);
  });

  it('fires on a mismatch in the report and stays silent on a match', () => {
    const r = reference();
    r.organisation.note = '下设直属事业单位10个，即甲、乙、丙、丁、戊、己、庚、辛、壬。';
    expect(find(r, 'COUNT_MISMATCH')[0]?.message).toContain('列出了9个');
    r.organisation.note = '开展2项调研：城乡融合、乡村振兴，形成报告。';
    expect(find(r, 'COUNT_MISMATCH')).toEqual([]);
  });
});

describe('retirees inside 编制', () => {
  it('fires when 编制 equals 在职 + 退休', () => {
    const r = reference();
    r.staffing.adminAuthorized = 198; // 148 在职 + 50 退休
    const [f] = find(r, 'RETIREES_IN_AUTHORIZED');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('编制数198人恰好等于在职148人加退休50人');
  });

  it('is silent on the reference (152 ≠ 148 + 50) and when 退休 is not stated', () => {
    expect(find(reference(), 'RETIREES_IN_AUTHORIZED')).toEqual([]);
    const r = reference();
    r.staffing.adminAuthorized = 198;
    r.staffing.retired = null;
    expect(find(r, 'RETIREES_IN_AUTHORIZED')).toEqual([]);
  });
});

describe('indicators restating a derived figure', () => {
  const withIndicator = (name: string, actual: string) => {
    const r = reference();
    const first = r.selfEval.indicators[0];
    if (first) Object.assign(first, { name, actual, nature: '≥', target: '90', unit: '%' });
    return r;
  };

  it('fires when 预算执行率 in 附件2 differs from the data', () => {
    const [f] = find(withIndicator('预算执行率', '98.5%'), 'INDICATOR_RESTATES_DERIVED');
    expect(f?.message).toContain('按报告数据计算预算执行率为100%');
  });

  it('compares at the precision written', () => {
    expect(find(withIndicator('预算执行率', '100%'), 'INDICATOR_RESTATES_DERIVED')).toEqual([]);
    // 人员控制率 = 148 ÷ 152 = 97.37%: "97.4%" and "97%" say the same.
    expect(find(withIndicator('在职人员控制率', '97.4%'), 'INDICATOR_RESTATES_DERIVED')).toEqual([]);
    expect(find(withIndicator('在职人员控制率', '97%'), 'INDICATOR_RESTATES_DERIVED')).toEqual([]);
    expect(find(withIndicator('在职人员控制率', '95%'), 'INDICATOR_RESTATES_DERIVED')).toHaveLength(1);
  });

  it('reads the sign of a 三公 change written in words', () => {
    expect(find(withIndicator('“三公”经费变动率', '增加74.93%'), 'INDICATOR_RESTATES_DERIVED')).toEqual([]);
    expect(find(withIndicator('“三公”经费变动率', '下降74.93%'), 'INDICATOR_RESTATES_DERIVED')).toHaveLength(1);
  });
});

describe('weights and scores', () => {
  it('one indicator worth 90 of 100 points is flagged; the reference is not', () => {
    expect(find(reference(), 'INDICATOR_WEIGHT_SHARE')).toEqual([]);
    const r = reference();
    r.selfEval.indicators = r.selfEval.indicators
      .slice(0, 1)
      .map((i) => ({ ...i, weightCenti: 9000, scoreCenti: 9000 }));
    const [f] = find(r, 'INDICATOR_WEIGHT_SHARE');
    expect(f?.message).toContain('占总分100分的90%');
  });

  it('weights not summing to the pack total are a 提示', () => {
    const r = reference();
    const first = r.selfEval.indicators[0];
    if (first) first.weightCenti = 1500;
    expect(find(r, 'WEIGHTS_TOTAL')[0]?.severity).toBe('warning');
  });

  it('a quantitative target answered with a word is flagged', () => {
    const r = reference();
    const first = r.selfEval.indicators[0];
    if (first) Object.assign(first, { nature: '≤', target: '30', unit: '万元', actual: '完成' });
    expect(find(r, 'ACTUAL_NOT_NUMERIC')[0]?.message).toContain('实际完成值却是“完成”');
    if (first) first.actual = '28.5万元';
    expect(find(r, 'ACTUAL_NOT_NUMERIC')).toEqual([]);
  });

  it('full marks on a missed target name the score the pack’s rule gives', () => {
    const r = reference();
    const row = r.selfEval.indicators[6]; // 纠纷类警情同比下降率 ≥15%, actual 13.25%
    if (row) row.scoreCenti = row.weightCenti;
    const [f] = find(r, 'MISSED_TARGET_FULL_MARKS');
    expect(f?.message).toContain('按完成比例计分约为8.83分');
  });

  it('scores a missed target by a per-step rule (−2 per 5 percentage points)', () => {
    const pack: RulePack = {
      ...HUNAN_DEFAULT,
      missedTargetScoring: { kind: 'perStep', stepBasis: 500, deductCenti: 200 },
    };
    const base = reference().selfEval.indicators[6];
    if (!base) throw new Error('reference has 9 indicators');
    const ind = { ...base, nature: '≥' as const, weightCenti: 1000, target: '50', actual: '44', unit: '%' };
    expect(scoreByRule(ind, pack)).toBe(600); // 6 percentage points short → 2 steps → −4
    expect(scoreByRule({ ...ind, unit: '人' }, pack)).toBe(400); // 12% of the target short → 3 steps → −6
    expect(scoreByRule({ ...ind, actual: '50' }, pack)).toBeNull(); // met
  });
});

describe('rule packs decide what applies', () => {
  const lowRate = () => {
    const r = reference();
    r.budget.spentFen = 4_500_000_000; // 71.38%
    return r;
  };

  it('the Hunan score cap is a 提示 naming the pack, and the national pack has none', () => {
    const [f] = find(lowRate(), 'SCORE_CAP_BY_RATE');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('湖南省');
    expect(find(lowRate(), 'SCORE_CAP_BY_RATE', rulePackFor('national-2020'))).toEqual([]);
  });

  it('a pack can raise, lower or turn off a check', () => {
    const strict: RulePack = {
      ...HUNAN_DEFAULT,
      severities: { SCORE_CAP_BY_RATE: 'error', STAFF_OVER_AUTHORIZED: 'off' },
    };
    expect(find(lowRate(), 'SCORE_CAP_BY_RATE', strict)[0]?.severity).toBe('error');
    expect(find(reference(), 'STAFF_OVER_AUTHORIZED', strict)).toEqual([]);
  });

  it('the 附件1 项目支出 budget is compared with 年初 or 全年 as the pack says', () => {
    const r = reference();
    r.baseData.projectRows = [
      { label: '业务工作经费', prevFinalFen: 0, budgetFen: 1_251_400_000, finalFen: 2_002_260_000 },
    ];
    expect(find(r, 'BASEDATA_PROJECTS_BUDGET')).toEqual([]); // Hunan: 年初 1251.4
    expect(find(r, 'BASEDATA_PROJECTS_BUDGET', rulePackFor('national-2020'))[0]?.severity).toBe('error'); // 全年 2139.88
  });

  it('the one-figure-per-income-type layout compares only 执行数', () => {
    const r = reference();
    r.rulePackId = 'hunan-2023';
    r.selfEval.income.general = { initialFen: null, annualFen: null, spentFen: 6_000_000_000 };
    r.selfEval.income.other = { initialFen: null, annualFen: null, spentFen: 304_030_000 };
    r.selfEval.income.govFund = { initialFen: null, annualFen: null, spentFen: 0 };
    r.selfEval.income.nonTax = { initialFen: null, annualFen: null, spentFen: 0 };
    const pack = rulePackFor('hunan-2023');
    expect(check(r, pack).filter((f) => f.code.startsWith('INCOME_SPLIT'))).toEqual([]);
    r.selfEval.income.other.spentFen = 300_000_000;
    expect(find(r, 'INCOME_SPLIT_SPENT', pack)[0]?.severity).toBe('error');
  });
});

describe('the pack version a report was checked against', () => {
  it('is flagged when the pack has a newer version, and silent when it matches or was never recorded', () => {
    const r = reference();
    expect(find(r, 'RULE_PACK_VERSION_CHANGED')).toEqual([]);
    r.rulePackVersion = '2023.9';
    expect(find(r, 'RULE_PACK_VERSION_CHANGED')[0]?.message).toContain('版本2023.9，现为版本2024.1');
    r.rulePackVersion = '';
    expect(find(r, 'RULE_PACK_VERSION_CHANGED')).toEqual([]);
  });
});

describe('field locations numbered by the pack', () => {
  it('follow a reordered outline, and the default one unchanged', () => {
    const scoreFirst: RulePack = {
      ...HUNAN_DEFAULT,
      outline: [
        { key: 'performance', title: '自评得分' },
        ...HUNAN_DEFAULT.outline.filter((s) => s.key !== 'performance'),
      ],
    };
    expect(describeFieldFor(['budget', 'annualFen'], HUNAN_DEFAULT)).toBe('二（一）全年预算收入');
    expect(describeFieldFor(['budget', 'annualFen'], scoreFirst)).toBe('三（一）全年预算收入');
    expect(describeFieldFor(['performance', 'lead'], scoreFirst)).toMatch(/^一、/);
    const noProblems: RulePack = {
      ...HUNAN_DEFAULT,
      outline: HUNAN_DEFAULT.outline.filter((s) => s.key !== 'problems'),
    };
    expect(describeFieldFor(['problems'], noProblems)).not.toMatch(/^[一二三四五六七八九]/);
    expect(describeFieldFor(['signature', 'date'], scoreFirst)).toBe(
      describeFieldFor(['signature', 'date'], HUNAN_DEFAULT),
    );
  });
});

describe('negative amounts', () => {
  it('are accepted for 预算调整 (调减) and refused elsewhere, naming the field', () => {
    const r = reference();
    r.baseData.basicAdjustment = { prevFinalFen: null, budgetFen: -50_000_000, finalFen: -50_000_000 };
    expect(validateReport(r).ok).toBe(true);
    r.basic.spentFen = -1;
    const result = validateReport(r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details.join('\n')).toContain('金额不能为负数');
  });
});
