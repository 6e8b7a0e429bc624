/** A locked report's forms: why they are read-only (submitted or approved), and the read-only wrapper itself. */
import type { ReactNode } from 'react';
import { Alert, Button, ConfigProvider } from 'antd';
import '../signoff/signoff.css';
import type { ReportStatus } from '../../reports/status-labels';

const TEXT: Partial<Record<ReportStatus, string>> = {
  submitted: '报告已送审，等待审核期间不能修改。如需修改，请审核人退回。',
  approved: '报告已签发，不能修改。如需修改，请在“送审与签发”中重新打开（将开始新版本，已签发的版本保持不变）。',
};

export function LockedBanner({ status, onShow }: { status: ReportStatus; onShow: () => void }) {
  return (
    <Alert
      type="info"
      showIcon
      className="locked-banner"
      title={TEXT[status] ?? '报告当前不能修改。'}
      action={
        <Button size="small" onClick={onShow}>
          查看送审与签发
        </Button>
      }
    />
  );
}

/**
 * Disables every control inside: a native disabled fieldset covers the editor's plain inputs and textareas, and
 * antd's componentDisabled gives its own components the disabled look.
 */
export function LockedFields({ locked, children }: { locked: boolean; children: ReactNode }) {
  return (
    <fieldset className="locked-fields" disabled={locked}>
      <ConfigProvider componentDisabled={locked}>{children}</ConfigProvider>
    </fieldset>
  );
}
