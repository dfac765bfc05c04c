import { type Statement, timestampToDate } from '@fabrique/sdk';
import type { StatementTable } from '../../db/database-schema.js';
import { actorKey } from '../actor-key.js';

/** A complete statement (id, stored, authority set) and where it came from. */
export interface StatementToStore {
  statement: Statement & { id: string; stored: string; timestamp: string };
  pluginId?: string;
  classId?: string;
  /** True when the LRS set the timestamp because the sender left it out. */
  timestampAssigned?: boolean;
}

/** The verb IRI of a voiding statement. */
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

/** Returns the lower-cased id of the statement a StatementRef object targets. */
export function referencedStatementId(statement: Statement): string | null {
  return statement.object.objectType === 'StatementRef' ? statement.object.id.toLowerCase() : null;
}

/** Tells whether a statement voids another. */
export function isVoiding(statement: Statement): boolean {
  return statement.verb.id === VOIDED_VERB && statement.object.objectType === 'StatementRef';
}

/** Builds the table row of a statement to store. */
export function toStatementRow(item: StatementToStore): Omit<StatementTable, 'seq'> {
  const { statement } = item;
  const object = statement.object;
  const json = JSON.stringify(statement);
  return {
    id: statement.id,
    statement: json,
    size: json.length,
    verb_id: statement.verb.id,
    actor_key: actorKey(statement.actor),
    object_id:
      object.objectType === undefined || object.objectType === 'Activity' ? object.id : null,
    registration: statement.context?.registration?.toLowerCase() ?? null,
    // Normalised so that text order is time order whatever ISO 8601 form was sent.
    timestamp: timestampToDate(statement.timestamp)?.toISOString() ?? statement.timestamp,
    stored: statement.stored,
    voided: 0,
    plugin_id: item.pluginId ?? null,
    class_id: item.classId ?? null,
    ref_target: referencedStatementId(statement),
  };
}
