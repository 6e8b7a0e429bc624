/**
 * What an approved PDF adds to the report (issue 6): a sign-off block under the 落款 (审核人, 日期, 版本), a
 * fingerprint line under each page number, and a last page to print, sign by hand and seal (签发单).
 * Everything here is text set through BuildContext.use, like the rest of the document.
 */
import type { BuildContext } from './build-context';
import { FACE_STYLE } from './font-faces';
import { TABLE_LAYOUT_NAME, type CellNode, type PdfNode, type SectionNode, type TextNode } from './pdf-nodes';

export interface SignoffInfo {
  approverName: string;
  approverRole: string;
  comment: string;
  /** "2025年3月1日". */
  date: string;
  version: number;
  /** The short fingerprint of the report data ("1A2B-3C4D-5E6F-7A8B"). */
  fingerprint: string;
  unitName: string;
  reportTitle: string;
  year: number;
  /** The full SHA-256 of the report data (the fingerprint is its start). */
  contentSha256: string;
  /** The audit chain's head when the PDF was made: the PDF proves the log up to there was not cut or rewritten. */
  auditSeq: number;
  auditHash: string;
}

/** A 64-digit hash in groups of 8, so it wraps in a table cell and can be read out and typed back. */
export function groupedHash(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}

const HASH_ROWS = new Set(['报告数据SHA-256', '审计日志锚点']);

/** Smaller than the body: the block and the sheet are forms, not prose. */
const FORM_FONT_PT = 12;

function cell(ctx: BuildContext, text: string, where: string, extra: Partial<TextNode> = {}): TextNode {
  return {
    text: ctx.use('body', text, where),
    ...FACE_STYLE.body,
    fontSize: FORM_FONT_PT,
    lineHeight: 1.3,
    ...extra,
  };
}

/** One boxed line below the 落款: who approved which version, when. */
export function signoffBlockNode(ctx: BuildContext, s: SignoffInfo): PdfNode {
  const where = '签发信息';
  const who = s.approverRole ? `${s.approverName}（${s.approverRole}）` : s.approverName;
  const row: CellNode[] = [
    cell(ctx, `审核人：${who}`, where),
    cell(ctx, `签发日期：${s.date}`, where),
    cell(ctx, `版本：第${s.version}版`, where),
  ];
  const third = ctx.geometry.textWidthPt / 3;
  return {
    table: { widths: [third * 1.2 - 8, third * 1.1 - 8, third * 0.7 - 8], body: [row], dontBreakRows: true },
    layout: TABLE_LAYOUT_NAME,
    unbreakable: true,
    margin: [0, ctx.geometry.bodyLineHeightPt, 0, 0],
  };
}

/** The text under each page number of an approved PDF. */
export function fingerprintFooterText(s: SignoffInfo): string {
  return `已签发 第${s.version}版 · 报告指纹 ${s.fingerprint}`;
}

/** 签发单: the last page, with blank lines for the handwritten signature and room for the unit's seal. */
export function signoffSheetNode(ctx: BuildContext, s: SignoffInfo): SectionNode {
  const where = '签发单';
  const label = (text: string) => cell(ctx, text, where, { alignment: 'center' });
  const value = (text: string) => cell(ctx, text, where);
  // Hashes in a smaller size: each fits on two lines of the cell.
  const hashValue = (text: string) => cell(ctx, text, where, { fontSize: 10.5 });
  const rows: [string, string][] = [
    ['单位名称', s.unitName],
    ['报告名称', s.reportTitle],
    ['年度', `${s.year}年度`],
    ['版本', `第${s.version}版`],
    ['报告指纹', s.fingerprint],
    ['报告数据SHA-256', groupedHash(s.contentSha256)],
    ['审计日志锚点', `第${s.auditSeq}条 ${groupedHash(s.auditHash)}`],
    ['审核人', s.approverName],
    ['职务', s.approverRole],
    ['签发日期', s.date],
    ['审核意见', s.comment || '（无）'],
  ];
  const width = ctx.geometry.textWidthPt;
  const blankLine = '＿'.repeat(10);
  const line = ctx.geometry.bodyLineHeightPt;
  const stack: PdfNode[] = [
    {
      text: ctx.use('title', '报告签发单', where),
      ...FACE_STYLE.title,
      fontSize: ctx.settings.titleFontPt,
      alignment: 'center',
      margin: [0, 0, 0, ctx.geometry.bodyLineHeightPt],
    },
    {
      table: {
        widths: [width * 0.22 - 8, width * 0.78 - 8],
        body: rows.map(([k, v]) => [label(k), HASH_ROWS.has(k) ? hashValue(v) : value(v)]),
        dontBreakRows: true,
      },
      layout: TABLE_LAYOUT_NAME,
    },
    cell(
      ctx,
      '本签发单与所附报告一同保存。报告指纹由报告数据计算得出，可在“绩效自评助手”中用“核验PDF”确认文件未被改动。' +
        '整份PDF的SHA-256无法印在PDF自身之中：它显示在程序的签发记录中，也写在签发回执里（签发后在“送审与签发”的签发记录中下载，随PDF报送）。',
      where,
      { fontSize: 10.5, margin: [0, 6, 0, 0] },
    ),
    cell(ctx, `审核人签字：${blankLine}`, where, { fontSize: 14, margin: [0, line, 0, 0] }),
    cell(ctx, '签字日期：＿＿＿＿年＿＿月＿＿日', where, { fontSize: 14, margin: [0, line * 0.6, 0, 0] }),
    // Room for the seal (a round seal is about 42 mm across).
    cell(ctx, '单位（盖章）：', where, { fontSize: 14, margin: [0, line, 0, 0] }),
  ];
  return { section: { stack }, pageOrientation: 'portrait', pageMargins: ctx.geometry.portraitMargins };
}
