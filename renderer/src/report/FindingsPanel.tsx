/** 审核结果: the check findings, 强制 first, each with its Chinese message (figures and field included). */
import { Card, Empty, Tag } from 'antd';
import type { Output } from '../../../shared/api/contract';

type Finding = Output<'report.check'>[number];

const SEVERITY = {
  error: { text: '强制', color: 'error' },
  warning: { text: '提示', color: 'warning' },
} as const;

export function FindingsPanel({ findings }: { findings: readonly Finding[] }) {
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <Card
      size="small"
      className="findings-card"
      title="审核结果"
      extra={
        <span className="findings-summary">
          强制 {errors} 项 · 提示 {findings.length - errors} 项
        </span>
      }
    >
      {ordered.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />
      ) : (
        <ul className="findings-list">
          {ordered.map((f) => (
            <li key={f.key} className="finding">
              <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].text}</Tag>
              <span className="finding-message">{f.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
