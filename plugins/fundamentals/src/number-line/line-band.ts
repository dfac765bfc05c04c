import { clampToRange, fractionOfValue, valueAtOffset } from './line-geometry.js';
import type { NumberLineLabels } from './number-line-labels.js';
import type { NumberLineRange } from './number-line-range.js';

/** Keys that move the keyboard marker, and by how many line units. */
function keyStep(key: string, range: NumberLineRange): number | undefined {
  const page = Math.max(1, Math.round((range.max - range.min) / 10));
  const steps: Record<string, number> = {
    ArrowLeft: -1,
    ArrowDown: -1,
    ArrowRight: 1,
    ArrowUp: 1,
    PageDown: -page,
    PageUp: page,
  };
  return steps[key];
}

/**
 * The tappable band around the line: a slider for assistive technology, at
 * least 64 px high, whose whole area takes taps. The inner `number-line`
 * element spans `data-min` at its left edge to `data-max` at its right edge,
 * linearly, so a tap at a given x maps to one value.
 */
export class LineBand {
  readonly element: HTMLDivElement;
  readonly #line: HTMLDivElement;
  readonly #marker: HTMLDivElement;
  readonly #estimate: HTMLDivElement;
  readonly #truth: HTMLDivElement;
  readonly #truthLabel: HTMLSpanElement;
  readonly #range: NumberLineRange;
  #keyboardValue: number;

  constructor(range: NumberLineRange, labels: NumberLineLabels, onAnswer: (value: number) => void) {
    this.#range = range;
    this.#keyboardValue = Math.round((range.min + range.max) / 2);
    this.element = div('nl-band', 'number-line-band');
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'slider');
    this.element.setAttribute('aria-label', labels.line(range.min, range.max));
    this.element.setAttribute('aria-valuemin', String(range.min));
    this.element.setAttribute('aria-valuemax', String(range.max));

    this.#line = div('nl-line', 'number-line');
    this.#line.dataset.min = String(range.min);
    this.#line.dataset.max = String(range.max);
    this.#line.append(...endMark(range.min, 0), ...endMark(range.max, 1));

    this.#marker = pin('nl-marker', 'marker');
    this.#estimate = pin('nl-estimate', 'estimate');
    this.#truth = pin('nl-truth', 'feedback');
    this.#truthLabel = document.createElement('span');
    this.#truthLabel.className = 'nl-truth-label';
    this.#truth.append(this.#truthLabel);
    this.#line.append(this.#marker, this.#estimate, this.#truth);
    this.element.append(this.#line);

    this.element.addEventListener('click', (event) => {
      const box = this.#line.getBoundingClientRect();
      onAnswer(valueAtOffset(event.clientX - box.left, box.width, range));
    });
    this.element.addEventListener('keydown', (event) => this.#onKey(event, onAnswer));
    this.reset();
  }

  /** Hides the pins and puts the keyboard marker back in the middle. */
  reset(): void {
    this.#keyboardValue = Math.round((this.#range.min + this.#range.max) / 2);
    this.element.setAttribute('aria-valuenow', String(this.#keyboardValue));
    this.#marker.hidden = true;
    this.#estimate.hidden = true;
    this.#truth.hidden = true;
  }

  /** Shows the pupil's estimate and the true position of the target. */
  showFeedback(estimate: number, target: number, success: boolean, text: string): void {
    this.#marker.hidden = true;
    place(this.#estimate, fractionOfValue(estimate, this.#range));
    this.#estimate.dataset.value = String(estimate);
    this.#estimate.hidden = false;
    place(this.#truth, fractionOfValue(target, this.#range));
    this.#truth.dataset.value = String(target);
    this.#truth.dataset.success = String(success);
    this.#truth.setAttribute('role', 'status');
    this.#truth.setAttribute('aria-label', text);
    this.#truthLabel.textContent = String(target);
    this.#truth.hidden = false;
  }

  #onKey(event: KeyboardEvent, onAnswer: (value: number) => void): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onAnswer(this.#keyboardValue);
      return;
    }
    const step = keyStep(event.key, this.#range);
    let next: number | undefined;
    if (step !== undefined) {
      next = clampToRange(this.#keyboardValue + step, this.#range);
    } else if (event.key === 'Home') {
      next = this.#range.min;
    } else if (event.key === 'End') {
      next = this.#range.max;
    }
    if (next === undefined) {
      return;
    }
    event.preventDefault();
    this.#keyboardValue = next;
    this.element.setAttribute('aria-valuenow', String(next));
    place(this.#marker, fractionOfValue(next, this.#range));
    this.#marker.dataset.value = String(next);
    this.#marker.hidden = false;
  }
}

function div(className: string, testId: string): HTMLDivElement {
  const element = document.createElement('div');
  element.className = className;
  element.dataset.testid = testId;
  return element;
}

function pin(className: string, testId: string): HTMLDivElement {
  return div(`nl-pin ${className}`, testId);
}

/** Places an element at a fraction of the line's width, through CSSOM so CSP allows it. */
function place(element: HTMLElement, fraction: number): void {
  element.style.left = `${fraction * 100}%`;
}

function endMark(value: number, fraction: number): HTMLElement[] {
  const tick = document.createElement('div');
  tick.className = 'nl-end';
  const label = document.createElement('span');
  label.className = 'nl-end-label';
  label.textContent = String(value);
  label.setAttribute('aria-hidden', 'true');
  place(tick, fraction);
  place(label, fraction);
  return [tick, label];
}
