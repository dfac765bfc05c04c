import { defineConfig } from 'vitest/config';
import { sharedResolve } from './vitest.shared.js';

export default defineConfig({
  resolve: sharedResolve,
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{sdk,core,registry,host-ui,plugins,examples}/**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
