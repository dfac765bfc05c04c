import { afterEach, describe, expect, test, vi } from 'vitest';
import { createNumberSpeaker, findVoice } from './number-speaker.js';

function voice(lang: string, options: { localService?: boolean; default?: boolean } = {}) {
  return {
    lang,
    name: lang,
    voiceURI: lang,
    localService: options.localService ?? false,
    default: options.default ?? false,
  } as SpeechSynthesisVoice;
}

/** Speech synthesis whose voice list the test sets, like Chromium loading voices late. */
class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  readonly spoken: { text: string; lang: string }[] = [];
  cancelled = 0;
  getVoices() {
    return this.voices;
  }
  speak(utterance: { text: string; lang: string }) {
    this.spoken.push({ text: utterance.text, lang: utterance.lang });
  }
  cancel() {
    this.cancelled++;
  }
  loadVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  constructor(readonly text: string) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('findVoice', () => {
  test.each([
    [['en-US', 'fr-FR'], 'fr', 'fr-FR'],
    [['fr_CA'], 'fr', 'fr_CA'],
    [['fr'], 'fr', 'fr'],
    [['en-US', 'fy-NL'], 'fr', undefined],
    [[], 'fr', undefined],
  ])('voices %j for %s', (langs, language, expected) => {
    expect(
      findVoice(
        langs.map((lang) => voice(lang)),
        language,
      )?.lang,
    ).toBe(expected);
  });

  test('prefers a local default voice', () => {
    const remote = voice('fr-FR');
    const local = voice('fr-FR', { localService: true });
    const localDefault = voice('fr-CA', { localService: true, default: true });
    expect(findVoice([remote, local, localDefault], 'fr')).toBe(localDefault);
  });
});

describe('createNumberSpeaker', () => {
  test('without speech synthesis is unavailable', () => {
    const speaker = createNumberSpeaker('fr', undefined);
    expect(speaker.available).toBe(false);
    expect(() => speaker.speak(7)).not.toThrow();
  });

  test('becomes available when voices load', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const synthesis = new FakeSynthesis();
    const speaker = createNumberSpeaker('fr', synthesis as unknown as SpeechSynthesis);
    const changes: boolean[] = [];
    speaker.onAvailabilityChange((available) => changes.push(available));
    speaker.speak(7);
    expect(synthesis.spoken).toEqual([]);
    synthesis.loadVoices([voice('en-US'), voice('fr-FR')]);
    expect(speaker.available).toBe(true);
    expect(changes).toEqual([true]);
    speaker.speak(7);
    expect(synthesis.spoken).toEqual([{ text: '7', lang: 'fr-FR' }]);
    expect(synthesis.cancelled).toBe(1);
  });

  test('stays unavailable without a voice for the language', () => {
    const synthesis = new FakeSynthesis();
    const speaker = createNumberSpeaker('fr', synthesis as unknown as SpeechSynthesis);
    synthesis.loadVoices([voice('en-US')]);
    expect(speaker.available).toBe(false);
  });
});
