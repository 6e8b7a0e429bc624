import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues, validateReport } from '../../shared/model/validate';
import { Report } from '../../shared/model/report';
import { sampleReport } from './report-helpers';

describe('validateReport', () => {
  it('accepts a valid report and returns a copy without unknown keys', () => {
    const input = { ...sampleReport(), extra: '多余' } as unknown;
    const result = validateReport(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report).toEqual(sampleReport());
  });

  it('refuses something that is not a report at all, in Chinese', () => {
    expect(validateReport(null)).toEqual({
      ok: false,
      details: ['整个报告：应为一组字段，实际是空值（null）'],
      issueCount: 1,
    });
    const many = validateReport({});
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.details).toContain('基本信息「单位名称」：缺少此项');
      expect(many.details).toContain('二（二）项目支出：缺少此项');
    }
  });

  it('says which value a choice allows and how long a text may be', () => {
    const r = sampleReport() as unknown as { organisation: { groups: { kind: string; label: string }[] } };
    (r.organisation.groups[0] as { kind: string }).kind = 'unknown';
    (r.organisation.groups[0] as { label: string }).label = '很'.repeat(201);
    const result = validateReport(r);
    expect(!result.ok && result.details).toEqual([
      '一（一）机构设置 第1组「机构类别」：不能超过200字',
      '一（一）机构设置 第1组「机构性质」：只能是以下之一：内设机构（internal）、派出机构（dispatched）、其他（other）',
    ]);
  });
});

describe('formatZodIssues', () => {
  const input = z.object({ id: z.string().min(1), baseRevision: z.number().int(), report: Report });

  it('names report fields inside an API input, and the input’s own parameters', () => {
    const report = sampleReport() as unknown as { projects: { items: { spentFen: unknown }[] } };
    (report.projects.items[0] as { spentFen: unknown }).spentFen = '很多';
    const parsed = input.safeParse({ id: '', baseRevision: 1.5, report });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(formatZodIssues(parsed.error.issues)).toEqual([
      '字段「id」：不能为空',
      '字段「baseRevision」：应为整数，实际是数字',
      '二（二）项目支出 第1行「支出」：必须是金额数字',
    ]);
  });

  it('uses the Chinese locale for every schema once loaded', () => {
    const parsed = z.object({ n: z.number(), flag: z.boolean() }).safeParse({ n: 'x', flag: 1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(formatZodIssues(parsed.error.issues, { describe: (p) => `参数「${p.join('.')}」` })).toEqual([
      '参数「n」：应为数字，实际是文字',
      '参数「flag」：应为“是/否”，实际是数字',
    ]);
  });

  it('caps the list and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ['duties', i], message: '不能超过20000字' }));
    expect(formatZodIssues(issues, { max: 3 })).toEqual([
      '一（三）主要职能职责 第1条：不能超过20000字',
      '一（三）主要职能职责 第2条：不能超过20000字',
      '一（三）主要职能职责 第3条：不能超过20000字',
      '……另有4处问题',
    ]);
  });
});
