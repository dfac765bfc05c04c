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

/** Creates a star icon. An inline SVG needs no font, unlike an emoji, and no image request. */
function starIcon(): SVGSVGElement {
  const svgNamespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '160');
  svg.setAttribute('height', '160');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute(
    'd',
    'M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z',
  );
  path.setAttribute('fill', '#f59e0b');
  svg.append(path);
  return svg;
}

/** Renders one button as wide as the frame, with a star so that no reading is needed. */
function renderButton(labels: Labels): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'hello-button';
  button.setAttribute('aria-label', labels.button);
  button.append(starIcon());
  // CSSOM properties, not a style attribute or element, which a strict
  // Content-Security-Policy would block.
  Object.assign(button.style, {
    display: 'block',
    width: '100%',
    minHeight: '240px',
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
