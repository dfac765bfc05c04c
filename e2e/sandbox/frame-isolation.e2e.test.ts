import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectFrameRunning,
  expectHostPageWorks,
  joinAsPupil,
  openActivity,
} from './support/pupil-page.js';
import { type SandboxFixture, startSandboxFixture } from './support/sandbox-fixture.js';

const PLUGIN_ID = 'test.attack.isolation';

/** Reads of what belongs to the host page or to an origin, each run alone in the frame. */
const FORBIDDEN_READS: readonly (readonly [string, () => unknown])[] = [
  ['parent document', () => window.parent.document.body.innerHTML],
  ['top document', () => window.top?.document.title],
  ['parent location', () => window.parent.location.href],
  ['parent storage', () => (window.parent as Window).localStorage.length],
  ['cookie read', () => document.cookie],
  [
    'cookie write',
    () => {
      // biome-ignore lint/suspicious/noDocumentCookie: the attack is this very write.
      document.cookie = 'attack=1';
      return document.cookie;
    },
  ],
  ['localStorage', () => window.localStorage.getItem('fabrique')],
  ['sessionStorage', () => window.sessionStorage.length],
  ['indexedDB', () => window.indexedDB.open('attack')],
  ['cache storage', () => window.caches.keys()],
];

/** Ways to navigate the top window to `url`. Each returns the error name or `'no error'`. */
const TOP_NAVIGATIONS: readonly (readonly [string, (url: string) => string])[] = [
  [
    'top location',
    (url) => {
      try {
        if (window.top) window.top.location.href = url;
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    },
  ],
  [
    'top location replace',
    (url) => {
      try {
        window.top?.location.replace(url);
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    },
  ],
  [
    'target _top link',
    (url) => {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_top';
      document.body.append(link);
      link.click();
      return 'no error';
    },
  ],
  [
    'window open _top',
    (url) => {
      const opened = window.open(url, '_top');
      return opened === null ? 'null' : 'window';
    },
  ],
];

/** Ways to open a new window on `url`. Each returns what `window.open` returned, if used. */
const POPUPS: readonly (readonly [string, (url: string) => string])[] = [
  ['window open', (url) => (window.open(url) === null ? 'null' : 'window')],
  [
    'window open noopener',
    (url) => (window.open(url, '_blank', 'noopener') === null ? 'null' : 'window'),
  ],
  [
    'target _blank link',
    (url) => {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      document.body.append(link);
      link.click();
      return 'no error';
    },
  ],
];

/**
 * Browser features that the frame must not get: the iframe delegates no
 * permission (`allow=""`) and the sandbox has no `allow-modals`. Each returns
 * `'granted'` when the feature worked, or the name of the error it met.
 */
const DENIED_FEATURES: readonly (readonly [string, () => Promise<string>])[] = [
  [
    'geolocation',
    () =>
      new Promise((settle) =>
        navigator.geolocation.getCurrentPosition(
          () => settle('granted'),
          (error) => settle(`GeolocationPositionError ${error.code}`),
          { timeout: 2_000 },
        ),
      ),
  ],
  [
    'fullscreen',
    () =>
      document.documentElement.requestFullscreen().then(
        () => 'granted',
        (error: Error) => error.name,
      ),
  ],
  [
    'clipboard write',
    () =>
      navigator.clipboard.writeText('secret').then(
        () => 'granted',
        (error: Error) => error.name,
      ),
  ],
];

describe('plugin frame isolation', () => {
  let fixture: SandboxFixture;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    fixture = await startSandboxFixture([PLUGIN_ID]);
    page = await joinAsPupil(fixture.browser, fixture.host);
    frame = await openActivity(page, fixture.host, PLUGIN_ID);
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test.each(FORBIDDEN_READS)('%s throws', async (_name, read) => {
    const outcome = await frame.evaluate(read).then(
      (value) => `read ${JSON.stringify(value)}`,
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/SecurityError/);
    await expectFrameRunning(page, frame);
  });

  test.each(TOP_NAVIGATIONS)('%s is blocked', async (_name, navigate) => {
    const { catcher, host } = fixture;
    catcher.clear();
    const hostUrl = page.url();
    await frame.evaluate(navigate, `${catcher.url}/top?secret=s3cret`).catch(() => {});
    await new Promise((done) => setTimeout(done, 750));
    expect(page.url()).toBe(hostUrl);
    expect(catcher.requests).toEqual([]);
    expect(new URL(page.url()).origin).toBe(host.url);
    await expectFrameRunning(page, frame);
  });

  test.each(POPUPS)('%s opens nothing', async (_name, open) => {
    const { catcher } = fixture;
    catcher.clear();
    const pagesBefore = page.context().pages().length;
    const outcome = await frame.evaluate(open, `${catcher.url}/popup?secret=s3cret`);
    await new Promise((done) => setTimeout(done, 750));
    expect(['null', 'no error']).toContain(outcome);
    expect(page.context().pages()).toHaveLength(pagesBefore);
    expect(catcher.requests).toEqual([]);
    await expectFrameRunning(page, frame);
  });

  test.each(DENIED_FEATURES)('%s is denied', async (_name, use) => {
    const outcome = await frame.evaluate(use);
    expect(outcome).not.toBe('granted');
    await expectFrameRunning(page, frame);
  });

  test('permissions policy allows nothing', async () => {
    // Without devices a camera request fails with NotFoundError before any
    // permission check, so the policy is read directly.
    const features = [
      'camera',
      'microphone',
      'geolocation',
      'fullscreen',
      'display-capture',
      'usb',
    ];
    const allowed = await frame.evaluate(
      (names) =>
        names.filter((name) =>
          (
            document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }
          ).featurePolicy.allowsFeature(name),
        ),
      features,
    );
    expect(allowed).toEqual([]);
  });

  test('alert shows no dialog', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await frame.evaluate(() => {
      alert('Écris ton nom et ton adresse');
      prompt('Mot de passe de la maîtresse ?');
    });
    expect(dialogs).toEqual([]);
    await expectFrameRunning(page, frame);
  });

  test('ancestor origins show no path', async () => {
    const ancestors = await frame.evaluate(() => Array.from(window.location.ancestorOrigins));
    expect(ancestors).toEqual([fixture.host.url]);
  });

  test('host page works after attacks', async () => {
    await expectFrameRunning(page, frame);
    await expectHostPageWorks(page, fixture.host);
  });
});
