import { describe, expect, test } from 'vitest';
import type { ClassSetting } from './settings-schema.js';
import { parseSettingsValues, settingsValuesSchema } from './settings-values.js';

const settings: ClassSetting[] = [
  {
    key: 'range',
    type: 'choice',
    label: { fr: 'Étendue' },
    options: [
      { value: '0-10', label: { fr: 'De 0 à 10' } },
      { value: '0-100', label: { fr: 'De 0 à 100' } },
    ],
    default: '0-10',
  },
  { key: 'rounds', type: 'integer', label: { fr: 'Essais' }, min: 5, max: 30, default: 10 },
  { key: 'sound', type: 'boolean', label: { fr: 'Son' }, default: true },
];

const defaults = { range: '0-10', rounds: 10, sound: true };

describe('parseSettingsValues', () => {
  test.each([
    ['undefined', undefined, defaults],
    ['null', null, defaults],
    ['empty object', {}, defaults],
    ['one value', { range: '0-100' }, { ...defaults, range: '0-100' }],
    [
      'every value',
      { range: '0-100', rounds: 30, sound: false },
      { range: '0-100', rounds: 30, sound: false },
    ],
    ['integer at min', { rounds: 5 }, { ...defaults, rounds: 5 }],
  ])('valid: %s', (_name, value, expected) => {
    expect(parseSettingsValues(settings, value)).toEqual({ success: true, values: expected });
  });

  test.each([
    ['unknown option', { range: '0-1000' }, 'range', 'invalid-value'],
    ['integer below min', { rounds: 4 }, 'rounds', 'number-out-of-range'],
    ['integer above max', { rounds: 31 }, 'rounds', 'number-out-of-range'],
    ['fractional integer', { rounds: 7.5 }, 'rounds', 'invalid-type'],
    ['boolean as string', { sound: 'true' }, 'sound', 'invalid-type'],
    ['undeclared key', { speed: 2 }, 'speed', 'unknown-property'],
    ['array', [], '', 'invalid-type'],
  ])('invalid: %s', (_name, value, path, code) => {
    const result = parseSettingsValues(settings, value);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [path, code],
    ]);
  });

  test('message names setting and options', () => {
    const result = parseSettingsValues(settings, { range: 'all' });
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      'range must be one of "0-10", "0-100" (got "all").',
    );
  });

  test('root message names settings object', () => {
    const result = parseSettingsValues(settings, 'range=0-10');
    expect(result.success ? '' : result.issues[0]?.message).toMatch(
      /^The settings object must be an object/,
    );
  });

  test('no declared settings accepts only empty object', () => {
    expect(parseSettingsValues([], undefined)).toEqual({ success: true, values: {} });
    expect(parseSettingsValues([], { range: '0-10' }).success).toBe(false);
  });
});

describe('settingsValuesSchema', () => {
  test('fills defaults', () => {
    expect(settingsValuesSchema(settings).parse({ sound: false })).toEqual({
      ...defaults,
      sound: false,
    });
  });
});
