import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { handleLinkClick } from '../router/navigation.js';
import { isPupilRoute, type Route } from '../router/route-table.js';
import { RouterController } from '../router/router-controller.js';
import { LightDomElement } from './light-dom-element.js';
import { renderRoute, routeTitle } from './route-view.js';
import './locale-switch-element.js';

/**
 * `<fab-app>`: the header and the page of the current URL. Links inside it
 * navigate without reloading the page. The language switch is for adults:
 * pupil pages leave it out, because the class's language is the teacher's choice.
 */
@localized()
@customElement('fab-app')
export class AppShellElement extends LightDomElement {
  readonly #router = new RouterController(this);
  #renderedRoute: Route | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', handleLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', handleLinkClick);
  }

  override render() {
    const route = this.#router.route;
    const pupilRoute = isPupilRoute(route);
    return html`
      <a class="skip-link" href="#main">${msg('Aller au contenu', { id: 'app.skip' })}</a>
      ${
        route.name === 'activity'
          ? nothing
          : html`<header class="app-header">
            <a class="brand" href="/">Fabrique</a>
            ${pupilRoute ? nothing : html`<fab-locale-switch></fab-locale-switch>`}
          </header>`
      }
      <main id="main" class=${classMap({ 'pupil-space': pupilRoute, [`page-${route.name}`]: true })}>
        ${renderRoute(route)}
      </main>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const route = this.#router.route;
    document.title = `${routeTitle(route)} · Fabrique`;
    if (this.#renderedRoute !== undefined && this.#renderedRoute !== route) {
      // Tell screen readers the page changed, as a full page load would.
      window.scrollTo(0, 0);
      requestAnimationFrame(() => this.querySelector<HTMLElement>('main h1')?.focus());
    }
    this.#renderedRoute = route;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-app': AppShellElement;
  }
}
