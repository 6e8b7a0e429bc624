/**
 * What a PDF says about itself: the report identity our exporter writes into its document information
 * (SelfevalReportId, SelfevalContentSha256, and on an approved PDF SelfevalApprovedVersion and
 * SelfevalFingerprint). Read straight from the bytes, so a PDF whose content was altered still says what it
 * claims to be. pdfkit writes these values as plain ASCII literal strings, directly or as indirect objects; a
 * later incremental update may redefine them, so the last definition wins.
 */

export interface PdfClaims {
  reportId: string | null;
  contentSha256: string | null;
  approvedVersion: number | null;
  fingerprint: string | null;
  /** The audit chain's head when the approved PDF was made (issue 14). */
  auditSeq: number | null;
  auditHash: string | null;
}

/** Only the characters our values use: a value with anything else is not ours. */
const VALUE = '([A-Za-z0-9-]{1,80})';

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(pattern)) last = m;
  return last;
}

function readEntry(text: string, key: string): string | null {
  const direct = lastMatch(text, new RegExp(`/${key}\\s*\\(${VALUE}\\)`, 'g'));
  const indirect = lastMatch(text, new RegExp(`/${key}\\s+(\\d{1,9})\\s+(\\d{1,5})\\s+R`, 'g'));
  if (indirect && (!direct || indirect.index > direct.index)) {
    const [, objectNumber, generation] = indirect;
    const object = lastMatch(
      text,
      new RegExp(`(?:^|\\s)${objectNumber}\\s+${generation}\\s+obj\\s*\\(${VALUE}\\)`, 'g'),
    );
    return object?.[1] ?? null;
  }
  return direct?.[1] ?? null;
}

/** A PDF's header, which the format allows within its first 1024 bytes. */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

export function readPdfClaims(bytes: Uint8Array): PdfClaims {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const version = readEntry(text, 'SelfevalApprovedVersion');
  const parsedVersion = version && /^\d{1,6}$/.test(version) ? Number(version) : null;
  const seq = readEntry(text, 'SelfevalAuditSeq');
  const hash = readEntry(text, 'SelfevalAuditHash');
  return {
    reportId: readEntry(text, 'SelfevalReportId'),
    contentSha256: readEntry(text, 'SelfevalContentSha256'),
    approvedVersion: parsedVersion,
    fingerprint: readEntry(text, 'SelfevalFingerprint'),
    auditSeq: seq && /^\d{1,12}$/.test(seq) ? Number(seq) : null,
    auditHash: hash && /^[0-9a-f]{64}$/.test(hash) ? hash : null,
  };
}
