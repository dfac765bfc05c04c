import type { GraphQLSchema } from 'graphql';
import { createSchemaBuilder } from './schema-builder.js';
import { registerClassTypes } from './types/class-types.js';
import { registerDashboardTypes } from './types/dashboard-types.js';
import { registerIdentityTypes } from './types/identity-types.js';
import { registerLaunchTypes } from './types/launch-types.js';
import { registerLrsForwardingTypes } from './types/lrs-forwarding-types.js';
import { createPluginRefs, registerPluginTypes } from './types/plugin-types.js';
import { createPupilRefs, registerPupilTypes } from './types/pupil-types.js';

/** Builds the host's GraphQL schema; every type is registered here, in this order. */
export function buildHostSchema(): GraphQLSchema {
  const builder = createSchemaBuilder();
  const pupilRefs = createPupilRefs(builder);
  const pluginRefs = createPluginRefs(builder);
  const viewer = registerIdentityTypes(builder, pupilRefs.pupilSelf);
  registerPupilTypes(builder, pupilRefs, viewer);
  registerPluginTypes(builder, pluginRefs);
  registerClassTypes(builder, pupilRefs, pluginRefs);
  registerLaunchTypes(builder);
  registerDashboardTypes(builder, pluginRefs);
  registerLrsForwardingTypes(builder);
  return builder.toSchema({ sortSchema: true });
}
