/** Staffing against authorisation, dates that cannot be right, required text and leftover placeholders (C13, C15, C16). */
import { formatPercent, rateBasis } from '../calc/percent';
import type { Paragraph } from '../model/report';
import { sectionTitle, type SectionKey } from './rule-pack';
import { countedLists } from './counted-lists';
import { finding, type Rule } from './rule';
import type { FieldPath, Finding } from './finding';

const staffing: Rule = ({ report: r }) => {
  const s = r.staffing;
  const pairs: [string, number | null, number | null, string][] = [
    ['行政编制', s.adminAuthorized, s.adminActual, 'adminActual'],
    ['事业编制', s.institutionAuthorized, s.institutionActual, 'institutionActual'],
    [s.auxiliaryLabel || '编外人员', s.auxiliaryAuthorized, s.auxiliaryActual, 'auxiliaryActual'],
  ];
  return pairs.flatMap(([name, authorized, actual, field]) =>
    authorized !== null && actual !== null && actual > authorized
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

/**
 * 编制数 exactly equal to 在职 + 退休: retirees hold no 编制, so the 编制数 was most likely filled as a headcount
 * that includes them (a reviewer's catch); a coincidence is possible, hence a 提示.
 */
const retireesInAuthorized: Rule = ({ report: r, derived: d }) => {
  const { retired } = r.staffing;
  const { authorized, actual } = d.staffing;
  if (retired === null || retired === 0 || authorized === null || actual === null) return [];
  if (authorized !== actual + retired) return [];
  return [
    finding(
      'RETIREES_IN_AUTHORIZED',
      'warning',
      `编制数${authorized}人恰好等于在职${actual}人加退休${retired}人：退休人员不占编制，请核对编制数是否误含退休人员`,
      [
        ['staffing', 'adminAuthorized'],
        ['staffing', 'retired'],
      ],
    ),
  ];
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

/** Parts the pack's outline prints must have content; a section the outline leaves out is not required. */
const required: Rule = ({ report: r, pack }) => {
  const has = (key: SectionKey) => pack.outline.some((s) => s.key === key);
  const title = (key: SectionKey, sub = '') => `“${sectionTitle(pack, key) ?? ''}”${sub}`;
  const missing: [boolean, string, FieldPath][] = [
    [!r.unitName.trim(), '单位名称', ['unitName']],
    [has('basicInfo') && r.duties.length === 0, title('basicInfo', '中的主要职能职责'), ['duties']],
    [has('basicInfo') && !hasText(r.goals), title('basicInfo', '中的绩效目标设定情况'), ['goals']],
    [has('performance') && !hasText(r.performance.achievements), title('performance'), ['performance', 'achievements']],
    [has('problems') && !hasText(r.problems), title('problems'), ['problems']],
    [has('measures') && !hasText(r.measures), title('measures'), ['measures']],
  ];
  return missing
    .filter(([empty]) => empty)
    .map(([, name, path]) => finding('REQUIRED_EMPTY', 'error', `${name}未填写`, [path]));
};

/**
 * Template leftovers: "XX", "××", "占 %", "减少 万元", "【】", "____". A unit after a blank (whitespace) is a gap
 * left for a figure; "数十万元", "近百万元" and "（单位：万元）" are ordinary prose and are not flagged.
 */
const PLACEHOLDER = /XX|××|＊＊|_{3,}|＿{2,}|【\s*】|（\s*）|\(\s*\)|[\u4e00-\u9fa5：:][ \t\u3000]+(?:万元|%|％)/;

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
      finding('PLACEHOLDER_LEFT', 'warning', `疑似未填写的模板占位：“…${text.slice(at, m.index + m[0].length + 4)}…”`, [
        path,
      ]),
    ];
  });

const countsInText: Rule = ({ report: r }) =>
  freeTexts(r).flatMap(([text, path]) =>
    countedLists(text)
      .filter((c) => c.named !== c.stated)
      .map((c) =>
        finding('COUNT_MISMATCH', 'warning', `正文称“${c.phrase}”，但列出了${c.named}个：${c.items}`, [path]),
      ),
  );

/** The pack was updated (a bureau issued a new version) since the report last chose it: its rules may differ. */
const packVersion: Rule = ({ report: r, pack }) =>
  r.rulePackVersion && r.rulePackVersion !== pack.version
    ? [
        finding(
          'RULE_PACK_VERSION_CHANGED',
          'warning',
          `本报告选用规则包“${pack.name}”时为版本${r.rulePackVersion}，现为版本${pack.version}：请按新版本核对，并在“基本信息”中重新选定以记下新版本`,
          [['rulePackId']],
        ),
      ]
    : [];

export const factRules: Rule[] = [
  packVersion,
  staffing,
  retireesInAuthorized,
  dates,
  required,
  placeholders,
  countsInText,
];
