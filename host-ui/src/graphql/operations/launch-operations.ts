import { z } from 'zod';
import { UI_LOCALES } from '../../i18n/locale-preference.js';
import { defineOperation } from '../graphql-client.js';
import { launchSchema } from '../schemas/launch-schema.js';
import {
  LAUNCHPAD_PLUGIN_FIELDS,
  launchpadPluginSchema,
} from '../schemas/launchpad-plugin-schema.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

/** Returns the signed-in pupil and the plugins enabled for their class. */
export const launchpadQuery = defineOperation({
  query: `query Launchpad { viewer { ${VIEWER_FIELDS} } launchpad { ${LAUNCHPAD_PLUGIN_FIELDS} } }`,
  variables: z.object({}),
  data: z.object({
    viewer: viewerSchema.nullable(),
    launchpad: z.array(launchpadPluginSchema),
  }),
});

/**
 * Starts a launch of a plugin for the signed-in pupil, in the UI language:
 * the host uses `locale` for the launch's session and its statements.
 */
export const startLaunchMutation = defineOperation({
  query: `mutation StartLaunch($pluginId: String!, $locale: String) {
    startLaunch(pluginId: $pluginId, locale: $locale) { id frameUrl pluginOrigin session }
  }`,
  variables: z.object({ pluginId: z.string(), locale: z.enum(UI_LOCALES) }),
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
