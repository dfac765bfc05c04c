import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../../testing/test-database.js';
import {
  type DocumentTestClient,
  jsonBody,
  queryString,
  startDocumentTestClient,
} from './document-test-client.js';

function statement(actor: Record<string, unknown>, object: Record<string, unknown>) {
  return {
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/attended', display: { 'en-US': 'attended' } },
    object,
  };
}

describe.each(testDialects)('agents resource on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect, {
      reader: ['statements/read'],
      profiler: ['profiles'],
      stateful: ['state'],
    });
  });
  afterAll(() => lrs.close());

  const agentsPath = (agent: unknown) => `/agents${queryString({ agent })}`;

  test('unknown agent returns its person', async () => {
    const response = await lrs.request(
      agentsPath({ objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.org' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      objectType: 'Person',
      name: ['Ann'],
      mbox: ['mailto:ann@example.org'],
    });
  });

  test.each([
    ['mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }],
    ['openid', { openid: 'http://openid.example.org/ann' }],
    ['account', { account: { homePage: 'http://example.org', name: 'ann' } }],
  ])('person carries %s as array', async (property, agent) => {
    const response = await lrs.request(agentsPath(agent));
    const person = (await response.json()) as Record<string, unknown>;
    expect(person.objectType).toBe('Person');
    expect(person[property]).toEqual([Object.values(agent)[0]]);
    expect(person.name).toBeUndefined();
  });

  test('person lists names from statements', async () => {
    const mbox = 'mailto:named@example.org';
    const posted = await lrs.request(
      '/statements',
      jsonBody([
        statement({ name: 'Old Name', mbox }, { id: 'http://example.org/a/1' }),
        statement({ name: 'New Name', mbox }, { id: 'http://example.org/a/2' }),
      ]),
    );
    expect(posted.status).toBe(200);
    const person = await (await lrs.request(agentsPath({ mbox }), { client: 'reader' })).json();
    expect(person).toEqual({
      objectType: 'Person',
      name: ['New Name', 'Old Name'],
      mbox: [mbox],
    });
    const profiler = await lrs.request(agentsPath({ mbox }), { client: 'profiler' });
    expect(await profiler.json()).toEqual({ objectType: 'Person', mbox: [mbox] });
  });

  test('head returns no body', async () => {
    const response = await lrs.request(agentsPath({ mbox: 'mailto:ann@example.org' }), {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test.each([
    ['missing agent', '/agents'],
    ['agent without identifier', agentsPath({ objectType: 'Agent', name: 'Ann' })],
    ['agent not JSON', '/agents?agent=ann'],
    ['group as agent', agentsPath({ objectType: 'Group', mbox: 'mailto:g@example.org' })],
    ['unknown parameter', `${agentsPath({ mbox: 'mailto:a@example.org' })}&since=x`],
  ])('%s rejected', async (_case, path) => {
    const response = await lrs.request(path);
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { code: string } }).error;
    expect(error.code).toBe('invalid-query');
  });

  test('read or profiles scope required', async () => {
    const response = await lrs.request(agentsPath({ mbox: 'mailto:a@example.org' }), {
      client: 'stateful',
    });
    expect(response.status).toBe(403);
  });

  test('post not allowed', async () => {
    const response = await lrs.request(agentsPath({ mbox: 'mailto:a@example.org' }), {
      method: 'POST',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });
});

describe.each(testDialects)('activities resource on %s', (dialect) => {
  let lrs: DocumentTestClient;

  beforeAll(async () => {
    lrs = await startDocumentTestClient(dialect, {
      profiler: ['profiles'],
      stateful: ['state'],
    });
  });
  afterAll(() => lrs.close());

  const activitiesPath = (activityId: string) => `/activities${queryString({ activityId })}`;

  test('definition merged across statements', async () => {
    const id = 'http://example.org/meetings/1';
    const english = {
      id,
      objectType: 'Activity',
      definition: { type: 'http://adlnet.gov/expapi/activities/meeting', name: { 'en-US': 'x' } },
    };
    const french = { id, definition: { name: { 'fr-FR': 'réunion' } } };
    const actor = { mbox: 'mailto:ann@example.org' };
    await lrs.request('/statements', jsonBody([statement(actor, english)]));
    await lrs.request('/statements', jsonBody([statement(actor, french)]));
    const response = await lrs.request(activitiesPath(id), { client: 'profiler' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      objectType: 'Activity',
      id,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/meeting',
        name: { 'en-US': 'x', 'fr-FR': 'réunion' },
      },
    });
  });

  test('unknown activity returns its id', async () => {
    const id = 'http://example.org/never-seen';
    const response = await lrs.request(activitiesPath(id));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ objectType: 'Activity', id });
  });

  test.each([
    ['missing activityId', '/activities'],
    ['activityId not an IRI', '/activities?activityId=true'],
    ['unknown parameter', `${activitiesPath('http://example.org/a')}&agent=x`],
  ])('%s rejected', async (_case, path) => {
    const response = await lrs.request(path);
    expect(response.status).toBe(400);
  });

  test('read or profiles scope required', async () => {
    const response = await lrs.request(activitiesPath('http://example.org/a'), {
      client: 'stateful',
    });
    expect(response.status).toBe(403);
  });

  test('put not allowed', async () => {
    const response = await lrs.request(activitiesPath('http://example.org/a'), { method: 'PUT' });
    expect(response.status).toBe(405);
  });
});
