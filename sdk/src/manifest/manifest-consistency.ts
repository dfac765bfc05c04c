import type { z } from 'zod';
import type { DataCategory } from './data-use-schema.js';
import { reportRuleIssue } from './manifest-rule.js';
import type { pluginManifestShapeSchema } from './plugin-manifest-schema.js';

type ManifestShape = z.output<typeof pluginManifestShapeSchema>;

/**
 * Checks the rules that relate fields in different parts of a manifest: every dashboard
 * query reads a declared verb (`undeclared-dashboard-verb`), and a microphone or camera
 * capability comes with the audio or video data category (`undeclared-data-category`).
 * Zod runs it only when every field has the right JSON type.
 */
export function checkManifestConsistency(manifest: ManifestShape, ctx: z.RefinementCtx): void {
  checkDashboardVerbs(manifest, ctx);
  checkDeviceCategory(manifest, ctx, 'microphone', 'audio');
  checkDeviceCategory(manifest, ctx, 'camera', 'video');
}

function checkDashboardVerbs(manifest: ManifestShape, ctx: z.RefinementCtx): void {
  const declared = new Set(manifest.capabilities.xapi.verbs.map((verb) => verb.id));
  manifest.dashboard?.queries?.forEach((query, index) => {
    if (declared.has(query.verb)) return;
    reportRuleIssue(ctx, {
      code: 'undeclared-dashboard-verb',
      message: `must be one of the verbs in capabilities.xapi.verbs (got ${JSON.stringify(query.verb)}). Declare the verb there or query a declared one.`,
      path: ['dashboard', 'queries', index, 'verb'],
      input: query.verb,
    });
  });
}

function checkDeviceCategory(
  manifest: ManifestShape,
  ctx: z.RefinementCtx,
  device: 'microphone' | 'camera',
  category: DataCategory,
): void {
  if (manifest.capabilities[device] === undefined) return;
  if (manifest.dataUse.categories.includes(category)) return;
  reportRuleIssue(ctx, {
    code: 'undeclared-data-category',
    message: `must include "${category}", because capabilities.${device} lets the plugin record it. Add "${category}" and set dataUse.sensitive to true.`,
    path: ['dataUse', 'categories'],
    input: manifest.dataUse.categories,
  });
}
