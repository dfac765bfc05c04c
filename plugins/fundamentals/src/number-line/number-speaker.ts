/** Speaks the target numbers aloud, when the browser has a voice for the language. */
export interface NumberSpeaker {
  /** Whether a voice for the language exists; it can turn true once the browser loads its voices. */
  readonly available: boolean;
  /** Speaks a number, interrupting any number still being spoken. Does nothing when unavailable. */
  speak(value: number): void;
  /** Registers a listener called when `available` changes. */
  onAvailabilityChange(listener: (available: boolean) => void): void;
}

/**
 * Returns a speaker that uses `speechSynthesis` with a voice for `language`
 * (such as `fr`). Chromium lists its voices only after a `voiceschanged`
 * event, and some systems have no voice at all: the speaker is unavailable
 * until a matching voice is listed, and the pupil still sees the digits.
 */
export function createNumberSpeaker(
  language: string,
  synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): NumberSpeaker {
  let voice = synthesis ? findVoice(synthesis.getVoices(), language) : undefined;
  const listeners: ((available: boolean) => void)[] = [];

  synthesis?.addEventListener('voiceschanged', () => {
    const next = findVoice(synthesis.getVoices(), language);
    const changed = (next === undefined) !== (voice === undefined);
    voice = next;
    if (changed) {
      for (const listener of listeners) {
        listener(voice !== undefined);
      }
    }
  });

  return {
    get available() {
      return voice !== undefined;
    },
    speak(value) {
      if (!synthesis || !voice) {
        return;
      }
      synthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(String(value));
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      synthesis.speak(utterance);
    },
    onAvailabilityChange(listener) {
      listeners.push(listener);
    },
  };
}

/**
 * Picks a voice whose language tag starts with `language`, preferring a local
 * voice (no network needed) and then the platform's default voice.
 */
export function findVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice | undefined {
  const prefix = language.toLowerCase();
  const matching = voices.filter((voice) => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    return tag === prefix || tag.startsWith(`${prefix}-`);
  });
  const rank = (voice: SpeechSynthesisVoice) =>
    (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return [...matching].sort((a, b) => rank(b) - rank(a))[0];
}
