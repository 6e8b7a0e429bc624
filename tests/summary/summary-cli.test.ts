// Issue 17 part 2: `selfeval summary` over the fixtures (tests/fixtures/summary/, 14 report files) with signed and
// unsigned PDFs beside some of them. The workbook is read back with exceljs and every cell of the table, the totals,
// the flagged duplicate, the unreadable files and the chart picture are compared with values written out by hand.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSummaryCommand, type SummaryCommandIo } from '../../electron/cli/commands/summary-command';
import { runCli } from '../../electron/cli/run-cli';
import { SUMMARY_FIXTURES, summaryFixtures } from '../fixtures/summary-fixtures';
import { EXPECTED_ROWS, EXPECTED_TOTALS, EXPECTED_UNREADABLE } from './summary-expected';
import { makeSummaryPdfs } from './summary-pdfs';

const FONT_DIR = path.join(SUMMARY_FIXTURES, '..', '..', '..', 'assets', 'fonts');
const TODAY = '2025-06-30';

function fsIo(): SummaryCommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (p) => readFileSync(p),
    writeFile: (p, data) => writeFileSync(p, data),
    listDir: (p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p) : null),
    exists: existsSync,
    today: TODAY,
    fontDir: FONT_DIR,
    now: new Date('2025-07-01T00:00:00Z'),
  };
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : String(v));

let dir: string;
let io: ReturnType<typeof fsIo>;
let code: number;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-summary-'));
  const reports = path.join(dir, '报送');
  cpSync(SUMMARY_FIXTURES, reports, { recursive: true });
  const pdfs = await makeSummaryPdfs();
  writeFileSync(path.join(reports, '13-通道侗族自治县公安局（修改后）.pdf'), pdfs.approved);
  writeFileSync(path.join(reports, '02-县财政局.pdf'), pdfs.plain);
  writeFileSync(path.join(reports, '03-县教育局.pdf'), '这不是PDF，是改了扩展名的文本文件');
  // Fixture 13's approved PDF beside another department's report.
  writeFileSync(path.join(reports, '05-县农业农村局.pdf'), pdfs.approved);
  io = fsIo();
  code = await runSummaryCommand([reports, '-o', path.join(dir, '汇总.xlsx')], io);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(dir, '汇总.xlsx'));
}, 180_000);

describe('the committed fixtures', () => {
  it('are what tests/fixtures/summary-fixtures.ts makes: 14 report files', () => {
    const made = summaryFixtures();
    expect(Object.keys(made)).toHaveLength(14);
    expect(readdirSync(SUMMARY_FIXTURES).sort()).toEqual(Object.keys(made).sort());
    for (const [name, content] of Object.entries(made)) {
      expect(readFileSync(path.join(SUMMARY_FIXTURES, name), 'utf8'), name).toBe(content);
    }
  });
});

describe('selfeval summary FOLDER -o 汇总.xlsx', () => {
  it('exits 2 (two files cannot be read) and writes the workbook, the SVG and the PNG', () => {
    expect(code).toBe(2);
    expect(io.out.join('')).toContain('已生成');
    for (const f of ['汇总.xlsx', '汇总-图表.svg', '汇总-图表.png'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    expect(io.err.join('')).toContain('11-县人力资源和社会保障局.selfeval.json：无法汇总');
  });

  it('has every cell of the 汇总 sheet as written out by hand; unstated figures are empty cells, never 0', () => {
    const ws = workbook.getWorksheet('汇总');
    if (!ws) throw new Error('no sheet 汇总');
    expect(text(ws.getCell('A1').value)).toBe('2023—2024年度部门整体支出绩效自评汇总表');
    const headings = [3, 4].map((r) => (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1).map(text));
    expect(headings[0]).toEqual([
      '序号',
      '单位',
      '年度',
      '规则包',
      '预算执行（万元）',
      '预算执行（万元）',
      '预算执行（万元）',
      '预算执行（万元）',
      '项目数',
      '“三公”经费',
      '“三公”经费',
      '自评得分',
      '等级',
      '审核问题（项）',
      '审核问题（项）',
      '审核问题（项）',
      '签发PDF核验',
      '重复',
      '文件',
    ]);
    expect(headings[1]?.slice(4, 8)).toEqual(['年初预算', '全年预算', '执行数', '执行率']);
    EXPECTED_ROWS.forEach((e, i) => {
      const row = ws.getRow(5 + i);
      // Rates to four places (the cell holds the exact fraction); an empty cell reads as null.
      const round4 = (v: ExcelJS.CellValue) => (typeof v === 'number' ? Math.round(v * 10_000) / 10_000 : (v ?? null));
      const cells = Array.from({ length: 16 }, (_, c) => round4(row.getCell(c + 1).value));
      expect(cells, e.file).toEqual([
        i + 1,
        e.unit,
        e.year,
        e.pack,
        e.initial,
        e.annual,
        e.spent,
        e.rate,
        e.projects,
        e.threePublic,
        e.threePublicChange,
        e.score,
        e.grade,
        e.errors,
        e.warnings,
        e.open,
      ]);
      expect(text(row.getCell(19).value), e.file).toBe(`${e.file}.selfeval.json`);
      expect(row.getCell(5).numFmt).toBe('#,##0.00');
      expect(row.getCell(8).numFmt).toBe('0.00%');
    });
    expect(ws.getRow(5 + EXPECTED_ROWS.length).getCell(19).value).toBeFalsy();
  });

  it('states each PDF as checked without a database', () => {
    const ws = workbook.getWorksheet('汇总');
    const pdfOf = (file: string) =>
      text(ws?.getRow(5 + EXPECTED_ROWS.findIndex((e) => e.file === file)).getCell(17).value);
    expect(pdfOf('01-通道侗族自治县公安局')).toBe('未提供PDF');
    expect(pdfOf('13-通道侗族自治县公安局（修改后）')).toBe(
      '签发版第1版，与报告文件一致；无数字签名，未改动须凭签发单上的SHA-256确认',
    );
    expect(pdfOf('02-县财政局')).toBe('不是签发版PDF（没有签发标记）');
    expect(pdfOf('03-县教育局')).toContain('这不是PDF文件');
    expect(pdfOf('05-县农业农村局')).toContain('签发的数据与报告文件不一致');
  });

  it('flags the duplicate (same unit and year twice) and leaves the second out of the totals', () => {
    const ws = workbook.getWorksheet('汇总');
    const first = ws?.getRow(5);
    const second = ws?.getRow(5 + EXPECTED_ROWS.length - 1);
    expect(text(first?.getCell(18).value)).toContain('同一单位和年度另有');
    expect(text(second?.getCell(18).value)).toContain('重复，未计入合计');
    expect(text(second?.getCell(18).value)).toContain('01-通道侗族自治县公安局.selfeval.json');
    const fill = second?.getCell(2).fill;
    expect(fill && 'fgColor' in fill ? fill.fgColor?.argb : null).toBe('FFFFF2CC');
    expect(text(ws?.getRow(6).getCell(18).value)).toBeNull();
    expect(io.out.join('')).toContain('重复：通道侗族自治县公安局 2024年度 有 2 份报告');
  });

  it('has a totals row over the stated figures only, and says how many units each total covers', () => {
    const ws = workbook.getWorksheet('汇总');
    if (!ws) throw new Error('no sheet 汇总');
    const totals = ws.getRow(5 + EXPECTED_ROWS.length);
    const counts = ws.getRow(6 + EXPECTED_ROWS.length);
    expect(text(totals.getCell(1).value)).toBe(`合计（${EXPECTED_TOTALS.units}个单位，重复的报告不计）`);
    expect(text(counts.getCell(1).value)).toBe('其中填写了该数的单位数');
    const t = EXPECTED_TOTALS;
    const columns: [number, { value: number; units: number }][] = [
      [5, t.initial],
      [6, t.annual],
      [7, t.spent],
      [8, t.rate],
      [9, t.projects],
      [10, t.threePublic],
      [11, t.threePublicChange],
    ];
    for (const [col, want] of columns) {
      expect(Number(totals.getCell(col).value), `column ${col}`).toBeCloseTo(want.value, 4);
      expect(counts.getCell(col).value, `column ${col}`).toBe(want.units);
    }
    expect(totals.getCell(12).value ?? null).toBeNull();
    expect([14, 15, 16].map((c) => totals.getCell(c).value)).toEqual([t.errors, t.warnings, t.open]);
  });

  it('is print-ready: A4 landscape, fitted to the width, heading rows repeated', () => {
    const ws = workbook.getWorksheet('汇总');
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.fitToPage).toBe(true);
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('lists the files it could not read, with the reason', () => {
    const ws = workbook.getWorksheet('无法读取的文件');
    if (!ws) throw new Error('no sheet 无法读取的文件');
    EXPECTED_UNREADABLE.forEach((e, i) => {
      const row = ws.getRow(2 + i);
      expect(text(row.getCell(2).value)).toBe(path.join(dir, '报送', `${e.file}.selfeval.json`));
      expect(text(row.getCell(3).value)).toContain(e.reason);
    });
    expect(ws.getRow(2 + EXPECTED_UNREADABLE.length).getCell(2).value ?? null).toBeNull();
  });

  it('carries the chart as a PNG picture, the same file as the one written beside the workbook', () => {
    const ws = workbook.getWorksheet('图表');
    const images = ws?.getImages() ?? [];
    expect(images).toHaveLength(1);
    const media = workbook.getImage(Number(images[0]?.imageId));
    expect(media.extension).toBe('png');
    expect(
      Buffer.compare(Buffer.from(media.buffer as ArrayBuffer), readFileSync(path.join(dir, '汇总-图表.png'))),
    ).toBe(0);
  });

  it('counts 强制 and 提示 as `selfeval check` does', () => {
    const files = EXPECTED_ROWS.map((e) => path.join(SUMMARY_FIXTURES, `${e.file}.selfeval.json`));
    let json = '';
    runCli(['check', '--json', ...files], {
      stdout: (s) => void (json += s),
      stderr: () => undefined,
      readFile: (p) => readFileSync(p, 'utf8'),
      today: TODAY,
    });
    const checked = JSON.parse(json) as { errors: number; warnings: number }[];
    expect(checked.map((c) => [c.errors, c.warnings])).toEqual(EXPECTED_ROWS.map((e) => [e.errors, e.warnings]));
  });
});

/** The PNG's chunks (CRCs checked with zlib's own crc32) and its pixels (filter 0 rows). */
function readPng(bytes: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    expect(bytes.readUInt32BE(pos + 8 + length), type).toBe(crc32(bytes.subarray(pos + 4, pos + 8 + length)));
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    pixel: (x, y) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)],
  };
}

describe('the chart', () => {
  it('draws a bar per stated figure and 未填写 for the others (SVG), the same scene as the PNG', () => {
    const svg = readFileSync(path.join(dir, '汇总-图表.svg'), 'utf8');
    expect(svg).toContain('各单位预算执行率与自评得分');
    expect(svg).toContain('>通道侗族自治县财政局</text>');
    expect(svg).toContain('>97.35</text>');
    expect(svg).toContain('>98.5%</text>');
    // 卫生健康局 states no 执行数 and no score; 民政局 states nothing: two 未填写 each.
    expect(svg.match(/>执行率未填写</g)).toHaveLength(2);
    expect(svg.match(/>得分未填写</g)).toHaveLength(2);
    // The duplicate is not drawn twice.
    expect(svg.match(/>通道侗族自治县公安局</g)).toHaveLength(1);
    const png = readPng(readFileSync(path.join(dir, '汇总-图表.png')));
    const size = /width="(\d+)" height="(\d+)"/.exec(svg);
    expect([png.width, png.height]).toEqual([Number(size?.[1]), Number(size?.[2])]);
    // Each bar is drawn in its colour where the SVG puts it.
    for (const m of svg.matchAll(
      /<rect x="(\d+)" y="(\d+)" width="(\d+)" height="14" fill="rgb\((\d+),(\d+),(\d+)\)"/g,
    )) {
      const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (w < 4) continue;
      expect(png.pixel(x + Math.floor(w / 2), y + 7)).toEqual([Number(m[4]), Number(m[5]), Number(m[6])]);
    }
  });
});

describe('selfeval summary: exit codes, --json and --pack', () => {
  const fixture = (name: string) => path.join(SUMMARY_FIXTURES, `${name}.selfeval.json`);

  it('exits 0 without 强制 problems, 1 with some (as check), 2 on usage errors', async () => {
    expect(await runSummaryCommand([fixture('02-县财政局'), fixture('03-县教育局')], fsIo())).toBe(0);
    expect(await runSummaryCommand([fixture('02-县财政局'), fixture('08-县水利局')], fsIo())).toBe(1);
    const none = fsIo();
    expect(await runSummaryCommand([], none)).toBe(2);
    expect(none.err.join('')).toContain('summary 命令需要至少一个报告文件或文件夹');
    const unknown = fsIo();
    expect(await runSummaryCommand(['--csv', fixture('02-县财政局')], unknown)).toBe(2);
    expect(unknown.err.join('')).toContain('未知选项：--csv');
    const badPack = fsIo();
    expect(await runSummaryCommand(['--pack', 'no-such-pack', fixture('02-县财政局')], badPack)).toBe(2);
    expect(badPack.err.join('')).toContain('没有编号为“no-such-pack”的规则包');
  });

  it('--json gives the table; --pack checks every report with the pack given', async () => {
    const io = fsIo();
    const files = [fixture('06-县交通运输局'), fixture('11-县人力资源和社会保障局')];
    expect(await runSummaryCommand(['--json', ...files], io)).toBe(2);
    const table = JSON.parse(io.out.join('')) as {
      rows: { unitName: string; pack: { id: string }; figures: { rateBasis: number | null } }[];
      unreadable: { file: string }[];
    };
    expect(table.rows.map((r) => [r.unitName, r.pack.id, r.figures.rateBasis])).toEqual([
      ['通道侗族自治县交通运输局', 'hunan-2023', 9800],
    ]);
    expect(table.unreadable.map((u) => u.file)).toEqual([files[1]]);

    const packed = fsIo();
    // 11 has no indicators (a 强制 problem under any pack): exit 1, no longer 2.
    expect(await runSummaryCommand(['--json', '--pack', 'national-2020', ...files], packed)).toBe(1);
    const repacked = JSON.parse(packed.out.join('')) as { rows: { pack: { id: string } }[]; unreadable: unknown[] };
    expect(repacked.rows.map((r) => r.pack.id)).toEqual(['national-2020', 'national-2020']);
    expect(repacked.unreadable).toEqual([]);
  });
});
