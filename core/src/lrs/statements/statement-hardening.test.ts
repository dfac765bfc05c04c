import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';
import { MAX_STATEMENTS_PER_REQUEST } from './statement-intake.js';

const ACTOR = { mbox: 'mailto:hard@example.org' };
const VERB = { id: 'http://example.org/verbs/hardened', display: { en: 'hardened' } };
const activity = (name: string) => ({ id: `http://example.org/hard/${name}` });

interface ErrorBody {
  error: { code: string; details?: { field?: string; rule?: string } };
}

describe.each(testDialects)('LRS hardening on %s', (dialect) => {
  let lrs: LrsTestHost;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    lrs.request('/statements', { method: 'POST', body: JSON.stringify(body), headers });
  const countKeys = async () =>
    Number(
      (
        await lrs.host.services.db
          .selectFrom('statement_keys')
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
  });
  afterAll(() => lrs.close());

  test('referring statements add no target keys', async () => {
    const target = randomUUID();
    const before = await countKeys();
    await lrs.postStatements(
      Array.from({ length: 100 }, () => ({
        actor: ACTOR,
        verb: VERB,
        object: { objectType: 'StatementRef', id: target },
      })),
    );
    const afterReferrers = await countKeys();
    const contextActivities = {
      other: Array.from({ length: 100 }, (_, index) => activity(`other-${index}`)),
    };
    await lrs.postStatements([
      {
        id: target,
        actor: ACTOR,
        verb: VERB,
        object: activity('target'),
        context: { contextActivities },
      },
    ]);
    expect(afterReferrers - before).toBeLessThanOrEqual(100 * 4);
    expect((await countKeys()) - afterReferrers).toBeLessThanOrEqual(110);
    const response = await lrs.request(
      `/statements?activity=${activity('other-7').id}&related_activities=true&limit=0`,
    );
    const body = (await response.json()) as { statements: unknown[] };
    expect(body.statements).toHaveLength(101);
  });

  test('long activity id stored and found', async () => {
    const id = `http://example.org/${randomBytes(1500).toString('hex')}`;
    await lrs.postStatements([
      { actor: ACTOR, verb: VERB, object: { id, definition: { name: { en: 'long' } } } },
    ]);
    const response = await lrs.request(`/statements?activity=${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { statements: unknown[] }).statements).toHaveLength(1);
  });

  test('NUL in a statement rejected', async () => {
    const response = await post({
      actor: { account: { homePage: 'http://example.org', name: 'a\u0000b' } },
      verb: VERB,
      object: activity('nul'),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.details?.rule).toBe('nul-character');
  });

  test('NUL in a query parameter rejected', async () => {
    const agent = encodeURIComponent(
      JSON.stringify({ account: { homePage: 'http://example.org', name: 'a\u0000' } }),
    );
    expect((await lrs.request(`/statements?agent=${agent}`)).status).toBe(400);
  });

  test('NUL in credentials unauthorized', async () => {
    const response = await lrs.request('/statements', {
      headers: { Authorization: `Basic ${Buffer.from('tes\u0000ter:x').toString('base64')}` },
    });
    expect(response.status).toBe(401);
  });

  test('since past year 9999 rejected', async () => {
    const response = await lrs.request(
      `/statements?since=${encodeURIComponent('9999-12-31T23:59:59-01:00')}`,
    );
    expect(response.status).toBe(400);
  });

  test('anonymous group filter rejected', async () => {
    const agent = encodeURIComponent(JSON.stringify({ objectType: 'Group', member: [ACTOR] }));
    expect((await lrs.request(`/statements?agent=${agent}`)).status).toBe(400);
  });

  test('resent statement with ignored differences', async () => {
    const id = randomUUID();
    const reference = randomUUID();
    const first = {
      id,
      actor: { objectType: 'Group', member: [ACTOR, { mbox: 'mailto:two@example.org' }] },
      verb: VERB,
      object: { objectType: 'StatementRef', id: reference },
      timestamp: '2020-01-01T00:00:00Z',
    };
    await lrs.postStatements([first]);
    const second = {
      ...first,
      actor: { objectType: 'Group', member: [{ mbox: 'mailto:two@example.org' }, ACTOR] },
      verb: { id: VERB.id, display: { fr: 'renforcé' } },
      object: { objectType: 'StatementRef', id: reference.toUpperCase() },
      timestamp: '2020-01-01T01:00:00.000+01:00',
    };
    expect((await post(second)).status).toBe(200);
    expect((await post({ ...second, timestamp: '2020-01-01T00:00:01Z' })).status).toBe(409);
  });

  test('canonical definition kept from first authority', async () => {
    const id = 'http://example.org/hard/canonical';
    await lrs.postStatements([
      { actor: ACTOR, verb: VERB, object: { id, definition: { name: { en: 'Original' } } } },
    ]);
    await lrs.host.services.lrsClients.upsert({
      key: 'intruder',
      secret: 'intruder-secret',
      name: 'intruder',
      scopes: ['all'],
    });
    const intruder = await post(
      { actor: ACTOR, verb: VERB, object: { id, definition: { name: { en: 'Replaced' } } } },
      { Authorization: `Basic ${Buffer.from('intruder:intruder-secret').toString('base64')}` },
    );
    expect(intruder.status).toBe(200);
    const response = await lrs.request(`/activities?activityId=${encodeURIComponent(id)}`);
    expect(((await response.json()) as { definition: unknown }).definition).toEqual({
      name: { en: 'Original' },
    });
  });

  test('page cut by size', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    for (let index = 0; index < 4; index += 1) {
      await lrs.postStatements([
        {
          actor: ACTOR,
          verb: { id: 'http://example.org/verbs/big' },
          object: activity('big'),
          result: { response: big },
        },
      ]);
    }
    const response = await lrs.request('/statements?verb=http://example.org/verbs/big&limit=10');
    const body = (await response.json()) as { statements: unknown[]; more: string };
    expect(body.statements).toHaveLength(2);
    expect(body.more).not.toBe('');
  });

  test('write parameters checked', async () => {
    const statement = { actor: ACTOR, verb: VERB, object: activity('params') };
    const id = randomUUID();
    const put = await lrs.request(`/statements?statementId=${id}&statementId=${randomUUID()}`, {
      method: 'PUT',
      body: JSON.stringify(statement),
    });
    expect(put.status).toBe(400);
    const extra = await lrs.request('/statements?verb=x', {
      method: 'POST',
      body: JSON.stringify(statement),
    });
    expect(extra.status).toBe(400);
  });

  test('batch above the maximum rejected', async () => {
    const statement = { actor: ACTOR, verb: VERB, object: activity('many') };
    const response = await post(
      Array.from({ length: MAX_STATEMENTS_PER_REQUEST + 1 }, () => statement),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.code).toBe('too-many-statements');
  });

  test('consistent-through on writes and rejections', async () => {
    const written = await post({ actor: ACTOR, verb: VERB, object: activity('through') });
    expect(written.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
    const rejected = await lrs.request('/statements', { headers: { Authorization: 'Basic eDp5' } });
    expect(rejected.status).toBe(401);
    expect(rejected.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
  });
});
