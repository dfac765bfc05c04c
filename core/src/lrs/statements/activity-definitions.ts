import type { Activity, ActivityDefinition, Statement, SubStatement } from '@fabrique/sdk';
import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { indexKey } from '../../db/index-key.js';
import { authorityKey } from './authority-key.js';
import type { InsertedStatement } from './statement-store.js';

const IDS_PER_QUERY = 500;

interface IncomingDefinition {
  definition: ActivityDefinition;
  authority: string;
}

/**
 * Updates the LRS's canonical definition of each activity that new
 * statements define. The authority that first defined an activity is the
 * only one trusted to change it: definitions from other clients or plugins
 * stay in their statements and leave the canonical one alone. A later
 * definition replaces earlier properties, except `name` and `description`,
 * whose languages are merged so that a definition in one language does not
 * erase another.
 */
export async function updateActivityDefinitions(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const incoming = collectDefinitions(inserted);
  if (incoming.size === 0) return;
  const updated = new Date().toISOString();
  for (const chunk of inChunks([...incoming.keys()], IDS_PER_QUERY)) {
    const rows = await trx
      .selectFrom('lrs_activities')
      .select(['id', 'definition', 'authority'])
      .where('id', 'in', chunk)
      .execute();
    const stored = new Map(rows.map((row) => [row.id, row]));
    const values = [];
    for (const id of chunk) {
      const next = incoming.get(id) as IncomingDefinition;
      const previous = stored.get(id);
      if (previous && previous.authority !== next.authority) continue;
      const earlier = previous
        ? (JSON.parse(previous.definition) as ActivityDefinition)
        : undefined;
      values.push({
        id,
        definition: JSON.stringify(mergeDefinitions(earlier, next.definition)),
        authority: next.authority,
        updated,
      });
    }
    if (values.length === 0) continue;
    await trx
      .insertInto('lrs_activities')
      .values(values)
      .onConflict((conflict) =>
        conflict.column('id').doUpdateSet((update) => ({
          definition: update.ref('excluded.definition'),
          updated: update.ref('excluded.updated'),
        })),
      )
      .execute();
  }
}

/** Reads the canonical definition of an activity, if a statement ever defined it. */
export async function findActivityDefinition(
  db: Pick<Transaction<HostDatabase>, 'selectFrom'>,
  id: string,
): Promise<ActivityDefinition | undefined> {
  const row = await db
    .selectFrom('lrs_activities')
    .select('definition')
    .where('id', '=', indexKey(id))
    .executeTakeFirst();
  return row ? (JSON.parse(row.definition) as ActivityDefinition) : undefined;
}

/** Gathers the definitions of a batch by activity key, the first authority of each activity winning. */
function collectDefinitions(
  inserted: readonly InsertedStatement[],
): Map<string, IncomingDefinition> {
  const incoming = new Map<string, IncomingDefinition>();
  for (const { statement } of inserted) {
    const authority = statement.authority ? authorityKey(statement.authority) : '';
    for (const activity of definedActivities(statement)) {
      const key = indexKey(activity.id);
      const earlier = incoming.get(key);
      if (earlier && earlier.authority !== authority) continue;
      incoming.set(key, {
        definition: mergeDefinitions(
          earlier?.definition,
          activity.definition as ActivityDefinition,
        ),
        authority,
      });
    }
  }
  return incoming;
}

function mergeDefinitions(
  earlier: ActivityDefinition | undefined,
  later: ActivityDefinition,
): ActivityDefinition {
  if (!earlier) return later;
  const merged: ActivityDefinition = { ...earlier, ...later };
  if (earlier.name || later.name) merged.name = { ...earlier.name, ...later.name };
  if (earlier.description || later.description) {
    merged.description = { ...earlier.description, ...later.description };
  }
  return merged;
}

function definedActivities(statement: Statement | SubStatement): Activity[] {
  const activities: Activity[] = [];
  const object = statement.object;
  if ((object.objectType === undefined || object.objectType === 'Activity') && object.definition) {
    activities.push(object);
  }
  if (object.objectType === 'SubStatement') activities.push(...definedActivities(object));
  for (const list of Object.values(statement.context?.contextActivities ?? {})) {
    for (const activity of list ?? []) if (activity.definition) activities.push(activity);
  }
  return activities;
}
