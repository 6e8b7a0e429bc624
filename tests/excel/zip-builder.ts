/**
 * Test helper: writes ZIP files whose central directory says exactly what a case needs (a lying size, shared data,
 * 100,000 entries), and minimal .xlsx packages around a given sheet XML. Mirrors the writer in
 * scripts/make-xlsx-fixtures.mjs, which produces the committed bad-file corpus.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipSpec {
  name: string;
  data?: Buffer;
  /** Compressed bytes to store instead of deflating `data`. */
  body?: Buffer;
  method?: 0 | 8;
  /** Uncompressed size written in the headers (defaults to data's length). */
  declaredSize?: number;
  /** Write the sizes as 0xFFFFFFFF in the directory with the real ones in a ZIP64 extra field. */
  zip64Sizes?: boolean;
}

export function buildZip(entries: readonly ZipSpec[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data ?? Buffer.alloc(0);
    const method = e.method ?? 8;
    const body = e.body ?? (method === 8 ? deflateRawSync(raw) : raw);
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.zip64Sizes ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(e.zip64Sizes ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    let extra = Buffer.alloc(0);
    if (e.zip64Sizes) {
      extra = Buffer.alloc(20);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      central.writeUInt16LE(extra.length, 30);
    }
    directory.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  if (entries.length > 0xffff) return Buffer.concat([...parts, dir, zip64End(entries.length, dir.length, offset), end]);
  return Buffer.concat([...parts, dir, end]);
}

/** ZIP64 end record and locator, for archives with more than 65,535 entries. */
function zip64End(count: number, dirSize: number, dirOffset: number): Buffer {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(dirSize), 40);
  record.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

export function workbookXml(sheetName = 'Sheet1'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The parts every workbook needs, plus a sheet and any extra entries. */
export function xlsxEntries(sheet: string | Buffer, extra: readonly ZipSpec[] = []): ZipSpec[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbookXml()) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: typeof sheet === 'string' ? Buffer.from(sheet) : sheet },
    ...extra,
  ];
}

/** A project list sheet of `n` data rows (plus a header row), as inline strings and numbers. */
export function projectRowsXml(n: number, columns = 4): string {
  const head = ['项目名称', '年初预算数', '全年预算数', '全年执行数'];
  const letters = (c: number) => String.fromCharCode(65 + c);
  let xml = `<row r="1">${head
    .slice(0, columns)
    .map((h, c) => `<c r="${letters(c)}1" t="inlineStr"><is><t>${h}</t></is></c>`)
    .join('')}</row>`;
  const parts: string[] = [xml];
  for (let i = 2; i <= n + 1; i++) {
    parts.push(
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>项目${i}</t></is></c><c r="B${i}"><v>1</v></c><c r="C${i}"><v>2</v></c><c r="D${i}"><v>1.5</v></c></row>`,
    );
  }
  xml = parts.join('');
  return xml;
}
