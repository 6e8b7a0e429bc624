/**
 * pdfkit turns every drawing operator of a page into its own Buffer as it is written (Buffer.from(op + '\n')):
 * tens of thousands of tiny buffers per export, then concatenated again when the page ends. This keeps a page's
 * operator strings until something else is written to the page or the page ends, and writes them as one
 * Buffer: the same bytes in the same order, with a fraction of the allocations. If pdfkit's page differs from
 * what this expects, it steps aside.
 */
import { requireFromPdfmake } from './pdfmake-internals';

interface PdfPageLike {
  write(chunk: unknown): unknown;
  end(): unknown;
  [PENDING]?: string[];
}

const PENDING = Symbol('selfevalPendingContent');

function flush(page: PdfPageLike, write: PdfPageLike['write']): void {
  const pending = page[PENDING];
  if (!pending || pending.length === 0) return;
  page[PENDING] = [];
  // pdfkit's PDFReference.write: a string chunk becomes Buffer.from(chunk + '\n', 'binary').
  write.call(page, Buffer.from(`${pending.join('\n')}\n`, 'binary'));
}

let installed = false;

export function batchPageContent(): void {
  if (installed) return;
  installed = true;
  // PDFPage is not exported; a page made on a throw-away document shows its prototype.
  const PDFKit = requireFromPdfmake('pdfkit') as new (options?: object) => { page?: object };
  const probe = new PDFKit({ autoFirstPage: true });
  const pageProto = probe.page ? (Object.getPrototypeOf(probe.page) as PdfPageLike) : null;
  if (!pageProto || typeof pageProto.write !== 'function' || typeof pageProto.end !== 'function') return;
  const write = pageProto.write;
  const end = pageProto.end;
  pageProto.write = function writeLater(this: PdfPageLike, chunk: unknown): unknown {
    if (typeof chunk !== 'string') {
      flush(this, write);
      return write.call(this, chunk);
    }
    (this[PENDING] ??= []).push(chunk);
    return undefined;
  };
  pageProto.end = function endWithContent(this: PdfPageLike): unknown {
    flush(this, write);
    return end.call(this);
  };
}
