import parseSpdxExpression from 'spdx-expression-parse';
import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Maximum length of a licence expression, in characters. */
export const LICENSE_MAX_LENGTH = 256;

/**
 * Tells whether a string is an SPDX licence expression, such as `AGPL-3.0-or-later` or
 * `MIT OR Apache-2.0`. `LicenseRef-` identifiers are accepted, so that a reviewer judges
 * licences outside the SPDX list.
 *
 * @example
 * isSpdxExpression('AGPL-3.0-or-later'); // true
 * isSpdxExpression('GPL v3'); // false
 */
export function isSpdxExpression(value: string): boolean {
  if (value.length > LICENSE_MAX_LENGTH) return false;
  try {
    parseSpdxExpression(value);
    return true;
  } catch {
    // spdx-expression-parse throws on any syntax error or unknown licence id.
    return false;
  }
}

/** Zod schema of the manifest's `license`. Reports `invalid-licence`. */
export const licenseSchema = withRule(z.string(), {
  code: 'invalid-licence',
  test: isSpdxExpression,
  message: (value) =>
    'must be an SPDX licence expression with ids from https://spdx.org/licenses/, such as ' +
    `"AGPL-3.0-or-later" or "MIT OR Apache-2.0" (got ${describeValue(value)}).`,
}).meta({
  description: 'SPDX licence expression, such as "AGPL-3.0-or-later".',
  maxLength: LICENSE_MAX_LENGTH,
});
