/**
 * Building plugin folders: `buildPlugin` validates the manifest, bundles the
 * entries with esbuild and writes the package's file list. The `fabrique build`
 * command runs it.
 *
 * @example
 * import { buildPlugin } from '@fabrique/sdk/build';
 *
 * const report = await buildPlugin({ root: '.', production: true });
 *
 * @module
 */
export type { BuildLogger } from './build-logger.js';
export { silentLogger } from './build-logger.js';
export { type BuildOptions, type BuildReport, buildPlugin } from './build-plugin.js';
export type { EntryBundle } from './bundle-entries.js';
export { FILE_LIST_PATH, type PackageFile } from './package-files.js';
export { PluginBuildError } from './plugin-build-error.js';
