import { MAX_MESSAGE_BYTES, MESSAGE_RATE_LIMIT } from '@fabrique/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectFrameRunning,
  expectHostPageWorks,
  frameStopReason,
  joinAsPupil,
  openActivity,
} from './support/pupil-page.js';
import { type SandboxFixture, startSandboxFixture } from './support/sandbox-fixture.js';

const PLUGIN_ID = 'test.attack.limits';
const RATE_BURST = MESSAGE_RATE_LIMIT.burst;

interface HostResponse {
  type: string;
  id?: string;
  ok?: boolean;
  error?: { code: string; message: string; path?: string };
}

describe('plugin port limits', () => {
  let fixture: SandboxFixture;
  let page: Page;

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID]);
    page = await joinAsPupil(fixture.browser, fixture.host);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test('burst past rate gets errors', async () => {
    const frame = await openActivity(page, fixture.host, PLUGIN_ID);
    const responses = (await frame.evaluate(
      (count) =>
        Promise.all(
          Array.from({ length: count }, () =>
            window.attackAgent.request({ type: 'ui.resize', height: 300 }),
          ),
        ),
      RATE_BURST + 10,
    )) as HostResponse[];

    const admitted = responses.filter((response) => response.ok === true);
    const limited = responses.filter((response) => response.error?.code === 'rate-limited');
    // The hello took one token of the bucket.
    expect(admitted.length).toBeGreaterThanOrEqual(RATE_BURST - 1);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.length + admitted.length).toBe(responses.length);
    expect(limited[0]).toMatchObject({ type: 'response', ok: false });
    await new Promise((done) => setTimeout(done, 1_000));
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, fixture.host);
  });

  test('flood unmounts frame', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    const incidentsBefore = host.incidents().length;
    // The host may remove the frame before this evaluation returns.
    await frame
      .evaluate(() => {
        for (let index = 0; index < 1_000; index++) {
          window.attackAgent.send({ type: 'ui.resize', id: `flood${index}`, height: 300 });
        }
      })
      .catch(() => {});

    await expect.poll(() => frameStopReason(page), { timeout: 10_000 }).toBe('flood');
    expect(await page.locator('[data-testid="plugin-frame"]').count()).toBe(0);
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ pluginId: PLUGIN_ID, kind: 'flood' })]);
    await expectHostPageWorks(page, host);
  });

  test('oversized message is rejected', async () => {
    const { host } = fixture;
    const frame = await openActivity(page, host, PLUGIN_ID);
    const incidentsBefore = host.incidents().length;
    const responses = (await frame.evaluate(async (size) => {
      // A well-formed request that only its size makes invalid.
      const statement = { padding: 'x'.repeat(size) };
      const first = await window.attackAgent.request({ type: 'xapi.emit', statement });
      const second = await window.attackAgent.request({ type: 'xapi.emit', statement });
      return [first, second];
    }, MAX_MESSAGE_BYTES)) as HostResponse[];

    for (const response of responses) {
      expect(response).toMatchObject({
        type: 'response',
        ok: false,
        error: { code: 'message-too-large' },
      });
    }
    await expect
      .poll(() => host.incidents().slice(incidentsBefore), { timeout: 5_000 })
      .toEqual([expect.objectContaining({ kind: 'oversized' })]);
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, host);
  });

  test('unknown message type is rejected', async () => {
    const frame = await openActivity(page, fixture.host, PLUGIN_ID);
    const response = (await frame.evaluate(() =>
      window.attackAgent.request({ type: 'storage.read', key: 'other-plugin' }),
    )) as HostResponse;

    expect(response).toMatchObject({ type: 'response', ok: false });
    expect(response.error?.code).toBe('invalid-message');
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, fixture.host);
  });

  // This message is 27 arrays, each containing the next one twice: under 1 KB
  // as a structured clone, but its JSON text would pass V8's maximum string
  // length, and serialising it would block the host page for seconds.
  test('nested message keeps page responsive', async () => {
    const frame = await openActivity(page, fixture.host, PLUGIN_ID);
    await frame.evaluate(() => {
      let node: unknown[] = ['x'];
      for (let depth = 0; depth < 26; depth++) node = [node, node];
      window.attackAgent.send({ type: 'ui.resize', id: 'nested', height: node });
    });
    let slowestMs = 0;
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const started = Date.now();
      await page.evaluate(() => document.title);
      slowestMs = Math.max(slowestMs, Date.now() - started);
    }

    expect(slowestMs).toBeLessThan(1_000);
  });
});
