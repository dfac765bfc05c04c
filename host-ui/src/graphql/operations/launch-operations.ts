import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { installedPluginSchema } from '../schemas/installed-plugin-schema.js';
import { launchSchema } from '../schemas/launch-schema.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

/** Returns the signed-in pupil and the plugins enabled for their class. */
export const launchpadQuery = defineOperation({
  query: `query Launchpad { viewer { ${VIEWER_FIELDS} } launchpad { id title } }`,
  variables: z.object({}),
  data: z.object({
    viewer: viewerSchema.nullable(),
    launchpad: z.array(installedPluginSchema.pick({ id: true, title: true })),
  }),
});

/** Starts a launch of a plugin for the signed-in pupil. */
export const startLaunchMutation = defineOperation({
  query: `mutation StartLaunch($pluginId: String!) {
    startLaunch(pluginId: $pluginId) { id frameUrl pluginOrigin session }
  }`,
  variables: z.object({ pluginId: z.string() }),
  data: z.object({ startLaunch: launchSchema }),
});

/** Sends a plugin's statement draft, which the host completes, checks and stores. */
export const recordStatementMutation = defineOperation({
  query: `mutation RecordStatement($launchId: ID!, $draft: JSON!) {
    recordStatement(launchId: $launchId, draft: $draft) { id }
  }`,
  variables: z.object({ launchId: z.string(), draft: z.record(z.string(), z.unknown()) }),
  data: z.object({ recordStatement: z.object({ id: z.string() }) }),
});

/** Records a frame incident of a launch, such as a second load. */
export const reportFrameIncidentMutation = defineOperation({
  query: `mutation ReportFrameIncident($launchId: ID!, $kind: String!) {
    reportFrameIncident(launchId: $launchId, kind: $kind)
  }`,
  variables: z.object({ launchId: z.string(), kind: z.string() }),
  data: z.object({ reportFrameIncident: z.boolean() }),
});
