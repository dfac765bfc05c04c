import { createHash } from 'node:crypto';

/** Returns the strong ETag of document content: its SHA-1 in hex, quoted. */
export function documentEtag(content: Uint8Array): string {
  return `"${createHash('sha1').update(content).digest('hex')}"`;
}
