// Each rule must fire on a report that breaks it and stay silent on one that does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { runChecks, unansweredWarnings } from '../../shared/checks/run-checks';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { derive } from '../../shared/calc/derive';
import { fixReferenceFindings } from '../fixtures/fixed-reference';
import { stated } from '../fixtures/stated';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const reference = () => Report.parse(fixture.report);
const today = '2026-11-26';
const check = (r: Report) => runChecks(r, HUNAN_DEFAULT, { today });
const codes = (r: Report) => check(r).map((f) => f.code);

describe('the reference report', () => {
  it('has exactly its genuine problems', () => {
    const found = check(reference()).map((f) => `${f.severity}:${f.code}:${f.paths[0]?.join('.')}`);
    expect(found).toEqual([
      'error:SIGN_DATE_BEFORE_YEAR_END:signature.date',
      'warning:LOW_EXECUTION_RATE:projects.items.3.lowRateReason',
      'warning:LOW_EXECUTION_RATE:projects.items.7.lowRateReason',
      'warning:SPENT_OVER_BUDGET:basic.annualFen',
      'warning:THREE_PUBLIC_INCREASE:threePublic.changeReason',
      'warning:TEXT_CONTRADICTS_RATE:problems.0.text',
      'warning:STAFF_OVER_AUTHORIZED:staffing.auxiliaryActual',
    ]);
  });

  it('names the figures in its messages', () => {
    const messages = check(reference())
      .map((f) => f.message)
      .join('\n');
    expect(messages).toContain('89.73%');
    expect(messages).toContain('305人，超过编制302人');
    expect(messages).toContain('74.93%');
    expect(messages).toContain('2024-05-29');
  });

  it('derives the score 96.9 and the grade 优', () => {
    const d = derive(reference(), HUNAN_DEFAULT);
    expect(d.score.totalCenti).toBe(9690);
    expect(d.score.grade).toBe('优');
    expect(d.staffing.controlRate).toBe(9737);
  });

  it('is clean once the problems are fixed', () => {
    expect(check(fixReferenceFindings(reference()))).toEqual([]);
  });
});

describe('rules', () => {
  it('C1: execution must equal basic + projects', () => {
    const r = reference();
    r.budget.spentFen = stated(r.budget.spentFen) + 1_000_000;
    expect(codes(r)).toContain('TOTAL_SPENT_SPLIT');
    const f = check(r).find((x) => x.code === 'TOTAL_SPENT_SPLIT');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('相差1万元');
  });

  it('C3: basic categories must add up', () => {
    const r = reference();
    r.basic.wagesFen = stated(r.basic.wagesFen) - 10_000;
    expect(codes(r)).toContain('BASIC_CATEGORIES_SUM');
  });

  it('C2: income split must add up once filled', () => {
    const r = reference();
    const zero = { initialFen: 0, annualFen: 0, spentFen: 0 };
    r.selfEval.income = {
      general: { initialFen: 1, annualFen: 1, spentFen: 1 },
      govFund: zero,
      nonTax: zero,
      other: zero,
    };
    const found = check(r).filter((f) => f.code.startsWith('INCOME_SPLIT'));
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['INCOME_SPLIT_INITIAL', 'error'],
      ['INCOME_SPLIT_ANNUAL', 'error'],
      ['INCOME_SPLIT_SPENT', 'error'],
    ]);
    // With the other sources not stated, a part below the total proves nothing; one above it cannot be right.
    r.selfEval.income = { ...r.selfEval.income, govFund: { initialFen: null, annualFen: null, spentFen: null } };
    expect(codes(r).filter((c) => c.startsWith('INCOME_SPLIT'))).toEqual([]);
    r.selfEval.income.general = { initialFen: 9_000_000_000, annualFen: null, spentFen: null };
    expect(
      check(r)
        .filter((f) => f.code === 'INCOME_SPLIT_INITIAL')
        .map((f) => f.severity),
    ).toEqual(['warning']);
  });

  it('C9/C10: weights, deductions and full marks on a missed target', () => {
    const r = reference();
    r.selfEval.indicators[1]!.deviation = '';
    r.selfEval.indicators[0]!.actual = '90%';
    r.selfEval.indicators[2]!.scoreCenti = 1100;
    const found = codes(r);
    expect(found).toContain('DEDUCTION_UNEXPLAINED');
    expect(found).toContain('MISSED_TARGET_FULL_MARKS');
    expect(found).toContain('SCORE_OVER_WEIGHT');
    r.selfEval.indicators.pop();
    expect(codes(r)).toContain('WEIGHTS_TOTAL');
    r.selfEval.indicators = [];
    expect(codes(r)).toContain('NO_INDICATORS');
  });

  it('C11: a low overall rate caps the total score', () => {
    const r = reference();
    r.budget.spentFen = Math.floor(stated(r.budget.annualFen) * 0.75);
    expect(codes(r)).toContain('SCORE_CAP_BY_RATE');
  });

  it('C14: 三公 over budget', () => {
    const r = reference();
    r.threePublic.reception.finalFen = stated(r.threePublic.reception.budgetFen) + 1;
    expect(codes(r)).toContain('THREE_PUBLIC_OVER_BUDGET');
  });

  it('C15: placeholders and empty sections', () => {
    const r = reference();
    r.measures[0]!.text = '比上年减少 万元，占 %。';
    r.duties = [];
    const found = check(r);
    expect(found.find((f) => f.code === 'PLACEHOLDER_LEFT')?.paths[0]).toEqual(['measures', 0, 'text']);
    expect(found.find((f) => f.code === 'REQUIRED_EMPTY')?.message).toContain('主要职能职责');
  });

  it('C16: counts in text and the declared project count', () => {
    const r = reference();
    r.organisation.note = '下设3个直属事业单位：甲中心、乙中心。';
    r.projects.declaredCount = 9;
    const found = codes(r);
    expect(found).toContain('COUNT_MISMATCH');
    expect(found).toContain('PROJECT_COUNT_MISMATCH');
  });

  it('C18: a total left unstated, or stated below its parts, while the parts hold money', () => {
    const r = reference();
    r.baseData.publicFundsOffice.finalFen = 5_000_000;
    r.baseData.publicFunds.finalFen = null;
    const missing = check(r).find((f) => f.code === 'TOTAL_MISSING_WITH_PARTS');
    expect(missing?.severity).toBe('warning');
    expect(missing?.message).toContain('未填写');
    r.baseData.publicFunds.finalFen = 0;
    expect(codes(r)).toContain('PUBLIC_FUNDS_PARTS_EXCEED');
    r.baseData.publicFunds.finalFen = 1_000_000;
    expect(codes(r)).toContain('PUBLIC_FUNDS_PARTS_EXCEED');
    r.baseData.publicFunds.finalFen = 5_000_000;
    expect(codes(r)).not.toContain('PUBLIC_FUNDS_PARTS_EXCEED');
  });

  it('dates: missing, in the future, other unit', () => {
    const r = reference();
    r.signature.date = '';
    expect(codes(r)).toContain('SIGN_DATE_MISSING');
    r.signature.date = '2027-01-05';
    r.signature.unitName = '别的单位';
    expect(codes(r)).toEqual(expect.arrayContaining(['SIGN_DATE_IN_FUTURE', 'SIGN_UNIT_MISMATCH']));
  });

  it('thresholds come from the rule pack', () => {
    const r = reference();
    const strict = { ...HUNAN_DEFAULT, lowRateLine: 9500 };
    const found = runChecks(r, strict, { today }).filter((f) => f.code === 'LOW_EXECUTION_RATE');
    // 93.85% and 92.96% now fall under the line as well.
    expect(found).toHaveLength(4);
  });

  it('answered warnings are told apart from open ones', () => {
    const r = reference();
    const findings = check(r);
    const first = findings.find((f) => f.severity === 'warning')!;
    r.responses.push({ key: first.key, explanation: '已核实', acknowledged: false });
    expect(unansweredWarnings(findings, r)).toHaveLength(findings.filter((f) => f.severity === 'warning').length - 1);
  });
});
