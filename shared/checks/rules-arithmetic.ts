/** Arithmetic identities between totals and their parts (domain.md §5 C1–C4, C12, C16, C18; §2.2). */
import { sumPresent } from '../calc/money';
import type { StatedColumns } from '../calc/derive';
import { finding, type Rule } from './rule';
import type { FieldPath, Finding } from './finding';
import { identity, wan } from './identity';

type Column = 'initialFen' | 'annualFen' | 'spentFen';
/** Column, the total's name, the parts' name, and the suffix of the check codes. */
const BUDGET_COLUMNS: [Column, string, string, string][] = [
  ['initialFen', '年初预算收入', '年初预算', 'INITIAL'],
  ['annualFen', '全年预算收入', '全年预算', 'ANNUAL'],
  ['spentFen', '全年预算执行数', '执行数', 'SPENT'],
];

/**
 * 执行数 = 基本支出 + 项目支出 is spending against its parts: 强制. The budget lines are 收入, which may include
 * 上年结转 the expenditure split does not (贺州市自然资源局 2022: the gap is exactly the carry-over), so by default
 * they are 提示; the Hunan packs, whose 附件2 prints them as one table, make them 强制.
 */
const totalsSplit: Rule = ({ report: r, derived: d }) =>
  BUDGET_COLUMNS.flatMap(([col, what, partName, suffix]) =>
    identity({
      code: `TOTAL_${suffix}_SPLIT`,
      severity: col === 'spentFen' ? 'error' : 'warning',
      what,
      total: r.budget[col],
      parts: [r.basic[col], d.projects[col]],
      partsText: `基本支出与项目支出${partName}`,
      paths: [
        ['budget', col],
        ['basic', col],
        ['projects', 'items'],
      ],
    }),
  );

const basicCategories: Rule = ({ report: r }) =>
  identity({
    code: 'BASIC_CATEGORIES_SUM',
    what: '基本支出全年执行金额',
    total: r.basic.spentFen,
    parts: [r.basic.wagesFen, r.basic.goodsServicesFen, r.basic.householdFen, r.basic.capitalFen],
    partsText: '工资福利、商品和服务、对个人和家庭的补助、资本性支出',
    paths: [
      ['basic', 'spentFen'],
      ['basic', 'wagesFen'],
      ['basic', 'goodsServicesFen'],
      ['basic', 'householdFen'],
      ['basic', 'capitalFen'],
    ],
  });

/** 附件2 按收入性质分 against the totals; in the single-figure layout only the one figure (执行数) is printed. */
const incomeSplit: Rule = ({ report: r, derived: d, pack }) => {
  if (!d.income.filled) return [];
  const columns = pack.attachments.selfEval.incomeLayout === 'singleFigure' ? BUDGET_COLUMNS.slice(2) : BUDGET_COLUMNS;
  const sources = Object.values(r.selfEval.income);
  return columns.flatMap(([col, what, , suffix]) =>
    identity({
      code: `INCOME_SPLIT_${suffix}`,
      what,
      total: r.budget[col],
      parts: sources.map((s) => s[col]),
      partsText: '附件2 按收入性质分各项',
      paths: [
        ['selfEval', 'income'],
        ['budget', col],
      ],
    }),
  );
};

/** 附件1's project category rows add up to its 项目支出 row (本年预算数 as the pack says: 年初 or 全年). */
const attachmentProjects: Rule = ({ report: r, derived: d, pack }) => {
  const rows = r.baseData.projectRows;
  if (rows.length === 0) return [];
  const budgetName = pack.attachments.baseData.projectBudgetColumn === 'initial' ? '年初预算' : '全年预算';
  const paths: FieldPath[] = [
    ['baseData', 'projectRows'],
    ['projects', 'items'],
  ];
  return [
    ...identity({
      code: 'BASEDATA_PROJECTS_BUDGET',
      what: `附件1 项目支出本年预算数（项目${budgetName}）`,
      total: d.baseData.projectsRow.budgetFen,
      parts: rows.map((row) => row.budgetFen),
      partsText: '附件1 项目支出各行预算数',
      paths,
    }),
    ...identity({
      code: 'BASEDATA_PROJECTS_FINAL',
      what: '附件1 项目支出本年决算数（项目支出执行数）',
      total: d.baseData.projectsRow.finalFen,
      parts: rows.map((row) => row.finalFen),
      partsText: '附件1 项目支出各行决算数',
      paths,
    }),
  ];
};

/** Totals typed as printed next to a project list that says otherwise: the list may be partial, so a 提示. */
const projectListAgainstTotals: Rule = ({ report: r, derived: d }) => {
  if (r.projects.items.length === 0) return [];
  return BUDGET_COLUMNS.flatMap(([col, , partName]) => {
    const stated = r.projects.statedTotal[col];
    const list = d.projects.list[col];
    if (stated === null || list === null || stated === list) return [];
    return [
      finding(
        'PROJECT_LIST_TOTAL',
        'warning',
        `项目支出${partName}合计${wan(stated)}，项目清单各项之和${wan(list)}（相差${wan(Math.abs(stated - list))}）：` +
          '如清单只列了主要项目，请说明',
        [
          ['projects', 'statedTotal', col],
          ['projects', 'items'],
        ],
      ),
    ];
  });
};

const COLUMN_NAMES: [keyof StatedColumns, string][] = [
  ['prevFinalFen', '上年决算数'],
  ['budgetFen', '本年预算数'],
  ['finalFen', '本年决算数'],
];

/** 公用经费 ≥ Σ其中 (the 其中 rows are partial and need not add up to the total). */
const publicFundsParts: Rule = ({ report: r }) => {
  const bd = r.baseData;
  const parts = [bd.publicFundsOffice, bd.publicFundsUtilitiesTravel, bd.publicFundsMeetingTraining];
  return COLUMN_NAMES.flatMap(([col, name]) => {
    const sum = sumPresent(parts.map((p) => p[col]));
    const total = bd.publicFunds[col];
    if (sum === null || sum === 0) return [];
    if (total === null) {
      return [
        finding(
          'TOTAL_MISSING_WITH_PARTS',
          'warning',
          `附件1 公用经费${name}未填写，但其中各行已填写（合计${wan(sum)}）：请填写合计行`,
          [['baseData', 'publicFunds', col]],
        ),
      ];
    }
    if (total >= sum) return [];
    return [
      finding('PUBLIC_FUNDS_PARTS_EXCEED', 'error', `附件1 公用经费${name}${wan(total)}，小于其中各行合计${wan(sum)}`, [
        ['baseData', 'publicFunds', col],
      ]),
    ];
  });
};

/** The three budget totals: a department's report always states them; a stated 0 全年预算 cannot be right. */
const budgetTotals: Rule = ({ report: r }) => {
  const out: Finding[] = [];
  for (const [col, what] of BUDGET_COLUMNS) {
    if (r.budget[col] === null) {
      out.push(finding('BUDGET_FIGURE_MISSING', 'warning', `${what}未填写：执行率和附件2无法计算`, [['budget', col]]));
    }
  }
  if (r.budget.annualFen === 0) {
    out.push(finding('TOTAL_ZERO', 'error', '全年预算收入为0：请填写二（一）的预算数据', [['budget', 'annualFen']]));
  }
  return out;
};

/** "年初申报项目8个" must match the projects listed as declared at the start of the year (C16). */
const declaredCount: Rule = ({ report: r, derived: d }) => {
  const stated = r.projects.declaredCount;
  if (stated === null || r.projects.items.length === 0 || stated === d.projects.declaredItems) return [];
  return [
    finding(
      'PROJECT_COUNT_MISMATCH',
      'warning',
      `正文称年初申报${stated}个项目，但项目清单中年初项目有${d.projects.declaredItems}个`,
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
  projectListAgainstTotals,
  publicFundsParts,
  budgetTotals,
  declaredCount,
];
