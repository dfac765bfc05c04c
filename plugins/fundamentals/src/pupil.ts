// Pupil entry of the number line. The host loads dist/pupil.js, the bundle of
// this file, as the only script of a sandboxed frame.
import { connectToHost, PluginClientError } from '@fabrique/sdk/client';
import { NumberLineGame } from './number-line/number-line-game.js';
import { labelsFor, speechLanguageFor } from './number-line/number-line-labels.js';
import { rangeFromSetting } from './number-line/number-line-range.js';
import { applyStyles } from './number-line/number-line-styles.js';
import { DomNumberLineView } from './number-line/number-line-view.js';
import { createNumberSpeaker } from './number-line/number-speaker.js';

async function start(): Promise<void> {
  const client = await connectToHost();
  const { locale, settings } = client.session;
  document.documentElement.lang = locale;
  applyStyles(document);

  const range = rangeFromSetting(settings.range);
  const game = new NumberLineGame({
    client,
    range,
    speaker: createNumberSpeaker(speechLanguageFor(locale)),
    onEmitError: (error) => console.error('The host did not accept a request:', error),
  });
  const view = new DomNumberLineView(document.body, range, labelsFor(locale), game.actions);
  game.start(view);
  followContentHeight(client.resize.bind(client));
}

/** Asks the host to fit the frame to the content, now and whenever the content's height changes. */
function followContentHeight(resize: (height: number) => Promise<void>): void {
  let lastHeight = -1;
  const update = (): void => {
    const height = document.documentElement.scrollHeight;
    if (height !== lastHeight) {
      lastHeight = height;
      resize(height).catch((error: unknown) => console.warn('Frame resize failed:', error));
    }
  };
  update();
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(update).observe(document.body);
  }
}

function whenDocumentReady(): Promise<void> {
  if (document.readyState !== 'loading') {
    return Promise.resolve();
  }
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve()));
}

whenDocumentReady()
  .then(start)
  .catch((error: unknown) => {
    if (error instanceof PluginClientError && error.code === 'not-in-frame') {
      document.body.textContent =
        'Ouvre cette activité depuis Fabrique. / Open this activity from Fabrique.';
      return;
    }
    console.error('The number line could not start:', error);
  });
