import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { PluginBuildError } from './plugin-build-error.js';

/** Folder that `fabrique build` writes and owns. */
export const DIST_DIR = 'dist';

/** Source extensions tried for an entry, in order. */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js'] as const;

/**
 * Finds the source of an entry script: `dist/pupil.js` is built from
 * `src/pupil.ts` (or `.tsx`, or `.js`), and `dist/views/teacher.js` from
 * `src/views/teacher.ts`. Returns the source path relative to `root`.
 *
 * @throws PluginBuildError `entry-outside-dist` or `entry-source-not-found`.
 */
export async function findEntrySource(
  root: string,
  entry: string,
  script: string,
): Promise<string> {
  const prefix = `${DIST_DIR}/`;
  if (!script.startsWith(prefix)) {
    throw new PluginBuildError(
      'entry-outside-dist',
      `entries.${entry}.script is "${script}", but fabrique build writes entries under ${prefix}: use "${prefix}${entry}.js".`,
      { entry, script },
    );
  }
  const stem = `src/${script.slice(prefix.length, -'.js'.length)}`;
  const candidates = SOURCE_EXTENSIONS.map((extension) => stem + extension);
  for (const candidate of candidates) {
    if (await exists(join(root, candidate))) {
      return candidate;
    }
  }
  throw new PluginBuildError(
    'entry-source-not-found',
    `entries.${entry}.script "${script}" has no source: create ${candidates.join(' or ')}.`,
    { entry, script },
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
