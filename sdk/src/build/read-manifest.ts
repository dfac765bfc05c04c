import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatManifestIssues } from '../manifest/manifest-issues.js';
import { parsePluginManifest } from '../manifest/parse-plugin-manifest.js';
import { MANIFEST_FILE_NAME } from '../manifest/plugin-manifest-schema.js';
import type { BuildLogger } from './build-logger.js';
import { PluginBuildError } from './plugin-build-error.js';

/** A manifest that passed validation. */
export type ValidManifest = Extract<
  ReturnType<typeof parsePluginManifest>,
  { success: true }
>['manifest'];

/**
 * Reads and validates `fabrique.plugin.json` in `root`. Every issue goes to
 * `logger.error`, one per line, before the error is thrown.
 *
 * @throws PluginBuildError `manifest-not-found`, `invalid-manifest-json` or `invalid-manifest`.
 */
export async function readManifest(root: string, logger: BuildLogger): Promise<ValidManifest> {
  const path = join(root, MANIFEST_FILE_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PluginBuildError(
      'manifest-not-found',
      `No ${MANIFEST_FILE_NAME} in ${root}: run the build in a plugin folder or pass its path.`,
      { path },
      { cause: error },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PluginBuildError(
      'invalid-manifest-json',
      `${MANIFEST_FILE_NAME} is not valid JSON: ${reason}.`,
      { path },
      { cause: error },
    );
  }
  const parsed = parsePluginManifest(value);
  if (!parsed.success) {
    logger.error(formatManifestIssues(parsed.issues));
    const count = parsed.issues.length;
    throw new PluginBuildError(
      'invalid-manifest',
      `${MANIFEST_FILE_NAME} has ${count} ${count === 1 ? 'issue' : 'issues'}: fix ${count === 1 ? 'it' : 'them'} and build again.`,
      { path, count },
    );
  }
  return parsed.manifest;
}
