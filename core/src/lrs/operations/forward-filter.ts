import { isIri, isPluginId, type Statement } from '@fabrique/sdk';
import { z } from 'zod';

const MAX_FILTER_ENTRIES = 100;

function entryList(rule: (value: string) => boolean, message: string) {
  return z.array(z.string().refine(rule, message)).min(1).max(MAX_FILTER_ENTRIES).optional();
}

/**
 * Filter of the statements a forwarding target receives. A statement passes
 * when it matches one entry of each list present, so `{}` forwards every
 * statement.
 */
export const forwardFilterSchema = z.strictObject({
  /** Verb IRIs, compared exactly. */
  verbs: entryList(isIri, 'must be an IRI'),
  /** Prefixes of activity ids, matched against the object and every context activity. */
  activityPrefixes: entryList((value) => value.length > 0, 'must not be empty'),
  /** Plugins whose statements are forwarded. A statement sent by an LRS client has no plugin. */
  pluginIds: entryList(isPluginId, 'must be a plugin id such as fr.example.tool'),
});

/** A parsed forwarding filter. */
export type ForwardFilter = z.infer<typeof forwardFilterSchema>;

/** Tells whether a stored statement, written by `pluginId` or by a client, passes a filter. */
export function matchesForwardFilter(
  filter: ForwardFilter,
  statement: Statement,
  pluginId: string | null,
): boolean {
  if (filter.verbs && !filter.verbs.includes(statement.verb.id)) return false;
  if (filter.pluginIds && (pluginId === null || !filter.pluginIds.includes(pluginId))) return false;
  if (filter.activityPrefixes) {
    const prefixes = filter.activityPrefixes;
    const ids = activityIds(statement);
    if (!ids.some((id) => prefixes.some((prefix) => id.startsWith(prefix)))) return false;
  }
  return true;
}

/** Tells whether the filter needs the plugin of each statement, which the statement does not carry. */
export function needsPluginId(filter: ForwardFilter): boolean {
  return filter.pluginIds !== undefined;
}

function activityIds(statement: Statement): string[] {
  const ids: string[] = [];
  const object = statement.object;
  if (object.objectType === undefined || object.objectType === 'Activity') ids.push(object.id);
  for (const list of Object.values(statement.context?.contextActivities ?? {})) {
    for (const activity of list ?? []) ids.push(activity.id);
  }
  return ids;
}
