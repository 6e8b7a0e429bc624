/** One attachment table (附件1 基础数据表, 附件2 自评表) as a plain HTML table, spans and alignment kept. */
import type { Output } from '../../../shared/api/contract';

type Block = Output<'report.assemble'>['blocks'][number];
type AttachmentBlock = Extract<Block, { kind: 'attachment' }>;
type Cell = AttachmentBlock['table']['bodyRows'][number][number];

/**
 * Cells kept on one line, the columns making room: short ones (a level name such as "服务对象满意度", a figure) and
 * the label of a row of figures ("按支出性质分：基本支出"). Broken inside, they read as two words ("基本支/出").
 * Longer text (indicator names, explanations) wraps as usual.
 */
const WHOLE_CHARS = 8;
const ROW_LABEL_CHARS = 16;

function keptWhole(cell: Cell, rowLabel: boolean): boolean {
  const chars = [...cell.text.trim()].length;
  return chars > 0 && chars <= (rowLabel ? ROW_LABEL_CHARS : WHOLE_CHARS);
}

/** The first cell of a row that holds figures (right-aligned cells) names that row. */
function isRowLabel(row: readonly Cell[], index: number): boolean {
  return index === 0 && row.some((cell) => cell.align === 'right');
}

function cellProps(cell: Cell, rowLabel = false) {
  return {
    colSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    className: [`align-${cell.align ?? 'left'}`, cell.bold ? 'bold' : '', keptWhole(cell, rowLabel) ? 'nowrap' : '']
      .join(' ')
      .trim(),
  };
}

export function AttachmentTable({ block }: { block: AttachmentBlock }) {
  const { table } = block;
  const total = table.widths.reduce((sum, w) => sum + w, 0) || 1;
  return (
    <section className="doc-attachment" aria-label={`附件${block.number}`}>
      <div className="doc-attachment-number">附件{block.number}</div>
      <h3 className="doc-attachment-title">{block.title}</h3>
      <div className="doc-table-captions">
        <span>{table.captionLeft}</span>
        <span>{table.captionRight}</span>
      </div>
      <div className="doc-table-scroll">
        <table className="doc-table">
          <colgroup>
            {table.widths.map((w, i) => (
              <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            {table.headerRows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <th key={c} {...cellProps(cell)}>
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.bodyRows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} {...cellProps(cell, isRowLabel(row, c))}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
