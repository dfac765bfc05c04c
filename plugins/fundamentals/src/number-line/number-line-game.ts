import type { PluginClient, StatementBuilder } from '@fabrique/sdk/client';
import type { NumberLineRange } from './number-line-range.js';
import { NumberLineSeries } from './number-line-series.js';
import { answeredStatement, completedStatement } from './number-line-statements.js';
import type { NumberLineActions, NumberLineView } from './number-line-view.js';
import type { NumberSpeaker } from './number-speaker.js';
import { drawTargets, type RandomSource, SERIES_LENGTH } from './target-draw.js';

/** How long the true position stays on screen before the next item, in milliseconds. */
export const FEEDBACK_MS = 1_500;

/** Dependencies and settings of the game. Tests pass their own clock, random source and feedback time. */
export type NumberLineGameOptions = {
  readonly client: Pick<PluginClient, 'activityId' | 'emit' | 'finish'>;
  readonly range: NumberLineRange;
  readonly speaker: NumberSpeaker;
  readonly random?: RandomSource;
  /** Monotonic clock in milliseconds; defaults to `performance.now`. */
  readonly now?: () => number;
  readonly feedbackMs?: number;
  /** Called when the host rejects a request or does not respond. The game goes on. */
  readonly onEmitError?: (error: unknown) => void;
};

/**
 * Runs series of number line items: draws the targets, presents each one,
 * scores the pupil's answer, shows feedback and emits the statements. Nothing
 * is emitted before the pupil answers the first item.
 */
export class NumberLineGame {
  readonly #options: NumberLineGameOptions;
  readonly #now: () => number;
  #view: NumberLineView | undefined;
  #series: NumberLineSeries | undefined;
  #acceptingAnswer = false;

  constructor(options: NumberLineGameOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
  }

  /** The pupil's actions, to pass to the view. */
  readonly actions: NumberLineActions = {
    onStart: () => this.#startSeries(),
    onReplay: () => this.#replay(),
    onAnswer: (value) => this.#answer(value),
    onAgain: () => this.#startSeries(),
    onDone: () => {
      this.#options.client.finish().catch((error: unknown) => this.#options.onEmitError?.(error));
    },
  };

  /** Shows the start screen of `view`. */
  start(view: NumberLineView): void {
    this.#view = view;
    view.setSpeechAvailable(this.#options.speaker.available);
    this.#options.speaker.onAvailabilityChange((available) => view.setSpeechAvailable(available));
    view.showStart();
  }

  #startSeries(): void {
    const targets = drawTargets(this.#options.range, SERIES_LENGTH, this.#options.random);
    this.#series = new NumberLineSeries(this.#options.range, targets, this.#now());
    this.#present();
  }

  #present(): void {
    const series = this.#series;
    const target = series?.currentTarget;
    if (!series || target === undefined) {
      return;
    }
    this.#view?.showItem(target, series.answeredCount, series.targets.length);
    this.#options.speaker.speak(target);
    series.present(this.#now());
    this.#acceptingAnswer = true;
  }

  #replay(): void {
    const target = this.#series?.currentTarget;
    if (this.#acceptingAnswer && target !== undefined) {
      this.#options.speaker.speak(target);
    }
  }

  #answer(estimate: number): void {
    const series = this.#series;
    if (!this.#acceptingAnswer || !series) {
      return;
    }
    this.#acceptingAnswer = false;
    const item = series.answer(estimate, this.#now());
    this.#emit(answeredStatement(this.#options.client, series.range, item));
    this.#view?.showFeedback(item);
    setTimeout(() => this.#next(), this.#options.feedbackMs ?? FEEDBACK_MS);
  }

  #next(): void {
    const series = this.#series;
    if (!series) {
      return;
    }
    if (series.currentTarget !== undefined) {
      this.#present();
      return;
    }
    const summary = series.summary();
    this.#emit(completedStatement(this.#options.client, series.range, summary));
    this.#view?.showEnd(summary);
  }

  #emit(draft: StatementBuilder): void {
    this.#options.client.emit(draft).catch((error: unknown) => this.#options.onEmitError?.(error));
  }
}
