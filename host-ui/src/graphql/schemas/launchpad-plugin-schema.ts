import { z } from 'zod';
import { installedPluginSchema } from './installed-plugin-schema.js';

/**
 * URL of a plugin's launcher icon, which the host serves from the plugin
 * origin: an absolute http or https URL, or null. Any other value becomes
 * null, so the tile shows its letter glyph instead.
 */
export const pluginIconUrlSchema = z
  .url({ protocol: /^https?$/ })
  .nullable()
  .catch(null);

/** A plugin on the pupil launcher: its id, title and icon. */
export const launchpadPluginSchema = installedPluginSchema
  .pick({ id: true, title: true })
  .extend({ iconUrl: pluginIconUrlSchema });

/** A plugin on the pupil launcher. */
export type LaunchpadPlugin = z.infer<typeof launchpadPluginSchema>;

/** GraphQL selection of every field of `launchpadPluginSchema`. */
export const LAUNCHPAD_PLUGIN_FIELDS = 'id title iconUrl';
