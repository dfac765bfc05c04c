import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, GraphqlSession, type TestHost } from '../testing/test-host.js';

describe.each(testDialects)('GraphQL request limits on %s', (dialect) => {
  let host: TestHost;

  beforeAll(async () => {
    host = await createTestHost(dialect);
  });
  afterAll(() => host.close());

  test('oversized body rejected', async () => {
    const response = await host.app.request('/graphql', {
      method: 'POST',
      headers: { Host: '127.0.0.1:8080', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: '{ viewer { kind } }',
        variables: { padding: 'x'.repeat(300_000) },
      }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload-too-large',
    );
  });

  test('login attempts limited per account', async () => {
    const session = new GraphqlSession(host);
    const attempt = () =>
      session.request(
        'mutation { login(email: "admin@ecole-demo.fabrique.test", password: "guess") { kind } }',
      );
    const codes: Array<string | undefined> = [];
    for (let index = 0; index < 11; index++)
      codes.push((await attempt()).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 10).every((code) => code === 'invalid-credentials')).toBe(true);
    expect(codes[10]).toBe('too-many-attempts');
  });

  test('limit is per account', async () => {
    const result = await new GraphqlSession(host).request<{ login: { kind: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }',
      { e: host.demo.teacher.email, p: host.demo.teacher.password },
    );
    expect(result.data?.login.kind).toBe('ADULT');
  });
});
