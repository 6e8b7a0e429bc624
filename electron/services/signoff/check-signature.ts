/**
 * Checks the PAdES signature of a PDF signed at approval (sign-pdf.ts), with no database: the CMS SignedData in the
 * last signature's /Contents must sign, through its messageDigest attribute, exactly the bytes its /ByteRange
 * names, and that range must cover the whole file (nothing appended afterwards). The signer is named from the
 * certificate inside the signature. Whether that certificate is one the reader trusts is a separate question,
 * answered against a list of trusted supervisor (or issuing) certificates in a PEM file.
 * Only RSA and EC signatures over SHA-1/SHA-2 are understood; anything else is reported as not verifiable.
 */
import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { UserFacingError } from '../../../shared/api/result';

export interface SignatureCheck {
  /** The signature is mathematically valid over the range it names. */
  valid: boolean;
  /** The range is the whole file: nothing was appended after signing. */
  coversWholeFile: boolean;
  /** "CN=…, O=…" from the signer's certificate ('' if it could not be read). */
  signer: string;
  /** SHA-256 of the signer's certificate (lower-case hex), to compare with a list. */
  certSha256: string;
  /** Why it is not valid, in Chinese; null when valid and whole. */
  problem: string | null;
  /** Against the trusted list: true/false; null when no list was given. */
  trusted: boolean | null;
}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const MESSAGE_DIGEST_OID = '1.2.840.113549.1.9.4';

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(pattern)) last = m;
  return last;
}

/** The byte range and the hex of /Contents of the last signature in the file, or null if it is not signed. */
function findSignature(bytes: Uint8Array): { range: [number, number, number, number]; der: Buffer } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const m = lastMatch(text, /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g);
  if (!m) return null;
  const range = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
  const hex = text.slice(range[0] + range[1], range[2]).replace(/[<>\s]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  return { range, der: Buffer.from(hex.replace(/(00)+$/, ''), 'hex') };
}

function subjectLine(cert: X509Certificate): string {
  return cert.subject
    .split('\n')
    .filter((part) => /^(CN|O|OU)=/.test(part))
    .join(', ');
}

const fingerprintHex = (cert: X509Certificate) => cert.fingerprint256.replace(/:/g, '').toLowerCase();

interface SignerParts {
  cert: X509Certificate;
  digest: string;
  messageDigest: Buffer;
  signedAttrs: Buffer;
  signature: Buffer;
}

/** The first SignerInfo of the CMS, with the certificate whose serial it names. */
function signerParts(der: Buffer): SignerParts {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const msg = forge.pkcs7.messageFromAsn1(asn1) as unknown as {
    rawCapture: { certificates?: { value: forge.asn1.Asn1[] }; signerInfos?: forge.asn1.Asn1[] };
  };
  const info = msg.rawCapture.signerInfos?.[0];
  if (!info || !Array.isArray(info.value)) throw new Error('no SignerInfo');
  const parts = info.value as forge.asn1.Asn1[];
  const sid = parts[1]?.value as forge.asn1.Asn1[] | undefined;
  const serial = Buffer.from((sid?.[1]?.value as string | undefined) ?? '', 'binary').toString('hex');
  const digestOid = forge.asn1.derToOid(((parts[2]?.value as forge.asn1.Asn1[])[0]?.value as string) ?? '');
  const attrs = parts.find((p) => p.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const signature = [...parts].reverse().find((p) => p.type === forge.asn1.Type.OCTETSTRING && !p.constructed);
  if (!attrs || !signature) throw new Error('no signed attributes');
  let messageDigest: Buffer | null = null;
  for (const attr of attrs.value as forge.asn1.Asn1[]) {
    const [oid, values] = attr.value as forge.asn1.Asn1[];
    if (oid && forge.asn1.derToOid(oid.value as string) === MESSAGE_DIGEST_OID) {
      const value = (values?.value as forge.asn1.Asn1[])[0]?.value as string;
      messageDigest = Buffer.from(value, 'binary');
    }
  }
  if (!messageDigest) throw new Error('no messageDigest');
  // The signature covers the attributes encoded as a SET, not with their [0] tag.
  const asSet = forge.asn1.create(
    forge.asn1.Class.UNIVERSAL,
    forge.asn1.Type.SET,
    true,
    attrs.value as forge.asn1.Asn1[],
  );
  const certs = (msg.rawCapture.certificates?.value ?? []).map(
    (c) => new X509Certificate(Buffer.from(forge.asn1.toDer(c).getBytes(), 'binary')),
  );
  const cert = certs.find((c) => c.serialNumber.toLowerCase().replace(/^0+/, '') === serial.replace(/^0+/, ''));
  if (!cert) throw new Error('signer certificate missing');
  const digest = DIGESTS[digestOid];
  if (!digest) throw new Error(`digest ${digestOid}`);
  return {
    cert,
    digest,
    messageDigest,
    signedAttrs: Buffer.from(forge.asn1.toDer(asSet).getBytes(), 'binary'),
    signature: Buffer.from(signature.value as string, 'binary'),
  };
}

/** Trusted when the signer's certificate is on the list, or was issued (and signed) by a CA certificate on it. */
function isTrusted(cert: X509Certificate, trusted: readonly X509Certificate[]): boolean {
  return trusted.some(
    (t) =>
      fingerprintHex(t) === fingerprintHex(cert) || (t.ca && t.subject === cert.issuer && cert.verify(t.publicKey)),
  );
}

/** A CMS signature checked against the content it signs: the digest, the signature value, the signer. */
export interface CmsCheck {
  /** The messageDigest attribute is the digest of the content. */
  digestOk: boolean;
  /** The signature over the signed attributes holds for the certificate's key. */
  signatureOk: boolean;
  signer: string;
  certSha256: string;
  trusted: boolean | null;
}

/** Checks a detached CMS SignedData (DER) over `content`; null when the CMS cannot be read at all. */
export function checkDetachedCms(
  der: Uint8Array,
  content: Uint8Array,
  trusted?: readonly X509Certificate[],
): CmsCheck | null {
  let parts: SignerParts;
  try {
    parts = signerParts(Buffer.from(der));
  } catch {
    return null;
  }
  const digestOk = createHash(parts.digest).update(content).digest().equals(parts.messageDigest);
  let signatureOk: boolean;
  try {
    signatureOk = verifySignature(parts.digest, parts.signedAttrs, parts.cert.publicKey, parts.signature);
  } catch {
    signatureOk = false;
  }
  return {
    digestOk,
    signatureOk,
    signer: subjectLine(parts.cert),
    certSha256: fingerprintHex(parts.cert),
    trusted: trusted ? isTrusted(parts.cert, trusted) : null,
  };
}

/** null when the PDF carries no signature. */
export function checkPdfSignature(bytes: Uint8Array, trusted?: readonly X509Certificate[]): SignatureCheck | null {
  const found = findSignature(bytes);
  if (!found) return null;
  const [a, b, c, d] = found.range;
  const coversWholeFile = a === 0 && c + d === bytes.byteLength && b < c;
  const signed = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const cms = checkDetachedCms(found.der, signed, trusted);
  if (!cms) {
    return {
      valid: false,
      coversWholeFile,
      signer: '',
      certSha256: '',
      problem: 'PDF中的数字签名无法读取（格式不对或已损坏）',
      trusted: trusted ? false : null,
    };
  }
  const problem = !cms.digestOk
    ? '数字签名与文件内容不符：签名之后文件被改动过'
    : !cms.signatureOk
      ? '数字签名本身无效（签名值与证书不符）'
      : !coversWholeFile
        ? '签名之后文件末尾又被追加了内容，签名不覆盖整个文件'
        : null;
  return {
    valid: cms.digestOk && cms.signatureOk,
    coversWholeFile,
    signer: cms.signer,
    certSha256: cms.certSha256,
    problem,
    trusted: cms.trusted,
  };
}

/** The certificates of a PEM file (a finance bureau's list of trusted supervisors or issuing CAs). */
export function parseTrustedCertificates(pem: string, where: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    throw new UserFacingError(
      'invalid-input',
      `${where}中没有证书（应为PEM格式，以“-----BEGIN CERTIFICATE-----”开头）`,
    );
  }
  return blocks.map((block, i) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new UserFacingError('invalid-input', `${where}中的第${i + 1}个证书无法读取`);
    }
  });
}

/** A trusted list as a file's bytes: PEM (one or more certificates) or a single DER certificate (.cer/.crt). */
export function parseTrustedCertificateBytes(bytes: Uint8Array, where: string): X509Certificate[] {
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN')) return parseTrustedCertificates(text, where);
  try {
    return [new X509Certificate(Buffer.from(bytes))];
  } catch {
    throw new UserFacingError(
      'invalid-input',
      `${where}中没有证书（应为PEM格式，以“-----BEGIN CERTIFICATE-----”开头，或单个DER格式的 .cer 证书）`,
    );
  }
}

/** Lines for a reader: who signed, whether it holds, whether the signer is trusted. */
export function signatureLines(check: SignatureCheck | null): string[] {
  if (!check) return ['数字签名：没有（签发时未使用证书）'];
  const lines = [
    check.problem
      ? `数字签名：无效——${check.problem}`
      : `数字签名：有效，覆盖整个文件；签名人 ${check.signer || '（证书中无名称）'}`,
    `签名证书SHA-256：${check.certSha256 || '无法读取'}`,
  ];
  if (check.trusted === true) lines.push('签名证书在受信任的证书清单中');
  if (check.trusted === false) lines.push('签名证书不在受信任的证书清单中，也不是清单中的证书签发的');
  return lines;
}
