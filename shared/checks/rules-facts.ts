/** Staffing against authorisation, dates that cannot be right, required text and leftover placeholders (C13, C15, C16). */
import { formatPercent, rateBasis } from '../calc/percent';
import type { Paragraph } from '../model/report';
import { finding, type Rule } from './rule';
import type { FieldPath, Finding } from './finding';

const staffing: Rule = ({ report: r }) => {
  const s = r.staffing;
  const pairs: [string, number, number, string][] = [
    ['行政编制', s.adminAuthorized, s.adminActual, 'adminActual'],
    ['事业编制', s.institutionAuthorized, s.institutionActual, 'institutionActual'],
    [s.auxiliaryLabel || '编外人员', s.auxiliaryAuthorized, s.auxiliaryActual, 'auxiliaryActual'],
  ];
  return pairs.flatMap(([name, authorized, actual, field]) =>
    actual > authorized
      ? [
          finding(
            'STAFF_OVER_AUTHORIZED',
            'warning',
            `${name}实有${actual}人，超过编制${authorized}人（控制率${formatPercent(rateBasis(actual, authorized))}）`,
            [['staffing', field]],
          ),
        ]
      : [],
  );
};

const dates: Rule = ({ report: r, today }) => {
  const date = r.signature.date;
  if (!date) return [finding('SIGN_DATE_MISSING', 'error', '落款日期未填写', [['signature', 'date']])];
  const out: Finding[] = [];
  if (date < `${r.year + 1}-01-01`) {
    out.push(
      finding(
        'SIGN_DATE_BEFORE_YEAR_END',
        'error',
        `落款日期${date}早于${r.year}年度结束：${r.year}年度的自评报告只能在${r.year + 1}年成文，请核对年份`,
        [['signature', 'date']],
      ),
    );
  }
  if (date > today) {
    out.push(finding('SIGN_DATE_IN_FUTURE', 'warning', `落款日期${date}晚于今天（${today}）`, [['signature', 'date']]));
  }
  if (r.signature.unitName && r.signature.unitName !== r.unitName) {
    out.push(
      finding('SIGN_UNIT_MISMATCH', 'warning', `落款单位“${r.signature.unitName}”与报告单位“${r.unitName}”不一致`, [
        ['signature', 'unitName'],
      ]),
    );
  }
  return out;
};

const hasText = (ps: readonly Paragraph[]) => ps.some((p) => p.text.trim() || p.heading.trim());

const required: Rule = ({ report: r }) => {
  const missing: [boolean, string, FieldPath][] = [
    [!r.unitName.trim(), '单位名称', ['unitName']],
    [r.duties.length === 0, '一（三）主要职能职责', ['duties']],
    [!hasText(r.goals), '一（四）绩效目标设定情况', ['goals']],
    [!hasText(r.performance.achievements), '六、部门整体支出绩效情况', ['performance', 'achievements']],
    [!hasText(r.problems), '七、存在的问题及原因分析', ['problems']],
    [!hasText(r.measures), '八、下一步改进措施', ['measures']],
  ];
  return missing
    .filter(([empty]) => empty)
    .map(([, name, path]) => finding('REQUIRED_EMPTY', 'error', `${name}未填写`, [path]));
};

/** Template leftovers: "XX", "××", "占 %", "减少 万元", "【】", "____". */
const PLACEHOLDER = /XX|xx|××|＊＊|_{3,}|＿{2,}|【\s*】|（\s*）|\(\s*\)|[\u4e00-\u9fa5：:]\s*(?:万元|%|％)/;

/** "N个X：a、b、c" in free text: the count must match the list (C16). */
const COUNTED_LIST = /(\d+)(个|家|所|项|名)([\u4e00-\u9fa5]{1,10})[：:]([^。；;]+)/g;

function freeTexts(r: Parameters<Rule>[0]['report']): [string, FieldPath][] {
  const out: [string, FieldPath][] = [
    [r.organisation.note, ['organisation', 'note']],
    [r.budget.usage, ['budget', 'usage']],
    [r.budget.management, ['budget', 'management']],
    [r.basic.scope, ['basic', 'scope']],
    [r.basic.varianceReason, ['basic', 'varianceReason']],
    [r.projects.intro, ['projects', 'intro']],
    [r.projects.varianceReason, ['projects', 'varianceReason']],
    [r.threePublic.intro, ['threePublic', 'intro']],
    [r.threePublic.changeReason, ['threePublic', 'changeReason']],
    [r.performance.lead, ['performance', 'lead']],
  ];
  r.duties.forEach((t, i) => out.push([t, ['duties', i]]));
  const narrative: [string, readonly Paragraph[]][] = [
    ['goals', r.goals],
    ['problems', r.problems],
    ['measures', r.measures],
    ['other', r.other],
  ];
  for (const [key, ps] of narrative) ps.forEach((p, i) => out.push([p.heading + p.text, [key, i, 'text']]));
  r.performance.achievements.forEach((p, i) =>
    out.push([p.heading + p.text, ['performance', 'achievements', i, 'text']]),
  );
  return out;
}

const placeholders: Rule = ({ report: r }) =>
  freeTexts(r).flatMap(([text, path]) => {
    const m = PLACEHOLDER.exec(text);
    if (!m) return [];
    const at = Math.max(0, m.index - 8);
    return [
      finding('PLACEHOLDER_LEFT', 'error', `疑似未填写的模板占位：“…${text.slice(at, m.index + m[0].length + 4)}…”`, [
        path,
      ]),
    ];
  });

const countsInText: Rule = ({ report: r }) =>
  freeTexts(r).flatMap(([text, path]) =>
    [...text.matchAll(COUNTED_LIST)].flatMap((m) => {
      const stated = Number(m[1]);
      const named = (m[4] ?? '').split(/[、，,]/).filter((s) => s.trim()).length;
      return named > 1 && named !== stated
        ? [finding('COUNT_MISMATCH', 'warning', `正文称“${m[1]}${m[2]}${m[3]}”，但随后列出了${named}个`, [path])]
        : [];
    }),
  );

export const factRules: Rule[] = [staffing, dates, required, placeholders, countsInText];
