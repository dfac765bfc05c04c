import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeCompactJws, JwsError, verifyWithCertificates } from './compact-jws.js';
import {
  createCertificateChain,
  createRsaSigner,
  signCompactJws,
  type TestSigner,
} from './jws-test-signer.js';

const PAYLOAD = { actor: { mbox: 'mailto:a@example.org' }, verb: { id: 'http://example.org/v' } };

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JwsError);
    return (error as Error).message;
  }
  throw new Error('expected a JwsError');
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeCompactJws', () => {
  const signer = createRsaSigner();

  test.each(['RS256', 'RS384', 'RS512'] as const)('%s decoded', (alg) => {
    const jws = decodeCompactJws(signCompactJws(PAYLOAD, signer, { alg }));
    expect(jws.algorithm).toBe(alg);
    expect(jws.payload).toEqual(PAYLOAD);
    expect(jws.certificates).toEqual([]);
    expect(jws.signature.length).toBe(256);
  });

  test('surrounding white space ignored', () => {
    expect(decodeCompactJws(` ${signCompactJws(PAYLOAD, signer)}\r\n`).payload).toEqual(PAYLOAD);
  });

  test.each(['HS256', 'ES256', 'PS256', 'none'])('rejects %s', (alg) => {
    const token = `${encode({ alg })}.${encode(PAYLOAD)}.c2ln`;
    expect(reasonOf(() => decodeCompactJws(token))).toContain(`algorithm ${alg} is not allowed`);
  });

  test.each([
    ['two segments', `${encode({ alg: 'RS256' })}.${encode(PAYLOAD)}`, 'three base64url segments'],
    [
      'padded segment',
      `${encode({ alg: 'RS256' })}=.${encode(PAYLOAD)}.c2ln`,
      'three base64url segments',
    ],
    ['header not json', `bm90IGpzb24.${encode(PAYLOAD)}.c2ln`, 'header is not'],
    ['header not object', `${encode(['RS256'])}.${encode(PAYLOAD)}.c2ln`, 'JWS header must be'],
    ['alg missing', `${encode({ typ: 'JWT' })}.${encode(PAYLOAD)}.c2ln`, 'JWS header must be'],
    [
      'crit present',
      `${encode({ alg: 'RS256', crit: ['b64'] })}.${encode(PAYLOAD)}.c2ln`,
      'no crit',
    ],
    [
      'x5c not array',
      `${encode({ alg: 'RS256', x5c: 'abc' })}.${encode(PAYLOAD)}.c2ln`,
      'JWS header must be',
    ],
    [
      'x5c not base64',
      `${encode({ alg: 'RS256', x5c: ['@@'] })}.${encode(PAYLOAD)}.c2ln`,
      'JWS header must be',
    ],
    [
      'x5c not certificate',
      `${encode({ alg: 'RS256', x5c: ['AAAA'] })}.${encode(PAYLOAD)}.c2ln`,
      'not a DER',
    ],
    ['payload not json', `${encode({ alg: 'RS256' })}.bm90IGpzb24.c2ln`, 'payload is not'],
    ['empty signature', `${encode({ alg: 'RS256' })}.${encode(PAYLOAD)}.`, 'signature is empty'],
  ])('rejects %s', (_name, token, reason) => {
    expect(reasonOf(() => decodeCompactJws(token))).toContain(reason);
  });
});

describe('verifyWithCertificates', () => {
  let chain: TestSigner & { ca: TestSigner };
  beforeAll(() => {
    chain = createCertificateChain();
  });

  test('no certificate skips verification', () => {
    const token = signCompactJws(PAYLOAD, createRsaSigner());
    expect(() => verifyWithCertificates(decodeCompactJws(token))).not.toThrow();
  });

  test.each(['RS256', 'RS384', 'RS512'])('%s verified with chain', (alg) => {
    const jws = decodeCompactJws(signCompactJws(PAYLOAD, chain, { alg }));
    expect(jws.certificates).toHaveLength(2);
    expect(jws.certificates[0]).toBeInstanceOf(X509Certificate);
    expect(() => verifyWithCertificates(jws)).not.toThrow();
  });

  test('self-signed certificate verified', () => {
    expect(() =>
      verifyWithCertificates(decodeCompactJws(signCompactJws(PAYLOAD, chain.ca))),
    ).not.toThrow();
  });

  test('rejects other key', () => {
    const impostor = { privateKey: createRsaSigner().privateKey, chain: chain.chain };
    const jws = decodeCompactJws(signCompactJws(PAYLOAD, impostor));
    expect(reasonOf(() => verifyWithCertificates(jws))).toContain('does not verify');
  });

  test('rejects tampered payload', () => {
    const [header, , signature] = signCompactJws(PAYLOAD, chain).split('.');
    const jws = decodeCompactJws(`${header}.${encode({ ...PAYLOAD, extra: 1 })}.${signature}`);
    expect(reasonOf(() => verifyWithCertificates(jws))).toContain('does not verify');
  });

  test('rejects algorithm changed after signing', () => {
    const token = signCompactJws(PAYLOAD, chain, { alg: 'RS256' });
    const [, payload, signature] = token.split('.');
    const x5c = chain.chain.map((der) => der.toString('base64'));
    const jws = decodeCompactJws(`${encode({ alg: 'RS512', x5c })}.${payload}.${signature}`);
    expect(reasonOf(() => verifyWithCertificates(jws))).toContain('does not verify');
  });

  test('rejects broken chain', () => {
    const broken = {
      privateKey: chain.privateKey,
      chain: [chain.chain[0] as Buffer, chain.chain[0] as Buffer],
    };
    const jws = decodeCompactJws(signCompactJws(PAYLOAD, broken));
    expect(reasonOf(() => verifyWithCertificates(jws))).toContain(
      'was not issued by certificate 2',
    );
  });

  test('rejects non-RSA certificate key', () => {
    const jws = decodeCompactJws(signCompactJws(PAYLOAD, chain));
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const fake = Object.create(jws.certificates[0] as X509Certificate, {
      publicKey: { value: ecKey },
    });
    expect(reasonOf(() => verifyWithCertificates({ ...jws, certificates: [fake] }))).toContain(
      'key of type ec',
    );
  });
});
