import { FabriqueError, parseSettingsValues } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { HostDatabase } from '../db/database-schema.js';
import type { InstalledPlugin } from './plugin-store.js';

/** Whether a plugin is enabled for a class, and the class settings chosen for it. */
export interface ClassPluginState {
  classId: string;
  pluginId: string;
  enabled: boolean;
  settings: Record<string, string | number | boolean>;
}

/** Per-class enablement of installed plugins. */
export class ClassPluginStore {
  constructor(private readonly db: Kysely<HostDatabase>) {}

  /** Returns a plugin's state in a class; a plugin never set is disabled with default settings. */
  async get(classId: string, plugin: InstalledPlugin): Promise<ClassPluginState> {
    const row = await this.db
      .selectFrom('class_plugins')
      .selectAll()
      .where('class_id', '=', classId)
      .where('plugin_id', '=', plugin.id)
      .executeTakeFirst();
    const stored = row ? (JSON.parse(row.settings) as unknown) : {};
    return {
      classId,
      pluginId: plugin.id,
      enabled: row?.enabled === 1,
      settings: settingsOrDefaults(plugin, stored),
    };
  }

  /** Tells whether anyone has enabled or disabled a plugin for a class yet. */
  async isSet(classId: string, pluginId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('class_plugins')
      .select('enabled')
      .where('class_id', '=', classId)
      .where('plugin_id', '=', pluginId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Lists the ids of the plugins enabled for a class. */
  async enabledPluginIds(classId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('class_plugins')
      .select('plugin_id')
      .where('class_id', '=', classId)
      .where('enabled', '=', 1)
      .orderBy('plugin_id')
      .execute();
    return rows.map((row) => row.plugin_id);
  }

  /**
   * Enables or disables a plugin for a class. New settings are checked against
   * the manifest's class settings; without them the stored ones are kept.
   */
  async set(
    input: { classId: string; plugin: InstalledPlugin; enabled: boolean; settings?: unknown },
    actorId: string,
  ): Promise<ClassPluginState> {
    const current = await this.get(input.classId, input.plugin);
    const settings =
      input.settings === undefined || input.settings === null
        ? current.settings
        : validSettings(input.plugin, input.settings);
    const values = {
      enabled: input.enabled ? 1 : 0,
      settings: JSON.stringify(settings),
      updated_by: actorId,
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('class_plugins')
      .values({ class_id: input.classId, plugin_id: input.plugin.id, ...values })
      .onConflict((conflict) => conflict.columns(['class_id', 'plugin_id']).doUpdateSet(values))
      .execute();
    return { classId: input.classId, pluginId: input.plugin.id, enabled: input.enabled, settings };
  }
}

function validSettings(plugin: InstalledPlugin, value: unknown): ClassPluginState['settings'] {
  const parsed = parseSettingsValues(plugin.manifest.entries.settings ?? [], value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new FabriqueError(
      'invalid-settings',
      400,
      `Invalid settings for ${plugin.id}: ${issue?.message ?? 'unknown error'}`,
      { field: `settings.${issue?.path ?? ''}` },
    );
  }
  return parsed.values;
}

/** Falls back to the defaults when stored settings no longer fit an upgraded manifest. */
function settingsOrDefaults(
  plugin: InstalledPlugin,
  stored: unknown,
): ClassPluginState['settings'] {
  const declared = plugin.manifest.entries.settings ?? [];
  const parsed = parseSettingsValues(declared, stored);
  if (parsed.success) return parsed.values;
  const defaults = parseSettingsValues(declared, {});
  return defaults.success ? defaults.values : {};
}
