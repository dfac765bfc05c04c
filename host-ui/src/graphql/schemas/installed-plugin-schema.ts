import { z } from 'zod';
import { languageMapSchema } from '../../i18n/language-map.js';
import { capabilitiesSchema, dataUseSchema } from './plugin-data-use-schema.js';
import { settingDefinitionsSchema } from './plugin-setting-schema.js';

/** A plugin installed on the host, with the parts of its manifest the UI shows. */
export const installedPluginSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: languageMapSchema,
  description: languageMapSchema,
  levels: z.array(z.string()),
  subjects: z.array(z.string()),
  settings: settingDefinitionsSchema,
  capabilities: capabilitiesSchema,
  dataUse: dataUseSchema,
  hasDashboard: z.boolean(),
});

/** An installed plugin. */
export type InstalledPlugin = z.infer<typeof installedPluginSchema>;

/** GraphQL selection of every field of `installedPluginSchema`. */
export const INSTALLED_PLUGIN_FIELDS =
  'id version title description levels subjects settings capabilities dataUse hasDashboard';
