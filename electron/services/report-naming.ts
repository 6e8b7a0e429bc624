/** Default titles, export file names and today's date: small conventions the service applies. */
import { LIMITS } from '../../shared/model/primitives';

/** "2024年度通道侗族自治县公安局部门整体支出绩效自评报告", as the official outline names the document. */
export function defaultTitle(unitName: string, year: number): string {
  return `${year}年度${unitName}部门整体支出绩效自评报告`.slice(0, LIMITS.shortText);
}

/** Characters Windows forbids in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * A file name that every OS accepts: unsafe characters become "_", no trailing dot or space, the length stays
 * modest, and `fallback` when nothing is left. `extension` without its dot.
 */
export function safeFileName(base: string, fallback: string, extension: string): string {
  const safe = base
    .replace(UNSAFE_IN_FILE_NAME, '_')
    .replace(/[. ]+$/, '')
    .slice(0, 100);
  return `${safe || fallback}.${extension}`;
}

export function exportFileName(title: string): string {
  return safeFileName(title, '报告', 'selfeval.json');
}

/** The PDF of a report: its default title. */
export function pdfFileName(unitName: string, year: number): string {
  return safeFileName(defaultTitle(unitName, year), '报告', 'pdf');
}

/** The approved PDF of version N: the report's title and the version. */
export function approvedPdfFileName(unitName: string, year: number, version: number): string {
  return safeFileName(`${defaultTitle(unitName, year)}（第${version}版签发）`, '报告', 'pdf');
}

/** Today in the machine's local time zone as YYYY-MM-DD (a clerk's "today", not UTC's). */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
