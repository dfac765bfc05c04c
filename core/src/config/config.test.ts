import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  test('defaults', () => {
    const config = readConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe('./data');
    expect(config.publicUrl).toBe('http://127.0.0.1:8080');
    expect(config.pluginUrl).toBe('http://localhost:8080');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.lrsBootstrapClient).toBeUndefined();
  });

  test.each(['0.0.0.0', '::', '[::1]', 'fabrique.local', '192.168.1.20'])(
    'HOST %s accepted',
    (host) => {
      expect(readConfig({ HOST: host, FABRIQUE_PLUGIN_URL: 'http://plugins.test:8080' }).host).toBe(
        host,
      );
    },
  );

  test('localhost public URL gets 127.0.0.1 plugin URL', () => {
    const config = readConfig({ FABRIQUE_PUBLIC_URL: 'http://localhost:9000/' });
    expect(config.publicUrl).toBe('http://localhost:9000');
    expect(config.pluginUrl).toBe('http://127.0.0.1:9000');
  });

  test('bootstrap client split at first colon', () => {
    const config = readConfig({ FABRIQUE_LRS_BOOTSTRAP_CLIENT: 'suite:s3cret:with:colons' });
    expect(config.lrsBootstrapClient).toEqual({ key: 'suite', secret: 's3cret:with:colons' });
  });

  test.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/test'],
    ['FABRIQUE_PUBLIC_URL', 'ftp://example.org'],
    ['FABRIQUE_PLUGIN_URL', 'not a url'],
    ['FABRIQUE_LRS_BOOTSTRAP_CLIENT', 'no-colon'],
    ['FABRIQUE_LRS_BOOTSTRAP_CLIENT', 'key:short'],
    ['HOST', 'not an address'],
    ['HOST', 'host_name'],
    ['LOG_LEVEL', 'bogus'],
  ])('invalid %s=%s names the variable', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(name);
  });

  test('plugin URL equal to public URL rejected', () => {
    expect(() => readConfig({ FABRIQUE_PLUGIN_URL: 'http://127.0.0.1:8080' })).toThrow(
      'FABRIQUE_PLUGIN_URL',
    );
  });

  test('non-loopback public URL needs a plugin URL', () => {
    expect(() => readConfig({ FABRIQUE_PUBLIC_URL: 'https://fabrique.example.org' })).toThrow(
      'FABRIQUE_PLUGIN_URL',
    );
    const config = readConfig({
      FABRIQUE_PUBLIC_URL: 'https://fabrique.example.org',
      FABRIQUE_PLUGIN_URL: 'https://plugins.example.org',
    });
    expect(config.pluginUrl).toBe('https://plugins.example.org');
  });
});
