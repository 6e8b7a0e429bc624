/**
 * The editor's screens, in the order of the printed report (domain.md §1.1): 基本信息, 一 … 九, 落款, 附件1, 附件2,
 * then 项目自评汇总 (the projects' 项目支出绩效自评表). Each screen owns some top-level parts of the Report; a finding or
 * an undo step goes to the screen that owns the first segment of its path, except that a path into a project's
 * 自评表 (projects.items.3.table…) goes to that table's own view. How full a screen is drives the side list's state
 * (空 / 填写中 / 有错误 / 已完成).
 */
import type { Paragraph, Report } from '../../../shared/model/report';
import { sectionTitle, type RulePack, type SectionKey } from '../../../shared/checks/rule-pack';
import type { Finding } from '../../../shared/checks/finding';
import { projectTablesFill, tableIndexOfPath } from '../project-tables/table-state';

export type ScreenId =
  | 'info'
  | 'org'
  | 'staffing'
  | 'duties'
  | 'goals'
  | 'budget'
  | 'basic'
  | 'projects'
  | 'threePublic'
  | 'govFund'
  | 'stateCapital'
  | 'socialInsurance'
  | 'performance'
  | 'problems'
  | 'measures'
  | 'other'
  | 'signature'
  | 'baseData'
  | 'selfEval'
  | 'projectTables';

/** Views that are not a part of the report: the preview, the PDF, Excel import, sign-off, history and audit log. */
export const TOOL_IDS = ['preview', 'pdf', 'import', 'signoff', 'history', 'audit'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export const TOOL_LABEL: Record<ToolId, string> = {
  preview: '预览全文',
  pdf: '导出PDF',
  import: '导入Excel',
  signoff: '送审与签发',
  history: '修订记录',
  audit: '审计日志',
};
/** One project's 项目支出绩效自评表, by the project's row in 二（二） (0-based): "projectTable-3". */
export type ProjectTableView = `projectTable-${number}`;
export type ViewId = ScreenId | ToolId | ProjectTableView;

export function tableView(index: number): ProjectTableView {
  return `projectTable-${index}`;
}

/** The project row a view shows the table of, or null for any other view. */
export function tableIndexOfView(view: string | null): number | null {
  const m = /^projectTable-(\d{1,5})$/.exec(view ?? '');
  return m ? Number(m[1]) : null;
}

export type Fill = 'empty' | 'partial' | 'full';

export interface ScreenDef {
  id: ScreenId;
  /** The report section the screen belongs to (numbered by the rule pack's outline), or null outside them. */
  section: SectionKey | null;
  /** Heading inside the part ("（一）机构设置"), '' when the screen is the whole part. */
  sub: string;
  keys: readonly (keyof Report)[];
  fill: (r: Report) => Fill;
}

const hasText = (list: readonly Paragraph[]) => list.some((p) => p.text.trim() || p.heading.trim());
const narrativeFill = (list: readonly Paragraph[]): Fill =>
  hasText(list) ? 'full' : list.length > 0 ? 'partial' : 'empty';
/** Any figure stated (0 included: a typed 0 is an answer). */
const anyMoney = (...values: (number | null)[]) => values.some((v) => v !== null);
const positive = (v: number | null) => v !== null && v > 0;

export const SCREENS: readonly ScreenDef[] = [
  {
    id: 'info',
    section: null,
    sub: '',
    keys: ['unitName', 'selfName', 'year', 'rulePackId'],
    fill: (r) => (r.unitName.trim() && r.selfName.trim() ? 'full' : 'partial'),
  },
  {
    id: 'org',
    section: 'basicInfo',
    sub: '（一）机构设置',
    keys: ['organisation'],
    fill: ({ organisation: o }) =>
      o.groups.length === 0 && !o.note.trim()
        ? 'empty'
        : o.groups.length > 0 && o.groups.every((g) => g.label.trim() && g.units.some((u) => u.trim()))
          ? 'full'
          : 'partial',
  },
  {
    id: 'staffing',
    section: 'basicInfo',
    sub: '（二）人员编制',
    keys: ['staffing'],
    fill: ({ staffing: s }) =>
      !anyMoney(
        s.adminAuthorized,
        s.adminActual,
        s.institutionAuthorized,
        s.institutionActual,
        s.auxiliaryAuthorized,
        s.auxiliaryActual,
        s.retired,
      )
        ? 'empty'
        : anyMoney(s.adminAuthorized, s.institutionAuthorized) && anyMoney(s.adminActual, s.institutionActual)
          ? 'full'
          : 'partial',
  },
  {
    id: 'duties',
    section: 'basicInfo',
    sub: '（三）主要职能职责',
    keys: ['duties'],
    fill: ({ duties }) => (duties.length === 0 ? 'empty' : duties.every((d) => d.trim()) ? 'full' : 'partial'),
  },
  {
    id: 'goals',
    section: 'basicInfo',
    sub: '（四）绩效目标设定情况',
    keys: ['goals'],
    fill: (r) => narrativeFill(r.goals),
  },
  {
    id: 'budget',
    section: 'expenditure',
    sub: '（一）预算执行总体情况',
    keys: ['budget'],
    fill: ({ budget: b }) =>
      !anyMoney(b.initialFen, b.annualFen, b.spentFen) && !b.usage.trim() && !b.management.trim()
        ? 'empty'
        : positive(b.annualFen) && positive(b.spentFen) && b.usage.trim()
          ? 'full'
          : 'partial',
  },
  {
    id: 'basic',
    section: 'expenditure',
    sub: '（二）1.基本支出',
    keys: ['basic'],
    fill: ({ basic: b }) =>
      !anyMoney(b.initialFen, b.annualFen, b.spentFen, b.wagesFen, b.goodsServicesFen, b.householdFen, b.capitalFen) &&
      !b.scope.trim()
        ? 'empty'
        : positive(b.annualFen) &&
            positive(b.spentFen) &&
            anyMoney(b.wagesFen, b.goodsServicesFen, b.householdFen, b.capitalFen)
          ? 'full'
          : 'partial',
  },
  {
    id: 'projects',
    section: 'expenditure',
    sub: '（二）2.项目支出',
    keys: ['projects'],
    fill: ({ projects: p }) =>
      p.items.length === 0 && !p.intro.trim() && p.declaredCount === null
        ? 'empty'
        : p.items.length > 0 && p.items.every((i) => i.name.trim())
          ? 'full'
          : 'partial',
  },
  {
    id: 'threePublic',
    section: 'expenditure',
    sub: '（三）“三公”经费',
    keys: ['threePublic'],
    fill: ({ threePublic: t }) =>
      [t.abroad, t.reception, t.vehiclePurchase, t.vehicleOperation].every(
        (c) => !anyMoney(c.prevFinalFen, c.budgetFen, c.finalFen),
      ) && !t.intro.trim()
        ? 'empty'
        : 'full',
  },
  ...(['govFund', 'stateCapital', 'socialInsurance'] as const).map((key): ScreenDef => ({
    id: key,
    section: key,
    sub: '',
    keys: [key],
    fill: (r) => {
      const b = r[key];
      if (!b.exists) return b.text.trim() ? 'full' : 'empty';
      return positive(b.budgetFen) && b.text.trim() ? 'full' : 'partial';
    },
  })),
  {
    id: 'performance',
    section: 'performance',
    sub: '',
    keys: ['performance'],
    fill: ({ performance: p }) =>
      hasText(p.achievements)
        ? p.lead.trim()
          ? 'full'
          : 'partial'
        : p.lead.trim() || p.achievements.length
          ? 'partial'
          : 'empty',
  },
  { id: 'problems', section: 'problems', sub: '', keys: ['problems'], fill: (r) => narrativeFill(r.problems) },
  { id: 'measures', section: 'measures', sub: '', keys: ['measures'], fill: (r) => narrativeFill(r.measures) },
  { id: 'other', section: 'other', sub: '', keys: ['other'], fill: (r) => narrativeFill(r.other) },
  {
    id: 'signature',
    section: null,
    sub: '',
    keys: ['signature'],
    fill: ({ signature: s }) =>
      s.unitName.trim() && s.date ? 'full' : s.unitName.trim() || s.date ? 'partial' : 'empty',
  },
  {
    id: 'baseData',
    section: null,
    sub: '',
    keys: ['baseData'],
    fill: ({ baseData: b }) =>
      b.projectRows.length === 0 &&
      [
        b.publicFunds,
        b.publicFundsOffice,
        b.publicFundsUtilitiesTravel,
        b.publicFundsMeetingTraining,
        b.procurement,
        b.basicAdjustment,
      ].every((c) => !anyMoney(c.prevFinalFen, c.budgetFen, c.finalFen)) &&
      !b.building.exists &&
      !b.frugality.trim()
        ? 'empty'
        : 'full',
  },
  {
    id: 'selfEval',
    section: null,
    sub: '',
    keys: ['selfEval'],
    fill: ({ selfEval: s }) =>
      s.indicators.length === 0 && !s.goalExpected.trim() && !s.goalActual.trim()
        ? 'empty'
        : s.indicators.length > 0 && s.goalExpected.trim() && s.goalActual.trim()
          ? 'full'
          : 'partial',
  },
  {
    id: 'projectTables',
    section: null,
    sub: '',
    // The tables live on the project rows (projects.items.N.table): screenForPath routes them here.
    keys: [],
    fill: projectTablesFill,
  },
];

const BY_KEY = new Map<string, ScreenId>(SCREENS.flatMap((s) => s.keys.map((k) => [k, s.id] as const)));
const BY_ID = new Map<ScreenId, ScreenDef>(SCREENS.map((s) => [s.id, s]));

export function screenDef(id: ScreenId): ScreenDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`未知的页面：${id}`);
  return def;
}

export function isScreenId(value: string | null): value is ScreenId {
  return value !== null && BY_ID.has(value as ScreenId);
}

export function isViewId(value: string | null): value is ViewId {
  return (TOOL_IDS as readonly string[]).includes(value ?? '') || isScreenId(value) || tableIndexOfView(value) !== null;
}

/**
 * The screen holding a field ("projects.items.3.spentFen" → projects; "projects.items.3.table.goalActual" →
 * projectTables, the side list's entry for the tables); null for 提示说明 (kept in the checks panel).
 */
export function screenForPath(path: readonly (string | number)[] | string): ScreenId | null {
  if (tableIndexOfPath(path) !== null) return 'projectTables';
  const first = typeof path === 'string' ? path.split('.')[0] : path[0];
  return typeof first === 'string' ? (BY_KEY.get(first) ?? null) : null;
}

/** Where a field is edited: a project's table view for a path into that table, else the screen holding it. */
export function viewForPath(path: readonly (string | number)[] | string): ViewId | null {
  const index = tableIndexOfPath(path);
  return index === null ? screenForPath(path) : tableView(index);
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where the screen's section is printed in the pack's outline (0 = 一), or null when the pack leaves it out. */
export function partOf(def: ScreenDef, pack: RulePack): number | null {
  if (def.section === null) return null;
  const index = pack.outline.findIndex((s) => s.key === def.section);
  return index < 0 ? null : index;
}

/** "一、部门、单位基本情况" from the rule pack (section order and titles are configurable per province and year). */
export function partTitle(def: ScreenDef, pack: RulePack): string {
  const part = partOf(def, pack);
  const title = def.section === null ? '' : (sectionTitle(pack, def.section) ?? '');
  if (part === null) return `${title || def.id}（本规则包的提纲不含此节）`;
  return `${CHINESE_NUMBERS[part] ?? String(part + 1)}、${title}`;
}

/**
 * The screens in the order the pack prints them: the numbered sections by the pack's outline, 基本信息 first, the
 * 落款 and attachments after; a section the outline leaves out comes at the end of the numbered ones.
 */
export function screensInOutline(pack: RulePack): ScreenDef[] {
  const rank = (def: ScreenDef): number => {
    if (def.section === null) return def.id === 'info' ? -1 : 1000;
    const part = partOf(def, pack);
    return part === null ? 999 : part;
  };
  return SCREENS.map((def, i) => ({ def, i }))
    .sort((a, b) => rank(a.def) - rank(b.def) || a.i - b.i)
    .map(({ def }) => def);
}

/** The heading of a screen as the clerk reads it at the top of the form. */
export function screenTitle(def: ScreenDef, pack: RulePack): string {
  const part = partOf(def, pack);
  if (def.section !== null) {
    return def.sub && part !== null ? `${CHINESE_NUMBERS[part]}${def.sub}` : def.sub || partTitle(def, pack);
  }
  switch (def.id) {
    case 'info':
      return '基本信息';
    case 'signature':
      return '落款';
    case 'baseData':
      return `附件1 ${pack.attachments.baseData.title}`;
    case 'selfEval':
      return `附件2 ${pack.attachments.selfEval.title}`;
    case 'projectTables':
      return `项目自评汇总（${pack.attachments.projectTable.title}）`;
    default:
      return def.id;
  }
}

/** Short label in the side list. */
export function navLabel(def: ScreenDef, pack: RulePack): string {
  if (def.section !== null) return def.sub || partTitle(def, pack);
  if (def.id === 'baseData') return '附件1 基础数据表';
  if (def.id === 'selfEval') return '附件2 自评表';
  if (def.id === 'projectTables') return '项目自评汇总';
  return screenTitle(def, pack);
}

export type ScreenState = 'empty' | 'progress' | 'error' | 'done';

export const SCREEN_STATE_LABEL: Record<ScreenState, string> = {
  empty: '未填写',
  progress: '填写中',
  error: '有错误',
  done: '已完成',
};

export interface ScreenStatus {
  state: ScreenState;
  errors: number;
  /** 提示 findings without an explanation or acknowledgement. */
  openWarnings: number;
}

export function screenStatuses(
  report: Report,
  findings: readonly Finding[],
  answered: ReadonlySet<string>,
): Map<ScreenId, ScreenStatus> {
  const counts = new Map<ScreenId, { errors: number; openWarnings: number }>();
  for (const f of findings) {
    const id = screenForPath(f.paths[0] ?? []);
    if (!id) continue;
    const c = counts.get(id) ?? { errors: 0, openWarnings: 0 };
    if (f.severity === 'error') c.errors += 1;
    else if (!answered.has(f.key)) c.openWarnings += 1;
    counts.set(id, c);
  }
  const out = new Map<ScreenId, ScreenStatus>();
  for (const def of SCREENS) {
    const c = counts.get(def.id) ?? { errors: 0, openWarnings: 0 };
    const fill = def.fill(report);
    const state: ScreenState =
      c.errors > 0
        ? 'error'
        : fill === 'empty'
          ? 'empty'
          : fill === 'partial' || c.openWarnings > 0
            ? 'progress'
            : 'done';
    out.set(def.id, { state, ...c });
  }
  return out;
}
