/**
 * Error codes the host sends to the UI: `extensions.code` of a GraphQL error
 * from `/graphql`, or `error.code` of the JSON body of an HTTP error that the
 * host returns before GraphQL runs (origin, CSRF and size checks). The error
 * catalogue has a French and an English message for each of them.
 */
export const HOST_ERROR_CODES = [
  // Sign-in and access
  'unauthenticated',
  'session-expired',
  'forbidden',
  'invalid-credentials',
  'too-many-attempts',
  // Classes, pupils and picture cards
  'invalid-join-code',
  'join-code-exhausted',
  'invalid-card',
  'card-taken',
  'invalid-class-name',
  'invalid-school-level',
  'invalid-nickname',
  'pupil-not-found',
  'email-taken',
  // Plugins, launches and statements
  'plugin-not-installed',
  'plugin-not-enabled',
  'invalid-settings',
  'launch-not-found',
  'invalid-statement',
  'statement-rejected',
  'statement-conflict',
  'invalid-timestamp',
  'undeclared-verb',
  'undeclared-activity-type',
  'object-outside-namespace',
  // LRS operations
  'forward-target-not-found',
  // Requests
  'invalid-input',
  'origin-not-allowed',
  'csrf-token-invalid',
  'payload-too-large',
  'rate-limited',
  'invalid-query',
  'bad-request',
  'unsupported-media-type',
  'internal-error',
] as const;

/** An error code the host sends to the UI. */
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];
