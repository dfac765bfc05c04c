import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { DimensionField, FieldReference } from './field-reference.js';
import type { LanguageMap } from './language-map-schema.js';
import type { Measure, NUMERIC_MEASURE_OPS } from './measure-schema.js';
import { pluginManifestJsonSchema } from './plugin-manifest-json-schema.js';
import { type PluginManifest, pluginManifestSchema } from './plugin-manifest-schema.js';
import type { SchoolLevel } from './school-levels.js';
import type { ClassSetting } from './settings-schema.js';

const fixtureUrl = new URL('./fixtures/number-line.plugin.json', import.meta.url);
const emittedSchemaUrl = new URL('../../schema/plugin-manifest-v1.json', import.meta.url);

describe('pluginManifestSchema', () => {
  test('parses number-line manifest', () => {
    const manifest = pluginManifestSchema.parse(JSON.parse(readFileSync(fixtureUrl, 'utf8')));
    expect(manifest.levels).toEqual(['PS', 'MS', 'GS', 'CP']);
    expect(manifest.dashboard?.queries?.map((query) => query.kind)).toEqual([
      'rows',
      'aggregate',
      'aggregate',
    ]);
  });

  test('types', () => {
    expectTypeOf<PluginManifest['manifestVersion']>().toEqualTypeOf<1>();
    expectTypeOf<PluginManifest['levels']>().toEqualTypeOf<SchoolLevel[]>();
    expectTypeOf<LanguageMap['fr']>().toEqualTypeOf<string>();
    expectTypeOf<'pupil'>().toExtend<DimensionField>();
    expectTypeOf<'pupil'>().not.toExtend<FieldReference>();
    type NumericMeasure = Extract<Measure, { op: (typeof NUMERIC_MEASURE_OPS)[number] }>;
    expectTypeOf<NumericMeasure['field']>().toEqualTypeOf<FieldReference>();
    expectTypeOf<Extract<ClassSetting, { type: 'integer' }>['default']>().toEqualTypeOf<number>();
  });

  test.skipIf(!existsSync(emittedSchemaUrl))('emitted file matches schema', () => {
    const emitted: unknown = JSON.parse(readFileSync(emittedSchemaUrl, 'utf8'));
    expect(emitted).toEqual(pluginManifestJsonSchema());
  });
});
