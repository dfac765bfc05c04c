import { randomUUID } from 'node:crypto';
import {
  FabriqueError,
  fabriqueExtension,
  type PluginManifest,
  type Statement,
  type StatementDraft,
  timestampToDate,
} from '@fabrique/sdk';
import { policeDraft } from './draft-policy.js';

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
    id: (draft.id ?? randomUUID()).toLowerCase(),
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

function checkedTimestamp(timestamp: string | undefined, now: Date): string | undefined {
  if (timestamp === undefined) return undefined;
  const date = timestampToDate(timestamp);
  if (!date) {
    throw new FabriqueError(
      'invalid-timestamp',
      400,
      `Timestamp ${timestamp} is not an ISO 8601 date and time with a time zone.`,
      { field: 'timestamp' },
    );
  }
  const time = date.getTime();
  if (time > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new FabriqueError('invalid-timestamp', 400, `Timestamp ${timestamp} is in the future.`, {
      field: 'timestamp',
    });
  }
  return date.toISOString();
}
