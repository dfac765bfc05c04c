import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHostApp } from '../http/host-app.js';
import { silentLogger } from '../testing/test-database.js';
import { createTestHost, type TestHost } from '../testing/test-host.js';

describe('host UI routes', () => {
  let host: TestHost;
  let app: ReturnType<typeof createHostApp>;

  beforeAll(async () => {
    host = await createTestHost('sqlite');
    const uiDir = join(host.dataDir, 'ui');
    mkdirSync(join(uiDir, 'assets'), { recursive: true });
    writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>Fabrique</title>');
    writeFileSync(join(uiDir, 'assets/app.js'), 'console.log(1);');
    app = createHostApp({
      services: host.services,
      config: host.config,
      logger: silentLogger,
      uiDir,
    });
  });
  afterAll(() => host.close());

  test.each(['GET', 'HEAD'])('%s of a UI path keeps security headers', async (method) => {
    const response = await app.request('/connexion', {
      method,
      headers: { Host: '127.0.0.1:8080' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
  });

  test('asset served with policy', async () => {
    const response = await app.request('/assets/app.js', { headers: { Host: '127.0.0.1:8080' } });
    expect(response.headers.get('Content-Type')).toContain('javascript');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  test('unknown host name misdirected', async () => {
    const response = await app.request('/connexion', { headers: { Host: 'rebound.example:8080' } });
    expect(response.status).toBe(421);
  });

  test('health check answers any host name', async () => {
    const response = await app.request('/healthz', { headers: { Host: '10.0.0.7:8080' } });
    expect(response.status).toBe(200);
  });
});
