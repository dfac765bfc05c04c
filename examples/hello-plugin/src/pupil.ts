// Pupil entry of the hello example. The host loads dist/pupil.js, the bundle
// of this file, as the only script of a sandboxed frame: the page starts empty,
// and the only way out is the port that connectToHost() receives.
import {
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  connectToHost,
  type PluginClient,
  PluginClientError,
  statement,
} from '@fabrique/sdk/client';

const LABELS = {
  fr: { button: 'Appuie ici', notInHost: 'Ouvre ce plugin depuis Fabrique.' },
  en: { button: 'Press here', notInHost: 'Open this plugin from Fabrique.' },
};

type Labels = (typeof LABELS)['fr'];

function labelsFor(locale: string): Labels {
  return locale.toLowerCase().startsWith('en') ? LABELS.en : LABELS.fr;
}

/** Builds the statement that the pupil experienced the hello lesson, sent once per press. */
function experienced(client: PluginClient) {
  return statement()
    .verb(ADL_VERBS.experienced, { fr: 'a vécu', en: 'experienced' })
    .activity(client.activityId('hello'), {
      type: ADL_ACTIVITY_TYPES.lesson,
      name: { fr: 'Bonjour', en: 'Hello' },
    });
}

/** Renders one button as wide as the frame, with a waving hand so that no reading is needed. */
function renderButton(labels: Labels): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'hello-button';
  button.setAttribute('aria-label', labels.button);
  button.textContent = '👋';
  // CSSOM properties, not a style attribute or element, which a strict
  // Content-Security-Policy would block.
  Object.assign(button.style, {
    display: 'block',
    width: '100%',
    minHeight: '240px',
    fontSize: '120px',
    border: 'none',
    borderRadius: '32px',
    background: '#ffd54f',
    cursor: 'pointer',
    transition: 'transform 120ms',
  });
  document.body.style.margin = '16px';
  document.body.append(button);
  return button;
}

function whenDocumentReady(): Promise<void> {
  if (document.readyState !== 'loading') {
    return Promise.resolve();
  }
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve()));
}

async function start(): Promise<void> {
  await whenDocumentReady();
  const client = await connectToHost();
  document.documentElement.lang = client.session.locale;
  const button = renderButton(labelsFor(client.session.locale));
  await client.resize(document.documentElement.scrollHeight);

  button.addEventListener('click', async () => {
    button.style.transform = 'scale(0.95)';
    try {
      await client.emit(experienced(client));
    } catch (error) {
      // The pupil cannot act on a failed statement, so it only goes to the console.
      console.error('The host did not store the statement:', error);
    } finally {
      button.style.transform = '';
    }
  });
}

start().catch((error: unknown) => {
  if (error instanceof PluginClientError && error.code === 'not-in-frame') {
    document.body.textContent = labelsFor(navigator.language).notInHost;
    return;
  }
  console.error('The plugin could not connect to its host:', error);
});
