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

const ORIGIN = 'http://player.example.org';
const ACTIVITY = `http://example.org/activities/head/${randomUUID()}`;

/** One document per resource, written before the tests, and the paths that read it. */
const documents = {
  state: `/activities/state${queryString({ activityId: ACTIVITY, agent: TEST_AGENT, stateId: 's' })}`,
  activityProfile: `/activities/profile${queryString({ activityId: ACTIVITY, profileId: 'p' })}`,
  agentProfile: `/agents/profile${queryString({ agent: TEST_AGENT, profileId: 'p' })}`,
};

const readPaths: Array<[string, string]> = [
  ['state', documents.state],
  ['activity profile', documents.activityProfile],
  ['agent profile', documents.agentProfile],
  ['state ids', `/activities/state${queryString({ activityId: ACTIVITY, agent: TEST_AGENT })}`],
  ['activity profile ids', `/activities/profile${queryString({ activityId: ACTIVITY })}`],
  ['agent profile ids', `/agents/profile${queryString({ agent: TEST_AGENT })}`],
  ['agents', `/agents${queryString({ agent: TEST_AGENT })}`],
  ['activities', `/activities${queryString({ activityId: ACTIVITY })}`],
  [
    'missing document',
    `/activities/profile${queryString({ activityId: ACTIVITY, profileId: 'none' })}`,
  ],
  ['invalid query', '/activities/state?activityId=x'],
];

describe.each(testDialects)('document head on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect);
    const create = { 'If-None-Match': '*' };
    await lrs.request(documents.state, jsonBody({ a: 1 }, {}, 'PUT'));
    await lrs.request(documents.activityProfile, {
      method: 'PUT',
      body: 'profile',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...create },
    });
    await lrs.request(documents.agentProfile, jsonBody({ b: 2 }, create, 'PUT'));
  });
  afterAll(() => lrs.close());

  test.each(readPaths)('head on %s matches get', async (_case, path) => {
    const headers = { Origin: ORIGIN };
    const get = await lrs.request(path, { headers });
    const head = await lrs.request(path, { method: 'HEAD', headers });
    expect(head.status).toBe(get.status);
    expect([...head.headers]).toEqual([...get.headers]);
    expect(head.headers.get('X-Experience-API-Version')).toBe('1.0.3');
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(head.headers.get('Content-Type')).not.toBeNull();
    expect(await head.text()).toBe('');
  });

  test.each([
    ['state', documents.state, 'application/json'],
    ['activity profile', documents.activityProfile, 'text/plain; charset=utf-8'],
    ['agent profile', documents.agentProfile, 'application/json'],
  ])('head on %s sends validators', async (_case, path, contentType) => {
    const head = await lrs.request(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(head.headers.get('Last-Modified')).toMatch(/GMT$/);
    expect(head.headers.get('Content-Type')).toBe(contentType);
  });

  test('head with matching if-none-match', async () => {
    const etag = (await lrs.request(documents.state)).headers.get('ETag') as string;
    const head = await lrs.request(documents.state, {
      method: 'HEAD',
      headers: { 'If-None-Match': etag },
    });
    expect(head.status).toBe(304);
    expect(head.headers.get('ETag')).toBe(etag);
    expect(head.headers.get('Last-Modified')).toMatch(/GMT$/);
  });
});
