import { describe, expect, test } from 'vitest';
import { FabriqueError } from '../errors/fabrique-error.js';
import { isPluginActivityId, isPluginId, pluginActivityBase } from './plugin-id.js';

describe('isPluginId', () => {
  test.each([
    ['fr.fabrique.fundamentals', true],
    ['fr.univ-lyon2.lab.cogni-classes', true],
    ['fr.cnrs.2024', true],
    [`fr.fabrique.${'a'.repeat(63)}`, true],
    [`fr.fabrique.${'a'.repeat(64)}`, false],
    [`fr.${'abcdefgh.'.repeat(14)}end`, false],
    ['fabrique.fundamentals', false],
    ['Fr.Fabrique.Fundamentals', false],
    ['fr.fabrique.-numbers', false],
    ['fr.fabrique.numbers-', false],
    ['fr..fabrique.numbers', false],
    ['fr.fabrique.numbers.', false],
    ['fr.fabrique.number_line', false],
    ['fr.fabrique.numbers/evil', false],
    ['', false],
  ])('%s is %s', (id, expected) => {
    expect(isPluginId(id)).toBe(expected);
  });
});

describe('pluginActivityBase', () => {
  test('valid id', () => {
    expect(pluginActivityBase('fr.fabrique.fundamentals')).toBe(
      'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/',
    );
  });

  test.each(['fr.fabrique', 'fr.fabrique.numbers/../other', ''])('invalid id %j throws', (id) => {
    expect(() => pluginActivityBase(id)).toThrow(FabriqueError);
    expect(() => pluginActivityBase(id)).toThrow(/Invalid plugin id/);
  });

  test('error carries code', () => {
    try {
      pluginActivityBase('Numbers');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FabriqueError);
      expect((error as FabriqueError).code).toBe('invalid-plugin-id');
    }
  });
});

describe('isPluginActivityId', () => {
  const base = 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/';

  test.each([
    [`${base}number-line`, true],
    [`${base}number-line/round/3`, true],
    [base, false],
    ['https://w3id.org/fabrique/activities/fr.fabrique.fundamentals-evil/x', false],
    ['https://w3id.org/fabrique/activities/fr.fabrique.other/x', false],
    ['http://w3id.org/fabrique/activities/fr.fabrique.fundamentals/x', false],
  ])('%s is %s', (activityId, expected) => {
    expect(isPluginActivityId('fr.fabrique.fundamentals', activityId)).toBe(expected);
  });
});
