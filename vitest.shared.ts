import { createRequire } from 'node:module';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Module resolution shared by the unit and browser test configurations:
 * workspace packages resolve through their `source` export condition, so
 * tests run against the TypeScript sources without a build.
 */
export const sharedResolve: ViteUserConfig['resolve'] = {
  conditions: ['source'],
  // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for
  // Pothos and yoga, so the sources under test must use that same copy.
  alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
};
