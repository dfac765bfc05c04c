import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { joinableClassQuery, joinClassMutation } from '../graphql/operations/join-operations.js';
import type { JoinableClass, JoinCard } from '../graphql/schemas/join-schema.js';
import { pickLanguage } from '../i18n/language-map.js';
import { currentLocale } from '../i18n/ui-locale.js';
import { readPupilExit } from '../pupil/pupil-exit.js';
import { renderPupilExitNotice } from '../pupil/pupil-exit-notice.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import { isWellFormedJoinCode, normalizeJoinCode } from './join-code.js';
import { browserSessionStorage, rememberJoinCode } from './join-code-memory.js';

/**
 * The class's picture cards as big buttons, all of them on one tablet
 * screen. A taken card is a returning pupil's own, a free card makes a new
 * pupil. An icon, not words, shows which is which. The page remembers the
 * join code in the tab, so that "change pupil" and an ended session come back here.
 */
@localized()
@customElement('fab-join-cards-page')
export class JoinCardsPage extends LightDomElement {
  @property({ attribute: false }) code = '';
  @state() private joinableClass: JoinableClass | undefined = undefined;
  @state() private joining = false;
  @state() private error: GraphqlRequestError | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) {
      this.joinableClass = undefined;
      this.error = undefined;
      void this.#load(normalizeJoinCode(this.code));
    }
  }

  override render() {
    const joinableClass = this.joinableClass;
    return html`
      <div class="join-cards-bar">
        <a class="back-button" href=${routePaths.join()} data-testid="back"
          aria-label=${msg('Retour au code', { id: 'join-cards.back' })}><span aria-hidden="true">⬅</span></a>
        ${
          joinableClass === undefined
            ? nothing
            : html`<h1 tabindex="-1">${joinableClass.name}
              <span class="visually-hidden">${msg('Touche ton image', { id: 'join-cards.title' })}</span></h1>`
        }
        ${renderPupilExitNotice(readPupilExit(window.location.search))}
      </div>
      ${errorNotice(this.error)}
      ${
        joinableClass === undefined
          ? this.error === undefined
            ? html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`
            : nothing
          : this.#renderCards(joinableClass)
      }
    `;
  }

  #renderCards(joinableClass: JoinableClass) {
    return html`
      <div class="card-grid" role="group" aria-label=${msg('Images de la classe', { id: 'join-cards.grid' })}>
        ${joinableClass.cards.map((card) => this.#renderCard(card))}
      </div>
    `;
  }

  #renderCard({ card, taken }: JoinCard) {
    const label = pickLanguage(card.label, currentLocale());
    const state = taken
      ? msg(str`${label}, déjà à un élève : c'est peut-être toi`, { id: 'join-cards.taken' })
      : msg(str`${label}, libre`, { id: 'join-cards.free' });
    return html`
      <button type="button" class="picture-card ${taken ? 'taken' : 'free'}" data-testid="card-${card.id}"
        data-taken=${taken} aria-label=${state} ?disabled=${this.joining}
        @click=${() => this.#join(card.id)}>
        <span class="emoji picture-card-emoji" aria-hidden="true">${card.emoji}</span>
        <span class="picture-card-label">${label}</span>
        <span class="emoji picture-card-badge" aria-hidden="true">${taken ? '👤' : '✨'}</span>
      </button>
    `;
  }

  async #load(code: string): Promise<void> {
    if (!isWellFormedJoinCode(code)) {
      this.error = new GraphqlRequestError('invalid-join-code', '');
      return;
    }
    try {
      const { joinableClass } = await requestGraphql(joinableClassQuery, { code });
      if (code !== normalizeJoinCode(this.code)) {
        return;
      }
      if (joinableClass === null) {
        this.error = new GraphqlRequestError('invalid-join-code', '');
      } else {
        rememberJoinCode(browserSessionStorage(), code);
        this.joinableClass = joinableClass;
      }
    } catch (error) {
      this.error = toRequestError(error);
    }
  }

  async #join(cardId: string): Promise<void> {
    this.joining = true;
    this.error = undefined;
    try {
      await requestGraphql(joinClassMutation, { code: normalizeJoinCode(this.code), cardId });
      navigate(routePaths.launcher());
    } catch (error) {
      this.error = toRequestError(error);
    } finally {
      this.joining = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-join-cards-page': JoinCardsPage;
  }
}
