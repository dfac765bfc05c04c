import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditLog } from '../audit/audit-log.js';
import { intakeStatements } from '../lrs/statements/statement-intake.js';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, GraphqlSession, type TestHost } from '../testing/test-host.js';

const TARGETS_QUERY = `query {
  lrsForwardTargets {
    id name endpoint username filter enabled pendingCount deadCount
    deadForwards(limit: 10) { statementId attempts lastError failedAt queuedAt }
  }
}`;

interface TargetsData {
  lrsForwardTargets: Array<{
    id: string;
    name: string;
    username: string;
    filter: unknown;
    enabled: boolean;
    pendingCount: number;
    deadCount: number;
    deadForwards: Array<{ statementId: string; attempts: number; lastError: string | null }>;
  }>;
}

describe.each(testDialects)('LRS forwarding in GraphQL on %s', (dialect) => {
  let host: TestHost;
  let admin: GraphqlSession;
  let teacher: GraphqlSession;
  let targetId: string;
  let deadStatementId: string;

  beforeAll(async () => {
    host = await createTestHost(dialect);
    admin = new GraphqlSession(host);
    teacher = new GraphqlSession(host);
    const login = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { kind } }';
    await admin.request(login, { e: host.demo.admin.email, p: host.demo.admin.password });
    await teacher.request(login, { e: host.demo.teacher.email, p: host.demo.teacher.password });
    targetId = await host.services.forwardTargets.add({
      name: 'Research LRS',
      endpoint: 'https://lrs.example.org/xapi',
      username: 'fabrique',
      password: 'never-shown-password',
      filter: { verbs: ['http://adlnet.gov/expapi/verbs/answered'] },
    });
    const batch = intakeStatements(
      ['a', 'b'].map((item) => ({
        actor: { mbox: 'mailto:learner@example.org' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
        object: { id: `http://example.org/items/${item}` },
      })),
      { homePage: host.config.publicUrl, name: 'client:tool' },
      new Date(),
    );
    await host.services.statements.insertBatch(batch);
    deadStatementId = batch[0]?.statement.id ?? '';
    await host.services.db
      .updateTable('lrs_forward_queue')
      .set({ state: 'dead', attempts: 30, last_error: 'HTTP 503: unavailable' })
      .where('statement_seq', '=', (eb) =>
        eb.selectFrom('statements').select('seq').where('id', '=', deadStatementId),
      )
      .execute();
  });
  afterAll(() => host.close());

  test('admin lists targets with counts', async () => {
    const result = await admin.request<TargetsData>(TARGETS_QUERY);
    expect(result.errors).toBeUndefined();
    const [target] = result.data?.lrsForwardTargets ?? [];
    expect(target?.id).toBe(targetId);
    expect(target?.username).toBe('fabrique');
    expect(target?.filter).toEqual({ verbs: ['http://adlnet.gov/expapi/verbs/answered'] });
    expect(target?.pendingCount).toBe(1);
    expect(target?.deadCount).toBe(1);
    expect(target?.deadForwards).toEqual([
      expect.objectContaining({
        statementId: deadStatementId,
        attempts: 30,
        lastError: 'HTTP 503: unavailable',
      }),
    ]);
    expect(JSON.stringify(result.body)).not.toContain('never-shown-password');
  });

  test('password is not in the schema', async () => {
    const result = await admin.request('query { lrsForwardTargets { password } }');
    expect(result.errors?.[0]?.message).toContain('password');
    expect(result.data).toBeUndefined();
  });

  test('teacher is forbidden', async () => {
    const result = await teacher.request<TargetsData>(TARGETS_QUERY);
    expect(result.errors?.[0]?.extensions?.code).toBe('forbidden');
    expect(result.data?.lrsForwardTargets).toBeUndefined();
  });

  test('dead limit validated', async () => {
    const result = await admin.request(
      'query { lrsForwardTargets { deadForwards(limit: 0) { statementId } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('invalid-input');
  });

  test('teacher cannot retry', async () => {
    const result = await teacher.request(
      'mutation($id: ID!) { retryDeadForwards(targetId: $id) }',
      {
        id: targetId,
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('forbidden');
  });

  test('retry dead rows of unknown target', async () => {
    const result = await admin.request('mutation($id: ID!) { retryDeadForwards(targetId: $id) }', {
      id: 'no-such-target',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('forward-target-not-found');
  });

  test('admin retries dead rows', async () => {
    const result = await admin.request<{ retryDeadForwards: number }>(
      'mutation($id: ID!) { retryDeadForwards(targetId: $id) }',
      { id: targetId },
    );
    expect(result.data?.retryDeadForwards).toBe(1);
    const [summary] = await host.services.forwardTargets.list();
    expect(summary?.pendingCount).toBe(2);
    expect(summary?.deadCount).toBe(0);
    const [entry] = await new AuditLog(host.services.db).latest(1);
    expect(entry?.action).toBe('lrs.forward-retry-dead');
    expect(entry?.details).toEqual({ rows: 1 });
  });
});
