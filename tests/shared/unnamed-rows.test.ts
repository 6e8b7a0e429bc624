// Rows with figures but no name: saved like any other edit, and asked for by the checks (issue 15: an unnamed row
// had stopped the whole report from saving).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks/run-checks';
import { Report } from '../../shared/model/report';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { referenceReport } from '../pdf/pdf-test-kit';

const unnamed = (r: Report) =>
  runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' })
    .filter((f) => f.code === 'NAME_MISSING')
    .map((f) => [f.severity, f.paths[0]?.join('.'), f.message]);

describe('NAME_MISSING', () => {
  it('is silent on the reference and on rows just added and still blank', () => {
    const r = referenceReport();
    expect(unnamed(r)).toEqual([]);
    r.projects.items.push({
      name: '',
      initialFen: 0,
      annualFen: null,
      spentFen: 0,
      addedMidYear: false,
      lowRateReason: '',
      table: null,
    });
    r.baseData.projectRows.push({ label: ' ', prevFinalFen: null, budgetFen: 0, finalFen: null });
    r.organisation.groups.push({ label: '', kind: 'other', units: [''] });
    expect(unnamed(r)).toEqual([]);
  });

  it('asks for the name of a project or 附件1 row with a figure (强制) and of a group with units (提示)', () => {
    const r = referenceReport();
    r.projects.items[2]!.name = '  ';
    r.baseData.projectRows.push({ label: '', prevFinalFen: null, budgetFen: 120_000, finalFen: null });
    r.organisation.groups[0]!.label = '';
    expect(Report.safeParse(r).success).toBe(true);
    expect(unnamed(r)).toEqual([
      ['error', 'projects.items.2.name', '项目清单第3行有数字但没有项目名称：请填写项目名称'],
      [
        'error',
        `baseData.projectRows.${r.baseData.projectRows.length - 1}.label`,
        `附件1项目支出分类第${r.baseData.projectRows.length}行有数字但没有名称：请填写分类名称`,
      ],
      ['warning', 'organisation.groups.0.label', '机构设置第1组没有填写机构类别：正文将称之为“机构”'],
    ]);
  });
});
