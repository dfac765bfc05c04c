import semver from 'semver';
import { z } from 'zod';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Maximum length of a plugin version, in characters. */
export const PLUGIN_VERSION_MAX_LENGTH = 64;

/**
 * Tells whether a string is a plugin version: a semantic version written exactly as
 * `semver` prints it, so with no leading `v` or `=`, no spaces and no build metadata. The
 * registry orders versions, and build metadata takes no part in semver ordering.
 *
 * @example
 * isPluginVersion('0.1.0'); // true
 * isPluginVersion('v0.1.0'); // false
 */
export function isPluginVersion(value: string): boolean {
  return value.length <= PLUGIN_VERSION_MAX_LENGTH && semver.valid(value) === value;
}

/** Zod schema of a plugin version. Reports `invalid-version`. */
export const pluginVersionSchema = withRule(z.string(), {
  code: 'invalid-version',
  test: isPluginVersion,
  message: (value) =>
    'must be a semantic version such as "0.1.0" or "1.2.0-beta.1", with no leading "v" and ' +
    `no build metadata (got ${describeValue(value)}).`,
}).meta({
  description: 'Semantic version of this release, such as "0.1.0", without a leading "v".',
  maxLength: PLUGIN_VERSION_MAX_LENGTH,
});
