/**
 * Reads a ZIP file's central directory without inflating anything, so a zip bomb is refused by what it declares
 * before a single byte is decompressed. Only what an .xlsx needs: stored and deflated entries, ZIP64 sizes.
 * Every offset is bounds-checked; a malformed directory becomes a ZipError, never an exception from Buffer.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's data starts (after its local header). */
  dataOffset: number;
}

export type ZipErrorCode = 'not-zip' | 'corrupt' | 'too-many-entries';

export class ZipError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

function u16(buf: Buffer, at: number): number {
  if (at < 0 || at + 2 > buf.length) throw new ZipError('corrupt', '压缩结构越界');
  return buf.readUInt16LE(at);
}

function u32(buf: Buffer, at: number): number {
  if (at < 0 || at + 4 > buf.length) throw new ZipError('corrupt', '压缩结构越界');
  return buf.readUInt32LE(at);
}

function u64(buf: Buffer, at: number): number {
  if (at < 0 || at + 8 > buf.length) throw new ZipError('corrupt', '压缩结构越界');
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('corrupt', '压缩结构中的数值过大');
  return Number(value);
}

function findEndOfDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let at = buf.length - 22; at >= stop; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

interface Directory {
  count: number;
  size: number;
  offset: number;
}

function readDirectoryLocation(buf: Buffer, eocd: number): Directory {
  let count = u16(buf, eocd + 10);
  let size = u32(buf, eocd + 12);
  let offset = u32(buf, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(buf, locator) !== ZIP64_LOCATOR_SIGNATURE)
      throw new ZipError('corrupt', '缺少 ZIP64 目录定位信息');
    const zip64 = u64(buf, locator + 8);
    if (u32(buf, zip64) !== ZIP64_EOCD_SIGNATURE) throw new ZipError('corrupt', 'ZIP64 目录结构损坏');
    count = u64(buf, zip64 + 32);
    size = u64(buf, zip64 + 40);
    offset = u64(buf, zip64 + 48);
  }
  if (offset + size > buf.length) throw new ZipError('corrupt', '文件目录超出文件末尾，文件可能不完整');
  return { count, size, offset };
}

/** ZIP64 extra field (0x0001): the real sizes and offset when the 32-bit fields say 0xFFFFFFFF. */
function applyZip64Extra(buf: Buffer, start: number, length: number, entry: ZipEntry): void {
  const end = start + length;
  let at = start;
  while (at + 4 <= end) {
    const id = u16(buf, at);
    const size = u16(buf, at + 2);
    const body = at + 4;
    if (body + size > end) throw new ZipError('corrupt', '扩展字段越界');
    if (id === 0x0001) {
      let p = body;
      if (entry.uncompressedSize === 0xffffffff) {
        entry.uncompressedSize = u64(buf, p);
        p += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(buf, p);
        p += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(buf, p);
    }
    at = body + size;
  }
}

/** Names in an .xlsx are ASCII; the UTF-8 flag (bit 11) is honoured, anything else is read as latin1. */
function entryName(buf: Buffer, start: number, length: number, flags: number): string {
  if (start + length > buf.length) throw new ZipError('corrupt', '文件名越界');
  return buf.toString(flags & 0x0800 ? 'utf8' : 'latin1', start, start + length);
}

/** Lists the entries; stops early (before reading them all) when there are more than `maxEntries`. */
export function readZipDirectory(buf: Buffer, maxEntries: number): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('not-zip', '文件太小，不是压缩文件');
  const eocd = findEndOfDirectory(buf);
  if (eocd < 0) throw new ZipError('not-zip', '找不到压缩文件目录');
  const dir = readDirectoryLocation(buf, eocd);
  if (dir.count > maxEntries) throw new ZipError('too-many-entries', String(dir.count));
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (u32(buf, at) !== CENTRAL_SIGNATURE) throw new ZipError('corrupt', '文件目录项损坏');
    const flags = u16(buf, at + 8);
    const nameLength = u16(buf, at + 28);
    const extraLength = u16(buf, at + 30);
    const commentLength = u16(buf, at + 32);
    const entry: ZipEntry = {
      name: entryName(buf, at + 46, nameLength, flags),
      method: u16(buf, at + 10),
      flags,
      compressedSize: u32(buf, at + 20),
      uncompressedSize: u32(buf, at + 24),
      localHeaderOffset: u32(buf, at + 42),
      dataOffset: 0,
    };
    applyZip64Extra(buf, at + 46 + nameLength, extraLength, entry);
    entry.dataOffset = localDataOffset(buf, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > dir.offset + dir.size) throw new ZipError('corrupt', '文件目录长度不符');
  }
  return entries;
}

function localDataOffset(buf: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (u32(buf, at) !== LOCAL_SIGNATURE) throw new ZipError('corrupt', `“${entry.name}”的数据头损坏`);
  const nameLength = u16(buf, at + 26);
  const extraLength = u16(buf, at + 28);
  const dataOffset = at + 30 + nameLength + extraLength;
  if (dataOffset + entry.compressedSize > buf.length) {
    throw new ZipError('corrupt', `“${entry.name}”的数据超出文件末尾，文件可能不完整`);
  }
  return dataOffset;
}
