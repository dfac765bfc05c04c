import { afterEach, describe, expect, test } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../testing/test-database.js';
import { hostMigrator } from '../migrate.js';

const TARGET = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  actor: { mbox: 'mailto:old@example.org' },
  verb: { id: 'http://example.org/verbs/did' },
  object: {
    id: 'http://example.org/a/old',
    definition: { name: { en: 'Old activity' } },
  },
  stored: '2026-01-01T00:00:00.000Z',
  timestamp: '2026-01-01T00:00:00.000Z',
};
const REFERRER = {
  id: 'aaaaaaaa-0000-4000-8000-000000000002',
  actor: { mbox: 'mailto:other@example.org' },
  verb: { id: 'http://example.org/verbs/liked' },
  object: { objectType: 'StatementRef', id: TARGET.id },
  stored: '2026-01-01T00:00:01.000Z',
  timestamp: '2026-01-01T00:00:01.000Z',
};

function oldRow(statement: typeof TARGET | typeof REFERRER) {
  return {
    id: statement.id,
    statement: JSON.stringify(statement),
    verb_id: statement.verb.id,
    actor_key: `mbox:${statement.actor.mbox}`,
    object_id: null,
    registration: null,
    timestamp: statement.timestamp,
    stored: statement.stored,
    voided: 0,
    plugin_id: null,
    class_id: null,
  };
}

describe.each(testDialects)('lrs-store migration on %s', (dialect) => {
  let database: TestDatabase;
  afterEach(() => database.destroy());

  test('indexes statements stored before it', async () => {
    database = await openTestDatabase(dialect, { migrate: false });
    const migrator = await hostMigrator(database.db, dialect);
    expect((await migrator.migrateTo('0001-initial-schema')).error).toBeUndefined();
    // Rows in the shape of the first schema, which had no ref_target column.
    await database.db
      .insertInto('statements')
      .values([oldRow(TARGET), oldRow(REFERRER)] as never)
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const keys = await database.db
      .selectFrom('statement_keys')
      .select(['kind', 'value', 'seq'])
      .where('kind', '=', 'activity')
      .orderBy('seq')
      .execute();
    expect(keys.map((key) => key.value)).toEqual([TARGET.object.id]);
    const referrer = await database.db
      .selectFrom('statements')
      .select('ref_target')
      .where('id', '=', REFERRER.id)
      .executeTakeFirstOrThrow();
    expect(referrer.ref_target).toBe(TARGET.id);
    const activity = await database.db
      .selectFrom('lrs_activities')
      .select('definition')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(activity.definition)).toEqual(TARGET.object.definition);
  });
});
