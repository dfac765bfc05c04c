import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests import workspace packages through their `source` export condition, so
// `npm test` runs against the TypeScript sources without a build.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for
    // Pothos and yoga, so the sources under test must use that same copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{sdk,core,registry,host-ui,plugins,examples}/**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
