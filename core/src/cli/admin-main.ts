#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { ConfigError, readConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { runAdminCli } from './admin-cli.js';
import type { AdminIo } from './admin-command.js';
import { openAdminSession } from './admin-session.js';

const io: AdminIo = {
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
  readStdin: () => text(process.stdin),
};

async function main(): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
  // Logs go to standard error, so that standard output holds only the command's result.
  const logger = createLogger({ level: config.logLevel, destination: process.stderr });
  return runAdminCli(process.argv.slice(2), {
    io,
    openSession: () => openAdminSession(config, logger),
  });
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `fabrique-admin failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
