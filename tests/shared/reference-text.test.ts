// The reference report's sections 一 and 二, regenerated from the fixture's data, must carry every figure of the
// original in the same order: a figure can never differ between text and tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { assembleReport } from '../../shared/text/assemble';
import { documentToPlainText } from '../../shared/text/plain-text';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const report = Report.parse(fixture.report);
const original = readFileSync(new URL('../fixtures/reference-2024.txt', import.meta.url), 'utf8').replace(/\*\*/g, '');
const generated = documentToPlainText(assembleReport(report, HUNAN_DEFAULT));

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  expect(from, `找不到“${start}”`).toBeGreaterThanOrEqual(0);
  expect(to, `找不到“${end}”`).toBeGreaterThan(from);
  return text.slice(from, to);
}

const figures = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?%?/g)].map((m) => m[0]);

describe('reference report text', () => {
  it('reproduces every figure of section 一 in order', () => {
    const ref = between(original, '一、部门、单位基本情况', '二、部门整体支出管理及使用情况');
    const gen = between(generated, '一、部门、单位基本情况', '二、部门整体支出管理及使用情况');
    expect(figures(gen)).toEqual(figures(ref));
  });

  it('reproduces every figure of section 二 in order', () => {
    const ref = between(original, '二、部门整体支出管理及使用情况', '三、政府性基金预算支出情况');
    const gen = between(generated, '二、部门整体支出管理及使用情况', '三、政府性基金预算支出情况');
    // The reference numbers its headings "1." inside the paragraphs exactly like the generator does.
    expect(figures(gen)).toEqual(figures(ref));
  });

  it('states the score and grade of section 六 from the indicator rows', () => {
    expect(generated).toContain('综上所述，项目总评分96.9分，综合认定评价等级应为“优”。');
  });

  it('keeps the reference wording of the generated sentences', () => {
    for (const phrase of [
      '2024年本部门年初预算收入5521.28万元，全年预算收入6304.13万元，全年预算执行数6304.03万元，预算执行率100%。',
      '基本支出年初预算金额4269.88万元，全年执行金额4301.77万元，超出部分主要用于人员工资及五险部分调增。',
      '其中，工资福利支出3854.32万元；商品和服务支出427.99万元；对个人和家庭的补助支出17.51万元，资本性支出1.95万元。',
      '我局年初申报项目8个，项目年初预算金额1251.4万元，全年执行金额2002.26万元，',
      '（4）城市电子监控维护运行费预算金额260万元，支出233.29万元，资金执行率89.73%；',
      '（8）双江派出所“两所一室”改造项目预算金额100万元，支出0万元，资金执行率0%。',
      '行政编制人数152名，其中编制内在职人员实有148人（2024年底数），辅警人员编制302人，其中编制内辅警实有人数305人（2024年底数），退休人员50人（2024年底数）。',
      '7个下属机构：指挥中心、队伍管理中心、侦查中心、防控中心、监所管理中心、执法监管中心、交通管理中心；11个派出所：',
      '1个检查站为甘溪公安局检查站。',
      '公务接待费5.33万元；',
      '（其中公车购置费74.8万元，公车运行维护费67.42万元），“三公”经费总体较上年增加74.93%。',
    ]) {
      expect(generated).toContain(phrase);
    }
  });

  it('ends with the attachment note and the signature block', () => {
    expect(generated).toMatch(/附件：1\. 部门整体支出绩效评价基础数据表\n\s+2\. 部门整体支出绩效自评表/);
    expect(generated).toContain('通道侗族自治县公安局\n2024年5月29日');
  });
});
