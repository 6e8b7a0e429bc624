// Published 项目支出绩效自评表 from four provinces run through the checks: a check that blocks a correct real table is
// worse than a missing one, so none may get a 强制; the 提示 they get are the tables' own slips, named here.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/run-checks';
import { deriveProjectTable } from '../../shared/calc/project-table';
import { readLeadingNumber } from '../../shared/checks/indicator-values';
import { atPrecision } from '../../shared/checks/rules-restated';
import { formatScore } from '../../shared/calc/score';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { REAL_PROJECT_TABLES, realTableReport } from '../fixtures/real-project-tables';

const tableFindings = (key: string) => {
  const t = REAL_PROJECT_TABLES.find((x) => x.key === key);
  if (!t) throw new Error(key);
  return runChecks(realTableReport(t), HUNAN_DEFAULT, { today: '2026-11-26' })
    .filter((f) => f.paths.some((p) => p[0] === 'projects'))
    .map((f) => `${f.severity}:${f.code}:${f.paths[0]?.slice(3).join('.')}`);
};

describe('real published project tables', () => {
  it('none gets a 强制', () => {
    for (const t of REAL_PROJECT_TABLES) {
      expect(
        tableFindings(t.key).filter((f) => f.startsWith('error')),
        t.key,
      ).toEqual([]);
    }
  });

  it('derive the figures the pages print (执行率, 总分, 等级) where the page shows them', () => {
    for (const t of REAL_PROJECT_TABLES) {
      const project = realTableReport(t).projects.items[0]!;
      const figures = deriveProjectTable(project, project.table!, HUNAN_DEFAULT);
      // Compared at the precision the page prints (廊坊: 86% for 37.24 ÷ 43.2 = 86.20%).
      const printedRate = t.printed.rate === null ? null : readLeadingNumber(t.printed.rate);
      if (printedRate) expect(atPrecision(figures.rate ?? -1, printedRate.decimals), t.key).toBe(printedRate.value);
      // A page cut before its last rows prints a total the visible rows cannot give (宁夏).
      if (t.printed.totalScore && t.missing === '完整') {
        expect(formatScore(figures.score.totalCenti ?? -1), t.key).toBe(t.printed.totalScore);
      }
      if (t.printed.grade) expect(figures.score.grade, t.key).toBe(t.printed.grade);
    }
  });

  it('河北 廊坊 2019: 执行率 86.2% with no reason written is the one 提示', () => {
    expect(tableFindings('hebei-langfang-2019')).toEqual(['warning:LOW_EXECUTION_RATE:lowRateReason']);
  });

  it('云南 永德 2022: two deductions (资金到位及时率 −3, 政策知晓率 −1) with the 偏差原因 column empty', () => {
    expect(tableFindings('yunnan-yongde-2022')).toEqual([
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.2.deviation',
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.5.deviation',
    ]);
  });

  it('四川 中江 2022: weights 100 + 执行率 10 = 110 where the frame says 100', () => {
    expect(tableFindings('sichuan-zhongjiang-2022')).toEqual(['warning:WEIGHTS_TOTAL:table.indicators']);
  });

  it('宁夏 银川 2021: four deductions without a reason; its 预算执行率 indicator (100%) agrees with 64.8/64.8', () => {
    expect(tableFindings('ningxia-yinchuan-2021')).toEqual([
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.4.deviation',
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.10.deviation',
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.14.deviation',
      'warning:DEDUCTION_UNEXPLAINED:table.indicators.15.deviation',
    ]);
  });

  it('湖北 黄冈 2020 (money block only): nothing', () => {
    expect(tableFindings('hubei-huanggang-2020')).toEqual([]);
  });
});
