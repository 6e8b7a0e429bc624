/**
 * Optional PAdES signature of the approved PDF (issue 6, item 6): the supervisor's certificate file (.p12/.pfx) and
 * its password sign the PDF as ETSI.CAdES.detached, so Adobe Reader, WPS, Foxit or `pdfsig` show it as signed and
 * unmodified. The certificate and its password are used once, in memory, and never stored or logged.
 * The signature dictionary's texts stay ASCII: @signpdf/placeholder-plain writes other text wrongly encoded, and
 * readers show the signer's name from the certificate anyway.
 */
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import signpdfModule from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { UserFacingError } from '../../../shared/api/result';

/** Room for the CMS signature: a certificate chain of a few certificates fits with margin. */
const SIGNATURE_PLACEHOLDER_BYTES = 16_384;

export interface CertificateFile {
  /** The .p12/.pfx file's bytes. */
  p12: Uint8Array;
  password: string;
}

// The package is CommonJS with an ES default export: bundlers and Node's ESM loader see it differently.
const signer = (signpdfModule as unknown as { default?: typeof signpdfModule }).default ?? signpdfModule;

export async function signPdfWithCertificate(
  pdf: Uint8Array,
  certificate: CertificateFile,
  at: Date,
): Promise<Uint8Array> {
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: 'Approved',
      contactInfo: '',
      name: '',
      location: '',
      signingTime: at,
      signatureLength: SIGNATURE_PLACEHOLDER_BYTES,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: 'selfeval-desk',
    });
  } catch (error) {
    // Our own PDF always takes a placeholder: failing here is a bug, reported as one.
    throw new Error('could not add the signature placeholder', { cause: error });
  }
  try {
    const signed = await signer.sign(
      withPlaceholder,
      new P12Signer(Buffer.from(certificate.p12), { passphrase: certificate.password }),
      at,
    );
    return new Uint8Array(signed);
  } catch (error) {
    throw certificateError(error);
  }
}

/** What went wrong with a .p12/.pfx and its password, in the words the supervisor needs. */
export function certificateError(error: unknown): UserFacingError {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|MAC|decrypt/i.test(text)) {
    return new UserFacingError('certificate', '证书密码不正确，或证书文件已损坏：请核对密码后重试');
  }
  if (/private key|keyBags|Cannot read/i.test(text)) {
    return new UserFacingError('certificate', '证书文件中没有可用于签名的私钥：请选择含私钥的 .p12/.pfx 证书文件');
  }
  if (/asn1|DER|Too few bytes|parse/i.test(text)) {
    return new UserFacingError('certificate', '所选文件不是有效的 .p12/.pfx 证书文件');
  }
  if (/Signature exceeds placeholder/i.test(text)) {
    return new UserFacingError('certificate', '证书链过长，签名放不下：请使用只含本人证书的证书文件');
  }
  return new UserFacingError('certificate', '用证书签名失败：请确认所选文件是有效的 .p12/.pfx 签名证书');
}
