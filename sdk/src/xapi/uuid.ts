import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

const UUID_PATTERN =
  /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/**
 * Tells whether a value is a UUID in the standard string form of RFC 4122:
 * 32 hexadecimal digits in groups of 8, 4, 4, 4 and 12, in either case.
 *
 * Version and variant bits are not checked: xAPI 1.0.3 only recommends the
 * RFC 4122 variant, and its own example statement id
 * `12345678-1234-5678-1234-567812345678` has another variant.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Schema of a UUID, such as a statement id or `context.registration`. */
export const uuidSchema = z.custom<string>(
  isUuid,
  xapiRule(
    'invalid-uuid',
    'must be a UUID in standard string form (8-4-4-4-12 hexadecimal digits)',
  ),
);
