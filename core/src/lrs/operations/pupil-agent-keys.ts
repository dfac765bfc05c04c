import type { Kysely } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { PseudonymService } from '../../gateway/pseudonym.js';
import { actorKey } from '../actor-key.js';

const IDS_PER_QUERY = 500;

/**
 * Lists the agent keys under which a pupil's statements are stored. These
 * are the pupil's pseudonymous accounts, one per plugin installed on the
 * host or launched by the pupil, under each home page given. A home page is
 * the host's public URL at the time the statements were stored. Accounts
 * found in the statements of the pupil's launches are added too, so a
 * public URL that changed since is still covered while the launches exist.
 */
export async function pupilAgentKeys(
  db: Kysely<HostDatabase>,
  pseudonyms: PseudonymService,
  pupilId: string,
  homePages: readonly string[],
): Promise<string[]> {
  const installed = await db.selectFrom('plugins').select('id').execute();
  const launches = await db
    .selectFrom('launches')
    .select(['id', 'plugin_id'])
    .where('pupil_id', '=', pupilId)
    .execute();
  const pluginIds = new Set([
    ...installed.map((row) => row.id),
    ...launches.map((row) => row.plugin_id),
  ]);
  const names = new Set([...pluginIds].map((pluginId) => pseudonyms.forPupil(pupilId, pluginId)));
  const keys = new Set<string>();
  for (const homePage of homePages) {
    for (const name of names) keys.add(actorKey({ account: { homePage, name } }));
  }
  for (const key of await launchActorKeys(
    db,
    launches.map((launch) => launch.id),
  )) {
    const name = key.slice(key.lastIndexOf('|') + 1);
    if (key.startsWith('account:') && names.has(name)) keys.add(key);
  }
  return [...keys].sort();
}

async function launchActorKeys(
  db: Kysely<HostDatabase>,
  launchIds: readonly string[],
): Promise<string[]> {
  const keys = new Set<string>();
  for (const chunk of inChunks(launchIds, IDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('statements')
      .select('actor_key')
      .distinct()
      .where('registration', 'in', chunk)
      .execute();
    for (const row of rows) keys.add(row.actor_key);
  }
  return [...keys];
}
