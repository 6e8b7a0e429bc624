/** The assembled report as plain text (for `selfeval text`, diffs and tests). Tables become tab-separated lines. */
import type { Block, ReportDocument, Table } from './document';
import { runsText } from './document';

function tableLines(table: Table): string[] {
  const lines = [`${table.captionLeft}\t${table.captionRight}`];
  for (const row of [...table.headerRows, ...table.bodyRows]) lines.push(row.map((c) => c.text).join('\t'));
  return lines;
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [block.text, ''];
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'attachmentNote':
      return ['', `附件：${block.items.map((item, i) => `${i + 1}. ${item}`).join('\n      ')}`];
    case 'signature':
      return ['', block.unitName, block.date];
    case 'attachment':
      return ['', `附件${block.number}`, block.title, ...tableLines(block.table)];
  }
}

export function documentToPlainText(doc: ReportDocument): string {
  return doc.blocks.flatMap(blockLines).join('\n') + '\n';
}
