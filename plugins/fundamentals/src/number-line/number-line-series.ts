import { type AnswerScore, scoreAnswer } from './answer-score.js';
import type { NumberLineRange } from './number-line-range.js';

/** One answered item of a series. */
export type AnsweredItem = {
  /** Position in the series, from 0. */
  readonly index: number;
  readonly target: number;
  readonly estimate: number;
  readonly score: AnswerScore;
  /** Time from the item's presentation to the answer, in milliseconds. */
  readonly durationMs: number;
};

/** Outcome of a finished series. */
export type SeriesSummary = {
  readonly items: number;
  readonly successes: number;
  /** Share of successful answers, from 0 to 1. */
  readonly scaled: number;
  /** Time from the first presentation to the last answer, in milliseconds. */
  readonly durationMs: number;
};

/**
 * Progress through one series of targets. Times are milliseconds from one
 * monotonic clock, such as `performance.now()`. The feedback shown between
 * items is not counted in any item's duration.
 */
export class NumberLineSeries {
  readonly range: NumberLineRange;
  readonly targets: readonly number[];
  readonly #startedAt: number;
  readonly #answers: AnsweredItem[] = [];
  #presentedAt: number;
  #lastAnswerAt: number;

  constructor(range: NumberLineRange, targets: readonly number[], startedAt: number) {
    this.range = range;
    this.targets = targets;
    this.#startedAt = startedAt;
    this.#presentedAt = startedAt;
    this.#lastAnswerAt = startedAt;
  }

  /** The target waiting for an answer, or `undefined` once every target is answered. */
  get currentTarget(): number | undefined {
    return this.targets[this.#answers.length];
  }

  /** Number of answered items. */
  get answeredCount(): number {
    return this.#answers.length;
  }

  /** Answers so far, in order. */
  get answers(): readonly AnsweredItem[] {
    return this.#answers;
  }

  /** Records that the current target was presented (shown and spoken) at `time`. */
  present(time: number): void {
    this.#presentedAt = time;
  }

  /**
   * Records the estimate for the current target.
   *
   * @throws Error when every target is already answered.
   */
  answer(estimate: number, time: number): AnsweredItem {
    const target = this.currentTarget;
    if (target === undefined) {
      throw new Error(`The series is over: all ${this.targets.length} targets are answered.`);
    }
    const item: AnsweredItem = {
      index: this.#answers.length,
      target,
      estimate,
      score: scoreAnswer(estimate, target, this.range),
      durationMs: Math.max(0, time - this.#presentedAt),
    };
    this.#answers.push(item);
    this.#lastAnswerAt = time;
    return item;
  }

  /** Summarizes the answers so far. */
  summary(): SeriesSummary {
    const items = this.#answers.length;
    const successes = this.#answers.filter((item) => item.score.success).length;
    return {
      items,
      successes,
      scaled: items === 0 ? 0 : successes / items,
      durationMs: Math.max(0, this.#lastAnswerAt - this.#startedAt),
    };
  }
}
