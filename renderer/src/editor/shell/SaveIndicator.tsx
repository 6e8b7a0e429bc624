/** 已保存 / 正在保存… / 保存失败: always visible, so the clerk never wonders whether the work is kept. */
import { Button, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { SaveStatus } from '../state/use-autosave';

export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  switch (status.kind) {
    case 'saved':
      return (
        <Tooltip title={`最近保存：${dayjs(status.at).format('YYYY-MM-DD HH:mm:ss')}`}>
          <span className="save-state saved" role="status" data-save-state="saved">
            ✓ 已保存
          </span>
        </Tooltip>
      );
    case 'pending':
    case 'saving':
      return (
        <span className="save-state saving" role="status" data-save-state="saving">
          正在保存…
        </span>
      );
    case 'invalid':
      return (
        <Tooltip title={status.problems.map((p) => p.message).join('\n')}>
          <span className="save-state failed" role="status" data-save-state="invalid">
            未保存：有{status.problems.length}处内容需修改（见右侧）
          </span>
        </Tooltip>
      );
    case 'error':
      return (
        <span className="save-state failed" role="status" data-save-state="error">
          <span className="save-state-text" title={status.message}>
            保存失败：{status.message}
          </span>
          <Button size="small" type="link" onClick={onRetry}>
            重试
          </Button>
        </span>
      );
    case 'conflict':
      return (
        <span className="save-state failed" role="status" data-save-state="conflict">
          保存失败：报告已在别处修改
        </span>
      );
  }
}
