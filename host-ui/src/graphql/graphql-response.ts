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

// The body of an HTTP error that the host returns before GraphQL runs, such
// as a request from another origin, a bad CSRF token or an oversized body.
const hostErrorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().catch(''),
    details: z.record(z.string(), z.unknown()).optional().catch(undefined),
  }),
});

/**
 * Reads a parsed GraphQL response body: returns `data` checked against the
 * operation's schema, or throws a `GraphqlRequestError` built from the first
 * GraphQL error or from the host's HTTP error body, or `invalid-response`
 * when the body is neither.
 */
export function readGraphqlResponse<TData>(
  status: number,
  body: unknown,
  dataSchema: z.ZodType<TData>,
): TData {
  const hostError = hostErrorBodySchema.safeParse(body);
  if (hostError.success) {
    const { code, message, details } = hostError.data.error;
    throw new GraphqlRequestError(code, message, fieldOf(details));
  }
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
  return new GraphqlRequestError(
    typeof code === 'string' && code !== '' ? code : 'unexpected-error',
    error.message,
    fieldOf(error.extensions),
  );
}

function fieldOf(extensions: Record<string, unknown> | undefined): string | undefined {
  const field = extensions?.field;
  return typeof field === 'string' && field !== '' ? field : undefined;
}
