// "Not stated" (null) is never 0: the text leaves it out, tables leave the cell blank, checks do not compare it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { emptyReport } from '../../shared/model/empty';
import { derive } from '../../shared/calc/derive';
import { runChecks } from '../../shared/checks/run-checks';
import { assembleReport } from '../../shared/text/assemble';
import { documentToPlainText } from '../../shared/text/plain-text';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const reference = () => Report.parse(fixture.report);
const text = (r: Report) => documentToPlainText(assembleReport(r, HUNAN_DEFAULT));
const codes = (r: Report) => runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' }).map((f) => f.code);

describe('a blank report', () => {
  const blank = emptyReport('某某乡人民政府', 2025);

  it('states no figure at all', () => {
    const t = text(blank);
    expect(t).not.toMatch(/\d+(\.\d+)?万元/);
    expect(t).not.toContain('退休人员');
    expect(t).not.toContain('编制人数');
    expect(t).not.toContain('未发生');
    expect(t).not.toContain('总评分');
    expect(t).not.toMatch(/个项目/);
  });

  it('prints blank cells, never 0.00, in the attachment tables', () => {
    const doc = assembleReport(blank, HUNAN_DEFAULT);
    const cells = doc.blocks.flatMap((b) => (b.kind === 'attachment' ? b.table.bodyRows.flat() : []));
    expect(cells.some((c) => c.text === '0.00' || c.text === '0')).toBe(false);
  });

  it('derives nothing it cannot know', () => {
    const d = derive(blank, HUNAN_DEFAULT);
    expect(d.rate).toBeNull();
    expect(d.projects.spentFen).toBeNull();
    expect(d.staffing.authorized).toBeNull();
    expect(d.threePublic.total.finalFen).toBeNull();
    expect(d.score.totalCenti).toBeNull();
    expect(d.score.grade).toBeNull();
  });

  it('is told what is missing, without arithmetic errors about zeros', () => {
    const found = codes(blank);
    expect(found).toContain('BUDGET_FIGURE_MISSING');
    for (const code of ['TOTAL_INITIAL_SPLIT', 'TOTAL_SPENT_SPLIT', 'BASIC_CATEGORIES_SUM', 'SPENT_OVER_BUDGET']) {
      expect(found).not.toContain(code);
    }
  });
});

describe('single figures left unstated in the reference', () => {
  it('an unstated 退休人员 is left out of the sentence, not written as 0', () => {
    const r = reference();
    r.staffing.retired = null;
    const t = text(r);
    expect(t).not.toContain('退休人员');
    expect(t).toContain('辅警人员编制302人，其中编制内辅警实有人数305人（2024年底数）。');
  });

  it('an unstated 上年 三公 figure says nothing about last year', () => {
    const r = reference();
    r.threePublic.reception.prevFinalFen = null;
    const t = text(r);
    expect(t).not.toContain('较上年');
    expect(t).not.toContain('上年未发生');
    expect(codes(r)).not.toContain('THREE_PUBLIC_INCREASE');
  });

  it('a 三公 budget given only as a total is compared as a total, not per item', () => {
    const r = reference();
    for (const item of ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const) {
      r.threePublic[item].budgetFen = null;
    }
    r.threePublic.budgetTotalFen = 150_000_000;
    expect(codes(r)).not.toContain('THREE_PUBLIC_OVER_BUDGET');
    expect(text(r)).toContain('2024年我局“三公”经费支出控制在预算范围内。');
    r.threePublic.budgetTotalFen = 140_000_000;
    expect(codes(r)).toContain('THREE_PUBLIC_OVER_BUDGET');
    expect(text(r)).toContain('“三公”经费支出超出预算。');
  });

  it('projects without budgets get no "超过全年预算" and no rate', () => {
    const r = reference();
    for (const p of r.projects.items) p.annualFen = null;
    const onProjects = runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' }).filter(
      (f) => f.paths[0]?.[0] === 'projects' && (f.code === 'SPENT_OVER_BUDGET' || f.code === 'LOW_EXECUTION_RATE'),
    );
    expect(onProjects).toEqual([]);
    expect(text(r)).toContain('（1）县监管中心监管场所医疗工作及相关经费支出37.54万元；');
  });

  it('no projects and no project totals: no dangling "…万元，" sentence', () => {
    const r = reference();
    r.projects.items = [];
    r.projects.declaredCount = null;
    r.projects.varianceReason = '';
    r.projects.intro = '';
    expect(text(r)).toContain('2. 项目支出情况：\n');
    expect(text(r)).not.toContain('项目年初预算金额');
  });

  it('a blank 得分 leaves the total and the grade undetermined, not 0 分', () => {
    const r = reference();
    const first = r.selfEval.indicators[0];
    if (first) first.scoreCenti = null;
    const d = derive(r, HUNAN_DEFAULT);
    expect(d.score.totalCenti).toBeNull();
    expect(text(r)).not.toContain('总评分');
    expect(codes(r)).toContain('SCORE_MISSING');
  });

  it('no indicator rows: no total score and no grade (not the 执行率 line alone)', () => {
    const r = reference();
    r.selfEval.indicators = [];
    expect(derive(r, HUNAN_DEFAULT).score.totalCenti).toBeNull();
    expect(text(r)).not.toContain('总评分');
  });

  it('a 基本支出 sentence with no reason and no categories ends with its full stop', () => {
    const r = reference();
    r.basic.varianceReason = '';
    r.basic.scope = '';
    for (const k of ['wagesFen', 'goodsServicesFen', 'householdFen', 'capitalFen'] as const) r.basic[k] = null;
    expect(text(r)).toContain('1. 基本支出情况：基本支出年初预算金额4269.88万元，全年执行金额4301.77万元。');
  });

  it('an actual headcount without its 编制 names its category', () => {
    const r = reference();
    r.staffing.institutionAuthorized = null;
    r.staffing.institutionActual = 15;
    expect(text(r)).toContain('事业编制实有15人（2024年底数）');
  });

  it('an organisation group with an empty name or unit states only what is named', () => {
    const r = reference();
    r.organisation.groups = [
      { label: '', kind: 'internal', units: ['办公室'] },
      { label: '股室', kind: 'internal', units: ['', '  '] },
    ];
    const t = text(r);
    expect(t).toContain('本级内设机构包括：1个机构为办公室。');
    expect(t).not.toContain('1个为');
    expect(t).not.toContain('股室');
  });

  it('project totals printed without a list are used as stated', () => {
    const r = reference();
    r.projects.items = [];
    r.projects.statedTotal = { initialFen: 1_251_400_000, annualFen: 2_139_880_000, spentFen: 2_002_260_000 };
    const d = derive(r, HUNAN_DEFAULT);
    expect(d.projects.spentFen).toBe(2_002_260_000);
    expect(codes(r)).not.toContain('TOTAL_SPENT_SPLIT');
    expect(text(r)).toContain('项目年初预算金额1251.4万元，全年执行金额2002.26万元，');
    r.projects.varianceReason = '';
    expect(text(r)).toContain('项目年初预算金额1251.4万元，全年执行金额2002.26万元。');
  });
});
