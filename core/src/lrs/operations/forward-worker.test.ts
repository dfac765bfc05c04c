import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { silentLogger, testDialects } from '../../testing/test-database.js';
import { createTestHost, type TestHost } from '../../testing/test-host.js';
import { intakeStatements } from '../statements/statement-intake.js';
import type { ForwardFilter } from './forward-filter.js';
import { PAUSED_UNTIL } from './forward-queue.js';
import { ForwardWorker } from './forward-worker.js';

// 0 lets the system choose free ports; set FABRIQUE_TEST_PORT where tests
// may bind only given ports (the tests use it and the next one).
const BASE_PORT = Number(process.env.FABRIQUE_TEST_PORT ?? 0);
const EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const PLUGIN_ID = 'fr.fabrique.testing.counter';
const TARGET_USER = 'fabrique-forwarder';
const TARGET_PASSWORD = 'target-password-1';

/** One request the receiving LRS got. */
interface ReceivedRequest {
  authorization: string | undefined;
  version: string | undefined;
  contentType: string | undefined;
  ids: string[];
  parts: Array<{ hash: string | undefined; contentType: string | undefined; content: Buffer }>;
}

/**
 * A tiny LRS that stores statements by id: an identical statement again is
 * accepted, a different one under a stored id gets 409 and nothing of the
 * batch is stored, as xAPI requires. `failWith` makes it respond with that status.
 */
class ReceivingLrs {
  failWith: number | undefined;
  readonly stored = new Map<string, string>();
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;

  async listen(port: number): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => response.writeHead(500).end());
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/xapi`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  reset(): void {
    this.failWith = undefined;
    this.stored.clear();
    this.requests.length = 0;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (this.failWith !== undefined) {
      response.writeHead(this.failWith, { 'Content-Type': 'text/plain' }).end('unavailable');
      return;
    }
    const expected = `Basic ${Buffer.from(`${TARGET_USER}:${TARGET_PASSWORD}`).toString('base64')}`;
    if (request.url !== '/xapi/statements' || request.headers.authorization !== expected) {
      response.writeHead(401).end();
      return;
    }
    const { json, parts } = readBody(request.headers['content-type'] ?? '', body);
    const statements = JSON.parse(json) as Array<{ id: string }>;
    this.requests.push({
      authorization: request.headers.authorization,
      version: request.headers['x-experience-api-version'] as string | undefined,
      contentType: request.headers['content-type'],
      ids: statements.map((statement) => statement.id),
      parts,
    });
    const conflict = statements.find((statement) => {
      const known = this.stored.get(statement.id);
      return known !== undefined && known !== JSON.stringify(statement);
    });
    if (conflict) {
      response.writeHead(409).end(`a different statement is stored under ${conflict.id}`);
      return;
    }
    for (const statement of statements) this.stored.set(statement.id, JSON.stringify(statement));
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(statements.map((statement) => statement.id)));
  }
}

function readBody(contentType: string, body: Buffer) {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  if (!contentType.startsWith('multipart/mixed') || !boundary) {
    return { json: body.toString('utf8'), parts: [] };
  }
  const text = body.toString('latin1');
  const sections = text.split(`--${boundary}`).slice(1, -1);
  const decoded = sections.map((section) => {
    const [head = '', ...rest] = section.replace(/^\r\n/, '').split('\r\n\r\n');
    const headers = Object.fromEntries(
      head.split('\r\n').map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const content = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
    return { headers, content };
  });
  const [first, ...attachments] = decoded;
  return {
    json: first?.content.toString('utf8') ?? '[]',
    parts: attachments.map((part) => ({
      hash: part.headers['x-experience-api-hash'],
      contentType: part.headers['content-type'],
      content: part.content,
    })),
  };
}

function statement(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', mbox: 'mailto:learner@example.org' },
    verb: { id: EXPERIENCED, display: { 'en-US': 'experienced' } },
    object: { id: 'http://example.org/activities/forwarded' },
    ...overrides,
  };
}

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting until ${what}.`);
}

describe.each(testDialects)('statement forwarding on %s', (dialect) => {
  const receiver = new ReceivingLrs();
  let endpoint: string;
  let host: TestHost;
  let worker: ForwardWorker;

  const post = (body: unknown) =>
    host.app.request('/xapi/statements', {
      method: 'POST',
      headers: {
        Host: '127.0.0.1:8080',
        Authorization: `Basic ${Buffer.from('tool:tool-secret').toString('base64')}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  const addTarget = (filter: ForwardFilter = {}, target = endpoint) =>
    host.services.forwardTargets.add({
      name: 'research LRS',
      endpoint: target,
      username: TARGET_USER,
      password: TARGET_PASSWORD,
      filter,
    });
  const queueRows = (targetId: string) =>
    host.services.db
      .selectFrom('lrs_forward_queue')
      .selectAll()
      .where('target_id', '=', targetId)
      .execute();
  const storedJson = async (id: string) =>
    (
      await host.services.db
        .selectFrom('statements')
        .select('statement')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).statement;

  beforeAll(async () => {
    endpoint = await receiver.listen(BASE_PORT);
    host = await createTestHost(dialect);
    await host.services.lrsClients.upsert({
      key: 'tool',
      secret: 'tool-secret',
      name: 'tool',
      scopes: ['all'],
    });
    worker = new ForwardWorker(
      host.services.forwardQueue,
      host.services.forwardTargets,
      silentLogger,
      {
        pollIntervalMs: 20,
        backoff: { baseDelayMs: 40, maxDelayMs: 200, maxAttempts: 3 },
      },
    );
    worker.start();
  });
  afterAll(async () => {
    await worker.stop();
    await receiver.close();
    await host.close();
  });
  beforeEach(() => receiver.reset());
  afterEach(async () => {
    for (const target of await host.services.forwardTargets.list()) {
      await host.services.forwardTargets.delete(target.id);
    }
  });

  test('forwards statements unchanged', async () => {
    const targetId = await addTarget();
    const batch = [statement(), statement({ verb: { id: ANSWERED } })];
    expect((await post(batch)).status).toBe(200);
    await until(() => receiver.stored.size === 2, 'both statements arrive');
    for (const sent of batch) {
      expect(receiver.stored.get(sent.id)).toBe(await storedJson(sent.id));
    }
    const [request] = receiver.requests;
    expect(request?.version).toBe('1.0.3');
    expect(request?.contentType).toBe('application/json');
    expect(request?.ids).toEqual(batch.map((sent) => sent.id));
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
  });

  test('failure then retry then success', async () => {
    const targetId = await addTarget();
    receiver.failWith = 503;
    const sent = statement();
    await post(sent);
    await until(async () => {
      const [row] = await queueRows(targetId);
      return (row?.attempts ?? 0) >= 1;
    }, 'a failed attempt is recorded');
    const [failed] = await queueRows(targetId);
    expect(failed?.state).toBe('pending');
    expect(failed?.last_error).toContain('HTTP 503');
    receiver.failWith = undefined;
    await until(() => receiver.stored.has(sent.id), 'the statement arrives');
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
  });

  test('failure to dead then retry-dead', async () => {
    const targetId = await addTarget();
    receiver.failWith = 503;
    const sent = statement();
    await post(sent);
    await until(async () => (await queueRows(targetId))[0]?.state === 'dead', 'the row is dead');
    const dead = await host.services.forwardTargets.listDead(targetId, 10);
    expect(dead).toHaveLength(1);
    expect(dead[0]?.statementId).toBe(sent.id);
    expect(dead[0]?.attempts).toBe(3);
    expect(dead[0]?.lastError).toContain('HTTP 503');
    const [summary] = await host.services.forwardTargets.list();
    expect(summary?.deadCount).toBe(1);
    expect(summary?.pendingCount).toBe(0);
    receiver.failWith = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.stored.has(sent.id)).toBe(false);
    expect(await host.services.forwardTargets.retryDead(targetId)).toBe(1);
    await until(() => receiver.stored.has(sent.id), 'the statement arrives after retry-dead');
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
  });

  test('conflict marks dead, batch-mates delivered', async () => {
    const targetId = await addTarget();
    const conflicting = statement();
    const fine = statement();
    receiver.stored.set(conflicting.id, '{"another":"statement"}');
    await post([conflicting, fine]);
    await until(() => receiver.stored.has(fine.id), 'the other statement arrives');
    await until(async () => (await queueRows(targetId))[0]?.state === 'dead', 'the row is dead');
    const rows = await queueRows(targetId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.attempts).toBe(1);
    expect(rows[0]?.last_error).toContain('HTTP 409');
    expect(receiver.stored.get(conflicting.id)).toBe('{"another":"statement"}');
  });

  test('redelivery after a lost answer keeps one copy', async () => {
    const targetId = await addTarget();
    receiver.failWith = 503;
    const sent = statement();
    await post(sent);
    await until(async () => ((await queueRows(targetId))[0]?.attempts ?? 0) >= 1, 'a failure');
    // As if the target had stored it but its response was lost.
    receiver.stored.set(sent.id, await storedJson(sent.id));
    receiver.failWith = undefined;
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
    expect(receiver.stored.size).toBe(1);
    expect(receiver.requests.at(-1)?.ids).toEqual([sent.id]);
  });

  test('filter by verb', async () => {
    const targetId = await addTarget({ verbs: [ANSWERED] });
    const answered = statement({ verb: { id: ANSWERED } });
    const experienced = statement();
    await post([answered, experienced]);
    await until(() => receiver.stored.has(answered.id), 'the answered statement arrives');
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
    expect(receiver.stored.has(experienced.id)).toBe(false);
  });

  test('filter by activity prefix', async () => {
    const targetId = await addTarget({ activityPrefixes: ['http://example.org/courses/'] });
    const inCourse = statement({
      context: {
        contextActivities: { parent: [{ id: 'http://example.org/courses/algebra' }] },
      },
    });
    const outside = statement();
    await post([outside, inCourse]);
    await until(() => receiver.stored.has(inCourse.id), 'the course statement arrives');
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
    expect(receiver.stored.has(outside.id)).toBe(false);
  });

  test('filter by plugin', async () => {
    const targetId = await addTarget({ pluginIds: [PLUGIN_ID] });
    const fromClient = statement();
    await post(fromClient);
    const [fromPlugin] = intakeStatements(
      statement(),
      { homePage: host.config.publicUrl, name: `plugin:${PLUGIN_ID}` },
      new Date(),
    );
    if (!fromPlugin) throw new Error('intake returned no statement');
    await host.services.statements.insertBatch([{ ...fromPlugin, pluginId: PLUGIN_ID }]);
    await until(() => receiver.stored.has(fromPlugin.statement.id), 'the plugin statement arrives');
    await until(async () => (await queueRows(targetId)).length === 0, 'the queue is empty');
    expect(receiver.stored.has(fromClient.id)).toBe(false);
  });

  test('attachments sent as multipart', async () => {
    await addTarget();
    const content = Buffer.from('une trace jointe, accentuée', 'utf8');
    const sha2 = createHash('sha256').update(content).digest('hex');
    const [item] = intakeStatements(
      statement({
        attachments: [
          {
            usageType: 'http://example.org/usage/notes',
            display: { fr: 'notes' },
            contentType: 'text/plain; charset=utf-8',
            length: content.length,
            sha2,
          },
        ],
      }),
      { homePage: host.config.publicUrl, name: 'client:tool' },
      new Date(),
    );
    if (!item) throw new Error('intake returned no statement');
    await host.services.statements.insertBatch(
      [item],
      [{ sha2, contentType: 'text/plain; charset=utf-8', content }],
    );

    await until(() => receiver.stored.has(item.statement.id), 'the statement arrives');
    const request = receiver.requests.find((received) => received.ids.includes(item.statement.id));
    expect(request?.contentType).toMatch(/^multipart\/mixed; boundary=/);
    expect(request?.parts).toHaveLength(1);
    expect(request?.parts[0]?.hash).toBe(sha2);
    expect(request?.parts[0]?.contentType).toBe('text/plain; charset=utf-8');
    expect(request?.parts[0]?.content.equals(content)).toBe(true);
  });

  test('disabled target gets nothing new', async () => {
    const targetId = await addTarget();
    await host.services.forwardTargets.setEnabled(targetId, false);
    await post(statement());
    expect(await queueRows(targetId)).toHaveLength(0);
  });

  test('disabled target keeps its rows waiting', async () => {
    const targetId = await addTarget();
    receiver.failWith = 503;
    const sent = statement();
    await post(sent);
    await until(async () => ((await queueRows(targetId))[0]?.attempts ?? 0) >= 1, 'a failure');
    await host.services.forwardTargets.setEnabled(targetId, false);
    receiver.failWith = undefined;
    const [paused] = await queueRows(targetId);
    expect(paused?.next_attempt_at).toBe(PAUSED_UNTIL);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.stored.has(sent.id)).toBe(false);
    await host.services.forwardTargets.setEnabled(targetId, true);
    await until(() => receiver.stored.has(sent.id), 'the statement arrives after enabling');
  });

  test('wrong credentials retried', async () => {
    const targetId = await host.services.forwardTargets.add({
      name: 'misconfigured',
      endpoint,
      username: TARGET_USER,
      password: 'wrong-password',
      filter: {},
    });
    await post(statement());
    await until(async () => ((await queueRows(targetId))[0]?.attempts ?? 0) >= 1, 'a failure');
    const [row] = await queueRows(targetId);
    expect(row?.last_error).toContain('HTTP 401');
  });

  test('unreachable target retried', async () => {
    const closed = new ReceivingLrs();
    const closedEndpoint = await closed.listen(BASE_PORT === 0 ? 0 : BASE_PORT + 1);
    await closed.close();
    const targetId = await addTarget({}, closedEndpoint);
    await post(statement());
    await until(async () => ((await queueRows(targetId))[0]?.attempts ?? 0) >= 1, 'a failure');
    const [row] = await queueRows(targetId);
    expect(row?.last_error).toMatch(/^request failed: /);
  });
});

describe.each(testDialects)('forwarding to a Fabrique LRS on %s', (dialect) => {
  let server: Server;
  let sender: TestHost;
  let receiver: TestHost;
  let worker: ForwardWorker;

  beforeAll(async () => {
    let handler: (request: Request) => Response | Promise<Response> = () =>
      new Response(null, { status: 503 });
    server = createServer(getRequestListener((request) => handler(request)));
    const port = BASE_PORT === 0 ? 0 : BASE_PORT + 1;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const boundPort = (server.address() as AddressInfo).port;
    // The receiving host stays on SQLite: two PostgreSQL test schemas open in
    // one process confuse Kysely's migrator, which looks for its tables in
    // every schema.
    receiver = await createTestHost('sqlite', { PORT: String(boundPort) });
    handler = (request) => receiver.app.fetch(request);
    await receiver.services.lrsClients.upsert({
      key: TARGET_USER,
      secret: TARGET_PASSWORD,
      name: 'forwarding sender',
      scopes: ['statements/write', 'statements/read'],
    });
    sender = await createTestHost(dialect);
    await sender.services.forwardTargets.add({
      name: 'second host',
      endpoint: `http://127.0.0.1:${boundPort}/xapi`,
      username: TARGET_USER,
      password: TARGET_PASSWORD,
      filter: {},
    });
    worker = new ForwardWorker(
      sender.services.forwardQueue,
      sender.services.forwardTargets,
      silentLogger,
      {
        pollIntervalMs: 20,
      },
    );
    worker.start();
  });
  afterAll(async () => {
    await worker.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sender.close();
    await receiver.close();
  });

  test('second host stores the forwarded statement', async () => {
    const [item] = intakeStatements(
      statement(),
      { homePage: sender.config.publicUrl, name: 'client:tool' },
      new Date(),
    );
    if (!item) throw new Error('intake returned no statement');
    await sender.services.statements.insertBatch([item]);
    const id = item.statement.id;
    await until(
      async () =>
        (await receiver.services.statements.findById(id, { voided: false })) !== undefined,
      'the second host stores the statement',
    );
    const stored = await receiver.services.statements.findById(id, { voided: false });
    expect(stored?.verb).toEqual(item.statement.verb);
    expect(stored?.actor).toEqual(item.statement.actor);
    expect(stored?.timestamp).toBe(item.statement.timestamp);
  });
});

describe.each(testDialects)('forward queue on %s', (dialect) => {
  let host: TestHost;

  beforeAll(async () => {
    host = await createTestHost(dialect);
  });
  afterAll(() => host.close());

  test('failure keeps a paused row paused', async () => {
    const targets = host.services.forwardTargets;
    const queue = host.services.forwardQueue;
    const targetId = await targets.add({
      name: 'paused while sending',
      endpoint: 'http://127.0.0.1:9/xapi',
      username: TARGET_USER,
      password: TARGET_PASSWORD,
      filter: {},
    });
    const batch = intakeStatements(
      statement(),
      { homePage: host.config.publicUrl, name: 'client:tool' },
      new Date(),
    );
    await host.services.statements.insertBatch(batch);
    const now = new Date();
    const claimed = await queue.claimDue(now, 10, new Date(now.getTime() + 60_000));
    expect(claimed).toHaveLength(1);

    await targets.setEnabled(targetId, false);
    await queue.fail(claimed, 'HTTP 503', now, 5, () => new Date(now.getTime() + 1000));
    const [row] = await host.services.db.selectFrom('lrs_forward_queue').selectAll().execute();
    expect(row?.attempts).toBe(1);
    expect(row?.next_attempt_at).toBe(PAUSED_UNTIL);
    expect(await queue.claimDue(new Date(now.getTime() + 5000), 10, now)).toEqual([]);

    await targets.setEnabled(targetId, true);
    const due = await queue.claimDue(new Date(Date.now() + 1), 10, now);
    expect(due.map((item) => item.seq)).toEqual(claimed.map((item) => item.seq));
  });
});
