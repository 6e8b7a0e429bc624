/**
 * `selfeval verify`: is this PDF an approved one, unchanged, and do the database's records of it agree?
 *  - `verify 文件.pdf --db 数据库`: the PDF against the database, every record of its approval cross-checked;
 *  - `verify --db 数据库`: the whole database (audit chain, triggers, every approval and approved status);
 *  - `verify 文件.pdf --expect 哈希`: the PDF against a SHA-256 copied from paper or a message, no database;
 *  - `verify 文件.pdf --receipt 回执.json [--trusted 证书清单]`: the PDF against its 签发回执, no database.
 * The database is opened read-only, with its schema untrusted: verifying never writes anything and never runs a
 * function the file names.
 * Exit codes: 0 everything agrees; 1 something does not (each reason printed); 2 usage error, unreadable file.
 */
import Database from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/result';
import { signoffGuards } from '../../db/migrations/0040-signoff-guards';
import { verifyDatabase } from '../../services/signoff/cross-checks';
import { verifyPdf } from '../../services/signoff/verify-pdf';
import { verifyOffline } from '../../services/signoff/verify-offline';
import { parseTrustedCertificateBytes } from '../../services/signoff/check-signature';
import { parseReceipt } from '../../services/signoff/receipt-format';
import { isPdf } from '../../services/signoff/pdf-claims';
import { checkReceipt, receiptVerdictLines } from '../../services/signoff/receipt-check';

export interface VerifyCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Uint8Array;
}

export const VERIFY_USAGE = `用法：selfeval verify 文件.pdf --db 数据库文件
      selfeval verify --db 数据库文件
      selfeval verify 文件.pdf [--expect SHA-256] [--trusted 证书清单.pem]
      selfeval verify 文件.pdf --receipt 签发回执.json [--trusted 证书清单.pem]

第一种：核验PDF是否为已签发的报告且未被改动，并交叉核对数据库中这次签发的全部记录
        （签发记录、冻结数据、修订记录、审计日志及其锚点、报告状态和标题）。
第二种：核验整个数据库：审计日志的哈希链、保护触发器、每条签发记录、每份“已签发”报告。
第三种：不用数据库，把PDF与签发单或签发回执上抄来的SHA-256比对（可含空格和“-”）；
        --trusted 检查PDF的数字签名（PAdES）有效、覆盖整个文件，且签名证书在清单中或由清单中的证书签发。
第四种：不用数据库，把PDF与部门随PDF报送的签发回执逐项比对（PDF的SHA-256、报告编号、版本、
        报告数据SHA-256、审计日志锚点），回执带数字签名时检查签名；加 --trusted 时回执必须由清单中的证书签名。
证书清单为PEM文件（可含多个证书），或单个DER格式的 .cer 证书。
数据库以只读方式打开，不做任何修改。

退出码：0 全部一致；1 有不一致之处（逐条列出）；2 用法错误或文件无法读取
`;

interface VerifyArgs {
  dbPath: string;
  expect: string;
  trusted: string;
  receipt: string;
  files: string[];
}

function parseArgs(args: readonly string[]): VerifyArgs | { help: true } | { error: string } {
  const rest = args[0] === 'verify' ? args.slice(1) : [...args];
  const parsed: VerifyArgs = { dbPath: '', expect: '', trusted: '', receipt: '', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--db') parsed.dbPath = rest[++i] ?? '';
    else if (arg === '--expect') parsed.expect = rest[++i] ?? '';
    else if (arg === '--trusted') parsed.trusted = rest[++i] ?? '';
    else if (arg === '--receipt') parsed.receipt = rest[++i] ?? '';
    else if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg.startsWith('-')) return { error: `未知选项：${arg}` };
    else parsed.files.push(arg);
  }
  if (parsed.files.length > 1) return { error: '一次只能核验一份PDF。' };
  if ((parsed.expect || parsed.trusted || parsed.receipt) && parsed.files.length === 0) {
    return { error: '--expect、--trusted 和 --receipt 须与一份PDF一起使用。' };
  }
  if (!parsed.dbPath && !parsed.expect && !parsed.trusted && !parsed.receipt) {
    return {
      error:
        '请用 --db 指定数据库文件（签发记录保存在其中），或用 --expect 给出签发时的SHA-256，或用 --receipt 给出签发回执，或用 --trusted 给出受信任的证书清单。',
    };
  }
  return parsed;
}

export function runVerifyCommand(args: readonly string[], io: VerifyCommandIo): number {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.stdout(VERIFY_USAGE);
    return 0;
  }
  if ('error' in parsed) return usage(parsed.error, io);
  const file = parsed.files[0];
  let bytes: Uint8Array | null = null;
  if (file !== undefined) {
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.stderr(`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  try {
    let ok = true;
    const trusted = parsed.trusted
      ? parseTrustedCertificateBytes(readBytes(parsed.trusted, io), `证书清单 ${parsed.trusted}`)
      : undefined;
    // With a receipt, a trusted list applies to the receipt's signature (checkReceipt), not to the PDF's alone.
    if (bytes && (parsed.expect || (trusted && !parsed.receipt))) {
      const offline = verifyOffline(bytes, {
        expected: parsed.expect || undefined,
        trusted: parsed.receipt ? undefined : trusted,
      });
      io.stdout(offline.lines.map((l) => `${l}\n`).join(''));
      ok = offline.ok;
    }
    if (bytes && parsed.receipt) {
      if (!isPdf(bytes))
        throw new UserFacingError('bad-file', `${file}不是PDF文件（文件开头没有“%PDF-”标记），无法核验`);
      const receipt = parseReceipt(readText(parsed.receipt, io), `签发回执 ${parsed.receipt}`);
      const verdict = checkReceipt(bytes, receipt, trusted);
      io.stdout(
        receiptVerdictLines(verdict)
          .map((l) => `${l}\n`)
          .join(''),
      );
      ok = ok && verdict.ok;
    }
    if (parsed.dbPath) {
      const code = withDatabase(parsed.dbPath, io, (db) => (bytes ? pdfAgainstDb(db, bytes, io) : wholeDb(db, io)));
      if (code === 2) return 2;
      ok = ok && code === 0;
    }
    return ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UserFacingError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readText(file: string, io: VerifyCommandIo): string {
  return Buffer.from(readBytes(file, io)).toString('utf8');
}

/** A file's bytes; a file that cannot be read is a UserFacingError naming it. */
export function readBytes(file: string, io: Pick<VerifyCommandIo, 'readFile'>): Uint8Array {
  try {
    return io.readFile(file);
  } catch (error) {
    throw new UserFacingError(
      'bad-file',
      `无法读取 ${file}：${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function pdfAgainstDb(db: Database.Database, bytes: Uint8Array, io: VerifyCommandIo): number {
  const verdict = verifyPdf(db, bytes);
  const problems = verdict.problems.map((p) => `  - ${p}\n`).join('');
  io.stdout(`${verdict.message}\n${problems}SHA-256：${verdict.pdfSha256}\n`);
  return verdict.verdict === 'approved' ? 0 : 1;
}

function wholeDb(db: Database.Database, io: VerifyCommandIo): number {
  const verdict = verifyDatabase(db);
  if (verdict.ok) {
    io.stdout(`审计日志完好：共${verdict.count}条记录，哈希链首尾相接；签发记录与报告状态相互一致，保护触发器齐全。\n`);
    return 0;
  }
  io.stdout(`数据库中有${verdict.problems.length}处不一致：\n${verdict.problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}

export function withDatabase(dbPath: string, io: VerifyCommandIo, use: (db: Database.Database) => number): number {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    db.pragma('query_only = ON');
    if (Number(db.pragma('user_version', { simple: true })) < signoffGuards.version) {
      db.close();
      io.stderr(`数据库 ${dbPath} 版本过旧，缺少核验所需的记录（请先用新版程序打开一次）。\n`);
      return 2;
    }
  } catch (error) {
    io.stderr(`无法打开数据库 ${dbPath}：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function usage(message: string, io: VerifyCommandIo): number {
  io.stderr(`${message}\n\n${VERIFY_USAGE}`);
  return 2;
}
