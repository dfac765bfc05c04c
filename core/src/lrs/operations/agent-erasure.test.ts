import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditLog } from '../../audit/audit-log.js';
import {
  openTestDatabase,
  silentLogger,
  type TestDatabase,
  testDialects,
} from '../../testing/test-database.js';
import { actorKey } from '../actor-key.js';
import type { AttachmentPart } from '../attachments/attachment-part.js';
import { intakeStatements } from '../statements/statement-intake.js';
import { StatementStore } from '../statements/statement-store.js';
import { eraseAgents } from './agent-erasure.js';
import { createForwardEnqueueHook } from './forward-enqueue.js';
import { ForwardTargetStore } from './forward-target-store.js';

const ALICE = { objectType: 'Agent', mbox: 'mailto:alice@example.org' } as const;
const BOB = { objectType: 'Agent', mbox: 'mailto:bob@example.org' } as const;
const CAROL = { objectType: 'Agent', mbox: 'mailto:carol@example.org' } as const;
const ALICE_KEY = actorKey(ALICE);
const EXPERIENCED = { id: 'http://adlnet.gov/expapi/verbs/experienced' };
const ACTIVITY = { id: 'http://example.org/activities/erasure' };

function content(text: string): AttachmentPart {
  const bytes = Buffer.from(text, 'utf8');
  return {
    sha2: createHash('sha256').update(bytes).digest('hex'),
    contentType: 'text/plain',
    content: bytes,
  };
}

function attachmentOf(part: AttachmentPart) {
  return {
    usageType: 'http://example.org/usage/notes',
    display: { en: 'notes' },
    contentType: part.contentType,
    length: part.content.byteLength,
    sha2: part.sha2,
  };
}

describe.each(testDialects)('agent erasure on %s', (dialect) => {
  let database: TestDatabase;
  let store: StatementStore;
  const aliceOnly = content('alice only');
  const shared = content('shared by alice and bob');
  const ids = {
    aliceActor: randomUUID(),
    aliceInstructor: randomUUID(),
    aliceInGroup: randomUUID(),
    aliceObject: randomUUID(),
    aliceInSubStatement: randomUUID(),
    bobOwn: randomUUID(),
    carolVoidsAlice: randomUUID(),
  };

  const write = async (statements: unknown[], parts: AttachmentPart[] = []) => {
    const batch = intakeStatements(
      statements,
      { homePage: 'http://127.0.0.1:8080', name: 'client:tool' },
      new Date(),
    );
    await store.insertBatch(batch, parts);
  };
  const allStatementText = async () =>
    (await database.db.selectFrom('statements').select('statement').execute())
      .map((row) => row.statement)
      .join('\n');
  const remainingIds = async () =>
    (await database.db.selectFrom('statements').select('id').orderBy('id').execute()).map(
      (row) => row.id,
    );

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    store = new StatementStore(database.db, dialect);
    const targets = new ForwardTargetStore(database.db);
    store.addWriteHook(createForwardEnqueueHook(targets));
    await targets.add({
      name: 'research',
      endpoint: 'http://127.0.0.1:9/xapi',
      username: 'user',
      password: 'password',
      filter: {},
    });
    await write(
      [
        {
          id: ids.aliceActor,
          actor: ALICE,
          verb: EXPERIENCED,
          object: ACTIVITY,
          attachments: [attachmentOf(aliceOnly), attachmentOf(shared)],
        },
        {
          id: ids.bobOwn,
          actor: BOB,
          verb: EXPERIENCED,
          object: ACTIVITY,
          attachments: [attachmentOf(shared)],
        },
      ],
      [aliceOnly, shared],
    );
    await write([
      {
        id: ids.aliceInstructor,
        actor: BOB,
        verb: EXPERIENCED,
        object: ACTIVITY,
        context: { instructor: ALICE },
      },
      {
        id: ids.aliceInGroup,
        actor: { objectType: 'Group', member: [CAROL, ALICE] },
        verb: EXPERIENCED,
        object: ACTIVITY,
      },
      {
        id: ids.aliceObject,
        actor: CAROL,
        verb: { id: 'http://example.org/verbs/mentored' },
        object: ALICE,
      },
      {
        id: ids.aliceInSubStatement,
        actor: BOB,
        verb: { id: 'http://example.org/verbs/planned' },
        object: { objectType: 'SubStatement', actor: ALICE, verb: EXPERIENCED, object: ACTIVITY },
      },
      {
        id: ids.carolVoidsAlice,
        actor: CAROL,
        verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
        object: { objectType: 'StatementRef', id: ids.aliceActor },
      },
    ]);
    const documents = [
      { kind: 'state' as const, agentKey: ALICE_KEY, id: 'alice-state' },
      { kind: 'agent-profile' as const, agentKey: ALICE_KEY, id: 'alice-profile' },
      { kind: 'state' as const, agentKey: actorKey(BOB), id: 'bob-state' },
      { kind: 'activity-profile' as const, agentKey: '', id: 'course-profile' },
    ];
    for (const document of documents) {
      await database.db
        .insertInto('lrs_documents')
        .values({
          kind: document.kind,
          activity_id: document.kind === 'agent-profile' ? '' : ACTIVITY.id,
          agent_key: document.agentKey,
          registration: '',
          document_id: document.id,
          content: Buffer.from('{}'),
          content_type: 'application/json',
          etag: '"x"',
          updated: new Date().toISOString(),
        })
        .execute();
    }
  });
  afterAll(() => database.destroy());

  test('dry run changes nothing', async () => {
    const before = await remainingIds();
    const counts = await eraseAgents(
      { ...database, logger: silentLogger, actor: 'test' },
      { agentKeys: [ALICE_KEY], auditTarget: 'lrs-agent', dryRun: true },
    );
    expect(counts.statements).toBe(5);
    expect(await remainingIds()).toEqual(before);
    expect(await new AuditLog(database.db).latest(5)).toEqual([]);
  });

  test('erase agent counts', async () => {
    const counts = await eraseAgents(
      { ...database, logger: silentLogger, actor: 'test' },
      { agentKeys: [ALICE_KEY], auditTarget: 'lrs-agent' },
    );
    expect(counts).toEqual({
      statements: 5,
      attachments: 1,
      forwardRows: 5,
      documents: 2,
    });
  });

  test('no statement names the agent', async () => {
    expect(await allStatementText()).not.toContain('alice@example.org');
    expect(await remainingIds()).toEqual([ids.bobOwn, ids.carolVoidsAlice].sort());
  });

  test('no key names the agent', async () => {
    const keys = await database.db
      .selectFrom('statement_keys')
      .select('kind')
      .where('value', '=', ALICE_KEY)
      .execute();
    expect(keys).toEqual([]);
  });

  test('other statements keep their keys', async () => {
    const seqOf = async (id: string) =>
      (
        await database.db
          .selectFrom('statements')
          .select('seq')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).seq;
    const keysOf = async (id: string) =>
      (
        await database.db
          .selectFrom('statement_keys')
          .select(['kind', 'value'])
          .where('seq', '=', await seqOf(id))
          .execute()
      ).map((key) => `${key.kind} ${key.value}`);
    expect(await keysOf(ids.bobOwn)).toContain(`agent ${actorKey(BOB)}`);
    expect(await keysOf(ids.bobOwn)).toContain(`verb ${EXPERIENCED.id}`);
    const voiding = await keysOf(ids.carolVoidsAlice);
    expect(voiding).toContain(`agent ${actorKey(CAROL)}`);
  });

  test('unlisted attachments removed, shared kept', async () => {
    const contents = await database.db.selectFrom('attachments').select('sha2').execute();
    expect(contents.map((row) => row.sha2)).toEqual([shared.sha2]);
    const links = await database.db.selectFrom('statement_attachments').select('sha2').execute();
    expect(links.map((row) => row.sha2)).toEqual([shared.sha2]);
  });

  test('forwarding rows follow statements', async () => {
    const rows = await database.db
      .selectFrom('lrs_forward_queue')
      .innerJoin('statements', 'statements.seq', 'lrs_forward_queue.statement_seq')
      .select('statements.id')
      .execute();
    expect(rows.map((row) => row.id).sort()).toEqual([ids.bobOwn, ids.carolVoidsAlice].sort());
    const orphans = await database.db
      .selectFrom('lrs_forward_queue')
      .select('seq')
      .where('statement_seq', 'not in', (eb) => eb.selectFrom('statements').select('seq'))
      .execute();
    expect(orphans).toEqual([]);
  });

  test('documents of the agent removed', async () => {
    const documents = await database.db
      .selectFrom('lrs_documents')
      .select('document_id')
      .orderBy('document_id')
      .execute();
    expect(documents.map((row) => row.document_id)).toEqual(['bob-state', 'course-profile']);
  });

  test('audit entry has counts only', async () => {
    const [entry] = await new AuditLog(database.db).latest(1);
    expect(entry?.action).toBe('lrs.erase-agent');
    expect(entry?.target).toBe('lrs-agent');
    expect(entry?.details?.statements).toBe(5);
    expect(JSON.stringify(entry)).not.toContain('alice');
  });

  test('anonymous group key rejected', async () => {
    await expect(
      eraseAgents(
        { ...database, logger: silentLogger, actor: 'test' },
        { agentKeys: ['anonymous-group'], auditTarget: 'lrs-agent' },
      ),
    ).rejects.toMatchObject({ code: 'invalid-agent' });
  });
});
