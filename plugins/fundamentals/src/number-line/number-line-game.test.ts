import type { StatementBuilder, StatementDraft } from '@fabrique/sdk/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NumberLineGame } from './number-line-game.js';
import { NUMBER_LINE_RANGES } from './number-line-range.js';
import type { AnsweredItem, SeriesSummary } from './number-line-series.js';
import type { NumberLineView } from './number-line-view.js';
import type { NumberSpeaker } from './number-speaker.js';

const BASE = 'https://w3id.org/fabrique/activities/fr.fabrique.fundamentals/';
const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

/** Client that stores every emitted draft, as a host would after validating it. */
class RecordingClient {
  readonly drafts: StatementDraft[] = [];
  finished = 0;
  activityId(path: string): string {
    return `${BASE}${path}`;
  }
  async emit(draft: StatementDraft | StatementBuilder): Promise<{ statementId: string }> {
    this.drafts.push('build' in draft ? draft.build() : draft);
    return { statementId: String(this.drafts.length) };
  }
  async finish(): Promise<void> {
    this.finished++;
  }
}

/** View that records what the game shows. */
class RecordingView implements NumberLineView {
  readonly screens: string[] = [];
  readonly items: number[] = [];
  readonly feedback: AnsweredItem[] = [];
  summary: SeriesSummary | undefined;
  speechAvailable: boolean | undefined;
  showStart(): void {
    this.screens.push('start');
  }
  showItem(target: number): void {
    this.screens.push('item');
    this.items.push(target);
  }
  showFeedback(item: AnsweredItem): void {
    this.screens.push('feedback');
    this.feedback.push(item);
  }
  showEnd(summary: SeriesSummary): void {
    this.screens.push('end');
    this.summary = summary;
  }
  setSpeechAvailable(available: boolean): void {
    this.speechAvailable = available;
  }
}

function recordingSpeaker(available = true) {
  const spoken: number[] = [];
  const listeners: ((available: boolean) => void)[] = [];
  const speaker: NumberSpeaker = {
    available,
    speak: (value) => spoken.push(value),
    onAvailabilityChange: (listener) => listeners.push(listener),
  };
  return { speaker, spoken, listeners };
}

let clock = 0;

function setup(range = NUMBER_LINE_RANGES['0-10']) {
  const client = new RecordingClient();
  const view = new RecordingView();
  const { speaker, spoken, listeners } = recordingSpeaker();
  const game = new NumberLineGame({
    client,
    range,
    speaker,
    random: () => 0.5,
    now: () => clock,
    feedbackMs: 1_000,
  });
  game.start(view);
  return { client, view, game, spoken, listeners };
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('NumberLineGame', () => {
  test('emits nothing before the pupil answers', async () => {
    const { client, view, game, spoken } = setup();
    expect(view.screens).toEqual(['start']);
    game.actions.onStart();
    game.actions.onReplay();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(client.drafts).toEqual([]);
    expect(spoken).toHaveLength(2);
    expect(view.screens).toEqual(['start', 'item']);
  });

  test('answer emits answered and shows feedback', async () => {
    const { client, view, game } = setup();
    game.actions.onStart();
    const target = view.items[0] ?? -1;
    clock = 3_000;
    game.actions.onAnswer(target);
    await vi.advanceTimersByTimeAsync(0);
    expect(client.drafts).toHaveLength(1);
    expect(client.drafts[0]).toMatchObject({
      verb: { id: ANSWERED },
      object: { id: `${BASE}number-line/0-10/${target}` },
      result: { response: String(target), success: true, duration: 'PT3S' },
    });
    expect(view.feedback[0]).toMatchObject({ target, estimate: target });
  });

  test('answers during feedback are ignored', async () => {
    const { client, view, game } = setup();
    game.actions.onStart();
    game.actions.onAnswer(3);
    game.actions.onAnswer(4);
    await vi.advanceTimersByTimeAsync(999);
    expect(client.drafts).toHaveLength(1);
    expect(view.screens.at(-1)).toBe('feedback');
    await vi.advanceTimersByTimeAsync(1);
    expect(view.screens.at(-1)).toBe('item');
  });

  test('series of 10 ends with completed', async () => {
    const { client, view, game } = setup();
    game.actions.onStart();
    for (let i = 0; i < 10; i++) {
      const target = view.items[i] ?? -1;
      clock += 2_000;
      game.actions.onAnswer(i < 7 ? target : target + 3);
      await vi.advanceTimersByTimeAsync(1_000);
      clock += 1_000;
    }
    expect(view.items).toHaveLength(10);
    expect(client.drafts.map((draft) => draft.verb.id)).toEqual([
      ...Array(10).fill(ANSWERED),
      COMPLETED,
    ]);
    expect(client.drafts[10]).toMatchObject({
      object: { id: `${BASE}number-line/0-10` },
      result: { score: { scaled: 0.7, raw: 7 }, completion: true, duration: 'PT29S' },
    });
    expect(view.summary).toMatchObject({ items: 10, successes: 7 });
    expect(view.screens.at(-1)).toBe('end');
  });

  test('again starts a new series and done finishes', async () => {
    const { client, view, game } = setup(NUMBER_LINE_RANGES['0-100']);
    game.actions.onStart();
    for (let i = 0; i < 10; i++) {
      game.actions.onAnswer(50);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    game.actions.onAgain();
    expect(view.screens.at(-1)).toBe('item');
    expect(view.items).toHaveLength(11);
    game.actions.onDone();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.finished).toBe(1);
  });

  test('replay button follows voice availability', () => {
    const { view, listeners } = setup();
    expect(view.speechAvailable).toBe(true);
    for (const listener of listeners) {
      listener(false);
    }
    expect(view.speechAvailable).toBe(false);
  });

  test('emit failure is reported and the game goes on', async () => {
    const client = new RecordingClient();
    client.emit = () => Promise.reject(new Error('host down'));
    const errors: unknown[] = [];
    const view = new RecordingView();
    const game = new NumberLineGame({
      client,
      range: NUMBER_LINE_RANGES['0-10'],
      speaker: recordingSpeaker().speaker,
      feedbackMs: 10,
      onEmitError: (error) => errors.push(error),
    });
    game.start(view);
    game.actions.onStart();
    game.actions.onAnswer(5);
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toHaveLength(1);
    expect(view.screens.at(-1)).toBe('item');
  });
});
