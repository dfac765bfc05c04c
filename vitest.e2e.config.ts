import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared.js';

// Browser tests start a built host as a child process and drive Debian's
// Chromium through playwright-core, so they run after `npm run build`.
export default defineConfig({
  resolve: sharedResolve,
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
