import { defineConfig } from 'vitest/config';

// Tests import workspace packages through their `source` export condition, so
// `npm test` runs against the TypeScript sources without a build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{sdk,core,registry,host-ui,plugins,examples}/**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
