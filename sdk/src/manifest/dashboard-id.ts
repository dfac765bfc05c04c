import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

const DASHBOARD_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Tells whether a string is a dashboard id: a lowercase letter, then letters, digits or `-`. */
export function isDashboardId(value: string): boolean {
  return value.length <= 64 && DASHBOARD_ID_PATTERN.test(value);
}

/**
 * Zod schema of the id of a dashboard query, column, dimension or measure. Reports
 * `invalid-id`. The host returns query results keyed by these ids.
 */
export const dashboardIdSchema = withRule(z.string(), {
  code: 'invalid-id',
  test: isDashboardId,
  message: (value) =>
    'must start with a lowercase letter followed by lowercase letters, digits or "-", at ' +
    `most 64 characters, such as "median-error" (got ${describeValue(value)}).`,
}).meta({ pattern: DASHBOARD_ID_PATTERN.source, maxLength: 64 });
