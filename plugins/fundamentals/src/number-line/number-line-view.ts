import { createIcon, type IconName } from './icons.js';
import { LineBand } from './line-band.js';
import type { NumberLineLabels } from './number-line-labels.js';
import type { NumberLineRange } from './number-line-range.js';
import type { AnsweredItem, SeriesSummary } from './number-line-series.js';

/** Handlers of the pupil's actions on the screen. */
export type NumberLineActions = {
  readonly onStart: () => void;
  readonly onReplay: () => void;
  readonly onAnswer: (value: number) => void;
  readonly onAgain: () => void;
  readonly onDone: () => void;
};

/** The screens of the number line; `NumberLineGame` decides which one shows. */
export interface NumberLineView {
  /** The start screen: one play button, since speech needs a first tap in most browsers. */
  showStart(): void;
  /** Shows a target in large digits, an empty line, and the progress through the series. */
  showItem(target: number, index: number, total: number): void;
  /** Shows the estimate and the target's true position on the line. */
  showFeedback(item: AnsweredItem): void;
  /** The end screen: a star, and buttons to play again or finish. */
  showEnd(summary: SeriesSummary): void;
  /** Shows the replay button only while a voice can speak. */
  setSpeechAvailable(available: boolean): void;
}

/** Draws the number line screens into `root`. */
export class DomNumberLineView implements NumberLineView {
  readonly #labels: NumberLineLabels;
  readonly #start: HTMLButtonElement;
  readonly #game: HTMLElement;
  readonly #replay: HTMLButtonElement;
  readonly #target: HTMLElement;
  readonly #band: LineBand;
  readonly #progress: HTMLElement;
  readonly #end: HTMLElement;
  readonly #again: HTMLButtonElement;
  readonly #endStatus: HTMLElement;

  constructor(
    root: HTMLElement,
    range: NumberLineRange,
    labels: NumberLineLabels,
    actions: NumberLineActions,
  ) {
    this.#labels = labels;
    this.#start = iconButton('play', labels.start, 'start', actions.onStart, true);

    this.#replay = iconButton('speaker', labels.replay, 'replay', actions.onReplay);
    this.#target = element('div', 'nl-target', 'target-number');
    this.#target.setAttribute('aria-live', 'polite');
    const prompt = element('div', 'nl-prompt');
    prompt.append(this.#replay, this.#target);
    this.#band = new LineBand(range, labels, actions.onAnswer);
    this.#progress = element('div', 'nl-progress', 'progress');
    this.#game = element('div', 'nl-game');
    this.#game.append(prompt, this.#band.element, this.#progress);

    this.#again = iconButton('again', labels.again, 'again', actions.onAgain);
    const done = iconButton('done', labels.done, 'done', actions.onDone);
    const actionsRow = element('div', 'nl-actions');
    actionsRow.append(this.#again, done);
    const star = createIcon('star');
    star.classList.add('nl-star');
    this.#endStatus = element('div', 'nl-visually-hidden', 'end-status');
    this.#endStatus.setAttribute('role', 'status');
    this.#end = element('div', 'nl-end-screen', 'end');
    this.#end.append(star, actionsRow, this.#endStatus);

    const container = element('main', 'nl-root');
    container.append(this.#start, this.#game, this.#end);
    root.append(container);
  }

  showStart(): void {
    this.#show(this.#start);
    this.#start.focus();
  }

  showItem(target: number, index: number, total: number): void {
    const wasHidden = this.#game.hidden;
    this.#show(this.#game);
    this.#target.textContent = String(target);
    this.#target.setAttribute('aria-label', this.#labels.target(target));
    this.#band.reset();
    this.#renderProgress(index, total);
    if (wasHidden) {
      this.#band.element.focus();
    }
  }

  showFeedback(item: AnsweredItem): void {
    const text = item.score.success
      ? this.#labels.success(item.target)
      : this.#labels.miss(item.target);
    this.#band.showFeedback(item.estimate, item.target, item.score.success, text);
  }

  showEnd(summary: SeriesSummary): void {
    this.#show(this.#end);
    this.#endStatus.textContent = this.#labels.end(summary.successes, summary.items);
    this.#again.focus();
  }

  setSpeechAvailable(available: boolean): void {
    this.#replay.hidden = !available;
  }

  #show(screen: HTMLElement): void {
    for (const candidate of [this.#start, this.#game, this.#end]) {
      candidate.hidden = candidate !== screen;
    }
  }

  #renderProgress(index: number, total: number): void {
    const dots = Array.from({ length: total }, (_, i) => {
      const dot = element('span', 'nl-dot');
      if (i < index) {
        dot.dataset.state = 'answered';
      } else if (i === index) {
        dot.dataset.state = 'current';
      } else {
        dot.dataset.state = 'waiting';
      }
      return dot;
    });
    this.#progress.replaceChildren(...dots);
    this.#progress.setAttribute('role', 'img');
    this.#progress.setAttribute('aria-label', this.#labels.progress(index, total));
  }
}

function element(tag: string, className: string, testId?: string): HTMLElement {
  const created = document.createElement(tag);
  created.className = className;
  if (testId !== undefined) {
    created.dataset.testid = testId;
  }
  return created;
}

function iconButton(
  icon: IconName,
  label: string,
  testId: string,
  onPress: () => void,
  large = false,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = large ? 'nl-icon-button nl-large' : 'nl-icon-button';
  button.dataset.testid = testId;
  button.setAttribute('aria-label', label);
  button.append(createIcon(icon));
  button.addEventListener('click', onPress);
  return button;
}
