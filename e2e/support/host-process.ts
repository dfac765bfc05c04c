import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A built host started as a child process on a free loopback port, with its own data folder. */
export interface HostProcess {
  url: string;
  pluginUrl: string;
  lrsCredentials: { key: string; secret: string };
  output(): string;
  stop(): Promise<void>;
}

const repositoryRoot = resolve(import.meta.dirname, '../..');

/** Starts `node core/dist/main.js` and waits until `/healthz` answers. */
export async function startHostProcess(
  environment: Record<string, string> = {},
): Promise<HostProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-e2e-'));
  const lrsCredentials = { key: 'e2e-client', secret: 'e2e-client-secret' };
  const child = spawn(process.execPath, [join(repositoryRoot, 'core/dist/main.js')], {
    env: {
      ...process.env,
      // SQLite in the data folder unless the test asks for a database: the
      // test process's own DATABASE_URL is the shared test database.
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
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    pluginUrl: `http://localhost:${port}`,
    lrsCredentials,
    output: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The host exited with code ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy && output().includes('Fabrique is running')) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The host did not become healthy within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
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
