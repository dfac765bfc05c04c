import { createHash } from 'node:crypto';
import { FabriqueError } from '@fabrique/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../testing/test-database.js';
import { mergeJsonDocuments } from './document-content.js';
import { checkWritePreconditions } from './document-preconditions.js';
import { type DocumentKey, DocumentStore } from './document-store.js';

const ANN = 'mbox:mailto:ann@example.org';

function stateKey(agentKey: string, documentId: string, registration = ''): DocumentKey {
  return {
    kind: 'state',
    activityId: 'http://example.org/a',
    agentKey,
    registration,
    documentId,
  };
}

const json = (value: unknown) => ({
  content: Buffer.from(JSON.stringify(value)),
  contentType: 'application/json',
});

describe.each(testDialects)('document store on %s', (dialect) => {
  let database: TestDatabase;
  let store: DocumentStore;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    store = new DocumentStore(database.db, database.dialect);
  });
  afterAll(() => database.destroy());

  test('content read back as buffer', async () => {
    const key = stateKey(ANN, 'binary');
    const bytes = Buffer.from([0, 1, 2, 254, 255]);
    await store.change(key, () => ({ content: bytes, contentType: 'application/octet-stream' }));
    const found = await store.find(key);
    expect(Buffer.isBuffer(found?.content)).toBe(true);
    expect(found?.content.equals(bytes)).toBe(true);
    expect(found?.etag).toBe(`"${createHash('sha1').update(bytes).digest('hex')}"`);
  });

  test('failed change stores nothing', async () => {
    const key = stateKey(ANN, 'guarded');
    await store.change(key, () => json({ v: 1 }));
    const attempt = store.change(key, (current) => {
      checkWritePreconditions({ ifNoneMatch: '*' }, current?.etag);
      return json({ v: 2 });
    });
    await expect(attempt).rejects.toBeInstanceOf(FabriqueError);
    const found = await store.find(key);
    expect(JSON.parse(found?.content.toString() ?? '')).toEqual({ v: 1 });
  });

  test('concurrent merges keep every property', async () => {
    const key = stateKey(ANN, 'merged');
    const writes = Array.from({ length: 20 }, (_, index) =>
      store.change(key, (current) => mergeJsonDocuments(current, json({ [`p${index}`]: index }))),
    );
    await Promise.all(writes);
    const found = await store.find(key);
    const merged = JSON.parse(found?.content.toString() ?? '{}') as Record<string, number>;
    expect(Object.keys(merged)).toHaveLength(20);
  });

  test('concurrent creates let one win', async () => {
    const key = stateKey(ANN, 'created-once');
    const attempts = Array.from({ length: 10 }, (_, index) =>
      store.change(key, (current) => {
        checkWritePreconditions({ ifNoneMatch: '*' }, current?.etag);
        return json({ winner: index });
      }),
    );
    const results = await Promise.allSettled(attempts);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    expect(fulfilled).toHaveLength(1);
  });
});
