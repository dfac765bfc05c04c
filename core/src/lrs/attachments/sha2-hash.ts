import { createHash } from 'node:crypto';

// The length of a SHA-2 digest in hexadecimal identifies its algorithm.
const ALGORITHM_BY_HEX_LENGTH = new Map([
  [56, 'sha224'],
  [64, 'sha256'],
  [96, 'sha384'],
  [128, 'sha512'],
]);

/** Tells whether a value is a SHA-224, SHA-256, SHA-384 or SHA-512 digest in hexadecimal. */
export function isSha2Hex(value: string): boolean {
  return /^[0-9A-Fa-f]+$/.test(value) && ALGORITHM_BY_HEX_LENGTH.has(value.length);
}

/**
 * Tells whether content has the given SHA-2 digest, computed with the
 * algorithm that the digest's length names. Hex digits compare without regard to case.
 */
export function hasSha2(content: Uint8Array, expected: string): boolean {
  const algorithm = ALGORITHM_BY_HEX_LENGTH.get(expected.length);
  if (algorithm === undefined) return false;
  return createHash(algorithm).update(content).digest('hex') === expected.toLowerCase();
}
