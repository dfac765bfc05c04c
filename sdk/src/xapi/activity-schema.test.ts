import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

const CMI_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

function component(id: string) {
  return { id, description: { 'en-US': id } };
}

function statementWithObject(object: unknown) {
  return {
    actor: { mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
    object,
  };
}

function issuesOfObject(object: unknown) {
  const result = parseStatement(statementWithObject(object));
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

function issuesOfDefinition(definition: unknown) {
  return issuesOfObject({ id: 'http://example.com/activities/q1', definition });
}

// The interaction definitions of xAPI 1.0.3, Appendix C.
const APPENDIX_C_DEFINITIONS = [
  ['true-false', { correctResponsesPattern: ['true'] }],
  [
    'choice',
    {
      correctResponsesPattern: ['golf[,]tetris'],
      choices: ['golf', 'facebook', 'tetris', 'scrabble'].map(component),
    },
  ],
  ['fill-in', { correctResponsesPattern: ["Bob's your uncle"] }],
  [
    'long-fill-in',
    {
      correctResponsesPattern: [
        '{case_matters=false}{lang=en}To store and provide access to learning experiences.',
      ],
    },
  ],
  [
    'likert',
    {
      correctResponsesPattern: ['likert_3'],
      scale: ['likert_0', 'likert_1', 'likert_2', 'likert_3'].map(component),
    },
  ],
  [
    'matching',
    {
      correctResponsesPattern: ['ben[.]3[,]chris[.]2[,]troy[.]4[,]freddie[.]1'],
      source: ['ben', 'chris', 'troy', 'freddie'].map(component),
      target: ['1', '2', '3', '4'].map(component),
    },
  ],
  [
    'performance',
    {
      correctResponsesPattern: ['pong[.]1:[,]dg[.]:10[,]lunch[.]'],
      steps: ['pong', 'dg', 'lunch'].map(component),
    },
  ],
  [
    'sequencing',
    {
      correctResponsesPattern: ['tim[,]mike[,]ells[,]ben'],
      choices: ['tim', 'ben', 'ells', 'mike'].map(component),
    },
  ],
  ['numeric', { correctResponsesPattern: ['4[:]'] }],
  ['other', { correctResponsesPattern: ['(35.937432,-86.868896)'] }],
] as const;

describe('activity schema', () => {
  test.each(APPENDIX_C_DEFINITIONS)(
    'accepts the %s example of Appendix C',
    (interactionType, details) => {
      const definition = {
        description: { 'en-US': 'A question' },
        type: CMI_INTERACTION,
        interactionType,
        ...details,
      };
      expect(issuesOfDefinition(definition)).toEqual([]);
    },
  );

  test.each([
    ['an id only', { id: 'http://example.com/activities/1' }],
    ['objectType Activity', { objectType: 'Activity', id: 'http://example.com/activities/1' }],
    ['an empty definition', { id: 'http://example.com/activities/1', definition: {} }],
    [
      'a full definition',
      {
        id: 'http://www.example.com/meetings/occurances/34534',
        definition: {
          name: { 'en-GB': 'example meeting', 'zh-Hans-CN': '例如会议' },
          description: { 'zh-Hant': '會議' },
          type: 'http://adlnet.gov/expapi/activities/meeting',
          moreInfo: 'http://virtualmeeting.example.com/345256',
          extensions: { 'http://example.com/null': null, 'http://example.com/empty': {} },
        },
      },
    ],
    [
      'an interaction without pattern',
      { id: 'http://example.com/q', definition: { interactionType: 'choice' } },
    ],
    [
      'an empty correctResponsesPattern',
      {
        id: 'http://example.com/q',
        definition: { interactionType: 'fill-in', correctResponsesPattern: [] },
      },
    ],
  ])('accepts %s', (_name, object) => {
    expect(issuesOfObject(object)).toEqual([]);
  });

  test.each([
    ['no id', { definition: {} }, 'object.id', 'missing-property'],
    ['an id that is not an IRI', { id: 'ab=c://should.fail.com' }, 'object.id', 'invalid-iri'],
    ['an id without scheme', { id: 'www.example.com/meetings' }, 'object.id', 'invalid-iri'],
    [
      'objectType "activity"',
      { objectType: 'activity', id: 'http://example.com/a' },
      'object.objectType',
      'invalid-object-type',
    ],
    [
      'a definition string',
      { id: 'http://example.com/a', definition: 'meeting' },
      'object.definition',
      'invalid-type',
    ],
    [
      'an unknown property',
      { id: 'http://example.com/a', name: 'meeting' },
      'object.name',
      'unknown-property',
    ],
  ])('rejects %s', (_name, object, path, code) => {
    expect(issuesOfObject(object)).toContainEqual({ path, code });
  });

  test.each([
    ['a numeric name', { name: 12345 }, 'object.definition.name', 'invalid-language-map'],
    ['a string name', { name: 'meeting' }, 'object.definition.name', 'invalid-language-map'],
    [
      'a name with an invalid tag',
      { name: { a12345678: 'x' } },
      'object.definition.name.a12345678',
      'invalid-language-tag',
    ],
    [
      'a string description',
      { description: 'meeting' },
      'object.definition.description',
      'invalid-language-map',
    ],
    ['a type that is not an IRI', { type: 'meeting' }, 'object.definition.type', 'invalid-iri'],
    [
      'a moreInfo that is not an IRL',
      { moreInfo: 'should fail' },
      'object.definition.moreInfo',
      'invalid-irl',
    ],
    ['a null moreInfo', { moreInfo: null }, 'object.definition.moreInfo', 'null-property'],
    [
      'extensions as a string',
      { extensions: 'should error' },
      'object.definition.extensions',
      'invalid-extensions',
    ],
    [
      'an extension key that is not an IRI',
      { extensions: { id: 'valid', description: { 'en-US': 'valid' } } },
      'object.definition.extensions.id',
      'invalid-iri',
    ],
    ['an unknown property', { Name: { en: 'x' } }, 'object.definition.Name', 'unknown-property'],
  ])('rejects a definition with %s', (_name, definition, path, code) => {
    expect(issuesOfDefinition(definition)).toContainEqual({ path, code });
  });

  test.each([
    'true-faLse',
    'choiCe',
    'fill-iN',
    'long-fiLl-in',
    'matchIng',
    'Other',
    'should error',
    12345,
  ])('rejects the interactionType %s', (interactionType) => {
    expect(issuesOfDefinition({ interactionType })).toContainEqual({
      path: 'object.definition.interactionType',
      code: 'invalid-interaction',
    });
  });

  test.each([
    ['correctResponsesPattern', ['true']],
    ['choices', [component('a')]],
    ['scale', [component('a')]],
    ['source', [component('a')]],
    ['target', [component('a')]],
    ['steps', [component('a')]],
  ])('rejects %s without interactionType', (property, value) => {
    expect(issuesOfDefinition({ [property]: value })).toContainEqual({
      path: `object.definition.${property}`,
      code: 'invalid-interaction',
    });
  });

  test.each([
    ['true-false', 'choices'],
    ['choice', 'scale'],
    ['likert', 'choices'],
    ['matching', 'steps'],
    ['performance', 'source'],
    ['sequencing', 'target'],
    ['numeric', 'choices'],
    ['other', 'steps'],
  ])('rejects a %s interaction with %s', (interactionType, list) => {
    const definition = { interactionType, [list]: [component('a')] };
    expect(issuesOfDefinition(definition)).toContainEqual({
      path: `object.definition.${list}`,
      code: 'invalid-interaction',
    });
  });

  test.each([
    [
      'duplicate ids',
      { interactionType: 'choice', choices: [component('a'), component('b'), component('a')] },
      'object.definition.choices[2].id',
      'duplicate-component-id',
    ],
    [
      'a component without id',
      { interactionType: 'likert', scale: [{ description: { en: 'x' } }] },
      'object.definition.scale[0].id',
      'missing-property',
    ],
    [
      'a component with an unknown property',
      { interactionType: 'performance', steps: [{ id: 'a', name: 'x' }] },
      'object.definition.steps[0].name',
      'unknown-property',
    ],
    [
      'a component description with an invalid tag',
      {
        interactionType: 'matching',
        source: [{ id: 'a', description: { 'zh-something-ccc': 'x' } }],
      },
      'object.definition.source[0].description["zh-something-ccc"]',
      'invalid-language-tag',
    ],
    [
      'a correctResponsesPattern string',
      { interactionType: 'true-false', correctResponsesPattern: 'true' },
      'object.definition.correctResponsesPattern',
      'invalid-type',
    ],
    [
      'a numeric response pattern',
      { interactionType: 'numeric', correctResponsesPattern: [4] },
      'object.definition.correctResponsesPattern[0]',
      'invalid-type',
    ],
  ])('rejects an interaction with %s', (_name, definition, path, code) => {
    expect(issuesOfDefinition(definition)).toContainEqual({ path, code });
  });
});
