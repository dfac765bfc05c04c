import {
  type Activity,
  FabriqueError,
  isPluginActivityId,
  type PluginManifest,
  pluginActivityBase,
  type StatementDraft,
} from '@fabrique/sdk';

interface PlacedActivity {
  path: string;
  activity: Activity;
}

/**
 * Checks a plugin's draft against its manifest. The verb must be declared.
 * The object and the parent and other context activities must live in the
 * plugin's namespace. Every activity type, category ones included, must be
 * declared. Category ids may be outside the namespace, because they name
 * profiles such as cmi5's.
 *
 * @throws FabriqueError `undeclared-verb`, `object-outside-namespace` or
 *   `undeclared-activity-type`, with the offending field.
 */
export function policeDraft(draft: StatementDraft, manifest: PluginManifest): void {
  const verbs = new Set(manifest.capabilities.xapi.verbs.map((verb) => verb.id));
  if (!verbs.has(draft.verb.id)) {
    throw new FabriqueError(
      'undeclared-verb',
      403,
      `Verb ${draft.verb.id} is not declared in the manifest of ${manifest.id}.`,
      { field: 'verb.id' },
    );
  }
  const contextActivities = draft.context?.contextActivities;
  const owned = [
    { path: 'object', activity: draft.object },
    ...placed('context.contextActivities.parent', contextActivities?.parent),
    ...placed('context.contextActivities.other', contextActivities?.other),
  ];
  for (const { path, activity } of owned) requireOwnNamespace(manifest.id, path, activity);
  const types = new Set(manifest.capabilities.xapi.activityTypes.map((type) => type.id));
  for (const { path, activity } of [
    ...owned,
    ...placed('context.contextActivities.category', contextActivities?.category),
  ]) {
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

function placed(path: string, activities: readonly Activity[] | undefined): PlacedActivity[] {
  return (activities ?? []).map((activity, index) => ({ path: `${path}[${index}]`, activity }));
}

function requireOwnNamespace(pluginId: string, path: string, activity: Activity): void {
  if (!isPluginActivityId(pluginId, activity.id) || hasDotSegment(activity.id)) {
    throw new FabriqueError(
      'object-outside-namespace',
      403,
      `Activity id ${activity.id} is outside the plugin's namespace ${pluginActivityBase(pluginId)}.`,
      { field: `${path}.id` },
    );
  }
}

/**
 * Tells whether an IRI has a `.` or `..` path segment, written plainly or
 * percent-encoded: URL parsers remove them, so `<own namespace>/../<other
 * plugin>/x` would name another plugin's activity.
 */
function hasDotSegment(iri: string): boolean {
  const path = iri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}
