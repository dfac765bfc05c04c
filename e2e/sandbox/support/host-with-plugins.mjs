#!/usr/bin/env node
// Starts a built host for browser tests, like core/dist/main.js but with the
// plugin folders that the test names in FABRIQUE_E2E_PLUGIN_DIRS (a JSON array
// of absolute paths) in place of the first-party plugins. startHost installs
// them and enables them for the demo class. Once the host listens, this script
// prints one line `FABRIQUE_E2E_READY {json}` with the URLs and the join code.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createLogger, readConfig, startHost } from '@fabrique/core';

const pluginDirs = JSON.parse(process.env.FABRIQUE_E2E_PLUGIN_DIRS ?? '[]');
if (!Array.isArray(pluginDirs) || !pluginDirs.every((dir) => typeof dir === 'string')) {
  throw new Error('FABRIQUE_E2E_PLUGIN_DIRS must be a JSON array of plugin folder paths.');
}
const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
const config = readConfig(process.env);
const uiDir = join(
  dirname(createRequire(import.meta.url).resolve('@fabrique/host-ui/package.json')),
  'dist',
);
const host = await startHost(config, { uiDir, pluginDirs }, logger);
const ready = { url: config.publicUrl, pluginUrl: config.pluginUrl, joinCode: host.demo.joinCode };
process.stdout.write(`FABRIQUE_E2E_READY ${JSON.stringify(ready)}\n`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    host.close().then(() => process.exit(0));
  });
}
