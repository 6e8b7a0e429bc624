/**
 * The ways in to the Word export: the `export.docx` API call (through dispatch, on a real SQLite file, in the
 * unit's house layout) and the `selfeval docx` command, both as a module and bundled the way
 * scripts/build-node.mjs bundles it (ESM, docx external and imported on first use), run by plain Node; and the
 * desktop app's save dialog for the bytes it returns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReport } from '../../electron/db/report-store';
import { createElectronPlatform } from '../../electron/main/platform';
import { runDocxCommand } from '../../electron/cli/commands/docx-command';
import { docxApi } from '../../shared/api/docx-api';
import { serializeReportFile } from '../../shared/format/report-file';
import { GBT9704_HOUSE_LAYOUT } from '../../shared/pdf/house-layout';
import { openHandlers, type HandlerHarness } from '../api/handlers-harness';
import { ROOT, referenceReport } from '../pdf/pdf-test-kit';
import { attr, docxParts, paragraphTexts, part, sections } from './docx-kit';

let h: HandlerHarness;
let id: string;
let dir: string;
let reportFile: string;

beforeAll(async () => {
  h = await openHandlers();
  id = createReport(h.holder.handle, { title: 'Word测试', report: referenceReport(), summary: '新建' }).id;
  dir = mkdtempSync(path.join(tmpdir(), 'selfeval-docx-cli-'));
  reportFile = path.join(dir, '通道县公安局2024.selfeval.json');
  writeFileSync(
    reportFile,
    serializeReportFile(referenceReport(), {
      title: '测试',
      generator: '绩效自评助手 0.1.0',
      exportedAt: '2025-05-29T08:00:00.000Z',
    }),
  );
});

afterAll(() => {
  h.close();
  rmSync(dir, { recursive: true, force: true });
});

const documentXml = (bytes: Uint8Array) => part(docxParts(bytes), 'word/document.xml');

describe('export.docx', () => {
  it('returns the report as .docx bytes (base64) under its name, in the unit’s house layout', async () => {
    const house = { ...GBT9704_HOUSE_LAYOUT, marginsMm: { top: 35, bottom: 33, left: 27, right: 27 } };
    await h.call('settings.setPdfLayout', { layout: house });
    const result = docxApi['export.docx'].output.parse(await h.call('export.docx', { id }));
    expect(result.fileName).toBe('2024年度通道侗族自治县公安局部门整体支出绩效自评报告.docx');
    const xml = documentXml(Buffer.from(result.base64, 'base64'));
    expect(paragraphTexts(xml).join('')).toContain('6304.03');
    const [body] = sections(xml);
    // 35 mm and 27 mm in twips: the house layout, not the standard's 37 and 28.
    expect(attr(body ?? '', 'w:pgMar', 'w:top')).toBe(1984);
    expect(attr(body ?? '', 'w:pgMar', 'w:left')).toBe(1531);
    await h.call('settings.setPdfLayout', { layout: GBT9704_HOUSE_LAYOUT });
  });

  it('refuses an unknown report with a value naming the problem', async () => {
    const r = await h.attempt('export.docx', { id: 'no-such-report' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/报告/);
    const bad = await h.attempt('export.docx', { id: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid-input');
  });
});

describe('selfeval docx', () => {
  function run(...args: string[]) {
    let out = '';
    let err = '';
    const written = new Map<string, Uint8Array>();
    const io = {
      stdout: (s: string) => void (out += s),
      stderr: (s: string) => void (err += s),
      readFile: (p: string) => readFileSync(p, 'utf8'),
      writeFile: (p: string, data: Uint8Array) => {
        writeFileSync(p, data);
        written.set(p, data);
      },
    };
    return runDocxCommand(args, io).then((code) => ({ code, out, err, written }));
  }

  it('writes the .docx next to the report file by default, or to -o', async () => {
    const byDefault = await run('docx', reportFile);
    expect(byDefault.code).toBe(0);
    const expected = path.join(dir, '通道县公安局2024.docx');
    expect(byDefault.out).toBe(`已生成 ${expected}\n`);
    expect(paragraphTexts(documentXml(readFileSync(expected))).join('')).toContain('综合认定评价等级应为“优”');
    const named = path.join(dir, '给财政局.docx');
    expect((await run('docx', reportFile, '-o', named)).code).toBe(0);
    expect(existsSync(named)).toBe(true);
  });

  it('exits 2 with a Chinese reason for usage errors and unreadable or invalid files', async () => {
    const missing = await run('docx', path.join(dir, 'none.selfeval.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('文件不存在');
    const notReport = path.join(dir, 'not-a-report.json');
    writeFileSync(notReport, '{"hello": 1}');
    const invalid = await run('docx', notReport);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('不是绩效自评助手导出的报告文件');
    expect((await run('docx')).err).toContain('缺少报告文件');
    expect((await run('docx', reportFile, '--fonts', 'system')).code).toBe(2);
    const unwritable = await run('docx', reportFile, '-o', path.join(dir, 'no-folder', 'x.docx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain('无法写入（文件不存在）');
    expect(unwritable.written.size).toBe(0);
    expect((await run('docx', '--help')).out).toContain('用法：selfeval docx');
  });

  it('runs bundled as scripts/build-node.mjs bundles it: ESM, docx left external and imported on first use', async () => {
    // Inside the repository, so the externals resolve from its node_modules as they do from dist/.
    const cache = path.join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const bundle = path.join(mkdtempSync(path.join(cache, 'selfeval-docx-cli-')), 'selfeval.mjs');
    await build({
      entryPoints: [path.join(ROOT, 'electron', 'cli', 'selfeval.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      external: ['electron', 'better-sqlite3', 'exceljs', 'pdfmake', 'pdfmake/*', 'docx'],
      banner: { js: "import { createRequire as __r } from 'node:module';\nconst require = __r(import.meta.url);" },
    });
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('import("docx")');
    expect(code).not.toContain('class Packer');
    const out = path.join(dir, 'bundled.docx');
    const result = spawnSync(process.execPath, [bundle, 'docx', reportFile, '-o', out], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(paragraphTexts(documentXml(readFileSync(out))).join('')).toContain('5521.28');
  });
});

describe('the desktop save dialog for a Word document', () => {
  it('offers a .docx name and filter, writes the bytes, and never opens the file itself', async () => {
    const target = path.join(dir, '自评报告.docx');
    const dialogs: { defaultPath?: string; filters?: { extensions: string[] }[] }[] = [];
    const opened: string[] = [];
    const platform = createElectronPlatform({
      dialog: {
        showOpenDialog: () => Promise.reject(new Error('not used')),
        showSaveDialog: (...args: unknown[]) => {
          dialogs.push(args.at(-1) as (typeof dialogs)[number]);
          return Promise.resolve({ canceled: false, filePath: target });
        },
      } as never,
      shell: { openPath: (p: string) => (opened.push(p), Promise.resolve('')) },
      window: () => null,
      defaultDir: () => dir,
    });
    const data = Buffer.from('PK docx').toString('base64');
    const result = await platform.saveFile({ kind: 'word', suggestedName: '../自评报告', data, openAfterSave: true });
    expect(result).toEqual({ ok: true, value: { fileName: '自评报告.docx', opened: false } });
    expect(readFileSync(target, 'utf8')).toBe('PK docx');
    expect(dialogs[0]?.defaultPath).toBe(path.join(dir, '自评报告.docx'));
    expect(dialogs[0]?.filters?.[0]?.extensions).toEqual(['docx']);
    expect(opened).toEqual([]);
  });
});
