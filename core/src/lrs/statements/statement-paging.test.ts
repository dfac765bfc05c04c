import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLrsTestHost, type LrsTestHost } from '../../testing/lrs-test-host.js';
import { testDialects } from '../../testing/test-database.js';

const statement = (index: number) => ({
  actor: { mbox: 'mailto:pager@example.org' },
  verb: { id: 'http://example.org/verbs/paged' },
  object: { id: `http://example.org/pages/${index}` },
});

interface StatementResult {
  statements: Array<{ id: string }>;
  more: string;
}

describe.each(testDialects)('statement paging on %s', (dialect) => {
  let lrs: LrsTestHost;
  let posted: string[] = [];

  const page = async (path: string) => {
    const response = await lrs.request(path.replace(/^\/xapi/, ''));
    expect(response.status).toBe(200);
    return (await response.json()) as StatementResult;
  };

  beforeAll(async () => {
    lrs = await createLrsTestHost(dialect);
    posted = await lrs.postStatements(Array.from({ length: 25 }, (_, index) => statement(index)));
  });
  afterAll(() => lrs.close());

  test('more walks every statement once', async () => {
    const seen: string[] = [];
    let result = await page('/statements?verb=http://example.org/verbs/paged&limit=7');
    seen.push(...result.statements.map((item) => item.id));
    while (result.more) {
      expect(result.more).toMatch(/^\/xapi\/statements\?more=/);
      result = await page(result.more);
      seen.push(...result.statements.map((item) => item.id));
    }
    expect(seen).toEqual([...posted].reverse());
  });

  test('writes between pages change nothing', async () => {
    const seen: string[] = [];
    let result = await page(
      '/statements?verb=http://example.org/verbs/paged&limit=4&ascending=true',
    );
    seen.push(...result.statements.map((item) => item.id));
    let written = 0;
    while (result.more) {
      await lrs.postStatements([statement(100 + written), statement(200 + written)]);
      written += 1;
      result = await page(result.more);
      seen.push(...result.statements.map((item) => item.id));
    }
    expect(seen).toEqual(posted);
  });

  test('last page has empty more', async () => {
    const result = await page('/statements?verb=http://example.org/verbs/paged&limit=500');
    expect(result.more).toBe('');
  });

  test('forged more token rejected', async () => {
    const response = await lrs.request('/statements?more=bm90LWEtdG9rZW4');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error).toMatchObject({
      code: 'invalid-query',
    });
  });

  test('more with other parameters rejected', async () => {
    const result = await page('/statements?limit=1');
    const response = await lrs.request(`${result.more.replace(/^\/xapi/, '')}&limit=3`);
    expect(response.status).toBe(400);
  });

  test('sparse combined filter walks every step', async () => {
    const statements = Array.from({ length: 320 }, (_, index) => ({
      actor: { mbox: 'mailto:sparse@example.org' },
      verb: {
        id: index % 50 === 0 ? 'http://example.org/verbs/rare' : 'http://example.org/verbs/common',
      },
      object: { id: `http://example.org/sparse/${index}` },
    }));
    const ids = await lrs.postStatements(statements);
    const rare = ids.filter((_, index) => index % 50 === 0);
    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:sparse@example.org' }));
    const seen: string[] = [];
    let result = await page(
      `/statements?agent=${agent}&verb=http://example.org/verbs/rare&limit=4`,
    );
    seen.push(...result.statements.map((item) => item.id));
    while (result.more) {
      result = await page(result.more);
      seen.push(...result.statements.map((item) => item.id));
    }
    expect(seen).toEqual([...rare].reverse());
  });
});
