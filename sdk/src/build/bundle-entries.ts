import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { BuildLogger } from './build-logger.js';
import { PluginBuildError } from './plugin-build-error.js';

/** One entry to bundle, with paths relative to the plugin folder. */
export type EntryBundle = {
  /** Entry name in the manifest: `pupil` or `teacher`. */
  readonly entry: string;
  /** Source file, such as `src/pupil.ts`. */
  readonly source: string;
  /** Output file named by the manifest, such as `dist/pupil.js`. */
  readonly output: string;
};

/**
 * Bundles every entry with esbuild into one classic script each (format
 * `iife`, target ES2020), because plugin frames allow `script-src 'self'`
 * only: no module loading of other files, no inline script, no eval. The
 * `source` export condition makes workspace packages such as `@fabrique/sdk`
 * resolve to their TypeScript sources. Source maps are linked
 * (`pupil.js.map` beside `pupil.js`).
 *
 * @throws PluginBuildError `bundle-failed` with esbuild's messages.
 */
export async function bundleEntries(
  root: string,
  bundles: readonly EntryBundle[],
  production: boolean,
  logger: BuildLogger,
): Promise<void> {
  for (const bundle of bundles) {
    logger.info(`Bundling ${bundle.source} into ${bundle.output}`);
  }
  let result: esbuild.BuildResult;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: bundles.map(({ source, output }) => ({
        in: join(root, source),
        out: output.slice(0, -'.js'.length),
      })),
      outdir: root,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      conditions: ['source'],
      minify: production,
      sourcemap: 'linked',
      define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
      logLevel: 'silent',
      write: true,
    });
  } catch (error) {
    throw await bundleFailure(error);
  }
  if (result.warnings.length > 0) {
    logger.warn(await formatMessages(result.warnings, 'warning'));
  }
}

async function bundleFailure(error: unknown): Promise<PluginBuildError> {
  const errors = isBuildFailure(error) ? error.errors : [];
  const text =
    errors.length > 0
      ? await formatMessages(errors, 'error')
      : String(error instanceof Error ? error.message : error);
  return new PluginBuildError(
    'bundle-failed',
    `esbuild could not bundle the entries:\n${text}`,
    { errors: errors.length },
    { cause: error },
  );
}

function isBuildFailure(error: unknown): error is esbuild.BuildFailure {
  return error instanceof Error && Array.isArray((error as Partial<esbuild.BuildFailure>).errors);
}

async function formatMessages(
  messages: esbuild.Message[],
  kind: 'error' | 'warning',
): Promise<string> {
  const lines = await esbuild.formatMessages(messages, { kind, color: false });
  return lines.join('').trimEnd();
}
