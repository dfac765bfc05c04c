import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { launchpadQuery } from '../graphql/operations/launch-operations.js';
import { logoutMutation } from '../graphql/operations/viewer-operations.js';
import type { InstalledPlugin } from '../graphql/schemas/installed-plugin-schema.js';
import type { PictureCard } from '../graphql/schemas/picture-card-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import { tileColour, tileGlyph } from './launch-tile.js';

type LaunchpadPlugin = Pick<InstalledPlugin, 'id' | 'title'>;

/** The pupil launcher: one very large tile per enabled plugin, readable without reading. */
@localized()
@customElement('fab-launcher-page')
export class LauncherPage extends LightDomElement {
  @state() private plugins: readonly LaunchpadPlugin[] | undefined = undefined;
  @state() private card: PictureCard | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override render() {
    const locale = currentLocale();
    return html`
      <div class="launcher-bar">
        ${
          this.card === undefined
            ? nothing
            : html`<span class="launcher-me" role="img" aria-label=${pickLanguage(this.card.label, locale)}>${this.card.emoji}</span>`
        }
        <button type="button" class="back-button" data-testid="pupil-leave" @click=${this.#leave}
          aria-label=${msg("Changer d'élève", { id: 'launcher.leave' })}><span aria-hidden="true">👋</span></button>
      </div>
      <h1 class="visually-hidden" tabindex="-1">${msg('Mes activités', { id: 'launcher.title' })}</h1>
      ${errorNotice(this.error)}
      ${this.#renderTiles(locale)}
    `;
  }

  #renderTiles(locale: string) {
    if (this.plugins === undefined) {
      return this.error === undefined
        ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>
            <span class="visually-hidden">${msg('Chargement…', { id: 'common.loading' })}</span></p>`
        : nothing;
    }
    if (this.plugins.length === 0) {
      return html`<p class="empty launcher-empty"><span aria-hidden="true">💤</span>
        ${msg("Pas encore d'activité pour ta classe.", { id: 'launcher.empty' })}</p>`;
    }
    return html`
      <ul class="tile-grid">
        ${this.plugins.map((plugin) => {
          const title = pickLanguage(plugin.title, locale) || plugin.id;
          return html`<li>
            <a class="tile" href=${routePaths.activity(plugin.id)} data-testid="launch-${plugin.id}"
              style=${styleMap({ '--tile-colour': tileColour(plugin.id) })}>
              <span class="tile-glyph" aria-hidden="true">${tileGlyph(title, locale)}</span>
              <span class="tile-title">${title}</span>
            </a>
          </li>`;
        })}
      </ul>
    `;
  }

  async #load(): Promise<void> {
    try {
      const { viewer, launchpad } = await requestGraphql(launchpadQuery, {});
      if (viewer?.kind !== 'PUPIL' || viewer.pupil === null) {
        redirectIfSignedOut(new GraphqlRequestError('unauthenticated', ''), 'pupil');
        return;
      }
      this.card = viewer.pupil.card;
      this.plugins = launchpad;
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'pupil')) {
        this.error = requestError;
      }
    }
  }

  readonly #leave = async (): Promise<void> => {
    try {
      await requestGraphql(logoutMutation, {});
    } catch {
      // Leaving must work even when the session is already gone.
    }
    navigate(routePaths.join());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-launcher-page': LauncherPage;
  }
}
