/**
 * 二、部门整体支出管理及使用情况: every figure here is generated, so text and tables cannot disagree. A figure the
 * report does not state is left out of its sentence (and a sentence with nothing stated is left out), never
 * written as 0.
 */
import type { Report, ThreeColumns } from '../model/report';
import type { Derived } from '../calc/derive';
import { formatWanyuan, isStated, type Stated } from '../calc/money';
import { formatPercent } from '../calc/percent';
import type { Block, Run } from './document';
import { bold, compact, gen, typed } from './runs';

const wan = (fen: number) => formatWanyuan(fen);

/** "label X万元" when the amount is stated, else nothing. */
function amount(label: string, fen: Stated): string[] {
  return isStated(fen) ? [`${label}${wan(fen)}万元`] : [];
}

/** Parts joined with "；" and the last with "，", as the reference prints 其中 lists. */
function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('；')}，${parts[parts.length - 1]}`;
}

function overviewRuns(report: Report, d: Derived): Run[] {
  const b = report.budget;
  const clauses = [
    ...amount('年初预算收入', b.initialFen),
    ...amount('全年预算收入', b.annualFen),
    ...amount('全年预算执行数', b.spentFen),
    ...(d.rate === null ? [] : [`预算执行率${formatPercent(d.rate)}`]),
  ];
  const sentence = clauses.length > 0 ? `${report.year}年本部门${clauses.join('，')}。` : '';
  return compact([gen(sentence), typed(b.usage), typed(b.management)]);
}

function basicRuns(report: Report): Run[] {
  const b = report.basic;
  const totals = [...amount('基本支出年初预算金额', b.initialFen), ...amount('全年执行金额', b.spentFen)];
  const categories = [
    ...amount('工资福利支出', b.wagesFen),
    ...amount('商品和服务支出', b.goodsServicesFen),
    ...amount('对个人和家庭的补助支出', b.householdFen),
    ...amount('资本性支出', b.capitalFen),
  ];
  // The totals sentence runs on into the typed reason and the categories; with neither it ends there.
  const continues = b.varianceReason.trim() !== '' || categories.length > 0;
  return compact([
    bold('1. 基本支出情况：'),
    typed(b.scope),
    gen(totals.length > 0 ? `${totals.join('，')}${continues ? '，' : '。'}` : ''),
    typed(b.varianceReason),
    gen(categories.length > 0 ? `其中，${joinList(categories)}。` : ''),
  ]);
}

/** "预算金额X万元，支出Y万元，资金执行率R" with only what is stated. */
function itemFigures(annualFen: Stated, spentFen: Stated, rate: string | null): string {
  return [...amount('预算金额', annualFen), ...amount('支出', spentFen), ...(rate ? [`资金执行率${rate}`] : [])].join(
    '，',
  );
}

function projectRuns(report: Report, d: Derived): Run[] {
  const p = report.projects;
  const count = p.declaredCount ?? (p.items.length > 0 ? d.projects.declaredItems : null);
  const totals = [
    ...(count === null ? [] : [`${report.selfName}年初申报项目${count}个`]),
    ...amount('项目年初预算金额', d.projects.initialFen),
    ...amount('全年执行金额', d.projects.spentFen),
  ];
  const continues = p.varianceReason.trim() !== '' || p.items.length > 0;
  const runs: Run[] = [
    bold('2. 项目支出情况：'),
    typed(p.intro),
    gen(totals.length > 0 ? `${totals.join('，')}${continues ? '，' : '。'}` : ''),
    typed(p.varianceReason),
  ];
  const declared = p.items.filter((item) => !item.addedMidYear);
  const added = p.items.filter((item) => item.addedMidYear);
  let n = 0;
  declared.forEach((item, i) => {
    n += 1;
    const rate = d.projects.perItem[p.items.indexOf(item)]?.rate ?? null;
    const figures = itemFigures(item.annualFen, item.spentFen, rate === null ? null : formatPercent(rate));
    runs.push(gen(`（${n}）`), typed(item.name), gen(figures));
    if (item.lowRateReason) runs.push(typed(`，${item.lowRateReason.replace(/[。；]$/, '')}`));
    runs.push(gen(i === declared.length - 1 ? '。' : '；'));
  });
  for (const item of added) {
    n += 1;
    runs.push(gen(`（${n}）`), typed(item.name), gen(`${itemFigures(item.annualFen, item.spentFen, null)}。`));
  }
  return compact(runs);
}

const THREE_PUBLIC_ITEMS = [
  ['因公出国出境费', 'abroad'],
  ['公务接待费', 'reception'],
  ['公车购置费', 'vehiclePurchase'],
  ['公车运行维护费', 'vehicleOperation'],
] as const;

function costPhrase(label: string, fen: Stated): string[] {
  if (fen === null) return [];
  return [fen === 0 ? `${label}本年未发生经费支出` : `${label}${wan(fen)}万元`];
}

function changePhrase(d: Derived): string {
  const { total, change } = d.threePublic;
  if (change === null) {
    // Only a stated zero last year makes "上年未发生" true; an unstated one says nothing.
    return total.prevFinalFen === 0 && isStated(total.finalFen) && total.finalFen > 0 ? '上年未发生“三公”经费支出' : '';
  }
  if (change === 0) return '“三公”经费总体与上年持平';
  return `“三公”经费总体较上年${change > 0 ? '增加' : '减少'}${formatPercent(Math.abs(change))}`;
}

/**
 * "均控制在预算范围内" only when the report states every item's spending and a budget to hold it against (per item,
 * or the 三公 total when only the total budget is printed); otherwise the items over their stated budget, or nothing.
 */
function controlSentence(report: Report, d: Derived): string {
  const tp = report.threePublic;
  const who = `${report.year}年${report.selfName}`;
  const items: [string, ThreeColumns][] = THREE_PUBLIC_ITEMS.map(([name, key]) => [name, tp[key]]);
  const over = items.filter(([, c]) => isStated(c.finalFen) && isStated(c.budgetFen) && c.finalFen > c.budgetFen);
  if (over.length > 0) return `${who}“三公”经费中${over.map(([name]) => name).join('、')}超出预算。`;
  const { finalFen: spent, budgetFen: budget } = d.threePublic.total;
  const perItemKnown = items.every(([, c]) => isStated(c.finalFen) && isStated(c.budgetFen));
  if (perItemKnown) return `${who}“三公”经费各费用均控制在预算范围内。`;
  if (tp.budgetTotalFen === null || spent === null || budget === null) return '';
  return spent > budget ? `${who}“三公”经费支出超出预算。` : `${who}“三公”经费支出控制在预算范围内。`;
}

function vehiclePhrase(report: Report, d: Derived): string[] {
  const tp = report.threePublic;
  const vehicle = d.threePublic.vehicle.finalFen;
  const purchase = tp.vehiclePurchase.finalFen;
  const operation = tp.vehicleOperation.finalFen;
  if (vehicle === 0) return ['公务用车购置和运行维护费本年未发生经费支出'];
  if (vehicle === null || purchase === null || operation === null) {
    return [
      ...costPhrase('公车购置费', tp.vehiclePurchase.finalFen),
      ...costPhrase('公车运行维护费', tp.vehicleOperation.finalFen),
    ];
  }
  return [
    `公务用车购置和运行维护费${wan(vehicle)}万元（其中公车购置费${wan(purchase)}万元，` +
      `公车运行维护费${wan(operation)}万元）`,
  ];
}

function threePublicRuns(report: Report, d: Derived): Run[] {
  const tp = report.threePublic;
  const costs = [
    ...costPhrase('因公出国出境费用', tp.abroad.finalFen),
    ...costPhrase('公务接待费', tp.reception.finalFen),
  ].join('；');
  const vehicle = vehiclePhrase(report, d).join('；');
  const listed = [costs, vehicle].filter(Boolean).join('；');
  const change = changePhrase(d);
  const body = [listed ? `其中：${listed}` : '', change].filter(Boolean).join('，');
  return compact([
    typed(tp.intro),
    gen(controlSentence(report, d) + (body ? `${body}。` : '')),
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
