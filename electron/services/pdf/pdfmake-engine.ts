/**
 * The one place that calls pdfmake. Set up once per process: URL access off (pdfmake 0.3 would otherwise fetch
 * any http(s) URL a definition names), local file access only inside the font folders, fonts from memory, and
 * the app's table layout. Every definition passes the allow-list guard first.
 */
import path from 'node:path';
import pdfmake from 'pdfmake';
import { assertSafeDefinition } from './definition-guard';
import type { FontRegistry } from './font-registry';
import { TABLE_CELL_PADDING_X, TABLE_CELL_PADDING_Y, TABLE_RULE_WIDTH } from './attachment-page';
import { TABLE_LAYOUT_NAME, type DocDefinition, type FooterFunction } from './pdf-nodes';
import { shareParsedFonts } from './parsed-font-cache';
import { mergeTextRunsWhenDrawing } from './merge-text-runs';
import { speedUpMeasuring } from './measure-speedups';
import { batchPageContent } from './batch-page-content';
import { installHeadingBreakHints, prepareHeadingBreaks } from './heading-break-hints';

const gridLayout = {
  hLineWidth: () => TABLE_RULE_WIDTH,
  vLineWidth: () => TABLE_RULE_WIDTH,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => TABLE_CELL_PADDING_X,
  paddingRight: () => TABLE_CELL_PADDING_X,
  paddingTop: () => TABLE_CELL_PADDING_Y,
  paddingBottom: () => TABLE_CELL_PADDING_Y,
};

let configured = false;
let allowedDirs: readonly string[] = [];
const registeredFiles = new Set<string>();

/** True only for a path inside one of the allowed folders, after resolving "..", "." and relative parts. */
export function isInsideFolders(candidate: string, folders: readonly string[]): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.includes('\0')) return false;
  // Windows UNC paths and URLs are never local font files.
  if (/^(\\\\|\/\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(candidate)) return false;
  const resolved = path.resolve(candidate);
  return folders.some((folder) => {
    const relative = path.relative(folder, resolved);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

function configure(): void {
  if (configured) return;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate) => isInsideFolders(candidate, allowedDirs));
  pdfmake.addTableLayouts({ [TABLE_LAYOUT_NAME]: gridLayout });
  shareParsedFonts();
  mergeTextRunsWhenDrawing();
  speedUpMeasuring();
  batchPageContent();
  installHeadingBreakHints();
  configured = true;
}

function useFonts(registry: FontRegistry): void {
  for (const [name, bytes] of registry.virtualFiles()) {
    if (!registeredFiles.has(name)) {
      pdfmake.virtualfs.writeFileSync(name, bytes);
      registeredFiles.add(name);
    }
  }
  allowedDirs = registry.fontDirs;
  pdfmake.setFonts(registry.pdfmakeFamilies());
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

/**
 * Renders a definition to PDF bytes. The definition is consumed (pdfmake annotates its nodes): build a fresh
 * one for every call. Throws UnsafeDefinitionError for anything outside the allow-list.
 */
export async function renderDefinition(definition: DocDefinition, registry: FontRegistry): Promise<RenderedPdf> {
  assertSafeDefinition(definition);
  configure();
  useFonts(registry);
  let pages = 0;
  const footer: FooterFunction = (current, count, size) => {
    pages = count;
    return definition.footer(current, count, size);
  };
  const headingBreaks = prepareHeadingBreaks(definition, registry);
  const buffer = await pdfmake.createPdf({ ...definition, footer }).getBuffer();
  headingBreaks.remember();
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages };
}
