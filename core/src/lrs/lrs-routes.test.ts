import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, type TestHost } from '../testing/test-host.js';

const AUTH = `Basic ${Buffer.from('suite:suite-secret').toString('base64')}`;
const HEADERS = {
  Host: '127.0.0.1:8080',
  Authorization: AUTH,
  'X-Experience-API-Version': '1.0.3',
  'Content-Type': 'application/json',
};

function statement(overrides: Record<string, unknown> = {}) {
  return {
    actor: { objectType: 'Agent', mbox: 'mailto:tool@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { id: 'http://example.org/activities/1' },
    ...overrides,
  };
}

describe.each(testDialects)('LRS statements on %s', (dialect) => {
  let host: TestHost;
  const request = (path: string, init: RequestInit = {}) =>
    host.app.request(`/xapi${path}`, {
      ...init,
      headers: { ...HEADERS, ...(init.headers as Record<string, string>) },
    });

  beforeAll(async () => {
    host = await createTestHost(dialect);
    await host.services.lrsClients.upsert({
      key: 'suite',
      secret: 'suite-secret',
      name: 'suite',
      scopes: ['all'],
    });
  });
  afterAll(() => host.close());

  test('about lists version', async () => {
    const response = await host.app.request('/xapi/about', { headers: { Host: '127.0.0.1:8080' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ version: ['1.0.3'], extensions: {} });
    expect(response.headers.get('X-Experience-API-Version')).toBe('1.0.3');
  });

  test('missing version header', async () => {
    const response = await request('/statements?statementId=x', {
      headers: { 'X-Experience-API-Version': '' },
    });
    expect(response.status).toBe(400);
  });

  test('version 1.1 rejected', async () => {
    const response = await request('/statements?statementId=x', {
      headers: { 'X-Experience-API-Version': '1.1.0' },
    });
    expect(response.status).toBe(400);
  });

  test('wrong credentials', async () => {
    const response = await request('/statements?statementId=x', {
      headers: { Authorization: `Basic ${Buffer.from('suite:nope').toString('base64')}` },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toContain('Basic');
  });

  test('post then get by id', async () => {
    const posted = await request('/statements', {
      method: 'POST',
      body: JSON.stringify(statement()),
    });
    expect(posted.status).toBe(200);
    const [id] = (await posted.json()) as string[];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const fetched = await request(`/statements?statementId=${id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
    const body = (await fetched.json()) as Record<string, unknown>;
    expect(body.id).toBe(id);
    expect(body.stored).toBeTruthy();
    expect(body.authority).toEqual({
      objectType: 'Agent',
      account: { homePage: host.config.publicUrl, name: 'client:suite' },
    });
  });

  test('batch returns ids in order', async () => {
    const ids = ['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'];
    const posted = await request('/statements', {
      method: 'POST',
      body: JSON.stringify(ids.map((id) => statement({ id }))),
    });
    expect(await posted.json()).toEqual(ids);
  });

  test('duplicate ids in batch rejected whole', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000003';
    const posted = await request('/statements', {
      method: 'POST',
      body: JSON.stringify([statement({ id }), statement({ id })]),
    });
    expect(posted.status).toBe(400);
    expect((await request(`/statements?statementId=${id}`)).status).toBe(404);
  });

  test('put stores under id', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000004';
    const put = await request(`/statements?statementId=${id}`, {
      method: 'PUT',
      body: JSON.stringify(statement()),
    });
    expect(put.status).toBe(204);
    expect((await request(`/statements?statementId=${id}`)).status).toBe(200);
  });

  test('identical resubmission accepted, different conflicts', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000005';
    expect(
      (
        await request(`/statements?statementId=${id}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await request(`/statements?statementId=${id}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
        })
      ).status,
    ).toBe(204);
    const changed = await request(`/statements?statementId=${id}`, {
      method: 'PUT',
      body: JSON.stringify(statement({ object: { id: 'http://example.org/other' } })),
    });
    expect(changed.status).toBe(409);
    const kept = (await (await request(`/statements?statementId=${id}`)).json()) as {
      object: { id: string };
    };
    expect(kept.object.id).toBe('http://example.org/activities/1');
  });

  test('conflict in batch stores nothing', async () => {
    const existing = 'a1b2c3d4-0000-4000-8000-000000000005';
    const fresh = 'a1b2c3d4-0000-4000-8000-000000000006';
    const posted = await request('/statements', {
      method: 'POST',
      body: JSON.stringify([
        statement({ id: fresh }),
        statement({ id: existing, object: { id: 'http://example.org/x' } }),
      ]),
    });
    expect(posted.status).toBe(409);
    expect((await request(`/statements?statementId=${fresh}`)).status).toBe(404);
  });

  test('voided statement only by voidedStatementId', async () => {
    const target = 'a1b2c3d4-0000-4000-8000-000000000007';
    await request(`/statements?statementId=${target}`, {
      method: 'PUT',
      body: JSON.stringify(statement()),
    });
    const voiding = statement({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
      object: { objectType: 'StatementRef', id: target },
    });
    expect(
      (await request('/statements', { method: 'POST', body: JSON.stringify(voiding) })).status,
    ).toBe(200);
    expect((await request(`/statements?statementId=${target}`)).status).toBe(404);
    expect((await request(`/statements?voidedStatementId=${target}`)).status).toBe(200);
  });

  test.each([
    ['malformed JSON', '{"actor": '],
    [
      'missing verb',
      JSON.stringify({ actor: { mbox: 'mailto:a@b.c' }, object: { id: 'http://example.org/a' } }),
    ],
    ['bad mbox', JSON.stringify(statement({ actor: { mbox: 'a@b.c' } }))],
    ['unknown property', JSON.stringify(statement({ mood: 'happy' }))],
    ['empty batch', '[]'],
  ])('%s gets 400 without 5xx', async (_name, body) => {
    const response = await request('/statements', { method: 'POST', body });
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toMatch(/^[a-z-]+$/);
    expect(error.error.message).not.toMatch(/at .*\.ts:\d+/);
  });

  test('put id mismatch', async () => {
    const response = await request('/statements?statementId=a1b2c3d4-0000-4000-8000-000000000008', {
      method: 'PUT',
      body: JSON.stringify(statement({ id: 'a1b2c3d4-0000-4000-8000-000000000009' })),
    });
    expect(response.status).toBe(400);
  });

  test('unknown query parameter rejected', async () => {
    const response = await request('/statements?colour=blue');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid-query',
    );
  });

  test('deeply nested statement rejected', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const shallow = JSON.stringify(
      statement({ result: { extensions: { 'http://example.org/e': 0 } } }),
    );
    const body = shallow.replace('"http://example.org/e":0', `"http://example.org/e":${deep}`);
    const response = await request('/statements', { method: 'POST', body });
    expect(response.status).toBe(400);
  });

  test('put of a string rejected', async () => {
    const response = await request('/statements?statementId=a1b2c3d4-0000-4000-8000-00000000000a', {
      method: 'PUT',
      body: '"abc"',
    });
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { message: string } };
    expect(error.error.message).toContain('JSON object');
  });

  test('upper-case id matches stored id', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-00000000000b';
    expect(
      (
        await request(`/statements?statementId=${id}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await request(`/statements?statementId=${id.toUpperCase()}`, {
          method: 'PUT',
          body: JSON.stringify(statement()),
        })
      ).status,
    ).toBe(204);
    expect((await request(`/statements?statementId=${id.toUpperCase()}`)).status).toBe(200);
    const rows = await host.services.db
      .selectFrom('statements')
      .select('id')
      .where('id', 'in', [id, id.toUpperCase()])
      .execute();
    expect(rows).toHaveLength(1);
  });

  test('delete not allowed', async () => {
    const response = await request('/statements', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toContain('PUT');
  });

  test('basic timestamp form queryable', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-00000000000c';
    await request(`/statements?statementId=${id}`, {
      method: 'PUT',
      body: JSON.stringify(statement({ timestamp: '20240301T093000Z' })),
    });
    const row = await host.services.db
      .selectFrom('statements')
      .select('timestamp')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row?.timestamp).toBe('2024-03-01T09:30:00.000Z');
  });

  test('void under another authority forbidden', async () => {
    await host.services.lrsClients.upsert({
      key: 'other',
      secret: 'other-secret',
      name: 'other',
      scopes: ['all'],
    });
    const target = 'a1b2c3d4-0000-4000-8000-00000000000d';
    await request(`/statements?statementId=${target}`, {
      method: 'PUT',
      body: JSON.stringify(statement()),
    });
    const voiding = statement({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
      object: { objectType: 'StatementRef', id: target },
    });
    const otherAuth = `Basic ${Buffer.from('other:other-secret').toString('base64')}`;
    const response = await request('/statements', {
      method: 'POST',
      body: JSON.stringify(voiding),
      headers: { Authorization: otherAuth },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'void-forbidden',
    );
    expect((await request(`/statements?statementId=${target}`)).status).toBe(200);
  });
});
