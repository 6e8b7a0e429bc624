/**
 * While a workbook is read: which step is running, how long it has taken, and 取消. A large workbook takes a few
 * seconds; the server stops any reading after a fixed time limit, so this never spins for ever.
 */
import { Button, Spin } from 'antd';
import { useElapsed } from '../../common/use-elapsed';

const STAGE_TEXT = {
  file: '正在读取文件…',
  workbook: '正在解析工作簿，查找附表并与报告逐项比对…',
} as const;

export function ImportProgress({
  fileName,
  stage,
  startedAt,
  onCancel,
}: {
  fileName: string;
  stage: keyof typeof STAGE_TEXT;
  startedAt: number;
  onCancel: () => void;
}) {
  const seconds = Math.floor(useElapsed(true, startedAt) / 1000);
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <Spin size="large" />
      <div className="import-progress-text">
        <div className="import-progress-file">「{fileName}」</div>
        <div data-testid="import-stage">{STAGE_TEXT[stage]}</div>
        <div className="import-muted">{seconds > 0 ? `已用${seconds}秒` : '\u00a0'}</div>
      </div>
      <Button onClick={onCancel} data-testid="import-cancel-reading">
        取消
      </Button>
    </div>
  );
}
