import { FabriqueError } from '../errors/fabrique-error.js';

/**
 * Error of `buildPlugin`: the plugin folder cannot be built as it is. The code
 * names the problem (`manifest-not-found`, `invalid-manifest`, `bundle-failed`...)
 * and the status is 422 because the same checks answer a package upload.
 *
 * @example
 * try {
 *   await buildPlugin({ root: 'plugins/fundamentals' });
 * } catch (error) {
 *   if (error instanceof PluginBuildError) console.error(`${error.code}: ${error.message}`);
 * }
 */
export class PluginBuildError extends FabriqueError {
  constructor(
    code: string,
    message: string,
    details: Readonly<Record<string, string | number | boolean>> = {},
    options?: ErrorOptions,
  ) {
    super(code, 422, message, details, options);
  }
}
