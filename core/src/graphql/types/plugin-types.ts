import { FabriqueError } from '@fabrique/sdk';
import type { ClassPluginState } from '../../plugins/class-plugin-store.js';
import type { InstalledPlugin } from '../../plugins/plugin-store.js';
import type { GraphqlContext } from '../graphql-context.js';
import type { HostSchemaBuilder } from '../schema-builder.js';

/** A plugin's state in a class, with the plugin itself. */
export interface ClassPluginShape {
  plugin: InstalledPlugin;
  state: ClassPluginState;
}

/** Creates the object refs of installed plugins. */
export function createPluginRefs(builder: HostSchemaBuilder) {
  return {
    installedPlugin: builder.objectRef<InstalledPlugin>('InstalledPlugin'),
    classPlugin: builder.objectRef<ClassPluginShape>('ClassPlugin'),
  };
}

/** Registers installed plugins, their per-class state and the pupil launchpad. */
export function registerPluginTypes(
  builder: HostSchemaBuilder,
  refs: ReturnType<typeof createPluginRefs>,
) {
  refs.installedPlugin.implement({
    fields: (t) => ({
      id: t.exposeString('id'),
      version: t.exposeString('version'),
      title: t.field({ type: 'JSON', resolve: (plugin) => plugin.manifest.title }),
      description: t.field({ type: 'JSON', resolve: (plugin) => plugin.manifest.description }),
      levels: t.stringList({ resolve: (plugin) => plugin.manifest.levels }),
      subjects: t.stringList({ resolve: (plugin) => plugin.manifest.subjects ?? [] }),
      settings: t.field({
        type: 'JSON',
        resolve: (plugin) => plugin.manifest.entries.settings ?? [],
      }),
      capabilities: t.field({ type: 'JSON', resolve: (plugin) => plugin.manifest.capabilities }),
      dataUse: t.field({ type: 'JSON', resolve: (plugin) => plugin.manifest.dataUse }),
      iconUrl: t.string({
        nullable: true,
        description:
          'Absolute URL of the plugin icon on the plugin origin, when the manifest declares one.',
        resolve: (plugin, _args, context) =>
          plugin.manifest.icon
            ? `${context.config.pluginUrl}/plugins/${plugin.id}/${plugin.version}/${plugin.manifest.icon}`
            : null,
      }),
      hasDashboard: t.boolean({
        resolve: (plugin) => (plugin.manifest.dashboard?.queries?.length ?? 0) > 0,
      }),
    }),
  });
  refs.classPlugin.implement({
    fields: (t) => ({
      plugin: t.field({ type: refs.installedPlugin, resolve: (value) => value.plugin }),
      enabled: t.boolean({ resolve: (value) => value.state.enabled }),
      settings: t.field({ type: 'JSON', resolve: (value) => value.state.settings }),
    }),
  });

  builder.queryFields((t) => ({
    installedPlugins: t.field({
      type: [refs.installedPlugin],
      authScopes: { adult: true },
      resolve: (_root, _args, context) => context.services.plugins.list(),
    }),
    launchpad: t.field({
      type: [refs.installedPlugin],
      authScopes: { pupil: true },
      resolve: async (_root, _args, context) => {
        if (context.viewer.kind !== 'pupil') return [];
        const ids = await context.services.classPlugins.enabledPluginIds(
          context.viewer.pupil.classId,
        );
        const plugins = await Promise.all(ids.map((id) => context.services.plugins.findById(id)));
        return plugins.filter((plugin): plugin is InstalledPlugin => plugin !== undefined);
      },
    }),
  }));

  builder.mutationFields((t) => ({
    setClassPlugin: t.field({
      type: refs.classPlugin,
      args: {
        classId: t.arg.id({ required: true }),
        pluginId: t.arg.string({ required: true }),
        enabled: t.arg.boolean({ required: true }),
        settings: t.arg({ type: 'JSON' }),
      },
      authScopes: (_root, args) => ({ teachesClass: String(args.classId) }),
      resolve: async (_root, args, context) => {
        const plugin = await requirePlugin(context, args.pluginId);
        const actor = context.viewer.kind === 'adult' ? context.viewer.user.id : 'unknown';
        const state = await context.services.classPlugins.set(
          { classId: String(args.classId), plugin, enabled: args.enabled, settings: args.settings },
          actor,
        );
        await context.services.audit.append({
          actor: `user:${actor}`,
          action: args.enabled ? 'class-plugin.enable' : 'class-plugin.disable',
          target: `class:${args.classId}`,
          details: { pluginId: plugin.id },
        });
        return { plugin, state };
      },
    }),
  }));
}

/** Finds an installed plugin or fails with `plugin-not-installed`. */
export async function requirePlugin(
  context: GraphqlContext,
  pluginId: string,
): Promise<InstalledPlugin> {
  const plugin = await context.services.plugins.findById(pluginId);
  if (!plugin)
    throw new FabriqueError(
      'plugin-not-installed',
      404,
      `Plugin ${pluginId} is not installed on this host.`,
      { field: 'pluginId' },
    );
  return plugin;
}
