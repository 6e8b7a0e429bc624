/**
 * `selfeval import-projects WORKBOOK.xlsx --into REPORT.json [--assign 工作表!行=项目序号] [--skip 工作表!行] [--apply]
 * [-o OUT.json]`: shows which 项目支出绩效自评表 of the workbook go to which project, the differences with the project
 * list and every problem; writes only with --apply and when nothing blocks.
 * `selfeval export-projects REPORT.json -o OUT.xlsx [--template [--single]]`: the project tables, one sheet each, or
 * blank templates. Exit codes as the other Excel commands: 0 done, 1 the workbook has errors, 2 usage or bad file.
 */
import { formatProblem } from '../../../shared/import/problems';
import type { ProjectTablesResult } from '../../../shared/import/project-tables/preview-project-tables';
import { previewProjectTablesFile } from '../../services/excel/project-tables-service';
import { writeProjectTablesWorkbook, writeProjectTemplateWorkbook } from '../../services/excel/write-workbook';
import {
  finishImport,
  loadReport,
  parseArgs,
  previewOrExit,
  readImportInputs,
  writeOutput,
  type ExcelCliIo,
} from './excel-commands';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

export const IMPORT_PROJECTS_USAGE = `用法：
  selfeval import-projects 工作簿.xlsx --into 报告.selfeval.json [--assign 工作表!行=项目序号]... [--skip 工作表!行]...
                          [--apply] [-o 输出.selfeval.json]
      显示工作簿中的项目支出绩效自评表（每表一个工作表，或一个工作表中上下排列多张）各对应报告中的哪个项目（按项目名称），
      表中“年度资金总额”与项目清单的差异（以项目清单为准，不导入），以及发现的问题。
      --assign 为名称对不上的表指定项目（“工作表!行”是预览中列出的表的位置，项目序号从1起，即项目清单的第几行）；
      --skip 跳过一张表。加 --apply 才写入（默认写回 --into 指定的文件，-o 可另存）。有错误或是空白模板时不写入。
`;

export const EXPORT_PROJECTS_USAGE = `用法：
  selfeval export-projects 报告.selfeval.json -o 输出.xlsx [--template [--single]]
      按官方格式导出报告中全部项目支出绩效自评表，每个项目一个工作表；
      --template：空白模板，每个项目一张（填好项目名称和项目清单中的金额）；--single：只要一张空白表。
`;

/** --assign and --skip may repeat: taken out before the one-value options are parsed. */
function choices(args: readonly string[]): {
  rest: string[];
  assign: Record<string, number | null>;
  error: string | null;
} {
  const rest: string[] = [];
  const assign: Record<string, number | null> = {};
  let error: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg !== '--assign' && arg !== '--skip') {
      rest.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) {
      error = `${arg} 后面缺少表的位置（如 Sheet1!4）`;
      continue;
    }
    if (arg === '--skip') {
      assign[value] = null;
      continue;
    }
    const m = /^(.+)=(\d{1,4})$/.exec(value);
    if (!m?.[1] || Number(m[2]) < 1)
      error = `--assign 的写法应为“工作表!行=项目序号”，如 Sheet1!4=3，而不是「${value}」`;
    else assign[m[1]] = Number(m[2]) - 1;
  }
  return { rest, assign, error };
}

function printPreview(io: ExcelCliIo, result: ProjectTablesResult): void {
  io.stdout(`\n找到的项目支出绩效自评表（${result.tables.length}张）：\n`);
  for (const t of result.tables) {
    const to = t.skipped
      ? '跳过'
      : t.match
        ? `→ 第${t.match.index + 1}行「${t.match.projectName}」${t.match.how === 'similar' ? '（名称近似，请确认）' : t.match.how === 'chosen' ? '（指定）' : ''}`
        : '→ 未找到对应项目（用 --assign 指定或 --skip 跳过）';
    io.stdout(
      `  ${t.key}「${t.name || '（未写项目名称）'}」${to}${t.empty ? '，未填写' : `，${t.indicatorCount}项指标，${t.changeCount}项修改`}\n`,
    );
    for (const d of t.moneyDifferences)
      io.stdout(`      年度资金总额${d.column}：表中${d.table}，项目清单${d.list}（以项目清单为准）\n`);
  }
  const without = result.projectsWithoutTable;
  if (without.length > 0)
    io.stdout(
      `\n没有导入表格的项目（${without.length}个）：${without.map((p) => `第${p.index + 1}行「${p.name}」${p.hasTable ? '（已有表，保留）' : ''}`).join('、')}\n`,
    );
  if (result.changes.length > 0) {
    io.stdout(`\n将要修改的字段（${result.changes.length}项）：\n`);
    for (const c of result.changes) io.stdout(`  ${c.label}：${c.oldValue} → ${c.newValue}\n`);
  }
  if (result.emptyTemplate) io.stdout('\n这是空白模板：表中一项也没有填写，不会修改报告。\n');
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.problems.length > 0) {
    io.stdout(`\n问题（错误 ${errors.length} 个，提示 ${result.problems.length - errors.length} 个）：\n`);
    for (const p of [...errors, ...result.problems.filter((x) => x.severity === 'warning')])
      io.stdout(`  ${formatProblem(p)}\n`);
  }
}

export async function runImportProjectsCommand(args: readonly string[], io: ExcelCliIo): Promise<number> {
  const picked = choices(args);
  const a = parseArgs(picked.rest, 'import-projects', ['--into', '-o'], ['--apply', '--help', '-h']);
  if (a.flags.has('--help') || a.flags.has('-h')) {
    io.stdout(IMPORT_PROJECTS_USAGE);
    return EXIT_OK;
  }
  const workbookPath = a.positional[0];
  const reportPath = a.options.get('--into');
  const usage =
    picked.error ??
    a.error ??
    (!workbookPath || !reportPath
      ? '缺少工作簿或 --into 报告文件'
      : a.positional.length > 1
        ? '只能指定一个工作簿'
        : null);
  if (usage || !workbookPath || !reportPath) {
    io.stderr(`${usage ?? ''}\n${IMPORT_PROJECTS_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const inputs = readImportInputs(io, workbookPath, reportPath);
  if (typeof inputs === 'number') return inputs;
  const { loaded, bytes } = inputs;
  const previewed = await previewOrExit(io, workbookPath, () =>
    previewProjectTablesFile(bytes, loaded.report, picked.assign),
  );
  if (typeof previewed === 'number') return previewed;
  const { result } = previewed;
  io.stdout(`工作簿：${workbookPath}\n报告：${reportPath}（${loaded.title}）\n`);
  printPreview(io, result);
  return finishImport(io, a, reportPath, loaded.title, {
    errors: result.problems.filter((p) => p.severity === 'error').length,
    nothingToApply: !result.canApply || result.changes.length === 0,
    next: result.next,
    summary: result.summary,
  });
}

export async function runExportProjectsCommand(args: readonly string[], io: ExcelCliIo): Promise<number> {
  const a = parseArgs(args, 'export-projects', ['-o'], ['--template', '--single', '--help', '-h']);
  if (a.flags.has('--help') || a.flags.has('-h')) {
    io.stdout(EXPORT_PROJECTS_USAGE);
    return EXIT_OK;
  }
  const reportPath = a.positional[0];
  const out = a.options.get('-o');
  if (
    a.error ||
    !reportPath ||
    !out ||
    a.positional.length > 1 ||
    (a.flags.has('--single') && !a.flags.has('--template'))
  ) {
    const why =
      a.error ??
      (!out
        ? '缺少 -o 输出文件'
        : !reportPath
          ? '缺少报告文件'
          : a.positional.length > 1
            ? '只能指定一个报告文件'
            : '--single 只能与 --template 同用');
    io.stderr(`${why}\n${EXPORT_PROJECTS_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const loaded = loadReport(io, reportPath);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n${(loaded.details ?? []).map((d) => `  · ${d}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  const template = a.flags.has('--template');
  const count = loaded.report.projects.items.filter((p) => p.table !== null).length;
  if (!template && count === 0) {
    io.stderr(`报告文件 ${reportPath} 中还没有项目支出绩效自评表；要空白模板请加 --template\n`);
    return EXIT_BAD_INPUT;
  }
  const bytes = template
    ? await writeProjectTemplateWorkbook(loaded.report, a.flags.has('--single'))
    : await writeProjectTablesWorkbook(loaded.report);
  if (!writeOutput(io, out, bytes)) return EXIT_BAD_INPUT;
  io.stdout(
    `已导出 ${out}：${template ? `项目支出绩效自评表空白模板（${a.flags.has('--single') ? '1' : Math.max(1, loaded.report.projects.items.length)}张）` : `项目支出绩效自评表${count}张`}\n`,
  );
  return EXIT_OK;
}
