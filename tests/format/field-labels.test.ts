import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeField, describeFieldDetailed, fieldLabel } from '../../shared/model/field-labels';
import { Report } from '../../shared/model/report';

type Segment = string | number;

/** The schema inside .nullable()/.default()/.optional() (a project's 自评表 is nullable with a default). */
function unwrap(schema: z.ZodType): z.ZodType {
  const wrapped = schema instanceof z.ZodDefault || schema instanceof z.ZodNullable || schema instanceof z.ZodOptional;
  return wrapped ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** Every leaf path of a schema, walking objects by key and arrays through element 0. */
function leafPaths(wrapped: z.ZodType, prefix: Segment[] = []): Segment[][] {
  const schema = unwrap(wrapped);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      leafPaths(child, [...prefix, key]),
    );
  }
  if (schema instanceof z.ZodArray) return leafPaths(schema.element as z.ZodType, [...prefix, 0]);
  return [prefix];
}

/** Every object and array path (sections, lists, rows), which checks also point at. */
function containerPaths(wrapped: z.ZodType, prefix: Segment[] = []): Segment[][] {
  const schema = unwrap(wrapped);
  if (schema instanceof z.ZodObject) {
    return [
      prefix,
      ...Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, c]) =>
        containerPaths(c, [...prefix, k]),
      ),
    ];
  }
  if (schema instanceof z.ZodArray) return [prefix, ...containerPaths(schema.element as z.ZodType, [...prefix, 0])];
  return [];
}

describe('describeField', () => {
  it('names the examples from the issue', () => {
    expect(describeField(['projects', 'items', 2, 'spentFen'])).toBe('二（二）项目支出 第3行「支出」');
    expect(describeField(['budget', 'annualFen'])).toBe('二（一）全年预算收入');
    expect(describeField(['selfEval', 'indicators', 0, 'scoreCenti'])).toBe('附件2 自评表 第1行「得分」');
    expect(describeField(['staffing', 'auxiliaryActual'])).toBe('一（二）人员编制「编外/辅警实有人数」');
    expect(describeField(['projects', 'items', 2, 'table', 'indicators', 1, 'scoreCenti'])).toBe(
      '二（二）项目支出 第3行 项目支出绩效自评表 第2行「得分」',
    );
  });

  it('has a label for every field of the Report schema', () => {
    const paths = leafPaths(Report);
    expect(paths.length).toBeGreaterThan(100);
    const missing = paths.filter(
      (p) => !describeFieldDetailed(p).known || (fieldLabel(p) === '' && typeof p[p.length - 1] !== 'number'),
    );
    expect(missing).toEqual([]);
    // Distinct fields get distinct descriptions, so a message never leaves the clerk guessing which box.
    const texts = paths.map((p) => describeField(p));
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('names sections, lists and rows as well as fields', () => {
    for (const p of containerPaths(Report)) expect(describeFieldDetailed(p).known, JSON.stringify(p)).toBe(true);
    expect(describeField([])).toBe('整个报告');
    expect(describeField(['budget'])).toBe('二（一）预算执行总体情况');
    expect(describeField(['projects', 'items'])).toBe('二（二）项目支出「项目明细」');
    expect(describeField(['projects', 'items', 4])).toBe('二（二）项目支出 第5行');
    expect(describeField(['selfEval', 'indicators'])).toBe('附件2 自评表「绩效指标」');
    expect(describeField(['threePublic', 'vehicleOperation', 'finalFen'])).toBe(
      '二（三）“三公”经费 公务用车运行维护费「本年决算数」',
    );
    expect(describeField(['baseData', 'projectRows', 1, 'label'])).toBe('附件1 基础数据表 项目支出 第2行「行名称」');
    expect(describeField(['selfEval', 'income', 'nonTax', 'spentFen'])).toBe(
      '附件2 自评表 按收入性质分 纳入专户管理的非税收入拨款「全年执行数」',
    );
    expect(describeField(['goals', 1, 'text'])).toBe('一（四）绩效目标设定情况 第2段「正文」');
    expect(describeField(['performance', 'achievements', 0, 'heading'])).toBe(
      '六、部门整体支出绩效情况 主要成效 第1段「小标题」',
    );
    expect(describeField(['duties', 3])).toBe('一（三）主要职能职责 第4条');
    expect(describeField(['organisation', 'groups', 0, 'units', 2])).toBe('一（一）机构设置 第1组 第3个机构名称');
    expect(describeField(['govFund', 'text'])).toBe('三、政府性基金预算支出「说明文字」');
    expect(describeField(['unitName'])).toBe('基本信息「单位名称」');
    expect(describeField(['signature', 'date'])).toBe('落款「日期」');
  });

  it('accepts row numbers given as text', () => {
    expect(describeField(['projects', 'items', '2', 'spentFen'])).toBe('二（二）项目支出 第3行「支出」');
  });

  it('falls back gracefully on unknown paths', () => {
    expect(describeField(['nonsense'])).toBe('字段「nonsense」');
    expect(describeField(['projects', 'items', 2, 'colour'])).toBe('二（二）项目支出 第3行（字段 colour）');
    expect(describeField(['budget', 'annualFen', 'extra'])).toBe('二（一）全年预算收入（字段 extra）');
    expect(describeField(['projects', 'items', 'x'])).toBe('二（二）项目支出（字段 x）');
    expect(describeField(['projects', 'items', -1])).toBe('二（二）项目支出（字段 -1）');
    expect(describeFieldDetailed(['nonsense']).known).toBe(false);
    expect(describeField(['constructor'])).toBe('字段「constructor」');
    expect(describeField(['__proto__', 'x'])).toBe('字段「__proto__.x」');
  });

  it('gives the bare field name for form labels', () => {
    expect(fieldLabel(['projects', 'items', 0, 'lowRateReason'])).toBe('执行率偏低原因');
    expect(fieldLabel(['budget'])).toBe('');
  });
});
