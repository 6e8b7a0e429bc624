/**
 * Entry point of the `selfeval` command (bundled to dist/cli/selfeval.mjs; the bundle adds the #! line).
 * Wires Node's process and file system to runCli, which holds all the logic.
 */
import { readFileSync, statSync } from 'node:fs';
import { runCli } from './run-cli';

/** Larger than any 20 MB-of-text report can be in UTF-8; refused before reading it into memory. */
const MAX_FILE_BYTES = 80 * 1024 * 1024;

function readReportFile(path: string): string {
  if (statSync(path).size > MAX_FILE_BYTES) {
    throw Object.assign(new Error('文件过大'), { code: 'EFBIG' });
  }
  return readFileSync(path, 'utf8');
}

/** The local calendar date: a clerk's "today" is the one on their wall, not UTC's. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const code = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: readReportFile,
  today: localToday(),
});
// exitCode, not exit(): process.exit() can cut off output still being written to a pipe.
process.exitCode = code;
