import type { NumberLineRange } from './number-line-range.js';

/** Closeness of an estimate to its target. */
export type AnswerScore = {
  /** |estimate - target|, in line units. */
  readonly absoluteError: number;
  /**
   * Percent absolute error, the usual accuracy measure of number line tasks:
   * |estimate - target| / (max - min) x 100, rounded to 0.1.
   */
  readonly percentAbsoluteError: number;
  /** Whether the error is within the line's tolerance (see `NumberLineRange.tolerance`). */
  readonly success: boolean;
};

/**
 * Scores an estimate against its target on a line.
 *
 * @example
 * scoreAnswer(6, 7, NUMBER_LINE_RANGES['0-10']);
 * // { absoluteError: 1, percentAbsoluteError: 10, success: true }
 */
export function scoreAnswer(estimate: number, target: number, range: NumberLineRange): AnswerScore {
  const absoluteError = Math.abs(estimate - target);
  const percent = (absoluteError / (range.max - range.min)) * 100;
  return {
    absoluteError,
    percentAbsoluteError: Math.round(percent * 10) / 10,
    success: absoluteError <= range.tolerance,
  };
}
