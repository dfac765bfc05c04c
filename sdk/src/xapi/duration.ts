import { z } from 'zod';
import { xapiRule } from './xapi-issue.js';

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DURATION_PATTERN = new RegExp(
  `^P(?:${NUMBER}W|(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?)$`,
);

/**
 * Tells whether a value is a duration in the format of ISO 8601:2004 section
 * 4.4.3.2, as xAPI requires. The format is `P`, then years, months and days,
 * then `T` and hours, minutes and seconds, as in `PT4H35M59.14S` or
 * `P3Y1M29DT4H`. Weeks stand alone, as in `P4W`.
 *
 * At least one component must be present, `T` must be followed by a time
 * component, and only the last component may have a decimal fraction. The
 * alternative format `P0003-06-04T12:30:05` (section 4.4.3.3) is rejected.
 */
export function isDuration(value: unknown): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  const match = DURATION_PATTERN.exec(value);
  if (match === null || value.endsWith('T')) {
    return false;
  }
  const components = match.slice(1).filter((component) => component !== undefined);
  const fractionIndex = components.findIndex((component) => /[.,]/.test(component));
  return components.length > 0 && (fractionIndex === -1 || fractionIndex === components.length - 1);
}

/** Schema of an ISO 8601 duration, such as `result.duration`. */
export const durationSchema = z.custom<string>(
  isDuration,
  xapiRule('invalid-duration', 'must be an ISO 8601 duration such as "PT1M30.5S" or "P4W"'),
);
