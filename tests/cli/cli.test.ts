import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { runCli, type CheckFileResult } from '../../electron/cli/run-cli';
import { parseReportFile, serializeReportFile } from '../../shared/format/report-file';
import type { Report } from '../../shared/model/report';
import packageJson from '../../package.json';

const TODAY = '2025-06-01';
const META = { title: '测试报告', generator: '绩效自评助手 0.1.0', exportedAt: '2025-05-29T08:00:00.000Z' };

let dir: string;
const files = { reference: '', clean: '', answered: '', truncated: '', gbk: '', folder: '', missing: '' };

function referenceReport(): Report {
  const parsed = parseReportFile(
    readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`reference fixture does not parse: ${parsed.message}`);
  return parsed.report;
}

/** runCli with the real file system and captured output. */
function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: (p) => readFileSync(p, 'utf8'),
    today: TODAY,
  });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selfeval-cli-'));
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  // The reference as published: its 落款 date (2024-05-29) precedes the end of the year it reports on.
  files.reference = write('通道县公安局2024.selfeval.json', serializeReportFile(referenceReport(), META));
  // The same report with the date corrected: only 提示 findings remain.
  const clean = referenceReport();
  clean.signature.date = '2025-05-29';
  files.clean = write('clean.selfeval.json', serializeReportFile(clean, META));
  files.truncated = write(
    'truncated.selfeval.json',
    readFileSync(new URL('../fixtures/bad/truncated.selfeval.json', import.meta.url)),
  );
  files.gbk = write(
    'gbk.selfeval.json',
    readFileSync(new URL('../fixtures/bad/gbk-encoded.selfeval.json', import.meta.url)),
  );
  files.folder = join(dir, 'a-folder.selfeval.json');
  mkdirSync(files.folder);
  files.missing = join(dir, 'does-not-exist.selfeval.json');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('selfeval usage', () => {
  it('--help prints Chinese usage with the exit codes and exits 0', () => {
    const { code, out, err } = run('--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('用法：');
    expect(out).toContain('selfeval check [--json] [--pack 规则包] 文件...');
    expect(out).toContain('退出码：');
    expect(run('check', '--help').code).toBe(0);
  });

  it('no command, an unknown command or an unknown option exits 2 with the usage on stderr', () => {
    const none = run();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^请指定要执行的命令。\n\nselfeval —— 绩效自评助手命令行工具/);
    const unknown = run('frobnicate', files.clean);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知命令：frobnicate');
    expect(unknown.out).toBe('');
    const option = run('check', '--jsno', files.clean);
    expect(option.code).toBe(2);
    expect(option.err).toContain('未知选项：--jsno');
    expect(run('check').err).toContain('check 命令需要至少一个报告文件');
    expect(run('text', files.clean, files.reference).err).toContain('text 命令需要且只需要一个报告文件');
  });

  it('--version prints the package version', () => {
    const { code, out } = run('--version');
    expect(code).toBe(0);
    expect(out).toBe(`selfeval（绩效自评助手）${packageJson.version}\n`);
  });
});

describe('selfeval check', () => {
  it('exits 0 when a report has only 提示 findings, listing each with its place', () => {
    const { code, out, err } = run('check', files.clean);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^文件 .*clean\.selfeval\.json（规则包：.+ 2024\.1）：强制 0 项，提示 [1-9]\d* 项$/);
    const count = Number(/提示 (\d+) 项/.exec(lines[0] ?? '')?.[1]);
    expect(lines).toHaveLength(count + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\[提示\] [A-Z_]+ \S.*（位置：.+）$/);
    expect(out).toContain('（位置：二（二）项目支出 第4行「执行率偏低原因」');
  });

  it('exits 1 when a report has a 强制 finding', () => {
    const { code, out } = run('check', files.reference);
    expect(code).toBe(1);
    expect(out).toMatch(/：强制 1 项，提示 \d+ 项\n/);
    expect(out).toContain('[强制] SIGN_DATE_BEFORE_YEAR_END 落款日期2024-05-29早于2024年度结束');
    expect(out).toContain('（位置：落款「日期」）');
  });

  it('exits 2 when any file cannot be read or parsed, even if another has 强制 findings', () => {
    const { code, out, err } = run(
      'check',
      files.clean,
      files.reference,
      files.truncated,
      files.missing,
      files.folder,
      files.gbk,
    );
    expect(code).toBe(2);
    expect(err).toContain('truncated.selfeval.json：无法审核 —— 文件内容不完整，可能在复制或保存时被截断：第');
    expect(err).toContain('does-not-exist.selfeval.json：无法审核 —— 文件不存在');
    expect(err).toContain('a-folder.selfeval.json：无法审核 —— 这是一个文件夹，不是文件');
    expect(err).toContain('gbk.selfeval.json：无法审核 —— 文件含有无法识别的字符');
    expect(out).toContain('共 6 个文件：1 个无强制问题，1 个有强制问题，4 个无法读取');
  });

  it('--json prints a machine-readable array with the same verdicts', () => {
    const { code, out, err } = run('check', files.clean, '--json', files.reference, files.missing);
    expect(code).toBe(2);
    expect(err).toBe('');
    const results = JSON.parse(out) as CheckFileResult[];
    expect(results.map((r) => r.file)).toEqual([files.clean, files.reference, files.missing]);
    const [clean, reference, missing] = results;
    expect(clean).toMatchObject({ ok: true, errors: 0 });
    expect(reference).toMatchObject({ ok: false, errors: 1 });
    expect(missing).toEqual({ file: files.missing, error: '文件不存在', details: [] });
    if (!reference || 'error' in reference) throw new Error('expected findings');
    expect(reference.warnings).toBe(reference.findings.length - 1);
    for (const f of reference.findings) {
      expect(Object.keys(f).sort()).toEqual(['answered', 'code', 'key', 'locations', 'message', 'paths', 'severity']);
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.locations).toHaveLength(f.paths.length);
    }
    expect(reference.findings.find((f) => f.code === 'SIGN_DATE_BEFORE_YEAR_END')).toMatchObject({
      severity: 'error',
      paths: [['signature', 'date']],
      locations: ['落款「日期」'],
    });
    expect(run('check', '--json', files.reference).code).toBe(1);
    expect(run('check', '--json', files.clean).code).toBe(0);
  });

  it('marks a 提示 finding that the clerk has already explained', () => {
    const first = JSON.parse(run('check', '--json', files.clean).out) as CheckFileResult[];
    const result = first[0];
    if (!result || 'error' in result) throw new Error('expected findings');
    const warning = result.findings.find((f) => f.severity === 'warning');
    if (!warning) throw new Error('expected a warning in the reference');
    expect(warning.answered).toBe(false);

    const report = referenceReport();
    report.signature.date = '2025-05-29';
    report.responses.push({ key: warning.key, explanation: '年底集中结算，次年初支付', acknowledged: false });
    files.answered = join(dir, 'answered.selfeval.json');
    writeFileSync(files.answered, serializeReportFile(report, META));

    const { code, out } = run('check', files.answered);
    expect(code).toBe(0);
    const line = out.split('\n').find((l) => l.includes(warning.message));
    expect(line).toMatch(/（已说明）$/);
    expect(out.match(/（已说明）/g)).toHaveLength(1);
  });
});

describe('selfeval text', () => {
  it('prints the assembled report with its Chinese headings', () => {
    const { code, out, err } = run('text', files.reference);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe('通道侗族自治县公安局部门整体支出绩效自评报告');
    for (const heading of [
      '一、部门、单位基本情况',
      '二、部门整体支出管理及使用情况',
      '六、部门整体支出绩效情况',
      '九、其他需要说明的情况',
    ]) {
      expect(out).toContain(heading);
    }
    expect(out).toContain('全年预算收入6304.13万元');
    expect(out).toContain('附件1');
  });

  it('exits 2 with the reason when the file is bad', () => {
    const { code, out, err } = run('text', files.truncated);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('文件内容不完整');
  });
});

describe('the bundled selfeval command', () => {
  let bundle: string;

  beforeAll(async () => {
    // Bundled the way scripts/build-node.mjs does, so the entry point's wiring (argv, exit code, stdout) is tested.
    // Inside the repository, so the externals (exceljs, pdfmake) resolve from its node_modules as in dist/.
    const cache = new URL('../../node_modules/.cache/', import.meta.url).pathname;
    mkdirSync(cache, { recursive: true });
    bundle = join(mkdtempSync(join(cache, 'selfeval-cli-')), 'selfeval.mjs');
    await build({
      entryPoints: [new URL('../../electron/cli/selfeval.ts', import.meta.url).pathname],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      external: ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'pdfmake/*'],
      banner: { js: "import { createRequire as __r } from 'node:module';\nconst require = __r(import.meta.url);" },
    });
  });

  it('runs under node with the documented exit codes', () => {
    expect(spawnSync(process.execPath, [bundle, 'check', files.clean]).status).toBe(0);
    expect(spawnSync(process.execPath, [bundle, 'check', files.reference]).status).toBe(1);
    const bad = spawnSync(process.execPath, [bundle, 'check', files.reference, files.missing], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('文件不存在');
    const text = execFileSync(process.execPath, [bundle, 'text', files.clean], { encoding: 'utf8' });
    expect(text).toContain('一、部门、单位基本情况');
  });

  it('refuses a 25 MB file with a Chinese message', () => {
    const huge = join(dir, 'huge.selfeval.json');
    writeFileSync(huge, '{"format":"selfeval-report","pad":"' + 'x'.repeat(25_000_000) + '"}');
    const result = spawnSync(process.execPath, [bundle, 'check', '--json', huge], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    const [entry] = JSON.parse(result.stdout) as { error: string }[];
    expect(entry?.error).toMatch(/^文件过大（约25\.0 MB）/);
  });
});
