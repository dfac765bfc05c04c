import { expect, test } from 'vitest';
import { NUMBER_LINE_RANGES } from './number-line-range.js';
import { NumberLineSeries } from './number-line-series.js';

const SMALL = NUMBER_LINE_RANGES['0-10'];

test('series records answers with item durations', () => {
  const series = new NumberLineSeries(SMALL, [7, 2], 1_000);
  series.present(1_200);
  const first = series.answer(6, 4_700);
  expect(first).toEqual({
    index: 0,
    target: 7,
    estimate: 6,
    score: { absoluteError: 1, percentAbsoluteError: 10, success: true },
    durationMs: 3_500,
  });
  expect(series.currentTarget).toBe(2);
  series.present(6_200);
  expect(series.answer(5, 8_200).durationMs).toBe(2_000);
  expect(series.currentTarget).toBeUndefined();
});

test('series summary counts successes', () => {
  const series = new NumberLineSeries(SMALL, [7, 2, 9, 4], 0);
  for (const [i, estimate] of [7, 5, 8, 4].entries()) {
    series.answer(estimate, 3_000 * (i + 1));
  }
  expect(series.summary()).toEqual({
    items: 4,
    successes: 3,
    scaled: 0.75,
    durationMs: 12_000,
  });
});

test('series rejects an answer after the last target', () => {
  const series = new NumberLineSeries(SMALL, [3], 0);
  series.answer(3, 10);
  expect(() => series.answer(3, 20)).toThrow(/series is over/);
});

test('empty summary scores zero', () => {
  expect(new NumberLineSeries(SMALL, [3], 0).summary()).toEqual({
    items: 0,
    successes: 0,
    scaled: 0,
    durationMs: 0,
  });
});
