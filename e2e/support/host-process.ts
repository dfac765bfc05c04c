import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { spawnHost } from './host-child.js';

/** A built host started as a child process on a free loopback port, with its own data folder. */
export interface HostProcess {
  url: string;
  pluginUrl: string;
  lrsCredentials: { key: string; secret: string };
  output(): string;
  stop(): Promise<void>;
}

const repositoryRoot = resolve(import.meta.dirname, '../..');

/** Starts `node core/dist/main.js` and waits until `/healthz` responds and the banner is printed. */
export async function startHostProcess(
  environment: Record<string, string> = {},
): Promise<HostProcess> {
  const port = await freePort();
  const host = spawnHost(join(repositoryRoot, 'core/dist/main.js'), port, environment);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, host.child, host.output);
  } catch (error) {
    await host.stop();
    throw error;
  }
  return {
    url,
    pluginUrl: `http://localhost:${port}`,
    lrsCredentials: host.lrsCredentials,
    output: host.output,
    stop: host.stop,
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
