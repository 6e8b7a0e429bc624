/** The same report content as an HTML page, for timing LibreOffice's conversion against ours (bench-pdf.ts). */
import type { Block, ReportDocument, Table } from '../shared/text/document';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function tableHtml(table: Table): string {
  const rows = [...table.headerRows, ...table.bodyRows].map(
    (row) =>
      `<tr>${row
        .map(
          (c) =>
            `<td colspan="${c.colSpan ?? 1}" style="text-align:${c.align ?? 'left'}">${c.bold ? '<b>' : ''}${escape(c.text)}${c.bold ? '</b>' : ''}</td>`,
        )
        .join('')}</tr>`,
  );
  return `<p>${escape(table.captionLeft)}\u3000${escape(table.captionRight)}</p><table border="1" cellspacing="0" width="100%">${rows.join('')}</table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="text-align:center;font-size:22pt">${escape(block.text)}</h1>`;
    case 'heading':
      return `<h${block.level + 1} style="font-size:16pt;text-indent:2em">${escape(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p style="text-indent:2em;text-align:justify">${block.runs.map((r) => (r.bold ? `<b>${escape(r.text)}</b>` : escape(r.text))).join('')}</p>`;
    case 'attachmentNote':
      return `<p style="text-indent:2em">附件：${block.items.map((item, i) => `${i + 1}.${escape(item)}`).join('<br>')}</p>`;
    case 'signature':
      return `<p style="text-align:right">${escape(block.unitName)}<br>${escape(block.date)}</p>`;
    case 'attachment':
      return `<p style="page-break-before:always">附件${block.number}</p><h1 style="text-align:center">${escape(block.title)}</h1>${tableHtml(block.table)}`;
  }
}

export function documentHtml(doc: ReportDocument): string {
  const title = doc.blocks.find((b) => b.kind === 'title');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title && 'text' in title ? title.text : '')}</title>
<style>@page { size: A4; margin: 37mm 26mm 35mm 28mm } body { font-size: 16pt; line-height: 28.9pt }</style></head>
<body>${doc.blocks.map(blockHtml).join('\n')}</body></html>`;
}
