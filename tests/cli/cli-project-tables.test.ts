// The command line on a report with its nine 项目支出绩效自评表: `check` checks the tables and says where a problem is,
// `text`, `pdf` and `docx` print them as 附件3 … 附件11 after 附件2 (the PDF read back with pdftotext, the Word
// document's own paragraphs read from its XML).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { runPdfCommand } from '../../electron/cli/commands/pdf-command';
import { runDocxCommand } from '../../electron/cli/commands/docx-command';
import { PdfWorkerClient } from '../../electron/services/pdf/pdf-worker-client';
import { parseReportFile, serializeReportFile } from '../../shared/format/report-file';
import type { Report } from '../../shared/model/report';
import { flatText, pdfText, testAssets, withoutDraftMark } from '../pdf/pdf-test-kit';
import { docxParts, paragraphTexts, part } from '../docx/docx-kit';

const META = { title: '测试报告', generator: '绩效自评助手 0.1.0', exportedAt: '2025-05-29T08:00:00.000Z' };
const fixture = new URL('../fixtures/reference-2024-projects.selfeval.json', import.meta.url);

function withTables(): Report {
  const parsed = parseReportFile(readFileSync(fixture, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

let dir: string;
const files = { tables: '', broken: '' };

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: (p) => readFileSync(p, 'utf8'),
    today: '2025-06-01',
  });
  return { code, out, err };
}

function commandIo() {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: (p: string) => readFileSync(p, 'utf8'),
    writeFile: (p: string, data: Uint8Array) => writeFileSync(p, data),
  };
  return io;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selfeval-cli-tables-'));
  const tables = withTables();
  tables.signature.date = '2025-05-29'; // the reference's one 强制 problem, corrected
  files.tables = join(dir, 'tables.selfeval.json');
  writeFileSync(files.tables, serializeReportFile(tables, META));
  const broken = withTables();
  broken.signature.date = '2025-05-29';
  broken.projects.items[1]!.table!.indicators[0]!.scoreCenti = 3000; // 分值 25
  broken.projects.items[1]!.table!.funds.fiscal.spentFen = 19_000_000; // 19 万元 of 20 万元
  files.broken = join(dir, 'broken.selfeval.json');
  writeFileSync(files.broken, serializeReportFile(broken, META));
});

describe('selfeval check', () => {
  it('passes a report whose tables have only 提示 findings, naming the table and row of each', () => {
    const { code, out } = run('check', files.tables);
    expect(code).toBe(0);
    expect(out).toContain(
      '[提示] ACTUAL_NOT_NUMERIC 项目（8）“双江派出所“两所一室”改造项目”项目支出绩效自评表 第2行“工程验收合格率”',
    );
    expect(out).toContain('（位置：二（二）项目支出 第8行 项目支出绩效自评表 第2行「实际完成值」）');
  });

  it('fails (exit 1) on a score over its weight and source lines that do not add up to the project row', () => {
    const { code, out } = run('check', '--json', files.broken);
    expect(code).toBe(1);
    const [result] = JSON.parse(out) as { findings: { severity: string; code: string; locations: string[] }[] }[];
    const errors = (result?.findings ?? []).filter((f) => f.severity === 'error').map((f) => [f.code, f.locations[0]]);
    expect(errors).toEqual([
      ['SCORE_OVER_WEIGHT', '二（二）项目支出 第2行 项目支出绩效自评表 第1行「得分」'],
      ['PROJECT_FUNDS_SPLIT', '二（二）项目支出 第2行 项目支出绩效自评表 当年财政拨款「全年执行数」'],
    ]);
  });
});

describe('selfeval text', () => {
  it('prints each table after 附件2, listed in the 附件说明', () => {
    const { code, out } = run('text', files.tables);
    expect(code).toBe(0);
    expect(out).toContain('3. 项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）');
    const at3 = out.indexOf('\n附件3\n2024年度项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）');
    expect(at3).toBeGreaterThan(out.indexOf('\n附件2\n'));
    expect(out).toContain('年度资金总额\t40.00\t40.00\t37.54\t10\t93.85%\t9.39');
    expect(out).toContain('总分\t100\t99.39\t自评等级：优');
    expect(out).toContain('\n附件11\n');
  });
});

describe('selfeval pdf and docx', () => {
  let client: PdfWorkerClient;
  beforeAll(async () => {
    client = new PdfWorkerClient((await testAssets()).workerScript);
  });
  afterAll(async () => {
    await client.close();
  });

  it('pdf prints the tables', async () => {
    const io = commandIo();
    const output = join(dir, 'tables.pdf');
    expect(
      await runPdfCommand([files.tables, '-o', output], io, { assets: await testAssets(), renderer: client }),
    ).toBe(0);
    const flat = flatText(withoutDraftMark(pdfText(new Uint8Array(readFileSync(output)), 'raw')));
    for (const text of [
      '附件3',
      '附件11',
      '2024年度项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）',
      '99.39',
      '自评等级：优',
    ]) {
      expect(flat).toContain(text);
    }
  });

  it('docx holds the tables', async () => {
    const io = commandIo();
    const output = join(dir, 'tables.docx');
    expect(await runDocxCommand([files.tables, '-o', output], io)).toBe(0);
    const paragraphs = paragraphTexts(part(docxParts(new Uint8Array(readFileSync(output))), 'word/document.xml'));
    expect(paragraphs).toContain('附件3');
    expect(paragraphs).toContain('附件11');
    expect(paragraphs.join('\n')).toContain('项目支出绩效自评表（县监管中心监管场所医疗工作及相关经费）');
    for (const cell of ['93.85%', '9.39', '99.39', '自评等级：优']) expect(paragraphs).toContain(cell);
  });
});
