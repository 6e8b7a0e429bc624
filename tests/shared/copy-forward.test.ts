import { describe, expect, it } from 'vitest';
import { copyForward } from '../../shared/model/copy-forward';
import { Report } from '../../shared/model/report';
import { sampleReport } from '../db/temp-db';

describe('copyForward', () => {
  const old = sampleReport('通道侗族自治县公安局', 2024);
  const snapshot = structuredClone(old);
  const next = copyForward(old, 2025);

  it('produces a valid report for the new year and leaves the old one untouched', () => {
    expect(Report.safeParse(next).success).toBe(true);
    expect(next.year).toBe(2025);
    expect(old).toEqual(snapshot);
  });

  it('keeps structure, lists and texts', () => {
    expect(next.unitName).toBe(old.unitName);
    expect(next.selfName).toBe('我局');
    expect(next.rulePackId).toBe(old.rulePackId);
    expect(next.organisation).toEqual(old.organisation);
    expect(next.duties).toEqual(old.duties);
    expect(next.goals).toEqual(old.goals);
    expect(next.problems).toEqual(old.problems);
    expect(next.measures).toEqual(old.measures);
    expect(next.other).toEqual(old.other);
    expect(next.performance).toEqual(old.performance);
    expect(next.budget.usage).toBe(old.budget.usage);
    expect(next.basic.scope).toBe(old.basic.scope);
    expect(next.threePublic.intro).toBe(old.threePublic.intro);
    expect(next.baseData.frugality).toBe(old.baseData.frugality);
    expect(next.govFund.text).toBe(old.govFund.text);
    expect(next.projects.items.map((p) => [p.name, p.addedMidYear])).toEqual([
      ['业务工作经费', false],
      ['禁毒专项', true],
    ]);
    expect(next.projects.declaredCount).toBe(2);
    expect(next.baseData.projectRows.map((r) => r.label)).toEqual(['业务工作经费']);
    expect(next.selfEval.indicators.map((i) => [i.name, i.nature, i.target, i.unit, i.weightCenti])).toEqual([
      ['破案数', '≥', '100', '起', 2000],
    ]);
    expect(next.selfEval.rateWeightCenti).toBe(old.selfEval.rateWeightCenti);
    expect(next.selfEval.goalExpected).toBe(old.selfEval.goalExpected);
    expect(next.signature.unitName).toBe(old.signature.unitName);
    expect(next.staffing.adminAuthorized).toBe(152);
    expect(next.staffing.auxiliaryAuthorized).toBe(302);
    expect(next.staffing.auxiliaryLabel).toBe('辅警');
  });

  it("clears this year's figures (to not stated, never 0) and the explanations tied to them", () => {
    expect(next.budget).toMatchObject({ initialFen: null, annualFen: null, spentFen: null });
    expect(next.basic).toMatchObject({
      initialFen: null,
      annualFen: null,
      spentFen: null,
      wagesFen: null,
      goodsServicesFen: null,
      householdFen: null,
      capitalFen: null,
      varianceReason: '',
    });
    for (const p of next.projects.items) {
      expect(p).toMatchObject({ initialFen: null, annualFen: null, spentFen: null, lowRateReason: '' });
    }
    expect(next.projects.varianceReason).toBe('');
    for (const i of next.selfEval.indicators) expect(i).toMatchObject({ actual: '', scoreCenti: null, deviation: '' });
    expect(next.selfEval.goalActual).toBe('');
    expect(next.selfEval.income.general).toEqual({ initialFen: null, annualFen: null, spentFen: null });
    expect(next.baseData.building).toEqual({
      exists: false,
      approvedAreaCenti: null,
      actualAreaCenti: null,
      budgetInvestFen: null,
      actualInvestFen: null,
    });
    expect(next.staffing).toMatchObject({
      adminActual: null,
      institutionActual: null,
      auxiliaryActual: null,
      retired: null,
    });
    expect(next.signature.date).toBe('');
    expect(next.responses).toEqual([]);
    expect(next.threePublic.changeReason).toBe('');
  });

  it("moves last year's final accounts into the 上年 columns", () => {
    expect(next.threePublic.reception).toEqual({ prevFinalFen: 5_330_00, budgetFen: null, finalFen: null });
    expect(next.threePublic.vehiclePurchase).toEqual({ prevFinalFen: 74_800_00, budgetFen: null, finalFen: null });
    expect(next.threePublic.vehicleOperation).toEqual({ prevFinalFen: 67_420_00, budgetFen: null, finalFen: null });
    expect(next.threePublic.abroad).toEqual({ prevFinalFen: 0, budgetFen: null, finalFen: null });
    expect(next.baseData.projectRows).toEqual([
      { label: '业务工作经费', prevFinalFen: 3_000_01, budgetFen: null, finalFen: null },
    ]);
    expect(next.baseData.publicFunds).toEqual({ prevFinalFen: 33, budgetFen: null, finalFen: null });
    expect(next.baseData.procurement).toEqual({ prevFinalFen: 3, budgetFen: null, finalFen: null });
    // With category rows the 项目支出 row's 上年决算数 is their sum, so nothing is kept beside them.
    expect(next.baseData.projectsPrevFinalFen).toBeNull();
    const noRows = copyForward({ ...old, baseData: { ...old.baseData, projectRows: [] } }, 2025);
    expect(noRows.baseData.projectsPrevFinalFen).toBe(2_345_678_91 + 12_345_678_901_23);
  });

  it('shares no objects with the old report', () => {
    const copy = copyForward(old, 2025);
    copy.organisation.groups[0]?.units.push('新派出所');
    copy.projects.items.pop();
    const goal = copy.goals[0];
    if (goal) goal.text = '改';
    expect(old).toEqual(snapshot);
  });
});
