/**
 * Every limit in limits.ts, tested at the limit (accepted) and one past it (refused), with the real constants.
 * Size limits are decided from what the ZIP directory declares, so those cases need no real data of that size.
 */
import { describe, expect, it } from 'vitest';
import { EXCEL_LIMITS as L } from '../../electron/services/excel/limits';
import { precheckWorkbook } from '../../electron/services/excel/precheck-workbook';
import { WorkbookReadError, type ReadErrorCode } from '../../electron/services/excel/read-errors';
import { readWorkbook } from '../../electron/services/excel/read-workbook';
import { buildZip, projectRowsXml, sheetXml, xlsxEntries, type ZipSpec } from './zip-builder';

const MINIMAL = xlsxEntries(sheetXml(projectRowsXml(1)));
/** The accepted side of the big cases must not depend on how busy the machine is: the time limit has its own test. */
const PATIENT = { limits: { ...L, parseTimeLimitMs: 120_000 } };

function precheckCode(bytes: Buffer): ReadErrorCode | 'ok' {
  try {
    precheckWorkbook(bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.code;
    throw error;
  }
}

async function readCode(bytes: Buffer): Promise<ReadErrorCode | 'ok'> {
  try {
    await readWorkbook(bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.code;
    throw error;
  }
}

/** A workbook plus one entry whose directory record declares `declared` bytes behind a `stored`-byte body. */
function withDeclared(declared: number, stored: number): Buffer {
  const extra: ZipSpec = { name: 'xl/media/big.bin', body: Buffer.alloc(stored, 1), declaredSize: declared };
  return buildZip([...MINIMAL, extra]);
}

describe('limits at both sides', () => {
  it(`file size: ${L.maxFileBytes} bytes passes the size check, one more is refused`, () => {
    const atLimit = Buffer.alloc(L.maxFileBytes);
    atLimit.write('PK\u0003\u0004', 'latin1');
    expect(precheckCode(atLimit)).not.toBe('too-large');
    const over = Buffer.alloc(L.maxFileBytes + 1);
    over.write('PK\u0003\u0004', 'latin1');
    expect(precheckCode(over)).toBe('too-large');
  });

  it(`entries: ${L.maxEntries} pass, ${L.maxEntries + 1} are refused`, () => {
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i): ZipSpec => ({ name: `xl/media/f${i}.bin`, method: 0 }));
    expect(precheckCode(buildZip([...MINIMAL, ...filler(L.maxEntries - MINIMAL.length)]))).toBe('ok');
    expect(precheckCode(buildZip([...MINIMAL, ...filler(L.maxEntries - MINIMAL.length + 1)]))).toBe('too-many-entries');
  });

  it(`uncompressed total: ${L.maxUncompressedBytes} bytes pass, one more is refused`, () => {
    const others = MINIMAL.reduce((sum, e) => sum + (e.data?.length ?? 0), 0);
    const room = L.maxUncompressedBytes - others;
    const stored = Math.ceil(room / L.maxCompressionRatio) + 1;
    expect(precheckCode(withDeclared(room, stored))).toBe('ok');
    expect(precheckCode(withDeclared(room + 1, stored))).toBe('uncompressed-too-large');
  });

  it(`compression ratio: exactly ${L.maxCompressionRatio}:1 passes, a little more is refused`, () => {
    const declared = L.maxCompressionRatio * 100_000;
    expect(precheckCode(withDeclared(declared, 100_000))).toBe('ok');
    expect(precheckCode(withDeclared(declared, 99_999))).toBe('compression-ratio');
  });

  it(`the ratio is checked only above ${L.ratioCheckMinBytes} bytes`, () => {
    expect(precheckCode(withDeclared(L.ratioCheckMinBytes, 10))).toBe('ok');
    expect(precheckCode(withDeclared(L.ratioCheckMinBytes + 1, 10))).toBe('compression-ratio');
  });

  it(`rows: ${L.maxRowsPerSheet} rows in a sheet are read, one more is refused`, { timeout: 150_000 }, async () => {
    // projectRowsXml(n) writes a header row and n data rows.
    const at = await readWorkbook(buildZip(xlsxEntries(sheetXml(projectRowsXml(L.maxRowsPerSheet - 1)))), PATIENT);
    expect(at.sheets[0]?.rows.length).toBe(L.maxRowsPerSheet);
    expect(await readCode(buildZip(xlsxEntries(sheetXml(projectRowsXml(L.maxRowsPerSheet)))))).toBe('too-many-rows');
  });

  it(`cells: ${L.maxCells} cells are read, one more is refused`, { timeout: 150_000 }, async () => {
    const columns = 20;
    const rowsXml = (rows: number, extraCell: boolean) => {
      const parts: string[] = [];
      for (let r = 1; r <= rows; r++) {
        let row = `<row r="${r}">`;
        for (let c = 0; c < columns; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
        if (extraCell && r === rows) row += `<c r="U${r}"><v>1</v></c>`;
        parts.push(`${row}</row>`);
      }
      return parts.join('');
    };
    const rows = L.maxCells / columns;
    const at = await readWorkbook(buildZip(xlsxEntries(sheetXml(rowsXml(rows, false)))), PATIENT);
    expect(at.sheets[0]?.rows.length).toBe(rows);
    expect(await readCode(buildZip(xlsxEntries(sheetXml(rowsXml(rows, true)))))).toBe('too-many-cells');
  });

  it(`columns: ${L.maxColumns} are read, column ${L.maxColumns + 1} is refused`, async () => {
    const row = (n: number) =>
      `<row r="1">${Array.from({ length: n }, (_, i) => `<c r="${colName(i + 1)}1"><v>${i}</v></c>`).join('')}</row>`;
    const at = await readWorkbook(buildZip(xlsxEntries(sheetXml(row(L.maxColumns)))));
    expect(at.sheets[0]?.rows[0]?.length).toBe(L.maxColumns);
    const error = await readWorkbook(buildZip(xlsxEntries(sheetXml(row(L.maxColumns + 1))))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toBe(
      `工作表「Sheet1」第1行GS列超过 ${L.maxColumns} 列的上限，已拒绝导入`,
    );
  });

  it(`cell length: ${L.maxCellChars} characters are read, one more is refused`, async () => {
    const cell = (n: number) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${'预'.repeat(n)}</t></is></c></row>`;
    const at = await readWorkbook(buildZip(xlsxEntries(sheetXml(cell(L.maxCellChars)))));
    expect(String(at.sheets[0]?.rows[0]?.[0]).length).toBe(L.maxCellChars);
    expect(await readCode(buildZip(xlsxEntries(sheetXml(cell(L.maxCellChars + 1)))))).toBe('cell-too-long');
  });
});

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
