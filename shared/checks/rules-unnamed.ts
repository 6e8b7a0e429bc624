/**
 * Rows with figures but no name. The schema lets them be saved (an unnamed row must never stop the rest of the
 * report from saving — everything typed elsewhere would be lost on a crash); the check then asks for the name:
 * 强制 for a project or a 附件1 category row (the text and tables would print a figure with no name), 提示 for an
 * organisation group (the text calls it "机构").
 */
import { isBlankBaseRow, isBlankProject } from '../model/blank-rows';
import { finding, type Rule } from './rule';
import type { Finding } from './finding';

export const unnamedRows: Rule = ({ report: r }) => {
  const out: Finding[] = [];
  r.projects.items.forEach((p, i) => {
    if (p.name.trim() === '' && !isBlankProject(p)) {
      out.push(
        finding('NAME_MISSING', 'error', `项目清单第${i + 1}行有数字但没有项目名称：请填写项目名称`, [
          ['projects', 'items', i, 'name'],
        ]),
      );
    }
  });
  r.baseData.projectRows.forEach((row, i) => {
    if (row.label.trim() === '' && !isBlankBaseRow(row)) {
      out.push(
        finding('NAME_MISSING', 'error', `附件1项目支出分类第${i + 1}行有数字但没有名称：请填写分类名称`, [
          ['baseData', 'projectRows', i, 'label'],
        ]),
      );
    }
  });
  r.organisation.groups.forEach((g, i) => {
    if (g.label.trim() === '' && g.units.some((u) => u.trim() !== '')) {
      out.push(
        finding('NAME_MISSING', 'warning', `机构设置第${i + 1}组没有填写机构类别：正文将称之为“机构”`, [
          ['organisation', 'groups', i, 'label'],
        ]),
      );
    }
  });
  return out;
};
