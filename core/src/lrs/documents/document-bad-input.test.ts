import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../../testing/test-database.js';
import {
  type DocumentTestClient,
  jsonBody,
  queryString,
  startDocumentTestClient,
  TEST_AGENT,
} from './document-test-client.js';
import { MAX_PARAMETER_BYTES } from './query-parameters.js';

interface ErrorBody {
  error: { code: string; message: string; details: { field: string; rule?: string } };
}

const ACTIVITY = 'http://example.org/activities/bad-input';
const NUL_RULE = 'must not contain the character U+0000';

/** Requests whose parameters carry U+0000 or an unpaired surrogate, with the parameter named. */
const badTextCases: Array<[string, string, Record<string, unknown>, string, string]> = [
  [
    'stateId',
    'PUT',
    { activityId: ACTIVITY, agent: TEST_AGENT, stateId: 'a\u0000b' },
    'stateId',
    NUL_RULE,
  ],
  [
    'activityId',
    'PUT',
    { activityId: `${ACTIVITY}/\u0000`, agent: TEST_AGENT, stateId: 's' },
    'activityId',
    NUL_RULE,
  ],
  [
    'registration',
    'GET',
    { activityId: ACTIVITY, agent: TEST_AGENT, registration: '\u0000' },
    'registration',
    NUL_RULE,
  ],
  [
    'since',
    'GET',
    { activityId: ACTIVITY, agent: TEST_AGENT, since: '2020-01-01T00:00:00Z\u0000' },
    'since',
    NUL_RULE,
  ],
  [
    'raw agent',
    'PUT',
    { activityId: ACTIVITY, agent: '{"mbox":"mailto:a\u0000@example.org"}', stateId: 's' },
    'agent',
    NUL_RULE,
  ],
  [
    'agent account name',
    'PUT',
    {
      activityId: ACTIVITY,
      agent: { account: { homePage: 'http://example.org', name: 'a\u0000' } },
      stateId: 's',
    },
    'agent',
    `is not a valid Agent: account.name ${NUL_RULE}`,
  ],
  [
    'agent name',
    'PUT',
    { activityId: ACTIVITY, agent: { ...TEST_AGENT, name: 'Ann\u0000' }, stateId: 's' },
    'agent',
    `is not a valid Agent: name ${NUL_RULE}`,
  ],
  [
    'agent surrogate',
    'PUT',
    { activityId: ACTIVITY, agent: { ...TEST_AGENT, name: 'Ann\ud800' }, stateId: 's' },
    'agent',
    'is not a valid Agent: name must not contain an unpaired UTF-16 surrogate',
  ],
];

describe.each(testDialects)('document bad input on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect);
  });
  afterAll(() => lrs.close());

  const statePath = (parameters: Record<string, unknown>) =>
    `/activities/state${queryString(parameters)}`;
  const freshState = () => ({
    activityId: `${ACTIVITY}/${randomUUID()}`,
    agent: TEST_AGENT,
    stateId: 's',
  });

  async function expectRejected(response: Response, status: number, field: string) {
    expect(response.status).toBe(status);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.details.field).toBe(field);
    return error;
  }

  test.each(badTextCases)(
    '%s with bad text rejected',
    async (_case, method, parameters, field, rule) => {
      const init = method === 'PUT' ? jsonBody({ a: 1 }, {}, 'PUT') : {};
      const error = await expectRejected(
        await lrs.request(statePath(parameters), init),
        400,
        field,
      );
      expect(error.details.rule).toBe(rule);
    },
  );

  test.each([
    [
      'activity profile',
      `/activities/profile${queryString({ activityId: ACTIVITY, profileId: '\u0000' })}`,
      'profileId',
    ],
    [
      'agent profile',
      `/agents/profile${queryString({ agent: { account: { homePage: 'http://example.org', name: '\u0000' } } })}`,
      'agent',
    ],
    [
      'agents',
      `/agents${queryString({ agent: { account: { homePage: 'http://example.org', name: '\u0000' } } })}`,
      'agent',
    ],
    ['activities', `/activities${queryString({ activityId: `${ACTIVITY}\u0000` })}`, 'activityId'],
  ])('nul on %s rejected', async (_case, path, field) => {
    await expectRejected(await lrs.request(path), 400, field);
  });

  test.each([
    ['year 10000', '10000-01-01T00:00:00Z'],
    ['signed year', '+010000-01-01T00:00:00Z'],
    ['offset past 9999', '9999-12-31T23:59:59-00:01'],
    ['offset before 0000', '0000-01-01T00:00:00+00:01'],
  ])('since %s rejected', async (_case, since) => {
    const { stateId: _unused, ...scope } = freshState();
    await expectRejected(await lrs.request(statePath({ ...scope, since })), 400, 'since');
  });

  test.each([
    ['last moment', '9999-12-31T23:59:59.999Z', []],
    ['first moment', '0000-01-01T00:00:00Z', ['s']],
  ])('since at %s accepted', async (_case, since, expected) => {
    const parameters = freshState();
    await lrs.request(statePath(parameters), jsonBody({ a: 1 }, {}, 'PUT'));
    const { stateId: _unused, ...scope } = parameters;
    const response = await lrs.request(statePath({ ...scope, since }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(expected);
  });

  test.each([
    ['stateId', `${statePath(freshState())}&stateId=again`],
    [
      'profileId',
      `/activities/profile${queryString({ activityId: ACTIVITY, profileId: 'a' })}&profileId=b`,
    ],
    ['agent', `/agents${queryString({ agent: TEST_AGENT })}&agent=x`],
    ['activityId', `/activities${queryString({ activityId: ACTIVITY })}&activityId=x`],
  ])('repeated %s rejected', async (field, path) => {
    const error = await expectRejected(await lrs.request(path), 400, field);
    expect(error.details.rule).toBe('may appear only once');
  });

  test('escaped nul merges', async () => {
    const path = statePath(freshState());
    const put = await lrs.request(path, { ...jsonBody({}, {}, 'PUT'), body: '{"a":"\\u0000"}' });
    expect(put.status).toBe(204);
    const post = await lrs.request(path, { ...jsonBody({}), body: '{"\\u0000":"b\\u0000"}' });
    expect(post.status).toBe(204);
    expect(await (await lrs.request(path)).json()).toEqual({ a: '\u0000', '\u0000': 'b\u0000' });
  });

  test('raw nul in json rejected', async () => {
    const response = await lrs.request(statePath(freshState()), {
      ...jsonBody({}, {}, 'PUT'),
      body: '{"a":"\u0000"}',
    });
    const error = await expectRejected(response, 400, 'body');
    expect(error.code).toBe('invalid-json-document');
  });

  test('nul bytes stored as sent', async () => {
    const path = statePath(freshState());
    const bytes = Buffer.from([0, 1, 0, 255, 0]);
    const put = await lrs.request(path, {
      method: 'PUT',
      body: bytes,
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(put.status).toBe(204);
    expect(Buffer.from(await (await lrs.request(path)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  test('deeply nested post rejected', async () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const response = await lrs.request(statePath(freshState()), { ...jsonBody({}), body: deep });
    const error = await expectRejected(response, 400, 'body');
    expect(error.code).toBe('document-not-mergeable');
  });

  test('deeply nested agent rejected', async () => {
    const agent = '['.repeat(100_000);
    const response = await lrs.request(statePath({ ...freshState(), agent }));
    await expectRejected(response, 400, 'agent');
  });

  test('huge stateId rejected', async () => {
    const response = await lrs.request(
      statePath({ ...freshState(), stateId: 'x'.repeat(200_000) }),
    );
    const error = await expectRejected(response, 400, 'stateId');
    expect(error.details.rule).toBe(`must be at most ${MAX_PARAMETER_BYTES} bytes long in UTF-8`);
  });

  test('huge activityId in form rejected', async () => {
    // An alternate request carries its parameters in the form body, past the URL size limit.
    const form = new URLSearchParams({
      activityId: `${ACTIVITY}/${'a'.repeat(10_000_000)}`,
      agent: JSON.stringify(TEST_AGENT),
    });
    const response = await lrs.request('/activities/state?method=GET', {
      method: 'POST',
      body: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    const error = await expectRejected(response, 400, 'activityId');
    expect(error.details.rule).toBe(`must be at most ${MAX_PARAMETER_BYTES} bytes long in UTF-8`);
  });

  test.each([
    ['with parameters', 'Application/JSON ; charset=utf-8'],
    ['upper case', 'APPLICATION/JSON'],
  ])('json content type %s merges', async (_case, contentType) => {
    const path = statePath(freshState());
    await lrs.request(path, {
      ...jsonBody({ a: 1 }, {}, 'PUT'),
      headers: { 'Content-Type': contentType },
    });
    const post = await lrs.request(path, jsonBody({ b: 2 }));
    expect(post.status).toBe(204);
    expect(await (await lrs.request(path)).json()).toEqual({ a: 1, b: 2 });
  });

  test.each([
    ['only a semicolon', ';'],
    ['unknown type', 'x-unknown/x-unknown; q="ÿ"'],
    ['long type', `text/${'x'.repeat(5_000)}`],
  ])('odd content type %s kept', async (_case, contentType) => {
    const path = statePath(freshState());
    const put = await lrs.request(path, {
      method: 'PUT',
      body: 'text',
      headers: { 'Content-Type': contentType },
    });
    expect(put.status).toBe(204);
    const got = await lrs.request(path);
    expect(got.headers.get('Content-Type')).toBe(contentType);
    const post = await lrs.request(path, jsonBody({ b: 2 }));
    await expectRejected(post, 400, 'body');
  });

  test.each([
    ['latin-1 byte', 'ÿ', 412],
    ['unterminated quote', '"abc', 412],
    ['bare weak prefix', 'W/', 412],
    ['only commas', ', ,', 400],
    ['empty', '', 400],
  ])('if-match %s rejected', async (_case, ifMatch, status) => {
    const path = statePath(freshState());
    await lrs.request(path, jsonBody({ a: 1 }, {}, 'PUT'));
    const response = await lrs.request(path, jsonBody({ a: 2 }, { 'If-Match': ifMatch }, 'PUT'));
    await expectRejected(response, status, 'If-Match');
    expect(await (await lrs.request(path)).json()).toEqual({ a: 1 });
  });
});
