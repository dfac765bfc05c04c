import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

const VERSION_PATTERN = /^1\.0(?:\.\d+)?$/;

/**
 * Tells whether a value is a statement version that an xAPI 1.0.3 LRS
 * accepts: `1.0.0` to `1.0.x`. The bare `1.0` is accepted too, because the
 * ADL LRS conformance test suite requires it, although the specification
 * requires a version that starts with `1.0.`.
 */
export function isStatementVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION_PATTERN.test(value);
}

/** Schema of a statement's `version` property. */
export const statementVersionSchema = z.custom<string>(
  isStatementVersion,
  xapiRule('invalid-version', 'must be an xAPI 1.0 version such as "1.0.0" or "1.0.3"'),
);
