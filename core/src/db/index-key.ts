import { createHash } from 'node:crypto';

/**
 * Maximum length, in UTF-8 bytes, of a value stored as it is in an indexed text column.
 * PostgreSQL rejects B-tree entries above 2704 bytes, and a key may hold
 * several such columns.
 */
export const MAX_INDEXED_BYTES = 256;

/**
 * Returns the value to store in an indexed column: the value itself when it
 * is short, else `#sha256:` and its SHA-256 in hex. No IRI, UUID or agent
 * key starts with `#`, so a digest never equals a short value. Lookups must
 * pass their value through this function too.
 */
export function indexKey(value: string): string {
  if (Buffer.byteLength(value) <= MAX_INDEXED_BYTES) return value;
  return `#sha256:${createHash('sha256').update(value).digest('hex')}`;
}
