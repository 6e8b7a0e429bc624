/**
 * Real certificates for sign-off tests, made with node-forge: a test CA, people it issued certificates to, and
 * self-signed strangers; each as a .p12 (base64) with a password, as a supervisor would pick it.
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface Identity {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    key: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    pub: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  };
}

/** A certificate for `cn`, signed by `issuer` (self-signed without one). */
export function identity(cn: string, serial: string, issuer?: Identity): Identity {
  const { key, pub } = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 30 * 86_400_000);
  const subject = [
    { name: 'commonName', value: cn },
    { name: 'organizationName', value: 'Tongdao County' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(
    issuer
      ? [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]
      : [{ name: 'basicConstraints', cA: true }],
  );
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return { key, cert };
}

export function p12Base64(who: Identity, password: string): string {
  const asn1 = forge.pkcs12.toPkcs12Asn1(who.key, [who.cert], password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary').toString('base64');
}

export function certificatePem(who: Identity): Buffer {
  return Buffer.from(forge.pki.certificateToPem(who.cert));
}

/** The certificate alone in DER, as a .cer file. */
export function certificateDer(who: Identity): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(who.cert)).getBytes(), 'binary');
}
