import type { z } from 'zod';
import { describeValue, listValues } from './value-text.js';

const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  record: 'an object',
  undefined: 'absent',
};

/**
 * Writes the English rule text for an issue that zod raised itself (a wrong type, a
 * missing property, a bound), in the form that follows the path: "must be a string (got
 * 12).". Issues raised by manifest rules carry their own text and never reach this map.
 */
export function describeZodIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing. Add this required property.';
      return `must be ${EXPECTED_TYPES[issue.expected] ?? issue.expected} (got ${describeValue(issue.input)}).`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${listValues(issue.values)} (got ${describeValue(issue.input)}).`
        : `must be one of ${listValues(issue.values)} (got ${describeValue(issue.input)}).`;
    case 'too_small':
      return describeLowerBound(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return describeUpperBound(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_union':
      return 'does not match any of the allowed forms. Check it against the manifest documentation.';
    default:
      return `is invalid (${issue.code}). Check it against the manifest documentation.`;
  }
}

function describeLowerBound(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'array' || origin === 'set') {
    return minimum === 1 ? 'must not be empty.' : `must contain at least ${minimum} items.`;
  }
  if (origin === 'string') {
    return minimum <= 1 ? 'must not be empty.' : `must be at least ${minimum} characters long.`;
  }
  return inclusive ? `must be at least ${minimum}.` : `must be greater than ${minimum}.`;
}

function describeUpperBound(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'array' || origin === 'set') {
    return `must contain at most ${maximum} items. Remove some.`;
  }
  if (origin === 'string') {
    return `must be at most ${maximum} characters long. Shorten it.`;
  }
  return inclusive ? `must be at most ${maximum}.` : `must be less than ${maximum}.`;
}
