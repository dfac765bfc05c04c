import { describe, expect, test } from 'vitest';
import { type FieldReference, fieldReferenceSchema, isNumericField } from './field-reference.js';

const extension = { extension: 'https://w3id.org/fabrique/xapi/extensions/target', in: 'context' };

describe('isNumericField', () => {
  test.each<[FieldReference, boolean]>([
    ['result.score.scaled', true],
    ['result.score.raw', true],
    [{ extension: 'https://w3id.org/fabrique/xapi/extensions/error', in: 'result' }, true],
    ['result.success', false],
    ['result.completion', false],
    ['result.response', false],
    ['result.duration', false],
    ['timestamp', false],
    ['object.id', false],
  ])('%j is %s', (field, expected) => {
    expect(isNumericField(field)).toBe(expected);
  });
});

describe('fieldReferenceSchema', () => {
  test.each([['result.response'], [extension]])('accepts %j', (field) => {
    expect(fieldReferenceSchema.safeParse(field).success).toBe(true);
  });

  test.each([
    ['pupil'],
    ['result'],
    [{ extension: extension.extension }],
    [{ ...extension, x: 1 }],
    [3],
  ])('rejects %j', (field) => {
    expect(fieldReferenceSchema.safeParse(field).success).toBe(false);
  });
});
