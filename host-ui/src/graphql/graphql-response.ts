import { z } from 'zod';
import { GraphqlRequestError } from './graphql-request-error.js';

const graphqlErrorSchema = z.object({
  message: z.string().catch(''),
  extensions: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

const responseSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(graphqlErrorSchema).optional(),
});

/**
 * Reads a parsed GraphQL response body: returns `data` checked against the
 * operation's schema, or throws a `GraphqlRequestError` built from the first
 * GraphQL error, or `invalid-response` when the body is not a GraphQL response.
 */
export function readGraphqlResponse<TData>(
  status: number,
  body: unknown,
  dataSchema: z.ZodType<TData>,
): TData {
  const response = responseSchema.safeParse(body);
  if (!response.success) {
    throw new GraphqlRequestError('invalid-response', `HTTP ${status}: not a GraphQL response.`);
  }
  const [firstError] = response.data.errors ?? [];
  if (firstError !== undefined) {
    throw errorFrom(firstError);
  }
  const data = dataSchema.safeParse(response.data.data);
  if (!data.success) {
    const path = data.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new GraphqlRequestError(
      'invalid-response',
      `HTTP ${status}: the data does not match the operation (at "${path}").`,
    );
  }
  return data.data;
}

function errorFrom(error: z.infer<typeof graphqlErrorSchema>): GraphqlRequestError {
  const code = error.extensions?.code;
  const field = error.extensions?.field;
  return new GraphqlRequestError(
    typeof code === 'string' && code !== '' ? code : 'unexpected-error',
    error.message,
    typeof field === 'string' && field !== '' ? field : undefined,
  );
}
