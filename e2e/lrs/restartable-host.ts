import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** A built host process on a data folder that outlives it, so that another host can reopen it. */
export interface RestartableHost {
  readonly url: string;
  readonly pid: number;
  /** Everything the host wrote to standard output and error so far. */
  output(): string;
  /** Sends SIGKILL to the host's PID and waits until the process is gone. */
  kill(): Promise<void>;
  /** Stops the host with SIGTERM. */
  stop(): Promise<void>;
}

/** The bootstrap LRS client of every restartable host. */
export const LRS_CLIENT = { key: 'durability-client', secret: 'durability-client-secret' };

const HOST_ENTRY = join(resolve(import.meta.dirname, '../..'), 'core/dist/main.js');
const START_TIMEOUT_MS = 60_000;

/**
 * Starts `node core/dist/main.js` on 127.0.0.1 with `dataDir` as its data
 * folder, and waits until `/healthz` responds and the banner is printed.
 * `environment` points the host at its database: an empty DATABASE_URL
 * keeps it on SQLite in `dataDir`.
 */
export async function startRestartableHost(
  dataDir: string,
  port: number,
  environment: Record<string, string>,
): Promise<RestartableHost> {
  const child = spawn(process.execPath, [HOST_ENTRY], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FABRIQUE_DATA_DIR: dataDir,
      FABRIQUE_LRS_BOOTSTRAP_CLIENT: `${LRS_CLIENT.key}:${LRS_CLIENT.secret}`,
      LOG_LEVEL: 'warn',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = async (name: NodeJS.Signals) => {
    if (!isRunning(child)) return;
    process.kill(child.pid as number, name);
    await exited;
  };
  const host: RestartableHost = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    output: () => output,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
  try {
    await waitUntilReady(host, child);
  } catch (error) {
    await host.kill();
    throw error;
  }
  return host;
}

/**
 * Returns a loopback port for the `index`-th host of a test: the port of
 * `FABRIQUE_E2E_PORT` plus `index` when that variable is set, for machines
 * where tests may use only given ports, or else a free port.
 */
export async function hostPort(index: number): Promise<number> {
  const base = Number(process.env.FABRIQUE_E2E_PORT);
  if (Number.isInteger(base) && base > 0) return base + index;
  return freePort();
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function waitUntilReady(host: RestartableHost, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      throw new Error(`The host exited at start (code ${child.exitCode}):\n${host.output()}`);
    }
    // The body is read so that fetch can reuse or close the connection.
    const healthy = await fetch(`${host.url}/healthz`).then(
      async (response) => {
        await response.arrayBuffer();
        return response.ok;
      },
      () => false,
    );
    if (healthy && host.output().includes('Fabrique is running')) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`The host did not become healthy within 60 s:\n${host.output()}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
