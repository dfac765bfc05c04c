import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Browser tests start a built host as a child process and drive Debian's
// Chromium through playwright-core, so they run after `npm run build`.
export default defineConfig({
  resolve: {
    conditions: ['source'],
    // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for
    // Pothos and yoga, so the sources under test must use that same copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
