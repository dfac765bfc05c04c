import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureManifest, writeFixturePackage } from '../testing/plugin-fixture.js';
import { testDialects } from '../testing/test-database.js';
import { createTestHost, type TestHost } from '../testing/test-host.js';

const PLUGIN_HOST = 'localhost:8080';
const BASE = '/plugins/fr.fabrique.testing.counter/1.0.0';

describe.each(testDialects)('plugin origin on %s', (dialect) => {
  let host: TestHost;
  const get = (path: string, hostName = PLUGIN_HOST) =>
    host.app.request(path, { headers: { Host: hostName } });

  beforeAll(async () => {
    host = await createTestHost(dialect);
    const dir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(dir);
    await host.services.pluginInstaller.installFromFolder(dir, 'test');
  });
  afterAll(() => host.close());

  test('frame document has one external script', async () => {
    const response = await get(`${BASE}/@entry/pupil.html`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<script src="../dist/pupil.js"></script>');
    expect(html).not.toMatch(/<script>/);
  });

  test('every answer carries the sandbox headers', async () => {
    for (const path of [
      `${BASE}/@entry/pupil.html`,
      `${BASE}/dist/pupil.js`,
      `${BASE}/nope.js`,
      '/graphql',
    ]) {
      const response = await get(path);
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      expect(policy).toContain("connect-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('nonce');
      expect(policy).not.toContain('strict-dynamic');
      expect(policy).toContain('frame-ancestors http://127.0.0.1:8080');
      expect(response.headers.get('Connection-Allowlist')).toBe('(response-origin);webrtc=block');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });

  test('listed file served with type', async () => {
    const response = await get(`${BASE}/dist/pupil.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/javascript');
    expect(await response.text()).toContain('fixture');
  });

  test('unlisted file not served', async () => {
    writeFileSync(
      join(host.dataDir, 'plugins/fr.fabrique.testing.counter/1.0.0/dist/extra.js'),
      'x',
    );
    expect((await get(`${BASE}/dist/extra.js`)).status).toBe(404);
    expect((await get(`${BASE}/fabrique.plugin.json`)).status).toBe(200);
  });

  test.each([
    `${BASE}/../../etc/passwd`,
    `${BASE}/%2e%2e/%2e%2e/etc/passwd`,
    '/plugins/fr.fabrique.testing.counter/9.9.9/dist/pupil.js',
  ])('%s not found', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  test('host routes absent on plugin origin', async () => {
    const response = await host.app.request('/graphql', {
      method: 'POST',
      headers: { Host: PLUGIN_HOST, 'Content-Type': 'application/json' },
      body: '{"query":"{ viewer { kind } }"}',
    });
    expect(response.status).toBe(404);
  });

  test('plugin files absent on host origin', async () => {
    const response = await get(`${BASE}/dist/pupil.js`, '127.0.0.1:8080');
    expect(response.headers.get('Connection-Allowlist')).toBeNull();
    expect(await response.text()).not.toContain('fixture');
  });

  test('tampered package rejected, nothing changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(dir, fixtureManifest({ version: '1.0.1' }));
    writeFileSync(join(dir, 'dist/pupil.js'), 'fetch("https://evil.test")');
    await expect(
      host.services.pluginInstaller.installFromFolder(dir, 'test'),
    ).rejects.toMatchObject({ code: 'file-integrity-mismatch' });
    expect((await host.services.plugins.findById('fr.fabrique.testing.counter'))?.version).toBe(
      '1.0.0',
    );
  });

  test('invalid manifest rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(dir, fixtureManifest({ id: 'Not A Valid Id', version: '2.0.0' }));
    await expect(
      host.services.pluginInstaller.installFromFolder(dir, 'test'),
    ).rejects.toMatchObject({ code: 'invalid-manifest' });
  });

  test('head of frame document has headers', async () => {
    const response = await host.app.request(`${BASE}/@entry/pupil.html`, {
      method: 'HEAD',
      headers: { Host: PLUGIN_HOST },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("connect-src 'none'");
    expect(response.headers.get('Connection-Allowlist')).toBe('(response-origin);webrtc=block');
  });

  test.each(['LOCALHOST:8080', 'localhost.:8080'])(
    'host header %s reaches plugin origin',
    async (hostName) => {
      const response = await get(`${BASE}/dist/pupil.js`, hostName);
      expect(response.status).toBe(200);
      expect(response.headers.get('Connection-Allowlist')).toBe('(response-origin);webrtc=block');
    },
  );

  test('icon missing from file list rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fabrique-plugin-'));
    writeFixturePackage(dir, fixtureManifest({ version: '1.0.2', icon: 'assets/icon.svg' }));
    await expect(
      host.services.pluginInstaller.installFromFolder(dir, 'test'),
    ).rejects.toMatchObject({ code: 'file-not-listed' });
  });
});
