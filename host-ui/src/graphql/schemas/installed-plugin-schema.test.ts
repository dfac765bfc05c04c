import { describe, expect, test } from 'vitest';
import { installedPluginSchema } from './installed-plugin-schema.js';

const manifestFields = {
  id: 'fr.fabrique.fundamentals',
  version: '0.1.0',
  title: { fr: 'Nombres', en: 'Numbers' },
  description: { fr: 'Placer des nombres.' },
  levels: ['GS', 'CP'],
  subjects: ['mathematics'],
  settings: [
    {
      key: 'range',
      type: 'choice',
      label: { fr: 'Plage' },
      options: [{ value: '0-10', label: { fr: 'De 0 à 10' } }],
      default: '0-10',
    },
    { key: 'rounds', type: 'integer', label: { fr: 'Tours' }, min: 1, max: 20, default: 5 },
    { key: 'sound', type: 'boolean', label: { fr: 'Son' }, default: true },
  ],
  capabilities: {
    xapi: {
      verbs: [{ id: 'http://adlnet.gov/expapi/verbs/answered', reason: { fr: 'Réponses' } }],
      activityTypes: [],
    },
    storage: { scope: 'pupil', quotaBytes: 65536, reason: { fr: 'Reprendre' } },
  },
  dataUse: {
    categories: ['answers'],
    purpose: { fr: 'Suivre les progrès' },
    retentionDays: 365,
    sensitive: false,
  },
  hasDashboard: true,
};

describe('installedPluginSchema', () => {
  test('reads manifest fields', () => {
    const plugin = installedPluginSchema.parse(manifestFields);
    expect(plugin.settings.map((setting) => setting.type)).toEqual([
      'choice',
      'integer',
      'boolean',
    ]);
    expect(plugin.capabilities?.storage?.quotaBytes).toBe(65536);
    expect(plugin.dataUse?.retentionDays).toBe(365);
  });

  test('skips settings of unknown type', () => {
    const plugin = installedPluginSchema.parse({
      ...manifestFields,
      settings: [
        { key: 'colour', type: 'colour', label: { fr: 'Couleur' } },
        manifestFields.settings[2],
      ],
    });
    expect(plugin.settings.map((setting) => setting.key)).toEqual(['sound']);
  });

  test.each([
    ['settings not a list', { settings: 'none' }, (plugin: Plugin) => plugin.settings, []],
    [
      'capabilities malformed',
      { capabilities: 'all' },
      (plugin: Plugin) => plugin.capabilities,
      null,
    ],
    [
      'data use without purpose',
      { dataUse: { categories: [] } },
      (plugin: Plugin) => plugin.dataUse,
      null,
    ],
    ['title not a map', { title: 'Nombres' }, (plugin: Plugin) => plugin.title, {}],
  ])('%s', (_case, override, read, expected) => {
    const plugin = installedPluginSchema.parse({ ...manifestFields, ...override });
    expect(read(plugin)).toEqual(expected);
  });

  test('malformed storage leaves the rest', () => {
    const plugin = installedPluginSchema.parse({
      ...manifestFields,
      capabilities: { ...manifestFields.capabilities, storage: { scope: 'school' } },
    });
    expect(plugin.capabilities?.storage).toBeUndefined();
    expect(plugin.capabilities?.xapi?.verbs).toHaveLength(1);
  });

  test('rejects missing id', () => {
    const { id: _id, ...withoutId } = manifestFields;
    expect(installedPluginSchema.safeParse(withoutId).success).toBe(false);
  });
});

type Plugin = ReturnType<typeof installedPluginSchema.parse>;
