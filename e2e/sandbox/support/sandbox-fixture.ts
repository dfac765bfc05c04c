import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/chromium.js';
import { writeAttackPlugin } from './attack-plugin.js';
import { type CatchingServer, startCatchingServer } from './catching-server.js';
import { type SandboxHost, startSandboxHost } from './sandbox-host.js';

/** A host with attack plugins, a catching server and Chromium, for one test file. */
export interface SandboxFixture {
  readonly host: SandboxHost;
  readonly catcher: CatchingServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds one attack plugin per id, starts a host that installs them, a
 * catching server and Chromium. Everything lives under the system temporary
 * folder and is removed by `close`.
 */
export async function startSandboxFixture(pluginIds: readonly string[]): Promise<SandboxFixture> {
  const pluginsDir = mkdtempSync(join(tmpdir(), 'fabrique-attack-plugins-'));
  const cleanups: (() => Promise<void>)[] = [
    async () => rmSync(pluginsDir, { recursive: true, force: true }),
  ];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const pluginDirs: string[] = [];
    for (const id of pluginIds) pluginDirs.push(await writeAttackPlugin(pluginsDir, id));
    const host = await startSandboxHost(pluginDirs);
    cleanups.push(() => host.stop());
    const catcher = await startCatchingServer();
    cleanups.push(() => catcher.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    return { host, catcher, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}
