/**
 * What stops 送审, listed once: each 强制 error and each 提示 still unanswered, from the live checks (the same rules
 * the server applies), each a link to its field. After a refused 送审 the same list turns red; it is never shown a
 * second time below the refusal.
 */
import { Alert } from 'antd';
import type { Finding } from '../../../../shared/checks/finding';
import { blockerLine } from '../../../../shared/signoff/workflow';
import { MIN_EXPLANATION_CHARS } from '../../../../shared/checks/explanations';
import { pathKey } from '../state/field-path';

interface SubmitBlockersProps {
  blocking: readonly Finding[];
  /** The server's list, shown (without links) only when the live checks found nothing but the server did. */
  serverBlockers: readonly string[];
  refused: boolean;
  onJump: (path: string) => void;
}

export function SubmitBlockers({ blocking, serverBlockers, refused, onJump }: SubmitBlockersProps) {
  const count = blocking.length || serverBlockers.length;
  if (count === 0) return <Alert type="success" showIcon title="审核通过，可以送审" />;
  const title = refused ? `送审未成功：还有${count}项需要先处理` : `送审前还需处理${count}项`;
  return (
    <Alert
      type={refused ? 'error' : 'warning'}
      showIcon
      title={title}
      description={
        <>
          <div>
            强制错误须改正；提示须在“审核结果”中写明说明（至少{MIN_EXPLANATION_CHARS}
            字）或勾选“确认无误”。点击一项转到相关内容。
          </div>
          <ul className="error-details submit-blockers" data-testid="submit-blockers">
            {blocking.length > 0
              ? blocking.map((f) => (
                  <li key={f.key}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => f.paths[0] && onJump(pathKey(f.paths[0]))}
                    >
                      {blockerLine(f)}
                    </button>
                  </li>
                ))
              : serverBlockers.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        </>
      }
    />
  );
}
