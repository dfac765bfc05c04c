import type { Browser, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SandboxHost } from './sandbox-host.js';
import { waitUntil } from './wait-until.js';

/** Picture cards of the demo class, one per pupil that a test needs. */
export const PUPIL_CARDS = ['fox', 'cat', 'owl'] as const;

/** Opens a new browser context and joins the demo class as the pupil of `card`. */
export async function joinAsPupil(
  browser: Browser,
  host: SandboxHost,
  card: (typeof PUPIL_CARDS)[number] = 'fox',
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${host.url}/rejoindre`);
  await page.getByTestId('join-code-input').fill(host.joinCode);
  await page.getByTestId('join-code-submit').click();
  await page.getByTestId(`card-${card}`).click();
  await page.waitForURL(`${host.url}/eleve`);
  return page;
}

/**
 * Opens the activity of `pluginId` and returns its frame once the host sent
 * `connect`. With `hello` (the default) the agent also completes the handshake.
 */
export async function openActivity(
  page: Page,
  host: SandboxHost,
  pluginId: string,
  options: { hello?: boolean } = {},
): Promise<Frame> {
  await page.goto(`${host.url}/eleve/activite/${pluginId}`);
  const frame = await pluginFrame(page);
  await waitUntil(
    () => frame.evaluate(() => window.attackAgent?.nonce !== undefined),
    `the connect message of ${pluginId}`,
  );
  if (options.hello ?? true) {
    const welcome = await frame.evaluate(() => window.attackAgent.hello());
    expect(welcome).toMatchObject({ type: 'welcome' });
  }
  return frame;
}

/** Returns the frame of the mounted plugin iframe. */
export async function pluginFrame(page: Page): Promise<Frame> {
  const element = await page.locator('[data-testid="plugin-frame"]').elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The plugin iframe has no frame.');
  return frame;
}

/**
 * Checks that the host page still works after an attack: it stayed on the
 * activity path, and its back button leads to the launcher, which loads the
 * pupil's activities through GraphQL.
 */
export async function expectHostPageWorks(page: Page, host: SandboxHost): Promise<void> {
  expect(new URL(page.url()).origin).toBe(host.url);
  expect(new URL(page.url()).pathname).toMatch(/^\/eleve\/activite\//);
  await page.getByTestId('back').click();
  await page.waitForURL(`${host.url}/eleve`);
  await expect
    .poll(() => page.locator('[data-testid^="launch-"]').count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
}

/**
 * Checks that an attack left the mount alone: the host page is still on the
 * activity, shows no stop message, and still responds to a request on the port.
 */
export async function expectFrameRunning(page: Page, frame: Frame): Promise<void> {
  expect(new URL(page.url()).pathname).toMatch(/^\/eleve\/activite\//);
  expect(await frameStopReason(page)).toBeUndefined();
  const response = await frame.evaluate(() =>
    window.attackAgent.request({ type: 'ui.resize', height: 320 }),
  );
  expect(response).toMatchObject({ type: 'response', ok: true });
}

/** Returns the reason shown when the host stopped the frame, or undefined while it runs. */
export async function frameStopReason(page: Page): Promise<string | undefined> {
  const stopped = page.getByTestId('frame-stopped');
  if ((await stopped.count()) === 0) return undefined;
  return (await stopped.getAttribute('data-reason')) ?? undefined;
}

/**
 * Runs an attack after which the host unmounts the frame. The host may remove
 * the frame before `evaluate` returns, so a detached frame is the expected end
 * of the call; any other error fails the test.
 */
export async function evaluateUntilUnmounted(frame: Frame, attack: () => void): Promise<void> {
  await frame.evaluate(attack).catch((error: unknown) => {
    if (!/detached|Target .*closed|Execution context was destroyed/i.test(String(error)))
      throw error;
  });
}
