#!/usr/bin/env node
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, type HostConfig, readConfig } from './config/config.js';
import type { RunningHost } from './host/start-host.js';
import { startHost } from './host/start-host.js';
import { createLogger } from './logging/logger.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIRST_PARTY_PLUGINS = ['plugins/fundamentals', 'examples/hello-plugin'];

async function main(): Promise<void> {
  let config: HostConfig;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel });
  const uiDir = join(
    dirname(createRequire(import.meta.url).resolve('@fabrique/host-ui/package.json')),
    'dist',
  );
  const host = await startHost(
    config,
    { uiDir, pluginDirs: FIRST_PARTY_PLUGINS.map((dir) => join(repositoryRoot, dir)) },
    logger,
  );
  process.stdout.write(banner(config, host));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'stopping');
      host.close().then(() => process.exit(0));
    });
  }
}

function banner(config: HostConfig, host: RunningHost): string {
  const password = (value: string | undefined) => value ?? '(shown at first start only)';
  return [
    '',
    `Fabrique is running at ${config.publicUrl}/`,
    `  plugin origin   ${config.pluginUrl}`,
    `  LRS             ${config.publicUrl}/xapi/`,
    `  admin           ${host.demo.admin.email} / ${password(host.demo.admin.password)}`,
    `  teacher         ${host.demo.teacher.email} / ${password(host.demo.teacher.password)}`,
    `  demo class      ${host.demo.className}, join code ${host.demo.joinCode} (pupils: ${config.publicUrl}/rejoindre)`,
    '',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Fabrique failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
