import { constants, verify, X509Certificate } from 'node:crypto';
import { z } from 'zod';

/** Error for a JWS that failed to decode or verify. Its message names the rule broken. */
export class JwsError extends Error {
  override readonly name = 'JwsError';
}

/** The algorithms xAPI 1.0.3 allows for signed statements: RSASSA-PKCS1-v1_5 with SHA-2. */
export const JWS_ALGORITHMS = ['RS256', 'RS384', 'RS512'] as const;

const HASH_BY_ALGORITHM = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' } as const;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const jwsHeaderSchema = z.looseObject({
  alg: z.string(),
  x5c: z.array(z.string().regex(BASE64)).min(1).optional(),
  // RFC 7515 makes a recipient reject extensions listed in crit that it does not
  // understand, and this verifier understands none.
  crit: z.undefined().optional(),
});

/** A JWS in compact serialisation (RFC 7515 section 7.1), decoded. */
export interface CompactJws {
  algorithm: (typeof JWS_ALGORITHMS)[number];
  /** X.509 certificates of `x5c`, the signer's first. */
  certificates: X509Certificate[];
  /** The payload parsed as JSON. */
  payload: unknown;
  /** `BASE64URL(header).BASE64URL(payload)`, the bytes the signature covers. */
  signingInput: Buffer;
  signature: Buffer;
}

/**
 * Decodes a JWS compact serialisation whose payload is JSON and whose
 * algorithm is RS256, RS384 or RS512. It does not verify the signature.
 *
 * @throws JwsError naming what is malformed.
 */
export function decodeCompactJws(text: string): CompactJws {
  const segments = text.trim().split('.');
  if (segments.length !== 3 || !segments.every((segment) => BASE64URL.test(segment))) {
    throw new JwsError('a JWS compact serialisation is three base64url segments joined by dots');
  }
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = segments;
  const header = jwsHeaderSchema.safeParse(decodeJson(encodedHeader, 'header'));
  if (!header.success) {
    throw new JwsError(
      'the JWS header must be a JSON object with a string alg, x5c as an array of base64 certificates, and no crit',
    );
  }
  const algorithm = JWS_ALGORITHMS.find((allowed) => allowed === header.data.alg);
  if (algorithm === undefined) {
    throw new JwsError(
      `the JWS algorithm ${header.data.alg} is not allowed; use RS256, RS384 or RS512`,
    );
  }
  const signature = Buffer.from(encodedSignature, 'base64url');
  if (signature.length === 0) throw new JwsError('the JWS signature is empty');
  return {
    algorithm,
    certificates: (header.data.x5c ?? []).map(readCertificate),
    payload: decodeJson(encodedPayload, 'payload'),
    signingInput: Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii'),
    signature,
  };
}

/**
 * Verifies the signature with the public key of the first `x5c`
 * certificate, and that each certificate of the chain was issued and signed
 * by the next one. It checks no trust anchor and no validity period, because
 * xAPI 1.0.3 uses the certificate to catch mistakes in a signature, not to
 * authenticate the signer.
 *
 * @throws JwsError when the key is not RSA or a signature does not verify.
 */
export function verifyWithCertificates(jws: CompactJws): void {
  const [signer, ...issuers] = jws.certificates;
  if (signer === undefined) return;
  const keyType = signer.publicKey.asymmetricKeyType;
  if (keyType !== 'rsa') {
    throw new JwsError(
      `the first x5c certificate has a key of type ${keyType}, but ${jws.algorithm} needs an RSA key`,
    );
  }
  if (!verifyRsaSignature(jws, signer)) {
    throw new JwsError('the JWS signature does not verify with the first x5c certificate');
  }
  const chain = [signer, ...issuers];
  for (let index = 0; index + 1 < chain.length; index += 1) {
    const certificate = chain[index] as X509Certificate;
    const issuer = chain[index + 1] as X509Certificate;
    if (!certificate.checkIssued(issuer) || !certificate.verify(issuer.publicKey)) {
      throw new JwsError(`x5c certificate ${index + 1} was not issued by certificate ${index + 2}`);
    }
  }
}

function verifyRsaSignature(jws: CompactJws, signer: X509Certificate): boolean {
  try {
    return verify(
      HASH_BY_ALGORITHM[jws.algorithm],
      jws.signingInput,
      { key: signer.publicKey, padding: constants.RSA_PKCS1_PADDING },
      jws.signature,
    );
  } catch {
    // A key or signature that OpenSSL cannot process counts as a failed verification.
    return false;
  }
}

function decodeJson(segment: string, name: string): unknown {
  try {
    return JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(segment, 'base64url')),
    );
  } catch {
    throw new JwsError(`the JWS ${name} is not base64url-encoded JSON`);
  }
}

function readCertificate(base64: string, index: number): X509Certificate {
  try {
    const certificate = new X509Certificate(Buffer.from(base64, 'base64'));
    // Reading the key here turns a key of an unsupported type into a JwsError.
    void certificate.publicKey;
    return certificate;
  } catch {
    throw new JwsError(`x5c certificate ${index + 1} is not a DER X.509 certificate`);
  }
}
