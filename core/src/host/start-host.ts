import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { HostConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createHostApp } from '../http/host-app.js';
import type { Logger } from '../logging/logger.js';
import { ForwardWorker } from '../lrs/operations/forward-worker.js';
import { type DemoSchool, seedDemoSchool } from '../seed/demo-school.js';
import { createHostServices, type HostServices } from './host-services.js';

/** A running host, as its entry point and tests use it. */
export interface RunningHost {
  services: HostServices;
  demo: DemoSchool;
  port: number;
  close(): Promise<void>;
}

/** Start options of a host, besides its configuration. */
export interface StartOptions {
  /** Folder of the built host UI. */
  uiDir: string;
  /** Built plugin folders to install at start, for example the first-party plugins. */
  pluginDirs: string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const SESSION_CLEANUP_INTERVAL_MS = 15 * 60_000;

/**
 * Starts a host: opens and migrates the database, seeds the demo school,
 * installs the given plugins and enables them for the demo class, creates
 * the bootstrap LRS client, listens, and starts forwarding statements to
 * the configured LRSs.
 */
export async function startHost(
  config: HostConfig,
  options: StartOptions,
  logger: Logger,
): Promise<RunningHost> {
  const database = openDatabase(
    config.databaseUrl
      ? { postgresUrl: config.databaseUrl }
      : { sqliteFile: join(config.dataDir, 'fabrique.sqlite') },
  );
  await migrateToLatest(database.db, database.dialect, logger.child({ module: 'migrations' }));
  const services = await createHostServices(database, config, logger);
  const demo = await seedDemoSchool(
    services,
    { loopbackOnly: LOOPBACK_HOSTS.has(config.host) },
    logger,
  );
  await installPlugins(services, options.pluginDirs, demo, logger);
  if (config.lrsBootstrapClient) {
    await services.lrsClients.upsert({
      ...config.lrsBootstrapClient,
      name: 'bootstrap client',
      scopes: ['all'],
    });
    logger.info({ key: config.lrsBootstrapClient.key }, 'LRS bootstrap client ready');
  }
  const app = createHostApp({ services, config, logger, uiDir: options.uiDir });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const cleanup = setInterval(() => {
    services.sessions.deleteExpired().then(
      (count) => count > 0 && logger.info({ count }, 'expired sessions deleted'),
      (error: unknown) => logger.error({ err: error }, 'deleting expired sessions failed'),
    );
  }, SESSION_CLEANUP_INTERVAL_MS);
  cleanup.unref();
  const forwarder = new ForwardWorker(
    services.forwardQueue,
    services.forwardTargets,
    logger.child({ module: 'lrs-forwarding' }),
  );
  forwarder.start();
  logger.info({ port, host: config.host, dialect: database.dialect }, 'host listening');
  return {
    services,
    demo,
    port,
    close: async () => {
      clearInterval(cleanup);
      await forwarder.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.db.destroy();
      logger.info('host stopped');
    },
  };
}

async function installPlugins(
  services: HostServices,
  pluginDirs: string[],
  demo: DemoSchool,
  logger: Logger,
): Promise<void> {
  for (const dir of pluginDirs) {
    const plugin = await services.pluginInstaller.installFromFolder(dir, 'system');
    if (!(await services.classPlugins.isSet(demo.classId, plugin.id))) {
      await services.classPlugins.set({ classId: demo.classId, plugin, enabled: true }, 'system');
      logger.info(
        { pluginId: plugin.id, classId: demo.classId },
        'plugin enabled for the demo class',
      );
    }
  }
}
