import { randomUUID } from 'node:crypto';
import {
  FabriqueError,
  fabriqueExtension,
  type PluginManifest,
  pluginActivityBase,
  type Statement,
  type StatementDraft,
} from '@fabrique/sdk';

/** Values the host adds to a plugin's draft to complete a statement. */
export interface CompletionContext {
  manifest: PluginManifest;
  publicUrl: string;
  launch: { id: string; classId: string; pluginVersion: string };
  learner: string;
  locale: string;
  now: Date;
}

/** How far ahead of the host's clock a plugin's timestamp may be, for clock skew. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Activity type of a class in the statements' grouping. */
export const CLASS_ACTIVITY_TYPE = 'https://w3id.org/fabrique/xapi/activity-types/class';
/** Activity type of a plugin in the statements' grouping. */
export const PLUGIN_ACTIVITY_TYPE = 'https://w3id.org/fabrique/xapi/activity-types/plugin';

/**
 * Polices a plugin's statement draft against its manifest, then completes it:
 * pseudonymous actor, class and plugin in the grouping, launch as the
 * registration, authority, timestamp and stored.
 *
 * @throws FabriqueError `undeclared-verb`, `undeclared-activity-type`,
 *   `object-outside-namespace` or `invalid-timestamp`.
 */
export function completeStatement(
  draft: StatementDraft,
  context: CompletionContext,
): Statement & { id: string; stored: string; timestamp: string } {
  policeDraft(draft, context.manifest);
  const { manifest, publicUrl, launch } = context;
  const stored = context.now.toISOString();
  return {
    id: draft.id ?? randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: publicUrl, name: context.learner } },
    verb: draft.verb,
    object: draft.object,
    ...(draft.result ? { result: draft.result } : {}),
    context: {
      registration: launch.id,
      platform: 'Fabrique',
      language: draft.context?.language ?? context.locale,
      contextActivities: {
        ...draft.context?.contextActivities,
        grouping: [
          {
            objectType: 'Activity',
            id: `${publicUrl}/classes/${launch.classId}`,
            definition: { type: CLASS_ACTIVITY_TYPE },
          },
          {
            objectType: 'Activity',
            id: `https://w3id.org/fabrique/plugins/${manifest.id}`,
            definition: { type: PLUGIN_ACTIVITY_TYPE },
          },
        ],
      },
      extensions: {
        ...draft.context?.extensions,
        [fabriqueExtension('plugin-version')]: launch.pluginVersion,
      },
    },
    timestamp: checkedTimestamp(draft.timestamp, context.now) ?? stored,
    stored,
    authority: {
      objectType: 'Agent',
      account: { homePage: publicUrl, name: `plugin:${manifest.id}` },
    },
    version: '1.0.0',
  };
}

function policeDraft(draft: StatementDraft, manifest: PluginManifest): void {
  const verbs = new Set(manifest.capabilities.xapi.verbs.map((verb) => verb.id));
  if (!verbs.has(draft.verb.id)) {
    throw new FabriqueError(
      'undeclared-verb',
      403,
      `Verb ${draft.verb.id} is not declared in the manifest of ${manifest.id}.`,
      { field: 'verb.id' },
    );
  }
  const types = new Set(manifest.capabilities.xapi.activityTypes.map((type) => type.id));
  const activities = [
    { path: 'object', activity: draft.object },
    ...(draft.context?.contextActivities?.parent ?? []).map((activity, index) => ({
      path: `context.contextActivities.parent[${index}]`,
      activity,
    })),
    ...(draft.context?.contextActivities?.other ?? []).map((activity, index) => ({
      path: `context.contextActivities.other[${index}]`,
      activity,
    })),
  ];
  const base = pluginActivityBase(manifest.id);
  for (const { path, activity } of activities) {
    if (!activity.id.startsWith(base)) {
      throw new FabriqueError(
        'object-outside-namespace',
        403,
        `Activity id ${activity.id} is outside the plugin's namespace ${base}.`,
        { field: `${path}.id` },
      );
    }
    const type = activity.definition?.type;
    if (type !== undefined && !types.has(type)) {
      throw new FabriqueError(
        'undeclared-activity-type',
        403,
        `Activity type ${type} is not declared in the manifest of ${manifest.id}.`,
        { field: `${path}.definition.type` },
      );
    }
  }
}

function checkedTimestamp(timestamp: string | undefined, now: Date): string | undefined {
  if (timestamp === undefined) return undefined;
  const time = new Date(timestamp).getTime();
  if (time > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new FabriqueError('invalid-timestamp', 400, `Timestamp ${timestamp} is in the future.`, {
      field: 'timestamp',
    });
  }
  return new Date(time).toISOString();
}
