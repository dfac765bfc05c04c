import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_USAGE_TYPE } from './statement-signature.js';

// Test helpers: they sign statements as an xAPI client would, with real RSA
// keys and, through the `openssl` command, real X.509 certificates.

/** An RSA signer and, when made by `createCertificateChain`, its certificate chain in DER. */
export interface TestSigner {
  privateKey: KeyObject;
  /** DER certificates, the signer's first, for the `x5c` header. */
  chain: Buffer[];
}

const HASH_BY_ALGORITHM: Record<string, string> = {
  RS256: 'sha256',
  RS384: 'sha384',
  RS512: 'sha512',
};

/** Generates a 2048-bit RSA signer without certificates. */
export function createRsaSigner(): TestSigner {
  return { privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, chain: [] };
}

/**
 * Generates a CA key and a signer key with node:crypto and certifies them
 * with `openssl`: a self-signed CA certificate and a signer certificate the CA
 * issued. Returns the signer with the chain [signer, CA].
 */
export function createCertificateChain(): TestSigner & { ca: TestSigner } {
  const folder = mkdtempSync(join(tmpdir(), 'fabrique-x5c-'));
  try {
    const ca = createRsaSigner();
    const signer = createRsaSigner();
    const file = (name: string) => join(folder, name);
    writeFileSync(file('ca.key'), ca.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(file('signer.key'), signer.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
    openssl(
      'req',
      '-x509',
      '-key',
      file('ca.key'),
      '-subj',
      '/CN=Test CA',
      '-days',
      '2',
      '-out',
      file('ca.pem'),
    );
    openssl(
      'req',
      '-new',
      '-key',
      file('signer.key'),
      '-subj',
      '/CN=Test signer',
      '-out',
      file('signer.csr'),
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file('signer.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-set_serial',
      '2',
      '-days',
      '2',
      '-out',
      file('signer.pem'),
    );
    const der = (name: string) => pemToDer(readFileSync(file(name), 'utf8'));
    return {
      privateKey: signer.privateKey,
      chain: [der('signer.pem'), der('ca.pem')],
      ca: { privateKey: ca.privateKey, chain: [der('ca.pem')] },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Signs a payload as a JWS compact serialisation with the given header fields. */
export function signCompactJws(
  payload: unknown,
  signer: TestSigner,
  header: Record<string, unknown> = {},
): string {
  const fullHeader = {
    alg: 'RS256',
    ...(signer.chain.length > 0 ? { x5c: signer.chain.map((der) => der.toString('base64')) } : {}),
    ...header,
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode(fullHeader)}.${encode(payload)}`;
  const hash = HASH_BY_ALGORITHM[String(fullHeader.alg)] ?? 'sha256';
  const signature = sign(hash, Buffer.from(signingInput), signer.privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** Returns a copy of a statement with a signature attachment for the JWS, and the JWS bytes. */
export function attachSignature(
  statement: Record<string, unknown>,
  jws: string,
): { statement: Record<string, unknown>; content: Buffer; sha2: string } {
  const content = Buffer.from(jws, 'ascii');
  const sha2 = createHash('sha256').update(content).digest('hex');
  const attachment = {
    usageType: SIGNATURE_USAGE_TYPE,
    display: { 'en-US': 'Signature' },
    contentType: 'application/octet-stream',
    length: content.length,
    sha2,
  };
  const attachments = [...((statement.attachments as unknown[] | undefined) ?? []), attachment];
  return { statement: { ...statement, attachments }, content, sha2 };
}

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
