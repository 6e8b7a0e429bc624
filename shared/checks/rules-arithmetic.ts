/** Arithmetic identities between totals and their parts (domain.md §5 C1–C4, C12, C16, C18; §2.2). */
import { formatWanyuan } from '../calc/money';
import type { ThreeColumns } from '../model/report';
import { finding, type Rule } from './rule';
import type { FieldPath, Finding } from './finding';

const wan = (fen: number) => `${formatWanyuan(fen)}万元`;

function identity(
  code: string,
  what: string,
  total: number,
  parts: number,
  partsText: string,
  paths: FieldPath[],
): Finding[] {
  if (total === parts) return [];
  return [
    finding(
      code,
      'error',
      `${what}${wan(total)}，不等于${partsText}之和${wan(parts)}（相差${wan(Math.abs(total - parts))}）`,
      paths,
    ),
  ];
}

const totalsSplit: Rule = ({ report: r, derived: d }) => [
  ...identity(
    'TOTAL_INITIAL_SPLIT',
    '年初预算收入',
    r.budget.initialFen,
    r.basic.initialFen + d.projects.initialFen,
    '基本支出与项目支出年初预算',
    [
      ['budget', 'initialFen'],
      ['basic', 'initialFen'],
      ['projects', 'items'],
    ],
  ),
  ...identity(
    'TOTAL_ANNUAL_SPLIT',
    '全年预算收入',
    r.budget.annualFen,
    r.basic.annualFen + d.projects.annualFen,
    '基本支出与项目支出全年预算',
    [
      ['budget', 'annualFen'],
      ['basic', 'annualFen'],
      ['projects', 'items'],
    ],
  ),
  ...identity(
    'TOTAL_SPENT_SPLIT',
    '全年预算执行数',
    r.budget.spentFen,
    r.basic.spentFen + d.projects.spentFen,
    '基本支出与项目支出执行数',
    [
      ['budget', 'spentFen'],
      ['basic', 'spentFen'],
      ['projects', 'items'],
    ],
  ),
];

const basicCategories: Rule = ({ report: r, derived: d }) =>
  identity(
    'BASIC_CATEGORIES_SUM',
    '基本支出全年执行金额',
    r.basic.spentFen,
    d.basicCategoriesFen,
    '工资福利、商品和服务、对个人和家庭的补助、资本性支出',
    [
      ['basic', 'spentFen'],
      ['basic', 'wagesFen'],
      ['basic', 'goodsServicesFen'],
      ['basic', 'householdFen'],
      ['basic', 'capitalFen'],
    ],
  );

const incomeSplit: Rule = ({ report: r, derived: d }) => {
  if (!d.income.filled) return [];
  const path = (col: string): FieldPath[] => [
    ['selfEval', 'income'],
    ['budget', col],
  ];
  return [
    ...identity(
      'INCOME_SPLIT_INITIAL',
      '附件2 按收入性质分的年初预算合计',
      d.income.initialFen,
      r.budget.initialFen,
      '年初预算收入',
      path('initialFen'),
    ),
    ...identity(
      'INCOME_SPLIT_ANNUAL',
      '附件2 按收入性质分的全年预算合计',
      d.income.annualFen,
      r.budget.annualFen,
      '全年预算收入',
      path('annualFen'),
    ),
    ...identity(
      'INCOME_SPLIT_SPENT',
      '附件2 按收入性质分的全年执行合计',
      d.income.spentFen,
      r.budget.spentFen,
      '全年预算执行数',
      path('spentFen'),
    ),
  ];
};

const attachmentProjects: Rule = ({ report: r, derived: d }) => {
  if (r.baseData.projectRows.length === 0) return [];
  const rows = d.baseData.projectRowsTotal;
  return [
    ...identity(
      'BASEDATA_PROJECTS_BUDGET',
      '附件1 项目支出各行预算数合计',
      rows.budgetFen,
      d.projects.annualFen,
      '项目清单全年预算',
      [
        ['baseData', 'projectRows'],
        ['projects', 'items'],
      ],
    ),
    ...identity(
      'BASEDATA_PROJECTS_FINAL',
      '附件1 项目支出各行决算数合计',
      rows.finalFen,
      d.projects.spentFen,
      '项目清单支出',
      [
        ['baseData', 'projectRows'],
        ['projects', 'items'],
      ],
    ),
  ];
};

const COLUMN_NAMES: [keyof ThreeColumns, string][] = [
  ['prevFinalFen', '上年决算数'],
  ['budgetFen', '本年预算数'],
  ['finalFen', '本年决算数'],
];

/** 公用经费 ≥ Σ其中 (the 其中 rows are partial and need not add up to the total). */
const publicFundsParts: Rule = ({ report: r }) => {
  const bd = r.baseData;
  const parts = [bd.publicFundsOffice, bd.publicFundsUtilitiesTravel, bd.publicFundsMeetingTraining];
  return COLUMN_NAMES.flatMap(([col, name]) => {
    const sum = parts.reduce((s, p) => s + p[col], 0);
    const total = bd.publicFunds[col];
    if (sum === 0 || total >= sum) return [];
    const code = total === 0 ? 'TOTAL_ZERO_WITH_PARTS' : 'PUBLIC_FUNDS_PARTS_EXCEED';
    const msg =
      total === 0
        ? `附件1 公用经费${name}为0，但其中各行合计${wan(sum)}：合计行不能空着`
        : `附件1 公用经费${name}${wan(total)}，小于其中各行合计${wan(sum)}`;
    return [finding(code, 'error', msg, [['baseData', 'publicFunds', col]])];
  });
};

/** A total left at zero while its parts hold money (C18), and totals never filled in. */
const totalsLeftZero: Rule = ({ report: r, derived: d }) => {
  const out: Finding[] = [];
  if (r.budget.annualFen === 0) {
    out.push(finding('TOTAL_ZERO', 'error', '全年预算收入为0：请填写二（一）的预算数据', [['budget', 'annualFen']]));
  }
  if (r.budget.spentFen === 0 && r.basic.spentFen + d.projects.spentFen > 0) {
    out.push(
      finding('TOTAL_ZERO_WITH_PARTS', 'error', '全年预算执行数为0，但基本支出和项目支出已有执行数', [
        ['budget', 'spentFen'],
      ]),
    );
  }
  if (r.basic.spentFen === 0 && d.basicCategoriesFen > 0) {
    out.push(
      finding('TOTAL_ZERO_WITH_PARTS', 'error', '基本支出全年执行金额为0，但各经济分类已有金额', [
        ['basic', 'spentFen'],
      ]),
    );
  }
  return out;
};

/** "年初申报以8个项目" must match the projects listed as declared at the start of the year (C16). */
const declaredCount: Rule = ({ report: r, derived: d }) => {
  if (r.projects.declaredCount === d.projects.declaredItems) return [];
  return [
    finding(
      'PROJECT_COUNT_MISMATCH',
      'warning',
      `正文称年初申报${r.projects.declaredCount}个项目，但项目清单中年初项目有${d.projects.declaredItems}个`,
      [
        ['projects', 'declaredCount'],
        ['projects', 'items'],
      ],
    ),
  ];
};

export const arithmeticRules: Rule[] = [
  totalsSplit,
  basicCategories,
  incomeSplit,
  attachmentProjects,
  publicFundsParts,
  totalsLeftZero,
  declaredCount,
];
