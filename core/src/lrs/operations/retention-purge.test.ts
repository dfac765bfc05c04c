import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditLog } from '../../audit/audit-log.js';
import {
  openTestDatabase,
  silentLogger,
  type TestDatabase,
  testDialects,
} from '../../testing/test-database.js';
import { intakeStatements } from '../statements/statement-intake.js';
import { StatementStore } from '../statements/statement-store.js';
import { createForwardEnqueueHook } from './forward-enqueue.js';
import { ForwardTargetStore } from './forward-target-store.js';
import { purgeOlderThan } from './retention-purge.js';

const OLD = '2020-01-01T00:00:00.000Z';
const CUTOFF = new Date('2021-01-01T00:00:00.000Z');

describe.each(testDialects)('retention purge on %s', (dialect) => {
  let database: TestDatabase;
  const oldIds = [randomUUID(), randomUUID(), randomUUID()];
  const recentIds = [randomUUID(), randomUUID()];
  const oldOnly = Buffer.from('old only');
  const oldSha2 = createHash('sha256').update(oldOnly).digest('hex');

  const statement = (id: string, attached = false) => ({
    id,
    actor: { mbox: 'mailto:learner@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
    object: { id: 'http://example.org/activities/retention' },
    ...(attached
      ? {
          attachments: [
            {
              usageType: 'http://example.org/usage/notes',
              display: { en: 'notes' },
              contentType: 'text/plain',
              length: oldOnly.length,
              sha2: oldSha2,
            },
          ],
        }
      : {}),
  });
  const remainingIds = async () =>
    (await database.db.selectFrom('statements').select('id').execute()).map((row) => row.id).sort();

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const store = new StatementStore(database.db, dialect);
    const targets = new ForwardTargetStore(database.db);
    store.addWriteHook(createForwardEnqueueHook(targets));
    await targets.add({
      name: 'research',
      endpoint: 'http://127.0.0.1:9/xapi',
      username: 'user',
      password: 'password',
      filter: {},
    });
    const authority = { homePage: 'http://127.0.0.1:8080', name: 'client:tool' };
    await store.insertBatch(
      intakeStatements(
        oldIds.map((id, index) => statement(id, index === 0)),
        authority,
        new Date(),
      ),
      [{ sha2: oldSha2, contentType: 'text/plain', content: oldOnly }],
    );
    // Statements are stored in seq order with `stored` never decreasing, as the store keeps them.
    await database.db.updateTable('statements').set({ stored: OLD }).execute();
    await store.insertBatch(
      intakeStatements(
        recentIds.map((id) => statement(id)),
        authority,
        new Date(),
      ),
    );
    for (const [documentId, updated] of [
      ['old-state', OLD],
      ['recent-state', new Date().toISOString()],
    ] as const) {
      await database.db
        .insertInto('lrs_documents')
        .values({
          kind: 'state',
          activity_id: 'http://example.org/activities/retention',
          agent_key: 'mbox:mailto:learner@example.org',
          registration: '',
          document_id: documentId,
          content: Buffer.from('{}'),
          content_type: 'application/json',
          etag: '"x"',
          updated,
        })
        .execute();
    }
  });
  afterAll(() => database.destroy());

  test('dry run counts and keeps', async () => {
    const counts = await purgeOlderThan(
      { ...database, logger: silentLogger, actor: 'test' },
      { cutoff: CUTOFF, dryRun: true },
    );
    expect(counts).toEqual({ statements: 3, attachments: 1, forwardRows: 3, documents: 1 });
    expect(await remainingIds()).toHaveLength(5);
  });

  test('purge deletes what is older', async () => {
    const counts = await purgeOlderThan(
      { ...database, logger: silentLogger, actor: 'test' },
      { cutoff: CUTOFF },
    );
    expect(counts).toEqual({ statements: 3, attachments: 1, forwardRows: 3, documents: 1 });
    expect(await remainingIds()).toEqual([...recentIds].sort());
  });

  test('purge leaves no orphan rows', async () => {
    const seqs = (await database.db.selectFrom('statements').select('seq').execute()).map(
      (row) => row.seq,
    );
    const keySeqs = await database.db
      .selectFrom('statement_keys')
      .select('seq')
      .distinct()
      .execute();
    expect(keySeqs.map((row) => row.seq).sort()).toEqual([...seqs].sort());
    const queued = await database.db
      .selectFrom('lrs_forward_queue')
      .select('statement_seq')
      .execute();
    expect(queued.map((row) => row.statement_seq).sort()).toEqual([...seqs].sort());
    expect(await database.db.selectFrom('attachments').select('sha2').execute()).toEqual([]);
    expect(await database.db.selectFrom('statement_attachments').select('sha2').execute()).toEqual(
      [],
    );
  });

  test('purge keeps recent documents', async () => {
    const documents = await database.db.selectFrom('lrs_documents').select('document_id').execute();
    expect(documents.map((row) => row.document_id)).toEqual(['recent-state']);
  });

  test('purge audit entry', async () => {
    const [entry] = await new AuditLog(database.db).latest(1);
    expect(entry?.action).toBe('lrs.purge');
    expect(entry?.details).toMatchObject({ cutoff: CUTOFF.toISOString(), statements: 3 });
  });
});
