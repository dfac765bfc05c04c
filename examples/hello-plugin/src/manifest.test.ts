import { readFileSync } from 'node:fs';
import { formatManifestIssues, parsePluginManifest } from '@fabrique/sdk';
import { expect, test } from 'vitest';

const manifest = JSON.parse(
  readFileSync(new URL('../fabrique.plugin.json', import.meta.url), 'utf8'),
);

test('manifest is valid', () => {
  const parsed = parsePluginManifest(manifest);
  expect(parsed.success ? '' : formatManifestIssues(parsed.issues)).toBe('');
});

test('manifest declares the experienced verb on lessons', () => {
  expect(manifest.id).toBe('fr.fabrique.examples.hello');
  expect(manifest.capabilities.xapi.verbs.map((verb: { id: string }) => verb.id)).toEqual([
    'http://adlnet.gov/expapi/verbs/experienced',
  ]);
  expect(manifest.capabilities.xapi.activityTypes.map((type: { id: string }) => type.id)).toEqual([
    'http://adlnet.gov/expapi/activities/lesson',
  ]);
});
