import type { Activity, ActivityDefinition, Statement, SubStatement } from '@fabrique/sdk';
import type { Transaction } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import type { InsertedStatement } from './statement-store.js';

const IDS_PER_QUERY = 500;

/**
 * Updates the LRS's canonical definition of each activity that new
 * statements define. A later definition replaces earlier properties, except
 * `name` and `description`, whose languages are merged so that a definition
 * in one language does not erase another.
 */
export async function updateActivityDefinitions(
  trx: Transaction<HostDatabase>,
  inserted: readonly InsertedStatement[],
): Promise<void> {
  const incoming = new Map<string, ActivityDefinition>();
  for (const { statement } of inserted) {
    for (const activity of definedActivities(statement)) {
      const definition = activity.definition as ActivityDefinition;
      incoming.set(activity.id, mergeDefinitions(incoming.get(activity.id), definition));
    }
  }
  if (incoming.size === 0) return;
  const updated = new Date().toISOString();
  for (const chunk of inChunks([...incoming.keys()], IDS_PER_QUERY)) {
    const rows = await trx
      .selectFrom('lrs_activities')
      .select(['id', 'definition'])
      .where('id', 'in', chunk)
      .execute();
    const stored = new Map(
      rows.map((row) => [row.id, JSON.parse(row.definition) as ActivityDefinition]),
    );
    const values = chunk.map((id) => ({
      id,
      definition: JSON.stringify(
        mergeDefinitions(stored.get(id), incoming.get(id) as ActivityDefinition),
      ),
      updated,
    }));
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
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (JSON.parse(row.definition) as ActivityDefinition) : undefined;
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
