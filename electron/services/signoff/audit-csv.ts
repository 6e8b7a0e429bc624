/**
 * A report's audit log as CSV for Excel/WPS: UTF-8 with BOM (so Chinese shows correctly), every field quoted,
 * and a cell that would start a formula (= + - @) prefixed with an apostrophe so it stays text.
 */
import { AUDIT_ACTION_LABEL, type AuditEntry, type ChainVerdict } from '../../db/audit-log';

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: readonly AuditEntry[], chain: ChainVerdict): string {
  const head = ['序号', '时间', '操作人', '操作', '字段', '原值', '新值', '本条哈希'];
  const lines = [head.map(cell).join(',')];
  for (const e of entries) {
    lines.push(
      [e.seq, e.at, e.actor, AUDIT_ACTION_LABEL[e.action] ?? e.action, e.field, e.oldValue, e.newValue, e.hash]
        .map(cell)
        .join(','),
    );
  }
  lines.push('');
  lines.push(
    cell(
      chain.ok
        ? `哈希链校验通过：全库共${chain.count}条记录，末条哈希 ${chain.headHash}`
        : `哈希链校验失败：${chain.problem}`,
    ),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
