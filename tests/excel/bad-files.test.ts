/**
 * The bad-file corpus (tests/fixtures/xlsx-bad/, small files) plus big cases generated here: each ends with its own
 * Chinese message well inside 10 s (the per-test timeout), and Object.prototype is the same afterwards.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/api/result';
import { emptyReport } from '../../shared/model/empty';
import { previewWorkbook } from '../../electron/services/excel/excel-service';
import { EXCEL_LIMITS, type ExcelLimits } from '../../electron/services/excel/limits';
import { WorkbookReadError, type ReadErrorCode } from '../../electron/services/excel/read-errors';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { BAD_FIXTURES, fixtureBytes } from './excel-test-helpers';
import { buildZip, projectRowsXml, sheetXml, xlsxEntries } from './zip-builder';

const TEN_SECONDS = 10_000;
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

async function refusal(bytes: Buffer, limits: ExcelLimits = EXCEL_LIMITS): Promise<WorkbookReadError> {
  const error: unknown = await readWorkbook(bytes, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

const CORPUS: [file: string, code: ReadErrorCode, message: string][] = [
  ['empty-file.xlsx', 'empty-file', '文件是空的（0 字节），不是 Excel 工作簿'],
  ['csv-renamed.xlsx', 'not-xlsx', '这是文本文件（可能是 CSV），不是 Excel 工作簿'],
  ['pdf-renamed.xlsx', 'not-xlsx', '这是 PDF 文件，不是 Excel 工作簿'],
  ['old-excel-97.xls.xlsx', 'old-xls', '这是旧版 Excel 97-2003 工作簿（.xls），本程序只能读取 .xlsx'],
  ['password-protected.xlsx', 'encrypted', '工作簿设置了打开密码（文件已加密），无法读取'],
  ['truncated.xlsx', 'corrupt', '文件已损坏或不完整'],
  ['corrupt-data.xlsx', 'corrupt', '“xl/worksheets/sheet1.xml”无法解压'],
  ['empty-workbook.xlsx', 'empty-workbook', '工作簿是空的'],
  ['zip-of-documents.xlsx', 'not-xlsx', '这是一个压缩文件（.zip），里面没有 Excel 工作簿'],
  ['word-document.xlsx', 'not-xlsx', '这是 Word 文档（.docx），不是 Excel 工作簿'],
  ['zip-bomb-ratio.xlsx', 'compression-ratio', '可能是“压缩炸弹”，已拒绝导入'],
  ['zip-bomb-size-lie.xlsx', 'size-mismatch', '解压后的大小与声明的不符'],
  ['overlapping-entries.xlsx', 'overlapping-entries', '数据相互重叠'],
  ['nested-archive.xlsx', 'nested-archive', '嵌入了其他压缩文件（xl/embeddings/inner.zip）'],
  ['path-traversal.xlsx', 'unsafe-name', '不安全的部件名称（../../evil.xml）'],
  ['absolute-path.xlsx', 'unsafe-name', '不安全的部件名称（/etc/cron.d/evil）'],
  ['billion-laughs.xlsx', 'xml-entity', '含有 XML 实体声明（DOCTYPE/ENTITY）'],
  ['external-entity.xlsx', 'xml-entity', '“xl/workbook.xml”含有 XML 实体声明'],
  ['proto-sheet-name.xlsx', 'reserved-name', '不允许的名称「__proto__」'],
  ['constructor-sheet-name.xlsx', 'reserved-name', '不允许的名称「constructor」'],
  ['proto-defined-name.xlsx', 'reserved-name', '不允许的名称「__proto__」'],
  ['macro-workbook.xlsm.xlsx', 'macro-workbook', '这是启用宏的工作簿（.xlsm），为安全起见不导入'],
  ['cell-beyond-excel.xlsx', 'parse-failed', '无法读取工作簿内容'],
];

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('bad-file corpus', () => {
  it('has a case for every file in the folder', () => {
    const listed = new Set([
      ...CORPUS.map(([f]) => f),
      'wrong-table.xlsx',
      'huge-dimension.xlsx',
      'huge-defined-name.xlsx',
    ]);
    expect(fs.readdirSync(BAD_FIXTURES).filter((f) => !listed.has(f))).toEqual([]);
  });

  it.each(CORPUS)('%s → %s', { timeout: TEN_SECONDS }, async (file, code, message) => {
    const error = await refusal(fixtureBytes(file, BAD_FIXTURES));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it('the wrong table (a payroll sheet) is refused with the sheet it looked at', { timeout: TEN_SECONDS }, async () => {
    const error: unknown = await previewWorkbook(
      fixtureBytes('wrong-table.xlsx', BAD_FIXTURES),
      emptyReport('某单位', 2024),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('wrong-table');
    expect((error as UserFacingError).message).toContain(
      '没有找到附件1（基础数据表）、附件2（自评表）或项目明细表（已查看工作表「工资表」）',
    );
  });

  it.each(['huge-dimension.xlsx', 'huge-defined-name.xlsx'])(
    '%s: a declared range over the whole sheet costs nothing and the one table is read',
    { timeout: TEN_SECONDS },
    async (file) => {
      const result = await previewWorkbook(fixtureBytes(file, BAD_FIXTURES), emptyReport('某单位', 2024));
      expect(result.next.projects.items.map((p) => [p.name, p.initialFen, p.annualFen])).toEqual([
        ['业务经费', 1_000_000, 2_000_000],
      ]);
    },
  );
});

/** Built once before the tests, so each test's 10 s covers reading the file, not making it. */
const big: { millionRows: Buffer; hugeCell: Buffer } = { millionRows: Buffer.alloc(0), hugeCell: Buffer.alloc(0) };

beforeAll(() => {
  const rows: string[] = [];
  for (let i = 1; i <= 1_000_000; i++)
    rows.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}"><v>${(i * 7919) % 100_003}</v></c></row>`);
  big.millionRows = buildZip(xlsxEntries(sheetXml(rows.join(''))));
  // 10 MB of UTF-8 from a small pool in pseudo-random order: compresses about 3:1, so it passes the ratio check.
  const pool = '财政预算执行绩效自评报告项目支出基本支出三公经费公用经费政府采购';
  let seed = 12345;
  const chars: string[] = [];
  for (let i = 0; i < 3_400_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    chars.push(pool[seed % pool.length] ?? '财');
  }
  big.hugeCell = buildZip(
    xlsxEntries(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${chars.join('')}</t></is></c></row>`)),
  );
});

describe('big bad files, generated here', () => {
  it('100,000 entries: refused from the directory alone', { timeout: TEN_SECONDS }, async () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/media/f${i}.bin`, method: 0 as const }));
    const error = await refusal(buildZip([...xlsxEntries(sheetXml(projectRowsXml(1))), ...entries]));
    expect(error.code).toBe('too-many-entries');
    expect(error.message).toBe('文件内部包含的部件过多（100005个，正常的工作簿不超过 1000 个），已拒绝导入');
  });

  it('a million rows: counted in the sheet XML and refused before parsing', { timeout: TEN_SECONDS }, async () => {
    const error = await refusal(big.millionRows);
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toBe(
      '工作表「Sheet1」有 1000000 行，超过 20000 行的上限，已拒绝导入。请只保留需要导入的表格',
    );
  });

  it(
    'an entry declaring 4 GB of zeros in a tiny file: refused before inflating',
    { timeout: TEN_SECONDS },
    async () => {
      const bomb = { name: 'xl/media/zeros.bin', body: Buffer.alloc(4_000), declaredSize: 4_000_000_000 };
      const error = await refusal(buildZip(xlsxEntries(sheetXml(projectRowsXml(1)), [bomb])));
      expect(error.code).toBe('uncompressed-too-large');
      expect(error.message).toBe('文件解压后超过 200 MB，已拒绝导入');
    },
  );

  it('a 210 MB sharedStrings.xml: refused by the uncompressed total', { timeout: TEN_SECONDS }, async () => {
    const strings = { name: 'xl/sharedStrings.xml', body: Buffer.alloc(2_200_000, 7), declaredSize: 210 * 1024 * 1024 };
    const error = await refusal(buildZip(xlsxEntries(sheetXml(projectRowsXml(1)), [strings])));
    expect(error.code).toBe('uncompressed-too-large');
  });

  it('a 10 MB single cell: read, then refused as longer than Excel allows', { timeout: TEN_SECONDS }, async () => {
    const error = await refusal(big.hugeCell);
    expect(error.code).toBe('cell-too-long');
    expect(error.message).toBe('工作表「Sheet1」第1行A列的内容超过 32767 个字符（Excel 单元格的上限），已拒绝导入');
  });

  it('取消 stops the worker at once', { timeout: TEN_SECONDS }, async () => {
    const controller = new AbortController();
    const reading = readWorkbook(buildZip(xlsxEntries(sheetXml(projectRowsXml(5_000)))), { signal: controller.signal });
    controller.abort();
    const error: unknown = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toBe('已取消导入，报告未作任何修改');
  });

  it('parsing that outlives the time limit is stopped', { timeout: TEN_SECONDS }, async () => {
    const error = await refusal(buildZip(xlsxEntries(sheetXml(projectRowsXml(5_000)))), {
      ...EXCEL_LIMITS,
      parseTimeLimitMs: 1,
    });
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('读取超时');
  });

  it(
    'parsing that outgrows the worker heap is stopped; this process is unharmed',
    { timeout: TEN_SECONDS },
    async () => {
      const error = await refusal(buildZip(xlsxEntries(sheetXml(projectRowsXml(15_000)))), {
        ...EXCEL_LIMITS,
        workerHeapMb: 8,
      });
      expect(error.code).toBe('out-of-memory');
      expect(error.message).toBe('文件过于庞大或复杂，读取时超出内存上限，已停止读取');
    },
  );
});
