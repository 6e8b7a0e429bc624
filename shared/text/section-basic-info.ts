/** 一、部门、单位基本情况: organisation, staffing, duties and goals. */
import type { Report } from '../model/report';
import type { Block } from './document';
import { compact, gen, typed } from './runs';
import { narrativeBlocks } from './narrative';

/** Only the units that have a name count: a row the clerk added and left empty is no unit ("1个为。"). */
export function organisationRuns(report: Report) {
  const groups = report.organisation.groups
    .map((g) => ({ label: g.label.trim() || '机构', units: g.units.map((u) => u.trim()).filter(Boolean) }))
    .filter((g) => g.units.length > 0);
  const parts = groups.map((g) =>
    g.units.length === 1 ? `1个${g.label}为${g.units[0]}` : `${g.units.length}个${g.label}：${g.units.join('、')}`,
  );
  const listSentence = parts.length > 0 ? `${report.unitName}本级内设机构包括：${parts.join('；')}。` : '';
  return compact([gen(listSentence), typed(report.organisation.note)]);
}

interface StaffingCategory {
  /** "行政编制人数", and the word after the number: 名 (编制) or 人 (辅警人员编制). */
  authorized: [string, string];
  actual: string;
  /** The actual count when the 编制 is not stated: "事业编制实有15人" names its category on its own. */
  actualAlone: string;
  /** A category stated as 0 and 0 is one the unit does not have (no 事业编制): it is not mentioned. */
  optional: boolean;
}

/** "X编制人数N名，其中编制内在职人员实有M人（年底数）" with only what is stated; the 年底数 note follows an actual count. */
function staffingPart(c: StaffingCategory, authorized: number | null, actual: number | null, asOf: string) {
  if (c.optional && !authorized && !actual) return null;
  const [phrase, unit] = c.authorized;
  if (authorized !== null && actual !== null) return `${phrase}${authorized}${unit}，其中${c.actual}${actual}人${asOf}`;
  if (authorized !== null) return `${phrase}${authorized}${unit}`;
  if (actual !== null) return `${c.actualAlone}${actual}人${asOf}`;
  return null;
}

/** Every headcount the report states, and nothing it does not: an unstated 退休人员 is left out, not written as 0. */
export function staffingRuns(report: Report) {
  const s = report.staffing;
  const asOf = `（${report.year}年底数）`;
  const label = s.auxiliaryLabel || '编外';
  const inPost = '编制内在职人员实有';
  const parts = [
    staffingPart(
      { authorized: ['行政编制人数', '名'], actual: inPost, actualAlone: '行政编制实有', optional: false },
      s.adminAuthorized,
      s.adminActual,
      asOf,
    ),
    staffingPart(
      { authorized: ['事业编制人数', '名'], actual: inPost, actualAlone: '事业编制实有', optional: true },
      s.institutionAuthorized,
      s.institutionActual,
      asOf,
    ),
    staffingPart(
      {
        authorized: [`${label}人员编制`, '人'],
        actual: `编制内${label}实有人数`,
        actualAlone: `${label}人员实有`,
        optional: true,
      },
      s.auxiliaryAuthorized,
      s.auxiliaryActual,
      asOf,
    ),
    s.retired === null ? null : `退休人员${s.retired}人${asOf}`,
  ].filter((part): part is string => part !== null);
  return compact([gen(parts.length > 0 ? `${parts.join('，')}。` : '')]);
}

export function basicInfoBlocks(report: Report): Block[] {
  return [
    { kind: 'heading', level: 2, text: '（一）机构设置情况' },
    { kind: 'paragraph', runs: organisationRuns(report) },
    { kind: 'heading', level: 2, text: '（二）人员编制情况' },
    { kind: 'paragraph', runs: staffingRuns(report) },
    { kind: 'heading', level: 2, text: '（三）主要职能职责' },
    ...report.duties.map((duty, i): Block => ({ kind: 'paragraph', runs: [gen(`${i + 1}、`), typed(duty)] })),
    { kind: 'heading', level: 2, text: '（四）绩效目标设定情况' },
    ...narrativeBlocks(report.goals),
  ];
}
