/**
 * Column headers of the three tables and the words clerks use for them. Matching is on the normalised label
 * (normalize-text.ts): "年初预算金额（万元）", "年初预算数" and "年 初 预 算" all become one key.
 */
import { normalizeLabel, unitInLabel, yearInText, type AmountUnit } from './normalize-text';

export type ColumnKey =
  // money columns of 附件2 and of project lists
  | 'initial'
  | 'annual'
  | 'spent'
  // the three columns of 附件1
  | 'prevFinal'
  | 'budget'
  | 'final'
  // scoring columns
  | 'weight'
  | 'rate'
  | 'score'
  // project list
  | 'projectName'
  | 'note'
  | 'midYear'
  | 'seq'
  // indicators
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'deviation'
  | 'nature'
  | 'measureUnit'
  // staffing row of 附件1
  | 'authorized'
  | 'staffActual'
  | 'controlRate'
  // building block of 附件1
  | 'approvedArea'
  | 'actualArea'
  | 'areaRate'
  | 'budgetInvest'
  | 'actualInvest'
  | 'investRate'
  // 年度总体目标
  | 'goalExpected'
  | 'goalActual';

/** Exact normalised spellings. Order does not matter: every spelling belongs to one key. */
const SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  initial: [
    '年初预算',
    '年初预算数',
    '年初预算金额',
    '年初预算资金',
    '年初预算额',
    '年初批复预算',
    '年初批复数',
    '年初数',
    '年初安排',
    '年初预算安排',
  ],
  annual: [
    '全年预算',
    '全年预算数',
    '全年预算金额',
    '调整后预算',
    '调整后预算数',
    '调整预算数',
    '全年预算资金',
    '预算调整后金额',
    '全年批复预算',
  ],
  spent: [
    '全年执行数',
    '全年执行',
    '执行数',
    '执行金额',
    '预算执行数',
    '支出',
    '支出数',
    '实际支出',
    '实际支出数',
    '全年支出',
    '全年支出数',
    '支出金额',
    '执行',
  ],
  prevFinal: ['上年决算', '上年决算数', '上年实际', '上年实际数', '上年度决算数'],
  budget: ['本年预算', '本年预算数', '预算数', '当年预算数', '本年度预算数', '年度预算数'],
  final: ['本年决算', '本年决算数', '决算数', '当年决算数', '本年度决算数', '年度决算数'],
  weight: ['分值', '权重', '指标分值', '标准分值', '分值权重', '满分', '参考分值'],
  rate: ['执行率', '预算执行率', '资金执行率'],
  score: ['得分', '自评得分', '评分', '实际得分', '评价得分'],
  projectName: ['项目名称', '项目', '项目名', '项目支出名称', '专项名称', '资金名称'],
  note: ['备注', '执行率偏低原因', '偏低原因', '情况说明'],
  midYear: ['年中追加', '是否年中追加', '追加项目', '是否追加'],
  seq: ['序号', '编号', '行次'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '指标名称', '绩效指标名称'],
  target: ['年度指标值', '指标值', '年度目标值', '目标值', '预期指标值', '年度绩效目标值'],
  actual: ['实际完成值', '完成值', '实际值', '全年实际值', '全年完成值', '实际完成情况值'],
  deviation: [
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '偏差原因',
    '未完成原因分析',
    '未完成原因分析及改进措施',
    '偏差原因及改进措施',
    '未完成原因及拟采取的改进措施',
    '未完成原因及改进措施',
    '偏差大或目标未完成原因分析',
  ],
  nature: ['指标性质', '指标方向'],
  measureUnit: ['度量单位', '计量单位', '指标单位'],
  authorized: ['编制数', '编制人数', '核定编制数'],
  staffActual: ['实际在职人数', '在职人数', '实有人数', '年末实有人数', '实际在编人数'],
  controlRate: ['控制率', '人员控制率', '在职人员控制率'],
  approvedArea: ['批复规模', '批复面积'],
  actualArea: ['实际规模', '实际面积', '实际规'],
  areaRate: ['规模控制率', '规模控制'],
  budgetInvest: ['预算投资', '概算投资', '批复投资'],
  actualInvest: ['实际投资'],
  investRate: ['投资概算控制率', '投资控制率', '投资概算控制'],
  goalExpected: ['预期目标', '年度预期目标', '年初设定目标'],
  goalActual: ['实际完成情况', '目标完成情况', '年度目标完成情况', '年度总体目标完成情况', '年度总体目标完成情况综述'],
};

const BY_NAME: ReadonlyMap<string, ColumnKey> = new Map(
  (Object.entries(SYNONYMS) as [ColumnKey, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name): [string, ColumnKey] => [name, key]),
  ),
);

export interface ColumnMatch {
  key: ColumnKey;
  /** "2023年决算数" → 2023: tells last year's column from this year's. */
  year: number | null;
  unit: AmountUnit | null;
}

/** Headers repeat across rows and sheets, and every body cell is tried once: remember recent answers. */
const MEMO = new Map<string, ColumnMatch | null>();
const MEMO_MAX = 4_096;

/** Which column a header cell names, or null. */
export function matchColumn(text: string): ColumnMatch | null {
  const known = MEMO.get(text);
  if (known !== undefined) return known;
  const match = text.length > 40 ? null : matchColumnUncached(text);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(text, match);
  return match;
}

function matchColumnUncached(text: string): ColumnMatch | null {
  const normalized = normalizeLabel(text);
  if (normalized === '') return null;
  const key = BY_NAME.get(normalized) ?? BY_NAME.get(normalized.replace(/[A-Z/]+$/, ''));
  if (!key) return null;
  return { key, year: yearInText(text), unit: unitInLabel(text) };
}

/** Keys whose column holds the row's name rather than a value. */
export const LABEL_KEYS: ReadonlySet<ColumnKey> = new Set(['projectName', 'level1', 'level2', 'level3', 'seq']);
