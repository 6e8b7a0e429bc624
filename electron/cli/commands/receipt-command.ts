/**
 * `selfeval receipt`: writes the 签发回执 of an approval from the department's database (opened read-only), for a
 * script or for a department that sends its reports in bulk. The approval is named by its PDF (the exact bytes
 * that were approved) or by report id and version. With `--p12` the receipt is signed with the supervisor's
 * certificate; its password comes from the environment (SELFEVAL_P12_PASSWORD), never from the command line,
 * where other users of the machine could read it.
 * Exit codes: 0 written; 1 the approval's records disagree (no receipt is written); 2 usage error, unreadable file.
 */
import { UserFacingError } from '../../../shared/api/result';
import { listApprovals } from '../../db/signoff-store';
import { approvalOfPdf, completeReceipt, draftReceipt, type ReceiptDraft } from '../../services/signoff/receipt-issue';
import { readBytes, withDatabase } from './verify-command';

export interface ReceiptCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Uint8Array;
  writeFile(p: string, data: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

export const PASSWORD_VARIABLE = 'SELFEVAL_P12_PASSWORD';

export const RECEIPT_USAGE = `用法：selfeval receipt 签发PDF.pdf --db 数据库文件 [--p12 证书.p12] [-o 回执.json]
      selfeval receipt --report 报告编号 [--version 版本] --db 数据库文件 [--p12 证书.p12] [-o 回执.json]

按数据库中的签发记录写出签发回执（随签发PDF报送财政局，财政局用 selfeval verify 签发PDF.pdf --receipt 回执.json 核验）。
签发记录由签发时的PDF确定，或由报告编号和版本确定（不给 --version 时为最近一次签发）。
这次签发的各项记录对不上时不写回执。
--p12：用审核人的证书给回执加数字签名；证书密码放在环境变量 ${PASSWORD_VARIABLE} 中。
       签发PDF本身带数字签名时，须用同一个证书。
不给 -o 时回执输出到标准输出。数据库以只读方式打开，不做任何修改。

退出码：0 已写出；1 签发记录对不上，未写回执；2 用法错误或文件无法读取
`;

interface ReceiptArgs {
  dbPath: string;
  reportId: string;
  version: string;
  p12: string;
  out: string;
  files: string[];
}

const VALUE_OPTIONS: Record<string, keyof Omit<ReceiptArgs, 'files'>> = {
  '--db': 'dbPath',
  '--report': 'reportId',
  '--version': 'version',
  '--p12': 'p12',
  '-o': 'out',
};

function parseArgs(args: readonly string[]): ReceiptArgs | { help: true } | { error: string } {
  const parsed: ReceiptArgs = { dbPath: '', reportId: '', version: '', p12: '', out: '', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const key = VALUE_OPTIONS[arg];
    if (key) parsed[key] = args[++i] ?? '';
    else if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg.startsWith('-')) return { error: `未知选项：${arg}` };
    else parsed.files.push(arg);
  }
  if (!parsed.dbPath) return { error: 'receipt 命令需要 --db 数据库文件（签发记录保存在其中）。' };
  if (parsed.files.length > 1) return { error: '一次只能为一份签发PDF写回执。' };
  if ((parsed.files.length === 1) === Boolean(parsed.reportId)) {
    return { error: '请给出签发时的PDF，或用 --report 给出报告编号（二者选一）。' };
  }
  if (parsed.version && (!parsed.reportId || !/^[1-9]\d{0,5}$/.test(parsed.version))) {
    return { error: '--version 须与 --report 一起使用，且为正整数（如 1）。' };
  }
  return parsed;
}

/** The approval's receipt fields, read with the database open; an exit code after an error has been printed. */
function draftFrom(args: ReceiptArgs, io: ReceiptCommandIo): ReceiptDraft | number {
  const found: { draft?: ReceiptDraft } = {};
  const code = withDatabase(args.dbPath, io, (db) => {
    const file = args.files[0];
    let target: { reportId: string; version: number };
    if (file !== undefined) {
      target = approvalOfPdf(db, readBytes(file, io));
    } else if (args.version) {
      target = { reportId: args.reportId, version: Number(args.version) };
    } else {
      const latest = listApprovals(db, args.reportId).at(-1);
      if (!latest) throw new UserFacingError('not-found', `报告 ${args.reportId} 没有签发记录，不能出具签发回执`);
      target = { reportId: latest.reportId, version: latest.version };
    }
    found.draft = draftReceipt(db, target.reportId, target.version);
    return 0;
  });
  return found.draft ?? code;
}

export async function runReceiptCommand(args: readonly string[], io: ReceiptCommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.stdout(RECEIPT_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n\n${RECEIPT_USAGE}`);
    return 2;
  }
  const password = io.env[PASSWORD_VARIABLE];
  if (parsed.p12 && password === undefined) {
    io.stderr(`使用 --p12 时请在环境变量 ${PASSWORD_VARIABLE} 中给出证书密码（不在命令行上写密码）。\n`);
    return 2;
  }
  try {
    const draft = draftFrom(parsed, io);
    if (typeof draft === 'number') return draft;
    const certificate = parsed.p12 ? { p12: readBytes(parsed.p12, io), password: password ?? '' } : undefined;
    const receipt = await completeReceipt(draft, certificate);
    const b = receipt.body;
    const summary = `“${b.reportTitle}”第${b.approvedVersion}版（${b.approverName}于${b.approvedAt.slice(0, 10)}签发），签发PDF的SHA-256 ${b.pdfSha256}，${receipt.signed ? '已加数字签名' : '未加数字签名'}`;
    if (!parsed.out) {
      io.stdout(receipt.content);
      io.stderr(`签发回执：${summary}\n`);
      return 0;
    }
    try {
      io.writeFile(parsed.out, receipt.content);
    } catch (error) {
      io.stderr(`无法写入 ${parsed.out}：${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    io.stdout(`已写出签发回执 ${parsed.out}：${summary}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    io.stderr(`${error.message}\n${(error.details ?? []).map((d) => `  - ${d}\n`).join('')}`);
    return error.code === 'inconsistent' ? 1 : 2;
  }
}
