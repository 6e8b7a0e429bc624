// Cold PDF export against LibreOffice, side by side in one run (issue 17, part 3): the whole `selfeval pdf` process
// for the reference report (Node start, the CLI, the worker thread, fonts, layout, writing the file) against
// `soffice --headless --convert-to pdf` of the same content (the reference's Word export), taking turns so both
// see the same load on the machine. Also the steps of the cold export: Node alone, and the CLI that prints its
// version. Measures and reports; never passes or fails on time. Needs `npm run build` (dist/cli); builds it if absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist', 'cli', 'selfeval.mjs');
const REFERENCE = path.join(ROOT, 'tests', 'fixtures', 'reference-2024.selfeval.json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WORK = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-cold-'));

if (!existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { stdio: 'inherit' });

/**
 * CPU time (user + system) of this process's finished children, in ms, from /proc (Linux); null elsewhere. On a
 * shared machine wall times follow the load; CPU time shows the work each side does.
 */
function childCpuMs() {
  try {
    // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th, in ticks.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    const hz = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
    return Number.isFinite(ticks) ? (ticks * 1000) / hz : null;
  } catch {
    return null;
  }
}

const cpu = { pdf: [], lo: [] };

/** Wall time of one command, in ms (its CPU time added to `cpuList` when given); throws if it fails. */
function time(command, args, cpuList) {
  const cpu0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败：${String(r.stderr).slice(0, 500)}`);
  const cpu1 = childCpuMs();
  if (cpuList && cpu0 !== null && cpu1 !== null) cpuList.push(cpu1 - cpu0);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const show = (values) => `中位数 ${Math.round(median(values))} ms（${values.map((v) => Math.round(v)).join('、')}）`;

const node = (...args) => time(process.execPath, args);
const pdf = () => time(process.execPath, [CLI, 'pdf', REFERENCE, '-o', path.join(WORK, 'reference.pdf')], cpu.pdf);

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const docx = path.join(WORK, 'reference.docx');
const profile = `-env:UserInstallation=file://${path.join(WORK, 'lo-profile')}`;
const libreOffice = () =>
  time(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(WORK, 'lo'), docx], cpu.lo);

const steps = { node: [], version: [], pdf: [], lo: [] };
if (soffice) {
  node(CLI, 'docx', REFERENCE, '-o', docx);
  libreOffice(); // creates LibreOffice's profile: not counted
}
pdf(); // the first run after a build reads the files from disk and writes the worker's code cache: not counted
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
  if (cpu.pdf.length >= ROUNDS && cpu.lo.length >= ROUNDS) {
    // The first runs were not counted: their CPU time is left out too.
    const [pdfCpu, loCpu] = [cpu.pdf.slice(-ROUNDS), cpu.lo.slice(-ROUNDS)];
    console.log(`CPU 时间（用户 + 系统，含所有线程）：selfeval pdf ${show(pdfCpu)}；LibreOffice ${show(loCpu)}`);
    console.log(
      `CPU 时间之比 ${((median(pdfCpu) / median(loCpu)) * 100).toFixed(0)}%（机器繁忙时墙钟时间之比趋近于此）`,
    );
  }
} else {
  console.log('LibreOffice 未安装，跳过对比（apt-get install -y libreoffice-writer-nogui）');
}
rmSync(WORK, { recursive: true, force: true });
