import semver from 'semver';
import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/**
 * Version of the host API that this SDK implements: the message protocol between the host
 * and plugin frames, and the statement policing rules. A manifest's `hostApi` range is
 * matched against it.
 */
export const HOST_API_VERSION = '1.0.0';

/** Maximum length of a `hostApi` range, in characters. */
export const HOST_API_RANGE_MAX_LENGTH = 256;

/**
 * Tells whether a host that implements `hostVersion` can run a plugin built for `range`.
 * An invalid range is compatible with nothing.
 *
 * @example
 * isHostApiCompatible('^1.0.0'); // true with HOST_API_VERSION 1.0.0
 * isHostApiCompatible('^2.0.0', '1.4.0'); // false
 */
export function isHostApiCompatible(
  range: string,
  hostVersion: string = HOST_API_VERSION,
): boolean {
  return semver.satisfies(hostVersion, range);
}

/** Tells whether a string is a semver range that `semver` can parse, such as `^1.0.0`. */
export function isHostApiRange(value: string): boolean {
  return value.length <= HOST_API_RANGE_MAX_LENGTH && semver.validRange(value) !== null;
}

/** Zod schema of a manifest's `hostApi` range. Reports `invalid-host-api-range`. */
export const hostApiRangeSchema = withRule(z.string(), {
  code: 'invalid-host-api-range',
  test: isHostApiRange,
  message: (value) =>
    `must be a semver range of host API versions, such as "^${HOST_API_VERSION}" ` +
    `(got ${describeValue(value)}).`,
}).meta({
  description: `Semver range of host API versions the plugin runs on, such as "^${HOST_API_VERSION}".`,
  maxLength: HOST_API_RANGE_MAX_LENGTH,
});
