/** One attachment table (附件1 基础数据表, 附件2 自评表) as a plain HTML table, spans and alignment kept. */
import type { Output } from '../../../shared/api/contract';

type Block = Output<'report.assemble'>['blocks'][number];
type AttachmentBlock = Extract<Block, { kind: 'attachment' }>;
type Cell = AttachmentBlock['table']['bodyRows'][number][number];

function cellProps(cell: Cell) {
  return {
    colSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    className: [`align-${cell.align ?? 'left'}`, cell.bold ? 'bold' : ''].join(' ').trim(),
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
                  <td key={c} {...cellProps(cell)}>
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
