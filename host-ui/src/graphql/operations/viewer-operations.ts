import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

const noVariables = z.object({});

/** Returns the signed-in adult or pupil, or null when no one is signed in. */
export const viewerQuery = defineOperation({
  query: `query Viewer { viewer { ${VIEWER_FIELDS} } }`,
  variables: noVariables,
  data: z.object({ viewer: viewerSchema.nullable() }),
});

/** Signs an adult in with e-mail and password; the host sets the session and CSRF cookies. */
export const loginMutation = defineOperation({
  query: `mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ${VIEWER_FIELDS} }
  }`,
  variables: z.object({ email: z.string(), password: z.string() }),
  data: z.object({ login: viewerSchema }),
});

/** Ends the session of an adult or a pupil. */
export const logoutMutation = defineOperation({
  query: 'mutation Logout { logout }',
  variables: noVariables,
  data: z.object({ logout: z.boolean() }),
});
