import { z } from 'zod';
import { type XapiIssueCode, xapiRule } from './xapi-issue.js';

/** Tells whether a value is a JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds a schema that accepts any JSON object and reports anything else with
 * `code`, so that a map such as a language map gets its own code when it is
 * given a string. Pipe it into the schema of the map's entries.
 */
export function jsonObjectSchema(code: XapiIssueCode, rule: string) {
  return z.custom<Record<string, unknown>>(isJsonObject, xapiRule(code, rule));
}
