import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MANIFEST_FILE_NAME } from '../manifest/plugin-manifest-schema.js';
import { type BuildLogger, silentLogger } from './build-logger.js';
import { bundleEntries, type EntryBundle } from './bundle-entries.js';
import { DIST_DIR, findEntrySource } from './entry-source.js';
import {
  FILE_LIST_PATH,
  listPackageFiles,
  type PackageFile,
  writeFileList,
} from './package-files.js';
import { readManifest, type ValidManifest } from './read-manifest.js';

/** Options of {@link buildPlugin}. */
export type BuildOptions = {
  /** The plugin folder, the one that holds `fabrique.plugin.json`. */
  readonly root: string;
  /** Minifies the bundles. Source maps are written either way. */
  readonly production?: boolean;
  /** Receives the manifest issues, esbuild warnings and the summary; silent by default. */
  readonly logger?: BuildLogger;
};

/** What {@link buildPlugin} produced. */
export type BuildReport = {
  readonly pluginId: string;
  readonly version: string;
  readonly production: boolean;
  /** Each bundled entry, with paths relative to the plugin folder. */
  readonly entries: readonly EntryBundle[];
  /** The package's files, as written to `dist/fabrique-files.json`. */
  readonly files: readonly PackageFile[];
  /** Path of the file list, relative to the plugin folder. */
  readonly fileListPath: string;
  /** Wall-clock time of the build, in milliseconds. */
  readonly durationMs: number;
};

/**
 * Builds a plugin folder: validates `fabrique.plugin.json`, empties `dist/`,
 * bundles each entry (`entries.pupil.script` = `dist/pupil.js` from
 * `src/pupil.ts`, likewise `teacher`), then writes `dist/fabrique-files.json`,
 * the size and sha512 integrity of every file of the package.
 *
 * `dist/` belongs to the build: files left there by other tools are deleted,
 * so the file list names exactly what this build wrote.
 *
 * @throws PluginBuildError `manifest-not-found`, `invalid-manifest-json`,
 * `invalid-manifest` (after logging each issue), `entry-outside-dist`,
 * `entry-source-not-found`, `bundle-failed` or `unsupported-file`.
 *
 * @example
 * import { buildPlugin } from '@fabrique/sdk/build';
 *
 * const report = await buildPlugin({ root: 'plugins/fundamentals', production: true });
 * console.log(report.files.map((file) => `${file.path} ${file.size}`).join('\n'));
 */
export async function buildPlugin(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const root = resolve(options.root);
  const production = options.production ?? false;
  const logger = options.logger ?? silentLogger;

  const manifest = await readManifest(root, logger);
  const bundles = await planBundles(root, manifest);
  await rm(resolve(root, DIST_DIR), { recursive: true, force: true });
  await bundleEntries(root, bundles, production, logger);
  const files = await listPackageFiles(root, MANIFEST_FILE_NAME);
  await writeFileList(root, files);

  return {
    pluginId: manifest.id,
    version: manifest.version,
    production,
    entries: bundles,
    files,
    fileListPath: FILE_LIST_PATH,
    durationMs: Math.round(performance.now() - started),
  };
}

async function planBundles(root: string, manifest: ValidManifest): Promise<EntryBundle[]> {
  const scripts = [
    ['pupil', manifest.entries.pupil.script],
    ['teacher', manifest.entries.teacher?.script],
  ] as const;
  const bundles: EntryBundle[] = [];
  for (const [entry, script] of scripts) {
    if (script !== undefined) {
      bundles.push({ entry, source: await findEntrySource(root, entry, script), output: script });
    }
  }
  return bundles;
}
