// selfeval packs / new / check --pack: rule packs from the command line, and a bureau's own pack file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CheckFileResult } from '../../electron/cli/run-cli';
import { parseReportFile, serializeReportFile } from '../../shared/format/report-file';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';

let dir: string;
const META = { title: '测试报告', generator: '绩效自评助手 0.1.0', exportedAt: '2025-05-29T08:00:00.000Z' };

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, data) => writeFileSync(p, data),
    today: '2026-11-26',
    now: '2026-12-01T00:00:00.000Z',
  });
  return { code, out, err };
}

function referenceText(change: (r: Record<string, unknown>) => void = () => {}): string {
  const parsed = parseReportFile(
    readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  const report = structuredClone(parsed.report) as unknown as Record<string, unknown>;
  change(report);
  return serializeReportFile(report as never, META);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selfeval-packs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('selfeval packs', () => {
  it('lists the built-in packs with their sources', () => {
    const { code, out } = run('packs');
    expect(code).toBe(0);
    for (const id of ['hunan-default', 'hunan-2023', 'national-2020']) expect(out).toContain(id);
    expect(out).toContain('财预〔2020〕10号');
    expect(out).toContain('不设执行率封顶');
  });

  it('validates a bureau’s pack file and names what is wrong in one', () => {
    const good = join(dir, 'county.json');
    writeFileSync(
      good,
      JSON.stringify({ ...HUNAN_DEFAULT, id: 'xx-county-2025', name: '某县财政局2025年规则', issuer: '某县财政局' }),
    );
    const ok = run('packs', good);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('xx-county-2025  某县财政局2025年规则（版本 2024.1，某县财政局）');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...HUNAN_DEFAULT, id: 'Bad Id', lowRateLine: -5 }));
    const refused = run('packs', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('id 只能由小写字母、数字和连字符组成');
    expect(refused.err).toContain('lowRateLine');
  });
});

describe('selfeval new', () => {
  it('writes a blank report file whose figures are all not stated', () => {
    const out = join(dir, 'new.selfeval.json');
    const { code } = run('new', '--unit', '某某乡人民政府', '--year', '2025', '--pack', 'national-2020', '-o', out);
    expect(code).toBe(0);
    const parsed = parseReportFile(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.unitName).toBe('某某乡人民政府');
    expect(parsed.report.rulePackId).toBe('national-2020');
    expect(parsed.report.budget.annualFen).toBeNull();
    expect(parsed.report.staffing.retired).toBeNull();
    const text = run('text', out);
    expect(text.out).not.toMatch(/\d万元/);
  });

  it('refuses a missing unit, a bad year or an unknown pack, in Chinese', () => {
    expect(run('new', '--year', '2025', '-o', join(dir, 'x.json')).err).toContain('--unit');
    expect(run('new', '--unit', '某单位', '--year', '25', '-o', join(dir, 'x.json')).err).toContain('四位数字');
    const unknown = run('new', '--unit', '某单位', '--year', '2025', '--pack', 'mars-2030', '-o', join(dir, 'x.json'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有编号为“mars-2030”的规则包');
  });
});

describe('selfeval check --pack', () => {
  it('checks against another pack than the report’s own, and says which', () => {
    const file = join(dir, 'low-rate.selfeval.json');
    writeFileSync(
      file,
      referenceText((r) => {
        (r.budget as { spentFen: number }).spentFen = 4_500_000_000;
      }),
    );
    const hunan = JSON.parse(run('check', '--json', file).out) as CheckFileResult[];
    const national = JSON.parse(run('check', '--json', '--pack', 'national-2020', file).out) as CheckFileResult[];
    const codes = (r: CheckFileResult[]) => ('findings' in r[0]! ? r[0].findings.map((f) => f.code) : []);
    expect('pack' in hunan[0]! && hunan[0].pack.id).toBe('hunan-default');
    expect(codes(hunan)).toContain('SCORE_CAP_BY_RATE');
    expect('pack' in national[0]! && national[0].pack.id).toBe('national-2020');
    expect(codes(national)).not.toContain('SCORE_CAP_BY_RATE');
    expect(run('check', file).out).toContain('规则包：湖南省县级部门整体支出绩效自评（现行提纲） 2024.1');
  });

  it('an unknown pack in the report is an error that names it, never a silent fallback', () => {
    const file = join(dir, 'unknown-pack.selfeval.json');
    writeFileSync(
      file,
      referenceText((r) => (r.rulePackId = 'guangxi-2031')),
    );
    const { code, err } = run('check', file);
    expect(code).toBe(2);
    expect(err).toContain('报告使用的规则包“guangxi-2031”在本程序中不存在');
    expect(run('text', file).code).toBe(2);
    // With --pack the file can still be checked, and its text written, by the pack given.
    expect(run('check', '--pack', 'hunan-default', file).code).toBe(1);
    const text = run('text', '--pack', 'national-2020', file);
    expect(text.code).toBe(0);
    expect(text.out).toContain('附件：');
  });
});

describe('selfeval pdf / docx --pack', () => {
  it('export a report whose pack this program lacks only under a pack given, and say why otherwise', async () => {
    const { runPdfCommand } = await import('../../electron/cli/commands/pdf-command');
    const { runDocxCommand } = await import('../../electron/cli/commands/docx-command');
    const { IN_PROCESS_ASSETS, inProcessRenderer, pdfText } = await import('../pdf/pdf-test-kit');
    const file = join(dir, 'county-pack-report.selfeval.json');
    writeFileSync(
      file,
      referenceText((r) => (r.rulePackId = 'xx-county-2025')),
    );
    const packFile = join(dir, 'xx-county-2025.json');
    writeFileSync(
      packFile,
      JSON.stringify({
        ...HUNAN_DEFAULT,
        id: 'xx-county-2025',
        name: '某县规则',
        issuer: '某县财政局',
        outline: [{ key: 'performance', title: '自评得分及绩效情况' }, ...HUNAN_DEFAULT.outline.slice(0, 5)],
      }),
    );
    let err = '';
    const written = new Map<string, Uint8Array>();
    const io = {
      stdout: () => {},
      stderr: (s: string) => (err += s),
      readFile: (p: string) => readFileSync(p, 'utf8'),
      writeFile: (p: string, data: Uint8Array) => void written.set(p, data),
    };
    const deps = { renderer: inProcessRenderer, assets: IN_PROCESS_ASSETS };
    expect(await runPdfCommand([file, '-o', join(dir, 'x.pdf')], io, deps)).toBe(2);
    expect(err).toContain('报告使用的规则包“xx-county-2025”在本程序中不存在');
    expect(await runPdfCommand([file, '--pack', packFile, '-o', join(dir, 'x.pdf')], io, deps)).toBe(0);
    const text = pdfText(written.get(join(dir, 'x.pdf'))!);
    // The pack's outline: the score section is 一.
    expect(text.replace(/\s+/g, '')).toContain('一、自评得分及绩效情况');
    expect(await runDocxCommand([file, '--pack', 'hunan-default', '-o', join(dir, 'x.docx')], io)).toBe(0);
    expect(written.get(join(dir, 'x.docx'))?.length).toBeGreaterThan(1000);
  }, 60_000);
});
