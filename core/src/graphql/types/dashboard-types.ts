import type { ClassDashboard } from '../../dashboards/class-dashboard.js';
import type { DashboardTable } from '../../dashboards/dashboard-evaluation.js';
import type { InstalledPlugin } from '../../plugins/plugin-store.js';
import type { HostSchemaBuilder } from '../schema-builder.js';
import type { createPluginRefs } from './plugin-types.js';
import { requirePlugin } from './plugin-types.js';

/** Registers the class dashboards teachers read. */
export function registerDashboardTypes(
  builder: HostSchemaBuilder,
  pluginRefs: ReturnType<typeof createPluginRefs>,
) {
  const column = builder.objectRef<DashboardTable['columns'][number]>('DashboardColumn').implement({
    fields: (t) => ({
      id: t.exposeString('id'),
      title: t.field({ type: 'JSON', resolve: (value) => value.title }),
    }),
  });
  const table = builder.objectRef<DashboardTable>('DashboardTable').implement({
    fields: (t) => ({
      id: t.exposeString('id'),
      kind: t.exposeString('kind'),
      title: t.field({ type: 'JSON', resolve: (value) => value.title }),
      columns: t.field({ type: [column], resolve: (value) => value.columns }),
      rows: t.field({ type: ['JSON'], resolve: (value) => value.rows }),
    }),
  });
  const dashboard = builder
    .objectRef<ClassDashboard & { plugin: InstalledPlugin }>('Dashboard')
    .implement({
      fields: (t) => ({
        plugin: t.field({ type: pluginRefs.installedPlugin, resolve: (value) => value.plugin }),
        pupilCount: t.exposeInt('pupilCount'),
        statementCount: t.exposeInt('statementCount'),
        tables: t.field({ type: [table], resolve: (value) => value.tables }),
      }),
    });

  builder.queryFields((t) => ({
    classDashboard: t.field({
      type: dashboard,
      args: { classId: t.arg.id({ required: true }), pluginId: t.arg.string({ required: true }) },
      authScopes: (_root, args) => ({ teachesClass: String(args.classId) }),
      resolve: async (_root, args, context) => {
        const plugin = await requirePlugin(context, args.pluginId);
        const computed = await context.services.dashboards.compute(String(args.classId), plugin);
        return { ...computed, plugin };
      },
    }),
  }));
}
