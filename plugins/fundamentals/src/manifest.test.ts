import { readFileSync } from 'node:fs';
import { formatManifestIssues, parsePluginManifest } from '@fabrique/sdk';
import { expect, test } from 'vitest';
import { NUMBER_LINE_RANGES } from './number-line/number-line-range.js';
import { answeredStatement, completedStatement } from './number-line/number-line-statements.js';

const manifest = JSON.parse(
  readFileSync(new URL('../fabrique.plugin.json', import.meta.url), 'utf8'),
);
const namer = { activityId: (path: string) => `https://example.org/${path}` };

function emittedDrafts() {
  const range = NUMBER_LINE_RANGES['0-10'];
  const item = {
    index: 0,
    target: 4,
    estimate: 4,
    score: { absoluteError: 0, percentAbsoluteError: 0, success: true },
    durationMs: 1_000,
  };
  const summary = { items: 10, successes: 10, scaled: 1, durationMs: 30_000 };
  return [
    answeredStatement(namer, range, item).build(),
    completedStatement(namer, range, summary).build(),
  ];
}

test('manifest is valid', () => {
  const parsed = parsePluginManifest(manifest);
  expect(parsed.success ? '' : formatManifestIssues(parsed.issues)).toBe('');
});

test('manifest declares exactly the verbs emitted', () => {
  const declared = manifest.capabilities.xapi.verbs.map((verb: { id: string }) => verb.id).sort();
  const emitted = [...new Set(emittedDrafts().map((draft) => draft.verb.id))].sort();
  expect(declared).toEqual(emitted);
});

test('manifest declares exactly the activity types emitted', () => {
  const declared = manifest.capabilities.xapi.activityTypes
    .map((type: { id: string }) => type.id)
    .sort();
  const emitted = [
    ...new Set(emittedDrafts().map((draft) => draft.object.definition?.type)),
  ].sort();
  expect(declared).toEqual(emitted);
});

test('manifest range setting matches the lines', () => {
  const setting = manifest.entries.settings.find((entry: { key: string }) => entry.key === 'range');
  expect(setting.options.map((option: { value: string }) => option.value)).toEqual(
    Object.keys(NUMBER_LINE_RANGES),
  );
  expect(setting.default).toBe('0-10');
});
