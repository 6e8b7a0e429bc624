import { describe, expect, it } from 'vitest';
import { matchColumn } from '../../shared/import/column-labels';
import { parseTarget, printTarget } from '../../shared/import/indicator-target';
import {
  isNoteLine,
  joinWrappedLines,
  normalizeLabel,
  stripNumbering,
  unitInLabel,
  unitLine,
} from '../../shared/import/normalize-text';
import { matchBaseDataRow, matchMoneyRow } from '../../shared/import/row-labels';

describe('label normalisation and synonyms', () => {
  it.each([
    ['年初预算', 'initial'],
    ['年初预算数', 'initial'],
    ['年初预算金额（万元）', 'initial'],
    ['年 初\n预算数', 'initial'],
    ['全年预算数（A）', 'annual'],
    ['调整后预算数', 'annual'],
    ['全年执行数(B)', 'spent'],
    ['执行数', 'spent'],
    ['支出', 'spent'],
    ['执行率（B/A）', 'rate'],
    ['2023年决算数', 'final'],
    ['上年决算数', 'prevFinal'],
    ['2024年预算数', 'budget'],
    ['２０２４年实际\n在职人数', 'staffActual'],
    ['批复规模（㎡）', 'approvedArea'],
    ['偏差原因分析及改进措施', 'deviation'],
    ['备注（执行率偏低原因）', 'note'],
    ['年初设定目标', 'goalExpected'],
    ['年度总体目标完成情况', 'goalActual'],
  ])('%s → %s', (text, key) => {
    expect(matchColumn(text)?.key).toBe(key);
  });

  it('keeps the year and the unit written in a header', () => {
    expect(matchColumn('2023年决算数')).toEqual({ key: 'final', year: 2023, unit: null });
    expect(matchColumn('预算投资（万元）')).toEqual({ key: 'budgetInvest', year: null, unit: 'wan' });
    expect(matchColumn('年初预算（元）')?.unit).toBe('yuan');
  });

  it('does not take an unknown header for a column', () => {
    expect(matchColumn('资金来源')).toBeNull();
    expect(matchColumn('')).toBeNull();
  });

  it('normalises row labels as printed in 附件1 and 附件2', () => {
    expect(normalizeLabel('1、公务用车购置和维护经费')).toBe('公务用车购置和维护经费');
    expect(normalizeLabel('　其中：公车购置')).toBe('公车购置');
    expect(normalizeLabel('（二）“三公”经费:')).toBe('三公经费');
    expect(stripNumbering('3、省级专项资金')).toBe('省级专项资金');
    expect(matchBaseDataRow('　　　　水费、电费、差旅费')).toBe('publicFundsUtilitiesTravel');
    expect(matchBaseDataRow('因公出国（境）费')).toBe('abroad');
    expect(matchBaseDataRow('部门整体支出预算调整')).toBe('basicAdjustment');
    expect(matchMoneyRow('按支出性质分：基本支出')).toBe('basic');
    expect(matchMoneyRow('其中：当年财政拨款')).toBe('general');
    expect(matchMoneyRow('财政专户管理资金')).toBe('nonTax');
  });

  it('finds the unit line and is not fooled by a place name', () => {
    expect(unitLine('单位：万元')).toBe('wan');
    expect(unitLine('金额单位：元')).toBe('yuan');
    expect(unitLine('填报单位：通道县公安局      单位：万元')).toBe('wan');
    expect(unitLine('填报单位：元宝区财政局')).toBeNull();
    expect(unitInLabel('经费控制情况（万元）')).toBe('wan');
  });

  it('reads a label wrapped inside its cell as one line', () => {
    expect(joinWrappedLines('基础信息\n完整性')).toBe('基础信息完整性');
    expect(joinWrappedLines('规划\r\n(15分)')).toBe('规划(15分)');
    expect(joinWrappedLines('GDP\ngrowth 3\n4')).toBe('GDP growth 3 4');
    expect(joinWrappedLines('满意度 \n 调查')).toBe('满意度调查');
    expect(joinWrappedLines('一行')).toBe('一行');
  });

  it('recognises notes under a table', () => {
    expect(isNoteLine('注：执行率低于90%的项目请说明')).toBe(true);
    expect(isNoteLine('填表人：张三')).toBe(true);
    expect(isNoteLine('注册登记费')).toBe(false);
  });
});

describe('年度指标值', () => {
  it.each([
    ['≥95%', { nature: '≥', target: '95', unit: '%' }],
    ['≥９５％', { nature: '≥', target: '95', unit: '%' }],
    ['>=120公里', { nature: '≥', target: '120', unit: '公里' }],
    ['≤5个工作日', { nature: '≤', target: '5', unit: '个工作日' }],
    ['不低于90%', { nature: '≥', target: '90', unit: '%' }],
    ['95%以上', { nature: '≥', target: '95', unit: '%' }],
    ['100%', { nature: '=', target: '100', unit: '%' }],
    ['达标', { nature: '定性', target: '达标', unit: '' }],
    ['3项制度2024年建立', { nature: '定性', target: '3项制度2024年建立', unit: '' }],
  ])('%s', (text, parts) => {
    expect(parseTarget(text)).toEqual(parts);
  });

  it('prints back the same text', () => {
    for (const text of ['≥95%', '≤0%', '100%', '达标', '≥18个']) expect(printTarget(parseTarget(text))).toBe(text);
  });
});
