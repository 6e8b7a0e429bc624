/**
 * Entry point of the `selfeval` command (bundled to dist/cli/selfeval.mjs; the bundle adds the #! line).
 * Wires Node's process and file system to the commands: check/text in runCli, pdf and the Excel commands in
 * their own modules (they are asynchronous: PDF layout and workbook parsing run in worker threads).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

// Each command is imported when it runs: a cold `selfeval pdf` then loads neither exceljs, SQLite nor the
// signature code (scripts/build-node.mjs splits the bundle so these stay in their own files).

/** Larger than any 20 MB-of-text report can be in UTF-8; refused before reading it into memory. */
const MAX_FILE_BYTES = 80 * 1024 * 1024;

function readChecked(path: string): Buffer {
  if (statSync(path).size > MAX_FILE_BYTES) {
    throw Object.assign(new Error('文件过大'), { code: 'EFBIG' });
  }
  return readFileSync(path);
}

/** The local calendar date: a clerk's "today" is the one on their wall, not UTC's. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const out = {
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
};
const writeFile = (path: string, data: string | Uint8Array) => writeFileSync(path, data);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'pdf': {
      const { startPdfWorker } = await import('./commands/pdf-worker-early');
      const renderer = startPdfWorker();
      try {
        const { runPdfCommand } = await import('./commands/pdf-command');
        return await runPdfCommand(
          rest,
          { ...out, readFile: (p) => readChecked(p).toString('utf8'), writeFile },
          { renderer },
        );
      } finally {
        await renderer.close();
      }
    }
    case 'docx': {
      const { runDocxCommand } = await import('./commands/docx-command');
      return runDocxCommand(rest, { ...out, readFile: (p) => readChecked(p).toString('utf8'), writeFile });
    }
    case 'import': {
      const { runImportCommand } = await import('./commands/excel-commands');
      return runImportCommand(rest, { ...out, readFile: readChecked, writeFile });
    }
    case 'verify': {
      const { runVerifyCommand } = await import('./commands/verify-command');
      return runVerifyCommand(rest, { ...out, readFile: readChecked });
    }
    case 'receipt': {
      const { runReceiptCommand } = await import('./commands/receipt-command');
      return runReceiptCommand(rest, { ...out, readFile: readChecked, writeFile, env: process.env });
    }
    case 'summary': {
      const { runSummaryCommand } = await import('./commands/summary-command');
      return runSummaryCommand(rest, {
        ...out,
        readFile: readChecked,
        writeFile,
        listDir: (p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p) : null),
        exists: existsSync,
        today: localToday(),
      });
    }
    case 'export-xlsx': {
      const { runExportXlsxCommand } = await import('./commands/excel-commands');
      return runExportXlsxCommand(rest, { ...out, readFile: readChecked, writeFile });
    }
    case 'import-projects': {
      const { runImportProjectsCommand } = await import('./commands/project-tables-commands');
      return runImportProjectsCommand(rest, { ...out, readFile: readChecked, writeFile });
    }
    case 'export-projects': {
      const { runExportProjectsCommand } = await import('./commands/project-tables-commands');
      return runExportProjectsCommand(rest, { ...out, readFile: readChecked, writeFile });
    }
    default: {
      const { runCli } = await import('./run-cli');
      return runCli(argv, {
        ...out,
        readFile: (p) => readChecked(p).toString('utf8'),
        writeFile,
        today: localToday(),
      });
    }
  }
}

// A reader that stops early (`selfeval text … | head`) closes the pipe: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// exitCode, not exit(): process.exit() can cut off output still being written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`程序内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
