import { z } from 'zod';
import { FabriqueError } from '../errors/fabrique-error.js';
import { withRule } from './manifest-rule.js';
import { describeValue } from './value-text.js';

/** Maximum length of a plugin id, in characters. */
export const PLUGIN_ID_MAX_LENGTH = 128;

/**
 * Syntax of a plugin id: at least three dot-separated DNS labels of lowercase letters,
 * digits and hyphens, each 1 to 63 characters long and neither starting nor ending with a
 * hyphen. The length limit is {@link PLUGIN_ID_MAX_LENGTH}, checked apart.
 */
export const PLUGIN_ID_PATTERN =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,}$/;

/** IRI prefix of every plugin's activities; {@link pluginActivityBase} appends the plugin id. */
export const PLUGIN_ACTIVITY_NAMESPACE = 'https://w3id.org/fabrique/activities/';

/**
 * Tells whether a string is a valid plugin id: a lowercase reverse-DNS name in a namespace
 * the publisher owns, such as `fr.fabrique.fundamentals`.
 *
 * @example
 * isPluginId('fr.fabrique.fundamentals'); // true
 * isPluginId('Fabrique.Fundamentals'); // false: uppercase, and only two labels
 */
export function isPluginId(value: string): boolean {
  return value.length <= PLUGIN_ID_MAX_LENGTH && PLUGIN_ID_PATTERN.test(value);
}

/** Zod schema of a plugin id. Reports `invalid-plugin-id`. */
export const pluginIdSchema = withRule(z.string(), {
  code: 'invalid-plugin-id',
  test: isPluginId,
  message: (value) =>
    'must be a lowercase reverse-DNS name with at least 3 labels of letters a-z, digits and ' +
    `hyphens, at most ${PLUGIN_ID_MAX_LENGTH} characters, such as "fr.fabrique.fundamentals" ` +
    `(got ${describeValue(value)}).`,
}).meta({
  description:
    'Reverse-DNS plugin id in a namespace the publisher owns, such as "fr.fabrique.fundamentals".',
  pattern: PLUGIN_ID_PATTERN.source,
  maxLength: PLUGIN_ID_MAX_LENGTH,
});

/**
 * Returns the IRI prefix under which every xAPI object id of a plugin must live. The host
 * rejects a statement from the plugin whose object id does not start with it.
 *
 * @throws {FabriqueError} `invalid-plugin-id` when `pluginId` is not a valid plugin id,
 * because an id with other characters could widen the prefix to another plugin's activities.
 * @example
 * pluginActivityBase('fr.fabrique.fundamentals');
 * // 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/'
 */
export function pluginActivityBase(pluginId: string): string {
  if (!isPluginId(pluginId)) {
    throw new FabriqueError(
      'invalid-plugin-id',
      400,
      `Invalid plugin id ${describeValue(pluginId)}: expected a lowercase reverse-DNS name ` +
        'with at least 3 labels, such as "fr.fabrique.fundamentals".',
      { pluginId },
    );
  }
  return `${PLUGIN_ACTIVITY_NAMESPACE}${pluginId}/`;
}

/**
 * Tells whether an activity id lies under the plugin's prefix, with at least one character
 * after it.
 *
 * @throws {FabriqueError} `invalid-plugin-id` when `pluginId` is not a valid plugin id.
 * @example
 * isPluginActivityId('fr.fabrique.fundamentals', 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/number-line'); // true
 */
export function isPluginActivityId(pluginId: string, activityId: string): boolean {
  const base = pluginActivityBase(pluginId);
  return activityId.startsWith(base) && activityId.length > base.length;
}
