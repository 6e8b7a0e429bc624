/**
 * `selfeval verify 文件.pdf --db 数据库`: is this PDF an approved one, unchanged? Without a PDF, checks the
 * database's audit log chain instead. The database is opened read-only: verifying never writes anything.
 * Exit codes: 0 the PDF is an approved PDF, unchanged (or the audit log is intact); 1 it is not (altered, unknown,
 * never approved), or the audit log was tampered with; 2 usage error, or a file that cannot be read.
 */
import Database from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/result';
import { verifyAuditChain } from '../../db/audit-log';
import { signoff } from '../../db/migrations/0020-signoff';
import { verifyPdf } from '../../services/signoff/verify-pdf';

export interface VerifyCommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): Uint8Array;
}

export const VERIFY_USAGE = `用法：selfeval verify [文件.pdf] --db 数据库文件

核验一份PDF是否为已签发的报告且未被改动；不给PDF时，核验数据库中审计日志的哈希链。
数据库以只读方式打开，不做任何修改。

退出码：0 是签发版且未改动（或审计日志完好）；1 不是（已改动、无签发记录、未签发）或审计日志被篡改；2 用法错误或文件无法读取
`;

export function runVerifyCommand(args: readonly string[], io: VerifyCommandIo): number {
  const rest = args[0] === 'verify' ? args.slice(1) : [...args];
  let dbPath = '';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--db') dbPath = rest[++i] ?? '';
    else if (arg === '-h' || arg === '--help') {
      io.stdout(VERIFY_USAGE);
      return 0;
    } else if (arg.startsWith('-')) return usage(`未知选项：${arg}`, io);
    else files.push(arg);
  }
  if (!dbPath) return usage('请用 --db 指定数据库文件（签发记录保存在其中）。', io);
  if (files.length > 1) return usage('一次只能核验一份PDF。', io);

  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
    if (Number(db.pragma('user_version', { simple: true })) < signoff.version) {
      db.close();
      io.stderr(`数据库 ${dbPath} 版本过旧，没有签发记录（请先用新版程序打开一次）。\n`);
      return 2;
    }
  } catch (error) {
    io.stderr(`无法打开数据库 ${dbPath}：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    const file = files[0];
    if (file === undefined) {
      const chain = verifyAuditChain(db);
      if (chain.ok) {
        io.stdout(`审计日志完好：共${chain.count}条记录，哈希链首尾相接。\n`);
        return 0;
      }
      io.stdout(`审计日志被篡改：${chain.problem}\n`);
      return 1;
    }
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      io.stderr(`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const verdict = verifyPdf(db, bytes);
    io.stdout(`${verdict.message}\nSHA-256：${verdict.pdfSha256}\n`);
    return verdict.verdict === 'approved' ? 0 : 1;
  } catch (error) {
    if (error instanceof UserFacingError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    db.close();
  }
}

function usage(message: string, io: VerifyCommandIo): number {
  io.stderr(`${message}\n\n${VERIFY_USAGE}`);
  return 2;
}
