import { hostMessageSchema } from '@fabrique/sdk';
import { expect, test } from 'vitest';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { toProtocolError } from './graphql-frame-gateway.js';

test.each([
  [
    new GraphqlRequestError('undeclared-verb', 'Verbe non déclaré.', 'verb.id'),
    { code: 'undeclared-verb', message: 'Verbe non déclaré.', path: 'verb.id' },
  ],
  [
    new GraphqlRequestError('statement-rejected', 'Refusée.'),
    { code: 'statement-rejected', message: 'Refusée.' },
  ],
  [
    new GraphqlRequestError('BAD_USER_INPUT', 'Bad input.'),
    { code: 'statement-failed', message: 'Bad input.' },
  ],
])('toProtocolError %s', (error, expected) => {
  const protocolError = toProtocolError(error);
  expect(protocolError).toEqual(expected);
  expect(hostMessageSchema.safeParse({ type: 'error', error: protocolError }).success).toBe(true);
});
