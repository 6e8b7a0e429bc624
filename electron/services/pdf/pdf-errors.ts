/** Why an export failed, with the Chinese message the clerk sees. */
import type { MissingGlyph } from './glyph-coverage';

export type PdfFailure = 'missing-glyphs' | 'timeout' | 'out-of-memory' | 'worker-exit' | 'render-failed';

export class PdfExportError extends Error {
  constructor(
    readonly failure: PdfFailure,
    message: string,
    readonly details: string[] = [],
    readonly missing: MissingGlyph[] = [],
  ) {
    super(message);
    this.name = 'PdfExportError';
  }
}
