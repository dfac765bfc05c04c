import { z } from 'zod';
import type { ManifestIssueCode } from './manifest-issue-codes.js';
import { describeValue, listValues } from './value-text.js';

/** A check on one parsed value, reported under a stable code when it fails. */
export interface ValueRule<T> {
  /** Code of the issue raised when {@link ValueRule.test} returns false. */
  readonly code: ManifestIssueCode;
  /** Returns true when the value follows the rule. */
  readonly test: (value: T) => boolean;
  /** Text that follows the issue path in the message: the rule, the fix and the value. */
  readonly message: (value: T) => string;
}

/** An issue raised by a manifest rule, before the parser prefixes its message with the path. */
export interface RuleIssue {
  readonly code: ManifestIssueCode;
  readonly message: string;
  /** Path relative to the refined value, or empty for the value itself. */
  readonly path?: readonly PropertyKey[];
  readonly input?: unknown;
}

/**
 * Adds a rule violation to a zod refinement context. The parser reads the code back from
 * `params.code`, so the issue keeps its code through zod's own issue handling.
 */
export function reportRuleIssue(ctx: z.RefinementCtx, issue: RuleIssue): void {
  ctx.addIssue({
    code: 'custom',
    message: issue.message,
    params: { code: issue.code },
    input: issue.input,
    ...(issue.path === undefined ? {} : { path: [...issue.path] }),
  });
}

/** Returns the schema with one more check that reports its own code when it fails. */
export function withRule<S extends z.ZodType>(schema: S, rule: ValueRule<z.output<S>>): S {
  return schema.superRefine((value, ctx) => {
    if (!rule.test(value)) {
      reportRuleIssue(ctx, { code: rule.code, message: rule.message(value), input: value });
    }
  });
}

/**
 * Builds an enum schema whose unknown values are reported under a dedicated code rather
 * than the generic `invalid-value`. The JSON Schema of the result is a plain `enum`.
 */
export function enumWithCode<const T extends readonly [string, ...string[]]>(
  values: T,
  code: ManifestIssueCode,
) {
  const allowed: readonly string[] = values;
  const rule: ValueRule<string> = {
    code,
    test: (value) => allowed.includes(value),
    message: (value) => `must be one of ${listValues(values)} (got ${describeValue(value)}).`,
  };
  return withRule(z.string(), rule).pipe(z.enum(values));
}
