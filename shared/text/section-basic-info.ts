/** 一、部门、单位基本情况: organisation, staffing, duties and goals. */
import type { Report } from '../model/report';
import type { Block } from './document';
import { compact, gen, typed } from './runs';
import { narrativeBlocks } from './narrative';

export function organisationRuns(report: Report) {
  const groups = report.organisation.groups.filter((g) => g.units.length > 0);
  const parts = groups.map((g) =>
    g.units.length === 1 ? `1个${g.label}为${g.units[0]}` : `${g.units.length}个${g.label}：${g.units.join('、')}`,
  );
  const listSentence = parts.length > 0 ? `${report.unitName}本级内设机构包括：${parts.join('；')}。` : '';
  return compact([gen(listSentence), typed(report.organisation.note)]);
}

export function staffingRuns(report: Report) {
  const s = report.staffing;
  const asOf = `（${report.year}年底数）`;
  const parts: string[] = [];
  parts.push(`行政编制人数${s.adminAuthorized}名，其中编制内在职人员实有${s.adminActual}人${asOf}`);
  if (s.institutionAuthorized > 0 || s.institutionActual > 0) {
    parts.push(`事业编制人数${s.institutionAuthorized}名，其中编制内在职人员实有${s.institutionActual}人${asOf}`);
  }
  if (s.auxiliaryAuthorized > 0 || s.auxiliaryActual > 0) {
    const label = s.auxiliaryLabel || '编外';
    parts.push(`${label}人员编制${s.auxiliaryAuthorized}人，其中编制内${label}实有人数${s.auxiliaryActual}人${asOf}`);
  }
  parts.push(`退休人员${s.retired}人${asOf}`);
  return [gen(parts.join('，') + '。')];
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
