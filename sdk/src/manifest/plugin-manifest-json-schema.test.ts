import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import {
  PLUGIN_MANIFEST_SCHEMA_URL,
  pluginManifestJsonSchema,
} from './plugin-manifest-json-schema.js';

const fixture: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/number-line.plugin.json', import.meta.url), 'utf8'),
);

function validator() {
  // Strict mode catches keywords that Ajv does not know. Editors ignore the "iri" and "uri"
  // formats they do not know, and so does this check. strictRequired would reject
  // `anyOf: [{ required: ['doi'] }, ...]`, which names properties declared one level up,
  // and strictTypes would reject `type: [...]`, though both are valid JSON Schema.
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
    validateFormats: false,
  });
  return ajv.compile(pluginManifestJsonSchema());
}

function withKey(key: string, value: unknown): unknown {
  return { ...(fixture as Record<string, unknown>), [key]: value };
}

describe('pluginManifestJsonSchema', () => {
  test('identifies itself', () => {
    const schema = pluginManifestJsonSchema();
    expect(schema.$id).toBe(PLUGIN_MANIFEST_SCHEMA_URL);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  test('requires manifest keys', () => {
    expect(pluginManifestJsonSchema().required).toEqual([
      'manifestVersion',
      'id',
      'version',
      'hostApi',
      'title',
      'description',
      'authors',
      'license',
      'research',
      'levels',
      'subjects',
      'entries',
      'capabilities',
      'dataUse',
      'locales',
    ]);
  });

  test('accepts number-line manifest', () => {
    const validate = validator();
    expect(validate(fixture)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  test.each([
    ['unknown key', withKey('homepage', 'https://example.org')],
    ['title without French', withKey('title', { en: 'Number line' })],
    ['unknown level', withKey('levels', ['CE3'])],
    ['repeated level', withKey('levels', ['CP', 'CP'])],
    ['uppercase id', withKey('id', 'Fr.Fabrique.Numbers')],
    ['blank title', withKey('title', { fr: '  ' })],
    ['manifestVersion 2', withKey('manifestVersion', 2)],
    [
      'reference without target',
      withKey('research', { summary: { fr: 'x' }, references: [{ title: 'x' }] }),
    ],
  ])('rejects %s', (_name, manifest) => {
    expect(validator()(manifest)).toBe(false);
  });

  test('describes rules beyond JSON Schema', () => {
    expect(pluginManifestJsonSchema().description).toMatch(/capabilities\.xapi\.verbs/);
  });
});
