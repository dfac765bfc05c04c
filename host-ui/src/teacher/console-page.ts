import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isSignedOutError, redirectIfSignedOut } from '../app/auth-redirect.js';
import { errorNotice } from '../app/error-notice.js';
import { LightDomElement } from '../app/light-dom-element.js';
import { requestGraphql } from '../graphql/graphql-client.js';
import { type GraphqlRequestError, toRequestError } from '../graphql/graphql-request-error.js';
import { consoleQuery } from '../graphql/operations/class-operations.js';
import { logoutMutation } from '../graphql/operations/viewer-operations.js';
import type { ClassSummary } from '../graphql/schemas/school-class-schema.js';
import { formatJoinCode } from '../join/join-code.js';
import { navigate } from '../router/navigation.js';
import { routePaths } from '../router/route-paths.js';
import type { ClassCreatedEvent } from './class-create-form.js';
import './class-create-form.js';

/** The adult's console: their classes, a form to create one, logout, and for an admin the link to the school's accounts. */
@localized()
@customElement('fab-console-page')
export class ConsolePage extends LightDomElement {
  @state() private classes: readonly ClassSummary[] | undefined = undefined;
  @state() private displayName = '';
  @state() private isAdmin = false;
  @state() private error: GraphqlRequestError | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  override render() {
    return html`
      <div class="page-heading">
        <h1 tabindex="-1">${msg('Mes classes', { id: 'console.title' })}</h1>
        ${
          this.displayName === ''
            ? nothing
            : html`<p class="signed-in">${msg(str`Connecté·e : ${this.displayName}`, { id: 'console.signed-in' })}</p>`
        }
        ${
          this.isAdmin
            ? html`<a href=${routePaths.accounts()} data-testid="accounts-link">
              ${msg("Comptes de l'école", { id: 'accounts.title' })}</a>`
            : nothing
        }
        <button type="button" class="secondary" data-testid="logout" @click=${this.#logout}>
          ${msg('Se déconnecter', { id: 'console.logout' })}
        </button>
      </div>
      ${errorNotice(this.error)}
      ${this.#renderClasses()}
      <fab-class-create-form @class-created=${this.#onClassCreated}></fab-class-create-form>
    `;
  }

  #renderClasses() {
    if (this.classes === undefined) {
      return this.error
        ? nothing
        : html`<p class="loading" role="status">${msg('Chargement…', { id: 'common.loading' })}</p>`;
    }
    if (this.classes.length === 0) {
      return html`<p class="empty">${msg("Vous n'avez pas encore de classe.", { id: 'console.no-class' })}</p>`;
    }
    return html`
      <ul class="class-list">
        ${this.classes.map(
          (schoolClass) => html`
            <li class="card">
              <a href=${routePaths.schoolClass(schoolClass.id)} data-testid="class-link-${schoolClass.id}">
                ${schoolClass.name}
              </a>
              <span class="class-meta">
                ${msg(str`Niveau ${schoolClass.level}`, { id: 'console.class-level' })} ·
                ${msg(str`Élèves : ${schoolClass.pupils.length}`, { id: 'console.class-pupils' })} ·
                ${msg(str`Code : ${formatJoinCode(schoolClass.joinCode)}`, { id: 'console.class-code' })}
              </span>
            </li>
          `,
        )}
      </ul>
    `;
  }

  async #load(): Promise<void> {
    try {
      const data = await requestGraphql(consoleQuery, {});
      this.classes = data.myClasses;
      this.displayName = data.viewer?.user?.displayName ?? '';
      this.isAdmin = data.viewer?.user?.role === 'ADMIN';
    } catch (error) {
      const requestError = toRequestError(error);
      if (!redirectIfSignedOut(requestError, 'adult')) {
        this.error = requestError;
      }
    }
  }

  readonly #onClassCreated = (event: ClassCreatedEvent): void => {
    navigate(routePaths.schoolClass(event.schoolClass.id));
  };

  readonly #logout = async (): Promise<void> => {
    try {
      await requestGraphql(logoutMutation, {});
    } catch (error) {
      const requestError = toRequestError(error);
      // A session that is already gone is as good as a logout.
      if (!isSignedOutError(requestError)) {
        this.error = requestError;
        return;
      }
    }
    navigate(routePaths.login());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'fab-console-page': ConsolePage;
  }
}
