/**
 * Chinese names for the fields of API inputs that are not report fields (the report's own fields are named by
 * shared/model/field-labels.ts), so an invalid call reads "报告编号：不能为空", not "id：…".
 */
import { describeInputPath } from '../../shared/model/validate';

const INPUT_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '报告编号',
  content: '文件内容',
  baseRevision: '修改前的版本号',
  revision: '版本号',
  title: '报告标题',
  deleted: '是否查看已删除的报告',
  coalesce: '是否合并自动保存',
  fileName: '文件名',
  data: '文件内容',
  base64: '文件内容',
  fonts: '字体选择',
  name: '名称',
  pdf: 'PDF文件',
  packId: '规则包',
  files: '汇总的文件',
  assignments: '表格对应的项目',
  single: '是否只要一张空白表',
};

export function describeApiInputPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '提交的内容';
  const [first] = path;
  if (path.length === 1 && typeof first === 'string') {
    const label = INPUT_FIELD_LABELS[first];
    if (label) return label;
  }
  return describeInputPath(path);
}
