import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../../testing/test-database.js';
import {
  type DocumentTestClient,
  jsonBody,
  queryString,
  startDocumentTestClient,
  TEST_AGENT,
} from './document-test-client.js';

const ACTIVITY = 'http://example.org/activities/state-test';

describe.each(testDialects)('state resource on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect, {
      reader: ['statements/read'],
      stateful: ['state'],
    });
  });
  afterAll(() => lrs.close());

  /** A fresh activity per test keeps listings and bulk deletes apart. */
  function freshParameters(extra: Record<string, unknown> = {}) {
    return {
      activityId: `${ACTIVITY}/${randomUUID()}`,
      agent: TEST_AGENT,
      stateId: randomUUID(),
      ...extra,
    };
  }

  const statePath = (parameters: Record<string, unknown>) =>
    `/activities/state${queryString(parameters)}`;

  async function errorOf(response: Response) {
    return ((await response.json()) as { error: { code: string; message: string } }).error;
  }

  test('put then get returns content', async () => {
    const parameters = freshParameters();
    const put = await lrs.request(statePath(parameters), jsonBody({ step: 3 }, {}, 'PUT'));
    expect(put.status).toBe(204);
    const sha1 = createHash('sha1').update('{"step":3}').digest('hex');
    expect(put.headers.get('ETag')).toBe(`"${sha1}"`);
    const got = await lrs.request(statePath(parameters));
    expect(got.status).toBe(200);
    expect(got.headers.get('Content-Type')).toBe('application/json');
    expect(got.headers.get('ETag')).toBe(`"${sha1}"`);
    expect(got.headers.get('Last-Modified')).toMatch(/GMT$/);
    expect(await got.json()).toEqual({ step: 3 });
  });

  test('binary content round trip', async () => {
    const parameters = freshParameters();
    const bytes = randomBytes(4096);
    const put = await lrs.request(statePath(parameters), {
      method: 'PUT',
      body: bytes,
      headers: { 'Content-Type': 'image/png' },
    });
    expect(put.status).toBe(204);
    const got = await lrs.request(statePath(parameters));
    expect(got.headers.get('Content-Type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test('head sends headers only', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({ a: 1 }));
    const head = await lrs.request(statePath(parameters), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await head.text()).toBe('');
  });

  test('get missing document', async () => {
    const response = await lrs.request(statePath(freshParameters()));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('document-not-found');
  });

  test('put replaces without precondition', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({ a: 1 }, {}, 'PUT'));
    const second = await lrs.request(statePath(parameters), jsonBody({ b: 2 }, {}, 'PUT'));
    expect(second.status).toBe(204);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ b: 2 });
  });

  test('put of invalid json rejected', async () => {
    const parameters = freshParameters();
    const response = await lrs.request(statePath(parameters), {
      method: 'PUT',
      body: '{"a":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid-json-document');
    expect((await lrs.request(statePath(parameters))).status).toBe(404);
  });

  test('post creates then merges one level', async () => {
    const parameters = freshParameters();
    const first = { car: { make: 'Ford', model: 'Escape' }, driver: 'Dale', keep: true };
    expect((await lrs.request(statePath(parameters), jsonBody(first))).status).toBe(204);
    const second = { car: { make: 'Dodge' }, driver: 'Jeff' };
    const merged = await lrs.request(statePath(parameters), jsonBody(second));
    expect(merged.status).toBe(204);
    const got = await lrs.request(statePath(parameters));
    expect(await got.json()).toEqual({ car: { make: 'Dodge' }, driver: 'Jeff', keep: true });
    expect(got.headers.get('ETag')).toBe(merged.headers.get('ETag'));
  });

  test.each([
    ['posted text', { body: 'abcdefg', headers: { 'Content-Type': 'text/plain' } }],
    [
      'posted form',
      { body: 'a=b', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    ],
    ['posted array', { body: '[1,2]', headers: { 'Content-Type': 'application/json' } }],
    ['posted broken json', { body: '{"a":1}{', headers: { 'Content-Type': 'application/json' } }],
  ])('post merge rejects %s', async (_case, init) => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({ kept: 1 }));
    const response = await lrs.request(statePath(parameters), { method: 'POST', ...init });
    expect(response.status).toBe(400);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ kept: 1 });
  });

  test('post onto non-json document rejected', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), {
      method: 'PUT',
      body: '/ asdf / undefined',
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    const response = await lrs.request(statePath(parameters), jsonBody({ a: 1 }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('document-not-mergeable');
    const got = await lrs.request(statePath(parameters));
    expect(await got.text()).toBe('/ asdf / undefined');
  });

  test('post onto json array rejected', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody([1], {}, 'PUT'));
    const response = await lrs.request(statePath(parameters), jsonBody({ a: 1 }));
    expect(response.status).toBe(400);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual([1]);
  });

  test('post onto deep document rejected', async () => {
    const parameters = freshParameters();
    const deep = `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const put = await lrs.request(statePath(parameters), {
      method: 'PUT',
      body: deep,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(put.status).toBe(204);
    const response = await lrs.request(statePath(parameters), jsonBody({ b: 1 }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('too deep to merge');
    expect(await (await lrs.request(statePath(parameters))).text()).toBe(deep);
  });

  test('registration separates documents', async () => {
    const registration = randomUUID();
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({ without: true }));
    await lrs.request(statePath({ ...parameters, registration }), jsonBody({ with: true }));
    const plain = await lrs.request(statePath(parameters));
    expect(await plain.json()).toEqual({ without: true });
    const registered = await lrs.request(
      statePath({ ...parameters, registration: registration.toUpperCase() }),
    );
    expect(await registered.json()).toEqual({ with: true });
  });

  test('list ids with and without registration', async () => {
    const registration = randomUUID();
    const base = freshParameters();
    const { stateId: _first, ...scope } = base;
    await lrs.request(statePath({ ...scope, stateId: 'a' }), jsonBody({}));
    await lrs.request(statePath({ ...scope, stateId: 'b', registration }), jsonBody({}));
    await lrs.request(statePath({ ...scope, stateId: 'a', registration }), jsonBody({}));
    expect(await (await lrs.request(statePath(scope))).json()).toEqual(['a', 'b']);
    const registered = await lrs.request(statePath({ ...scope, registration }));
    expect(await registered.json()).toEqual(['a', 'b']);
    const other = await lrs.request(statePath({ ...scope, registration: randomUUID() }));
    expect(await other.json()).toEqual([]);
  });

  test('list since is exclusive', async () => {
    const { stateId: _unused, ...scope } = freshParameters();
    await lrs.request(statePath({ ...scope, stateId: 'old' }), jsonBody({}));
    const { updated } = await lrs.host.services.db
      .selectFrom('lrs_documents')
      .select('updated')
      .where('activity_id', '=', scope.activityId)
      .executeTakeFirstOrThrow();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await lrs.request(statePath({ ...scope, stateId: 'new' }), jsonBody({}));
    const listed = await lrs.request(statePath({ ...scope, since: updated }));
    expect(await listed.json()).toEqual(['new']);
    const future = await lrs.request(statePath({ ...scope, since: '2999-01-01T00:00:00+01:00' }));
    expect(await future.json()).toEqual([]);
  });

  test('delete one document', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({}));
    const deleted = await lrs.request(statePath(parameters), { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await lrs.request(statePath(parameters))).status).toBe(404);
    const again = await lrs.request(statePath(parameters), { method: 'DELETE' });
    expect(again.status).toBe(204);
  });

  test('delete without stateId deletes scope', async () => {
    const registration = randomUUID();
    const { stateId: _unused, ...scope } = freshParameters();
    const otherAgent = { mbox: 'mailto:other@example.org' };
    await lrs.request(statePath({ ...scope, stateId: 'a' }), jsonBody({}));
    await lrs.request(statePath({ ...scope, stateId: 'b', registration }), jsonBody({}));
    await lrs.request(statePath({ ...scope, stateId: 'a', agent: otherAgent }), jsonBody({}));
    const registered = await lrs.request(statePath({ ...scope, registration }), {
      method: 'DELETE',
    });
    expect(registered.status).toBe(204);
    expect(await (await lrs.request(statePath(scope))).json()).toEqual(['a']);
    expect((await lrs.request(statePath(scope), { method: 'DELETE' })).status).toBe(204);
    expect(await (await lrs.request(statePath(scope))).json()).toEqual([]);
    const other = await lrs.request(statePath({ ...scope, agent: otherAgent }));
    expect(await other.json()).toEqual(['a']);
  });

  test('bulk delete rejects precondition', async () => {
    const { stateId: _unused, ...scope } = freshParameters();
    const response = await lrs.request(statePath(scope), {
      method: 'DELETE',
      headers: { 'If-Match': '*' },
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid-precondition');
  });

  test('if-match guards put', async () => {
    const parameters = freshParameters();
    const created = await lrs.request(statePath(parameters), jsonBody({ v: 1 }, {}, 'PUT'));
    const etag = created.headers.get('ETag') as string;
    const stale = '"1111111111111111111111111111111111111111"';
    const rejected = await lrs.request(
      statePath(parameters),
      jsonBody({ v: 2 }, { 'If-Match': stale }, 'PUT'),
    );
    expect(rejected.status).toBe(412);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ v: 1 });
    const accepted = await lrs.request(
      statePath(parameters),
      jsonBody({ v: 3 }, { 'If-Match': etag }, 'PUT'),
    );
    expect(accepted.status).toBe(204);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ v: 3 });
  });

  test('if-none-match star guards put', async () => {
    const parameters = freshParameters();
    const created = await lrs.request(
      statePath(parameters),
      jsonBody({ v: 1 }, { 'If-None-Match': '*' }, 'PUT'),
    );
    expect(created.status).toBe(204);
    const again = await lrs.request(
      statePath(parameters),
      jsonBody({ v: 2 }, { 'If-None-Match': '*' }, 'PUT'),
    );
    expect(again.status).toBe(412);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ v: 1 });
  });

  test('if-match guards post and delete', async () => {
    const parameters = freshParameters();
    await lrs.request(statePath(parameters), jsonBody({ v: 1 }));
    const stale = { 'If-Match': '"0000000000000000000000000000000000000000"' };
    expect((await lrs.request(statePath(parameters), jsonBody({ w: 1 }, stale))).status).toBe(412);
    const deleted = await lrs.request(statePath(parameters), { method: 'DELETE', headers: stale });
    expect(deleted.status).toBe(412);
    expect(await (await lrs.request(statePath(parameters))).json()).toEqual({ v: 1 });
  });

  test('get with matching if-none-match', async () => {
    const parameters = freshParameters();
    const created = await lrs.request(statePath(parameters), jsonBody({ v: 1 }));
    const etag = created.headers.get('ETag') as string;
    const response = await lrs.request(statePath(parameters), {
      headers: { 'If-None-Match': etag },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('ETag')).toBe(etag);
  });

  test.each([
    ['missing activityId', { activityId: undefined }, 'activityId'],
    ['activityId not an IRI', { activityId: 'not an iri' }, 'activityId'],
    ['missing agent', { agent: undefined }, 'agent'],
    ['agent not JSON', { agent: 'not JSON' }, 'agent'],
    ['agent without identifier', { agent: { name: 'Ann' } }, 'agent'],
    ['group as agent', { agent: { objectType: 'Group', mbox: 'mailto:g@example.org' } }, 'agent'],
    ['registration not a UUID', { registration: 'true' }, 'registration'],
    ['missing stateId', { stateId: undefined }, 'stateId'],
    ['empty stateId', { stateId: '' }, 'stateId'],
    ['unknown parameter', { profileId: 'x' }, 'profileId'],
  ])('put with %s rejected', async (_case, change, field) => {
    const parameters = { ...freshParameters(), ...change };
    const response = await lrs.request(statePath(parameters), jsonBody({}, {}, 'PUT'));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-query');
    expect(error.message).toContain(`Query parameter ${field} `);
  });

  test.each([
    ['since not a timestamp', { stateId: undefined, since: 'not a timestamp' }, 'since'],
    ['since with stateId', { since: '2020-01-01T00:00:00Z' }, 'since'],
  ])('get with %s rejected', async (_case, change, field) => {
    const response = await lrs.request(statePath({ ...freshParameters(), ...change }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain(`Query parameter ${field} `);
  });

  test('repeated parameter rejected', async () => {
    const path = `${statePath(freshParameters())}&stateId=again`;
    const response = await lrs.request(path);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('may appear only once');
  });

  test('bulk delete rejects since', async () => {
    const { stateId: _unused, ...scope } = freshParameters();
    const response = await lrs.request(statePath({ ...scope, since: '2020-01-01T00:00:00Z' }), {
      method: 'DELETE',
    });
    expect(response.status).toBe(400);
  });

  test('other methods not allowed', async () => {
    const response = await lrs.request(statePath(freshParameters()), { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, PUT, POST, DELETE');
  });

  test('state scope required', async () => {
    const parameters = freshParameters();
    const denied = await lrs.request(statePath(parameters), {
      ...jsonBody({}),
      client: 'reader',
    });
    expect(denied.status).toBe(403);
    expect((await lrs.request(statePath(parameters))).status).toBe(404);
    const allowed = await lrs.request(statePath(parameters), {
      ...jsonBody({}),
      client: 'stateful',
    });
    expect(allowed.status).toBe(204);
  });
});
