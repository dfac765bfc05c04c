import { type Statement, timestampToDate } from '@fabrique/sdk';

// The LRS sets these itself, so two submissions that differ only here are the same statement.
const LRS_SET_PROPERTIES = new Set(['stored', 'authority', 'version']);

/**
 * Tells whether two statements with one id are the same submission. As xAPI
 * 1.0.3 requires, the comparison ignores key order, the order of group
 * members, the case of UUIDs, how a timestamp is written (only the instant
 * counts), verb displays and activity definitions, which may change between
 * submissions. With `ignoreTimestamp`, the timestamps are not compared: the
 * LRS set the incoming one because its sender left it out.
 */
export function sameStatement(
  stored: Statement,
  incoming: Statement,
  options: { ignoreTimestamp?: boolean } = {},
): boolean {
  const strip = (statement: Statement) =>
    options.ignoreTimestamp ? { ...statement, timestamp: undefined } : statement;
  return (
    canonicalJson(comparable(strip(stored)), true) ===
    canonicalJson(comparable(strip(incoming)), true)
  );
}

type Json = unknown;

/** Rewrites a statement or SubStatement so that ignored differences disappear. */
function comparable(statement: Record<string, Json>): Record<string, Json> {
  const result: Record<string, Json> = { ...statement };
  if (typeof result.timestamp === 'string') {
    result.timestamp = timestampToDate(result.timestamp)?.toISOString() ?? result.timestamp;
  }
  const verb = result.verb as Record<string, Json> | undefined;
  if (verb) result.verb = { id: verb.id };
  result.actor = comparableActor(result.actor);
  result.object = comparableObject(result.object);
  const context = result.context as Record<string, Json> | undefined;
  if (context) result.context = comparableContext(context);
  return result;
}

function comparableObject(object: Json): Json {
  if (object === null || typeof object !== 'object') return object;
  const value = object as Record<string, Json>;
  switch (value.objectType) {
    case 'SubStatement':
      return comparable(value);
    case 'StatementRef':
      return { ...value, id: String(value.id).toLowerCase() };
    case 'Agent':
    case 'Group':
      return comparableActor(value);
    default:
      return { objectType: 'Activity', id: value.id };
  }
}

function comparableContext(context: Record<string, Json>): Record<string, Json> {
  const result: Record<string, Json> = { ...context };
  if (typeof result.registration === 'string') {
    result.registration = result.registration.toLowerCase();
  }
  if (result.instructor) result.instructor = comparableActor(result.instructor);
  if (result.team) result.team = comparableActor(result.team);
  const reference = result.statement as Record<string, Json> | undefined;
  if (reference) result.statement = { ...reference, id: String(reference.id).toLowerCase() };
  const activities = result.contextActivities as Record<string, Json[]> | undefined;
  if (activities) {
    result.contextActivities = Object.fromEntries(
      Object.entries(activities).map(([name, list]) => [
        name,
        list.map((activity) => ({ id: (activity as Record<string, Json>).id })),
      ]),
    );
  }
  return result;
}

function comparableActor(actor: Json): Json {
  if (actor === null || typeof actor !== 'object') return actor;
  const value = actor as Record<string, Json>;
  if (!Array.isArray(value.member)) return value;
  const members = value.member.map((member) => canonicalJson(member)).sort(compareCodeUnits);
  return { ...value, member: members };
}

function canonicalJson(value: unknown, topLevel = false): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([key, item]) => item !== undefined && !(topLevel && LRS_SET_PROPERTIES.has(key)))
    .sort(([left], [right]) => compareCodeUnits(left, right));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Orders keys by UTF-16 code units, the same order on every platform and locale. */
function compareCodeUnits(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
