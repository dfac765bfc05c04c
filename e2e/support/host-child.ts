import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A host entry script running as a child process, with its own data folder. */
export interface HostChild {
  readonly child: ChildProcess;
  readonly lrsCredentials: { key: string; secret: string };
  /** Everything the host wrote to standard output and error so far. */
  output(): string;
  /** Stops the host with SIGTERM and removes its data folder. */
  stop(): Promise<void>;
}

/**
 * Spawns a host entry script on a loopback port, with a fresh data folder, a
 * bootstrap LRS client and warn-level logs. The host uses SQLite in its data
 * folder unless `environment` sets DATABASE_URL, because the test process's
 * own DATABASE_URL names the shared test database.
 */
export function spawnHost(
  entry: string,
  port: number,
  environment: Record<string, string> = {},
): HostChild {
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-e2e-'));
  const lrsCredentials = { key: 'e2e-client', secret: 'e2e-client-secret' };
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      FABRIQUE_DATA_DIR: dataDir,
      FABRIQUE_LRS_BOOTSTRAP_CLIENT: `${lrsCredentials.key}:${lrsCredentials.secret}`,
      LOG_LEVEL: 'warn',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    child,
    lrsCredentials,
    output: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
