import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDialects } from '../../testing/test-database.js';
import {
  type DocumentTestClient,
  jsonBody,
  queryString,
  startDocumentTestClient,
  TEST_AGENT,
} from './document-test-client.js';

// 0 lets the system choose a free port. Where tests may bind only given ports,
// FABRIQUE_TEST_PORT is the first of them: the forwarding tests use it and the
// next one, so this file takes the one after.
const PORT = process.env.FABRIQUE_TEST_PORT ? Number(process.env.FABRIQUE_TEST_PORT) + 2 : 0;
const ORIGIN = 'http://player.example.org';
const ACTIVITY = `http://example.org/activities/head/${randomUUID()}`;

// Headers that Node's HTTP server adds itself, or that depend on a body being sent.
const TRANSPORT_HEADERS = ['date', 'connection', 'keep-alive', 'content-length'];

/** One document per resource, written before the tests. */
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

/** Status, headers and body of a response read over HTTP. */
interface WireResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * The test host behind a real Node HTTP server, as in production. Requests go
 * over a socket because `@hono/node-server` (1.19) rebuilds a HEAD response
 * from the options of the GET response, so a header that middleware sets on a
 * finished response can be lost there while `app.request` keeps it.
 */
class ServedHost {
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly lrs: DocumentTestClient) {}

  async listen(): Promise<void> {
    const server = createServer(getRequestListener(this.lrs.host.app.fetch));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
  }

  send(path: string, method: string, headers: Record<string, string> = {}): Promise<WireResponse> {
    const credentials = Buffer.from('full:full-secret').toString('base64');
    const options = {
      host: '127.0.0.1',
      port: this.port,
      path: `/xapi${path}`,
      method,
      headers: {
        Host: new URL(this.lrs.host.config.publicUrl).host,
        Authorization: `Basic ${credentials}`,
        'X-Experience-API-Version': '1.0.3',
        ...headers,
      },
    };
    return new Promise((resolve, reject) => {
      const sent = request(options, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      sent.on('error', reject);
      sent.end();
    });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function withoutTransportHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !TRANSPORT_HEADERS.includes(name)),
  );
}

describe.each(testDialects)('document head on %s', (dialect) => {
  let lrs: DocumentTestClient;
  let served: ServedHost;

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
    served = new ServedHost(lrs);
    await served.listen();
  });
  afterAll(async () => {
    await served.close();
    await lrs.close();
  });

  test.each(readPaths)('head on %s matches get', async (_case, path) => {
    const get = await served.send(path, 'GET', { Origin: ORIGIN });
    const head = await served.send(path, 'HEAD', { Origin: ORIGIN });
    expect(head.status).toBe(get.status);
    expect(withoutTransportHeaders(head.headers)).toEqual(withoutTransportHeaders(get.headers));
    expect(head.headers['x-experience-api-version']).toBe('1.0.3');
    expect(head.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(head.headers['access-control-expose-headers']).toContain('ETag');
    expect(head.headers['content-type']).toBeDefined();
    expect(head.body).toBe('');
  });

  test.each([
    ['state', documents.state, 'application/json'],
    ['activity profile', documents.activityProfile, 'text/plain; charset=utf-8'],
    ['agent profile', documents.agentProfile, 'application/json'],
  ])('head on %s sends validators', async (_case, path, contentType) => {
    const head = await served.send(path, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(head.headers['last-modified']).toMatch(/GMT$/);
    expect(head.headers['content-type']).toBe(contentType);
  });

  test('head with matching if-none-match', async () => {
    const etag = (await served.send(documents.state, 'GET')).headers.etag as string;
    const head = await served.send(documents.state, 'HEAD', { 'If-None-Match': etag });
    expect(head.status).toBe(304);
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['last-modified']).toMatch(/GMT$/);
    expect(head.headers['x-experience-api-version']).toBe('1.0.3');
  });
});
