/**
 * The buttons above a table, acting on the row the clerk was last in. Memoised: typing in a cell does not redraw
 * them (antd buttons are not free), only moving to another row or changing the number of rows does.
 */
import { memo } from 'react';
import { Button, Tooltip } from 'antd';
import type { RowAction } from './GridRow';

interface GridToolbarProps {
  count: number;
  currentRow: number | null;
  addLabel: string;
  onAppend: () => void;
  onRowAction: (action: RowAction, index: number) => void;
  /** A long table's 查找 (the browser's find misses rows not drawn). */
  onFind?: () => void;
}

const HELP = (
  <div>
    方向键、Tab、回车在单元格间移动；在最后一行按回车新增一行。
    <br />
    可直接粘贴从 Excel/WPS 复制的多行多列（计算列自动跳过）。
    <br />
    Ctrl+Enter 插入行，Ctrl+Delete 删除行（可按 Ctrl+Z 撤销），Alt+↑/↓ 移动行；点击序号选中该行。
    <br />
    行数多的表格：光标在表内时按 Ctrl+F 在全部行中查找。
  </div>
);

export const GridToolbar = memo(function GridToolbar({
  count,
  currentRow,
  addLabel,
  onAppend,
  onRowAction,
  onFind,
}: GridToolbarProps) {
  const row = currentRow !== null && currentRow < count ? currentRow : null;
  const act = (action: RowAction) => () => {
    if (row !== null) onRowAction(action, row);
  };
  return (
    <div className="grid-toolbar">
      <Button size="small" onClick={onAppend}>
        {addLabel}
      </Button>
      <Button size="small" disabled={row === null} onClick={act('insert')}>
        在当前行下方插入
      </Button>
      <Button size="small" disabled={row === null || row <= 0} onClick={act('up')}>
        上移
      </Button>
      <Button size="small" disabled={row === null || row >= count - 1} onClick={act('down')}>
        下移
      </Button>
      <Button size="small" danger disabled={row === null} onClick={act('delete')}>
        删除当前行
      </Button>
      {onFind ? (
        <Button size="small" onClick={onFind} title="在本表全部行中查找（光标在表内时按 Ctrl+F）">
          查找
        </Button>
      ) : null}
      <Tooltip title={HELP}>
        <span className="grid-help" tabIndex={0}>
          操作说明
        </span>
      </Tooltip>
      <span className="grid-count">共 {count} 行</span>
    </div>
  );
});
