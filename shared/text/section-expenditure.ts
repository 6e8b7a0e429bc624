/** 二、部门整体支出管理及使用情况: every figure here is generated, so text and tables cannot disagree. */
import type { Report, ThreeColumns } from '../model/report';
import type { Derived } from '../calc/derive';
import { formatWanyuan } from '../calc/money';
import { formatPercent } from '../calc/percent';
import type { Block, Run } from './document';
import { bold, compact, gen, typed } from './runs';

const wan = (fen: number) => formatWanyuan(fen);

function overviewRuns(report: Report, d: Derived): Run[] {
  const b = report.budget;
  return compact([
    gen(
      `${report.year}年本部门年初预算收入${wan(b.initialFen)}万元，全年预算收入${wan(b.annualFen)}万元，` +
        `全年预算执行数${wan(b.spentFen)}万元，预算执行率${formatPercent(d.rate)}。`,
    ),
    typed(b.usage),
    typed(b.management),
  ]);
}

function basicRuns(report: Report): Run[] {
  const b = report.basic;
  return compact([
    bold('1. 基本支出情况：'),
    typed(b.scope),
    gen(`基本支出年初预算金额${wan(b.initialFen)}万元，全年执行金额${wan(b.spentFen)}万元，`),
    typed(b.varianceReason),
    gen(
      `其中，工资福利支出${wan(b.wagesFen)}万元；商品和服务支出${wan(b.goodsServicesFen)}万元；` +
        `对个人和家庭的补助支出${wan(b.householdFen)}万元，资本性支出${wan(b.capitalFen)}万元。`,
    ),
  ]);
}

function projectRuns(report: Report, d: Derived): Run[] {
  const p = report.projects;
  const runs: Run[] = [
    bold('2. 项目支出情况：'),
    typed(p.intro),
    gen(
      `${report.selfName}年初申报以${p.declaredCount}个项目，项目年初预算金额${wan(d.projects.initialFen)}万元，` +
        `全年执行金额${wan(d.projects.spentFen)}万元，`,
    ),
    typed(p.varianceReason),
  ];
  const declared = p.items.filter((item) => !item.addedMidYear);
  const added = p.items.filter((item) => item.addedMidYear);
  let n = 0;
  declared.forEach((item, i) => {
    n += 1;
    const rate = d.projects.perItem[p.items.indexOf(item)]?.rate ?? null;
    runs.push(
      gen(`（${n}）`),
      typed(item.name),
      gen(`预算金额${wan(item.annualFen)}万元，支出${wan(item.spentFen)}万元，资金执行率${formatPercent(rate)}`),
    );
    if (item.lowRateReason) runs.push(typed(`，${item.lowRateReason.replace(/[。；]$/, '')}`));
    runs.push(gen(i === declared.length - 1 ? '。' : '；'));
  });
  for (const item of added) {
    n += 1;
    runs.push(
      gen(`（${n}）`),
      typed(item.name),
      gen(`预算金额${wan(item.annualFen)}万元，支出${wan(item.spentFen)}万元。`),
    );
  }
  return compact(runs);
}

function costPhrase(label: string, fen: number): string {
  return fen === 0 ? `${label}本年未发生经费支出` : `${label}${wan(fen)}万元`;
}

function changePhrase(d: Derived): string {
  const { total, change } = d.threePublic;
  if (change === null) return total.finalFen === 0 ? '' : '上年未发生“三公”经费支出';
  if (change === 0) return '“三公”经费总体与上年持平';
  return `“三公”经费总体较上年${change > 0 ? '增加' : '减少'}${formatPercent(Math.abs(change))}`;
}

function overBudgetItems(report: Report): string[] {
  const tp = report.threePublic;
  const items: [string, ThreeColumns][] = [
    ['因公出国出境费', tp.abroad],
    ['公务接待费', tp.reception],
    ['公车购置费', tp.vehiclePurchase],
    ['公车运行维护费', tp.vehicleOperation],
  ];
  return items.filter(([, c]) => c.finalFen > c.budgetFen).map(([name]) => name);
}

function threePublicRuns(report: Report, d: Derived): Run[] {
  const tp = report.threePublic;
  const over = overBudgetItems(report);
  const control =
    over.length === 0
      ? `${report.year}年${report.selfName}“三公”经费各费用均控制在预算范围内。`
      : `${report.year}年${report.selfName}“三公”经费中${over.join('、')}超出预算。`;
  const vehicle = d.threePublic.vehicle.finalFen;
  const vehiclePhrase =
    vehicle === 0
      ? '公务用车购置和运行维护费本年未发生经费支出'
      : `公务用车购置和运行维护费${wan(vehicle)}万元（其中公车购置费${wan(tp.vehiclePurchase.finalFen)}万元，` +
        `公车运行维护费${wan(tp.vehicleOperation.finalFen)}万元）`;
  const change = changePhrase(d);
  return compact([
    typed(tp.intro),
    gen(
      control +
        `其中：${costPhrase('因公出国出境费用', tp.abroad.finalFen)}；${costPhrase('公务接待费', tp.reception.finalFen)}；` +
        vehiclePhrase +
        (change ? `，${change}。` : '。'),
    ),
    typed(tp.changeReason),
  ]);
}

export function expenditureBlocks(report: Report, d: Derived): Block[] {
  return [
    { kind: 'heading', level: 2, text: '（一）预算执行、使用、管理总体情况' },
    { kind: 'paragraph', runs: overviewRuns(report, d) },
    { kind: 'heading', level: 2, text: '（二）部门预算执行情况' },
    { kind: 'paragraph', runs: basicRuns(report) },
    { kind: 'paragraph', runs: projectRuns(report, d) },
    { kind: 'heading', level: 2, text: '（三）“三公”经费使用和管理情况' },
    { kind: 'paragraph', runs: threePublicRuns(report, d) },
  ];
}
