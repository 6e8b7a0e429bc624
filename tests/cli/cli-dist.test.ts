// The built command line (dist/cli, as npm run build makes it: split into chunks, each command loaded when it runs):
// `selfeval pdf` spawns its worker first and writes the reference's PDF; `selfeval summary` finds fontkit and the
// fonts from dist/ and writes the workbook and the chart; the entry file itself loads none of the heavy packages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_FIXTURES } from '../fixtures/summary-fixtures';
import { flatText, pdfInfo, pdfText } from '../pdf/pdf-test-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'selfeval.mjs');
const REFERENCE = path.join(ROOT, 'tests', 'fixtures', 'reference-2024.selfeval.json');
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI)) {
    throw new Error('找不到 dist/cli/selfeval.mjs：请先运行 npm run build（npm test 会自动构建）');
  }
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-cli-dist-'));
});

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('dist/cli/selfeval.mjs', () => {
  it('loads no heavy package in its entry file: each command brings its own', () => {
    const entry = readFileSync(CLI, 'utf8');
    for (const heavy of ['exceljs', 'better-sqlite3', 'pdfmake', 'fontkit', 'node-forge', 'zod']) {
      expect(entry, heavy).not.toContain(heavy);
    }
    expect(entry).toContain('import("./chunks/pdf-worker-early');
  });

  it('writes the reference report as a PDF', () => {
    const out = path.join(dir, 'reference.pdf');
    const r = run('pdf', REFERENCE, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('（15页）');
    const bytes = readFileSync(out);
    expect(pdfInfo(bytes).Pages).toBe('15');
    const text = flatText(pdfText(bytes));
    for (const figure of ['5521.28', '6304.13', '6304.03', '96.9']) expect(text).toContain(figure);
  });

  it('says what is wrong with a bad pdf command, and exits 2', () => {
    const r = run('pdf', path.join(dir, 'missing.selfeval.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('无法读取（文件不存在）');
  });

  it('writes the 汇总 workbook and the chart beside it', () => {
    const out = path.join(dir, '汇总.xlsx');
    const r = run('summary', SUMMARY_FIXTURES, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('合计（11 个单位，重复的报告不计）');
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(path.join(dir, '汇总-图表.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readFileSync(path.join(dir, '汇总-图表.svg'), 'utf8')).toContain('各单位预算执行率与自评得分');
  });
});
