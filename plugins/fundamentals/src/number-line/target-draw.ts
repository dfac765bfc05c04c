import type { NumberLineRange } from './number-line-range.js';

/** Items in one series. */
export const SERIES_LENGTH = 10;

/** Source of uniform random numbers in [0, 1), such as `Math.random`. */
export type RandomSource = () => number;

/**
 * Draws the targets of a series: whole numbers strictly between the line's
 * ends, since 0 and the maximum are printed at the ends and need no estimate.
 * Targets do not repeat until every candidate has been drawn. The 0-10 line
 * has only 9 candidates, so its 10th target starts a new round, and a new round
 * never starts with the target that ended the previous one.
 *
 * @example
 * drawTargets(NUMBER_LINE_RANGES['0-100'], 10); // [37, 82, 5, ...]
 */
export function drawTargets(
  range: NumberLineRange,
  count: number = SERIES_LENGTH,
  random: RandomSource = Math.random,
): number[] {
  const candidates = Array.from({ length: range.max - range.min - 1 }, (_, i) => range.min + 1 + i);
  const targets: number[] = [];
  while (targets.length < count) {
    const round = shuffle(candidates, random);
    if (round.length > 1 && round[0] === targets.at(-1)) {
      round.push(round.shift() as number);
    }
    targets.push(...round.slice(0, count - targets.length));
  }
  return targets;
}

/** Returns a shuffled copy (Fisher-Yates). */
function shuffle(values: readonly number[], random: RandomSource): number[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
  }
  return copy;
}
