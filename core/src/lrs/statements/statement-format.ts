import type {
  Activity,
  ActivityDefinition,
  Actor,
  Agent,
  Context,
  LanguageMap,
  Statement,
  SubStatement,
} from '@fabrique/sdk';
import type { Kysely } from 'kysely';
import type { HostDatabase } from '../../db/database-schema.js';
import { inChunks } from '../../db/in-chunks.js';
import { indexKey } from '../../db/index-key.js';
import { chooseLanguage } from './language-choice.js';
import type { StatementFormat } from './statement-query.js';

const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
const IDS_PER_QUERY = 500;

/**
 * Shapes statements for the `format` parameter. `exact` returns them as
 * stored. `ids` keeps only what identifies agents, groups, verbs and
 * activities. `canonical` puts the LRS's canonical activity definitions in
 * place and keeps one language per language map, the best match for
 * `Accept-Language`.
 */
export async function formatStatements(
  db: Kysely<HostDatabase>,
  statements: readonly Statement[],
  format: StatementFormat,
  acceptLanguage: string | undefined,
): Promise<Statement[]> {
  if (format === 'exact') return [...statements];
  if (format === 'ids') return statements.map((statement) => idsStatement(statement));
  const definitions = await canonicalDefinitions(db, statements);
  return statements.map((statement) =>
    canonicalStatement(statement, definitions, acceptLanguage ?? ''),
  );
}

function idsStatement<T extends Statement | SubStatement>(statement: T): T {
  const result: Statement | SubStatement = {
    ...statement,
    actor: idsActor(statement.actor),
    verb: { id: statement.verb.id },
    object: idsObject(statement.object),
  };
  if (statement.context) result.context = mapContext(statement.context, idsActivity, idsActor);
  if ('authority' in statement && statement.authority) {
    (result as Statement).authority = idsActor(statement.authority) as Statement['authority'];
  }
  return result as T;
}

function idsObject(object: Statement['object']): Statement['object'] {
  switch (object.objectType) {
    case 'Agent':
    case 'Group':
      return idsActor(object) as Statement['object'];
    case 'SubStatement':
      return idsStatement(object);
    case 'StatementRef':
      return object;
    default:
      return idsActivity(object);
  }
}

function idsActor(actor: Actor): Actor {
  const identifier = identifierOf(actor);
  if (actor.objectType === 'Group') {
    if (identifier) return { objectType: 'Group', ...identifier } as Actor;
    return {
      objectType: 'Group',
      member: (actor.member ?? []).map((member) => idsActor(member) as Agent),
    };
  }
  return { objectType: 'Agent', ...identifier } as Actor;
}

function identifierOf(actor: Actor): Partial<Agent> | undefined {
  if (actor.mbox) return { mbox: actor.mbox };
  if (actor.mbox_sha1sum) return { mbox_sha1sum: actor.mbox_sha1sum };
  if (actor.openid) return { openid: actor.openid };
  if (actor.account) return { account: actor.account };
  return undefined;
}

function idsActivity(activity: Activity): Activity {
  return { id: activity.id };
}

function mapContext(
  context: Context,
  mapActivity: (activity: Activity) => Activity,
  mapActor: (actor: Actor) => Actor,
): Context {
  const result: Context = { ...context };
  if (context.instructor) result.instructor = mapActor(context.instructor);
  if (context.team) result.team = mapActor(context.team) as Context['team'];
  if (context.contextActivities) {
    result.contextActivities = Object.fromEntries(
      Object.entries(context.contextActivities).map(([name, list]) => [
        name,
        (list ?? []).map(mapActivity),
      ]),
    );
  }
  return result;
}

async function canonicalDefinitions(
  db: Kysely<HostDatabase>,
  statements: readonly Statement[],
): Promise<Map<string, ActivityDefinition>> {
  const ids = new Set<string>();
  const collect = (statement: Statement | SubStatement) => {
    const object = statement.object;
    if (object.objectType === undefined || object.objectType === 'Activity') {
      ids.add(indexKey(object.id));
    }
    if (object.objectType === 'SubStatement') collect(object);
    for (const list of Object.values(statement.context?.contextActivities ?? {})) {
      for (const activity of list ?? []) ids.add(indexKey(activity.id));
    }
  };
  for (const statement of statements) collect(statement);
  const definitions = new Map<string, ActivityDefinition>();
  for (const chunk of inChunks([...ids], IDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('lrs_activities')
      .select(['id', 'definition'])
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) definitions.set(row.id, JSON.parse(row.definition));
  }
  return definitions;
}

function canonicalStatement<T extends Statement | SubStatement>(
  statement: T,
  definitions: Map<string, ActivityDefinition>,
  acceptLanguage: string,
): T {
  const activity = (value: Activity): Activity => {
    const definition = definitions.get(indexKey(value.id)) ?? value.definition;
    return definition
      ? { ...value, definition: oneLanguageDefinition(definition, acceptLanguage) }
      : value;
  };
  const result: Statement | SubStatement = {
    ...statement,
    verb: statement.verb.display
      ? { ...statement.verb, display: oneLanguage(statement.verb.display, acceptLanguage) }
      : statement.verb,
  };
  const object = statement.object;
  if (object.objectType === undefined || object.objectType === 'Activity') {
    result.object = activity(object);
  } else if (object.objectType === 'SubStatement') {
    result.object = canonicalStatement(object, definitions, acceptLanguage);
  }
  if (statement.context) result.context = mapContext(statement.context, activity, (actor) => actor);
  return result as T;
}

function oneLanguageDefinition(
  definition: ActivityDefinition,
  acceptLanguage: string,
): ActivityDefinition {
  const result: ActivityDefinition = { ...definition };
  if (definition.name) result.name = oneLanguage(definition.name, acceptLanguage);
  if (definition.description) {
    result.description = oneLanguage(definition.description, acceptLanguage);
  }
  for (const list of COMPONENT_LISTS) {
    const components = definition[list];
    if (!components) continue;
    result[list] = components.map((component) =>
      component.description
        ? { ...component, description: oneLanguage(component.description, acceptLanguage) }
        : component,
    );
  }
  return result;
}

function oneLanguage(map: LanguageMap, acceptLanguage: string): LanguageMap {
  const language = chooseLanguage(Object.keys(map), acceptLanguage);
  return language === undefined ? map : { [language]: map[language] as string };
}
