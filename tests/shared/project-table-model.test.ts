import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveProjectTable, projectTables } from '../../shared/calc/project-table';
import { RulePackSchema } from '../../shared/checks/rule-pack';
import { copyForward } from '../../shared/model/copy-forward';
import { emptyProjectTable } from '../../shared/model/empty';
import { Report } from '../../shared/model/report';
import { rulePackFor } from '../../shared/packs/registry';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const reference = () =>
  Report.parse(
    (
      JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/reference-2024.selfeval.json'), 'utf8')) as {
        report: unknown;
      }
    ).report,
  );
const pack = rulePackFor('hunan-default');

describe('项目支出绩效自评表 model', () => {
  it('a stored report without tables reads every project as having none', () => {
    const r = reference();
    expect(r.projects.items.length).toBe(9);
    expect(r.projects.items.every((p) => p.table === null)).toBe(true);
  });

  it('a pack written before project tables gets the national layout', () => {
    const raw = JSON.parse(readFileSync(path.join(ROOT, 'shared/packs/hubei-2020.json'), 'utf8')) as {
      attachments: Record<string, unknown>;
    };
    delete raw.attachments.projectTable;
    const parsed = RulePackSchema.parse(raw);
    expect(parsed.attachments.projectTable.fundLines.map((l) => l.label)).toEqual([
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(parsed.attachments.projectTable.framework.rateWeightCenti).toBe(1000);
  });

  it('a new table starts from the pack frame: 执行率 10, 产出 50, 效益 30, 满意度 10, nothing stated', () => {
    const t = emptyProjectTable(pack);
    expect(t.rateWeightCenti).toBe(1000);
    expect(t.indicators.map((i) => [i.level1, i.weightCenti])).toEqual([
      ['产出指标', 5000],
      ['效益指标', 3000],
      ['满意度指标', 1000],
    ]);
    expect(t.funds.fiscal).toEqual({ initialFen: null, annualFen: null, spentFen: null });
  });

  it('money comes from the project row; score = 执行率 line + indicator scores; grade by the pack', () => {
    const r = reference();
    const project = r.projects.items[0]!;
    project.annualFen = 1_000_000;
    project.spentFen = 950_000;
    const table = emptyProjectTable(pack);
    table.indicators.forEach((i, n) => (i.scoreCenti = [4800, 2800, 900][n]!));
    project.table = table;
    const f = deriveProjectTable(project, table, pack);
    expect(f.total.annualFen).toBe(1_000_000);
    expect(f.rate).toBe(9500);
    expect(f.score.rateLineCenti).toBe(950);
    expect(f.score.totalCenti).toBe(950 + 4800 + 2800 + 900);
    expect(f.score.grade).toBe('优');
    // one unscored row: no total, never a total that counts it as 0
    table.indicators[2]!.scoreCenti = null;
    expect(deriveProjectTable(project, table, pack).score.totalCenti).toBeNull();
    expect(projectTables(r.projects.items, pack).map((t) => t.index)).toEqual([0]);
  });

  it('the sources split sums only when every printed line states the column', () => {
    const r = reference();
    const project = r.projects.items[0]!;
    const table = emptyProjectTable(pack);
    table.funds.fiscal = { initialFen: 100, annualFen: 200, spentFen: 150 };
    table.funds.carryOver = { initialFen: 0, annualFen: 50, spentFen: null };
    table.funds.other = { initialFen: 0, annualFen: 0, spentFen: 0 };
    const f = deriveProjectTable(project, table, pack);
    expect(f.linesSum).toEqual({ initialFen: 100, annualFen: 250, spentFen: null });
  });

  it('copy-forward keeps the table plan and clears money, actuals, scores and deviations', () => {
    const r = reference();
    const table = emptyProjectTable(pack);
    table.department = '某县公安局';
    table.goalExpected = '保障办案';
    table.goalActual = '已保障';
    table.funds.fiscal = { initialFen: 100, annualFen: 200, spentFen: 150 };
    Object.assign(table.indicators[0]!, {
      name: '办案数',
      target: '100',
      actual: '120',
      scoreCenti: 5000,
      deviation: '无',
    });
    r.projects.items[3]!.table = table;
    const next = copyForward(r, 2025);
    const carried = next.projects.items[3]!.table!;
    expect(Report.safeParse(next).success).toBe(true);
    expect(carried.department).toBe('某县公安局');
    expect(carried.goalExpected).toBe('保障办案');
    expect(carried.goalActual).toBe('');
    expect(carried.funds.fiscal).toEqual({ initialFen: null, annualFen: null, spentFen: null });
    expect(carried.indicators[0]).toMatchObject({
      name: '办案数',
      target: '100',
      actual: '',
      scoreCenti: null,
      deviation: '',
      weightCenti: 5000,
    });
    expect(next.projects.items[0]!.table).toBeNull();
  });
});
