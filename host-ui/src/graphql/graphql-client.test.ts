import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { readCookie } from './csrf-cookie.js';
import { defineOperation, type GraphqlTransport, requestGraphql } from './graphql-client.js';
import { GraphqlRequestError, toRequestError } from './graphql-request-error.js';

const echoOperation = defineOperation({
  query: 'query Echo($word: String!) { echo(word: $word) }',
  variables: z.object({ word: z.string() }),
  data: z.object({ echo: z.string() }),
});

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

function transport(respond: () => Response | Promise<Response>, cookies = '') {
  const sent: Sent[] = [];
  const value: GraphqlTransport = {
    endpoint: '/graphql',
    cookies: () => cookies,
    fetch: async (input, init) => {
      sent.push({ url: String(input), init: init ?? {} });
      return respond();
    },
  };
  return { transport: value, sent };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

async function failure(promise: Promise<unknown>): Promise<GraphqlRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphqlRequestError) {
      return error;
    }
    throw error;
  }
  throw new Error('The request succeeded.');
}

describe('requestGraphql request', () => {
  test('posts query and variables', async () => {
    const { transport: client, sent } = transport(() => json({ data: { echo: 'a' } }));
    await requestGraphql(echoOperation, { word: 'a' }, client);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.init.method).toBe('POST');
    expect(sent[0]!.init.credentials).toBe('same-origin');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({
      query: echoOperation.query,
      variables: { word: 'a' },
    });
  });

  test('sends CSRF header from cookie', async () => {
    const cookies = 'theme=dark; fabrique_csrf=tok%2Ben; other=1';
    const { transport: client, sent } = transport(() => json({ data: { echo: 'a' } }), cookies);
    await requestGraphql(echoOperation, { word: 'a' }, client);
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('tok+en');
  });

  test('omits CSRF header without cookie', async () => {
    const { transport: client, sent } = transport(() => json({ data: { echo: 'a' } }));
    await requestGraphql(echoOperation, { word: 'a' }, client);
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(Object.keys(headers)).not.toContain('X-CSRF-Token');
  });
});

describe('requestGraphql response', () => {
  test('returns checked data', async () => {
    const { transport: client } = transport(() => json({ data: { echo: 'bonjour' } }));
    await expect(requestGraphql(echoOperation, { word: 'a' }, client)).resolves.toEqual({
      echo: 'bonjour',
    });
  });

  test('maps code and field', async () => {
    const body = {
      errors: [
        {
          message: 'Adresse ou mot de passe incorrect.',
          extensions: { code: 'invalid-credentials', field: 'password' },
        },
        { message: 'second', extensions: { code: 'other' } },
      ],
      data: null,
    };
    const { transport: client } = transport(() => json(body));
    const error = await failure(requestGraphql(echoOperation, { word: 'a' }, client));
    expect(error.code).toBe('invalid-credentials');
    expect(error.field).toBe('password');
    expect(error.message).toBe('Adresse ou mot de passe incorrect.');
  });

  test('CSRF rejection with status 403', async () => {
    const body = {
      errors: [{ message: 'Jeton CSRF invalide.', extensions: { code: 'csrf-token-invalid' } }],
    };
    const { transport: client } = transport(() => json(body, 403));
    const error = await failure(requestGraphql(echoOperation, { word: 'a' }, client));
    expect(error.code).toBe('csrf-token-invalid');
  });

  test.each([
    ['CSRF', 403, 'csrf-token-invalid', undefined],
    ['origin', 403, 'origin-not-allowed', undefined],
    ['body size', 413, 'payload-too-large', undefined],
    ['field in details', 400, 'invalid-input', 'name'],
  ])('host error body %s', async (_case, status, code, field) => {
    const details = field === undefined ? {} : { field };
    const body = { error: { code, message: 'Rejected by the host.', details } };
    const { transport: client } = transport(() => json(body, status));
    const error = await failure(requestGraphql(echoOperation, { word: 'a' }, client));
    expect(error.code).toBe(code);
    expect(error.message).toBe('Rejected by the host.');
    expect(error.field).toBe(field);
  });

  test.each([
    [
      'error without code',
      () => json({ errors: [{ message: 'Unexpected error.' }] }),
      'unexpected-error',
    ],
    ['HTML body', () => new Response('<h1>Bad gateway</h1>', { status: 502 }), 'invalid-response'],
    ['data of wrong shape', () => json({ data: { echo: 42 } }), 'invalid-response'],
    ['no data', () => json({}), 'invalid-response'],
    ['errors not a list', () => json({ errors: 'boom' }), 'invalid-response'],
    ['host error without code', () => json({ error: { code: '' } }, 400), 'invalid-response'],
    [
      'fetch failure',
      () => {
        throw new TypeError('Failed to fetch');
      },
      'network-error',
    ],
  ])('%s', async (_case, respond, code) => {
    const { transport: client } = transport(respond);
    const error = await failure(requestGraphql(echoOperation, { word: 'a' }, client));
    expect(error.code).toBe(code);
    expect(error.field).toBeUndefined();
  });
});

test.each([
  ['fabrique_csrf=abc', 'abc'],
  ['a=1; fabrique_csrf=abc; b=2', 'abc'],
  ['xfabrique_csrf=abc', undefined],
  ['fabrique_csrf=a=b', 'a=b'],
  ['fabrique_csrf=%E0%A4%A', '%E0%A4%A'],
  ['', undefined],
])('readCookie %s', (cookies, expected) => {
  expect(readCookie(cookies, 'fabrique_csrf')).toBe(expected);
});

test('toRequestError wraps other errors', () => {
  const error = toRequestError(new RangeError('bad'));
  expect(error.code).toBe('unexpected-error');
  expect(error.message).toBe('bad');
});
