/**
 * Shared by the Word export tests: the parts of a .docx read back (its ZIP entries inflated with node:zlib), the
 * text of its XML, and LibreOffice converting it to PDF.
 *
 * LibreOffice stands in for a computer with the office fonts: a fontconfig file maps the names the document uses
 * (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体) to the app's bundled faces, the same faces the app's own PDF is
 * set in, so the converted pages can be compared with the PDF's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../electron/services/excel/zip-directory';
import { FONT_DIR } from '../pdf/pdf-test-kit';

/** Every part of the package, by name, as text. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const parts = new Map<string, string>();
  for (const entry of readZipDirectory(buf, 1000)) {
    const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    parts.set(entry.name, (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8'));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`the package has no ${name}: ${[...parts.keys()].join(', ')}`);
  return xml;
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph (w:p) of a part, its runs joined. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
}

/** The section properties of the body, in order. */
export function sections(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** An attribute of the first element `tag` in `xml`, as a number. */
export function attr(xml: string, tag: string, name: string): number {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
  if (value === undefined) throw new Error(`no ${name} on <${tag}> in ${xml.slice(0, 200)}`);
  return Number(value);
}

const FONT_MAP: Readonly<Record<string, { family: string; bold?: boolean }>> = {
  仿宋_GB2312: { family: 'Noto Serif SC GB' },
  宋体: { family: 'Noto Serif SC GB' },
  黑体: { family: 'Noto Sans SC GB' },
  楷体_GB2312: { family: 'Selfeval Kai GB' },
  方正小标宋简体: { family: 'Noto Serif SC GB', bold: true },
};

function fontconfigFile(dir: string): string {
  const rules = Object.entries(FONT_MAP).map(
    ([name, face]) =>
      `<match target="pattern"><test name="family"><string>${name}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${face.family}</string></edit>` +
      (face.bold ? '<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>' : '') +
      '</match>',
  );
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' +
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' +
      `<dir>${FONT_DIR}</dir><cachedir>${path.join(dir, 'fc-cache')}</cachedir>${rules.join('')}</fontconfig>`,
  );
  return file;
}

/** LibreOffice headless converts the document to PDF (its own profile folder, so runs never share one). */
export function convertWithLibreOffice(bytes: Uint8Array, name: string): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-docx-lo-'));
  try {
    const input = path.join(dir, `${name}.docx`);
    writeFileSync(input, bytes);
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
      { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(dir), HOME: dir }, stdio: 'pipe', timeout: 180_000 },
    );
    return readFileSync(path.join(dir, `${name}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page's size in points (pdfinfo -f 1 -l N). */
export function pageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-docx-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
