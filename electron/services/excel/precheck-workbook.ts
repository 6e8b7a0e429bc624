/**
 * Everything decided before any byte is inflated (reliability.md §3.3 step 1): what kind of file this is, the
 * file size, and what the ZIP central directory declares — entry count, uncompressed sizes, compression ratios,
 * nested archives, unsafe names, overlapping entries. The worker later checks the declared sizes were true.
 */
import { EXCEL_LIMITS, type ExcelLimits } from './limits';
import { readError } from './read-errors';
import { readZipDirectory, ZipError, type ZipEntry } from './zip-directory';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is an OLE file holding these streams (MS-OFFCRYPTO); names are UTF-16LE in the directory. */
const ENCRYPTION_STREAMS = ['EncryptedPackage', 'EncryptionInfo'].map((s) => Buffer.from(s, 'utf16le'));

const NESTED_ARCHIVE = /\.(?:zip|xlsx|xlsm|xlsb|xltx|docx|docm|pptx|jar|7z|rar|gz|tgz|bz2|xz|tar|cab)$/i;

function startsWith(buf: Buffer, prefix: Buffer | string): boolean {
  const p = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return buf.length >= p.length && buf.subarray(0, p.length).equals(p);
}

/** Not a ZIP at all: say what it looks like instead. */
function describeOther(buf: Buffer): string {
  if (startsWith(buf, '%PDF-')) return '这是 PDF 文件，不是 Excel 工作簿';
  if (startsWith(buf, '{\\rtf')) return '这是 RTF 文档，不是 Excel 工作簿';
  const head = buf
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<html') || head.startsWith('<!doctype html')) {
    return '这是网页或 XML 格式的文件（可能是“另存为网页/XML 表格”得到的），不是 Excel 工作簿（.xlsx）';
  }
  if (!buf.subarray(0, 4096).includes(0))
    return '这是文本文件（可能是 CSV），不是 Excel 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx';
  return '这不是 Excel 工作簿（.xlsx）文件';
}

function isUnsafeName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((part) => part === '..' || part === '.');
}

function checkShape(entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.size !== entries.length) throw readError('corrupt', { name: '文件内部有重名的部件' });
  if (names.has('xl/workbook.xml') && names.has('[Content_Types].xml')) {
    if (names.has('xl/vbaProject.bin')) throw readError('macro-workbook');
    return;
  }
  if (names.has('xl/workbook.bin'))
    throw readError('not-xlsx', {
      name: '这是 Excel 二进制工作簿（.xlsb），本程序只能读取 .xlsx。请另存为 Excel 工作簿（*.xlsx）',
    });
  if (names.has('word/document.xml'))
    throw readError('not-xlsx', { name: '这是 Word 文档（.docx），不是 Excel 工作簿' });
  if (names.has('ppt/presentation.xml'))
    throw readError('not-xlsx', { name: '这是 PowerPoint 演示文稿，不是 Excel 工作簿' });
  if (names.has('content.xml') && names.has('mimetype')) {
    throw readError('not-xlsx', {
      name: '这是 OpenDocument 表格（.ods），本程序只能读取 .xlsx。请在 WPS 或 Excel 中另存为 .xlsx',
    });
  }
  throw readError('not-xlsx', { name: '这是一个压缩文件（.zip），里面没有 Excel 工作簿' });
}

function checkEntries(entries: readonly ZipEntry[], limits: ExcelLimits): void {
  let total = 0;
  for (const e of entries) {
    if (isUnsafeName(e.name)) throw readError('unsafe-name', { name: e.name.slice(0, 80) });
    if (e.flags & 0x0001) throw readError('encrypted');
    if (e.method !== 0 && e.method !== 8) throw readError('corrupt', { name: `“${e.name}”使用了不支持的压缩方式` });
    if (NESTED_ARCHIVE.test(e.name)) throw readError('nested-archive', { name: e.name });
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) throw readError('size-mismatch', { name: e.name });
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) throw readError('uncompressed-too-large');
    if (e.uncompressedSize > limits.ratioCheckMinBytes) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > limits.maxCompressionRatio)
        throw readError('compression-ratio', { name: e.name, count: Math.round(ratio) });
    }
  }
  // Entries that share bytes (the "overlapping files" zip bomb) inflate the same data many times.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    const cur = byOffset[i];
    if (prev && cur && prev.dataOffset + prev.compressedSize > cur.localHeaderOffset)
      throw readError('overlapping-entries');
  }
}

/** Throws WorkbookReadError with the clerk's message; returns the entries the worker will verify. */
export function precheckWorkbook(bytes: Buffer, limits: ExcelLimits = EXCEL_LIMITS): ZipEntry[] {
  if (bytes.length === 0) throw readError('empty-file');
  if (bytes.length > limits.maxFileBytes) throw readError('too-large', { count: bytes.length });
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const head = bytes.subarray(0, Math.min(bytes.length, 4 * 1024 * 1024));
    if (ENCRYPTION_STREAMS.some((s) => head.includes(s))) throw readError('encrypted');
    throw readError('old-xls');
  }
  if (!startsWith(bytes, 'PK\u0003\u0004') && !startsWith(bytes, 'PK\u0005\u0006')) {
    throw readError('not-xlsx', { name: describeOther(bytes) });
  }
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipError && error.code === 'too-many-entries')
      throw readError('too-many-entries', { count: Number(error.message) });
    if (error instanceof ZipError) throw readError('corrupt', { name: error.message });
    throw error;
  }
  if (entries.length === 0) throw readError('not-xlsx', { name: '这是一个空的压缩文件，不是 Excel 工作簿' });
  checkEntries(entries, limits);
  checkShape(entries);
  return entries;
}
