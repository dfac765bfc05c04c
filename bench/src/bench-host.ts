import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { HostClient } from './host-client.js';

/** A host process started from the built entry point, and the LRS client it accepts. */
export interface BenchHost {
  readonly url: string;
  readonly child: ChildProcess;
  /** The `Authorization` header of the bootstrap LRS client. */
  readonly authorization: string;
  /** The account the host sets as `authority` of the client's statements. */
  readonly authority: { homePage: string; name: string };
  /** Opens an HTTP client for one phase of the benchmark, to be closed at the phase's end. */
  openClient(): HostClient;
  stop(): Promise<void>;
}

const HOST_ENTRY = resolve(import.meta.dirname, '../../core/dist/main.js');
const LRS_CLIENT = { key: 'bench-client', secret: 'bench-client-secret' };
const START_TIMEOUT_MS = 120_000;

/**
 * Starts `node core/dist/main.js` on 127.0.0.1 with a bootstrap LRS client
 * and warn-level logs, and waits until `/healthz` responds. `environment`
 * names the data folder and, for PostgreSQL, the database.
 */
export async function startBenchHost(
  port: number,
  environment: Record<string, string>,
): Promise<BenchHost> {
  const child = spawn(process.execPath, [HOST_ENTRY], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FABRIQUE_LRS_BOOTSTRAP_CLIENT: `${LRS_CLIENT.key}:${LRS_CLIENT.secret}`,
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
  const url = `http://127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${LRS_CLIENT.key}:${LRS_CLIENT.secret}`).toString('base64')}`;
  const host: BenchHost = {
    url,
    child,
    authorization,
    authority: { homePage: url, name: `client:${LRS_CLIENT.key}` },
    openClient: () => new HostClient(url, authorization, () => describeHost(child, output)),
    stop: () => stopChild(child),
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await host.stop();
    throw error;
  }
  return host;
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The host exited with code ${child.exitCode} at start:\n${output()}`);
    }
    // The body is read so that fetch can reuse or close the connection.
    const healthy = await fetch(`${url}/healthz`).then(
      async (response) => {
        await response.arrayBuffer();
        return response.ok;
      },
      () => false,
    );
    if (healthy && output().includes('Fabrique is running')) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The host did not respond on ${url}/healthz within 120 s:\n${output()}`);
}

function describeHost(child: ChildProcess, output: string): string {
  const running = child.exitCode === null && child.signalCode === null;
  const state = running
    ? 'the host is still running'
    : `the host exited (code ${child.exitCode}, signal ${child.signalCode})`;
  return `${state}. Its last output:\n${output.slice(-2000)}`;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
