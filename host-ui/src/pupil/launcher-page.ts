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
import type { LaunchpadPlugin } from '../graphql/schemas/launchpad-plugin-schema.js';
import type { PictureCard } from '../graphql/schemas/picture-card-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { browserSessionStorage, recallJoinCode } from '../join/join-code-memory.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import { tileColour, tileGlyph } from './launch-tile.js';
import { pupilHomePath, readPupilExit } from './pupil-exit.js';
import { renderPupilExitNotice } from './pupil-exit-notice.js';

/**
 * The pupil launcher: one very large tile per enabled plugin, readable
 * without reading. A tile shows the plugin's icon when it has one that
 * loads, else the first letter of its title.
 */
@localized()
@customElement('fab-launcher-page')
export class LauncherPage extends LightDomElement {
  @state() private plugins: readonly LaunchpadPlugin[] | undefined = undefined;
  @state() private card: PictureCard | undefined = undefined;
  @state() private error: GraphqlRequestError | undefined = undefined;
  /** Ids of the plugins whose icon failed to load; their tiles show the glyph. */
  @state() private brokenIcons: ReadonlySet<string> = new Set();

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
            : html`<span class="emoji launcher-me" role="img" aria-label=${pickLanguage(this.card.label, locale)}>${this.card.emoji}</span>`
        }
        ${renderPupilExitNotice(readPupilExit(window.location.search))}
        <button type="button" class="back-button" data-testid="pupil-leave" @click=${this.#leave}
          aria-label=${msg("Changer d'élève", { id: 'launcher.leave' })}><span class="emoji" aria-hidden="true">👋</span></button>
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
      return html`<p class="empty launcher-empty"><span class="emoji" aria-hidden="true">💤</span>
        ${msg("Pas encore d'activité pour ta classe.", { id: 'launcher.empty' })}</p>`;
    }
    return html`
      <ul class="tile-grid">
        ${this.plugins.map((plugin) => this.#renderTile(plugin, locale))}
      </ul>
    `;
  }

  #renderTile(plugin: LaunchpadPlugin, locale: string) {
    const title = pickLanguage(plugin.title, locale) || plugin.id;
    const iconUrl = this.brokenIcons.has(plugin.id) ? null : plugin.iconUrl;
    // The icon is decorative: the title under it names the tile.
    const picture =
      iconUrl === null
        ? html`<span class="tile-glyph" aria-hidden="true">${tileGlyph(title, locale)}</span>`
        : html`<img class="tile-icon" src=${iconUrl} alt="" referrerpolicy="no-referrer"
            @error=${() => this.#markIconBroken(plugin.id)} />`;
    return html`<li>
      <a class="tile" href=${routePaths.activity(plugin.id)} data-testid="launch-${plugin.id}"
        style=${styleMap({ '--tile-colour': tileColour(plugin.id) })}>
        ${picture}
        <span class="tile-title">${title}</span>
      </a>
    </li>`;
  }

  #markIconBroken(pluginId: string): void {
    this.brokenIcons = new Set([...this.brokenIcons, pluginId]);
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

  // The next pupil picks their card on the class's card page, so no adult has to type the code again.
  readonly #leave = async (): Promise<void> => {
    try {
      await requestGraphql(logoutMutation, {});
    } catch {
      // Leaving must work even when the session is already gone.
    }
    navigate(pupilHomePath(recallJoinCode(browserSessionStorage())));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-launcher-page': LauncherPage;
  }
}
