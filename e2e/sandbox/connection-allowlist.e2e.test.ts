import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { type CatchingServer, startCatchingServer } from './support/catching-server.js';
import { runStunAttack } from './support/network-attacks.js';

/**
 * Ways out that the plugin origin's `Connection-Allowlist` header has to
 * close. Each is run in a page of the catching server that carries the header
 * (`/allowlisted`) and in one that does not (`/control`), and sends to
 * `localhost`, another origin than the page's `127.0.0.1` on the same server.
 */
const EXITS: readonly (readonly [string, (page: Page, url: string) => Promise<unknown>])[] = [
  [
    'fetch',
    (page, url) =>
      page.evaluate(async (target) => {
        await fetch(target, { mode: 'no-cors' }).catch(() => {});
      }, url),
  ],
  [
    'navigation',
    (page, url) =>
      page
        .evaluate((target) => {
          window.location.href = target;
        }, url)
        .catch(() => {}),
  ],
  [
    'frame navigation',
    async (page, url) => {
      const child = await addChildFrame(page);
      await child
        .evaluate((target) => {
          window.location.href = target;
        }, url)
        .catch(() => {});
    },
  ],
];

describe('connection allowlist in chromium', () => {
  let catcher: CatchingServer;
  let browser: Browser;

  beforeAll(async () => {
    catcher = await startCatchingServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await catcher?.close();
  });

  test.each(EXITS)('header blocks %s', async (name, exit) => {
    const tag = name.replace(/\W+/g, '-');
    await withPage(`${catcher.url}/allowlisted`, (page) =>
      exit(page, `http://localhost:${catcher.port}/allowlisted-${tag}`),
    );
    await new Promise((done) => setTimeout(done, 750));
    expect(catcher.requestsTagged(`allowlisted-${tag}`)).toEqual([]);

    await withPage(`${catcher.url}/control`, async (page) => {
      await exit(page, `http://localhost:${catcher.port}/control-${tag}`);
      await expect
        .poll(() => catcher.requestsTagged(`control-${tag}`).length, { timeout: 5_000 })
        .toBeGreaterThan(0);
    });
  });

  test('header blocks stun', async () => {
    catcher.clear();
    await withPage(`${catcher.url}/allowlisted`, async (page) => {
      await page.evaluate(runStunAttack, catcher.port);
      await new Promise((done) => setTimeout(done, 2_000));
    });
    expect(catcher.datagramCount()).toBe(0);

    await withPage(`${catcher.url}/control`, async (page) => {
      await page.evaluate(runStunAttack, catcher.port);
      await expect.poll(() => catcher.datagramCount(), { timeout: 5_000 }).toBeGreaterThan(0);
    });
  });

  async function withPage(url: string, use: (page: Page) => Promise<unknown>): Promise<void> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      await use(page);
    } finally {
      await context.close();
    }
  }
});

/** Adds an iframe of the page's own URL and returns its frame once loaded. */
async function addChildFrame(page: Page) {
  await page.evaluate(
    (source) =>
      new Promise((loaded) => {
        const frame = document.createElement('iframe');
        frame.addEventListener('load', loaded, { once: true });
        frame.src = source;
        document.body.append(frame);
      }),
    page.url(),
  );
  const child = page.frames()[1];
  if (!child) throw new Error('The child frame did not attach.');
  return child;
}
