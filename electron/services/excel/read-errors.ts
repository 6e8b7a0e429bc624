/**
 * Why a workbook could not be read, as a stable code plus a Chinese message that says what is wrong and what to do.
 * The worker reports codes with a few figures; the messages are built here so they read the same everywhere.
 */
import { EXCEL_LIMITS } from './limits';

export type ReadErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'old-xls'
  | 'encrypted'
  | 'not-xlsx'
  | 'macro-workbook'
  | 'corrupt'
  | 'too-many-entries'
  | 'uncompressed-too-large'
  | 'compression-ratio'
  | 'nested-archive'
  | 'unsafe-name'
  | 'overlapping-entries'
  | 'size-mismatch'
  | 'xml-entity'
  | 'too-many-rows'
  | 'too-many-cells'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'reserved-name'
  | 'prototype-changed'
  | 'empty-workbook'
  | 'timeout'
  | 'out-of-memory'
  | 'cancelled'
  | 'parse-failed';

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const RESAVE = '请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx），再导入';

/** The worker sends a code and a few details; this turns them into the clerk's sentence. */
export function readErrorMessage(
  code: ReadErrorCode,
  detail: { name?: string; count?: number; sheet?: string; row?: number; column?: string } = {},
): string {
  const L = EXCEL_LIMITS;
  const where = detail.sheet
    ? `工作表「${detail.sheet}」${detail.row ? `第${detail.row}行` : ''}${detail.column ? `${detail.column}列` : ''}`
    : '';
  switch (code) {
    case 'empty-file':
      return '文件是空的（0 字节），不是 Excel 工作簿';
    case 'too-large':
      return `文件过大（${mb(detail.count ?? 0)}），Excel 导入的文件不能超过 ${mb(L.maxFileBytes)}`;
    case 'old-xls':
      return `这是旧版 Excel 97-2003 工作簿（.xls），本程序只能读取 .xlsx。${RESAVE}`;
    case 'encrypted':
      return '工作簿设置了打开密码（文件已加密），无法读取。请在 Excel 或 WPS 中取消密码后另存，再导入';
    case 'not-xlsx':
      return detail.name ?? '这不是 Excel 工作簿（.xlsx）文件，无法导入';
    case 'macro-workbook':
      return `这是启用宏的工作簿（.xlsm），为安全起见不导入。${RESAVE}`;
    case 'corrupt':
      return `文件已损坏或不完整${detail.name ? `（${detail.name}）` : ''}，无法读取。请重新保存或重新下载后再试`;
    case 'too-many-entries':
      return `文件内部包含的部件过多（${detail.count ?? '很多'}个，正常的工作簿不超过 ${L.maxEntries} 个），已拒绝导入`;
    case 'uncompressed-too-large':
      return `文件解压后超过 ${mb(L.maxUncompressedBytes)}，已拒绝导入`;
    case 'compression-ratio':
      // A sheet or its texts: most likely one enormous pasted cell or the same text copied down a column.
      if (/^xl\/(?:sharedStrings\.xml|worksheets\/)/.test(detail.name ?? ''))
        return `工作簿中${detail.name?.includes('sharedStrings') ? '的文字' : '有一个工作表'}内容极长且高度重复（压缩比约 ${detail.count ?? 0}:1，正常的表格不超过 ${L.maxCompressionRatio}:1），已拒绝导入。可能是某个单元格粘贴了大段文字（一个单元格最多 ${L.maxCellChars} 个字符），或同一内容被复制了成千上万行：请在 Excel 或 WPS 中删除这些内容后另存，再导入`;
      return `文件内部的“${detail.name ?? ''}”压缩比异常（约 ${detail.count ?? 0}:1，正常不超过 ${L.maxCompressionRatio}:1），可能是“压缩炸弹”，已拒绝导入`;
    case 'nested-archive':
      return `工作簿中嵌入了其他压缩文件（${detail.name ?? ''}），为安全起见已拒绝导入。请删除嵌入的对象后另存，再导入`;
    case 'unsafe-name':
      return `文件内部有不安全的部件名称（${detail.name ?? ''}），已拒绝导入`;
    case 'overlapping-entries':
      return '文件内部结构异常（数据相互重叠），可能是“压缩炸弹”，已拒绝导入';
    case 'size-mismatch':
      return `文件内部的“${detail.name ?? ''}”解压后的大小与声明的不符，文件已损坏或被篡改，已拒绝导入`;
    case 'xml-entity':
      return `文件内部的“${detail.name ?? ''}”含有 XML 实体声明（DOCTYPE/ENTITY），正常的 Excel 文件不会有，已拒绝导入`;
    case 'too-many-rows':
      return `工作表「${detail.sheet ?? ''}」有 ${detail.count ?? 0} 行，超过 ${L.maxRowsPerSheet} 行的上限，已拒绝导入。请只保留需要导入的表格`;
    case 'too-many-cells':
      return `工作簿共有 ${detail.count ?? 0} 个单元格，超过 ${L.maxCells} 个的上限，已拒绝导入。请只保留需要导入的表格`;
    case 'too-many-columns':
      return `${where}超过 ${L.maxColumns} 列的上限，已拒绝导入`;
    case 'cell-too-long':
      return `${where}的内容超过 ${L.maxCellChars} 个字符（Excel 单元格的上限），已拒绝导入`;
    case 'reserved-name':
      return `工作簿中使用了不允许的名称「${detail.name ?? ''}」（工作表名或定义的名称），已拒绝导入`;
    case 'prototype-changed':
      return '文件试图修改程序的内部对象，已拒绝导入';
    case 'empty-workbook':
      return '工作簿是空的：没有任何工作表或单元格内容';
    case 'timeout':
      return `读取超时（超过 ${L.parseTimeLimitMs / 1000} 秒），文件可能过大或已损坏，已停止读取`;
    case 'out-of-memory':
      return '文件过于庞大或复杂，读取时超出内存上限，已停止读取';
    case 'cancelled':
      return '已取消导入，报告未作任何修改';
    case 'parse-failed':
      return `无法读取工作簿内容${detail.name ? `（${detail.name}）` : ''}，文件可能已损坏。请在 Excel 或 WPS 中打开后另存，再导入`;
  }
}

export function readError(code: ReadErrorCode, detail?: Parameters<typeof readErrorMessage>[1]): WorkbookReadError {
  return new WorkbookReadError(code, readErrorMessage(code, detail));
}
