/** The central-directory reader: what it lists, ZIP64 sizes, and that malformed input only ever gives a ZipError. */
import { describe, expect, it } from 'vitest';
import { readZipDirectory, ZipError } from '../../electron/services/excel/zip-directory';
import { fixtureBytes } from './excel-test-helpers';
import { buildZip } from './zip-builder';

describe('readZipDirectory', () => {
  it("lists the entries of a workbook saved by exceljs, with where each one's data starts", () => {
    const bytes = fixtureBytes('01-hunan-base-data-2023.xlsx');
    const entries = readZipDirectory(bytes, 1000);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
      ]),
    );
    for (const e of entries) {
      expect(e.dataOffset + e.compressedSize).toBeLessThanOrEqual(bytes.length);
      expect([0, 8]).toContain(e.method);
    }
  });

  it('reads sizes from a ZIP64 extra field', () => {
    const data = Buffer.from('<x/>'.repeat(100));
    const [entry] = readZipDirectory(buildZip([{ name: 'a.xml', data, zip64Sizes: true }]), 10);
    expect(entry?.uncompressedSize).toBe(data.length);
    expect(entry?.compressedSize).toBeGreaterThan(0);
  });

  it('stops at the declared count before reading the entries', () => {
    const bytes = buildZip([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(() => readZipDirectory(bytes, 2)).toThrow(ZipError);
    expect(readZipDirectory(bytes, 3)).toHaveLength(3);
  });

  it('refuses a directory that points past the end of the file', () => {
    const bytes = buildZip([{ name: 'a.xml', data: Buffer.from('x') }]);
    bytes.writeUInt32LE(bytes.length + 10, bytes.length - 6);
    expect(() => readZipDirectory(bytes, 10)).toThrow(/超出文件末尾/);
  });

  it('any damage gives a ZipError or a readable directory, never another exception', () => {
    const original = fixtureBytes('03-hunan-self-eval-2023.xlsx');
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const bytes = Buffer.from(original);
      // Damage the tail, where the directory lives, a few bytes at a time.
      for (let k = 0; k < 1 + random(4); k++) bytes[bytes.length - 1 - random(1200)] = random(256);
      const cut = random(10) === 0 ? bytes.subarray(0, bytes.length - random(200)) : bytes;
      try {
        for (const e of readZipDirectory(cut, 1000))
          expect(e.dataOffset + e.compressedSize).toBeLessThanOrEqual(cut.length);
      } catch (error) {
        expect(error).toBeInstanceOf(ZipError);
      }
    }
  });
});
