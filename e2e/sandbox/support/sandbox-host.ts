import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostProcess } from '../../support/host-process.js';
import { freePortInRange } from './loopback-port.js';

/** A built host whose demo class has the test's plugins enabled. */
export interface SandboxHost extends HostProcess {
  /** Join code of the demo class, where every installed plugin is enabled. */
  readonly joinCode: string;
  /** Frame incidents that the host logged, oldest first. */
  incidents(): FrameIncidentLog[];
}

/** One `plugin frame incident` line of the host's log. */
export interface FrameIncidentLog {
  readonly launchId: string;
  readonly pluginId: string;
  readonly kind: string;
}

const entry = join(import.meta.dirname, 'host-with-plugins.mjs');
const READY_PREFIX = 'FABRIQUE_E2E_READY ';

/**
 * Starts `host-with-plugins.mjs` on a free port of the test range, with its own
 * data folder under the system temporary folder, and waits until it listens.
 */
export async function startSandboxHost(pluginDirs: readonly string[]): Promise<SandboxHost> {
  const port = await freePortInRange();
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-sandbox-'));
  const lrsCredentials = { key: 'e2e-client', secret: 'e2e-client-secret' };
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      // SQLite in the data folder unless the test asks for a database: the
      // test process's own DATABASE_URL is the shared test database.
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      FABRIQUE_DATA_DIR: dataDir,
      FABRIQUE_LRS_BOOTSTRAP_CLIENT: `${lrsCredentials.key}:${lrsCredentials.secret}`,
      FABRIQUE_E2E_PLUGIN_DIRS: JSON.stringify(pluginDirs),
      LOG_LEVEL: 'warn',
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
  const ready = await waitForReady(child, () => output);
  return {
    ...ready,
    lrsCredentials,
    output: () => output,
    incidents: () => parseIncidents(output),
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface ReadyLine {
  url: string;
  pluginUrl: string;
  joinCode: string;
}

async function waitForReady(child: ChildProcess, output: () => string): Promise<ReadyLine> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The host exited with code ${child.exitCode}:\n${output()}`);
    }
    const line = output()
      .split('\n')
      .find((candidate) => candidate.startsWith(READY_PREFIX));
    if (line !== undefined) return JSON.parse(line.slice(READY_PREFIX.length)) as ReadyLine;
    await new Promise((done) => setTimeout(done, 100));
  }
  await stopChild(child);
  throw new Error(`The host did not start within 60 s:\n${output()}`);
}

function parseIncidents(output: string): FrameIncidentLog[] {
  const incidents: FrameIncidentLog[] = [];
  for (const line of output.split('\n')) {
    if (!line.includes('"plugin frame incident"')) continue;
    const { launchId, pluginId, kind } = JSON.parse(line) as FrameIncidentLog;
    incidents.push({ launchId, pluginId, kind });
  }
  return incidents;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
