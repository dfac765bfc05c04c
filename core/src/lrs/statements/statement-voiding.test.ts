import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const plain = (id: string) => ({
  id,
  actor: { mbox: 'mailto:voider@example.org' },
  verb: { id: 'http://example.org/verbs/tried' },
  object: { id: 'http://example.org/voiding' },
});
const voiding = (target: string, id = randomUUID()) => ({
  id,
  actor: { mbox: 'mailto:voider@example.org' },
  verb: { id: VOIDED },
  object: { objectType: 'StatementRef', id: target },
});

describe.each(testDialects)('statement voiding on %s', (dialect) => {
  let lrs: LrsTestHost;
  const status = async (path: string) => (await lrs.request(path)).status;
  const listed = async () => {
    const response = await lrs.request('/statements?activity=http://example.org/voiding');
    return ((await response.json()) as { statements: Array<{ id: string }> }).statements.map(
      (statement) => statement.id,
    );
  };

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
  });
  afterAll(() => lrs.close());

  test('voided statement leaves queries', async () => {
    const target = randomUUID();
    const voider = randomUUID();
    await lrs.postStatements([plain(target)]);
    await lrs.postStatements([voiding(target, voider)]);
    expect(await status(`/statements?statementId=${target}`)).toBe(404);
    expect(await status(`/statements?voidedStatementId=${target}`)).toBe(200);
    expect(await listed()).not.toContain(target);
    expect(await listed()).toContain(voider);
  });

  test('unvoided statement not found as voided', async () => {
    const target = randomUUID();
    await lrs.postStatements([plain(target)]);
    expect(await status(`/statements?voidedStatementId=${target}`)).toBe(404);
  });

  test('voiding statement cannot be voided', async () => {
    const target = randomUUID();
    const firstVoider = randomUUID();
    await lrs.postStatements([plain(target), voiding(target, firstVoider)]);
    await lrs.postStatements([voiding(firstVoider)]);
    expect(await status(`/statements?statementId=${firstVoider}`)).toBe(200);
    expect(await status(`/statements?voidedStatementId=${firstVoider}`)).toBe(404);
  });

  test('target arriving later is voided', async () => {
    const target = randomUUID();
    await lrs.postStatements([voiding(target)]);
    await lrs.postStatements([plain(target)]);
    expect(await status(`/statements?statementId=${target}`)).toBe(404);
    expect(await status(`/statements?voidedStatementId=${target}`)).toBe(200);
  });

  test('other authority cannot void', async () => {
    const target = randomUUID();
    await lrs.postStatements([plain(target)]);
    await lrs.host.services.lrsClients.upsert({
      key: 'other',
      secret: 'other-secret',
      name: 'other',
      scopes: ['all'],
    });
    const response = await lrs.request('/statements', {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from('other:other-secret').toString('base64')}` },
      body: JSON.stringify(voiding(target)),
    });
    expect(response.status).toBe(403);
    expect(await status(`/statements?statementId=${target}`)).toBe(200);
  });
});
