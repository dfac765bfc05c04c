import type { Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NETWORK_ATTACKS, runNetworkAttack, runStunAttack } from './support/network-attacks.js';
import {
  expectFrameRunning,
  expectHostPageWorks,
  joinAsPupil,
  openActivity,
} from './support/pupil-page.js';
import { type SandboxFixture, startSandboxFixture } from './support/sandbox-fixture.js';

const PLUGIN_ID = 'test.attack.network';
/** Time given to a blocked request to arrive anyway before the test calls it blocked. */
const SETTLE_MS = 750;

describe('plugin frame network', () => {
  let fixture: SandboxFixture;
  let page: Page;
  let frame: Frame;
  const frameRequests: Request[] = [];

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID]);
    page = await joinAsPupil(fixture.browser, fixture.host);
    page.on('request', (request) => {
      if (request.url().startsWith(fixture.host.pluginUrl)) frameRequests.push(request);
    });
    frame = await openActivity(page, fixture.host, PLUGIN_ID);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  const attacks = NETWORK_ATTACKS.map((attack) => [attack.name, attack] as const);
  test.each(attacks)('%s reaches nothing', async (_name, attack) => {
    const { catcher } = fixture;
    catcher.clear();
    await runNetworkAttack(frame, attack, `${catcher.url}/frame-${attack.name}?secret=s3cret`);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    expect(requestsBesideControls(fixture)).toEqual([]);
    expect(catcher.connectionCount()).toBe(0);
    await expectFrameRunning(page, frame);

    // Control: the same code in an ordinary page does reach the catching server.
    await runInControlPage(fixture, async (control) => {
      await runNetworkAttack(control, attack, `${catcher.url}/control-${attack.name}`);
      await expect
        .poll(() => catcher.requestsTagged(`control-${attack.name}`).length, { timeout: 5_000 })
        .toBeGreaterThan(0);
    });
    expect(catcher.requestsTagged('/frame-')).toEqual([]);
  });

  test('webrtc stun reaches nothing', async () => {
    const { catcher } = fixture;
    catcher.clear();
    await frame.evaluate(runStunAttack, catcher.port);
    await new Promise((done) => setTimeout(done, 2_000));
    expect(catcher.datagramCount()).toBe(0);
    await expectFrameRunning(page, frame);

    await runInControlPage(fixture, async (control) => {
      await control.evaluate(runStunAttack, catcher.port);
      await expect.poll(() => catcher.datagramCount(), { timeout: 5_000 }).toBeGreaterThan(0);
    });
  });

  test('frame requests carry no referer', async () => {
    const documentRequest = frameRequests.find((request) => request.url().endsWith('/pupil.html'));
    const scriptRequest = frameRequests.find((request) => request.url().endsWith('/pupil.js'));
    expect(documentRequest).toBeDefined();
    expect(scriptRequest).toBeDefined();
    expect(await documentRequest?.headerValue('referer')).toBeNull();
    expect(await scriptRequest?.headerValue('referer')).toBeNull();
    expect(await frame.evaluate(() => document.referrer)).toBe('');
  });

  test('frame url holds no launch data', () => {
    const url = new URL(frame.url());
    expect(url.origin).toBe(fixture.host.pluginUrl);
    expect(url.pathname).toBe(`/plugins/${PLUGIN_ID}/0.1.0/@entry/pupil.html`);
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
  });

  test('host page works after attacks', async () => {
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, fixture.host);
  });
});

/** Requests that no control page made; a control's late request can arrive during the next test. */
function requestsBesideControls(fixture: SandboxFixture) {
  return fixture.catcher.requests.filter((request) => !request.url.startsWith('/control'));
}

/** Runs `attack` in a fresh ordinary page of the catching server, then closes its context. */
async function runInControlPage(
  fixture: SandboxFixture,
  attack: (control: Page) => Promise<unknown>,
): Promise<void> {
  const context = await fixture.browser.newContext();
  try {
    const control = await context.newPage();
    await control.goto(`${fixture.catcher.url}/control`);
    await attack(control);
  } finally {
    await context.close();
  }
}
