import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { ADULT_ROLES, USER_FIELDS, userSchema } from '../schemas/user-schema.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

/**
 * Returns the signed-in adult and every account of their school. The host
 * returns a `forbidden` error unless the adult is an admin.
 */
export const accountsQuery = defineOperation({
  query: `query Accounts { viewer { ${VIEWER_FIELDS} } users { ${USER_FIELDS} } }`,
  variables: z.object({}),
  data: z.object({ viewer: viewerSchema.nullable(), users: z.array(userSchema) }),
});

/** Creates an adult account in the admin's school; admins only. */
export const createUserMutation = defineOperation({
  query: `mutation CreateUser($email: String!, $displayName: String!, $role: Role!, $password: String!) {
    createUser(email: $email, displayName: $displayName, role: $role, password: $password) { ${USER_FIELDS} }
  }`,
  variables: z.object({
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ADULT_ROLES),
    password: z.string(),
  }),
  data: z.object({ createUser: userSchema }),
});
