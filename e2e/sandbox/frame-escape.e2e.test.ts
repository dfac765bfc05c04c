import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  evaluateUntilUnmounted,
  expectFrameRunning,
  expectHostPageWorks,
  frameStopReason,
  joinAsPupil,
  openActivity,
} from './support/pupil-page.js';
import { type SandboxFixture, startSandboxFixture } from './support/sandbox-fixture.js';

const PLUGIN_ID = 'test.attack.escape';

/**
 * Ways for the frame to load another document in itself, with data in the
 * URL. `target` is `catcher` for the catching server, or `plugin` for
 * another path on the plugin origin, which the host's own server serves.
 */
const SELF_NAVIGATIONS: readonly (readonly [
  string,
  'catcher' | 'plugin' | 'none',
  (url: string) => void,
])[] = [
  [
    'location to catcher',
    'catcher',
    (url) => {
      window.location.href = url;
    },
  ],
  [
    'location to plugin origin',
    'plugin',
    (url) => {
      window.location.href = url;
    },
  ],
  [
    'meta refresh to catcher',
    'catcher',
    (url) => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'refresh';
      meta.content = `0;url=${url}`;
      document.head.append(meta);
    },
  ],
  [
    'download link to catcher',
    'catcher',
    (url) => {
      const link = document.createElement('a');
      link.href = url;
      link.download = 'secret.txt';
      document.body.append(link);
      link.click();
    },
  ],
  [
    'reload',
    'none',
    () => {
      window.location.reload();
    },
  ],
  [
    'about blank',
    'none',
    () => {
      window.location.href = 'about:blank';
    },
  ],
];

describe('plugin frame escape', () => {
  let fixture: SandboxFixture;
  let page: Page;

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID]);
    page = await joinAsPupil(fixture.browser, fixture.host);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test.each(SELF_NAVIGATIONS)('%s unmounts frame', async (_name, target, navigate) => {
    const { catcher, host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    const incidentsBefore = host.incidents().length;
    catcher.clear();
    const base = target === 'plugin' ? `${host.pluginUrl}/plugins/${PLUGIN_ID}` : catcher.url;
    await frame.evaluate(navigate, `${base}/escape?secret=s3cret`).catch(() => {});

    await expect.poll(() => frameStopReason(page), { timeout: 10_000 }).toBe('second-load');
    expect(await page.locator('[data-testid="plugin-frame"]').count()).toBe(0);
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ pluginId: PLUGIN_ID, kind: 'second-load' })]);
    // The host page's `frame-src` blocks a navigation to the catching server
    // first, and Chromium logs that violation. The frame's Connection-Allowlist
    // would block it too, as connection-allowlist.e2e.test.ts shows.
    expect(catcher.requests).toEqual([]);
    await expectHostPageWorks(page, host);
  });

  test('second ready unmounts frame', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    const incidentsBefore = host.incidents().length;
    await evaluateUntilUnmounted(frame, () => window.attackAgent.postReady());

    await expect.poll(() => frameStopReason(page), { timeout: 10_000 }).toBe('second-load');
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ kind: 'second-load' })]);
    await expectHostPageWorks(page, host);
  });

  test('wrong nonce unmounts frame', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID, { hello: false });
    const incidentsBefore = host.incidents().length;
    await evaluateUntilUnmounted(frame, () => {
      void window.attackAgent.hello('forged-nonce-0123456789abcdef');
    });

    await expect.poll(() => frameStopReason(page), { timeout: 10_000 }).toBe('bad-hello');
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ kind: 'bad-hello' })]);
    await expectHostPageWorks(page, host);
  });

  test('request before hello unmounts frame', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID, { hello: false });
    await evaluateUntilUnmounted(frame, () => {
      window.attackAgent.send({ type: 'ui.resize', id: 'early', height: 10 });
    });

    await expect.poll(() => frameStopReason(page), { timeout: 10_000 }).toBe('bad-hello');
    await expectHostPageWorks(page, host);
  });

  test('second hello is rejected', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    const incidentsBefore = host.incidents().length;
    const answer = await frame.evaluate(() => window.attackAgent.hello());

    expect(answer).toMatchObject({ type: 'error', error: { code: 'protocol-violation' } });
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ kind: 'protocol-violation' })]);
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, host);
  });

  test('ready from nested frame is ignored', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    await frame.evaluate(() => {
      document.body.append(document.createElement('iframe'));
    });
    // A plugin can run code in an about:blank child by adding a script of its
    // own package there; Playwright evaluates in the child to the same effect.
    const nested = frame.childFrames()[0];
    expect(nested).toBeDefined();
    await nested?.evaluate(() => {
      window.top?.postMessage({ fabrique: 'ready', protocol: 1 }, '*');
      window.parent.parent.postMessage({ fabrique: 'ready', protocol: 1 }, '*');
    });
    await new Promise((done) => setTimeout(done, 500));

    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, host);
  });
});
