/**
 * Thresholds and wording that differ by province and year live here, not in the rules.
 * The Hunan defaults follow domain.md §3–§5.
 */
import type { Centi } from '../calc/score';
import type { Basis } from '../calc/percent';

export interface GradeBand {
  grade: string;
  minCenti: Centi;
}

export interface ScoreCap {
  /** Applies when the overall 执行率 is below this rate. */
  belowRate: Basis;
  maxTotalCenti: Centi;
}

export interface RulePack {
  id: string;
  name: string;
  /** Execution below this line needs a written reason (Sichuan wording: 90%). */
  lowRateLine: Basis;
  /** Grades, highest first: ≥90 优, ≥80 良, ≥60 中, else 差. */
  grades: GradeBand[];
  /** Caps on the total score tied to the overall 执行率 (one province's manual; empty where not used). */
  scoreCaps: ScoreCap[];
  /** Sum of all weights in 附件2, 执行率 line included. */
  totalWeightCenti: Centi;
  /** Section titles of the outline (一 … 九). */
  sectionTitles: readonly string[];
  attachmentTitles: readonly [string, string];
}

export const HUNAN_DEFAULT: RulePack = {
  id: 'hunan-default',
  name: '湖南省县级默认规则',
  lowRateLine: 9000,
  grades: [
    { grade: '优', minCenti: 9000 },
    { grade: '良', minCenti: 8000 },
    { grade: '中', minCenti: 6000 },
    { grade: '差', minCenti: 0 },
  ],
  scoreCaps: [
    { belowRate: 5000, maxTotalCenti: 5900 },
    { belowRate: 6000, maxTotalCenti: 6900 },
    { belowRate: 7000, maxTotalCenti: 7900 },
    { belowRate: 8000, maxTotalCenti: 8900 },
  ],
  totalWeightCenti: 10000,
  sectionTitles: [
    '部门、单位基本情况',
    '部门整体支出管理及使用情况',
    '政府性基金预算支出情况',
    '国有资本经营预算支出情况',
    '社会保险基金预算支出情况',
    '部门整体支出绩效情况',
    '存在的问题及原因分析',
    '下一步改进措施',
    '其他需要说明的情况',
  ],
  attachmentTitles: ['部门整体支出绩效评价基础数据表', '部门整体支出绩效自评表'],
};

/** Rule packs by id; a province's or a year's pack is added here. */
export const RULE_PACKS: Readonly<Record<string, RulePack>> = { [HUNAN_DEFAULT.id]: HUNAN_DEFAULT };

export function rulePackFor(id: string | undefined): RulePack {
  return (id && RULE_PACKS[id]) || HUNAN_DEFAULT;
}
