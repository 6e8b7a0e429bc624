/**
 * The report file: one JSON document that carries a whole report between computers (export, import, the CLI).
 *   { "format": "selfeval-report", "formatVersion": 1, "exportedAt": ISO, "generator": "绩效自评助手 0.1.0",
 *     "title": "…", "report": { …Report… } }
 * Versioning rule: a reader refuses a file whose formatVersion is newer than it knows (it cannot tell what it
 * would lose), and migrates older versions step by step (MIGRATIONS) before validating.
 * parseReportFile never throws: every bad file becomes a Chinese message saying what is wrong and where.
 */
import type { Report } from '../model/report';
import { LIMITS } from '../model/primitives';
import { validateReport } from '../model/validate';
import { findJsonSyntaxError } from './json-syntax';
import { migrateReportV1 } from './migrate-v1';

export const REPORT_FILE_FORMAT = 'selfeval-report';
export const REPORT_FILE_VERSION = 2;
/** Same bound as the API's import call (contract.ts): a real report is a few hundred KB. */
export const MAX_REPORT_FILE_CHARS = 20_000_000;
/** Suggested file name ending, e.g. "通道县公安局2024年度自评报告.selfeval.json". */
export const REPORT_FILE_EXTENSION = '.selfeval.json';

export interface ReportFileMeta {
  title: string;
  generator: string;
  exportedAt: string;
}

export type ParseReportFileResult =
  | { ok: true; title: string; report: Report; formatVersion: number; exportedAt: string; generator: string }
  | { ok: false; message: string; details: string[] };

/** Pretty JSON (2 spaces) with a trailing newline, so the file diffs and reads well in a text editor. */
export function serializeReportFile(report: Report, meta: ReportFileMeta): string {
  const envelope = {
    format: REPORT_FILE_FORMAT,
    formatVersion: REPORT_FILE_VERSION,
    exportedAt: meta.exportedAt,
    generator: meta.generator,
    title: meta.title,
    report,
  };
  // A literal U+FFFD in a file means it was decoded with the wrong encoding (parseReportFile refuses it), so one
  // that the clerk really typed is written escaped; JSON.parse turns the escape back into the same character.
  return JSON.stringify(envelope, null, 2).replace(/\uFFFD/g, '\\ufffd') + '\n';
}

type Envelope = Record<string, unknown>;
type Migration = (older: Envelope) => Envelope;

/**
 * MIGRATIONS[n] turns a version-n envelope into version n+1. When the format changes, bump REPORT_FILE_VERSION and
 * add the step here (with a test that reads a version-n file).
 *   1 → 2: figures may be null ("not stated"); new fields (rulePackVersion, projects.statedTotal,
 *          threePublic.budgetTotalFen, baseData.projectsPrevFinalFen) start empty. A v1 number keeps its meaning,
 *          so nothing else changes: see migrateReportV1.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (v1) => ({ ...v1, formatVersion: 2, report: migrateReportV1(own(v1, 'report')) }),
};

const refuse = (message: string, details: string[] = []): ParseReportFileResult => ({ ok: false, message, details });

function megabytes(chars: number): string {
  return (chars / 1_000_000).toFixed(1);
}

function isPlainObject(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key inherited from Object.prototype is never read as file content. */
function own(object: Envelope, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ParseReportFileResult } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const located = findJsonSyntaxError(text);
    if (!located) {
      // The scanner agrees with JSON.parse on every case tested; the engine's own words are English, so the clerk
      // gets the plain Chinese sentence and the engine message goes nowhere.
      void error;
      return { ok: false, result: refuse('文件不是有效的 JSON，无法读取') };
    }
    const where = `第${located.line}行第${located.column}列`;
    const message = located.truncated
      ? `文件内容不完整，可能在复制或保存时被截断：${where}，${located.reason}`
      : `文件不是有效的 JSON：${where}，${located.reason}`;
    return { ok: false, result: refuse(message) };
  }
}

function migrate(envelope: Envelope, from: number): { ok: true; envelope: Envelope } | { ok: false; message: string } {
  let current = envelope;
  for (let version = from; version < REPORT_FILE_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `不支持格式第${from}版的报告文件，无法导入` };
    current = step(current);
  }
  return { ok: true, envelope: current };
}

function fallbackTitle(report: Report): string {
  return `${report.unitName}${report.year}年度部门整体支出绩效自评报告`;
}

/** Files a clerk picks by mistake: say what they are instead of "invalid JSON". */
function recogniseOtherFile(body: string): string | null {
  if (body.startsWith('PK\u0003\u0004'))
    return '这是一个压缩文件（可能是 Excel 的 .xlsx 或 Word 的 .docx 文件），不是报告文件；请选择本程序导出的 .selfeval.json 文件';
  if (body.startsWith('%PDF-')) return '这是一个 PDF 文件，不是报告文件；请选择本程序导出的 .selfeval.json 文件';
  if (body.slice(0, 4096).includes('\u0000')) return '这不是文本文件，无法作为报告文件读取';
  return null;
}

function readEnvelope(text: string): ParseReportFileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Windows Notepad writes a BOM
  if (body.trim() === '') return refuse('文件是空的，没有报告内容');
  if (body.length > MAX_REPORT_FILE_CHARS) {
    return refuse(
      `文件过大（约${megabytes(body.length)} MB），报告文件不能超过${MAX_REPORT_FILE_CHARS / 1_000_000} MB，这不像是本程序导出的文件`,
    );
  }
  const wrongKind = recogniseOtherFile(body);
  if (wrongKind) return refuse(wrongKind);
  if (body.includes('\uFFFD')) {
    return refuse(
      '文件含有无法识别的字符：文件可能被其他软件以非 UTF-8 编码（如 GBK）另存过，请使用本程序导出的原文件',
    );
  }

  const json = parseJson(body);
  if (!json.ok) return json.result;
  const root = json.value;
  if (!isPlainObject(root)) return refuse('这不是绩效自评助手导出的报告文件：文件内容应为一个 JSON 对象');

  const format = own(root, 'format');
  if (format !== REPORT_FILE_FORMAT) {
    const seen = format === undefined ? '文件中没有 format 标记' : `format 标记为“${preview(format)}”`;
    return refuse('这不是绩效自评助手导出的报告文件', [`${seen}，应为“${REPORT_FILE_FORMAT}”`]);
  }

  const version = own(root, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const seen = version === undefined ? '缺少 formatVersion' : `formatVersion 为“${preview(version)}”`;
    return refuse('报告文件的格式版本号缺失或无效，无法判断如何读取', [
      `${seen}，应为正整数（当前为${REPORT_FILE_VERSION}）`,
    ]);
  }
  if (version > REPORT_FILE_VERSION) {
    return refuse(`该文件由更新版本（格式第${version}版）导出，请升级本程序后再导入`, [
      `本程序只能读取格式第${REPORT_FILE_VERSION}版及更早的文件`,
    ]);
  }
  const migrated = migrate(root, version);
  if (!migrated.ok) return refuse(migrated.message);
  const envelope = migrated.envelope;

  if (own(envelope, 'report') === undefined) return refuse('文件中没有报告内容（缺少 report 部分）');
  const checked = validateReport(own(envelope, 'report'));
  if (!checked.ok) {
    return refuse(`报告内容有${checked.issueCount}处问题，无法导入`, checked.details);
  }

  const rawTitle = own(envelope, 'title');
  const title = (typeof rawTitle === 'string' ? rawTitle.trim() : '').slice(0, LIMITS.shortText);
  const exportedAt = own(envelope, 'exportedAt');
  const generator = own(envelope, 'generator');
  return {
    ok: true,
    title: title || fallbackTitle(checked.report),
    report: checked.report,
    formatVersion: version,
    exportedAt: typeof exportedAt === 'string' ? exportedAt.slice(0, 100) : '',
    generator: typeof generator === 'string' ? generator.slice(0, 100) : '',
  };
}

/** Reads a report file; refuses bad files with a Chinese message and details, and never throws. */
export function parseReportFile(text: string): ParseReportFileResult {
  try {
    if (typeof text !== 'string') return refuse('文件内容无法读取（不是文本）');
    return readEnvelope(text);
  } catch (error) {
    // Defence in depth: nothing above should throw, but an exception must never reach the caller as a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('读取报告文件时出错，文件可能已损坏', [reason.slice(0, 200)]);
  }
}
