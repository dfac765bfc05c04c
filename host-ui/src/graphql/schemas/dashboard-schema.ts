import { z } from 'zod';
import { languageMapSchema } from '../../i18n/language-map.js';

/** One column of a dashboard table. */
export const dashboardColumnSchema = z.object({ id: z.string(), title: languageMapSchema });

/**
 * One table computed from a plugin's dashboard query. Cells are JSON values
 * from statements, so the UI shows them as text only.
 */
export const dashboardTableSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: languageMapSchema,
  columns: z.array(dashboardColumnSchema),
  rows: z.array(z.array(z.unknown())),
});

/** One dashboard table. */
export type DashboardTable = z.infer<typeof dashboardTableSchema>;

/** A plugin's dashboard for one class. */
export const dashboardSchema = z.object({
  plugin: z.object({ id: z.string(), title: languageMapSchema }),
  pupilCount: z.number().int(),
  statementCount: z.number().int(),
  tables: z.array(dashboardTableSchema),
});

/** A plugin's dashboard for one class. */
export type Dashboard = z.infer<typeof dashboardSchema>;
