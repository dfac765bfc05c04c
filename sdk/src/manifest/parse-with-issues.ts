import type { z } from 'zod';
import { type ManifestIssue, toManifestIssues } from './manifest-issues.js';
import { describeZodIssue } from './zod-issue-text.js';

/** The outcome of {@link parseWithIssues}: the parsed value, or every issue found. */
export type IssuesParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: ManifestIssue[] };

/**
 * Parses a value with a manifest schema and converts any failure into manifest issues whose
 * messages start with the path, or with `subject` for the root value.
 */
export function parseWithIssues<S extends z.ZodType>(
  schema: S,
  value: unknown,
  subject: string,
): IssuesParseResult<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true, error: describeZodIssue });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toManifestIssues(result.error.issues, subject) };
}
