/**
 * The `docx` package (dolanmiu/docx), loaded on the first Word export and kept. It is external to the bundles
 * (scripts/build-node.mjs) and imported dynamically, so starting the app or the CLI for anything else never parses
 * its megabyte of code (about 30 ms).
 */
import type * as DocxModule from 'docx';

export type Docx = typeof DocxModule;

let loading: Promise<Docx> | null = null;

export function loadDocx(): Promise<Docx> {
  loading ??= import('docx');
  return loading;
}
