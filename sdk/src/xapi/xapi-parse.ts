import type { core, z } from 'zod';
import { describeInputValue, describeJsonType, formatIssuePath } from './issue-path.js';
import type { XapiIssue, XapiIssueCode, XapiIssueParams, XapiParseResult } from './xapi-issue.js';

/** Code and rule reported for a property that a schema does not allow. */
export interface UnknownPropertyDescription {
  readonly code: XapiIssueCode;
  /** The rule as the end of a sentence that starts with the property path. */
  readonly rule: string;
}

/** Options of {@link parseWithSchema} that shape the issues it reports. */
export interface XapiParseOptions {
  /** Name of the root value in messages, for example `statement`. */
  readonly rootLabel: string;
  /**
   * Chooses the code and rule for a property that the schema does not allow,
   * given its path and the object that contains it. Returning undefined
   * reports `unknown-property` with a generic rule.
   */
  readonly describeUnknownProperty?: (
    path: readonly PropertyKey[],
    container: unknown,
  ) => UnknownPropertyDescription | undefined;
}

/**
 * Parses an untrusted value with an xAPI schema and turns Zod's issues into
 * {@link XapiIssue}s with stable codes, paths and English messages.
 */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  value: unknown,
  options: XapiParseOptions,
): XapiParseResult<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) {
    return { success: true, data: result.data };
  }
  return { success: false, issues: toXapiIssues(result.error.issues, options) };
}

/** Converts Zod issues to xAPI issues, dropping exact duplicates. */
export function toXapiIssues(
  issues: readonly core.$ZodIssue[],
  options: XapiParseOptions,
): XapiIssue[] {
  const converted = issues.flatMap((issue) => convertIssue(issue, [], options));
  const seen = new Set<string>();
  return converted.filter((issue) => {
    const key = `${issue.code}\u0000${issue.path}\u0000${issue.message}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
}

function convertIssue(
  issue: core.$ZodIssue,
  prefix: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownPropertyIssue([...path, key], issue.input, options));
    case 'invalid_union':
      return convertUnionIssue(issue, path, options);
    default:
      return [convertLeafIssue(issue, path, options)];
  }
}

function convertLeafIssue(
  issue: core.$ZodIssue,
  path: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue {
  const params = issue.code === 'custom' ? xapiParams(issue.params) : undefined;
  if (params !== undefined && !params.showInput) {
    // A cross-property rule chose its code and wording deliberately.
    return makeIssue(path, params.xapiCode, issue.message, options);
  }
  const absentOrNull = absentOrNullIssue(issue.input, path, options);
  if (absentOrNull !== undefined) {
    return absentOrNull;
  }
  if (params !== undefined) {
    const valueText = describeInputValue(issue.input);
    const rule = valueText === undefined ? issue.message : `${issue.message}, got ${valueText}`;
    return makeIssue(path, params.xapiCode, rule, options);
  }
  if (issue.code === 'invalid_type') {
    const rule = `must be ${describeExpectedType(issue.expected)}, got ${describeJsonType(issue.input)}`;
    return makeIssue(path, 'invalid-type', rule, options);
  }
  if (issue.code === 'invalid_value') {
    return convertValueIssue(issue, path, options);
  }
  return makeIssue(path, 'invalid-value', issue.message, options);
}

/** Reports an absent property as missing and a `null` as forbidden, except at the root. */
function absentOrNullIssue(
  input: unknown,
  path: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue | undefined {
  if (path.length === 0) {
    return undefined;
  }
  if (input === undefined) {
    return makeIssue(path, 'missing-property', 'is required', options);
  }
  if (input === null) {
    const rule = 'must not be null (xAPI allows null only as an extension value)';
    return makeIssue(path, 'null-property', rule, options);
  }
  return undefined;
}

function convertValueIssue(
  issue: core.$ZodIssueInvalidValue,
  path: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue {
  const expected = issue.values.map((value) => JSON.stringify(value)).join(' or ');
  const rule = `must be ${expected}, got ${describeInputValue(issue.input) ?? describeJsonType(issue.input)}`;
  const code = path.at(-1) === 'objectType' ? 'invalid-object-type' : 'invalid-value';
  return makeIssue(path, code, rule, options);
}

function convertUnionIssue(
  issue: core.$ZodIssueInvalidUnion,
  path: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue[] {
  if (issue.discriminator !== undefined) {
    return [discriminatorIssue(issue, path, options)];
  }
  const candidates = issue.errors.filter((branch) => !isRootTypeMismatch(branch));
  const [onlyCandidate] = candidates;
  if (candidates.length === 1 && onlyCandidate !== undefined) {
    return onlyCandidate.flatMap((branchIssue) => convertIssue(branchIssue, path, options));
  }
  const absentOrNull = absentOrNullIssue(issue.input, path, options);
  return [absentOrNull ?? makeIssue(path, 'invalid-type', issue.message, options)];
}

/** Tells whether a union option rejected the value only because of its JSON type. */
function isRootTypeMismatch(branch: readonly core.$ZodIssue[]): boolean {
  const [first] = branch;
  return branch.length === 1 && first?.code === 'invalid_type' && first.path.length === 0;
}

/** Reports an objectType that no option of a discriminated union accepts. */
function discriminatorIssue(
  issue: core.$ZodIssueInvalidUnion,
  path: readonly PropertyKey[],
  options: XapiParseOptions,
): XapiIssue {
  const value = discriminatorValue(issue.input, issue.discriminator);
  const absentOrNull = absentOrNullIssue(value, path, options);
  if (absentOrNull !== undefined) {
    return absentOrNull;
  }
  const allowed = (('options' in issue ? issue.options : undefined) ?? [])
    .filter((option) => option !== undefined && option !== null)
    .map((option) => JSON.stringify(option));
  const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
  const valueText = describeInputValue(value) ?? describeJsonType(value);
  return makeIssue(path, 'invalid-object-type', `must be ${expected}, got ${valueText}`, options);
}

function discriminatorValue(input: unknown, discriminator: string | undefined): unknown {
  if (typeof input !== 'object' || input === null || discriminator === undefined) {
    return undefined;
  }
  return (input as Record<string, unknown>)[discriminator];
}

function unknownPropertyIssue(
  path: readonly PropertyKey[],
  container: unknown,
  options: XapiParseOptions,
): XapiIssue {
  const description = options.describeUnknownProperty?.(path, container);
  if (description !== undefined) {
    return makeIssue(path, description.code, description.rule, options);
  }
  const rule = 'is not a property that xAPI 1.0.3 allows here (property names are case-sensitive)';
  return makeIssue(path, 'unknown-property', rule, options);
}

function xapiParams(params: Record<string, unknown> | undefined): XapiIssueParams | undefined {
  return typeof params?.xapiCode === 'string' ? (params as unknown as XapiIssueParams) : undefined;
}

const EXPECTED_TYPE_NAMES: Readonly<Record<string, string>> = {
  array: 'an array',
  boolean: 'a boolean',
  number: 'a number',
  object: 'an object',
  record: 'an object',
  string: 'a string',
};

function describeExpectedType(expected: string): string {
  return EXPECTED_TYPE_NAMES[expected] ?? expected;
}

function makeIssue(
  path: readonly PropertyKey[],
  code: XapiIssueCode,
  rule: string,
  options: XapiParseOptions,
): XapiIssue {
  const text = formatIssuePath(path);
  const subject = text === '' ? `The ${options.rootLabel}` : text;
  return { path: text, code, message: `${subject} ${rule}.` };
}
