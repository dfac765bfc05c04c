import { hostMessageSchema } from '@fabrique/sdk';
import { expect, test } from 'vitest';
import type { GraphqlTransport } from '../graphql/graphql-client.js';
import { GraphqlRequestError } from '../graphql/graphql-request-error.js';
import { createGraphqlFrameGateway, toProtocolError } from './graphql-frame-gateway.js';
import type { PupilExit } from './pupil-exit.js';

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

function respondingWith(body: unknown): GraphqlTransport {
  return {
    endpoint: '/graphql',
    cookies: () => '',
    fetch: async () =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  };
}

function failingWith(code: string): GraphqlTransport {
  return respondingWith({ errors: [{ message: `${code} message`, extensions: { code } }] });
}

async function recordOnce(transport: GraphqlTransport) {
  const exits: PupilExit[] = [];
  const gateway = createGraphqlFrameGateway((reason) => exits.push(reason), transport);
  const outcome = await gateway.recordStatement('launch-1', { verb: {} });
  await Promise.resolve();
  return { outcome, exits };
}

test.each([
  ['session-expired', ['session-ended']],
  ['unauthenticated', ['session-ended']],
  ['plugin-not-enabled', ['activity-closed']],
  ['plugin-not-installed', ['activity-closed']],
  ['undeclared-verb', []],
  ['rate-limited', []],
])('recordStatement failure %s', async (code, expectedExits) => {
  const { outcome, exits } = await recordOnce(failingWith(code));
  expect(outcome).toEqual({ ok: false, error: { code, message: `${code} message` } });
  expect(exits).toEqual(expectedExits);
});

test('recordStatement success', async () => {
  const { outcome, exits } = await recordOnce(
    respondingWith({ data: { recordStatement: { id: 'statement-1' } } }),
  );
  expect(outcome).toEqual({ ok: true, statementId: 'statement-1' });
  expect(exits).toEqual([]);
});
