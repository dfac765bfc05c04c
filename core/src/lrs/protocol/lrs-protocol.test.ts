import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createLrsTestHost,
  type LrsTestHost,
  TEST_LRS_CLIENT,
} from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';

const STATEMENT = {
  actor: { mbox: 'mailto:form@example.org' },
  verb: { id: 'http://example.org/verbs/sent' },
  object: { id: 'http://example.org/a/form' },
};
const AUTHORIZATION = `Basic ${Buffer.from(`${TEST_LRS_CLIENT.key}:${TEST_LRS_CLIENT.secret}`).toString('base64')}`;
const STATEMENT_ID = 'c0ffee00-1234-4abc-8def-000000000001';

describe.each(testDialects)('LRS protocol on %s', (dialect) => {
  let lrs: LrsTestHost;
  /** Sends a form POST with no LRS headers of its own, as a browser form would. */
  const form = (method: string, fields: Record<string, string>, query = '') =>
    lrs.host.app.request(`/xapi/statements?method=${method}${query}`, {
      method: 'POST',
      headers: {
        Host: new URL(lrs.host.config.publicUrl).host,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(fields).toString(),
    });
  const lrsHeaders = { Authorization: AUTHORIZATION, 'X-Experience-API-Version': '1.0.3' };

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
  });
  afterAll(() => lrs.close());

  test('alternate PUT stores the statement', async () => {
    const response = await form('PUT', {
      ...lrsHeaders,
      statementId: STATEMENT_ID,
      content: JSON.stringify(STATEMENT),
    });
    expect(response.status).toBe(204);
    expect((await lrs.request(`/statements?statementId=${STATEMENT_ID}`)).status).toBe(200);
  });

  test('alternate GET reads parameters from the form', async () => {
    const response = await form('GET', { ...lrsHeaders, limit: '1' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statements: unknown[] };
    expect(body.statements).toHaveLength(1);
  });

  test('alternate request form headers are checked', async () => {
    const response = await form('GET', { ...lrsHeaders, 'X-Experience-API-Version': '0.8' });
    expect(response.status).toBe(400);
  });

  test('alternate request with URL parameters', async () => {
    const response = await form('GET', lrsHeaders, '&limit=1');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid-alternate-request',
    );
  });

  test('alternate request not sent with POST', async () => {
    const response = await lrs.request('/statements?method=GET', { method: 'PUT' });
    expect(response.status).toBe(400);
  });

  test('alternate request unknown method', async () => {
    expect((await form('PATCH', lrsHeaders)).status).toBe(400);
  });

  test('alternate request without credentials', async () => {
    expect((await form('GET', { 'X-Experience-API-Version': '1.0.3' })).status).toBe(401);
  });

  test('HEAD has headers and no body', async () => {
    const response = await lrs.request(`/statements?statementId=${STATEMENT_ID}`, {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
    expect(await response.text()).toBe('');
  });

  test('consistent-through on a rejected GET', async () => {
    const response = await lrs.request('/statements?limit=-4');
    expect(response.status).toBe(400);
    const through = response.headers.get('X-Experience-API-Consistent-Through') ?? '';
    expect(Number.isNaN(Date.parse(through))).toBe(false);
    expect(response.headers.get('Date')).toBeTruthy();
  });

  test('CORS preflight without credentials', async () => {
    const response = await lrs.host.app.request('/xapi/statements', {
      method: 'OPTIONS',
      headers: {
        Host: new URL(lrs.host.config.publicUrl).host,
        Origin: 'https://player.example.org',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, x-experience-api-version',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://player.example.org');
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain(
      'X-Experience-API-Version',
    );
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });

  test('CORS headers on answers', async () => {
    const response = await lrs.request('/statements?limit=1', {
      headers: { Origin: 'https://player.example.org' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://player.example.org');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain(
      'X-Experience-API-Consistent-Through',
    );
  });

  test('about needs no credentials', async () => {
    const response = await lrs.host.app.request('/xapi/about', {
      headers: { Host: new URL(lrs.host.config.publicUrl).host },
    });
    expect(response.status).toBe(200);
  });

  test('scope enforced', async () => {
    await lrs.host.services.lrsClients.upsert({
      key: 'reader',
      secret: 'reader-secret',
      name: 'reader',
      scopes: ['statements/read'],
    });
    const response = await lrs.request('/statements', {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from('reader:reader-secret').toString('base64')}` },
      body: JSON.stringify(STATEMENT),
    });
    expect(response.status).toBe(403);
  });
  test('alternate request repeated method', async () => {
    expect((await form('GET', lrsHeaders, '&method=PUT')).status).toBe(400);
  });

  test('alternate PUT without content', async () => {
    const response = await form('PUT', { ...lrsHeaders, statementId: STATEMENT_ID });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'content',
    );
  });

  test('alternate request body counted while read', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 40) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await lrs.host.app.request('/xapi/statements?method=GET', {
      method: 'POST',
      headers: {
        Host: new URL(lrs.host.config.publicUrl).host,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(40);
  });

  test('failed sign-ins past budget keep cached clients', async () => {
    const wrong = `Basic ${Buffer.from(`${TEST_LRS_CLIENT.key}:wrong-secret`).toString('base64')}`;
    expect((await lrs.request('/statements?limit=1')).status).toBe(200);
    const limiter = lrs.host.services.lrsAuthFailures;
    while (limiter.take('lrs-sign-in')) {
      // Exhausts the budget without hashing.
    }
    expect(
      (await lrs.request('/statements?limit=1', { headers: { Authorization: wrong } })).status,
    ).toBe(429);
    expect((await lrs.request('/statements?limit=1')).status).toBe(200);
  });

  test('alternate request invalid header field', async () => {
    const response = await form('GET', { ...lrsHeaders, 'If-Match': 'a\nb' });
    expect(response.status).toBe(400);
  });
});
