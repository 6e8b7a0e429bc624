// Format version 1 files keep opening, unchanged in meaning, after format version 2 added "not stated" (null).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportFile, serializeReportFile, REPORT_FILE_VERSION } from '../../shared/format/report-file';
import { migrateReportV1 } from '../../shared/format/migrate-v1';
import { assembleReport } from '../../shared/text/assemble';
import { documentToPlainText } from '../../shared/text/plain-text';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import type { Report } from '../../shared/model/report';

const v1Text = readFileSync(new URL('../fixtures/reference-2024.v1.selfeval.json', import.meta.url), 'utf8');

/** Every number in a JSON value with its path, so two reports can be compared figure by figure. */
function numbers(value: unknown, path = ''): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'number') out.set(p, v);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}.${i}`));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`);
  };
  walk(value, path);
  return out;
}

function parsedReport(text: string): Report {
  const result = parseReportFile(text);
  if (!result.ok) throw new Error(`${result.message}\n${result.details.join('\n')}`);
  return result.report;
}

describe('report files of format version 1', () => {
  it('is the version this build writes no longer', () => {
    expect(JSON.parse(v1Text).formatVersion).toBe(1);
    expect(REPORT_FILE_VERSION).toBe(2);
  });

  it('the reference file opens with every figure it holds unchanged', () => {
    const raw = JSON.parse(v1Text).report as unknown;
    const before = numbers(raw);
    const after = numbers(parsedReport(v1Text));
    // v1 printed no 按收入性质分 rows for a block of zeros: those twelve zeros are what v1 meant by "not filled".
    const income = [...before.keys()].filter((k) => k.startsWith('.selfEval.income.'));
    expect(income).toHaveLength(12);
    for (const [path, value] of before) {
      if (income.includes(path)) expect(after.has(path)).toBe(false);
      else expect([path, after.get(path)]).toEqual([path, value]);
    }
  });

  it('the reference file gives the same text after the migration as the v1 reading did', () => {
    const report = parsedReport(v1Text);
    const text = documentToPlainText(assembleReport(report, HUNAN_DEFAULT));
    // Figures the v1 generator printed, including the 0 it printed for a project with nothing spent.
    expect(text).toContain('（8）双江派出所“两所一室”改造项目预算金额100万元，支出0万元，资金执行率0%。');
    expect(text).toContain('因公出国出境费用本年未发生经费支出');
    expect(text).toContain('退休人员50人（2024年底数）');
    expect(text).not.toContain('其中：一般公共预算');
  });

  it('keeps a filled v1 income block as it was', () => {
    const envelope = JSON.parse(v1Text);
    envelope.report.selfEval.income.general = { initialFen: 100, annualFen: 200, spentFen: 0 };
    const report = parsedReport(JSON.stringify(envelope));
    expect(report.selfEval.income.general).toEqual({ initialFen: 100, annualFen: 200, spentFen: 0 });
    expect(report.selfEval.income.other).toEqual({ initialFen: 0, annualFen: 0, spentFen: 0 });
  });

  it('adds the version 2 fields empty', () => {
    const report = parsedReport(v1Text);
    expect(report.rulePackVersion).toBe('');
    expect(report.projects.statedTotal).toEqual({ initialFen: null, annualFen: null, spentFen: null });
    expect(report.threePublic.budgetTotalFen).toBeNull();
    expect(report.baseData.projectsPrevFinalFen).toBeNull();
  });

  it('is written back as version 2 and reads back equal', () => {
    const report = parsedReport(v1Text);
    const again = serializeReportFile(report, { title: 't', generator: 'g', exportedAt: '2026-12-01T00:00:00.000Z' });
    expect(JSON.parse(again).formatVersion).toBe(2);
    expect(parsedReport(again)).toEqual(report);
  });

  it('passes anything that is not a v1 report through for the validator to refuse', () => {
    expect(migrateReportV1(null)).toBeNull();
    expect(migrateReportV1([1, 2])).toEqual([1, 2]);
    const refused = parseReportFile(JSON.stringify({ format: 'selfeval-report', formatVersion: 1, report: 5 }));
    expect(refused.ok).toBe(false);
  });
});
