/**
 * Why an export failed, with the Chinese message the clerk sees. A UserFacingError (code pdf-<failure>), so
 * whichever API call renders a PDF (export.pdf, signoff.preparePdf) reports it as it is, not as an internal error.
 */
import { UserFacingError } from '../../../shared/api/result';
import type { MissingGlyph } from './glyph-coverage';

export type PdfFailure = 'missing-glyphs' | 'timeout' | 'out-of-memory' | 'worker-exit' | 'render-failed';

export class PdfExportError extends UserFacingError {
  constructor(
    readonly failure: PdfFailure,
    message: string,
    details: string[] = [],
    readonly missing: MissingGlyph[] = [],
  ) {
    super(`pdf-${failure}`, message, details.length > 0 ? details : undefined);
    this.name = 'PdfExportError';
  }
}
