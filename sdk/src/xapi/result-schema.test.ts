import { describe, expect, test } from 'vitest';
import { parseStatement } from './statement-schema.js';

function issuesOfResult(result: unknown) {
  const parsed = parseStatement({
    actor: { mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'http://example.com/activities/1' },
    result,
  });
  return parsed.success ? [] : parsed.issues.map(({ path, code }) => ({ path, code }));
}

describe('result schema', () => {
  test.each([
    ['an empty result', {}],
    [
      'the ADL meeting result',
      {
        score: { scaled: 0.95, raw: 95, min: 0, max: 100 },
        success: true,
        completion: true,
        response: 'We agreed on some example actions.',
        duration: 'PT1H0M0S',
        extensions: {
          'http://example.com/profiles/meetings/resultextensions/minuteslocation': 'X:\\m',
        },
      },
    ],
    ['scaled 1', { score: { scaled: 1.0 } }],
    ['scaled -1', { score: { scaled: -1.0 } }],
    ['a raw score without bounds', { score: { raw: -1234.5678 } }],
    ['a raw score equal to min', { score: { raw: 0, min: 0, max: 10 } }],
    ['a raw score equal to max', { score: { raw: 10, min: 0, max: 10 } }],
    ['a decimal max', { score: { max: 100.6767676 } }],
    ['an empty response', { response: '' }],
    [
      'extension values null, empty or nested',
      {
        extensions: {
          'http://example.com/a': null,
          'http://example.com/b': '',
          'http://example.com/c': {},
        },
      },
    ],
  ])('accepts %s', (_name, result) => {
    expect(issuesOfResult(result)).toEqual([]);
  });

  test.each([
    ['scaled above 1', { score: { scaled: 1.01 } }, 'result.score.scaled', 'score-out-of-range'],
    [
      'scaled below -1',
      { score: { scaled: -1.00001 } },
      'result.score.scaled',
      'score-out-of-range',
    ],
    ['raw above max', { score: { raw: 101, max: 100 } }, 'result.score.raw', 'score-out-of-range'],
    ['raw below min', { score: { raw: -1, min: 0 } }, 'result.score.raw', 'score-out-of-range'],
    ['min above max', { score: { min: 10, max: 5 } }, 'result.score.min', 'score-out-of-range'],
    ['min equal to max', { score: { min: 5, max: 5 } }, 'result.score.min', 'score-out-of-range'],
    ['max as a string', { score: { max: 'one hundred' } }, 'result.score.max', 'invalid-type'],
    ['max as a numeric string', { score: { max: '100' } }, 'result.score.max', 'invalid-type'],
    ['a numeric score', { score: 95 }, 'result.score', 'invalid-type'],
    [
      'an unknown score property',
      { score: { percent: 95 } },
      'result.score.percent',
      'unknown-property',
    ],
    ['success as a string', { success: 'true' }, 'result.success', 'invalid-type'],
    ['completion as a string', { completion: 'false' }, 'result.completion', 'invalid-type'],
    ['a numeric response', { response: 12345 }, 'result.response', 'invalid-type'],
    ['a null response', { response: null }, 'result.response', 'null-property'],
    ['an invalid duration', { duration: 'PA1H0M0S' }, 'result.duration', 'invalid-duration'],
    ['weeks with days', { duration: 'P4W1D' }, 'result.duration', 'invalid-duration'],
    ['a numeric duration', { duration: 12345 }, 'result.duration', 'invalid-duration'],
    ['numeric extensions', { extensions: 12345 }, 'result.extensions', 'invalid-extensions'],
    [
      'an extension key without scheme',
      { extensions: { 'should fail': true } },
      'result.extensions["should fail"]',
      'invalid-iri',
    ],
    ['a result string', 'passed', 'result', 'invalid-type'],
  ])('rejects %s', (_name, result, path, code) => {
    expect(issuesOfResult(result)).toContainEqual({ path, code });
  });
});
