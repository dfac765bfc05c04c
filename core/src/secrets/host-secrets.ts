import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HostDatabase } from '../db/database-schema.js';

/**
 * Returns the named 256-bit secret of this host, creating it on first use.
 * Secrets live in the database so that every host sharing it derives the
 * same pseudonyms.
 */
export async function loadHostSecret(db: Kysely<HostDatabase>, name: string): Promise<Buffer> {
  await db
    .insertInto('host_secrets')
    .values({ name, value: randomBytes(32).toString('base64') })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('host_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64');
}
