/**
 * `selfeval summary 文件或文件夹... [-o 汇总.xlsx] [--json] [--pack 规则包]`: the finance bureau's 汇总 of many
 * departments' report files. A folder stands for every *.selfeval.json in it; a PDF with the report's base name
 * beside it (X.selfeval.json → X.pdf) is checked as its signed PDF. With -o the workbook is written, and the chart
 * beside it as SVG and PNG (汇总-图表.svg, 汇总-图表.png).
 * Exit codes as `check`: 0 no 强制 problem, 1 some report has 强制 problems, 2 usage error or an unreadable file.
 */
import path from 'node:path';
import type { RulePack } from '../../../shared/checks/rule-pack';
import { formatWanyuan } from '../../../shared/calc/money';
import { formatPercent } from '../../../shared/calc/percent';
import { formatScore } from '../../../shared/calc/score';
import type { FileSummary } from '../../../shared/summary/summary-schema';
import { buildSummaryTable, type SummaryTable, type TableRow } from '../../../shared/summary/summary-table';
import { REPORT_FILE_EXTENSION } from '../../../shared/format/report-file';
import { defaultPdfAssets } from '../../services/pdf/pdf-assets';
import { exportSummary } from '../../services/summary/summary-export';
import { summarizeFile } from '../../services/summary/summarize-file';
import { duplicateText } from '../../services/summary/summary-workbook';
import { loadPack } from '../pack-option';
import { fileError } from '../file-error';

export interface SummaryCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Buffer;
  writeFile(p: string, data: string | Uint8Array): void;
  /** Names in a folder, or null when the path is not a folder. */
  listDir(p: string): string[] | null;
  exists(p: string): boolean;
  today: string;
  fontDir?: string;
  now?: Date;
}

export const SUMMARY_USAGE = `用法：selfeval summary 报告文件或文件夹... [-o 汇总.xlsx] [--json] [--pack 规则包]

把多个单位的报告文件汇总为一张表（单位、年度、预算执行、项目数、“三公”、得分、等级、审核问题、签发PDF核验）。
  文件夹              其中所有 ${REPORT_FILE_EXTENSION} 文件（不含子文件夹）
  签发PDF             与报告文件同名的 .pdf（如 公安局2024.selfeval.json 旁的 公安局2024.pdf），不用数据库核验
  -o 汇总.xlsx        写出可打印的汇总工作簿（含无法读取的文件和图表），图表另存为同名的 -图表.svg 和 -图表.png
  --json              以 JSON 输出汇总结果
  --pack 规则包       按指定的规则包（内置编号或规则包文件）审核全部报告，代替报告自己的规则包

退出码：0 没有强制问题；1 有报告存在强制问题；2 用法错误或有文件无法读取（优先于 1）
`;

interface Args {
  inputs: string[];
  output: string | null;
  json: boolean;
  pack: string | null;
}

function parseArgs(args: readonly string[]): Args | string {
  const parsed: Args = { inputs: [], output: null, json: false, pack: null };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '-o' || arg === '--output' || arg === '--pack')) {
      const value = args[++i];
      if (!value) return `${arg} 后面需要${arg === '--pack' ? '规则包' : '输出文件名'}`;
      if (arg === '--pack') parsed.pack = value;
      else parsed.output = value;
    } else if (!optionsEnded && arg === '--json') parsed.json = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return `未知选项：${arg}`;
    else parsed.inputs.push(arg);
  }
  if (parsed.inputs.length === 0) return 'summary 命令需要至少一个报告文件或文件夹';
  if (parsed.output && !/\.xlsx$/i.test(parsed.output)) return '-o 输出文件的扩展名应为 .xlsx';
  return parsed;
}

/** Folders become their report files (sorted by name); files stay as given. */
function expandInputs(inputs: readonly string[], io: SummaryCommandIo): string[] {
  return inputs.flatMap((input) => {
    const names = io.listDir(input);
    if (names === null) return [input];
    return names
      .filter((n) => n.toLowerCase().endsWith(REPORT_FILE_EXTENSION))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .map((n) => path.join(input, n));
  });
}

export function pdfBeside(file: string): string {
  const base = file.toLowerCase().endsWith(REPORT_FILE_EXTENSION)
    ? file.slice(0, -REPORT_FILE_EXTENSION.length)
    : file.replace(/\.json$/i, '');
  return `${base}.pdf`;
}

function readOne(file: string, io: SummaryCommandIo, pack: RulePack | null): FileSummary {
  let text: string;
  try {
    text = io.readFile(file).toString('utf8');
  } catch (error) {
    return { kind: 'unreadable', unreadable: { file, reason: `无法读取（${fileError(error)}）`, details: [] } };
  }
  const pdfPath = pdfBeside(file);
  let pdf: { name: string; bytes: Uint8Array } | undefined;
  if (pdfPath !== file && io.exists(pdfPath)) {
    try {
      pdf = { name: pdfPath, bytes: io.readFile(pdfPath) };
    } catch (error) {
      return {
        kind: 'unreadable',
        unreadable: { file, reason: `报告旁的PDF ${pdfPath} 无法读取（${fileError(error)}）`, details: [] },
      };
    }
  }
  return summarizeFile({ name: file, text, ...(pdf ? { pdf } : {}) }, { today: io.today, pack });
}

const wan = (fen: number | null) => (fen === null ? '未填写' : formatWanyuan(fen));
const pct = (basis: number | null) => (basis === null ? '未填写' : formatPercent(basis));

function rowLine(r: TableRow, i: number): string {
  const f = r.figures;
  const dup = duplicateText(r);
  return [
    `${i + 1}. ${r.unitName} ${r.year}年度（${r.file}；规则包 ${r.pack.name} ${r.pack.version}）`,
    `   年初预算 ${wan(f.initialFen)}，全年预算 ${wan(f.annualFen)}，执行数 ${wan(f.spentFen)}（万元），执行率 ${pct(f.rateBasis)}；` +
      `项目数 ${f.projectCount ?? '未填写'}；“三公”本年 ${wan(f.threePublicFen)} 万元，比上年 ${pct(f.threePublicChangeBasis)}`,
    `   自评得分 ${f.scoreCenti === null ? '未填写' : formatScore(f.scoreCenti)}，等级 ${f.grade ?? '未填写'}；` +
      `强制 ${r.errors} 项，提示 ${r.warnings} 项（未说明 ${r.openWarnings} 项）；签发PDF：${r.pdf.text}`,
    ...(dup ? [`   【重复】${dup}`] : []),
  ].join('\n');
}

function printTable(table: SummaryTable, io: SummaryCommandIo): void {
  table.rows.forEach((r, i) => io.stdout(`${rowLine(r, i)}\n`));
  const t = table.totals;
  io.stdout(
    `\n合计（${t.units} 个单位${table.rows.length > t.units ? '，重复的报告不计' : ''}）：` +
      `全年预算 ${wan(t.annualFen.value)} 万元（${t.annualFen.units} 个单位填写），` +
      `执行数 ${wan(t.spentFen.value)} 万元（${t.spentFen.units} 个单位填写），执行率 ${pct(t.rateBasis.value)}；` +
      `强制 ${t.errors} 项，提示 ${t.warnings} 项\n`,
  );
  for (const d of table.duplicates) {
    io.stdout(`重复：${d.unitName} ${d.year}年度 有 ${d.files.length} 份报告：${d.files.join('、')}\n`);
  }
  for (const u of table.unreadable) {
    io.stderr(`文件 ${u.file}：无法汇总 —— ${u.reason}\n`);
    for (const d of u.details) io.stderr(`  · ${d}\n`);
  }
}

function exitCode(table: SummaryTable): number {
  if (table.unreadable.length > 0) return 2;
  return table.rows.some((r) => r.errors > 0) ? 1 : 0;
}

export async function runSummaryCommand(args: string[], io: SummaryCommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(SUMMARY_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${SUMMARY_USAGE}`);
    return 2;
  }
  let pack: RulePack | null = null;
  if (parsed.pack) {
    const loaded = loadPack(parsed.pack, (p) => io.readFile(p).toString('utf8'));
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return 2;
    }
    pack = loaded.pack;
  }
  const files = expandInputs(parsed.inputs, io);
  if (files.length === 0) {
    io.stderr(`给出的文件夹中没有 ${REPORT_FILE_EXTENSION} 文件\n`);
    return 2;
  }
  const table = buildSummaryTable(files.map((file) => readOne(file, io, pack)));
  if (parsed.json) io.stdout(`${JSON.stringify(table, null, 2)}\n`);
  else printTable(table, io);
  if (parsed.output) {
    const fontDir = io.fontDir ?? defaultPdfAssets().fontDir;
    const result = await exportSummary(table, { fontDir, ...(io.now ? { now: io.now } : {}) });
    const base = parsed.output.replace(/\.xlsx$/i, '');
    const written: string[] = [];
    for (const [file, data] of [
      [parsed.output, result.xlsx],
      [`${base}-图表.svg`, result.svg],
      [`${base}-图表.png`, result.png],
    ] as const) {
      try {
        io.writeFile(file, data);
        written.push(file);
      } catch (error) {
        io.stderr(`${file}：无法写入（${fileError(error)}）\n`);
        return 2;
      }
    }
    (parsed.json ? io.stderr : io.stdout)(`已生成 ${written.join('、')}\n`);
  }
  return exitCode(table);
}
