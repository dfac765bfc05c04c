import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { routePaths } from '../router/route-paths.js';

/** Home page: one big choice for adults, one for pupils. */
@localized()
@customElement('fab-landing-page')
export class LandingPage extends LightDomElement {
  override render() {
    return html`
      <h1 tabindex="-1">${msg('Bienvenue dans la Fabrique', { id: 'landing.title' })}</h1>
      <nav class="space-choice" aria-label=${msg('Choisir un espace', { id: 'landing.choice' })}>
        <a class="space-link space-teacher" href=${routePaths.login()} data-testid="space-teacher">
          <span class="emoji space-icon" aria-hidden="true">🧑‍🏫</span>
          <span>${msg('Espace enseignant', { id: 'landing.teacher' })}</span>
        </a>
        <a class="space-link space-pupil" href=${routePaths.join()} data-testid="space-pupil">
          <span class="emoji space-icon" aria-hidden="true">🎒</span>
          <span>${msg('Espace élève', { id: 'landing.pupil' })}</span>
        </a>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-landing-page': LandingPage;
  }
}
