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

interface ProfileResource {
  name: string;
  path: string;
  /** Parameters of a fresh scope, without profileId. */
  scope(): Record<string, unknown>;
}

const profileResources: ProfileResource[] = [
  {
    name: 'activity profile',
    path: '/activities/profile',
    scope: () => ({ activityId: `http://example.org/activities/${randomUUID()}` }),
  },
  {
    name: 'agent profile',
    path: '/agents/profile',
    scope: () => ({ agent: { mbox: `mailto:${randomUUID()}@example.org` } }),
  },
];

const cases = testDialects.flatMap((dialect) =>
  profileResources.map((resource) => [resource.name, dialect, resource] as const),
);

describe.each(cases)('%s resource on %s', (_name, dialect, resource) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect, { stateful: ['state'], profiler: ['profiles'] });
  });
  afterAll(() => lrs.close());

  const profilePath = (parameters: Record<string, unknown>) =>
    `${resource.path}${queryString(parameters)}`;
  const fresh = () => ({ ...resource.scope(), profileId: randomUUID() });
  const create = { 'If-None-Match': '*' };

  async function errorOf(response: Response) {
    return ((await response.json()) as { error: { code: string; message: string } }).error;
  }

  test('put needs a precondition for a new document', async () => {
    const parameters = fresh();
    const response = await lrs.request(profilePath(parameters), jsonBody({ a: 1 }, {}, 'PUT'));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('missing-precondition');
    expect((await lrs.request(profilePath(parameters))).status).toBe(404);
  });

  test('put without precondition conflicts', async () => {
    const parameters = fresh();
    await lrs.request(profilePath(parameters), jsonBody({ a: 1 }, create, 'PUT'));
    const response = await lrs.request(profilePath(parameters), jsonBody({ a: 2 }, {}, 'PUT'));
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error.code).toBe('document-conflict');
    expect(error.message).toContain('If-Match');
    expect(await (await lrs.request(profilePath(parameters))).json()).toEqual({ a: 1 });
  });

  test('put with if-none-match then if-match', async () => {
    const parameters = fresh();
    const created = await lrs.request(profilePath(parameters), jsonBody({ a: 1 }, create, 'PUT'));
    expect(created.status).toBe(204);
    const etag = (await lrs.request(profilePath(parameters))).headers.get('ETag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const replaced = await lrs.request(
      profilePath(parameters),
      jsonBody({ a: 2 }, { 'If-Match': etag }, 'PUT'),
    );
    expect(replaced.status).toBe(204);
    expect(await (await lrs.request(profilePath(parameters))).json()).toEqual({ a: 2 });
  });

  test('stale if-match rejected', async () => {
    const parameters = fresh();
    await lrs.request(profilePath(parameters), jsonBody({ a: 1 }, create, 'PUT'));
    const stale = { 'If-Match': '"1111111111111111111111111111111111111111"' };
    const response = await lrs.request(profilePath(parameters), jsonBody({ a: 2 }, stale, 'PUT'));
    expect(response.status).toBe(412);
    expect((await errorOf(response)).code).toBe('document-precondition-failed');
    expect(await (await lrs.request(profilePath(parameters))).json()).toEqual({ a: 1 });
  });

  test('weak if-match does not match', async () => {
    const parameters = fresh();
    const created = await lrs.request(profilePath(parameters), jsonBody({ a: 1 }, create, 'PUT'));
    const weak = { 'If-Match': `W/${created.headers.get('ETag')}` };
    const response = await lrs.request(profilePath(parameters), jsonBody({ a: 2 }, weak, 'PUT'));
    expect(response.status).toBe(412);
  });

  test('if-match on missing document rejected', async () => {
    const parameters = fresh();
    const response = await lrs.request(
      profilePath(parameters),
      jsonBody({ a: 1 }, { 'If-Match': '*' }, 'PUT'),
    );
    expect(response.status).toBe(412);
    expect((await lrs.request(profilePath(parameters))).status).toBe(404);
  });

  test('post creates and merges', async () => {
    const parameters = fresh();
    expect((await lrs.request(profilePath(parameters), jsonBody({ car: 'Honda' }))).status).toBe(
      204,
    );
    expect((await lrs.request(profilePath(parameters), jsonBody({ type: 'Civic' }))).status).toBe(
      204,
    );
    const got = await lrs.request(profilePath(parameters));
    expect(await got.json()).toEqual({ car: 'Honda', type: 'Civic' });
  });

  test('post onto octet-stream rejected', async () => {
    const parameters = fresh();
    await lrs.request(profilePath(parameters), {
      method: 'PUT',
      body: 'raw',
      headers: { 'Content-Type': 'application/octet-stream', ...create },
    });
    const response = await lrs.request(profilePath(parameters), jsonBody({ a: 1 }));
    expect(response.status).toBe(400);
    expect(await (await lrs.request(profilePath(parameters))).text()).toBe('raw');
  });

  test('list ids with since', async () => {
    const scope = resource.scope();
    await lrs.request(profilePath({ ...scope, profileId: 'b' }), jsonBody({}));
    await lrs.request(profilePath({ ...scope, profileId: 'a' }), jsonBody({}));
    const listed = await lrs.request(profilePath(scope));
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual(['a', 'b']);
    const recent = await lrs.request(profilePath({ ...scope, since: '2000-01-01T00:00:00Z' }));
    expect(await recent.json()).toEqual(['a', 'b']);
    const future = await lrs.request(profilePath({ ...scope, since: '2999-01-01T00:00:00Z' }));
    expect(await future.json()).toEqual([]);
    const other = await lrs.request(profilePath(resource.scope()));
    expect(await other.json()).toEqual([]);
  });

  test('delete one profile', async () => {
    const parameters = fresh();
    await lrs.request(profilePath(parameters), jsonBody({}));
    expect((await lrs.request(profilePath(parameters), { method: 'DELETE' })).status).toBe(204);
    expect((await lrs.request(profilePath(parameters))).status).toBe(404);
  });

  test('delete needs profileId', async () => {
    const response = await lrs.request(profilePath(resource.scope()), { method: 'DELETE' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('Query parameter profileId ');
  });

  test('unknown parameter rejected', async () => {
    const response = await lrs.request(profilePath({ ...fresh(), stateId: 'x' }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('Query parameter stateId ');
  });

  test('since not a timestamp rejected', async () => {
    const response = await lrs.request(profilePath({ ...resource.scope(), since: 'true' }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('Query parameter since ');
  });

  test('profiles scope required', async () => {
    const parameters = fresh();
    const denied = await lrs.request(profilePath(parameters), {
      ...jsonBody({}),
      client: 'stateful',
    });
    expect(denied.status).toBe(403);
    const allowed = await lrs.request(profilePath(parameters), {
      ...jsonBody({}),
      client: 'profiler',
    });
    expect(allowed.status).toBe(204);
  });

  test('other methods not allowed', async () => {
    const response = await lrs.request(profilePath(fresh()), { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, PUT, POST, DELETE');
  });
});

describe.each(testDialects)('agent profile keys on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect);
  });
  afterAll(() => lrs.close());

  test('agent identifies the document', async () => {
    const profileId = randomUUID();
    const named = { ...TEST_AGENT, name: 'Ann' };
    await lrs.request(
      `/agents/profile${queryString({ agent: named, profileId })}`,
      jsonBody({ who: 'ann' }),
    );
    const sameAgent = await lrs.request(
      `/agents/profile${queryString({ agent: TEST_AGENT, profileId })}`,
    );
    expect(await sameAgent.json()).toEqual({ who: 'ann' });
    const otherAgent = await lrs.request(
      `/agents/profile${queryString({ agent: { mbox: 'mailto:bob@example.org' }, profileId })}`,
    );
    expect(otherAgent.status).toBe(404);
  });

  test('group rejected as agent', async () => {
    const group = { objectType: 'Group', mbox: 'mailto:class@example.org' };
    const response = await lrs.request(
      `/agents/profile${queryString({ agent: group, profileId: 'x' })}`,
    );
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { message: string } }).error;
    expect(error.message).toBe('Query parameter agent must be an Agent, not a Group.');
  });

  test('activity and agent profiles are apart', async () => {
    const profileId = randomUUID();
    await lrs.request(
      `/agents/profile${queryString({ agent: TEST_AGENT, profileId })}`,
      jsonBody({ of: 'agent' }),
    );
    const activityProfile = await lrs.request(
      `/activities/profile${queryString({ activityId: 'http://example.org/a', profileId })}`,
    );
    expect(activityProfile.status).toBe(404);
  });
});
