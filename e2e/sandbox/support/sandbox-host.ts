import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { spawnHost } from '../../support/host-child.js';
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
  const host = spawnHost(entry, port, { FABRIQUE_E2E_PLUGIN_DIRS: JSON.stringify(pluginDirs) });
  let ready: ReadyLine;
  try {
    ready = await waitForReady(host.child, host.output);
  } catch (error) {
    await host.stop();
    throw error;
  }
  return {
    ...ready,
    lrsCredentials: host.lrsCredentials,
    output: host.output,
    incidents: () => parseIncidents(host.output()),
    stop: host.stop,
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
