import { z } from 'zod';
import { defineOperation } from '../graphql-client.js';
import { joinableClassSchema } from '../schemas/join-schema.js';
import { VIEWER_FIELDS, viewerSchema } from '../schemas/viewer-schema.js';

/** Returns the class that has a join code, or null when none has it. */
export const joinableClassQuery = defineOperation({
  query: `query JoinableClass($code: String!) {
    joinableClass(code: $code) { name level cards { taken card { id emoji label } } }
  }`,
  variables: z.object({ code: z.string() }),
  data: z.object({ joinableClass: joinableClassSchema.nullable() }),
});

/** Signs a pupil in with a picture card: their own taken card, or a free one for a new pupil. */
export const joinClassMutation = defineOperation({
  query: `mutation JoinClass($code: String!, $cardId: String!) {
    joinClass(code: $code, cardId: $cardId) { ${VIEWER_FIELDS} }
  }`,
  variables: z.object({ code: z.string(), cardId: z.string() }),
  data: z.object({ joinClass: viewerSchema }),
});
