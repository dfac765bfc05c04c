import type { z } from 'zod';
import { formatIssuePath } from './issue-path.js';
import { isManifestIssueCode, type ManifestIssueCode } from './manifest-issue-codes.js';
import { describeValue, listValues } from './value-text.js';

/**
 * One rule that a manifest (or a class's settings object) breaks.
 *
 * @example
 * const issue: ManifestIssue = {
 *   path: 'capabilities.xapi.verbs[0].id',
 *   code: 'invalid-iri',
 *   message: 'capabilities.xapi.verbs[0].id must be an absolute IRI, such as ... (got "answered").',
 * };
 */
export interface ManifestIssue {
  /** Location of the value, written like a JavaScript property access, or empty for the root. */
  readonly path: string;
  /** Stable kebab-case code of the broken rule, also the translation key of the message. */
  readonly code: ManifestIssueCode;
  /** English sentence that names the path, the rule and the fix. */
  readonly message: string;
}

/**
 * Converts zod issues into manifest issues: one issue per unknown property, the branch
 * that fits for a union, and messages that begin with the path (or with `subject` at the
 * root). Expects issues parsed with `reportInput` and with {@link describeZodIssue} as
 * the error map, as {@link parseWithIssues} does.
 */
export function toManifestIssues(
  issues: readonly z.core.$ZodIssue[],
  subject: string,
): ManifestIssue[] {
  return issues.flatMap((issue) => convertIssue(issue, [], subject));
}

/**
 * Formats issues for a terminal: one line per issue, the message followed by its code.
 *
 * @example
 * formatManifestIssues(result.issues);
 * // 'id must be a lowercase reverse-DNS name ... (got "Numbers"). [invalid-plugin-id]'
 */
export function formatManifestIssues(issues: readonly ManifestIssue[]): string {
  return issues.map((issue) => `${issue.message} [${issue.code}]`).join('\n');
}

function convertIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  subject: string,
): ManifestIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        createIssue(
          [...path, key],
          'unknown-property',
          'is not a known property. Remove it or check its spelling.',
          subject,
        ),
      );
    case 'invalid_key':
      return issue.issues.flatMap((inner) => convertIssue(inner, path, subject));
    case 'invalid_union':
      return convertUnionIssue(issue, path, subject);
    case 'custom': {
      const code = issue.params?.code;
      return [
        createIssue(
          path,
          isManifestIssueCode(code) ? code : 'invalid-value',
          issue.message,
          subject,
        ),
      ];
    }
    default:
      return [createIssue(path, genericCode(issue), issue.message, subject)];
  }
}

function convertUnionIssue(
  issue: z.core.$ZodIssueInvalidUnion,
  path: readonly PropertyKey[],
  subject: string,
): ManifestIssue[] {
  if (issue.errors.length === 0 && issue.discriminator !== undefined) {
    const value = readProperty(issue.input, issue.discriminator);
    const allowed = listValues('options' in issue ? (issue.options ?? []) : []);
    if (value === undefined) {
      return [createIssue(path, 'missing-property', `is missing. Add one of ${allowed}.`, subject)];
    }
    const text = `must be one of ${allowed} (got ${describeValue(value)}).`;
    return [createIssue(path, 'invalid-value', text, subject)];
  }

  // The branch whose issues all lie inside the value is the form the author meant, so its
  // issues are more useful than "matches no form".
  const fitting = issue.errors.filter((branch) => branch.every((inner) => inner.path.length > 0));
  const [branch] = fitting;
  if (fitting.length === 1 && branch !== undefined) {
    return branch.flatMap((inner) => convertIssue(inner, path, subject));
  }
  const code = issue.input === undefined ? 'missing-property' : 'invalid-value';
  return [createIssue(path, code, issue.message, subject)];
}

function genericCode(issue: z.core.$ZodIssue): ManifestIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'missing-property' : 'invalid-type';
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return 'too-few-items';
      return issue.origin === 'string' ? 'empty-text' : 'number-out-of-range';
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return 'too-many-items';
      return issue.origin === 'string' ? 'text-too-long' : 'number-out-of-range';
    default:
      return 'invalid-value';
  }
}

function createIssue(
  path: readonly PropertyKey[],
  code: ManifestIssueCode,
  ruleText: string,
  subject: string,
): ManifestIssue {
  const pathText = formatIssuePath(path);
  return { path: pathText, code, message: `${pathText === '' ? subject : pathText} ${ruleText}` };
}

function readProperty(value: unknown, key: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}
