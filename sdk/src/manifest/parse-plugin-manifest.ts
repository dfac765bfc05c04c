import type { ManifestIssue } from './manifest-issues.js';
import { parseWithIssues } from './parse-with-issues.js';
import { type PluginManifest, pluginManifestSchema } from './plugin-manifest-schema.js';

/** The outcome of {@link parsePluginManifest}: the manifest, or every issue found. */
export type ManifestParseResult =
  | { readonly success: true; readonly manifest: PluginManifest }
  | { readonly success: false; readonly issues: ManifestIssue[] };

/**
 * Validates a parsed `fabrique.plugin.json` against the manifest v1 schema and its rules.
 * A rule that relates fields runs only when those fields have the right JSON type, so once
 * the reported issues are fixed, a second run can report issues that the first could not.
 *
 * @example
 * const result = parsePluginManifest(JSON.parse(await readFile('fabrique.plugin.json', 'utf8')));
 * if (!result.success) console.error(formatManifestIssues(result.issues));
 */
export function parsePluginManifest(value: unknown): ManifestParseResult {
  const result = parseWithIssues(pluginManifestSchema, value, 'The manifest');
  if (!result.success) return result;
  return { success: true, manifest: result.data };
}
