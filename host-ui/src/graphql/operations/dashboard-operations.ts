import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { dashboardSchema } from '../schemas/dashboard-schema.js';

/** Returns a plugin's dashboard for a class, with the class name for the heading. */
export const classDashboardQuery = defineOperation({
  query: `query ClassDashboard($classId: ID!, $pluginId: String!) {
    schoolClass(id: $classId) { id name }
    classDashboard(classId: $classId, pluginId: $pluginId) {
      pupilCount statementCount
      plugin { id title }
      tables { id kind title columns { id title } rows }
    }
  }`,
  variables: z.object({ classId: z.string(), pluginId: z.string() }),
  data: z.object({
    schoolClass: z.object({ id: z.string(), name: z.string() }).nullable(),
    classDashboard: dashboardSchema,
  }),
});
