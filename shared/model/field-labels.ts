/**
 * Chinese names for paths into the Report schema (report.ts), so every message can say where the problem is:
 *   ['projects','items',2,'spentFen']  → 二（二）项目支出 第3行「支出」
 *   ['budget','annualFen']             → 二（一）全年预算收入
 * The section numbering follows the Hunan outline (domain.md §1.1) and the attachment tables (§2, §3).
 * The UI, the checks, the importer and the CLI all use this one table, so a field is named the same everywhere.
 */

export type FieldPathSegment = string | number;

/** A field: its name as the clerk sees it on the form or in the printed table. */
type Leaf = string;

interface Group {
  kind: 'group';
  /** Pushed into the description when the path goes inside the group; '' adds nothing. */
  label: string;
  /** When set, a field directly inside is written `${short}${field}` ("二（一）全年预算收入") instead of `label「field」`. */
  short?: string;
  fields: Readonly<Record<string, Node>>;
}

interface List {
  kind: 'list';
  /** The list's own name, used when the path ends at the list ("最多2000项" on the whole list). */
  label: string;
  /** true: a row is written "第3行" right after the enclosing section, without the list's name. */
  silent?: boolean;
  /** Counting word for one element: 行, 段, 条, 组, 个. */
  unit: string;
  item: Node;
}

type Node = Leaf | Group | List;

const group = (label: string, fields: Record<string, Node>, short?: string): Group =>
  short === undefined ? { kind: 'group', label, fields } : { kind: 'group', label, fields, short };
const list = (label: string, unit: string, item: Node, silent = false): List => ({
  kind: 'list',
  label,
  unit,
  item,
  silent,
});

/** 上年决算 / 本年预算 / 本年决算: the three columns of 附件1 and of the 三公 figures. */
const threeColumns = (label: string): Group =>
  group(label, { prevFinalFen: '上年决算数', budgetFen: '本年预算数', finalFen: '本年决算数' });

const paragraph = group('', { heading: '小标题', text: '正文' });
const narrative = (label: string): List => list(label, '段', paragraph);

const incomeSource = (label: string): Group =>
  group(label, { initialFen: '年初预算数', annualFen: '全年预算数', spentFen: '全年执行数' });

const otherBudget = (label: string): Group =>
  group(label, { exists: '是否有此项支出', budgetFen: '预算数', spentFen: '支出数', text: '说明文字' });

/** A row of an indicator table (附件2 and each project's 自评表 share the columns). */
const indicatorRow = group('', {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  nature: '指标性质',
  target: '年度指标值',
  unit: '度量单位',
  actual: '实际完成值',
  weightCenti: '分值',
  scoreCenti: '得分',
  deviation: '偏差原因分析及改进措施',
});

/** A project's 项目支出绩效自评表 (its 年度资金总额 line is the project row itself, so it has no fields here). */
const projectTable = group('项目支出绩效自评表', {
  department: '主管部门',
  implementer: '实施单位',
  funds: group('', {
    fiscal: incomeSource('当年财政拨款'),
    carryOver: incomeSource('上年结转资金'),
    other: incomeSource('其他资金'),
  }),
  rateWeightCenti: '执行率分值',
  goalExpected: '年度总体目标（预期目标）',
  goalActual: '年度总体目标（实际完成情况）',
  indicators: list('绩效指标', '行', indicatorRow, true),
});

const ROOT: Group = group('', {
  rulePackId: '适用规则',
  rulePackVersion: '适用规则的版本',
  unitName: '单位名称',
  selfName: '单位自称（我局/我单位）',
  year: '年度',
  organisation: group('一（一）机构设置', {
    groups: list(
      '机构分组',
      '组',
      group('', { label: '机构类别', kind: '机构性质', units: list('机构名单', '个', '机构名称', true) }),
      true,
    ),
    note: '补充说明',
  }),
  staffing: group('一（二）人员编制', {
    adminAuthorized: '行政编制人数',
    adminActual: '行政编制实有人数',
    institutionAuthorized: '事业编制人数',
    institutionActual: '事业编制实有人数',
    auxiliaryLabel: '编外人员称谓',
    auxiliaryAuthorized: '编外/辅警编制人数',
    auxiliaryActual: '编外/辅警实有人数',
    retired: '退休人数',
  }),
  duties: list('一（三）主要职能职责', '条', ''),
  goals: narrative('一（四）绩效目标设定情况'),
  budget: group(
    '二（一）预算执行总体情况',
    {
      initialFen: '年初预算收入',
      annualFen: '全年预算收入',
      spentFen: '全年预算执行数',
      usage: '资金主要用途',
      management: '资金管理情况',
    },
    '二（一）',
  ),
  basic: group('二（二）基本支出', {
    initialFen: '年初预算',
    annualFen: '全年预算',
    spentFen: '全年执行',
    scope: '范围和主要用途',
    varianceReason: '执行数超出年初预算的原因',
    wagesFen: '工资福利支出',
    goodsServicesFen: '商品和服务支出',
    householdFen: '对个人和家庭的补助',
    capitalFen: '资本性支出',
  }),
  projects: group('二（二）项目支出', {
    declaredCount: '年初申报项目个数',
    intro: '项目总体说明',
    varianceReason: '执行数超出年初预算的原因',
    statedTotal: group('项目支出合计（报告所列）', {
      initialFen: '年初预算',
      annualFen: '全年预算',
      spentFen: '支出',
    }),
    items: list(
      '项目明细',
      '行',
      group('', {
        name: '项目名称',
        initialFen: '年初预算',
        annualFen: '全年预算',
        spentFen: '支出',
        addedMidYear: '年中追加',
        lowRateReason: '执行率偏低原因',
        table: projectTable,
      }),
      true,
    ),
  }),
  threePublic: group('二（三）“三公”经费', {
    abroad: threeColumns('因公出国（境）费'),
    reception: threeColumns('公务接待费'),
    vehiclePurchase: threeColumns('公务用车购置费'),
    vehicleOperation: threeColumns('公务用车运行维护费'),
    budgetTotalFen: '“三公”经费预算合计（只列合计时）',
    intro: '开头说明',
    changeReason: '较上年增加的原因',
  }),
  govFund: otherBudget('三、政府性基金预算支出'),
  stateCapital: otherBudget('四、国有资本经营预算支出'),
  socialInsurance: otherBudget('五、社会保险基金预算支出'),
  performance: group('六、部门整体支出绩效情况', {
    lead: '总体评价（得分前的说明）',
    achievements: narrative('主要成效'),
  }),
  problems: narrative('七、存在的问题及原因分析'),
  measures: narrative('八、下一步改进措施'),
  other: narrative('九、其他需要说明的情况'),
  baseData: group('附件1 基础数据表', {
    projectRows: list(
      '项目支出',
      '行',
      group('', { label: '行名称', prevFinalFen: '上年决算数', budgetFen: '本年预算数', finalFen: '本年决算数' }),
    ),
    projectsPrevFinalFen: '项目支出上年决算数',
    publicFunds: threeColumns('公用经费'),
    publicFundsOffice: threeColumns('其中：办公经费'),
    publicFundsUtilitiesTravel: threeColumns('其中：水费、电费、差旅费'),
    publicFundsMeetingTraining: threeColumns('其中：会议费、培训费'),
    procurement: threeColumns('政府采购金额'),
    basicAdjustment: threeColumns('部门基本支出预算调整'),
    building: group('楼堂馆所控制情况', {
      exists: '是否有完工项目',
      approvedAreaCenti: '批复规模（平方米）',
      actualAreaCenti: '实际规模（平方米）',
      budgetInvestFen: '预算投资',
      actualInvestFen: '实际投资',
    }),
    frugality: '厉行节约保障措施',
  }),
  selfEval: group('附件2 自评表', {
    rateWeightCenti: '预算执行率分值',
    income: group('按收入性质分', {
      general: incomeSource('一般公共预算'),
      govFund: incomeSource('政府性基金拨款'),
      nonTax: incomeSource('纳入专户管理的非税收入拨款'),
      other: incomeSource('其他资金'),
    }),
    goalExpected: '年度总体目标（预期目标）',
    goalActual: '年度总体目标（实际完成情况）',
    indicators: list('绩效指标', '行', indicatorRow, true),
  }),
  signature: group('落款', { unitName: '单位名称', date: '日期' }),
  responses: list('提示说明', '条', group('', { key: '对应提示', explanation: '说明', acknowledged: '已确认' })),
});

/** Heading used for fields at the top of the report (单位名称, 年度…), which belong to no numbered section. */
const TOP_LEVEL = '基本信息';

export interface FieldDescription {
  text: string;
  /** The field's own name ("支出"), without section or row; '' when the path ends at a section or row. */
  field: string;
  /** false when some of the path was not found in the table (the text then shows the raw rest). */
  known: boolean;
}

function asIndex(segment: FieldPathSegment): number | null {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 ? segment : null;
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}

function childOf(node: Group, key: FieldPathSegment): Node | undefined {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(node.fields, key)
    ? node.fields[key]
    : undefined;
}

function nodeName(node: Node): string {
  return typeof node === 'string' ? node : node.label;
}

function compose(context: readonly string[], field: string, parent: Group | null): string {
  const where = context.filter((part) => part !== '');
  if (field === '') return where.join(' ');
  if (parent?.short !== undefined && where.length > 0 && where[where.length - 1] === parent.label) {
    return [...where.slice(0, -1), parent.short + field].join(' ');
  }
  if (where.length === 0) return `${TOP_LEVEL}「${field}」`;
  return `${where.join(' ')}「${field}」`;
}

/** Describe a path, telling also whether every segment was recognised. */
export function describeFieldDetailed(path: readonly FieldPathSegment[]): FieldDescription {
  const context: string[] = [];
  let node: Node = ROOT;

  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as FieldPathSegment;
    const last = i === path.length - 1;

    if (typeof node !== 'string' && node.kind === 'group') {
      const child = childOf(node, segment);
      if (child === undefined) return unknownTail(compose(context, '', null), path.slice(i));
      if (last) {
        const field = nodeName(child);
        // A whole section (['budget']) is named by its own title, not as a field of the report.
        if (node === ROOT && typeof child !== 'string') return { text: field, field: '', known: true };
        return { text: compose(context, field, node), field, known: true };
      }
      if (typeof child === 'string') return unknownTail(compose(context, child, node), path.slice(i + 1));
      if (child.kind === 'group' || !child.silent) context.push(child.label);
      node = child;
      continue;
    }

    if (typeof node !== 'string' && node.kind === 'list') {
      const index = asIndex(segment);
      if (index === null) return unknownTail(compose(context, '', null), path.slice(i));
      const item: Node = node.item;
      const row = `第${index + 1}${node.unit}`;
      if (typeof item === 'string') {
        // A list of plain texts: "第3个机构名称", "第4条".
        context.push(row + item);
        if (last) return { text: compose(context, '', null), field: item, known: true };
        return unknownTail(compose(context, '', null), path.slice(i + 1));
      }
      context.push(row);
      node = item;
      continue;
    }

    return unknownTail(compose(context, '', null), path.slice(i));
  }

  const text = compose(context, '', null);
  return { text: text === '' ? '整个报告' : text, field: '', known: true };
}

function unknownTail(known: string, rest: readonly FieldPathSegment[]): FieldDescription {
  const raw = rest.map(String).join('.');
  return { text: known === '' ? `字段「${raw}」` : `${known}（字段 ${raw}）`, field: '', known: false };
}

/** "二（二）项目支出 第3行「支出」": a Chinese name for any path into the report, naming section, row and field. */
export function describeField(path: readonly FieldPathSegment[]): string {
  return describeFieldDetailed(path).text;
}

/** Just the field's own name ("支出"), for form labels; '' for a section or an unknown path. */
export function fieldLabel(path: readonly FieldPathSegment[]): string {
  return describeFieldDetailed(path).field;
}
