import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../testing/test-database.js';
import { SESSION_LIFETIME, SessionStore } from './session-store.js';

describe.each(testDialects)('session store on %s', (dialect) => {
  let database: TestDatabase;
  let userId: string;
  let now = new Date('2026-12-04T08:00:00.000Z');
  let store: SessionStore;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await database.db
      .insertInto('schools')
      .values({ id: 's1', name: 'School', created_at: now.toISOString() })
      .execute();
    userId = 'u1';
    await database.db
      .insertInto('users')
      .values({
        id: userId,
        school_id: 's1',
        email: 'a@b.test',
        display_name: 'A',
        role: 'teacher',
        password_hash: 'x',
        created_at: now.toISOString(),
      })
      .execute();
    store = new SessionStore(database.db, () => now);
  });
  afterAll(() => database.destroy());

  test('created session found', async () => {
    const issued = await store.create({ userId });
    const found = await store.find(issued.token);
    expect(found.status).toBe('valid');
    const session = found.status === 'valid' ? found.session : undefined;
    expect(session?.user_id).toBe(userId);
    expect(session?.csrf_token).toBe(issued.csrfToken);
  });

  test('token not stored in clear', async () => {
    const issued = await store.create({ userId });
    const rows = await database.db.selectFrom('sessions').select('id').execute();
    expect(rows.map((row) => row.id)).not.toContain(issued.token);
  });

  test('unknown token', async () => {
    expect((await store.find('nope')).status).toBe('unknown');
  });

  test('idle session expires and is deleted', async () => {
    const issued = await store.create({ userId });
    now = new Date(now.getTime() + SESSION_LIFETIME.adult.idleMs + 1000);
    expect((await store.find(issued.token)).status).toBe('expired');
    expect((await store.find(issued.token)).status).toBe('unknown');
  });

  test('use extends idle deadline', async () => {
    const issued = await store.create({ userId });
    now = new Date(now.getTime() + SESSION_LIFETIME.adult.idleMs - 1000);
    expect((await store.find(issued.token)).status).toBe('valid');
    now = new Date(now.getTime() + SESSION_LIFETIME.adult.idleMs - 1000);
    expect((await store.find(issued.token)).status).toBe('valid');
  });

  test('deleted session gone', async () => {
    const issued = await store.create({ userId });
    await store.delete(issued.token);
    expect((await store.find(issued.token)).status).toBe('unknown');
  });
});
