import { FabriqueError } from '@fabrique/sdk';
import type { z } from 'zod';
import { brokenTextRule } from './parameter-text.js';

/**
 * Maximum size of one query parameter value, in UTF-8 bytes. Node's HTTP
 * server bounds a URL with its 16 KiB header limit, but an alternate request
 * carries its parameters in the form body, up to the LRS body limit. The IRI
 * pattern overflows the regular expression stack on a 10 MB value (Node 20).
 */
export const MAX_PARAMETER_BYTES = 64 * 1024;

/**
 * Parses the query string of an LRS request with a schema over its
 * parameters, each a string. The schema should be a strict object, so that
 * an unknown parameter is rejected.
 *
 * @param form the request form in messages, such as `GET /activities/state`.
 * @throws FabriqueError `invalid-query` (400) naming the first parameter that
 *   is repeated, unknown, missing, too long or malformed, or contains
 *   U+0000, and the rule it breaks.
 */
export function parseQueryParameters<T>(
  schema: z.ZodType<T>,
  parameters: URLSearchParams,
  form: string,
): T {
  const seen = new Map<string, string>();
  for (const [name, value] of parameters) {
    if (seen.has(name)) rejectParameter(name, 'may appear only once');
    if (Buffer.byteLength(value) > MAX_PARAMETER_BYTES) {
      rejectParameter(name, `must be at most ${MAX_PARAMETER_BYTES} bytes long in UTF-8`);
    }
    const textRule = brokenTextRule(value);
    if (textRule !== undefined) rejectParameter(name, textRule);
    seen.set(name, value);
  }
  // fromEntries defines own properties, so even `__proto__` reaches the schema.
  const values: Record<string, string> = Object.fromEntries(seen);
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  if (!issue) rejectParameter('query', `is invalid for ${form}`);
  if (issue.code === 'unrecognized_keys') {
    rejectParameter(String(issue.keys[0]), `is not a parameter of ${form}`);
  }
  const name = String(issue.path[0] ?? 'query');
  if (issue.code === 'invalid_type' && !seen.has(name)) {
    rejectParameter(name, `is required in ${form}`);
  }
  rejectParameter(name, issue.message);
}

function rejectParameter(name: string, rule: string): never {
  throw new FabriqueError('invalid-query', 400, `Query parameter ${name} ${rule}.`, {
    field: name,
    rule,
  });
}
