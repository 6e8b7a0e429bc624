/**
 * The assembled report as structured content. The UI preview, the PDF and the plain-text export all render this,
 * so a figure is formatted once. A run marked `generated` came from the data, not from the clerk's typing.
 */

export interface Run {
  text: string;
  /** Words produced from the figures (the preview marks them). */
  generated?: boolean;
  /** Run-in heading inside a paragraph ("1. 基本支出情况："), printed bold. */
  bold?: boolean;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'attachmentNote'; items: string[] }
  | { kind: 'signature'; unitName: string; date: string }
  | {
      kind: 'attachment';
      /** The number as printed after "附件": "1", "2", "3" or, for grouped project tables, "3-1", "3-2". */
      number: string;
      /** Which table it is, so a screen can find its own without reading the number. */
      source: AttachmentSource;
      title: string;
      table: Table;
    };

/** 附件1, 附件2, or the 项目支出绩效自评表 of the project at this index of projects.items. */
export type AttachmentSource = 'baseData' | 'selfEval' | { project: number };

export interface TableCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
}

export interface Table {
  /** Lines above the table: "填报单位：…", "单位：万元". */
  captionLeft: string;
  captionRight: string;
  headerRows: TableCell[][];
  bodyRows: TableCell[][];
  /** Column width weights, for PDF and Excel layout. */
  widths: number[];
}

export interface ReportDocument {
  blocks: Block[];
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
