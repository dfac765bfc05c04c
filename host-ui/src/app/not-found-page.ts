import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { routePaths } from '../router/route-paths.js';
import { LightDomElement } from './light-dom-element.js';

/** Page for a path the UI does not know. */
@localized()
@customElement('fab-not-found-page')
export class NotFoundPage extends LightDomElement {
  override render() {
    return html`
      <h1 tabindex="-1">${msg('Page introuvable', { id: 'not-found.title' })}</h1>
      <p><a href=${routePaths.landing()}>${msg("Revenir à l'accueil", { id: 'not-found.home' })}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-not-found-page': NotFoundPage;
  }
}
