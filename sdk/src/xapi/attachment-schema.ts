import { z } from 'zod';
import { iriSchema, irlSchema } from './iri.js';
import { languageMapSchema } from './language-map.js';
import { xapiRule } from './xapi-issue.js';

// type "/" subtype as restricted names of RFC 6838, then parameters of RFC 2045
// whose values are tokens or quoted strings, for example `text/plain; charset=ascii`.
const RESTRICTED_NAME = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED_STRING = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const MEDIA_TYPE_PATTERN = new RegExp(
  `^${RESTRICTED_NAME}/${RESTRICTED_NAME}(?:[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED_STRING}))*[ \\t]*$`,
);
const SHA2_HEX_PATTERN = /^(?:[0-9A-Fa-f]{56}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{96}|[0-9A-Fa-f]{128})$/;

/** Tells whether a value is an Internet media type such as `application/pdf` (RFC 2046, RFC 6838). */
export function isMediaType(value: unknown): value is string {
  return typeof value === 'string' && MEDIA_TYPE_PATTERN.test(value);
}

/**
 * Schema of an attachment's metadata: usageType IRI, display and description
 * language maps, contentType, length in octets, the SHA-2 hash of the content
 * in hexadecimal (SHA-224, SHA-256, SHA-384 or SHA-512) and an optional fileUrl.
 */
export const attachmentSchema = z.strictObject({
  usageType: iriSchema,
  display: languageMapSchema,
  description: languageMapSchema.optional(),
  contentType: z.custom<string>(
    isMediaType,
    xapiRule('invalid-content-type', 'must be an Internet media type such as "application/pdf"'),
  ),
  length: z.custom<number>(
    (value) => Number.isSafeInteger(value) && (value as number) >= 0,
    xapiRule('invalid-length', 'must be a whole number of octets, 0 or more'),
  ),
  sha2: z.custom<string>(
    (value) => typeof value === 'string' && SHA2_HEX_PATTERN.test(value),
    xapiRule('invalid-sha2', 'must be a SHA-2 hash in hexadecimal (56, 64, 96 or 128 digits)'),
  ),
  fileUrl: irlSchema.optional(),
});
