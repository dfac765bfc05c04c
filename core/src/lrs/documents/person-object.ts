import type { Account, Agent } from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { HostDatabase } from '../../db/database-schema.js';
import { indexKey } from '../../db/index-key.js';

/**
 * A Person object of the agents resource: everything the LRS has stored about one
 * person, each property an array, several identifiers allowed.
 */
export interface Person {
  objectType: 'Person';
  name?: string[];
  mbox?: string[];
  mbox_sha1sum?: string[];
  openid?: string[];
  account?: Account[];
}

/** Statements whose actor names are read for a Person, the latest first. */
const NAME_SOURCE_STATEMENTS = 50;

const actorNameSchema = z.object({ actor: z.object({ name: z.string().optional() }) });

/**
 * Builds the Person of an agent: its identifier and its name, followed by the
 * other names found in `knownNames`, without duplicates.
 */
export function personOf(agent: Agent, knownNames: readonly string[] = []): Person {
  const person: Person = { objectType: 'Person' };
  const names = new Set([...(agent.name !== undefined ? [agent.name] : []), ...knownNames]);
  if (names.size > 0) person.name = [...names];
  if (agent.mbox !== undefined) person.mbox = [agent.mbox];
  if (agent.mbox_sha1sum !== undefined) person.mbox_sha1sum = [agent.mbox_sha1sum];
  if (agent.openid !== undefined) person.openid = [agent.openid];
  if (agent.account !== undefined) person.account = [agent.account];
  return person;
}

/**
 * Reads the names that an agent has as the actor of its latest statements.
 * `agentKey` is the agent's `actorKey`, and statements are found through their
 * `agent` filter keys, which store it through `indexKey`.
 */
export async function findAgentNames(
  db: Kysely<HostDatabase>,
  agentKey: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('statement_keys')
    .innerJoin('statements', 'statements.seq', 'statement_keys.seq')
    .select('statements.statement')
    .where('statement_keys.kind', '=', 'agent')
    .where('statement_keys.value', '=', indexKey(agentKey))
    .where('statements.actor_key', '=', agentKey)
    .orderBy('statement_keys.seq', 'desc')
    .limit(NAME_SOURCE_STATEMENTS)
    .execute();
  const names = new Set<string>();
  for (const row of rows) {
    const parsed = actorNameSchema.safeParse(JSON.parse(row.statement));
    if (parsed.success && parsed.data.actor.name !== undefined) names.add(parsed.data.actor.name);
  }
  return [...names];
}
