// Cold PDF export against LibreOffice, side by side in one run (issue 17, part 3): the whole `selfeval pdf` process
// for the reference report (Node start, the CLI, the worker thread, fonts, layout, writing the file) against
// `soffice --headless --convert-to pdf` of the same content (the reference's Word export), taking turns so both
// see the same load on the machine. Also the steps of the cold export: Node alone, and the CLI that prints its
// version. Measures and reports; never passes or fails on time. Needs `npm run build` (dist/cli); builds it if absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli', 'selfeval.mjs');
const REFERENCE = path.join(ROOT, 'tests', 'fixtures', 'reference-2024.selfeval.json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WORK = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-cold-'));

if (!existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { stdio: 'inherit' });

/** Wall time of one command, in ms; throws if it fails. */
function time(command, args) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败：${String(r.stderr).slice(0, 500)}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const show = (values) => `中位数 ${Math.round(median(values))} ms（${values.map((v) => Math.round(v)).join('、')}）`;

const node = (...args) => time(process.execPath, args);
const pdf = () => node(CLI, 'pdf', REFERENCE, '-o', path.join(WORK, 'reference.pdf'));

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const docx = path.join(WORK, 'reference.docx');
const profile = `-env:UserInstallation=file://${path.join(WORK, 'lo-profile')}`;
const libreOffice = () =>
  time(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(WORK, 'lo'), docx]);

const steps = { node: [], version: [], pdf: [], lo: [] };
if (soffice) {
  node(CLI, 'docx', REFERENCE, '-o', docx);
  libreOffice(); // creates LibreOffice's profile: not counted
}
pdf(); // the first run after a build reads the files from disk: not counted either
for (let i = 0; i < ROUNDS; i++) {
  steps.node.push(node('-e', ''));
  steps.version.push(node(CLI, '--version'));
  steps.pdf.push(pdf());
  if (soffice) steps.lo.push(libreOffice());
}
console.log(`Node 启动（node -e ""）：${show(steps.node)}`);
console.log(`selfeval --version（Node 启动 + 命令行入口）：${show(steps.version)}`);
console.log(`selfeval pdf 参考报告（整个进程，冷启动）：${show(steps.pdf)}`);
if (soffice) {
  console.log(`LibreOffice 转换同一内容（参考报告的 Word 导出 → PDF，已建立配置）：${show(steps.lo)}`);
  console.log(`冷导出为 LibreOffice 的 ${((median(steps.pdf) / median(steps.lo)) * 100).toFixed(0)}%（目标 ≤ 50%）`);
} else {
  console.log('LibreOffice 未安装，跳过对比（apt-get install -y libreoffice-writer-nogui）');
}
rmSync(WORK, { recursive: true, force: true });
