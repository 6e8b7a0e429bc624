/** The bar above the editor: back to the list, which report this is, the save state, undo/redo and export. */
import { memo } from 'react';
import { Button, Tooltip } from 'antd';
import type { SaveStatus } from '../state/use-autosave';
import { SaveIndicator } from './SaveIndicator';

interface ToolbarProps {
  title: string;
  subtitle: string;
  status: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  onBack: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onRetry: () => void;
  onExport: () => void | Promise<void>;
  exporting: boolean;
  checksOpen: boolean;
  onToggleChecks: () => void;
}

export const EditorToolbar = memo(function EditorToolbar(p: ToolbarProps) {
  return (
    <div className="editor-toolbar">
      <Button onClick={p.onBack}>← 返回报告列表</Button>
      <div className="editor-title">
        <div className="editor-title-main">{p.title}</div>
        <div className="editor-title-sub">{p.subtitle}</div>
      </div>
      <SaveIndicator status={p.status} onRetry={p.onRetry} />
      <div className="editor-actions">
        <Tooltip title="撤销（Ctrl+Z）">
          <Button onClick={p.onUndo} disabled={!p.canUndo} aria-label="撤销">
            ↶ 撤销
          </Button>
        </Tooltip>
        <Tooltip title="重做（Ctrl+Y）">
          <Button onClick={p.onRedo} disabled={!p.canRedo} aria-label="重做">
            ↷ 重做
          </Button>
        </Tooltip>
        <Button onClick={() => void p.onExport()} loading={p.exporting}>
          导出报告文件
        </Button>
        <Button onClick={p.onToggleChecks} aria-pressed={p.checksOpen}>
          {p.checksOpen ? '收起审核结果' : '显示审核结果'}
        </Button>
      </div>
    </div>
  );
});
