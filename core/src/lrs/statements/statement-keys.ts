import type { Actor, Statement, SubStatement } from '@fabrique/sdk';
import { actorKey } from '../actor-key.js';

/** Kind of value a statement filter matches; see `StatementKeyTable`. */
export type StatementKeyKind =
  | 'verb'
  | 'agent'
  | 'related-agent'
  | 'activity'
  | 'related-activity'
  | 'registration';

/** One filter key of a statement. */
export interface StatementKey {
  kind: StatementKeyKind;
  value: string;
}

/**
 * Lists the filter keys of a statement, without duplicates. `agent` keys are
 * the actor and an Agent or Group object, with the members of those groups.
 * `related-agent` keys add the authority, the instructor, the team and the
 * agents of a SubStatement. `activity` is an Activity object, and
 * `related-activity` adds context activities and the activities of a
 * SubStatement. Every `agent` and `activity` key is also a related one, so
 * that a broad filter reads one range of the index.
 */
export function statementKeys(statement: Statement): StatementKey[] {
  const keys = new Map<string, StatementKey>();
  const add = (kind: StatementKeyKind, value: string) =>
    keys.set(`${kind} ${value}`, { kind, value });
  add('verb', statement.verb.id);
  for (const key of actorKeys(statement.actor)) add('agent', key);
  const object = statement.object;
  if (object.objectType === 'Agent' || object.objectType === 'Group') {
    for (const key of actorKeys(object)) add('agent', key);
  }
  if (object.objectType === undefined || object.objectType === 'Activity') {
    add('activity', object.id);
  }
  for (const key of [...keys.values()]) {
    if (key.kind === 'agent') add('related-agent', key.value);
    if (key.kind === 'activity') add('related-activity', key.value);
  }
  for (const value of relatedAgentKeys(statement)) add('related-agent', value);
  for (const value of relatedActivityIds(statement)) add('related-activity', value);
  if (statement.context?.registration) {
    add('registration', statement.context.registration.toLowerCase());
  }
  return [...keys.values()];
}

/** Lists the identifier of an actor and, for a group, of each member. */
export function actorKeys(actor: Actor): string[] {
  const keys: string[] = [];
  if (actor.mbox || actor.mbox_sha1sum || actor.openid || actor.account) keys.push(actorKey(actor));
  if (actor.objectType === 'Group') {
    for (const member of actor.member ?? []) keys.push(actorKey(member));
  }
  return keys;
}

function relatedAgentKeys(statement: Statement | SubStatement): string[] {
  const keys = [...actorKeys(statement.actor)];
  const object = statement.object;
  if (object.objectType === 'Agent' || object.objectType === 'Group')
    keys.push(...actorKeys(object));
  if (object.objectType === 'SubStatement') keys.push(...relatedAgentKeys(object));
  if (statement.context?.instructor) keys.push(...actorKeys(statement.context.instructor));
  if (statement.context?.team) keys.push(...actorKeys(statement.context.team));
  if ('authority' in statement && statement.authority) keys.push(...actorKeys(statement.authority));
  return keys;
}

function relatedActivityIds(statement: Statement | SubStatement): string[] {
  const ids: string[] = [];
  const object = statement.object;
  if (object.objectType === undefined || object.objectType === 'Activity') ids.push(object.id);
  if (object.objectType === 'SubStatement') ids.push(...relatedActivityIds(object));
  const contextActivities = statement.context?.contextActivities;
  for (const list of Object.values(contextActivities ?? {})) {
    for (const activity of list ?? []) ids.push(activity.id);
  }
  return ids;
}
