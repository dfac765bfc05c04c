import type { z } from 'zod';
import { reportRuleIssue } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Code, wording and location of the issues that {@link reportDuplicates} raises. */
export interface DuplicateCheck {
  /** `duplicate-id` for ids and keys, `duplicate-value` for values of a list. */
  readonly code: 'duplicate-id' | 'duplicate-value';
  /** Name of the unique item, in the singular, such as `verb id` or `school level`. */
  readonly noun: string;
  /** Path of the repeated value, relative to the refined value, from its index in the list. */
  readonly path: (index: number) => readonly PropertyKey[];
}

/**
 * Reports every value of a list that an earlier item already has, one issue per repeat,
 * at the repeat's path.
 */
export function reportDuplicates(
  ctx: z.RefinementCtx,
  values: readonly (string | number | boolean)[],
  check: DuplicateCheck,
): void {
  const firstIndex = new Map<string | number | boolean, number>();
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      return;
    }
    reportRuleIssue(ctx, {
      code: check.code,
      message: `repeats ${describeValue(value)}, already at index ${first}. Each ${check.noun} must be unique.`,
      path: check.path(index),
      input: value,
    });
  });
}
