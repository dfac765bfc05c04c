import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../../testing/test-database.js';
import {
  type DocumentTestClient,
  jsonBody,
  queryString,
  startDocumentTestClient,
} from './document-test-client.js';
import { MAX_DOCUMENT_ID_BYTES } from './parameter-schemas.js';

/**
 * Random URL-safe text of `length` characters. PostgreSQL compresses
 * repetitive values before it checks the size of a B-tree entry, so a
 * repeated character would not reach its 2704-byte limit.
 */
function randomText(length: number): string {
  return randomBytes(length).toString('base64url').slice(0, length);
}

const longActivity = () => `http://example.org/${randomText(3000)}`;
const longAgent = () => ({ mbox: `mailto:${randomText(3000)}@example.org` });

interface ErrorBody {
  error: { code: string; message: string; details: { field: string; rule: string } };
}

describe.each(testDialects)('long document parameters on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect, { reader: ['statements/read'] });
  });
  afterAll(() => lrs.close());

  const path = (resource: string, parameters: Record<string, unknown>) =>
    `${resource}${queryString(parameters)}`;

  test('state with long activity and agent', async () => {
    const scope = {
      activityId: longActivity(),
      agent: longAgent(),
      registration: randomUUID(),
    };
    const documentPath = path('/activities/state', { ...scope, stateId: 's' });
    expect((await lrs.request(documentPath, jsonBody({ a: 1 }, {}, 'PUT'))).status).toBe(204);
    expect((await lrs.request(documentPath, jsonBody({ b: 2 }))).status).toBe(204);
    const got = await lrs.request(documentPath);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ a: 1, b: 2 });
    const listed = await lrs.request(path('/activities/state', scope));
    expect(await listed.json()).toEqual(['s']);
    const deleted = await lrs.request(path('/activities/state', scope), { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await lrs.request(documentPath)).status).toBe(404);
  });

  test('activity profile with long activity', async () => {
    const activityId = longActivity();
    const documentPath = path('/activities/profile', { activityId, profileId: 'p' });
    const created = await lrs.request(
      documentPath,
      jsonBody({ a: 1 }, { 'If-None-Match': '*' }, 'PUT'),
    );
    expect(created.status).toBe(204);
    expect(await (await lrs.request(documentPath)).json()).toEqual({ a: 1 });
    const listed = await lrs.request(path('/activities/profile', { activityId }));
    expect(await listed.json()).toEqual(['p']);
    expect((await lrs.request(documentPath, { method: 'DELETE' })).status).toBe(204);
    expect((await lrs.request(documentPath)).status).toBe(404);
  });

  test('agent profile with long account', async () => {
    const agent = { account: { homePage: 'http://example.org', name: randomText(3000) } };
    const documentPath = path('/agents/profile', { agent, profileId: 'p' });
    const created = await lrs.request(
      documentPath,
      jsonBody({ a: 1 }, { 'If-None-Match': '*' }, 'PUT'),
    );
    expect(created.status).toBe(204);
    expect(await (await lrs.request(documentPath)).json()).toEqual({ a: 1 });
    const listed = await lrs.request(path('/agents/profile', { agent }));
    expect(await listed.json()).toEqual(['p']);
  });

  test('long activities sharing a prefix stay apart', async () => {
    const prefix = longActivity();
    const first = path('/activities/profile', { activityId: `${prefix}/1`, profileId: 'p' });
    const second = path('/activities/profile', { activityId: `${prefix}/2`, profileId: 'p' });
    await lrs.request(first, jsonBody({ n: 1 }, { 'If-None-Match': '*' }, 'PUT'));
    await lrs.request(second, jsonBody({ n: 2 }, { 'If-None-Match': '*' }, 'PUT'));
    expect(await (await lrs.request(first)).json()).toEqual({ n: 1 });
    expect(await (await lrs.request(second)).json()).toEqual({ n: 2 });
  });

  test('huge activity listed empty', async () => {
    const activityId = `http://example.org/${randomText(60_000)}`;
    const response = await lrs.request(
      path('/activities/state', { activityId, agent: longAgent() }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  test.each([
    ['stateId', '/activities/state', { activityId: 'http://example.org/a', agent: longAgent() }],
    ['profileId', '/activities/profile', { activityId: 'http://example.org/a' }],
    ['profileId', '/agents/profile', { agent: longAgent() }],
  ])('long %s on %s rejected', async (idName, resource, scope) => {
    const target = path(resource, { ...scope, [idName]: randomText(3000) });
    for (const init of [{}, jsonBody({ a: 1 }, { 'If-None-Match': '*' }, 'PUT')]) {
      const response = await lrs.request(target, init);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.details.field).toBe(idName);
      expect(error.details.rule).toBe(
        `must be at most ${MAX_DOCUMENT_ID_BYTES} bytes long in UTF-8`,
      );
    }
  });

  test('document id limit counts utf-8 bytes', async () => {
    const scope = { activityId: `http://example.org/${randomUUID()}`, agent: longAgent() };
    const fitting = 'é'.repeat(MAX_DOCUMENT_ID_BYTES / 2);
    const fits = await lrs.request(
      path('/activities/state', { ...scope, stateId: fitting }),
      jsonBody({ a: 1 }, {}, 'PUT'),
    );
    expect(fits.status).toBe(204);
    const listed = await lrs.request(path('/activities/state', scope));
    expect(await listed.json()).toEqual([fitting]);
    const tooLong = await lrs.request(
      path('/activities/state', { ...scope, stateId: `${fitting}a` }),
      jsonBody({ a: 1 }, {}, 'PUT'),
    );
    expect(tooLong.status).toBe(400);
  });

  test('person of long agent names', async () => {
    const agent = longAgent();
    const posted = await lrs.request(
      '/statements',
      jsonBody({
        actor: { ...agent, name: 'Long Mbox' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/attended' },
        object: { id: 'http://example.org/meetings/long' },
      }),
    );
    expect(posted.status).toBe(200);
    const response = await lrs.request(path('/agents', { agent }), { client: 'reader' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      objectType: 'Person',
      name: ['Long Mbox'],
      mbox: [agent.mbox],
    });
  });

  test('activity with long id', async () => {
    const activityId = longActivity();
    const response = await lrs.request(path('/activities', { activityId }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ objectType: 'Activity', id: activityId });
  });
});
