/** A workbook printed to PDF through LibreOffice, as a clerk would print it, and its pages' text. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function printWithLibreOffice(xlsx: Buffer): { pages: string[]; pdf: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-xlsx-lo-'));
  try {
    const input = path.join(dir, '附表.xlsx');
    writeFileSync(input, xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 180_000 },
    );
    const pdfFile = path.join(dir, '附表.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    return { pages: text.split('\f').filter((p) => p.trim() !== ''), pdf: readFileSync(pdfFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
